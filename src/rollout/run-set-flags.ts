import { createHash } from 'node:crypto'
import { isFiring } from '../alarms/alarm.js'
import type { VersionReader } from '../appconfig/read-deployments.js'
import type { Target } from '../appconfig/target.js'
import type { AwsClients } from '../aws/clients.js'
import { isSameContent } from '../bundle/same-content.js'
import { readSetFlagsContent } from '../content/set-flags-content.js'
import type { Failure } from '../failure.js'
import { runUrl, type GitHubContext } from '../github/context.js'
import { makePlan, refusalOf } from '../plan/make-plan.js'
import type { Plan } from '../plan/plan.js'
import type { FlagSetting, Settings } from '../settings.js'
import {
  ALARM_ROLLS_BACK,
  DISABLED_ACTIONS_DO_NOT_ROLL_BACK,
  REVERT_IGNORES_ALARMS,
  REVERT_WINDOW_HOURS,
  type Incident
} from './incident.js'
import { runRevert } from './revert.js'
import { readRevertHistory } from './revert-history.js'
import type { Rollout } from './rollout.js'
import type { StageDeps } from './rollout-context.js'
import type { RolloutOutcome } from './rollout-outcome.js'
import { runRollout } from './run-rollout.js'

/** What a set-flags run works with; `learned` keeps the plan and the record for a failure. */
export interface SetFlagsContext {
  readonly clients: AwsClients
  readonly target: Target
  readonly versions: VersionReader
  readonly settings: Settings
  readonly setFlags: readonly FlagSetting[]
  readonly deps: StageDeps
  readonly record: (rollout: Rollout) => void
  readonly learned: { plan?: Plan; incident?: Incident }
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
 * set-flags, Content → Plan → Rollout: the lines applied to what the environment runs, diffed,
 * guarded and deployed like a bundle, tagged `source=set-flags`. While a monitored alarm fires
 * a deployment would be rolled back at once ("if one or more CloudWatch alarms go into the ALARM
 * or INSUFFICIENT_DATA state during a deployment, AWS AppConfig automatically rolls back"), so:
 * when the configuration before the latest deployment is exactly the content asked for,
 * AppConfig's revert gives it ("Reverting also ignores alarm monitors"); otherwise the run is
 * refused with what to do. A kill switch AppConfig is about to roll back never succeeds.
 */
export async function runSetFlags(
  ctx: SetFlagsContext
): Promise<SetFlagsOutcome> {
  const { clients, target, versions, settings, deps, learned } = ctx
  const env = target.environment.name
  const read = await readSetFlagsContent(
    clients.appconfig,
    target,
    versions,
    ctx.setFlags
  )
  const lines = ctx.setFlags.map(lineText)
  let incident: Incident = {
    kind: 'set-flags',
    actor: deps.context.actor,
    at: new Date(deps.now()).toISOString(),
    reason: settings.description,
    runUrl: runUrl(deps.context),
    lines,
    from: read.deployed && {
      version: read.deployed.version,
      label: read.deployed.label,
      deploymentNumber: read.deployed.deploymentNumber
    },
    undo:
      read.undo === undefined
        ? `Run mode: revert (within ${REVERT_WINDOW_HOURS} hours of this deployment's completion), or deploy version ${read.deployed?.version ?? '?'} again (configuration-version).`
        : `Run this again with set-flags:\n${read.undo.join('\n')}`
  }
  learned.incident = incident
  if (read.content === undefined || read.deployed === undefined)
    return {
      result: 'failed',
      incident,
      failure: {
        kind: 'input',
        input: 'set-flags',
        message: read.problems.map((p) => p.message).join('\n')
      }
    }
  const content = read.content

  const planned = await makePlan(
    clients,
    target,
    versions,
    settings,
    content.value
  )
  let plan = planned.plan
  learned.plan = plan
  if (planned.deployed?.deploymentNumber !== read.deployed.deploymentNumber)
    return {
      result: 'failed',
      plan,
      incident,
      failure: {
        kind: 'guard',
        message: `What ${env} runs changed while the lines were applied (deployment ${read.deployed.deploymentNumber}, now ${planned.deployed?.deploymentNumber ?? 'none'}); run again to start from what it runs now.`
      }
    }
  for (const guard of plan.guards)
    if (guard.outcome === 'warn') deps.warn(guard.message)

  const firing = plan.alarms.filter(isFiring)
  if (firing.length > 0 && plan.changed) {
    const names = firing.map((a) => a.name || a.arn).join(', ')
    const revert = await revertGivesContent(ctx, content.value)
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
    settings: {
      ...settings,
      description: killSwitchDescription(
        deps.context,
        settings.description,
        lines,
        read.deployed.version
      ),
      versionLabel:
        settings.versionLabel ?? killSwitchLabel(deps.context, content.text)
    },
    content,
    planned,
    deps,
    record: ctx.record,
    source: 'set-flags'
  })
  const rollout = outcome.rollout
  incident = {
    ...incident,
    at: rollout?.startedAt ?? incident.at,
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
  // Baking or started is not a kill switch that holds while an alarm fires: AppConfig rolls it back.
  const firingNow = (rollout?.alarms ?? []).filter(isFiring)
  if (
    (outcome.result === 'baking' || outcome.result === 'started') &&
    firingNow.length > 0
  )
    return {
      ...outcome,
      result: 'failed',
      incident,
      failure: {
        kind: 'rolled-back',
        message: `${firingNow.map((a) => a.name).join(', ')} ${firingNow.length === 1 ? 'fires' : 'fire'} while deployment ${rollout?.deploymentNumber ?? '?'} is ${rollout?.state ?? 'running'}: AppConfig rolls it back ("${ALARM_ROLLS_BACK}"), so the change will not hold.`
      }
    }
  return { ...outcome, incident }
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
  const history = await readRevertHistory(ctx.clients.appconfig, {
    applicationId: target.application.id,
    environmentId: target.environment.id,
    profileId: target.profile.id
  })
  const { active, latest, previous } = history
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

function lineText(setting: FlagSetting): string {
  return setting.kind === 'enabled'
    ? `${setting.flag}=${setting.enabled ? 'on' : 'off'}`
    : `${setting.flag}.${setting.attribute}=${setting.text ?? JSON.stringify(setting.value)}`
}

/** Who, why, what and which run, in the version's and the deployment's description. */
export function killSwitchDescription(
  context: GitHubContext,
  reason: string | undefined,
  lines: readonly string[],
  fromVersion: number
): string {
  const url = runUrl(context)
  const text = [
    `set-flags by ${context.actor ?? 'an unknown actor'}`,
    reason === undefined ? '(no reason given)' : `because: ${reason}`,
    `| ${lines.join(', ')} on version ${fromVersion}`,
    url === undefined ? '' : `| ${url}`
  ]
    .filter(Boolean)
    .join(' ')
  // As typed: the hosted version's header gets its ASCII spelling in writeVersion.
  return text.slice(0, 1024)
}

/** `set-flags-<run>-<hash>`: unique per content, and names the run that made it. */
export function killSwitchLabel(context: GitHubContext, text: string): string {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8)
  const run =
    context.runId === undefined
      ? 'local'
      : `r${context.runId}-${context.runAttempt ?? '1'}`
  return `set-flags-${run}-${hash}`.replace(/[^\x20-\x7e]/g, '?').slice(0, 64)
}
