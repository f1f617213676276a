/**
 * npm run bench, section "rule-tests" (BENCH_ONLY=rule-tests; or `tsx scripts/bench-rule-tests.ts`
 * alone): `flag-tests` at scale. A content of 500 multi-variant flags × 20 variants (19 rules
 * mixing every operator, and the default) and a YAML test file of 10,000 cases, each with a
 * context of five keys; the time is reading the test file (with positions for the cases that
 * do not pass) plus evaluating every case, in this process, median of 5 runs, wall and CPU time
 * (the target is on CPU time: on a shared machine the wall time mostly measures the others). The rule lint of
 * the same content is timed too. Seeded: every run builds the same files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readFlagTests } from '../src/rules/read-flag-tests.js'
import { runFlagTests } from '../src/rules/run-flag-tests.js'
import { lintRules } from '../src/rules/lint-rules.js'
import { seededRandom, summarize } from './bench-stats.js'
import type { HygieneRow } from './bench-hygiene.js'

const FLAGS = 500
const VARIANTS = 20
const CASES = 10_000
const RUNS = 5
const TIERS = ['gold', 'silver', 'bronze', 'trial']
const COUNTRIES = ['DE', 'FR', 'NL', 'US', 'JP', 'BR']

function rule(i: number, v: number): string {
  const tier = TIERS[v % TIERS.length]!
  switch (v % 7) {
    case 0:
      return `(eq $tier "${tier}")`
    case 1:
      return `(and (eq $tier "${tier}") (in $country ["${COUNTRIES[v % 6]}", "${COUNTRIES[(v + 1) % 6]}"]))`
    case 2:
      return `(or (gt $age ${20 + v}) (begins_with $email "qa-${i}"))`
    case 3:
      return `(and (gte $signup 2024-0${1 + (v % 9)}) (not (ends_with $email "@test.example")))`
    case 4:
      return `(matches in::$email pattern::"^user-${v}[0-9]+@")`
    case 5:
      return `(and (exists key::"beta") (lte $age ${30 + v}))`
    default:
      return `(and (eq $country "${COUNTRIES[v % 6]}") (split pct::${v} by::$userId seed::"f${i}"))`
  }
}

/** The content and the test file's text. */
export function ruleTestFixtures(): {
  content: Record<string, unknown>
  tests: string
} {
  const flags: Record<string, unknown> = {}
  const values: Record<string, unknown> = {}
  for (let i = 0; i < FLAGS; i++) {
    flags[`flag-${i}`] = { name: `Flag ${i}` }
    values[`flag-${i}`] = {
      _variants: Array.from({ length: VARIANTS }, (_, v) =>
        v === VARIANTS - 1
          ? { name: 'default', enabled: false }
          : { name: `v${v}`, enabled: true, rule: rule(i, v) }
      )
    }
  }
  const random = seededRandom(24)
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(random() * list.length)]!
  const lines = ['cases:']
  for (let c = 0; c < CASES; c++) {
    const flag = Math.floor(random() * FLAGS)
    const variants = Array.from(
      { length: 3 },
      () => `v${Math.floor(random() * (VARIANTS - 1))}`
    )
    lines.push(
      `  - name: case ${c}`,
      `    flag: flag-${flag}`,
      `    context: { tier: ${pick(TIERS)}, country: ${pick(COUNTRIES)}, age: ${18 + Math.floor(random() * 60)}, email: user-${c}@shop.example, userId: u-${c} }`,
      `    expect: { variant: [${variants.join(', ')}, default] }`
    )
  }
  return {
    content: { version: '1', flags, values },
    tests: `${lines.join('\n')}\n`
  }
}

export async function benchRuleTests(
  work: string,
  log: (line: string) => void = console.log
): Promise<HygieneRow[]> {
  const { content, tests } = ruleTestFixtures()
  const file = path.join(work, 'rule-tests.yaml')
  writeFileSync(file, tests)
  const times: number[] = []
  const cpuTimes: number[] = []
  let verdicts = ''
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    const report = await runFlagTests(
      await readFlagTests(file),
      content,
      'rule-tests.yaml'
    )
    times.push(performance.now() - started)
    const used = process.cpuUsage(cpuBefore)
    cpuTimes.push((used.user + used.system) / 1000)
    verdicts = `${report.passed} passed, ${report.failed} failed, ${report.undetermined} undetermined`
    if (report.problems.length > 0) throw new Error(report.problems[0]!.message)
  }
  const lintTimes: number[] = []
  let warnings = 0
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now()
    warnings = lintRules(content).length
    lintTimes.push(performance.now() - started)
  }
  const ms = summarize(times)
  const cpu = summarize(cpuTimes)
  const lint = summarize(lintTimes)
  log(
    `rule tests: ${ms.median.toFixed(0)} ms median, CPU ${cpu.median.toFixed(0)} ms (${verdicts}); lint ${lint.median.toFixed(0)} ms`
  )
  const sec = (n: number): string => `${(n / 1000).toFixed(2)} s`
  return [
    {
      measure: `10. Rule tests: ${FLAGS} flags × ${VARIANTS} variants, ${CASES.toLocaleString('en')} cases (${(Buffer.byteLength(tests) / 1e6).toFixed(1)} MB YAML) read and evaluated (${verdicts}); median of ${RUNS} (min–max)`,
      action: `${sec(ms.median)} (${sec(ms.min)}–${sec(ms.max)}); CPU ${sec(cpu.median)} (${sec(cpu.min)}–${sec(cpu.max)})`,
      waiter: '—',
      cli: '—',
      ratio: '—',
      // CPU time: on a shared machine the wall time mostly measures the other processes.
      target: '< 1 s CPU',
      ok: cpu.median < 1000
    },
    {
      measure: `10. Rule lint of the same ${(FLAGS * (VARIANTS - 1)).toLocaleString('en')} rules (${warnings} warnings); median of ${RUNS}`,
      action: `${sec(lint.median)} (${sec(lint.min)}–${sec(lint.max)})`,
      waiter: '—',
      cli: '—',
      ratio: '—',
      target: '< 1 s',
      ok: lint.median < 1000
    }
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const work = mkdtempSync(path.join(tmpdir(), 'bench-rule-tests-'))
  try {
    for (const row of await benchRuleTests(work))
      console.log(JSON.stringify(row, null, 2))
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
