import type { Deployment } from '@aws-sdk/client-appconfig'
import { isFiring } from '../alarms/alarm.js'
import {
  eventsOf,
  findRollbackCause,
  rollbackEvent,
  rollbackReason
} from '../appconfig/deployment-events.js'
import { stopDeployment } from '../appconfig/start-deployment.js'
import type { AwsClients } from '../aws/clients.js'
import { requiredField } from '../aws/required-field.js'
import { toFailure } from '../failure.js'
import { boundClients } from './bound-clients.js'
import { ALARM_ROLLS_BACK } from '../appconfig/documented-behaviour.js'
import { getDeployment } from '../appconfig/get-deployment.js'
import type { Rollout } from './rollout.js'
import {
  scopeOf,
  type DeploymentScope,
  type RolloutContext
} from './rollout-context.js'
import type { RolloutOutcome } from './rollout-outcome.js'
import {
  boundAfterEnd,
  rolloutSignals,
  STOP_BOUND_MS,
  type RolloutSignals
} from './rollout-signals.js'
import { startWhenFree, type StartTiming } from './start-when-free.js'
import { minutesText } from './wait-for-environment.js'
import { watchDeps } from './watch-deps.js'
import { watchDeployment, type WatchResult } from './watch-deployment.js'

/**
 * Plan → Rollout: wait for a busy environment (and plan again), write the version, start the
 * deployment (or recognise it after a lost answer), watch it and the alarms, stop it on a
 * cancel or a timeout, and say how it ended.
 * A rollback, a timeout or a cancel is an outcome; an AWS error is thrown, and whatever was
 * written before it has already been recorded through `ctx.record`.
 */
export async function runRollout(ctx: RolloutContext): Promise<RolloutOutcome> {
  const { target, settings, deps } = ctx
  const scope = scopeOf(target)
  const timeoutMinutes =
    settings.timeoutMinutes ??
    target.strategy.durationMinutes + target.strategy.finalBakeMinutes + 5
  const timing = {
    deadline: deps.now() + timeoutMinutes * 60_000,
    pollMs: settings.pollIntervalSeconds * 1000,
    timeoutMinutes
  }
  // Every call of the rollout takes the cancel and the deadline: none can outlive either.
  const signals = rolloutSignals(deps.signal, timing.deadline, deps.now)
  try {
    return await rollOut(ctx, boundClients(ctx.clients, signals.calls), {
      scope,
      timing,
      signals
    })
  } finally {
    signals.dispose()
  }
}

