import type { Deployment } from '@aws-sdk/client-appconfig'
import { readDeployments } from '../appconfig/read-deployments.js'
import { startDeployment } from '../appconfig/start-deployment.js'
import type { WrittenVersion } from '../appconfig/written-version.js'
import { describeAwsError, isAwsError } from '../aws/aws-error.js'
import type { Failure } from '../failure.js'
import { scopeOf, type RolloutContext } from './rollout-context.js'
import { waitFailure, waitForEnvironment } from './wait-for-environment.js'

/** A started deployment, or why none was started. */
export type StartResult =
  | { readonly started: Deployment; readonly failure?: undefined }
  | {
      readonly started?: undefined
      readonly result: 'failed' | 'timed-out' | 'cancelled'
      readonly failure: Failure
    }

/**
 * Starts the deployment of `version`; when another deployment got in first (ConflictException),
 * waits for it with on-in-progress: wait and starts again, else refuses.
 */
export async function startWhenFree(
  ctx: RolloutContext,
  version: WrittenVersion,
  description: string,
  timing: {
    readonly deadline: number
    readonly pollMs: number
    readonly timeoutMinutes: number
  }
): Promise<StartResult> {
  const { clients, target, settings, deps } = ctx
  const scope = scopeOf(target)
  for (;;) {
    if (deps.signal.aborted)
      return { result: 'cancelled', failure: cancelledBeforeStart() }
    try {
      const started = await startDeployment(clients.appconfig, {
        ...scope,
        profileId: target.profile.id,
        strategyId: target.strategy.id,
        version: version.number,
        description,
        tags: settings.tags,
        kmsKeyIdentifier: settings.kmsKeyIdentifier,
        source: ctx.content.source
      })
      return { started }
    } catch (error) {
      if (!isAwsError(error, 'ConflictException')) {
        throw describeAwsError(
          error,
          'Starting the deployment',
          'appconfig:StartDeployment'
        )
      }
    }
    // Another deployment started between the plan and now.
    const { active } = await readDeployments(
      clients.appconfig,
      { ...scope, profileId: target.profile.id },
      ctx.versions
    )
    if (settings.onInProgress === 'fail' || active === undefined) {
      return {
        result: 'failed',
        failure: {
          kind: 'guard',
          message: `Another deployment is in progress in ${target.environment.name} (StartDeployment answered ConflictException${active ? `: deployment ${active.deploymentNumber}, ${active.state}` : ''}). ${settings.onInProgress === 'fail' ? 'on-in-progress is fail.' : 'Re-run when it has ended.'}`
        }
      }
    }
    deps.warn(
      `Deployment ${active.deploymentNumber} started in ${target.environment.name} just before ours; waiting for it to end (on-in-progress: wait).`
    )
    const waited = await waitForEnvironment(
      ctx,
      scope,
      active.deploymentNumber,
      timing.deadline,
      timing.pollMs
    )
    if (waited !== 'ended')
      return {
        result: waited,
        failure: waitFailure(waited, active, timing.timeoutMinutes)
      }
  }
}

/** The failure when the workflow was cancelled before anything started. */
export function cancelledBeforeStart(): Failure {
  return {
    kind: 'cancelled',
    message:
      'The workflow was cancelled before the deployment started; nothing was deployed.'
  }
}
