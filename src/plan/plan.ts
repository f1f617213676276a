import type { Alarm } from '../alarms/alarm.js'
import type { Drift } from './drift-report.js'

/** One difference inside a flag, shown as `before → after` (JSON text; absent = not set). */
export interface FlagDetail {
  /** What changed, e.g. `enabled`, `attribute currency`, `variant "QA"`, `definition`. */
  readonly what: string
  readonly before?: string
  readonly after?: string
}

/** How one flag differs between the deployed version and the new content. */
export interface FlagChange {
  readonly key: string
  readonly kind: 'added' | 'removed' | 'changed'
  /** For changed flags: whether the flag's state flipped (basic flags only). */
  readonly toggled?: 'enabled' | 'disabled'
  readonly details: readonly FlagDetail[]
}

/** A check made before writing anything; `refuse` stops the rollout. */
export interface GuardResult {
  readonly guard:
    | 'flag-removal'
    | 'no-alarms'
    | 'alarm-firing'
    | 'in-progress'
    | 'drift'
    | 'expected-plan'
  readonly outcome: 'pass' | 'warn' | 'refuse'
  readonly message: string
}

/** The plan: what deploying the content would change, and the guards' verdicts. */
export interface Plan {
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
  readonly alarms: readonly Alarm[]
  /** The `plan-id`: what this plan saw, for `expected-plan` (plan-id.ts). */
  readonly planId?: string
  /** Flags changed outside the action since its last deployment (drift.ts). */
  readonly drift?: Drift
}
