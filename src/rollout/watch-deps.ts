import { readAlarms } from '../alarms/read-alarms.js'
import type { Target } from '../appconfig/target.js'
import type { AwsClients } from '../aws/clients.js'
import { getDeployment } from '../appconfig/get-deployment.js'
import { scopeOf, type StageDeps } from './rollout-context.js'
import type { WatchDeps } from './watch-deployment.js'

/**
 * What the watch of one deployment reads (GetDeployment, and the target's alarms when it has
 * monitors) and runs on, for the rollout and the revert alike.
 */
export function watchDeps(
  clients: AwsClients,
  target: Target,
  deploymentNumber: number,
  deps: StageDeps,
  expired?: AbortSignal
): WatchDeps {
  return {
    getDeployment: (signal) =>
      getDeployment(
        clients,
        scopeOf(target),
        deploymentNumber,
        'Watching the deployment',
        signal
      ),
    readAlarms: target.monitors.length
      ? (signal) => readAlarms(clients, target.monitors, signal)
      : undefined,
    sleep: deps.sleep,
    now: deps.now,
    log: deps.log,
    warn: deps.warn,
    signal: deps.signal,
    expired,
    random: Math.random
  }
}
