/**
 * Pure helpers for `npm run bench`: summaries of repeated measurements, the poll schedules of
 * the contenders (the action, the SDK waiter, `aws appconfig wait`), the detection delay those
 * schedules imply, and the markdown table. No I/O, so they are unit-tested in __tests__/bench.
 */

export interface Summary {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly n: number
}

/** Median (mean of the middle two for an even count), min, max. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError('summarize() needs values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  const median =
    sorted.length % 2 === 1
      ? sorted[middle]!
      : (sorted[middle - 1]! + sorted[middle]!) / 2
  return {
    median,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    n: sorted.length
  }
}

/** A small seeded PRNG (mulberry32), so computed figures are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Delays (seconds) between the polls of `waitUntilDeploymentComplete` from @smithy/core
 * (`exponentialBackoffWithJitter`): attempt n waits uniform(minDelay, min(maxDelay,
 * minDelay·2^(n−1))) until n exceeds log2(maxDelay/minDelay)+1, then exactly maxDelay. The first
 * poll is immediate. At AppConfig's defaults (30 s, 120 s): 30, U(30, 60), U(30, 120), 120, 120…
 */
export function* sdkWaiterDelays(
  minDelay: number,
  maxDelay: number,
  random: () => number
): Generator<number> {
  const ceiling = Math.log(maxDelay / minDelay) / Math.log(2) + 1
  for (let attempt = 1; ; attempt++) {
    if (attempt > ceiling) {
      yield maxDelay
      continue
    }
    const capped = Math.min(minDelay * 2 ** (attempt - 1), maxDelay)
    yield minDelay + random() * (capped - minDelay)
  }
}

/** A fixed delay between polls: `aws appconfig wait` (botocore: 30 s, 999 attempts), a sleep loop, the action. */
export function* fixedDelays(delay: number): Generator<number> {
  for (;;) yield delay
}

/** Seconds from `t` (seconds after the first poll) to the first poll at or after it. */
export function waitForPoll(delays: Iterable<number>, t: number): number {
  let poll = 0
  if (t <= 0) return Math.abs(t)
  for (const delay of delays) {
    poll += delay
    if (poll >= t) return poll - t
  }
  throw new RangeError('the poll schedule ended')
}

export interface DetectionModel {
  readonly mean: number
  readonly p50: number
  readonly p90: number
  readonly max: number
}

/**
 * The delay from a terminal state to the contender noticing it, when the state is entered at a
 * uniformly random moment of the first `windowSeconds` after the first poll (a rollback can come
 * at any point of a rollout), plus `exitSeconds` (what the contender does after the poll that saw
 * it: process exit, or the CLI loop's extra call). Monte Carlo over `samples` draws.
 */
export function modelDetection(options: {
  readonly delays: (random: () => number) => Iterable<number>
  readonly windowSeconds: number
  readonly exitSeconds?: number
  readonly samples?: number
  readonly seed?: number
}): DetectionModel {
  const random = seededRandom(options.seed ?? 7)
  const samples = options.samples ?? 20_000
  const values: number[] = []
  for (let i = 0; i < samples; i++) {
    const t = random() * options.windowSeconds
    values.push(
      waitForPoll(options.delays(random), t) + (options.exitSeconds ?? 0)
    )
  }
  values.sort((a, b) => a - b)
  return {
    mean: values.reduce((sum, v) => sum + v, 0) / values.length,
    p50: values[Math.floor(values.length * 0.5)]!,
    p90: values[Math.floor(values.length * 0.9)]!,
    max: values[values.length - 1]!
  }
}

/**
 * Where to put an event so that, over `runs` runs, it lands at evenly spread points of the
 * contender's poll cycle (1/6, 1/2, 5/6 of it for three runs): the expected delay of a uniformly
 * random event is then the mean of the runs. Returns ms after the reference poll; whole cycles
 * are added until the offset is at least `minMs` (e.g. the rollback takes 500 ms to complete).
 */
export function phaseOffsetMs(
  run: number,
  runs: number,
  periodMs: number,
  minMs = 0
): number {
  const phase = (run + 0.5) / runs
  let cycles = 0
  while (periodMs * (cycles + phase) < minMs) cycles++
  return periodMs * (cycles + phase)
}

/** `12.3 s` with a sensible number of decimals. */
export function seconds(value: number): string {
  const abs = Math.abs(value)
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2
  return `${value.toFixed(digits)} s`
}

/** `1.23 s (1.10–1.40, n=3)`; a single value is shown alone. */
export function secondsRange(summary: Summary): string {
  if (summary.n === 1) return seconds(summary.median)
  return `${seconds(summary.median)} (${summary.min.toFixed(2)}–${summary.max.toFixed(2)}, n=${summary.n})`
}

/** `12×`, `3.4×`, `0.52×`. */
export function times(ratio: number): string {
  if (!Number.isFinite(ratio)) return '—'
  const digits = ratio >= 10 ? 0 : ratio >= 1 ? 1 : 2
  return `${ratio.toFixed(digits)}×`
}

/** A markdown table; `|` in cells is escaped. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[]
): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|')
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)
  ].join('\n')
}

/** Counts per operation, most frequent first, as `GetDeployment 12, DescribeAlarms 12`. */
export function countOperations(operations: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const op of operations) counts.set(op, (counts.get(op) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([op, n]) => `${op} ${n}`)
    .join(', ')
}
