import type { Result } from '../contract.js'
import type { Problem } from '../bundle/problem.js'
import type { BundleFormat } from '../bundle/read-source.js'
import type { Mode } from '../settings.js'

/** The bundle part of a report: what was read and what was wrong with it. */
export interface BundleReport {
  readonly displayPath: string
  readonly format: BundleFormat
  readonly fileBytes: number
  readonly flagCount: number
  readonly problems: readonly Problem[]
  readonly errorCount: number
  readonly warningCount: number
}

/** A resolved AppConfig resource: its ID and name. */
export interface Named {
  readonly id: string
  readonly name: string
}

/** The deployment strategy, with what the summary shows of it. */
export interface StrategyReport extends Named {
  readonly growthType: 'LINEAR' | 'EXPONENTIAL'
  readonly growthFactor: number
  readonly durationMinutes: number
  readonly finalBakeMinutes: number
}

/** Where the bundle goes: names resolved to IDs. */
export interface TargetReport {
  readonly region: string
  readonly application: Named
  readonly environment: Named
  readonly profile: Named
  readonly strategy: StrategyReport
  /** The environment's CloudWatch alarm monitors (ARNs), 0 to 5. */
  readonly monitors: readonly string[]
}

/** One difference inside a flag, shown as `before → after` (JSON text; absent = not set). */
export interface FlagDetail {
  /** What changed, e.g. `enabled`, `attribute currency`, `variant "QA"`, `definition`. */
  readonly what: string
  readonly before?: string
  readonly after?: string
}

/** How one flag differs between the deployed version and the bundle. */
export interface FlagChange {
  readonly key: string
  readonly kind: 'added' | 'removed' | 'changed'
  /** For changed flags: whether the flag's state flipped (basic flags only). */
  readonly toggled?: 'enabled' | 'disabled'
  readonly details: readonly FlagDetail[]
}

/** A check made before writing anything; `refuse` stops the rollout. */
export interface GuardResult {
  readonly guard: 'flag-removal' | 'no-alarms' | 'alarm-firing' | 'in-progress'
  readonly outcome: 'pass' | 'warn' | 'refuse'
  readonly message: string
}

/** A CloudWatch alarm the environment monitors, as last seen. */
export interface AlarmReport {
  readonly arn: string
  readonly name: string
  /** UNKNOWN: DescribeAlarms did not return it (deleted, other account/region, no permission). */
  readonly state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA' | 'UNKNOWN'
  readonly reason?: string
  readonly type?: 'metric' | 'composite'
  readonly actionsEnabled?: boolean
  readonly updatedAt?: string
}

/** The plan: what deploying the bundle would change, and the guards' verdicts. */
export interface PlanReport {
  /** What the environment runs now for this profile, if anything. */
  readonly deployed?: {
    readonly version: number
    readonly label?: string
    readonly deploymentNumber: number
  }
  readonly changed: boolean
  readonly changes: readonly FlagChange[]
  readonly unchangedCount: number
  readonly guards: readonly GuardResult[]
  readonly alarms: readonly AlarmReport[]
}

/** One entry of AppConfig's deployment event log, oldest first in reports. */
export interface TimelineEvent {
  readonly at: string
  readonly type: string
  readonly triggeredBy?: string
  readonly description?: string
}

/** The rollout: the version written or reused, the deployment and how it ended. */
export interface RolloutReport {
  readonly version?: {
    readonly number: number
    readonly label?: string
    readonly reused: boolean
  }
  readonly deploymentNumber?: number
  /** Last AppConfig deployment state seen. */
  readonly state?: string
  readonly percentage?: number
  readonly startedAt?: string
  readonly endedAt?: string
  readonly events: readonly TimelineEvent[]
  readonly alarms: readonly AlarmReport[]
  /** ARNs of the monitored alarms that fired during the rollout. */
  readonly triggeredAlarms: readonly string[]
  readonly rollbackReason?: string
  /** True when this run sent StopDeployment (cancel or timeout). */
  readonly stopped?: boolean
}

/** Why a run failed, when it did; `kind` decides the advice the summary gives. */
export interface Failure {
  readonly kind:
    | 'input'
    | 'bundle'
    | 'guard'
    | 'aws'
    | 'rolled-back'
    | 'reverted'
    | 'timed-out'
    | 'cancelled'
    | 'internal'
  readonly message: string
  /** The input at fault, for `kind: 'input'`. */
  readonly input?: string
  /** The AWS step and API error, for `kind: 'aws'`. */
  readonly step?: string
  readonly errorName?: string
  /** The IAM action to grant, for access-denied errors. */
  readonly iamAction?: string
}

/** Everything the pipeline learned; the one value main.ts turns into outputs and a summary. */
export interface Report {
  readonly result: Result
  readonly mode: Mode | undefined
  readonly bundle?: BundleReport
  readonly target?: TargetReport
  readonly plan?: PlanReport
  readonly rollout?: RolloutReport
  readonly failure?: Failure
  readonly durationSeconds: number
}

/** Results for which the step succeeds (design/action-contract.md, "Exit status"). */
export function isSuccess(report: Report): boolean {
  return (
    report.failure === undefined &&
    [
      'complete',
      'unchanged',
      'validated',
      'planned',
      'baking',
      'started'
    ].includes(report.result)
  )
}
