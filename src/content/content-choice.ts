import type { VersionReader } from '../appconfig/read-deployments.js'
import type {
  DeployedVersion,
  DeploymentHistory
} from '../appconfig/read-history.js'
import type { Failure } from '../failure.js'
import type { Content, ContentSource } from './content.js'

/** A note or a refusal the choice makes about the content (a guard's verdict, plan/plan.ts). */
export interface ContentNote {
  readonly guard: 'set-flags' | 'revert-target'
  readonly outcome: 'pass' | 'warn' | 'refuse'
  readonly message: string
}

/** What runs now, as the planner read it: the one reading every choice starts from. */
export interface WhatRuns {
  readonly history: DeploymentHistory
  /** The live deployment with its content. */
  readonly deployed: DeployedVersion | undefined
}

/** The content a plan deploys, or why none can be made from what runs. */
export type Choice =
  | {
      readonly content: Content
      readonly note?: ContentNote
      readonly failure?: undefined
    }
  | { readonly content?: undefined; readonly failure: Failure }

/**
 * How a mode says what to deploy: the planner asks each time it plans (again after a wait or a
 * 409), so a set-flags patch is applied to what runs then, and a revert sees what it reverts.
 */
export interface ContentChoice {
  readonly source: ContentSource
  /** Read on to the deployment before the live one (a revert's target). */
  readonly needsPrevious?: boolean
  choose(now: WhatRuns, versions: VersionReader): Promise<Choice>
}

/** A content that does not depend on what runs (a bundle, an existing version). */
export function fixedContent(content: Content): ContentChoice {
  return {
    source: content.source,
    choose: () => Promise.resolve({ content })
  }
}
