/**
 * Section 8 of `npm run bench` (formerly the printing-only __tests__/e2e/measurements.test.ts):
 * the e2e stage (the emulator at the e2e time scale, a strategy minute = 120 ms) with
 * dist/index.js as a child process.
 * - Alarm-driven rollback: the emulator's own monitor rolls the canary back when the alarm
 *   fires at 20, 40 or 70 % (so ROLLED_BACK lands at different points of the poll cycle); from
 *   ROLLED_BACK (emulated instant, mapped to real time) to the first GetDeployment that saw it,
 *   and to the process exit, at poll 0.2 s and 1 s.
 * - API calls while watching a complete rollout at poll 0.2 s: per GetDeployment, and per tick
 *   bounded by time (every tick ends in a poll-interval sleep).
 * The behavioural part (only GetDeployment and DescribeAlarms while watching) stays a test:
 * __tests__/e2e/watch-calls.test.ts.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  ALARM,
  awsEnv,
  changedContent,
  DEFAULT_INPUTS,
  IDS,
  startE2E,
  type E2E
} from '../__fixtures__/rollout-e2e.js'
import { parseOutputFile } from '../__fixtures__/spawn-action.js'
import { summarize } from './bench-stats.js'

/** Where the figure at which the alarm fires lands ROLLED_BACK in the poll cycle. */
export const PERCENTAGES = [20, 40, 70] as const
export const POLLS = [0.2, 1] as const
/** The tick of the "calls per tick" run; each tick ends in a sleep this long. */
const TICK_POLL = 0.2

export interface LatencyRun {
  readonly pollSeconds: number
  readonly percentage: number
  /** ms from ROLLED_BACK to the first GetDeployment at or after it. */
  readonly seenMs: number
  /** ms from ROLLED_BACK to the process exit. */
  readonly exitMs: number
}

export interface TickCount {
  readonly calls: number
  readonly getDeployment: number
  readonly describeAlarms: number
  /** ms from StartDeployment to the watch's last call. */
  readonly spanMs: number
  /** The most ticks that fit in spanMs, given a TICK_POLL sleep after each. */
  readonly maxTicks: number
}

export interface LatencyResult {
  readonly rollbacks: LatencyRun[]
  readonly ticks: TickCount
}

/** A row of bench.ts's table (same columns). */
export interface LatencyRow {
  measure: string
  action: string
  waiter: string
  cli: string
  ratio: string
  target: string
  ok?: boolean
}

/** Runs `<node> <dist>/index.js` on the e2e stage to the end (not fixtures' spawnAction: it runs ./dist). */
function runAction(
  e2e: E2E,
  program: { node: string; dist: string },
  inputs: Record<string, string>
): Promise<{ code: number | null; exitedAt: number; result: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-latency-'))
  const output = path.join(dir, 'output')
  writeFileSync(output, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: e2e.workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SHA: 'abc123',
    GITHUB_RUN_ID: '7',
    NODE_NO_WARNINGS: '1',
    ...awsEnv(e2e.emulator.endpoint)
  }
  for (const [name, value] of Object.entries({ ...DEFAULT_INPUTS, ...inputs }))
    env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(program.node, [path.join(program.dist, 'index.js')], {
    cwd: e2e.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  let exitedAt = 0
  child.on('exit', () => (exitedAt = Date.now()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      const outputs = parseOutputFile(readFileSync(output, 'utf8'))
      rmSync(dir, { recursive: true, force: true })
      if (outputs.result === undefined)
        reject(new Error(`the action set no result (exit ${code}):\n${log}`))
      else resolve({ code, exitedAt, result: outputs.result })
    })
  })
}

