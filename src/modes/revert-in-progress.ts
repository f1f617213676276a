import type { Alarm } from '../alarms/alarm.js'
import { eventsOf, rollbackReason } from '../appconfig/deployment-events.js'
import type { PastDeployment } from '../appconfig/read-history.js'
import type { Rollout } from '../rollout/rollout.js'
import { stopInProgress } from '../rollout/stop-in-progress.js'
import type { Incident } from './incident.js'
import type { RevertContext, RevertOutcome } from './revert-outcome.js'
import { revertPlan, runningOrUndefined } from './revert-plan.js'

/**
 * A revert when a deployment of the profile is still in progress: stopping it makes AppConfig
 * roll it back to what ran before ("If StopDeployment is called on an in-progress deployment,
 * the resulting deployment state will be ROLLED_BACK"); the rollback is watched to its end with
 * the rollout's bounds (rollout/stop-in-progress.ts).
 */
export async function revertInProgress(
  ctx: RevertContext & {
    readonly alarms: readonly Alarm[]
    readonly incident: (more?: Partial<Incident>) => Incident
    readonly recorded: (rollout: Rollout) => Rollout
  },
  inProgress: PastDeployment,
  servedBefore: PastDeployment | undefined
): Promise<RevertOutcome> {
  const { alarms, incident, recorded } = ctx
  const profile = ctx.target.profile.name
  const plan =
    servedBefore?.version === undefined
      ? undefined
      : await revertPlan(ctx.versions, alarms, inProgress, {
          ...servedBefore,
          version: servedBefore.version
        })
  const { stopped, last, outcome } = await stopInProgress(
    ctx,
    inProgress.deploymentNumber
  )
  const rollout = recorded({
    version:
      servedBefore?.version === undefined
        ? undefined
        : {
            number: servedBefore.version,
            label: servedBefore.label,
            reused: true
          },
    deploymentNumber: inProgress.deploymentNumber,
    state: last.State ?? stopped.State,
    percentage: last.PercentageComplete,
    events: eventsOf(last),
    alarms,
    triggeredAlarms: [],
    stopped: true,
    rollbackReason: rollbackReason(eventsOf(last), [])
  })
  const record = incident({
    from: runningOrUndefined(inProgress),
    to: servedBefore && runningOrUndefined(servedBefore),
    path: 'stop',
    pathReason: `Deployment ${inProgress.deploymentNumber} of ${profile} was still ${inProgress.state}: stopping it makes AppConfig roll it back to ${servedBefore?.version === undefined ? 'what ran before it' : `version ${servedBefore.version}`} (AppConfig: "If StopDeployment is called on an in-progress deployment, the resulting deployment state will be ROLLED_BACK").`,
    alarmNote:
      'A rollback is what a firing alarm would make AppConfig do; the alarms do not hold it up.',
    undo:
      inProgress.version === undefined
        ? undefined
        : `Deploy version ${inProgress.version} again (configuration-version: ${inProgress.version}).`
  })
  if (outcome === 'rolled-back')
    return { result: 'reverted', plan, rollout, incident: record }
  const kind = outcome === 'cancelled' ? 'cancelled' : 'timed-out'
  return {
    result: kind,
    plan,
    rollout,
    incident: record,
    failure: {
      kind,
      message: `Deployment ${inProgress.deploymentNumber} was stopped, but it had not finished rolling back (last state ${last.State ?? 'unknown'}) when the run ended; AppConfig completes the rollback on its own.`
    }
  }
}
