/**
 * The rollout half of `npm run bench`: each contender (the action's dist/index.js, a Node script
 * around the SDK's `waitUntilDeploymentComplete`, a bash script around the AWS CLI) runs as its
 * own process against a fresh AppConfig + CloudWatch emulator, seeded from
 * examples/emulator-seed.json. The bench process drives the emulator (an alarm, or the end of
 * the bake, at a chosen instant) and reads the emulator's call log, whose entries carry both
 * emulated and real time. Every instant here is real epoch ms (Date.now()).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  startEmulator,
  type CallRecord,
  type RunningEmulator,
  type SeedStrategy
} from '../emulator/index.js'
import { cliScript, type CliVariant } from './bench-cli.js'

export const SEED_PATH = 'examples/emulator-seed.json'
export const NAMES = {
  application: 'checkout-service',
  environment: 'Production',
  profile: 'checkout-flags'
} as const
export const ALARM = 'checkout-5xx'
const FLAG = 'allow-bitcoin-at-checkout'

export type ContenderKind = 'action' | 'waiter' | CliVariant

/** Where the contenders' programs are. */
export interface Programs {
  /** The node binary the action runs on (the runner's: node 24). */
  readonly node: string
  /** The directory holding index.js (dist/ unless BENCH_DIST says otherwise). */
  readonly dist: string
  /** The AWS CLI to put first on PATH for the CLI contender; undefined: no CLI. */
  readonly aws: string | undefined
}

/** A child process with a timestamp on every stdout line. */
interface Timed {
  readonly spawnedAt: number
  readonly lines: { at: number; text: string }[]
  readonly exited: Promise<{ code: number | null; exitedAt: number }>
  output(): string
  kill(): void
}

function spawnTimed(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string }
): Timed {
  const spawnedAt = Date.now()
  const child = spawn(command, args, {
    env: options.env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const lines: { at: number; text: string }[] = []
  let partial = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    const at = Date.now()
    const parts = (partial + chunk.toString()).split('\n')
    partial = parts.pop() ?? ''
    for (const text of parts) lines.push({ at, text })
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<{ code: number | null; exitedAt: number }>(
    (resolve, reject) => {
      child.on('error', reject)
      child.on('exit', (code) => resolve({ code, exitedAt: Date.now() }))
    }
  )
  return {
    spawnedAt,
    lines,
    exited,
    output: () =>
      `${lines.map((l) => l.text).join('\n')}\n${partial}\n${stderr}`.trim(),
    kill: () => void child.kill('SIGKILL')
  }
}

/** A fresh emulator with the seed, the benchmark's strategies and a temp workspace. */
class Stage {
  private constructor(
    readonly emulator: RunningEmulator,
    readonly workspace: string
  ) {}

  static async start(options: {
    timeScale: number
    strategies: SeedStrategy[]
    validationSeconds?: number
  }): Promise<Stage> {
    const emulator = await startEmulator({
      timeScale: options.timeScale,
      seed: SEED_PATH,
      validationSeconds: options.validationSeconds
    })
    await emulator.control.seed({ deploymentStrategies: options.strategies })
    return new Stage(emulator, mkdtempSync(path.join(tmpdir(), 'bench-run-')))
  }

  get control(): RunningEmulator['control'] {
    return this.emulator.control
  }

  calls(): CallRecord[] {
    return this.control.calls()
  }

  /** Real epoch ms of an emulated instant. */
  realTimeOf(emulated: Date): number {
    const realNow = Date.now()
    const emulatedNow = this.control.now().getTime()
    return realNow + (emulated.getTime() - emulatedNow) * this.control.timeScale
  }

  /** Waits until the call log holds a matching call after index `from`. */
  async waitForCall(
    match: (call: CallRecord) => boolean,
    from = 0,
    timeoutMs = 60_000
  ): Promise<{ call: CallRecord; index: number }> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const calls = this.calls()
      for (let i = from; i < calls.length; i++)
        if (match(calls[i]!)) return { call: calls[i]!, index: i }
      if (Date.now() > deadline)
        throw new Error(
          `no matching call within ${timeoutMs} ms (calls: ${calls.map((c) => c.operation).join(', ')})`
        )
      await sleep(2)
    }
  }

  /** The deployment as the emulator has it now: GetDeployment over plain HTTP, after the contender's calls. */
  async deployment(number: number): Promise<{
    State?: string
    StartedAt?: string
    CompletedAt?: string
    EventLog?: { EventType?: string; OccurredAt?: string }[]
  }> {
    const response = await fetch(
      `${this.emulator.endpoint}/applications/chkout1/environments/prod001/deployments/${number}`
    )
    if (!response.ok)
      throw new Error(`GetDeployment answered ${response.status}`)
    return (await response.json()) as Awaited<ReturnType<Stage['deployment']>>
  }

  writeBundle(name: string, text: string): string {
    const file = path.join(this.workspace, name)
    writeFileSync(file, text)
    return file
  }

  async close(): Promise<void> {
    await this.emulator.close()
    rmSync(this.workspace, { recursive: true, force: true })
  }
}

