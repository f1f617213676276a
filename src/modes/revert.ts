import { isFiring, type Alarm } from '../alarms/alarm.js'
import { readAlarms } from '../alarms/read-alarms.js'
import {
  eventsOf,
  rollbackReason,
  type RollbackCause
} from '../appconfig/deployment-events.js'
import type { VersionReader } from '../appconfig/read-deployments.js'
import { readHistory, type PastDeployment } from '../appconfig/read-history.js'
import { revertDeployment } from '../appconfig/revert-deployment.js'
import type { Target } from '../appconfig/target.js'
import { isAwsError } from '../aws/aws-error.js'
import type { AwsClients } from '../aws/clients.js'
import { revertChoice } from '../content/revert-content.js'
import type { Failure } from '../failure.js'
import { runUrl } from '../github/context.js'
import { diffBundles } from '../plan/diff-bundles.js'
import { refusalOf } from '../plan/make-plan.js'
import type { Plan } from '../plan/plan.js'
import { createPlanner } from '../plan/planner.js'
import type { Rollout } from '../rollout/rollout.js'
import { scopeOf, type StageDeps } from '../rollout/rollout-context.js'
import { runRollout } from '../rollout/run-rollout.js'
import { stopInProgress } from '../rollout/stop-in-progress.js'
import {
  minutesText,
  waitForEnvironment
} from '../rollout/wait-for-environment.js'
import type { Settings } from '../settings.js'
import {
  ALARM_ROLLS_BACK,
  DISABLED_ACTIONS_DO_NOT_ROLL_BACK,
  REVERT_IGNORES_ALARMS,
  REVERT_WINDOW_HOURS,
  REVERT_WINDOW_QUOTE,
  type Incident
} from './incident.js'

/** What a revert works with. */
export interface RevertContext {
  readonly clients: AwsClients
  readonly target: Target
  readonly versions: VersionReader
  readonly settings: Settings
  readonly deps: StageDeps
  /** Called as soon as something was written (a stop, a deployment), so a failure keeps it. */
  readonly record: (rollout: Rollout) => void
  /** Why the revert runs instead of what was asked (set-flags while an alarm fires). */
  readonly because?: string
}

/** How a revert ended; every outcome carries the incident record. */
export type RevertOutcome = {
  readonly plan?: Plan
  readonly incident: Incident
} & (
  | {
      readonly result: 'reverted' | 'baking' | 'started'
      readonly rollout?: Rollout
      readonly failure?: undefined
    }
  | {
      readonly result: 'rolled-back'
      readonly rollout: Rollout & { readonly cause: RollbackCause }
      readonly failure: Failure
    }
  | {
      readonly result: 'failed' | 'timed-out' | 'cancelled'
      readonly rollout?: Rollout
      readonly failure: Failure
    }
)

/**
 * `mode: revert`: puts the environment back on the configuration it ran before its latest
 * completed deployment of the profile. It only chooses the path: a deployment of the profile
 * still in progress is stopped (AppConfig rolls it back); inside AppConfig's 72-hour window,
 * AppConfig's own revert (StopDeployment with AllowRevert), which ignores alarm monitors; past
 * it, the earlier version is handed to the planner and the rollout like any content, so the new
 * deployment takes the lock, lost-answer recognition, the bounds and the watch of every start.
 */
