import { isFiring } from '../alarms/alarm.js'
import type { VersionReader } from '../appconfig/version-reader.js'
import { deploymentScopeOf, readHistory } from '../appconfig/read-history.js'
import type { Target } from '../appconfig/target.js'
import type { AwsClients } from '../aws/clients.js'
import { isSameContent } from '../bundle/same-content.js'
import { setFlagsChoice } from '../content/set-flags-content.js'
import type { Failure } from '../failure.js'
import { runUrl } from '../github/context.js'
import { refusalOf } from '../plan/make-plan.js'
import type { Plan } from '../plan/plan.js'
import { createPlanner } from '../plan/planner.js'
import type { Rollout } from '../rollout/rollout.js'
import type { StageDeps } from '../rollout/rollout-context.js'
import type { RolloutOutcome } from '../rollout/rollout-outcome.js'
import { runRollout } from '../rollout/run-rollout.js'
import type { FlagSetting, Settings } from '../settings.js'
import {
  ALARM_ROLLS_BACK,
  DISABLED_ACTIONS_DO_NOT_ROLL_BACK,
  experimentNote,
  REVERT_IGNORES_ALARMS,
  REVERT_WINDOW_HOURS,
  type Incident
} from './incident.js'
import { runRevert } from './revert.js'

/** What a set-flags run works with; `learned` keeps the plan and the record for a failure. */
export interface SetFlagsContext {
  readonly clients: AwsClients
  readonly target: Target
  readonly versions: VersionReader
  readonly settings: Settings
  readonly setFlags: readonly FlagSetting[]
  readonly deps: StageDeps & { readonly planned?: (plan: Plan) => void }
  readonly record: (rollout: Rollout) => void
  readonly learned: { plan?: Plan; incident?: Incident }
  /** Rule tests (issue 24) of the patched content: their failure, if a case fails. */
  readonly testContent?: (content: unknown) => Promise<Failure | undefined>
}

/** How a set-flags run ended, with its incident record. */
export type SetFlagsOutcome =
  | (RolloutOutcome & { readonly incident: Incident })
  | {
      readonly result: 'planned'
      readonly plan: Plan
      readonly incident: Incident
      readonly failure?: undefined
      readonly rollout?: undefined
    }
  | {
      readonly result: 'failed'
      readonly plan?: Plan
      readonly rollout?: Rollout
      readonly incident?: Incident
      readonly failure: Failure
    }

/**
 * The kill switch (`set-flags`): it chooses the content, the lines applied to what runs (applied
 * again to what runs after a wait), and hands it to the one planner and rollout like a bundle,
 * tagged `source=set-flags`. While a monitored alarm fires a deployment would be rolled back at
 * once ("if one or more CloudWatch alarms go into the ALARM or INSUFFICIENT_DATA state during a
 * deployment, AWS AppConfig automatically rolls back"), so: when the configuration before the
 * latest deployment is exactly the content asked for, AppConfig's revert gives it ("Reverting
 * also ignores alarm monitors"); otherwise the run is refused with what to do.
 */
