import type { Deployment } from '@aws-sdk/client-appconfig'
import { readAlarms } from '../alarms/read-alarms.js'
import { isFiring } from '../alarms/alarm.js'
import {
  eventsOf,
  findRollbackCause,
  rollbackEvent,
  rollbackReason
} from '../appconfig/deployment-events.js'
import {
  defaultDescription,
  defaultVersionLabel
} from '../appconfig/provenance.js'
import { stopDeployment } from '../appconfig/start-deployment.js'
import { writeVersion } from '../appconfig/write-version.js'
import { requiredField } from '../aws/required-field.js'
import { toFailure } from '../failure.js'
import { makePlan, refusalOf } from '../plan/make-plan.js'
import { getDeployment } from './get-deployment.js'
import type { Rollout } from './rollout.js'
import { scopeOf, type RolloutContext } from './rollout-context.js'
import type { RolloutOutcome } from './rollout-outcome.js'
import { cancelledBeforeStart, startWhenFree } from './start-when-free.js'
import {
  minutesText,
  waitFailure,
  waitForEnvironment
} from './wait-for-environment.js'
import { watchDeployment, type WatchResult } from './watch-deployment.js'

/**
 * Plan → Rollout: wait for a busy environment (and plan again), write the version, start the
 * deployment, watch it and the alarms, stop it on a cancel or a timeout, and say how it ended.
 * A rollback, a timeout or a cancel is an outcome; an AWS error is thrown, and whatever was
 * written before it has already been recorded through `ctx.record`.
 */
export async function runRollout(ctx: RolloutContext): Promise<RolloutOutcome> {
  const { clients, target, settings, deps } = ctx
  const scope = scopeOf(target)
  const timeoutMinutes =
    settings.timeoutMinutes ??
    target.strategy.durationMinutes + target.strategy.finalBakeMinutes + 5
  const timing = {
    deadline: deps.now() + timeoutMinutes * 60_000,
    pollMs: settings.pollIntervalSeconds * 1000,
    timeoutMinutes
  }
  let current = ctx.planned

  if (current.active !== undefined) {
    const active = current.active
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
        plan: current.plan,
        failure: waitFailure(waited, active, timeoutMinutes)
      }
    // The other deployment may have changed what is live, or tripped an alarm: plan again.
    current = await makePlan(
      clients,
      target,
      ctx.versions,
      settings,
      ctx.content.value
    )
    const refused = refusalOf(current.plan)
    if (refused !== undefined)
      return { result: 'failed', plan: current.plan, failure: refused }
  }
  const plan = current.plan
  if (!plan.changed) {
    deps.log(
      `The bundle matches what ${target.environment.name} runs (version ${current.deployed?.version ?? '?'}): nothing to deploy.`
    )
    return { result: 'unchanged', plan }
  }
  if (deps.signal.aborted)
    return { result: 'cancelled', plan, failure: cancelledBeforeStart() }

  const description = settings.description ?? defaultDescription(deps.context)
  // configuration-version: the hosted version already exists; deploy it as is.
  const existing = ctx.content.version
  const version =
    existing !== undefined
      ? { ...existing, reused: true }
      : await writeVersion(clients.appconfig, ctx.versions, {
          applicationId: target.application.id,
          profileId: target.profile.id,
          content: ctx.content.text,
          label:
            settings.versionLabel ??
            defaultVersionLabel(deps.context, ctx.content.text),
          description
        })
  let rollout: Rollout = {
    version,
    events: [],
    alarms: plan.alarms,
    triggeredAlarms: []
  }
  ctx.record(rollout)
  deps.log(
    version.reused
      ? `Reusing hosted version ${version.number} (${version.label ?? 'no label'}): it already holds this bundle.`
      : `Created hosted version ${version.number} (${version.label ?? 'no label'}).`
  )

  const start = await startWhenFree(ctx, version, description, timing)
  if (start.started === undefined)
    return { result: start.result, plan, rollout, failure: start.failure }
  const deploymentNumber = requiredField(
    start.started.DeploymentNumber,
    'DeploymentNumber',
    'appconfig:StartDeployment'
  )
  rollout = withDeployment(rollout, deploymentNumber, start.started)
  ctx.record(rollout)
  deps.log(
    `Started deployment ${deploymentNumber} of version ${version.number} to ${target.environment.name} with ${target.strategy.name}.`
  )

  let watched: WatchResult
  try {
    watched = await watchDeployment(
      {
        getDeployment: (signal) =>
          getDeployment(
            clients,
            scope,
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
        signal: deps.signal
      },
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

  let last = watched.deployment ?? start.started
  let stopped = false
  const outcome = watched.outcome
  if (
    (outcome === 'timed-out' && settings.onTimeout === 'stop') ||
    (outcome === 'cancelled' && settings.onCancel === 'stop')
  ) {
    try {
      last = await stopDeployment(clients.appconfig, scope, deploymentNumber)
      stopped = true
      deps.log(
        `Stopped deployment ${deploymentNumber}: AppConfig rolls it back.`
      )
    } catch (error) {
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
    case 'complete':
    case 'baking':
    case 'started':
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