export async function runRevert(ctx: RevertContext): Promise<RevertOutcome> {
  const { clients, target, settings, deps } = ctx
  const scope = { ...scopeOf(target), profileId: target.profile.id }
  const timeoutMinutes =
    settings.timeoutMinutes ??
    target.strategy.durationMinutes + target.strategy.finalBakeMinutes + 5
  const base = {
    kind: 'revert',
    actor: deps.context.actor,
    reason: settings.description,
    runUrl: runUrl(deps.context)
  } as const
  const incident = (more: Partial<Incident> = {}): Incident => ({
    ...base,
    at: new Date(deps.now()).toISOString(),
    ...more
  })
  const env = target.environment.name
  const profile = target.profile.name
  const refuse = (
    message: string,
    more: Partial<Incident> & { plan?: Plan } = {}
  ): RevertOutcome => {
    const { plan, ...record } = more
    return {
      result: 'failed',
      plan,
      incident: incident(record),
      failure: { kind: 'guard', message }
    }
  }
  const recorded = (rollout: Rollout): Rollout => {
    ctx.record(rollout)
    return rollout
  }

  const [firstHistory, alarms] = await Promise.all([
    readHistory(clients.appconfig, scope, { previous: true }),
    target.monitors.length
      ? readAlarms(clients, target.monitors)
      : Promise.resolve<Alarm[]>([])
  ])
  let history = firstHistory
  if (
    history.active !== undefined &&
    history.active.profileId !== target.profile.id
  ) {
    const other = history.active
    const busy = `Deployment ${other.deploymentNumber} of another profile is ${other.state} in ${env}; AppConfig runs one deployment per environment at a time.`
    if (settings.onInProgress === 'fail')
      return refuse(`${busy} on-in-progress is fail; re-run when it has ended.`)
    deps.warn(`${busy} Waiting for it to end (on-in-progress: wait).`)
    const waited = await waitForEnvironment(
      ctx,
      scopeOf(target),
      other.deploymentNumber,
      deps.now() + timeoutMinutes * 60_000,
      settings.pollIntervalSeconds * 1000
    )
    if (waited !== 'ended')
      return {
        result: waited,
        incident: incident(),
        failure: {
          kind: waited,
          message: `${busy} It had not ended within ${minutesText(timeoutMinutes)}; nothing was reverted.`
        }
      }
    history = await readHistory(clients.appconfig, scope, { previous: true })
  }

  const { active, live: latest, previous } = history
  if (active !== undefined && active.profileId === target.profile.id)
    return stop(active, latest)
  if (latest === undefined)
    return refuse(
      `Nothing to revert: ${profile} has no completed deployment in ${env}.`
    )
  if (previous?.version === undefined)
    return refuse(
      `Nothing to revert to: deployment ${latest.deploymentNumber} (version ${latest.version ?? '?'}) is the first completed deployment of ${profile} in ${env}, so there is no earlier configuration to go back to.`
    )
  const earlier = { ...previous, version: previous.version }
  const plan = await planOf(latest, earlier)
  const from = running(latest)
  const to = running(earlier)
  const firing = alarms.filter(isFiring)

  // AppConfig's window is counted from completion on AppConfig's clock; ours may differ, so a
  // refusal inside it is answered by the other path, never by giving up.
  const age =
    latest.completedAt === undefined
      ? 0
      : deps.now() - latest.completedAt.getTime()
  let pathReason: string
  if (age < REVERT_WINDOW_HOURS * 3_600_000) {
    try {
      const reverted = await revertDeployment(
        clients.appconfig,
        scope,
        latest.deploymentNumber,
        deps.signal
      )
      const rollout = recorded({
        version: { number: to.version, label: to.label, reused: true },
        deploymentNumber: latest.deploymentNumber,
        state: reverted.State,
        percentage: reverted.PercentageComplete,
        startedAt: reverted.StartedAt?.toISOString(),
        endedAt: reverted.CompletedAt?.toISOString(),
        events: eventsOf(reverted),
        alarms,
        triggeredAlarms: [],
        stopped: true
      })
      deps.log(
        `Reverted deployment ${latest.deploymentNumber}: ${env} serves ${profile} version ${to.version} again.`
      )
      return {
        result: 'reverted',
        plan,
        rollout,
        incident: incident({
          from,
          to,
          path: 'revert',
          pathReason: `Deployment ${latest.deploymentNumber} completed ${hoursAgo(age)}, inside AppConfig's ${REVERT_WINDOW_HOURS}-hour revert window, so AppConfig's own revert (StopDeployment with AllowRevert) put the earlier version back at once.`,
          alarmNote:
            firing.length > 0
              ? `${names(firing)} ${firing.length === 1 ? 'is' : 'are'} firing; AppConfig's revert does not wait for them: "${REVERT_IGNORES_ALARMS}"`
              : `AppConfig's revert does not consult the alarm monitors: "${REVERT_IGNORES_ALARMS}"`,
          undo: `Deploy version ${from.version} again (configuration-version: ${from.version}); a reverted deployment cannot itself be reverted.`
        })
      }
    } catch (error) {
      if (!isAwsError(error, 'BadRequestException')) throw error
      pathReason = `AppConfig refused to revert deployment ${latest.deploymentNumber} (${error instanceof Error ? error.message : String(error)}): "${REVERT_WINDOW_QUOTE}" So a new deployment of version ${to.version} with ${target.strategy.name} puts it back.`
    }
  } else {
    pathReason = `Deployment ${latest.deploymentNumber} completed ${hoursAgo(age)}, outside AppConfig's ${REVERT_WINDOW_HOURS}-hour revert window: "${REVERT_WINDOW_QUOTE}" So a new deployment of version ${to.version} with ${target.strategy.name} puts it back.`
  }

  if (firing.length > 0)
    return refuse(
      `Cannot revert ${env} to version ${to.version} now: ${pathReason} But ${names(firing)} ${firing.length === 1 ? 'is' : 'are'} firing, and AppConfig would roll that deployment back at once ("${ALARM_ROLLS_BACK}"), putting version ${from.version} back. To deploy it anyway: disable the alarm's actions (aws cloudwatch disable-alarm-actions --alarm-names ${firing.map((a) => a.name).join(' ')}; "${DISABLED_ACTIONS_DO_NOT_ROLL_BACK}"), run this again, then enable them.`,
      { plan, from, to, path: 'deployment', pathReason }
    )

  // Outside the window: the earlier version is content like any other, for the one planner and
  // the one start path.
  const planner = createPlanner({
    target,
    settings,
    choice: revertChoice(
      target,
      { reverted: latest, earlier },
      { context: deps.context, reason: settings.description }
    ),
    now: deps.now
  })
  const planned = await planner(clients, ctx.versions)
  const record: Partial<Incident> = {
    from,
    to,
    path: 'deployment',
    pathReason,
    alarmNote: `The new deployment is watched by the alarm monitors like any other: "${ALARM_ROLLS_BACK}".`
  }
  const failure = planned.failure ?? refusalOf(planned.plan)
  if (failure !== undefined)
    return {
      result: 'failed',
      plan: planned.plan,
      incident: incident(record),
      failure
    }
  const outcome = await runRollout({
    clients,
    target,
    versions: ctx.versions,
    settings,
    planned,
    plan: planner,
    deps,
    record: ctx.record
  })
  const number = outcome.rollout?.deploymentNumber
  const done = incident({
    ...record,
    to: { ...to, deploymentNumber: number },
    undo: `Deploy version ${from.version} again (configuration-version: ${from.version})${number === undefined ? '' : `, or revert deployment ${number} within ${REVERT_WINDOW_HOURS} hours of its completion`}.`
  })
  switch (outcome.result) {
    case 'complete':
      return { ...outcome, result: 'reverted', incident: done }
    case 'rolled-back':
    case 'reverted':
      return {
        ...outcome,
        result: 'rolled-back',
        incident: done,
        failure: {
          kind: 'rolled-back',
          message: `Deployment ${number ?? '?'} of version ${to.version} was rolled back (${outcome.rollout.rollbackReason ?? 'no reason in the event log'}); ${env} still runs version ${from.version}.`
        }
      }
    case 'unchanged':
      // What runs already is the earlier version's content: nothing to put back.
      return { result: 'reverted', plan: outcome.plan, incident: done }
    case 'baking':
    case 'started':
      return {
        result: outcome.result,
        plan: outcome.plan,
        rollout: outcome.rollout,
        incident: done
      }
    default:
      return {
        result: outcome.result,
        plan: outcome.plan,
        rollout: outcome.rollout,
        incident: done,
        failure: outcome.failure
      }
  }

  async function stop(
    inProgress: PastDeployment,
    servedBefore: PastDeployment | undefined
  ): Promise<RevertOutcome> {
    const plan =
      servedBefore?.version === undefined
        ? undefined
        : await planOf(inProgress, {
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

  /** The plan of a revert: what going from `current` back to `earlier` changes, flag by flag. */
  async function planOf(
    current: PastDeployment,
    earlier: PastDeployment & { version: number }
  ): Promise<Plan | undefined> {
    if (current.version === undefined) return undefined
    const [now, before] = await Promise.all([
      ctx.versions.read(current.version),
      ctx.versions.read(earlier.version)
    ])
    const diff = diffBundles(now.content, before.content)
    return {
      deployed: {
        version: current.version,
        label: current.label ?? now.label,
        deploymentNumber: current.deploymentNumber
      },
      changed: diff.changed,
      changes: diff.changes,
      unchangedCount: diff.unchangedCount,
      guards: [],
      alarms
    }
  }
}

function running(deployment: PastDeployment): {
  version: number
  label?: string
  deploymentNumber: number
} {
  return {
    version: deployment.version ?? 0,
    label: deployment.label,
    deploymentNumber: deployment.deploymentNumber
  }
}

function runningOrUndefined(
  deployment: PastDeployment
): ReturnType<typeof running> | undefined {
  return deployment.version === undefined ? undefined : running(deployment)
}

function names(alarms: readonly Alarm[]): string {
  const list = alarms.map((a) => a.name || a.arn)
  return list.length === 1 ? `Alarm ${list[0]}` : `Alarms ${list.join(', ')}`
}

function hoursAgo(ms: number): string {
  const hours = ms / 3_600_000
  return hours < 1
    ? `${Math.max(0, Math.round(ms / 60_000))} minutes ago`
    : `${Math.round(hours * 10) / 10} hours ago`
}
