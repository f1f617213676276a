import type { Deployment } from '@aws-sdk/client-appconfig'
import { isInProgress } from '../appconfig/deployment-states.js'
import type { ActiveDeployment } from '../appconfig/read-deployments.js'
import { isTransient } from '../aws/aws-error.js'
import type { Failure } from '../failure.js'
import { formatNumber } from '../format.js'
import { getDeployment } from '../appconfig/get-deployment.js'
import type { DeploymentScope, RolloutContext } from './rollout-context.js'
import { MAX_FAILED_TICKS } from './watch-deployment.js'

/** How waiting for another deployment ended. */
export type WaitOutcome = 'ended' | 'timed-out' | 'cancelled'

/**
 * Polls another deployment until it ends (or the deadline, or a cancel), with the same
 * GetDeployment as the watch; a poll that fails transiently is tried again at the next one.
 * `expired` fires at the deadline: a poll it cuts short ends the wait as timed out.
 */
export async function waitForEnvironment(
  ctx: Pick<RolloutContext, 'clients' | 'deps'>,
  scope: DeploymentScope,
  deploymentNumber: number,
  deadline: number,
  pollMs: number,
  expired?: AbortSignal
): Promise<WaitOutcome> {
  const { deps } = ctx
  let lastState = ''
  let failedTicks = 0
  for (;;) {
    if (deps.signal.aborted) return 'cancelled'
    if (expired?.aborted) return 'timed-out'
    let deployment: Deployment | undefined
    try {
      deployment = await getDeployment(
        ctx.clients,
        scope,
        deploymentNumber,
        'Waiting for the deployment in progress',
        deps.signal
      )
      failedTicks = 0
    } catch (error) {
      if (deps.signal.aborted) return 'cancelled'
      if (expired?.aborted) return 'timed-out'
      if (!isTransient(error) || ++failedTicks >= MAX_FAILED_TICKS) throw error
      deps.warn(
        `${error instanceof Error ? error.message : String(error)} Trying again (${failedTicks}/${MAX_FAILED_TICKS}).`
      )
    }
    if (deployment !== undefined && !isInProgress(deployment.State)) {
      deps.log(
        `Deployment ${deploymentNumber} ended: ${deployment.State ?? 'unknown'}.`
      )
      return 'ended'
    }
    if (deployment !== undefined && deployment.State !== lastState) {
      deps.log(
        `Waiting for deployment ${deploymentNumber}: ${deployment.State ?? ''}`
      )
      lastState = deployment.State ?? ''
    }
    const remaining = deadline - deps.now()
    if (remaining <= 0) return 'timed-out'
    try {
      await deps.sleep(Math.min(pollMs, remaining), deps.signal)
    } catch {
      // cancelled: checked at the top of the loop
    }
  }
}

/** The failure when the wait for another deployment did not end in time. */
export function waitFailure(
  outcome: 'timed-out' | 'cancelled',
  active: Pick<ActiveDeployment, 'deploymentNumber'>,
  minutes: number
): Failure {
  return outcome === 'cancelled'
    ? {
        kind: 'cancelled',
        message: `The workflow was cancelled while waiting for deployment ${active.deploymentNumber}; nothing was deployed.`
      }
    : {
        kind: 'timed-out',
        message: `Deployment ${active.deploymentNumber} was still in progress after ${minutesText(minutes)}; nothing was deployed. Re-run later or raise timeout-minutes.`
      }
}

/** "1 minute", "2.5 minutes", "0.01 minutes". */
export function minutesText(minutes: number): string {
  return `${formatNumber(minutes, 2)} minute${minutes === 1 ? '' : 's'}`
}
