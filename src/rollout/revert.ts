import { boundAfterEnd, STOP_BOUND_MS } from './rollout-signals.js'
import { StopDeploymentCommand } from '@aws-sdk/client-appconfig'
import type { Deployment } from '@aws-sdk/client-appconfig'
import { isFiring, type Alarm } from '../alarms/alarm.js'
import { readAlarms } from '../alarms/read-alarms.js'
import {
  eventsOf,
  findRollbackCause,
  rollbackReason,
  type RollbackCause
} from '../appconfig/deployment-events.js'
import type { VersionReader } from '../appconfig/read-deployments.js'
import {
  startDeployment,
  stopDeployment
} from '../appconfig/start-deployment.js'
import type { Target } from '../appconfig/target.js'
import { awsStep, describeAwsError, isAwsError } from '../aws/aws-error.js'
import type { AwsClients } from '../aws/clients.js'
import { requiredField } from '../aws/required-field.js'
import type { Failure } from '../failure.js'
import { runUrl } from '../github/context.js'
import { diffBundles } from '../plan/diff-bundles.js'
import type { Plan } from '../plan/plan.js'
import type { Settings } from '../settings.js'
import {
  ALARM_ROLLS_BACK,
  DISABLED_ACTIONS_DO_NOT_ROLL_BACK,
  REVERT_IGNORES_ALARMS,
  REVERT_WINDOW_HOURS,
  REVERT_WINDOW_QUOTE,
  type Incident,
  type IncidentPath
} from './incident.js'
import { readRevertHistory, type PastDeployment } from './revert-history.js'
import type { Rollout } from './rollout.js'
import { scopeOf, type StageDeps } from './rollout-context.js'
import { minutesText, waitForEnvironment } from './wait-for-environment.js'
import { watchDeps } from './watch-deps.js'
import { watchDeployment } from './watch-deployment.js'

/** What a revert works with. */
export interface RevertContext {
  readonly clients: AwsClients
  readonly target: Target
  readonly versions: VersionReader
  readonly settings: Pick<
    Settings,
    | 'description'
    | 'tags'
    | 'kmsKeyIdentifier'
    | 'timeoutMinutes'
    | 'pollIntervalSeconds'
    | 'waitUntil'
    | 'onInProgress'
    | 'onTimeout'
    | 'onCancel'
  >
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
 * completed deployment of the profile. A deployment of the profile still in progress is
 * stopped (AppConfig rolls it back). Otherwise AppConfig's own revert (StopDeployment with
 * AllowRevert) while its 72-hour window allows, which ignores alarm monitors; past it, a new
 * deployment of that earlier version with the deployment strategy, which a firing alarm would
 * roll back at once, so it is refused then, with what to do.
 */
