/**
 * Section 10 of `npm run bench`: a fleet in one account. N action processes (dist/index.js,
 * default 50, BENCH_FLEET=<n>) against one emulator with API quotas on (emulator/quotas.ts:
 * AppConfig List* 10/s, Get* 100/s, StartDeployment 10/s…, CloudWatch DescribeAlarms 9/s), each
 * deploying to its own environment (with its own alarm) of one application, all started
 * together (by names, then a second bundle by IDs); then N kill switches (`set-flags`) at once;
 * then N plans. Side by side, the same
 * deploy fleet as AWS CLI scripts (list IDs by name, create-hosted-configuration-version,
 * start-deployment, `aws appconfig wait deployment-complete`), BENCH_FLEET_CLI=<n> of them.
 *
 * For each fleet: runs completed / failed, the fleet's wall time against one run's alone, calls
 * per run per operation, the peak calls served in any one second per quota budget against the
 * quota, the calls AWS (the emulator) throttled, and how many throttling errors reached a user
 * (an ::error:: or ::warning:: line naming throttling). The emulator's clock is scaled
 * (TIME_SCALE) so a strategy of minutes takes seconds; the quotas run on real time.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  awsEnv,
  changedContent,
  FLAG,
  seededContent
} from '../__fixtures__/rollout-e2e.js'
import { parseOutputFile } from '../__fixtures__/spawn-action.js'
import {
  quotaFor,
  startEmulator,
  type CallRecord,
  type EmulatorSeed,
  type RunningEmulator
} from '../emulator/index.js'
import { cliScript } from './bench-cli.js'

/** A strategy minute is 10 ms: the fleet's 3-minute strategy takes about 2 s of real time. */
export const FLEET_TIME_SCALE = 0.01
const APPLICATION = 'fleet-service'
const PROFILE = 'fleet-flags'
const STRATEGY = 'fleet-linear'
const POLL_SECONDS = '1'

export interface FleetPhase {
  readonly name: string
  readonly runs: number
  readonly completed: number
  readonly failed: number
  /** Failure lines of the runs that failed (at most 5). */
  readonly failures: readonly string[]
  /** First start → last exit, real ms. */
  readonly wallMs: number
  /** One run of the same kind alone (same emulator, quotas on), real ms. */
  readonly soloMs: number | undefined
  readonly callsPerRun: Readonly<Record<string, number>>
  /** Per quota budget: the most calls served in any one second, and the quota. */
  readonly peaks: readonly {
    budget: string
    peak: number
    quota: number
    attempted: number
  }[]
  readonly throttled: number
  /** Throttling errors or warnings that reached a run's log (a user would see them). */
  readonly throttlingSeen: number
}

export interface FleetResult {
  readonly size: number
  readonly cliSize: number
  readonly load: string
  readonly phases: readonly FleetPhase[]
}

interface Child {
  code: number | null
  stdout: string
  outputs: Record<string, string>
  endedAt: number
}

function envName(i: number): string {
  return `env-${String(i).padStart(2, '0')}`
}

/** The environment's ID (shaped like AppConfig's, so an input holding it is read as an ID). */
function envId(name: string): string {
  return name === 'solo' ? 'fsolo01' : `fenv${name.slice(4)}`
}

function fleetSeed(size: number): EmulatorSeed {
  const names = [...Array.from({ length: size }, (_, i) => envName(i)), 'solo']
  return {
    alarms: names.map((name) => ({ name: `${name}-5xx`, state: 'OK' })),
    deploymentStrategies: [
      {
        id: 'fleet01',
        name: STRATEGY,
        durationMinutes: 2,
        bakeMinutes: 1,
        growthFactor: 50,
        growthType: 'LINEAR'
      }
    ],
    applications: [
      {
        id: 'fleetap',
        name: APPLICATION,
        // AppConfig allows 20 environments per application by default (adjustable): a fleet
        // of 50 in one application needs the quota raised; the API rates are the same.
        environments: names.map((name) => ({
          id: envId(name),
          name,
          monitors: [`${name}-5xx`]
        })),
        configurationProfiles: [
          {
            id: 'fleetfl',
            name: PROFILE,
            type: 'AWS.AppConfig.FeatureFlags',
            versions: [{ label: 'v1', content: seededContent() }]
          }
        ],
        deployments: names.map((name) => ({
          environment: name,
          profile: PROFILE,
          version: 1
        }))
      }
    ]
  }
}

function runChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  outputFile?: string
): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const endedAt = Date.now()
      let outputs: Record<string, string> = {}
      if (outputFile !== undefined) {
        try {
          outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
        } catch {
          outputs = {}
        }
      }
      resolve({ code, stdout, outputs, endedAt })
    })
  })
}

/** One action process with these inputs, as the runner starts it. */
function actionRun(
  node: string,
  dist: string,
  emulator: RunningEmulator,
  work: string,
  id: string,
  inputs: Record<string, string>
): Promise<Child> {
  const dir = mkdtempSync(path.join(work, `${id}-`))
  const outputFile = path.join(dir, 'output')
  writeFileSync(outputFile, '')
  writeFileSync(path.join(dir, 'summary'), '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    ...awsEnv(emulator.endpoint),
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    RUNNER_TEMP: dir,
    ...Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [
        `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
        v
      ])
    )
  }
  return runChild(node, [path.join(dist, 'index.js')], env, outputFile)
}

/** The most calls in any window of `ms` (sorted times). */
export function peakInWindow(times: readonly number[], ms = 1000): number {
  let peak = 0
  let start = 0
  for (let end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= ms) start++
    peak = Math.max(peak, end - start + 1)
  }
  return peak
}

/** Calls per run per operation, peaks per budget, throttled calls, from one phase's call log. */
export function callFigures(
  calls: readonly CallRecord[],
  runs: number
): Pick<FleetPhase, 'callsPerRun' | 'peaks' | 'throttled'> {
  const perOp: Record<string, number> = {}
  for (const c of calls)
    if (c.throttledBy === undefined)
      perOp[c.operation] = (perOp[c.operation] ?? 0) + 1
  const callsPerRun = Object.fromEntries(
    Object.entries(perOp)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([op, n]) => [op, Math.round((n / runs) * 10) / 10])
  )
  const budgets = new Map<
    string,
    { quota: number; served: number[]; attempted: number[] }
  >()
  for (const c of calls) {
    const rule = quotaFor(c.service, c.operation)
    if (rule === undefined) continue
    const entry = budgets.get(rule.budget) ?? {
      quota: rule.perSecond,
      served: [],
      attempted: []
    }
    // The limiter's own clock (fractional ms), so a peak is counted as the limiter counts it.
    const t = c.quotaAt ?? c.realAt.getTime()
    entry.attempted.push(t)
    if (c.throttledBy === undefined) entry.served.push(t)
    budgets.set(rule.budget, entry)
  }
  const peaks = [...budgets]
    .map(([budget, e]) => ({
      budget,
      quota: e.quota,
      peak: peakInWindow(e.served.sort((a, b) => a - b)),
      attempted: peakInWindow(e.attempted.sort((a, b) => a - b))
    }))
    .sort((a, b) => a.budget.localeCompare(b.budget))
  return {
    callsPerRun,
    peaks,
    throttled: calls.filter((c) => c.throttledBy !== undefined).length
  }
}

/**
 * A throttling error a user sees: the action's error or warning annotation naming it, or the AWS
 * CLI's "An error occurred (ThrottlingException)" (never the action's ::debug:: lines).
 */
export const THROTTLE_SEEN =
  /^(::(error|warning)::|An error occurred \().*(Throttl|Rate exceeded)/m

async function phase(
  name: string,
  emulator: RunningEmulator,
  size: number,
  start: (i: number) => Promise<Child>,
  ok: (child: Child) => boolean,
  solo: (() => Promise<Child>) | undefined,
  log: (line: string) => void
): Promise<FleetPhase> {
  let soloMs: number | undefined
  if (solo !== undefined) {
    log(`fleet: ${name}, one run alone`)
    const began = Date.now()
    const alone = await solo()
    soloMs = ok(alone) ? alone.endedAt - began : undefined
  }
  log(`fleet: ${name}, ${size} at once`)
  emulator.control.clearCalls()
  const began = Date.now()
  const children = await Promise.all(
    Array.from({ length: size }, (_, i) => start(i))
  )
  const wallMs = Math.max(...children.map((c) => c.endedAt)) - began
  const calls = emulator.control.calls()
  const failed = children.filter((c) => !ok(c))
  return {
    name,
    runs: size,
    completed: size - failed.length,
    failed: failed.length,
    failures: failed
      .slice(0, 5)
      .map(
        (c) =>
          /^::error::(.*)$/m.exec(c.stdout)?.[1]?.slice(0, 200) ??
          `exit ${c.code}: ${c.stdout.slice(-200)}`
      ),
    wallMs,
    soloMs,
    ...callFigures(calls, size),
    throttlingSeen: children.filter((c) => THROTTLE_SEEN.test(c.stdout)).length
  }
}

/** The fleet section: action deploys, kill switches and plans, then the CLI scripts. */
export async function measureFleet(
  programs: { node: string; dist: string; aws?: string },
  log: (line: string) => void,
  loadNow: () => string
): Promise<FleetResult> {
  const size = Number(process.env.BENCH_FLEET ?? 50)
  const cliSize = programs.aws ? Number(process.env.BENCH_FLEET_CLI ?? size) : 0
  const work = mkdtempSync(path.join(tmpdir(), 'bench-fleet-'))
  const bundle = path.join(work, 'flags.json')
  writeFileSync(bundle, JSON.stringify(changedContent(11)))
  // The plan's bundle changes a value of the flag the kill switch turned off: a drift the plan
  // is told to overwrite (on-drift: overwrite), so it plans instead of refusing.
  const planContent = changedContent(12)
  planContent.values[FLAG]!.enabled = false
  const planBundle = path.join(work, 'plan.json')
  writeFileSync(planBundle, JSON.stringify(planContent))
  const emulator = await startEmulator({
    timeScale: FLEET_TIME_SCALE,
    quotas: true,
    seed: fleetSeed(size)
  })
  const target = (environment: string): Record<string, string> => ({
    application: APPLICATION,
    environment,
    'configuration-profile': PROFILE,
    'deployment-strategy': STRATEGY,
    'poll-interval-seconds': POLL_SECONDS
  })
  // The same target by IDs: one Get each, no List call (resolve-target.ts).
  const byIds = (environment: string): Record<string, string> => ({
    ...target(environment),
    application: 'fleetap',
    environment: envId(environment),
    'configuration-profile': 'fleetfl',
    'deployment-strategy': 'fleet01'
  })
  const bundleByIds = path.join(work, 'flags-ids.json')
  writeFileSync(bundleByIds, JSON.stringify(changedContent(13)))
  const run = (id: string, inputs: Record<string, string>): Promise<Child> =>
    actionRun(programs.node, programs.dist, emulator, work, id, inputs)
  const phases: FleetPhase[] = []
  // BENCH_FLEET_ACTION=0 runs the CLI fleet alone (it is the slow one).
  const actionPhases = process.env.BENCH_FLEET_ACTION !== '0'
  try {
    if (actionPhases) {
      const deployed = (c: Child): boolean =>
        c.code === 0 && c.outputs.result === 'complete'
      // One kind of run: N at once (env-00…), after one alone ('solo') with the same inputs.
      const actionPhase = async (
        name: string,
        id: string,
        inputsFor: (environment: string) => Record<string, string>,
        ok: (c: Child) => boolean
      ): Promise<void> => {
        phases.push(
          await phase(
            name,
            emulator,
            size,
            (i) => run(`${id}-${i}`, inputsFor(envName(i))),
            ok,
            () => run(`${id}-solo`, inputsFor('solo')),
            log
          )
        )
      }
      await actionPhase(
        'deploy (action)',
        'deploy',
        (env) => ({ ...target(env), bundle: 'flags.json' }),
        deployed
      )
      await actionPhase(
        'deploy by IDs (action)',
        'ids',
        (env) => ({ ...byIds(env), bundle: 'flags-ids.json' }),
        deployed
      )
      await actionPhase(
        'kill switch (action set-flags)',
        'kill',
        (env) => ({ ...target(env), 'set-flags': `${FLAG}=off` }),
        deployed
      )
      await actionPhase(
        'plan (action)',
        'plan',
        (env) => ({
          ...target(env),
          mode: 'plan',
          bundle: 'plan.json',
          'on-drift': 'overwrite'
        }),
        (c) => c.code === 0 && c.outputs.changed === 'true'
      )
    }
    if (programs.aws !== undefined && cliSize > 0) {
      const script = path.join(work, 'deploy.sh')
      writeFileSync(script, cliScript('wait'))
      const cliRun = (environment: string, id: string): Promise<Child> => {
        const tmp = mkdtempSync(path.join(work, `${id}-`))
        return runChild('bash', [script], {
          PATH: `${path.dirname(programs.aws!)}:${process.env.PATH ?? ''}`,
          ...awsEnv(emulator.endpoint),
          AWS_DEFAULT_REGION: 'us-east-1',
          ENDPOINT: emulator.endpoint,
          BENCH_APPLICATION: APPLICATION,
          BENCH_ENVIRONMENT: environment,
          BENCH_PROFILE: PROFILE,
          BENCH_STRATEGY: STRATEGY,
          BENCH_BUNDLE: bundle,
          BENCH_TMP: tmp
        })
      }
      phases.push(
        await phase(
          'deploy (AWS CLI script + waiter)',
          emulator,
          cliSize,
          (i) => cliRun(envName(i), `cli-${i}`),
          (c) => c.code === 0 && /: COMPLETE/.test(c.stdout),
          () => cliRun('solo', 'cli-solo'),
          log
        )
      )
    }
  } finally {
    await emulator.close()
    rmSync(work, { recursive: true, force: true })
  }
  return { size, cliSize, load: loadNow(), phases }
}

/** The section's rows for the bench's markdown (one table per phase). */
export function fleetMarkdown(result: FleetResult): string {
  const s = (ms: number | undefined): string =>
    ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`
  const lines = [
    `## 11. A fleet in one account (${result.size} pipelines, API quotas on)`,
    '',
    `Machine load (uptime) after the section: ${result.load}. Emulator time scale ${FLEET_TIME_SCALE} (quotas on real time).`,
    ''
  ]
  for (const p of result.phases) {
    lines.push(
      `### ${p.name}: ${p.completed}/${p.runs} completed, ${p.failed} failed`,
      '',
      `Fleet wall time ${s(p.wallMs)} against ${s(p.soloMs)} for one run alone; ${p.throttled} calls throttled (each retried by the caller, or its end); throttling errors shown to a user: ${p.throttlingSeen} runs.`,
      '',
      `Calls per run: ${Object.entries(p.callsPerRun)
        .map(([op, n]) => `${op} ${n}`)
        .join(', ')}.`,
      '',
      '| Budget | Peak served / s | Peak asked / s | Quota / s |',
      '| --- | --: | --: | --: |',
      ...p.peaks.map(
        (b) => `| ${b.budget} | ${b.peak} | ${b.attempted} | ${b.quota} |`
      ),
      ''
    )
    if (p.failures.length > 0)
      lines.push(
        'Failures (first 5):',
        '',
        ...p.failures.map((f) => `- ${f.replace(/\|/g, '\\|')}`),
        ''
      )
  }
  return lines.join('\n')
}
