import {
  AppConfigClient,
  CreateHostedConfigurationVersionCommand,
  GetDeploymentCommand,
  StartDeploymentCommand,
  type GetDeploymentCommandOutput
} from '@aws-sdk/client-appconfig'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  startEmulator,
  type CallRecord,
  type EmulatorSeed,
  type RunningEmulator,
  type SeedStrategy
} from '../emulator/index.js'
import {
  spawnAction,
  type FinishedAction,
  type RunningAction
} from './spawn-action.js'

/**
 * Shared pieces of the deploy/plan e2e tests: dist/index.js (a real node process, as the
 * runner starts it) against the AppConfig + CloudWatch emulator seeded from
 * examples/emulator-seed.json, plus a few fast strategies.
 */

export const SEED_PATH = 'examples/emulator-seed.json'

/** IDs fixed by the seed file. */
export const IDS = {
  application: 'chkout1',
  beta: 'beta001',
  production: 'prod001',
  profile: 'flags01',
  canary: 'chk10pc'
} as const

export const FLAG = 'allow-bitcoin-at-checkout'
export const ALARM = 'checkout-5xx'
export const ALARM_ARN = `arn:aws:cloudwatch:us-east-1:123456789012:alarm:${ALARM}`

/** Default time scale: a strategy minute is 120 ms of real time. */
export const TIME_SCALE = 0.002

/**
 * Strategies added to the seed (emulated minutes). At TIME_SCALE 0.002: `fast` ends in ~0.25 s,
 * the seeded canary (10 + 5 min) in ~1.8 s, `slow` (60 + 30 min) in ~11 s, `long-bake` reaches
 * BAKING after ~0.12 s and bakes ~14 s.
 */
export const STRATEGIES = {
  fast: {
    id: 'fast001',
    name: 'e2e-fast',
    durationMinutes: 1,
    bakeMinutes: 1,
    growthFactor: 100
  },
  slow: {
    id: 'slow001',
    name: 'e2e-slow',
    durationMinutes: 60,
    bakeMinutes: 30,
    growthFactor: 10
  },
  longBake: {
    id: 'bake001',
    name: 'e2e-long-bake',
    durationMinutes: 1,
    bakeMinutes: 120,
    growthFactor: 100
  }
} as const satisfies Record<string, SeedStrategy>

export type FlagsDocument = {
  version: string
  flags: Record<string, Record<string, unknown>>
  values: Record<string, Record<string, unknown>>
}

const seedFile = JSON.parse(readFileSync(SEED_PATH, 'utf8')) as EmulatorSeed

/** The content of the seeded (and deployed) version 1 of checkout-flags. */
export function seededContent(): FlagsDocument {
  const content =
    seedFile.applications?.[0]?.configurationProfiles?.[0]?.versions?.[0]
      ?.content
  return structuredClone(content) as FlagsDocument
}

/** Version 1 with one value changed: a bundle whose only change is the discount of FLAG. */
export function changedContent(discount = 10): FlagsDocument {
  const content = seededContent()
  content.values[FLAG]!['bitcoin-discount-percentage'] = discount
  return content
}

/** A bundle that drops FLAG and adds another one. */
export function withoutFlag(): FlagsDocument {
  return {
    version: '1',
    flags: { 'express-checkout': { name: 'Express checkout' } },
    values: { 'express-checkout': { enabled: false } }
  }
}

export interface E2E {
  readonly emulator: RunningEmulator
  readonly workspace: string
  readonly appconfig: AppConfigClient
  /** Writes `flags.json` (or another name) into the workspace. */
  writeBundle(content: unknown, name?: string): string
  /** Starts dist/index.js with the default target inputs merged with these. */
  spawn(inputs?: Record<string, string>): RunningAction
  /** Runs dist/index.js to the end. */
  run(inputs?: Record<string, string>): Promise<FinishedAction>
  calls(operation?: string): CallRecord[]
  /** Waits until the call log holds a call matching `match` (polls every 10 ms). */
  waitForCall(
    match: (call: CallRecord) => boolean,
    timeoutMs?: number
  ): Promise<CallRecord>
  /**
   * Waits until the run has polled the deployment it started `count` times (GetDeployment after
   * an applied StartDeployment; before it, GetDeployment also reads the drift base's description).
   */
  waitForPolls(count?: number, timeoutMs?: number): Promise<CallRecord>
  getDeployment(
    number: number,
    environmentId?: string
  ): Promise<GetDeploymentCommandOutput>
  /** Starts a deployment with the SDK (not through the action). */
  startDeployment(options: {
    version: number
    strategyId: string
    environmentId?: string
  }): Promise<number>
  /** Creates a hosted version with the SDK. */
  createVersion(
    content: unknown,
    latest: number,
    label: string
  ): Promise<number>
  /**
   * A person's change in the console (control surface, so not in the call log): uploads
   * `content` as a new version of checkout-flags and deploys it to Production (or
   * `environmentId`) with AppConfig.AllAtOnce unless `strategyId` says otherwise.
   */
  consoleDeploy(
    content: unknown,
    options?: {
      description?: string
      tags?: Record<string, string>
      label?: string
      strategyId?: string
      environmentId?: string
    }
  ): Promise<{ versionNumber: number; deploymentNumber: number }>
  /** Real epoch ms at which an emulated instant happened (or will happen). */
  realTimeOf(emulated: Date | number): number
  close(): Promise<void>
}

