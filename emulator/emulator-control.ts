import type { IamOptions } from './iam/iam-authorizer.js'
import type { AlarmState } from './alarm-store.js'
import type { CallRecord } from './call-log.js'
import type { BeforeCall } from './before-call.js'
import type {
  DeploymentState,
  ScheduledAlarmChange
} from './deployment-engine.js'
import type { ExperimentStore } from './experiment-store.js'
import type { Fault } from './fault-injector.js'
import type { EmulatorSeed, SeedAlarm, SeedResult } from './seed.js'

/** The control surface for tests and demos: time, seeding, alarms, faults and the call log. */
export interface EmulatorControl {
  /** The emulated time now. */
  now(): Date
  /** Moves emulated time forward (works at any time scale; the only way when it is 0). */
  advance(emulatedMs: number): void
  /** Emulated time runs 1/timeScale times real speed; 0 freezes it. */
  setTimeScale(timeScale: number): void
  readonly timeScale: number
  /** Adds resources; may be called repeatedly. */
  seed(seed: EmulatorSeed): Promise<SeedResult>
  /** Like CloudWatch SetAlarmState; a monitored alarm going to ALARM rolls deployments back at once. */
  setAlarmState(alarmName: string, state: AlarmState, reason?: string): void
  /** Like PutMetricAlarm / PutCompositeAlarm. */
  putAlarm(alarm: SeedAlarm): string
  /** Current state of an alarm (undefined when it does not exist). */
  alarmState(alarmName: string): AlarmState | undefined
  /** `arn:aws:cloudwatch:<region>:<account>:alarm:<name>`, what environment monitors hold. */
  alarmArn(alarmName: string): string
  /** Changes an alarm later: at an emulated time, after some emulated ms, or when a deployment reaches a percentage. */
  scheduleAlarmChange(change: ScheduledAlarmChange): void
  /**
   * Makes the next `count` calls of an operation misbehave: answer 429/500, wait, drop the
   * connection or never answer — before the operation runs, or after it ran (`*AfterApply`:
   * the change is made, the answer is lost).
   */
  injectFault(fault: Fault): void
  /**
   * Another writer acts just before the next `count` calls of an operation are served (awaited,
   * so deterministic): e.g. `run: () => control.startDeployment({...})` before the client's
   * StartDeployment, as if another pipeline or the console did it.
   */
  beforeCall(hook: BeforeCall): void
  /** Drops pending faults and beforeCall writers. */
  clearFaults(): void
  /**
   * Turns IAM on for every later request, as for a caller holding these identity policies
   * (emulator/iam/), or off with undefined. Throws when a policy cannot be read.
   */
  setIam(iam: IamOptions | undefined): void
  /**
   * Uploads a hosted configuration version as the console would (not through HTTP, so it is
   * not in the call log); validated and stamped like CreateHostedConfigurationVersion.
   */
  createHostedVersion(input: ConsoleVersionInput): Promise<number>
  /** Starts a deployment as the console would (not in the call log); throws like StartDeployment. */
  startDeployment(input: ConsoleDeploymentInput): DeploymentSummary
  /** StopDeployment as the console would (not in the call log); throws like the API. */
  stopDeployment(input: {
    applicationId: string
    environmentId: string
    deploymentNumber: number
    allowRevert?: boolean
  }): DeploymentSummary
  /**
   * A person's quick fix in the console: upload `content` as a new version and deploy it at once
   * (`AppConfig.AllAtOnce` unless `strategyId` says otherwise), with a description and tags.
   */
  consoleDeploy(
    input: Omit<ConsoleVersionInput, 'description'> &
      Omit<ConsoleDeploymentInput, 'configurationVersion'>
  ): Promise<{ versionNumber: number; deploymentNumber: number }>
  /** A deployment as the API shows it now (undefined when there is none with that number). */
  deployment(
    applicationId: string,
    environmentId: string,
    deploymentNumber: number
  ): DeploymentSummary | undefined
  /**
   * What the environment serves for a profile (or any profile): the newest COMPLETE
   * deployment; after a revert or rollback that is the previous one. Undefined if none.
   */
  deployedConfiguration(
    applicationId: string,
    environmentId: string,
    profileId?: string
  ): DeploymentSummary | undefined
  /**
   * AppConfig experiments as the console would drive them (not in the call log): `define`,
   * `start` and `stop` runs (each run's start and stop make a MANAGED deployment), read them,
   * and `served` says what a flag serves to an entity (a RUNNING run's treatment, else the deployed flag).
   */
  readonly experiments: ExperimentStore
  /** The call log, oldest first, optionally only one operation. */
  calls(operation?: string): CallRecord[]
  clearCalls(): void
}

export interface ConsoleVersionInput {
  applicationId: string
  profileId: string
  /** A string or bytes are stored as they are; any other value as its JSON text. */
  content: unknown
  /** Default `application/json`. */
  contentType?: string
  description?: string
  versionLabel?: string
}

export interface ConsoleDeploymentInput {
  applicationId: string
  environmentId: string
  profileId: string
  /** Version number or label. */
  configurationVersion: string | number
  /** Default `AppConfig.AllAtOnce`. */
  strategyId?: string
  description?: string
  tags?: Record<string, string>
}

/** A deployment as the control surface reports it. */
export interface DeploymentSummary {
  deploymentNumber: number
  state: DeploymentState
  profileId: string
  configurationVersion: string
  versionLabel?: string
  description?: string
  tags: Record<string, string>
  /** DeploymentSummary.Type: MANAGED for an experiment's own deployments. */
  type: 'USER' | 'MANAGED'
  percentageComplete: number
  startedAt: Date
  completedAt?: Date
  /** `arn:aws:appconfig:<region>:<account>:application/<app>/environment/<env>/deployment/<n>` */
  arn: string
}