/** Rejects when the process exits; for racing against the steps that need it running. */
function exitedEarlyOf(kind: ContenderKind, proc: Timed): Promise<never> {
  const early = proc.exited.then(() => {
    throw new Error(`${kind} exited early:\n${proc.output()}`)
  })
  early.catch(() => undefined)
  return early
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
}

async function sleepUntil(at: number): Promise<void> {
  // setTimeout may fire a little early or late; finish the last ms by polling.
  await sleep(at - Date.now() - 2)
  while (Date.now() < at) await sleep(0)
}

/** The environment every contender gets: dummy keys, the emulator as endpoint, no AWS config. */
function awsEnv(stage: Stage): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: stage.workspace,
    AWS_ENDPOINT_URL: stage.emulator.endpoint,
    AWS_ACCESS_KEY_ID: 'emulator',
    AWS_SECRET_ACCESS_KEY: 'emulator',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: path.join(stage.workspace, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(
      stage.workspace,
      'no-aws-credentials'
    ),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    NODE_NO_WARNINGS: '1'
  }
}

function startContender(
  kind: ContenderKind,
  stage: Stage,
  programs: Programs,
  options: { strategy: string; bundle: string; pollSeconds?: number }
): Timed {
  const env = awsEnv(stage)
  if (kind === 'action') {
    const output = stage.writeBundle('github-output', '')
    const summary = stage.writeBundle('github-summary', '')
    const inputs: Record<string, string> = {
      application: NAMES.application,
      environment: NAMES.environment,
      'configuration-profile': NAMES.profile,
      bundle: options.bundle,
      'deployment-strategy': options.strategy
    }
    if (options.pollSeconds !== undefined)
      inputs['poll-interval-seconds'] = String(options.pollSeconds)
    for (const [name, value] of Object.entries(inputs))
      env[`INPUT_${name.toUpperCase()}`] = value
    Object.assign(env, {
      GITHUB_WORKSPACE: stage.workspace,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_REPOSITORY: 'octo/shop',
      GITHUB_SHA: 'abc123',
      GITHUB_RUN_ID: '7'
    })
    return spawnTimed(programs.node, [path.join(programs.dist, 'index.js')], {
      env,
      cwd: stage.workspace
    })
  }
  const bench = {
    BENCH_APPLICATION: NAMES.application,
    BENCH_ENVIRONMENT: NAMES.environment,
    BENCH_PROFILE: NAMES.profile,
    BENCH_STRATEGY: options.strategy,
    BENCH_BUNDLE: path.resolve(stage.workspace, options.bundle),
    BENCH_TMP: stage.workspace
  }
  if (kind === 'waiter') {
    return spawnTimed(
      programs.node,
      ['--import', 'tsx', path.resolve('scripts/bench-waiter-child.ts')],
      { env: { ...env, ...bench }, cwd: process.cwd() }
    )
  }
  if (programs.aws === undefined) throw new Error('no AWS CLI')
  const script = stage.writeBundle(`cli-${kind}.sh`, cliScript(kind))
  return spawnTimed('bash', [script], {
    env: {
      ...env,
      ...bench,
      ENDPOINT: stage.emulator.endpoint,
      PATH: `${path.dirname(programs.aws)}:${process.env.PATH ?? ''}`
    },
    cwd: stage.workspace
  })
}

/** The seeded version 1 with one value changed: a typical small flag change. */
export function smallBundle(): string {
  const seed = JSON.parse(readFileSync(SEED_PATH, 'utf8')) as {
    applications: {
      configurationProfiles: {
        versions: {
          content: { values: Record<string, Record<string, unknown>> }
        }[]
      }[]
    }[]
  }
  const content =
    seed.applications[0]!.configurationProfiles[0]!.versions[0]!.content
  content.values[FLAG]!['bitcoin-discount-percentage'] = 10
  return `${JSON.stringify(content, null, 2)}\n`
}

