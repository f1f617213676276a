import type { Alarm } from '../alarms/alarm.js'
import type { Named } from '../appconfig/target.js'
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
    | 'flag-in-use'
    | 'no-alarms'
    | 'alarm-firing'
    | 'in-progress'
    | 'promotion'
    | 'min-bake'
    | 'drift'
    | 'expected-plan'
    | 'set-flags'
    | 'revert-target'
  readonly outcome: 'pass' | 'warn' | 'refuse'
  readonly message: string
  /** What the verdict is about, for renderers (they never match the message text). */
  readonly detail?: GuardDetail
}

/** A guard's structured detail. */
export interface GuardDetail {
  /** The flags the verdict names (removed, in use, drifted, conflicting). */
  readonly flags?: readonly string[]
  /** Drift: a flag the new content also changes (only `overwrite` resolves it). */
  readonly conflict?: boolean
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
  /** With `promote-from`: what the source environment runs, compared with the content. */
  readonly promotion?: Promotion
  /** With `environments`: what each runs, flag by flag, next to the new content. */
  readonly overview?: Overview
  /** The `plan-id`: what this plan saw, for `expected-plan` (plan-id.ts). */
  readonly planId?: string
  /** Flags changed outside the action since its last deployment (drift.ts). */
  readonly drift?: Drift
}

/** An environment (and the profile read there) of the target's application. */
export interface EnvironmentColumn {
  readonly environment: Named
  readonly profile: Named
  /** What it runs: its latest complete deployment of the profile; undefined when none. */
  readonly deployed?: {
    readonly version: number
    readonly label?: string
    readonly deploymentNumber: number
  }
}

/** `promote-from`: whether the source environment runs exactly this content, and long enough. */
export interface Promotion {
  readonly source: EnvironmentColumn & {
    /** When the source's deployment completed (ISO), if AppConfig said. */
    readonly completedAt?: string
  }
  /** A newer deployment of the profile in the source that did not stick, or is still going. */
  readonly newer?: {
    readonly deploymentNumber: number
    readonly state: string
    readonly version?: number
    /** Whether it held exactly this content. */
    readonly sameContent: boolean
  }
  /** Flag by flag, what the source runs → the content to deploy; empty when the same. */
  readonly changes: readonly FlagChange[]
  readonly unchangedCount: number
  /** Whether the source runs exactly this content (AppConfig's metadata aside). */
  readonly sameContent: boolean
  readonly soakMinutes: number
  /** Minutes since the source's deployment completed, when known. */
  readonly soakedMinutes?: number
}

/** One flag in one column of the overview. */
export interface OverviewCell {
  readonly present: boolean
  readonly enabled?: boolean
  /** The flag's parts that differ between the columns (`attribute x`, `variants`…), as JSON. */
  readonly details: readonly {
    readonly what: string
    readonly value?: string
  }[]
  /** Whether this column's flag equals the new content's (always true for the new content). */
  readonly sameAsNew: boolean
}

/** The environments side by side: one row per flag that differs anywhere. */
export interface Overview {
  readonly columns: readonly EnvironmentColumn[]
  /** Cells per row: one per column, then the new content's. */
  readonly rows: readonly {
    readonly key: string
    readonly cells: readonly OverviewCell[]
  }[]
  /** Flags the same in every environment and in the new content. */
  readonly unchangedCount: number
}
