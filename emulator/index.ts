export {
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator
} from './start-emulator.js'
export type {
  ConsoleDeploymentInput,
  ConsoleVersionInput,
  DeploymentSummary,
  EmulatorControl
} from './emulator-control.js'
export type { BeforeCall } from './before-call.js'
export type {
  EmulatorSeed,
  SeedAlarm,
  SeedAlarmChange,
  SeedApplication,
  SeedDeployment,
  SeedEnvironment,
  SeedMonitor,
  SeedProfile,
  SeedResult,
  SeedStrategy,
  SeedVersion
} from './seed.js'
export type { AlarmState } from './alarm-store.js'
export type { CallRecord } from './call-log.js'
export type { Fault, FaultKind } from './fault-injector.js'
export type {
  AlarmChangeTrigger,
  ScheduledAlarmChange,
  DeploymentState,
  EnvironmentState
} from './deployment-engine.js'
export {
  planDeployment,
  type PlanStep,
  type StrategyShape
} from './deployment-plan.js'
export type { IamOptions } from './iam/iam-authorizer.js'

export {
  Quotas,
  quotaFor,
  type QuotaOptions,
  type QuotaRule
} from './quotas.js'
