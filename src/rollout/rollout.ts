import type { Alarm } from '../alarms/alarm.js'
import type {
  RollbackCause,
  TimelineEvent
} from '../appconfig/deployment-events.js'

import type { WrittenVersion } from '../appconfig/written-version.js'

/** The rollout: the version written or reused, the deployment and how it ended. */
export interface Rollout {
  readonly version?: WrittenVersion
  readonly deploymentNumber?: number
  /** Last AppConfig deployment state seen. */
  readonly state?: string
  readonly percentage?: number
  readonly startedAt?: string
  readonly endedAt?: string
  /** AppConfig's event log, oldest first. */
  readonly events: readonly TimelineEvent[]
  readonly alarms: readonly Alarm[]
  /** ARNs of the monitored alarms that fired during the rollout. */
  readonly triggeredAlarms: readonly string[]
  /** AppConfig's reason, from its event log, when it rolled back or reverted. */
  readonly rollbackReason?: string
  /** Who or what rolled the deployment back, read once from the event log. */
  readonly cause?: RollbackCause
  /** True when this run sent StopDeployment (cancel or timeout). */
  readonly stopped?: boolean
}
