import type { Deployment } from '@aws-sdk/client-appconfig'
import { stopDeployment } from '../appconfig/start-deployment.js'
import type { Target } from '../appconfig/target.js'
import type { AwsClients } from '../aws/clients.js'
import type { Settings } from '../settings.js'
import { boundClients } from './bound-clients.js'
import { scopeOf, type StageDeps } from './rollout-context.js'
import {
  boundAfterEnd,
  rolloutSignals,
  STOP_BOUND_MS
} from './rollout-signals.js'
import { watchDeps } from './watch-deps.js'
import { watchDeployment, type WatchOutcome } from './watch-deployment.js'

/** How stopping a deployment in progress ended. */
export interface StopResult {
  /** StopDeployment's answer. */
  readonly stopped: Deployment
  /** The last state seen while AppConfig rolled it back. */
  readonly last: Deployment
  readonly outcome: WatchOutcome
}

/**
 * Stops a deployment in progress ("If StopDeployment is called on an in-progress deployment,
 * the resulting deployment state will be ROLLED_BACK") and watches the rollback to its end,
 * with the rollout's bounds: the stop has its own bound, every read takes the cancel and the
 * deadline (`timeout-minutes`), so a revert can never outlive either.
 */
export async function stopInProgress(
  ctx: {
    readonly clients: AwsClients
    readonly target: Target
    readonly settings: Pick<Settings, 'timeoutMinutes' | 'pollIntervalSeconds'>
    readonly deps: StageDeps
  },
  deploymentNumber: number
): Promise<StopResult> {
  const { target, settings, deps } = ctx
  const timeoutMinutes =
    settings.timeoutMinutes ??
    target.strategy.durationMinutes + target.strategy.finalBakeMinutes + 5
  const deadline = deps.now() + timeoutMinutes * 60_000
  const signals = rolloutSignals(deps.signal, deadline, deps.now)
  try {
    const stopped = await stopDeployment(
      ctx.clients.appconfig,
      scopeOf(target),
      deploymentNumber,
      boundAfterEnd(STOP_BOUND_MS)
    )
    deps.log(
      `Stopped deployment ${deploymentNumber} (${stopped.State ?? 'stopping'}): AppConfig rolls it back.`
    )
    const clients = boundClients(ctx.clients, signals.calls)
    const watched = await watchDeployment(
      watchDeps(clients, target, deploymentNumber, deps, signals.expired),
      {
        deploymentNumber,
        waitUntil: 'complete',
        deadline,
        pollMs: settings.pollIntervalSeconds * 1000
      }
    )
    return {
      stopped,
      last: watched.deployment ?? stopped,
      outcome: watched.outcome
    }
  } finally {
    signals.dispose()
  }
}