async function rollOut(
  ctx: RolloutContext,
  clients: AwsClients,
  {
    scope,
    timing,
    signals
  }: {
    scope: DeploymentScope
    timing: StartTiming
    signals: RolloutSignals
  }
): Promise<RolloutOutcome> {
  const { target, settings, deps } = ctx
  const { timeoutMinutes } = timing
  const start = await startWhenFree(ctx, clients, signals, timing)
  if (start.kind === 'ended') {
    return start.result === 'unchanged'
      ? { result: start.result, plan: start.plan }
      : { result: start.result, plan: start.plan, failure: start.failure }
  }
  const { plan, version } = start
  const deploymentNumber = requiredField(
    start.deployment.DeploymentNumber,
    'DeploymentNumber',
    'appconfig:StartDeployment'
  )
  let rollout: Rollout = withDeployment(
    { version, events: [], alarms: plan.alarms, triggeredAlarms: [] },
    deploymentNumber,
    start.deployment
  )
  ctx.record(rollout)
  deps.log(
    `${start.adopted ? 'Recognised' : 'Started'} deployment ${deploymentNumber} of version ${version.number} to ${target.environment.name} with ${target.strategy.name}.`
  )

  let watched: WatchResult
  try {
    watched = await watchDeployment(
      watchDeps(clients, target, deploymentNumber, deps, signals.expired),
      {
        deploymentNumber,
        waitUntil: settings.waitUntil,
        deadline: timing.deadline,
        pollMs: timing.pollMs,
        initialAlarms: plan.alarms
      }
    )
  } catch (error) {
    // The watch itself failed (not the deployment): leave it running, say so.
    return {
      result: 'failed',
      plan,
      rollout,
      failure: toFailure(
        error,
        ` Deployment ${deploymentNumber} was left running; check it in the AppConfig console.`
      )
    }
  }

  let last = watched.deployment ?? start.deployment
  let stopped = false
  const outcome = watched.outcome
  if (
    (outcome === 'timed-out' && settings.onTimeout === 'stop') ||
    (outcome === 'cancelled' && settings.onCancel === 'stop')
  ) {
    // The rollout's signal has fired (cancel, deadline): the stop, and the check after a lost
    // answer, share a bound of their own, so they end before the runner's SIGTERM.
    const bound = boundAfterEnd(STOP_BOUND_MS)
    try {
      last = await stopDeployment(
        ctx.clients.appconfig,
        scope,
        deploymentNumber,
        bound
      )
      stopped = true
      deps.log(
        `Stopped deployment ${deploymentNumber}: AppConfig rolls it back.`
      )
    } catch (error) {
      // A stop whose answer was lost (its retry then meets a stopped deployment and is
      // refused) still stopped it: look before saying it failed.
      const now = await getDeployment(
        ctx.clients,
        scope,
        deploymentNumber,
        `Checking whether deployment ${deploymentNumber} stopped`,
        bound
      ).catch(() => undefined)
      if (now?.State === 'ROLLING_BACK' || now?.State === 'ROLLED_BACK') {
        last = now
        stopped = true
        deps.log(
          `Stopped deployment ${deploymentNumber} (StopDeployment's answer was lost; it is ${now.State}): AppConfig rolls it back.`
        )
      } else
        deps.warn(
          `Could not stop deployment ${deploymentNumber}: ${error instanceof Error ? error.message : String(error)}`
        )
    }
  }
  const firing = watched.alarms.filter(isFiring).map((a) => a.name)
  const events = eventsOf(last)
  rollout = {
    ...withDeployment(rollout, deploymentNumber, last),
    events,
    alarms: watched.alarms.length ? watched.alarms : rollout.alarms,
    triggeredAlarms: watched.triggeredAlarms,
    rollbackReason: rollbackReason(events, firing),
    stopped
  }
  // AppConfig's log says who rolled it back; read once, here, for every later reader.
  if (
    rollbackEvent(events) !== undefined ||
    outcome === 'rolled-back' ||
    outcome === 'reverted'
  )
    rollout = {
      ...rollout,
      cause: findRollbackCause(events, {
        triggeredAlarms: rollout.triggeredAlarms,
        knownAlarms: target.monitors,
        stopped,
        percentage: rollout.percentage
      })
    }
  ctx.record(rollout)
  const stateText = `last state ${last.State ?? 'unknown'}${last.PercentageComplete !== undefined ? `, ${Number(last.PercentageComplete.toFixed(2))}%` : ''}`
  switch (outcome) {
    case 'baking':
    case 'started':
      // Not a success while an alarm fires: AppConfig is about to roll the deployment back.
      if (firing.length > 0)
        return {
          result: 'failed',
          plan,
          rollout,
          failure: {
            kind: 'rolled-back',
            message: `${firing.join(', ')} ${firing.length === 1 ? 'fires' : 'fire'} while deployment ${deploymentNumber} is ${last.State ?? 'running'}: AppConfig rolls it back ("${ALARM_ROLLS_BACK}"), so the change will not hold.`
          }
        }
      return { result: outcome, plan, rollout }
    case 'complete':
      return { result: outcome, plan, rollout }
    case 'rolled-back':
    case 'reverted': {
      const cause =
        rollout.cause ??
        findRollbackCause(events, {
          triggeredAlarms: rollout.triggeredAlarms,
          knownAlarms: target.monitors,
          stopped,
          percentage: rollout.percentage
        })
      const reason = rollout.rollbackReason ?? 'no reason in the event log'
      return {
        result: outcome,
        plan,
        rollout: { ...rollout, cause },
        failure:
          outcome === 'rolled-back'
            ? {
                kind: 'rolled-back',
                message: `AppConfig rolled back deployment ${deploymentNumber}: ${reason}`
              }
            : {
                kind: 'reverted',
                message: `Deployment ${deploymentNumber} was reverted: ${reason}`
              }
      }
    }
    case 'timed-out':
      return {
        result: 'timed-out',
        plan,
        rollout,
        failure: {
          kind: 'timed-out',
          message: `Deployment ${deploymentNumber} did not finish within ${minutesText(timeoutMinutes)} (${stateText}). ${stopped ? 'It was stopped and AppConfig rolls it back.' : settings.onTimeout === 'stop' ? 'Stopping it failed; it is still running.' : 'It was left running (on-timeout: leave).'}`
        }
      }
    case 'cancelled':
      return {
        result: 'cancelled',
        plan,
        rollout,
        failure: {
          kind: 'cancelled',
          message: `The workflow was cancelled during deployment ${deploymentNumber}. ${stopped ? 'The deployment was stopped and AppConfig rolls it back.' : settings.onCancel === 'stop' ? 'Stopping it failed; it is still running.' : 'It was left running (on-cancel: leave).'}`
        }
      }
  }
}

/** The rollout with what a GetDeployment or StartDeployment answer says of the deployment. */
function withDeployment(
  rollout: Rollout,
  deploymentNumber: number,
  deployment: Deployment
): Rollout {
  return {
    ...rollout,
    deploymentNumber,
    state: deployment.State,
    percentage: deployment.PercentageComplete,
    startedAt: deployment.StartedAt?.toISOString(),
    endedAt: deployment.CompletedAt?.toISOString(),
    events: eventsOf(deployment)
  }
}