/**
 * A ~2 MB bundle (pretty JSON, under AppConfig's 2,048 KB limit) that keeps the deployed flag,
 * so the action's flag-removal guard lets it through: a big catalogue gaining flags.
 */
export function bigBundle(text: string): string {
  const big = JSON.parse(text) as {
    flags: Record<string, unknown>
    values: Record<string, unknown>
  }
  const small = JSON.parse(smallBundle()) as typeof big
  Object.assign(big.flags, small.flags)
  Object.assign(big.values, small.values)
  return `${JSON.stringify(big, null, 2)}\n`
}

/** Calls before (and including) StartDeployment, and after it. */
export function splitCalls<T extends { operation: string }>(
  calls: readonly T[]
): { setup: T[]; watch: T[] } {
  const start = calls.findIndex((c) => c.operation === 'StartDeployment')
  return start < 0
    ? { setup: [...calls], watch: [] }
    : { setup: calls.slice(0, start + 1), watch: calls.slice(start + 1) }
}

// ---------------------------------------------------------------------------------------------
// Rollback detection and alarm visibility

/** A strategy-minute is one real second; a rollback (30 emulated s) half a second. */
export const ROLLBACK_TIME_SCALE = 1 / 60
const ROLLBACK_STRATEGY: SeedStrategy = {
  id: 'bench60',
  name: 'bench-linear-60-minutes',
  durationMinutes: 60,
  bakeMinutes: 10,
  growthFactor: 10,
  growthType: 'LINEAR'
}
/** Real ms from ROLLBACK_STARTED to ROLLED_BACK at ROLLBACK_TIME_SCALE (30 emulated s). */
export const ROLLBACK_REAL_MS = 30_000 * ROLLBACK_TIME_SCALE

export interface RollbackRun {
  readonly contender: ContenderKind
  readonly pollSeconds: number | undefined
  readonly code: number | null
  /** When the bench set the monitored alarm to ALARM. */
  readonly alarmAt: number
  /** When the emulator's deployment entered ROLLED_BACK (ROLLBACK_COMPLETED). */
  readonly rolledBackAt: number
  /** The first GetDeployment at or after ROLLED_BACK. */
  readonly seenAt: number | undefined
  readonly exitedAt: number
  /** When the contender printed a line naming the alarm in ALARM (the action only). */
  readonly alarmLineAt: number | undefined
  /** Real ms of every GetDeployment, from the first one after StartDeployment. */
  readonly polls: number[]
  readonly calls: CallRecord[]
  readonly spawnedAt: number
}

/**
 * One rolled-back rollout: the contender starts a deployment with a 60-minute strategy; `delayMs`
 * after its first GetDeployment, ROLLED_BACK is due (the alarm is set ROLLBACK_REAL_MS earlier).
 */
export async function rollbackRun(
  kind: ContenderKind,
  programs: Programs,
  options: {
    pollSeconds?: number
    /** ms from the contender's first GetDeployment to ROLLED_BACK, given the first poll's time. */
    rolledBackAfterMs: number
  }
): Promise<RollbackRun> {
  const stage = await Stage.start({
    timeScale: ROLLBACK_TIME_SCALE,
    strategies: [ROLLBACK_STRATEGY]
  })
  let proc: Timed | undefined
  try {
    stage.writeBundle('flags.json', smallBundle())
    proc = startContender(kind, stage, programs, {
      strategy: ROLLBACK_STRATEGY.name,
      bundle: 'flags.json',
      pollSeconds: options.pollSeconds
    })
    const exitedEarly = exitedEarlyOf(kind, proc)
    const started = await Promise.race([
      stage.waitForCall((c) => c.operation === 'StartDeployment'),
      exitedEarly
    ])
    const first = await Promise.race([
      stage.waitForCall(
        (c) => c.operation === 'GetDeployment',
        started.index + 1
      ),
      exitedEarly
    ])
    const firstPollAt = first.call.realAt.getTime()
    const alarmDue = firstPollAt + options.rolledBackAfterMs - ROLLBACK_REAL_MS
    await Promise.race([sleepUntil(alarmDue), exitedEarly])
    const alarmAt = Date.now()
    stage.control.setAlarmState(ALARM, 'ALARM', 'bench: 5xx above 1%')
    const { code, exitedAt } = await proc.exited
    const calls = stage.calls()
    const number = Number(first.call.params.DeploymentNumber ?? 2)
    const deployment = await stage.deployment(number)
    const completed = deployment.EventLog?.find(
      (e) => e.EventType === 'ROLLBACK_COMPLETED'
    )?.OccurredAt
    if (completed === undefined)
      throw new Error(`${kind}: the deployment did not roll back`)
    const rolledBackAt = stage.realTimeOf(new Date(completed))
    const polls = calls
      .slice(started.index + 1)
      .filter((c) => c.operation === 'GetDeployment')
      .map((c) => c.realAt.getTime())
    return {
      contender: kind,
      pollSeconds: options.pollSeconds,
      code,
      alarmAt,
      rolledBackAt,
      seenAt: polls.find((t) => t >= rolledBackAt),
      exitedAt,
      alarmLineAt: proc.lines.find(
        (l) => l.text.includes(`Alarm ${ALARM}:`) && l.text.includes('ALARM')
      )?.at,
      polls,
      calls,
      spawnedAt: proc.spawnedAt
    }
  } finally {
    proc?.kill()
    await stage.close()
  }
}

