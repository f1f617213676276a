import { readFile } from 'node:fs/promises'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AlarmStore } from './alarm-store.js'
import type { AppConfigContext } from './appconfig-api.js'
import { AppConfigStore } from './appconfig-store.js'
import type { CallRecord } from './call-log.js'
import type { CloudWatchContext } from './cloudwatch-api.js'
import { DeploymentEngine } from './deployment-engine.js'
import { EmulatorClock } from './emulator-clock.js'
import { ExperimentStore } from './experiment-store.js'
import type { EmulatorControl } from './emulator-control.js'
import { FaultInjector } from './fault-injector.js'
import { BeforeCallHooks } from './before-call.js'
import { createControl } from './create-control.js'
import { createRequestHandler } from './request-handler.js'
import type { IamOptions } from './iam/iam-authorizer.js'
import { ModelCheck } from './model/model-check.js'
import { RequestGate } from './request-gate.js'

import { Quotas, type QuotaOptions } from './quotas.js'
import { applySeed, type EmulatorSeed, type SeedResult } from './seed.js'

export interface EmulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number
  /** Real seconds per emulated second: 0.001 makes a strategy minute 60 ms; 0 freezes time. Default 1. */
  timeScale?: number
  /** A seed object, or the path of a seed JSON file. */
  seed?: EmulatorSeed | string
  /** Region in ARNs and the printed environment; default us-east-1. */
  region?: string
  /** Account ID in ARNs; default 123456789012. */
  accountId?: string
  /** Emulated time at start; default the real time. */
  startTime?: Date
  /** Emulated seconds a deployment stays VALIDATING; default 5. */
  validationSeconds?: number
  /** Emulated seconds from ROLLBACK_STARTED to ROLLED_BACK; default 30. */
  rollbackSeconds?: number
  /** Hosted configuration size limit in KB; default 2048 (AppConfig's default quota). */
  maxContentKb?: number
  /**
   * Emulated hours after completion during which StopDeployment + AllowRevert still reverts;
   * default 72, AppConfig's window. Emulated, so the time scale shrinks it like everything else.
   */
  revertWindowHours?: number
  /**
   * IAM, off by default: with policies, every request is authorised as IAM would for a caller
   * holding them (emulator/iam/), and refused with AccessDenied otherwise.
   */
  iam?: IamOptions
  /**
   * Checks every request against the AWS service model (emulator/model/) and refuses what AWS
   * would (400 naming the member); default true.
   */
  modelCheck?: boolean
  /**
   * API rate quotas (emulator/quotas.ts): true for AWS's documented rates, or overrides. Off by
   * default, so tests that burst calls are not throttled unless they ask to be.
   */
  quotas?: boolean | QuotaOptions
}

export interface RunningEmulator {
  /** `http://127.0.0.1:<port>`: give it to the SDK as `endpoint` or export it as AWS_ENDPOINT_URL. */
  endpoint: string
  port: number
  region: string
  control: EmulatorControl
  /** What the seed option created, by name (empty when there was none). */
  seeded: SeedResult
  /** Stops listening, drops open connections and pending delays. */
  close(): Promise<void>
}

/** Starts the AppConfig + CloudWatch emulator on loopback. */
export async function startEmulator(
  options: EmulatorOptions = {}
): Promise<RunningEmulator> {
  const region = options.region ?? 'us-east-1'
  const accountId = options.accountId ?? '123456789012'
  const clock = new EmulatorClock({
    timeScale: options.timeScale ?? 1,
    start: options.startTime
  })
  const store = new AppConfigStore()
  const alarms = new AlarmStore(region, accountId)
  const engine = new DeploymentEngine(clock, store, alarms, {
    validationMs: (options.validationSeconds ?? 5) * 1000,
    rollbackMs: (options.rollbackSeconds ?? 30) * 1000,
    revertWindowMs: (options.revertWindowHours ?? 72) * 3600_000
  })
  const appconfig: AppConfigContext = {
    store,
    engine,
    clock,
    maxContentBytes: (options.maxContentKb ?? 2048) * 1024,
    region,
    accountId,
    experiments: new ExperimentStore(store, engine, clock)
  }
  const cloudwatch: CloudWatchContext = { alarms, clock }
  const faults = new FaultInjector()
  const beforeCalls = new BeforeCallHooks()
  const calls: CallRecord[] = []
  const timers = new Set<NodeJS.Timeout>()
  const hung = new Set<ServerResponse>()
  const seedTargets = { appconfig, alarms, engine }
  const gate = new RequestGate(
    { region, accountId },
    engine,
    options.modelCheck === false ? undefined : new ModelCheck(),
    options.iam
  )

  const seed =
    typeof options.seed === 'string'
      ? await readSeedFile(options.seed)
      : options.seed
  const seeded =
    seed === undefined ? emptyResult() : await applySeed(seed, seedTargets)

  const server = createServer(
    { keepAlive: true },
    createRequestHandler({
      appconfig,
      cloudwatch,
      engine,
      clock,
      faults,
      beforeCalls,
      gate,
      calls,
      timers,
      hung,
      quotas:
        options.quotas === undefined || options.quotas === false
          ? undefined
          : new Quotas(options.quotas === true ? {} : options.quotas)
    })
  )
  await listen(server, options.port ?? 0)
  const port = (server.address() as AddressInfo).port

  const control = createControl({
    appconfig,
    alarms,
    engine,
    clock,
    faults,
    beforeCalls,
    gate,
    calls,
    seedTargets
  })

  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    region,
    control,
    seeded,
    close: async () => {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const res of hung) res.destroy()
      hung.clear()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
  }
}

async function readSeedFile(path: string): Promise<EmulatorSeed> {
  const text = await readFile(path, 'utf8')
  try {
    return JSON.parse(text) as EmulatorSeed
  } catch (error) {
    throw new Error(
      `seed file ${path} is not valid JSON: ${(error as Error).message}`,
      { cause: error }
    )
  }
}

function emptyResult(): SeedResult {
  return { applications: {}, deploymentStrategies: {}, alarms: {} }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    // Loopback only: the emulator has no authentication.
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
}
