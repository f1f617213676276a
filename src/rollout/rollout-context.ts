import type { DeploymentSource } from '../appconfig/deployment-source.js'
import type { VersionReader } from '../appconfig/read-deployments.js'
import type { Target } from '../appconfig/target.js'
import type { AwsClients } from '../aws/clients.js'
import type { GitHubContext } from '../github/context.js'
import type { Planned } from '../plan/make-plan.js'
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
  /**
   * The validated content: parsed (to plan again) and canonical JSON (to write); its source
   * tags the deployment, and an existing `version` is deployed as is instead of written.
   */
  readonly content: {
    readonly value: unknown
    readonly text: string
    readonly source?: DeploymentSource
    readonly version?: {
      readonly number: number
      readonly label: string | undefined
    }
  }
  /** The plan the rollout starts from; it plans again after waiting for another deployment. */
  readonly planned: Planned
  readonly deps: StageDeps
  /**
   * Called each time something is written to AWS (a version, a deployment) and as the
   * deployment moves, so a failure thrown later still reports what was written.
   */
  readonly record: (rollout: Rollout) => void
  /**
   * How the pipeline plans (every guard it runs: drift, release checks, code references), for
   * the fresh plan before each start; without it the rollout plans with makePlan and the
   * release checks only.
   */
  readonly replan?: (
    clients: AwsClients,
    versions: VersionReader
  ) => Promise<Planned>
  /** What the content came from, for the deployment's source tag; none when not given. */
  readonly source?: DeploymentSource
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
