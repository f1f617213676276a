import type { VersionReader } from '../appconfig/read-deployments.js'
import type { Target } from '../appconfig/target.js'
import type { AwsClients } from '../aws/clients.js'
import type { GitHubContext } from '../github/context.js'
import type { Planned } from '../plan/make-plan.js'
import type { Planner } from '../plan/planner.js'
import type { Settings } from '../settings.js'
import type { Rollout } from './rollout.js'

/** What the stages that talk to AWS take from outside: injected, so tests control time and signals. */
export interface StageDeps {
  readonly context: GitHubContext
  readonly now: () => number
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>
  readonly log: (line: string) => void
  readonly warn: (line: string) => void
  /** Aborts on SIGINT/SIGTERM: the workflow was cancelled. */
  readonly signal: AbortSignal
}

/** Everything one rollout works with, in one value. */
export interface RolloutContext {
  readonly clients: AwsClients
  readonly target: Target
  readonly versions: VersionReader
  readonly settings: Settings
  /** The first plan (with the content it chose); the rollout starts from it. */
  readonly planned: Planned
  /**
   * The one planner (plan/planner.ts), for the fresh plan before each start: after a wait or a
   * 409 the rollout plans again with every guard, never around them.
   */
  readonly plan: Planner
  readonly deps: StageDeps
  /**
   * Called each time something is written to AWS (a version, a deployment) and as the
   * deployment moves, so a failure thrown later still reports what was written.
   */
  readonly record: (rollout: Rollout) => void
}

/** The deployment's place: what GetDeployment and StopDeployment need. */
export interface DeploymentScope {
  readonly applicationId: string
  readonly environmentId: string
}

/** The scope of a rollout's target. */
export function scopeOf(target: Target): DeploymentScope {
  return {
    applicationId: target.application.id,
    environmentId: target.environment.id
  }
}
