/**
 * The incident record of a `set-flags` kill switch or a `mode: revert` run: who acted, when,
 * why, what the environment ran before and after, the path taken, what AppConfig does about the
 * monitored alarms on that path, and how to undo it. The summary renders it as one record.
 */

/** A configuration an environment runs: a hosted version, and the deployment that put it there. */
export interface RunningVersion {
  readonly version: number
  readonly label?: string
  readonly deploymentNumber?: number
}

/** How a revert put the environment back, or how a kill switch reached it. */
export type IncidentPath =
  /** StopDeployment with AllowRevert on the latest completed deployment (AppConfig's revert). */
  | 'revert'
  /** StopDeployment on a deployment in progress: AppConfig rolls it back. */
  | 'stop'
  /** A new deployment of a version with the deployment strategy. */
  | 'deployment'

export interface Incident {
  readonly kind: 'set-flags' | 'revert'
  /** GITHUB_ACTOR. */
  readonly actor?: string
  /** ISO time the run acted (started the deployment, sent the stop), or looked. */
  readonly at: string
  /** The `description` input: why. */
  readonly reason?: string
  readonly runUrl?: string
  /** set-flags: the lines as the input gave them. */
  readonly lines?: readonly string[]
  /** What the environment ran before the run. */
  readonly from?: RunningVersion
  /** What it runs (or is being moved to) after the run. */
  readonly to?: RunningVersion
  readonly path?: IncidentPath
  /** Why that path: the window, AppConfig's refusal, a deployment in progress. */
  readonly pathReason?: string
  /** What AppConfig does about the monitored alarms on this path, with its documentation's words. */
  readonly alarmNote?: string
  /** How to undo it: `set-flags` lines that restore the previous values, or a version to deploy. */
  readonly undo?: string
}

export {
  ALARM_ROLLS_BACK,
  DISABLED_ACTIONS_DO_NOT_ROLL_BACK,
  REVERT_IGNORES_ALARMS,
  REVERT_WINDOW_HOURS,
  REVERT_WINDOW_QUOTE
} from '../appconfig/documented-behaviour.js'