export async function runRevert(ctx: RevertContext): Promise<RevertOutcome> {
  const { clients, target, settings, deps } = ctx
  const scope = { ...scopeOf(target), profileId: target.profile.id }
  const timeoutMinutes =
    settings.timeoutMinutes ??
    target.strategy.durationMinutes + target.strategy.finalBakeMinutes + 5
  const deadline = deps.now() + timeoutMinutes * 60_000
  const pollMs = settings.pollIntervalSeconds * 1000
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

  const [firstHistory, alarms] = await Promise.all([
    readRevertHistory(clients.appconfig, scope),
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
      deadline,
      pollMs
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
    history = await readRevertHistory(clients.appconfig, scope)
  }

  const { active, latest, previous } = history
  if (active !== undefined && active.profileId === target.profile.id)
    return stopInProgress(active, latest)
  if (latest === undefined)
    return refuse(
      `Nothing to revert: ${profile} has no completed deployment in ${env}.`
    )
  if (previous === undefined || previous.version === undefined)
    return refuse(
      `Nothing to revert to: deployment ${latest.deploymentNumber} (version ${latest.version ?? '?'}) is the first completed deployment of ${profile} in ${env}, so there is no earlier configuration to go back to.`
    )
  const plan = await planOf(latest, previous)
  const from = running(latest)
  const to = running(previous)
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
      const reverted = await revertDeployment(latest.deploymentNumber)
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
  return deployVersion(previous, latest, plan, pathReason)

  async function stopInProgress(
    running: PastDeployment,
    servedBefore: PastDeployment | undefined
  ): Promise<RevertOutcome> {
    const plan =
      servedBefore === undefined
        ? undefined
        : await planOf(running, servedBefore)
    const stopped = await stopDeployment(
      clients.appconfig,
      scopeOf(target),
      running.deploymentNumber,
      boundAfterEnd(STOP_BOUND_MS)
    )
    deps.log(
      `Stopped deployment ${running.deploymentNumber} (${running.state}): AppConfig rolls it back.`
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
      deploymentNumber: running.deploymentNumber,
      state: stopped.State,
      events: eventsOf(stopped),
      alarms,
      triggeredAlarms: [],
      stopped: true
    })
    const record = {
      from: runningOrUndefined(running),
      to: servedBefore && runningOrUndefined(servedBefore),
      path: 'stop' as IncidentPath,
      pathReason: `Deployment ${running.deploymentNumber} of ${profile} was still ${running.state}: stopping it makes AppConfig roll it back to ${servedBefore?.version === undefined ? 'what ran before it' : `version ${servedBefore.version}`} (AppConfig: "If StopDeployment is called on an in-progress deployment, the resulting deployment state will be ROLLED_BACK").`,
      alarmNote:
        'A rollback is what a firing alarm would make AppConfig do; the alarms do not hold it up.',
      undo:
        running.version === undefined
          ? undefined
          : `Deploy version ${running.version} again (configuration-version: ${running.version}).`
    }
    const watched = await watch(running.deploymentNumber, 'complete')
    const last = watched.deployment ?? stopped
    const final = recorded({
      ...rollout,
      state: last.State,
      percentage: last.PercentageComplete,
      events: eventsOf(last),
      rollbackReason: rollbackReason(eventsOf(last), [])
    })
    if (watched.outcome === 'rolled-back')
      return {
        result: 'reverted',
        plan,
        rollout: final,
        incident: incident(record)
      }
    return {
      result: watched.outcome === 'cancelled' ? 'cancelled' : 'timed-out',
      plan,
      rollout: final,
      incident: incident(record),
      failure: {
        kind: watched.outcome === 'cancelled' ? 'cancelled' : 'timed-out',
        message: `Deployment ${running.deploymentNumber} was stopped, but it had not finished rolling back (last state ${last.State ?? 'unknown'}) when the run ended; AppConfig completes the rollback on its own.`
      }
    }
  }

  async function deployVersion(
    earlier: PastDeployment,
    current: PastDeployment,
    plan: Plan | undefined,
    reason: string
  ): Promise<RevertOutcome> {
    const version = earlier.version as number
    const from = running(current)
    const to = running(earlier)
    const description = (
      settings.description ??
      `Revert of deployment ${current.deploymentNumber} by AppConfig Guarded Rollout${deps.context.actor ? ` for ${deps.context.actor}` : ''}${base.runUrl ? ` (${base.runUrl})` : ''}`
    ).slice(0, 1024)
    let started: Deployment
    try {
      started = await startDeployment(
        clients.appconfig,
        {
          ...scopeOf(target),
          profileId: target.profile.id,
          strategyId: target.strategy.id,
          version,
          description,
          tags: settings.tags,
          kmsKeyIdentifier: settings.kmsKeyIdentifier,
          // A revert deploys whatever ran before; it must not wait on another run's plan.
          latestDeploymentNumber: undefined,
          source: 'revert'
        },
        deps.signal
      )
    } catch (error) {
      throw describeAwsError(
        error,
        'Starting the deployment of the earlier version',
        'appconfig:StartDeployment'
      )
    }
    const number = requiredField(
      started.DeploymentNumber,
      'DeploymentNumber',
      'appconfig:StartDeployment'
    )
    deps.log(
      `Started deployment ${number} of version ${version} to ${env} with ${target.strategy.name}.`
    )
    const rollout = recorded({
      version: { number: version, label: earlier.label, reused: true },
      deploymentNumber: number,
      state: started.State,
      startedAt: started.StartedAt?.toISOString(),
      events: eventsOf(started),
      alarms,
      triggeredAlarms: []
    })
    const record: Partial<Incident> = {
      from,
      to: { ...to, deploymentNumber: number },
      path: 'deployment',
      pathReason: reason,
      alarmNote: `The new deployment is watched by the alarm monitors like any other: "${ALARM_ROLLS_BACK}".`,
      undo: `Deploy version ${from.version} again (configuration-version: ${from.version}), or revert deployment ${number} within ${REVERT_WINDOW_HOURS} hours of its completion.`
    }
    const watched = await watch(number, settings.waitUntil)
    const last = watched.deployment ?? started
    const events = eventsOf(last)
    const firing = watched.alarms.filter(isFiring)
    const final = recorded({
      ...rollout,
      state: last.State,
      percentage: last.PercentageComplete,
      endedAt: last.CompletedAt?.toISOString(),
      events,
      alarms: watched.alarms.length ? watched.alarms : alarms,
      triggeredAlarms: watched.triggeredAlarms,
      rollbackReason: rollbackReason(
        events,
        firing.map((a) => a.name)
      )
    })
    switch (watched.outcome) {
      case 'complete':
        return {
          result: 'reverted',
          plan,
          rollout: final,
          incident: incident(record)
        }
      case 'baking':
      case 'started':
        // Not back yet while an alarm fires: AppConfig is about to roll it back.
        if (firing.length > 0)
          return {
            result: 'failed',
            plan,
            rollout: final,
            incident: incident(record),
            failure: {
              kind: 'rolled-back',
              message: `${names(firing)} fires while deployment ${number} is ${last.State ?? 'running'}; AppConfig rolls it back ("${ALARM_ROLLS_BACK}"), so ${env} stays on version ${from.version}.`
            }
          }
        return {
          result: watched.outcome,
          plan,
          rollout: final,
          incident: incident(record)
        }
      case 'rolled-back':
      case 'reverted':
        return {
          result: 'rolled-back',
          plan,
          rollout: {
            ...final,
            cause: findRollbackCause(events, {
              triggeredAlarms: final.triggeredAlarms,
              knownAlarms: target.monitors,
              stopped: false,
              percentage: final.percentage
            })
          },
          incident: incident(record),
          failure: {
            kind: 'rolled-back',
            message: `Deployment ${number} of version ${version} was rolled back (${final.rollbackReason ?? 'no reason in the event log'}); ${env} still runs version ${from.version}.`
          }
        }
      default: {
        const stop =
          (watched.outcome === 'timed-out' && settings.onTimeout === 'stop') ||
          (watched.outcome === 'cancelled' && settings.onCancel === 'stop')
        if (stop)
          // After a cancel or a timeout: bounded to fit the runner's kill window.
          await stopDeployment(
            clients.appconfig,
            scopeOf(target),
            number,
            boundAfterEnd(STOP_BOUND_MS)
          )
        return {
          result: watched.outcome,
          plan,
          rollout: recorded({ ...final, stopped: stop }),
          incident: incident(record),
          failure: {
            kind: watched.outcome,
            message: `Deployment ${number} of version ${version} did not finish within ${minutesText(timeoutMinutes)}${watched.outcome === 'cancelled' ? ' (the workflow was cancelled)' : ''}; ${stop ? 'it was stopped and AppConfig rolls it back' : 'it was left running'}.`
          }
        }
      }
    }
  }

  function watch(
    deploymentNumber: number,
    waitUntil: Settings['waitUntil']
  ): ReturnType<typeof watchDeployment> {
    return watchDeployment(watchDeps(clients, target, deploymentNumber, deps), {
      deploymentNumber,
      waitUntil,
      deadline,
      pollMs,
      initialAlarms: alarms
    })
  }

  function revertDeployment(deploymentNumber: number): Promise<Deployment> {
    return awsStep(
      `Reverting deployment ${deploymentNumber}`,
      'appconfig:StopDeployment',
      () =>
        clients.appconfig.send(
          new StopDeploymentCommand({
            ApplicationId: target.application.id,
            EnvironmentId: target.environment.id,
            DeploymentNumber: deploymentNumber,
            AllowRevert: true
          })
        )
    )
  }

  /** The plan of a revert: what going from `current` back to `earlier` changes, flag by flag. */
  async function planOf(
    current: PastDeployment,
    earlier: PastDeployment
  ): Promise<Plan | undefined> {
    if (current.version === undefined || earlier.version === undefined)
      return undefined
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

  function recorded(rollout: Rollout): Rollout {
    ctx.record(rollout)
    return rollout
  }

  function refuse(
    message: string,
    more: Partial<Incident> & { plan?: Plan } = {}
  ): RevertOutcome {
    const { plan, ...record } = more
    return {
      result: 'failed',
      plan,
      incident: incident(record),
      failure: { kind: 'guard', message }
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
