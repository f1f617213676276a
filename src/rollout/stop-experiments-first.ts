import {
  stopExperimentRuns,
  type StoppedExperiment
} from '../appconfig/stop-experiment-runs.js'
import type { AwsClients } from '../aws/clients.js'
import type { Plan } from '../plan/plan.js'
import type { RolloutContext } from './rollout-context.js'

/**
 * on-experiment: stop, in the start path before anything is written or started: the runs the
 * plan marked `stop` are stopped and waited for until AppConfig says DONE ("Stopping an
 * experiment run ends audience exposure and returns users to the currently deployed feature
 * flag configuration"). The caller then plans again, so AppConfig's own (MANAGED) deployment
 * for the stop is waited for and the start's LatestDeploymentNumber lock is taken after it.
 * Returns the runs stopped (none when the plan marks none).
 */
export async function stopExperimentsFirst(
  ctx: Pick<RolloutContext, 'target' | 'deps'>,
  clients: AwsClients,
  plan: Plan,
  timing: {
    readonly deadline: number
    readonly pollMs: number
    readonly signal: AbortSignal
  }
): Promise<StoppedExperiment[]> {
  const toStop = (plan.experiments ?? []).filter((e) => e.effect === 'stop')
  if (toStop.length === 0) return []
  const { deps } = ctx
  const ended = await stopExperimentRuns(
    clients.appconfig,
    ctx.target.application.id,
    toStop.map((e) => ({
      flag: e.flag,
      definitionId: e.definitionId,
      experiment: e.experiment,
      run: e.runNumber,
      startedAt: e.startedAt
    })),
    { now: deps.now, sleep: deps.sleep, ...timing }
  )
  for (const e of ended)
    deps.log(
      `Stopped run ${e.run} of experiment ${e.experiment} on flag ${e.flag} (on-experiment: stop); AppConfig says it ended at ${e.endedAt}.`
    )
  return ended
}
