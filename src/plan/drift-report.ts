import type { JsonObject } from '../bundle/json-object.js'
import type { OnDrift } from '../settings.js'

/* The three-way merge's result as the plan and the report carry it (drift.ts computes it). */

/** One flag as one side of the merge holds it (metadata stripped); undefined = absent. */
export interface FlagSnapshot {
  readonly definition: JsonObject
  readonly value: JsonObject
}

/**
 * A flag whose live value differs from the base. `undo`: the new content still has the base
 * value, so deploying it would silently change the live value back. `conflict`: the new content
 * changes the flag too, differently. `converged`: the new content already has the live value.
 */
export interface DriftedFlag {
  readonly key: string
  readonly kind: 'undo' | 'conflict' | 'converged'
  /** What the deploy does with it under the run's on-drift. */
  readonly outcome: 'refused' | 'kept' | 'overwritten' | 'unchanged'
  readonly base: FlagSnapshot | undefined
  readonly live: FlagSnapshot | undefined
  readonly new: FlagSnapshot | undefined
}

/** A deployment the merge read: its number and version. */
export interface DriftPoint {
  readonly deploymentNumber: number
  readonly version: number
  readonly label?: string
  /** `COMPLETE`, or `REVERTED` for a base reverted since. */
  readonly state?: string
}

/** The three-way merge: base (this action's last deploy) → live (what runs) → new (the content). */
export interface Drift {
  readonly onDrift: OnDrift
  /** Undefined: no deployment of this action was found, so nothing to compare with. */
  readonly base: DriftPoint | undefined
  readonly live: DriftPoint | undefined
  /** How the action's deployments were recognised (deployment tags, or the description). */
  readonly recognisedBy: 'tags' | 'description'
  /** True when the search for a base gave up after its limit. */
  readonly limitReached: boolean
  /** Flags whose live value is not the base's, by key. */
  readonly flags: readonly DriftedFlag[]
}
