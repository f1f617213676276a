import type { RevertContext, RevertOutcome } from './revert-outcome.js'
import { isFiring, type Alarm } from '../alarms/alarm.js'
import { readAlarms } from '../alarms/read-alarms.js'
import { eventsOf } from '../appconfig/deployment-events.js'
import { deploymentScopeOf, readHistory } from '../appconfig/read-history.js'
import { readExperiments } from '../appconfig/read-experiments.js'
import { revertDeployment } from '../appconfig/revert-deployment.js'
import { isAwsError } from '../aws/aws-error.js'
import { revertChoice } from '../content/revert-content.js'
import { runUrl } from '../github/context.js'
import { hoursAgo, names, revertPlan, running } from './revert-plan.js'
import { checkExperiments } from '../plan/check-experiments.js'
import { refusalOf } from '../plan/make-plan.js'
import type { Plan } from '../plan/plan.js'
import { createPlanner } from '../plan/planner.js'
import type { Rollout } from '../rollout/rollout.js'
import { scopeOf } from '../rollout/rollout-context.js'
import { runRollout } from '../rollout/run-rollout.js'
import { stopExperimentsFirst } from '../rollout/stop-experiments-first.js'
import {
  minutesText,
  waitForEnvironment
} from '../rollout/wait-for-environment.js'
import {
  ALARM_ROLLS_BACK,
  DISABLED_ACTIONS_DO_NOT_ROLL_BACK,
  REVERT_IGNORES_ALARMS,
  REVERT_WINDOW_HOURS,
  REVERT_WINDOW_QUOTE,
  type Incident
} from './incident.js'
import { revertInProgress } from './revert-in-progress.js'

export type { RevertContext, RevertOutcome }

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
  const scope = deploymentScopeOf(target)
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
    return revertInProgress(
      { ...ctx, alarms, incident, recorded },
      active,
      latest
    )
  if (latest === undefined)
    return refuse(
      `Nothing to revert: ${profile} has no completed deployment in ${env}.`
    )
  if (previous?.version === undefined)
    return refuse(
      `Nothing to revert to: deployment ${latest.deploymentNumber} (version ${latest.version ?? '?'}) is the first completed deployment of ${profile} in ${env}, so there is no earlier configuration to go back to.`
    )
  const earlier = { ...previous, version: previous.version }
  // AppConfig's own revert does not go through the planner: the experiments guard runs here.
  const plan = await withExperiments(
    await revertPlan(ctx.versions, alarms, latest, earlier)
  )
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
    // AppConfig's own revert does not go through the planner: its experiments guard holds here
    // too (refuse, or stop the runs first), as planOf ran it.
    const refused = plan === undefined ? undefined : refusalOf(plan)
    if (refused !== undefined)
      return refuse(refused.message, { plan, from, to, path: 'revert' })
    if (plan !== undefined)
      await stopExperimentsFirst(ctx, clients, plan, {
        deadline: deps.now() + timeoutMinutes * 60_000,
        pollMs: settings.pollIntervalSeconds * 1000,
        signal: deps.signal
      })
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

  /** The revert's plan with the experiments guard (check-experiments.ts), as the planner runs it. */
  async function withExperiments(
    plan: Plan | undefined
  ): Promise<Plan | undefined> {
    if (plan === undefined) return undefined
    const experiments = await readExperiments(clients.appconfig, scope)
    const checked = checkExperiments(experiments, plan.changes, settings, {
      environment: env,
      application: target.application.id
    })
    return {
      ...plan,
      guards: [...plan.guards, checked.guard],
      experiments: checked.experiments
    }
  }
}
