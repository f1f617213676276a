import type { RollbackCause } from '../appconfig/deployment-events.js'
import type { Target } from '../appconfig/target.js'
import type { VersionReader } from '../appconfig/version-reader.js'
import type { AwsClients } from '../aws/clients.js'
import type { Failure } from '../failure.js'
import type { Plan } from '../plan/plan.js'
import type { Rollout } from '../rollout/rollout.js'
import type { StageDeps } from '../rollout/rollout-context.js'
import type { Settings } from '../settings.js'
import type { Incident } from './incident.js'

/** What a revert works with. */
export interface RevertContext {
  readonly clients: AwsClients
  readonly target: Target
  readonly versions: VersionReader
  readonly settings: Settings
  readonly deps: StageDeps
  /** Called as soon as something was written (a stop, a deployment), so a failure keeps it. */
  readonly record: (rollout: Rollout) => void
  /** Why the revert runs instead of what was asked (set-flags while an alarm fires). */
  readonly because?: string
}

/** How a revert ended; every outcome carries the incident record. */
export type RevertOutcome = {
  readonly plan?: Plan
  readonly incident: Incident
} & (
  | {
      readonly result: 'reverted' | 'baking' | 'started'
      readonly rollout?: Rollout
      readonly failure?: undefined
    }
  | {
      readonly result: 'rolled-back'
      readonly rollout: Rollout & { readonly cause: RollbackCause }
      readonly failure: Failure
    }
  | {
      readonly result: 'failed' | 'timed-out' | 'cancelled'
      readonly rollout?: Rollout
      readonly failure: Failure
    }
)