/** Inputs every deploy test starts from (names, the canary, fast polling). */
export const DEFAULT_INPUTS: Readonly<Record<string, string>> = {
  application: 'checkout-service',
  environment: 'Production',
  'configuration-profile': 'checkout-flags',
  bundle: 'flags.json',
  'deployment-strategy': 'checkout-canary-10pc',
  'poll-interval-seconds': '0.2'
}

/** The environment the runner would give the step, plus the emulator endpoint and dummy keys. */
export function awsEnv(endpoint: string): NodeJS.ProcessEnv {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'emulator',
    AWS_SECRET_ACCESS_KEY: 'emulator',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true'
  }
}

/** A seeded emulator, a temp workspace and an SDK client; `close()` releases all three. */
export async function startE2E(
  options: { timeScale?: number } = {}
): Promise<E2E> {
  const timeScale = options.timeScale ?? TIME_SCALE
  const emulator = await startEmulator({ timeScale, seed: SEED_PATH })
  await emulator.control.seed({
    deploymentStrategies: Object.values(STRATEGIES)
  })
  const workspace = mkdtempSync(path.join(tmpdir(), 'e2e-rollout-'))
  const appconfig = new AppConfigClient({
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'emulator', secretAccessKey: 'emulator' },
    maxAttempts: 1
  })
  const running: RunningAction[] = []
  const env = awsEnv(emulator.endpoint)
  const control = emulator.control

  const e2e: E2E = {
    emulator,
    workspace,
    appconfig,
    writeBundle(content, name = 'flags.json') {
      const file = path.join(workspace, name)
      writeFileSync(
        file,
        typeof content === 'string'
          ? content
          : `${JSON.stringify(content, null, 2)}\n`
      )
      return file
    },
    spawn(inputs = {}) {
      const action = spawnAction(
        { ...DEFAULT_INPUTS, ...inputs },
        { workspace, env }
      )
      running.push(action)
      return action
    },
    run(inputs = {}) {
      return e2e.spawn(inputs).finished
    },
    calls: (operation) => control.calls(operation),
    async waitForCall(match, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = control.calls().find(match)
        if (found !== undefined) return found
        if (Date.now() > deadline)
          throw new Error(
            `No matching call within ${timeoutMs} ms; calls: ${operations(control.calls()).join(', ')}`
          )
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
    },
    waitForPolls(count = 1, timeoutMs) {
      return e2e.waitForCall((call) => {
        if (call.operation !== 'GetDeployment') return false
        const start = control
          .calls('StartDeployment')
          .find((c) => c.applied && (c.status ?? 0) < 300)
        if (start === undefined) return false
        const polls = control
          .calls('GetDeployment')
          .filter((c) => c.realAt >= start.realAt)
        return polls.length >= count && call === polls[count - 1]
      }, timeoutMs)
    },
    getDeployment(number, environmentId = IDS.production) {
      return appconfig.send(
        new GetDeploymentCommand({
          ApplicationId: IDS.application,
          EnvironmentId: environmentId,
          DeploymentNumber: number
        })
      )
    },
    async startDeployment({
      version,
      strategyId,
      environmentId = IDS.production
    }) {
      const started = await appconfig.send(
        new StartDeploymentCommand({
          ApplicationId: IDS.application,
          EnvironmentId: environmentId,
          ConfigurationProfileId: IDS.profile,
          DeploymentStrategyId: strategyId,
          ConfigurationVersion: String(version)
        })
      )
      return started.DeploymentNumber ?? 0
    },
    async createVersion(content, latest, label) {
      const created = await appconfig.send(
        new CreateHostedConfigurationVersionCommand({
          ApplicationId: IDS.application,
          ConfigurationProfileId: IDS.profile,
          Content: new TextEncoder().encode(JSON.stringify(content)),
          ContentType: 'application/json',
          LatestVersionNumber: latest,
          VersionLabel: label
        })
      )
      return created.VersionNumber ?? 0
    },
    consoleDeploy(content, options = {}) {
      return control.consoleDeploy({
        applicationId: IDS.application,
        environmentId: options.environmentId ?? IDS.production,
        profileId: IDS.profile,
        content,
        versionLabel: options.label,
        description: options.description,
        tags: options.tags,
        strategyId: options.strategyId
      })
    },
    realTimeOf(emulated) {
      const at = typeof emulated === 'number' ? emulated : emulated.getTime()
      const realNow = Date.now()
      const emulatedNow = control.now().getTime()
      return realNow + (at - emulatedNow) * control.timeScale
    },
    async close() {
      for (const action of running) {
        if (!action.exited()) action.child.kill('SIGKILL')
        await action.finished.catch(() => undefined)
      }
      appconfig.destroy()
      await emulator.close()
      rmSync(workspace, { recursive: true, force: true })
    }
  }
  return e2e
}

/** The operation names of some calls, in order. */
export function operations(calls: readonly CallRecord[]): string[] {
  return calls.map((c) => c.operation)
}

/** Operations that change something in AppConfig or CloudWatch. */
export const WRITE_OPERATIONS = [
  'CreateHostedConfigurationVersion',
  'StartDeployment',
  'StopDeployment',
  'SetAlarmState',
  'PutMetricAlarm',
  'PutCompositeAlarm',
  'DeleteAlarms'
]

/** Parses a JSON-array output (`flags-changed`, `triggered-alarms`...); undefined when it is not one. */
export function jsonArray(text: string | undefined): unknown[] | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '')
    return Array.isArray(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** `[e2e] …` lines for the figures the design note quotes. */
export function report(line: string): void {
  console.log(`[e2e] ${line}`)
}