async function rollbackRun(
  program: { node: string; dist: string },
  pollSeconds: number,
  percentage: number
): Promise<LatencyRun> {
  const e2e = await startE2E()
  try {
    e2e.emulator.control.scheduleAlarmChange({
      alarmName: ALARM,
      state: 'ALARM',
      when: { percentage, environmentId: IDS.production }
    })
    e2e.writeBundle(changedContent())
    const run = await runAction(e2e, program, {
      'poll-interval-seconds': String(pollSeconds)
    })
    if (run.result !== 'rolled-back')
      throw new Error(`expected a rollback, the action reported ${run.result}`)
    const deployment = await e2e.getDeployment(2)
    const rolledBack = deployment.EventLog?.find(
      (e) => e.EventType === 'ROLLBACK_COMPLETED'
    )?.OccurredAt
    if (rolledBack === undefined)
      throw new Error('the deployment has no ROLLBACK_COMPLETED event')
    const rolledBackAt = e2e.realTimeOf(rolledBack)
    // The first poll that saw it: the first GetDeployment at or after it (emulated time).
    const seen = e2e
      .calls('GetDeployment')
      .find((c) => c.at.getTime() >= rolledBack.getTime())
    if (seen === undefined) throw new Error('no GetDeployment saw ROLLED_BACK')
    return {
      pollSeconds,
      percentage,
      seenMs: Math.round(seen.realAt.getTime() - rolledBackAt),
      exitMs: Math.round(run.exitedAt - rolledBackAt)
    }
  } finally {
    await e2e.close()
  }
}

async function tickRun(program: {
  node: string
  dist: string
}): Promise<TickCount> {
  const e2e = await startE2E()
  try {
    e2e.writeBundle(changedContent())
    const run = await runAction(e2e, program, {
      'poll-interval-seconds': String(TICK_POLL)
    })
    if (run.result !== 'complete')
      throw new Error(`expected complete, the action reported ${run.result}`)
    const calls = e2e.calls()
    const start = calls.findIndex((c) => c.operation === 'StartDeployment')
    const watch = calls.slice(start + 1)
    const spanMs =
      watch.at(-1)!.realAt.getTime() - calls[start]!.realAt.getTime()
    return {
      calls: watch.length,
      getDeployment: watch.filter((c) => c.operation === 'GetDeployment')
        .length,
      describeAlarms: watch.filter((c) => c.operation === 'DescribeAlarms')
        .length,
      spanMs,
      maxTicks: Math.floor(spanMs / (TICK_POLL * 1000)) + 1
    }
  } finally {
    await e2e.close()
  }
}

/** Every run of the section, one after the other (they time real processes). */
export async function measureLatency(
  program: { node: string; dist: string },
  log: (line: string) => void = () => undefined
): Promise<LatencyResult> {
  const rollbacks: LatencyRun[] = []
  for (const poll of POLLS)
    for (const percentage of PERCENTAGES) {
      log(`latency: alarm-driven rollback at ${percentage} %, poll ${poll} s`)
      rollbacks.push(await rollbackRun(program, poll, percentage))
    }
  log(`latency: API calls while watching, poll ${TICK_POLL} s`)
  return { rollbacks, ticks: await tickRun(program) }
}

/** The section's rows for bench.ts's table. */
export function latencyRows(result: LatencyResult): LatencyRow[] {
  const NA = '—'
  const rows: LatencyRow[] = POLLS.map((poll) => {
    const runs = result.rollbacks.filter((r) => r.pollSeconds === poll)
    const exit = summarize(runs.map((r) => r.exitMs))
    return {
      measure: `8. Alarm-driven rollback (emulator monitor, canary at the e2e time scale) → seen by a poll / → step exit, poll ${poll} s, alarm at ${PERCENTAGES.join('/')} %`,
      action: `seen [${runs.map((r) => r.seenMs).join(', ')}] ms; exit [${runs.map((r) => r.exitMs).join(', ')}] ms (median ${exit.median})`,
      waiter: NA,
      cli: NA,
      ratio: NA,
      target: `exit ≤ poll + 1 s (${poll * 1000 + 1000} ms)`,
      ok: exit.max <= poll * 1000 + 1000
    }
  })
  const t = result.ticks
  const perTick = t.calls / t.maxTicks
  rows.push({
    measure: `8. API calls while watching at poll ${TICK_POLL} s (e2e stage, complete rollout)`,
    action: `${t.calls} (${t.getDeployment} GetDeployment, ${t.describeAlarms} DescribeAlarms) over ${t.spanMs} ms: ≤ ${t.maxTicks} ticks, ${perTick.toFixed(2)} per tick (by time), ${(t.calls / t.getDeployment).toFixed(2)} per GetDeployment`,
    waiter: NA,
    cli: NA,
    ratio: NA,
    target: '≤ 2 per tick',
    ok: perTick <= 2 && t.calls / t.getDeployment <= 2
  })
  return rows
}