export async function runSetFlags(
  ctx: SetFlagsContext
): Promise<SetFlagsOutcome> {
  const { clients, target, versions, settings, deps, learned } = ctx
  const env = target.environment.name
  const choice = setFlagsChoice(target, ctx.setFlags, {
    context: deps.context,
    reason: settings.description,
    versionLabel: settings.versionLabel
  })
  const planner = createPlanner({ target, settings, choice, now: deps.now })
  const planned = await planner(clients, versions)
  const lines = choice.lines
  const first = choice.first()
  let incident: Incident = {
    kind: 'set-flags',
    actor: deps.context.actor,
    at: new Date(deps.now()).toISOString(),
    reason: settings.description,
    runUrl: runUrl(deps.context),
    lines,
    from: first?.deployed && {
      version: first.deployed.version,
      label: first.deployed.label,
      deploymentNumber: first.deployed.deploymentNumber
    },
    undo: undoText(first)
  }
  learned.incident = incident
  if (planned.failure !== undefined)
    return { result: 'failed', incident, failure: planned.failure }
  // Rule tests (issue 24) on the content the kill switch deploys.
  const tested = await ctx.testContent?.(planned.content.value)
  if (tested !== undefined)
    return { result: 'failed', incident, failure: tested }
  let plan = planned.plan
  learned.plan = plan
  incident = { ...incident, experimentNote: experimentNote(plan.experiments) }
  learned.incident = incident
  deps.planned?.(plan)
  for (const guard of plan.guards)
    if (guard.outcome === 'warn') deps.warn(guard.message)

  const firing = plan.alarms.filter(isFiring)
  if (firing.length > 0 && plan.changed) {
    const names = firing.map((a) => a.name || a.arn).join(', ')
    const revert = await revertGivesContent(ctx, planned.content.value)
    const why = `${firing.length === 1 ? 'Alarm' : 'Alarms'} ${names} ${firing.length === 1 ? 'is' : 'are'} firing: AppConfig would roll a deployment of this change back at once ("${ALARM_ROLLS_BACK}"), turning it back.`
    if (revert !== undefined) {
      const via = `${why} Version ${revert.version}, which ${env} ran before deployment ${revert.deploymentNumber}, is exactly the content asked for, and AppConfig's revert of deployment ${revert.deploymentNumber} puts it back without waiting for the alarms ("${REVERT_IGNORES_ALARMS}").`
      incident = { ...incident, alarmNote: via }
      learned.incident = incident
      // The firing alarm refuses a deployment, not a revert: the plan says which path is taken.
      plan = {
        ...plan,
        guards: plan.guards.map((g) =>
          g.guard === 'alarm-firing' && g.outcome === 'refuse'
            ? { ...g, outcome: 'warn', message: `${g.message} ${via}` }
            : g
        )
      }
      learned.plan = plan
      deps.warn(
        settings.mode === 'plan'
          ? `${via} A deploy would revert.`
          : `${via} Reverting.`
      )
      if (settings.mode === 'plan') return { result: 'planned', plan, incident }
      const reverted = await runRevert({ ...ctx, because: via })
      incident = {
        ...reverted.incident,
        ...incident,
        at: reverted.incident.at,
        to: reverted.incident.to,
        path: reverted.incident.path,
        pathReason: reverted.incident.pathReason,
        alarmNote: via
      }
      learned.incident = incident
      // The environment runs exactly the content asked for: the kill switch is complete.
      if (reverted.result === 'reverted')
        return {
          result: 'complete',
          plan,
          rollout: reverted.rollout as Rollout,
          incident
        }
      return {
        result: 'failed',
        plan,
        rollout: reverted.rollout,
        incident,
        failure: reverted.failure ?? {
          kind: 'guard',
          message: `The revert ended as ${reverted.result}.`
        }
      }
    }
    const refusal = `${why} No revert gives exactly this content, so nothing was deployed. To turn it off now: disable the alarm's actions (aws cloudwatch disable-alarm-actions --alarm-names ${firing.map((a) => a.name).join(' ')}; "${DISABLED_ACTIONS_DO_NOT_ROLL_BACK}"), run this again, then enable them; or run mode: revert to go back to the configuration before ${env}'s latest deployment.`
    incident = { ...incident, alarmNote: refusal }
    learned.incident = incident
    if (settings.mode === 'plan') {
      deps.warn(refusal)
      return { result: 'planned', plan, incident }
    }
    return {
      result: 'failed',
      plan,
      incident,
      failure: { kind: 'guard', message: refusal }
    }
  }
  const refused = refusalOf(plan)
  if (refused !== undefined)
    return { result: 'failed', plan, incident, failure: refused }
  if (settings.mode === 'plan') return { result: 'planned', plan, incident }

  const outcome = await runRollout({
    clients,
    target,
    versions,
    settings,
    planned,
    plan: planner,
    deps,
    record: ctx.record
  })
  const rollout = outcome.rollout
  // The lines went onto what ran when the deployment started (after a wait, another version).
  const latest = choice.latest()
  incident = {
    ...incident,
    experimentNote:
      experimentNote(outcome.plan?.experiments) ?? incident.experimentNote,
    at: rollout?.startedAt ?? incident.at,
    from: latest?.deployed && {
      version: latest.deployed.version,
      label: latest.deployed.label,
      deploymentNumber: latest.deployed.deploymentNumber
    },
    undo: undoText(latest),
    to:
      rollout?.version === undefined
        ? undefined
        : {
            version: rollout.version.number,
            label: rollout.version.label,
            deploymentNumber: rollout.deploymentNumber
          },
    path: rollout?.deploymentNumber === undefined ? undefined : 'deployment',
    alarmNote:
      target.monitors.length === 0
        ? 'The environment has no alarm monitors: AppConfig cannot roll this back on its own.'
        : `The deployment is watched by the alarm monitors like any other: "${ALARM_ROLLS_BACK}".`
  }
  learned.incident = incident
  return { ...outcome, incident }
}

/** How to undo the lines: the lines that restore the values, or the version to deploy again. */
function undoText(
  applied: ReturnType<ReturnType<typeof setFlagsChoice>['latest']>
): string {
  return applied?.undo === undefined
    ? `Run mode: revert (within ${REVERT_WINDOW_HOURS} hours of this deployment's completion), or deploy version ${applied?.deployed?.version ?? '?'} again (configuration-version).`
    : `Run this again with set-flags:\n${applied.undo.join('\n')}`
}

/**
 * The earlier configuration a revert would give, when it is exactly `content`: no deployment in
 * progress, the latest completed deployment inside AppConfig's window (by our clock; AppConfig
 * has the last word), the one before it holding the same flags and values.
 */
async function revertGivesContent(
  ctx: SetFlagsContext,
  content: unknown
): Promise<{ deploymentNumber: number; version: number } | undefined> {
  const { target } = ctx
  const history = await readHistory(
    ctx.clients.appconfig,
    deploymentScopeOf(target),
    { previous: true }
  )
  const { active, live: latest, previous } = history
  if (
    active !== undefined ||
    latest === undefined ||
    previous?.version === undefined ||
    latest.completedAt === undefined ||
    ctx.deps.now() - latest.completedAt.getTime() >=
      REVERT_WINDOW_HOURS * 3_600_000
  )
    return undefined
  const earlier = await ctx.versions.read(previous.version)
  return isSameContent(earlier.content, content)
    ? { deploymentNumber: latest.deploymentNumber, version: previous.version }
    : undefined
}