// ---------------------------------------------------------------------------------------------
// Overhead: step wall time minus the deployment's own duration

/** Emulated = real time here; VALIDATING lasts this long, then 100 % at once, then the bake. */
export const OVERHEAD_VALIDATION_MS = 1000

export interface OverheadRun {
  readonly contender: ContenderKind
  readonly bundleBytes: number
  readonly pollSeconds: number | undefined
  readonly spawnedAt: number
  /** The StartDeployment request reached the emulator. */
  readonly startCallAt: number
  /** StartedAt → CompletedAt of the deployment (ms). */
  readonly deploymentMs: number
  /** When the deployment entered COMPLETE. */
  readonly completedAt: number
  /** The first GetDeployment after StartDeployment, and the first one at or after COMPLETE. */
  readonly firstPollAt: number | undefined
  readonly seenAt: number | undefined
  readonly exitedAt: number
  readonly calls: CallRecord[]
}

/**
 * One complete rollout in real time (time scale 1, so the action could predict the end from the
 * strategy, as it could on AWS). The strategy is made for the run: VALIDATING 1 s, 100 % at
 * once, then a bake so that the deployment lasts `deploymentMs` from StartDeployment; the caller
 * picks it so the end lands at a chosen point of the contender's poll cycle.
 */
export async function overheadRun(
  kind: ContenderKind,
  programs: Programs,
  options: { bundleText: string; pollSeconds?: number; deploymentMs: number }
): Promise<OverheadRun> {
  const strategy: SeedStrategy = {
    id: 'benchbk',
    name: 'bench-all-at-once-short-bake',
    durationMinutes: 0,
    bakeMinutes:
      Math.max(0, options.deploymentMs - OVERHEAD_VALIDATION_MS) / 60_000,
    growthFactor: 100,
    growthType: 'LINEAR'
  }
  const stage = await Stage.start({
    timeScale: 1,
    strategies: [strategy],
    validationSeconds: OVERHEAD_VALIDATION_MS / 1000
  })
  let proc: Timed | undefined
  try {
    stage.writeBundle('flags.json', options.bundleText)
    proc = startContender(kind, stage, programs, {
      strategy: strategy.name,
      bundle: 'flags.json',
      pollSeconds: options.pollSeconds
    })
    const { code, exitedAt } = await proc.exited
    if (code !== 0)
      throw new Error(`${kind} failed (exit ${code}):\n${proc.output()}`)
    const calls = stage.calls()
    const start = calls.findIndex((c) => c.operation === 'StartDeployment')
    const polls = calls
      .slice(start + 1)
      .filter((c) => c.operation === 'GetDeployment')
    const number = Number(polls[0]?.params.DeploymentNumber ?? 2)
    const deployment = await stage.deployment(number)
    if (deployment.State !== 'COMPLETE' || !deployment.CompletedAt)
      throw new Error(`${kind}: the deployment is ${deployment.State}`)
    const completedAt = stage.realTimeOf(new Date(deployment.CompletedAt))
    return {
      contender: kind,
      bundleBytes: Buffer.byteLength(options.bundleText),
      pollSeconds: options.pollSeconds,
      spawnedAt: proc.spawnedAt,
      startCallAt: calls[start]!.realAt.getTime(),
      deploymentMs:
        new Date(deployment.CompletedAt).getTime() -
        new Date(deployment.StartedAt!).getTime(),
      completedAt,
      firstPollAt: polls[0]?.realAt.getTime(),
      seenAt: polls
        .map((c) => c.realAt.getTime())
        .find((t) => t >= completedAt),
      exitedAt,
      calls
    }
  } finally {
    proc?.kill()
    await stage.close()
  }
}
