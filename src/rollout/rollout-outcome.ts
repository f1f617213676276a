import type { RollbackCause } from '../appconfig/deployment-events.js'
import type { Failure } from '../failure.js'
import type { Plan } from '../plan/plan.js'
import type { Rollout } from './rollout.js'

/**
 * How a rollout ended, with the plan it followed (planned again after a wait) and what it
 * wrote. A result and a failure cannot disagree: each result has its own shape.
 */
export type RolloutOutcome =
  | {
      readonly result: 'unchanged'
      readonly plan: Plan
      readonly rollout?: undefined
      readonly failure?: undefined
    }
  | {
      readonly result: 'complete' | 'baking' | 'started'
      readonly plan: Plan
      readonly rollout: Rollout
      readonly failure?: undefined
    }
  | {
      readonly result: 'rolled-back' | 'reverted'
      readonly plan: Plan
      readonly rollout: Rollout & { readonly cause: RollbackCause }
      readonly failure: Failure
    }
  | {
      readonly result: 'timed-out' | 'cancelled' | 'failed'
      readonly plan: Plan
      readonly rollout?: Rollout
      readonly failure: Failure
    }
