import type { DeploymentSummary } from '@aws-sdk/client-appconfig'

/**
 * Whether AppConfig made this deployment itself, for an experiment run (DeploymentSummary.Type
 * `MANAGED`, model enum DeploymentType `USER` | `MANAGED`). Such a deployment is never a drift
 * base, a revert target or "what this action deployed": it serves an experiment's treatments
 * over what a person or pipeline deployed, and stopping the run "returns users to the currently
 * deployed feature flag configuration" (StopExperimentRun).
 */
export function isManaged(summary: Pick<DeploymentSummary, 'Type'>): boolean {
  return summary.Type === 'MANAGED'
}
