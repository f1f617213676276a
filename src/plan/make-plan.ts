import { readAlarms } from '../alarms/read-alarms.js'
import {
  readDeployments,
  type ActiveDeployment,
  type DeployedVersion,
  type VersionReader
} from '../appconfig/read-deployments.js'
import { readExperiments } from '../appconfig/read-experiments.js'
import type { Target } from '../appconfig/target.js'
import type { AwsClients } from '../aws/clients.js'
import type { Failure } from '../failure.js'
import type { Settings } from '../settings.js'
import { checkExperiments } from './check-experiments.js'
import { checkAlarms, checkFlagRemoval, checkMonitors } from './check-guards.js'
import { diffBundles } from './diff-bundles.js'
import type { GuardResult, Plan } from './plan.js'

/** The plan and what it was made from: the rollout needs the live state too. */
export interface Planned {
  readonly plan: Plan
  readonly active: ActiveDeployment | undefined
  readonly deployed: DeployedVersion | undefined
  /** The environment's newest deployment number when planned; a start sends it as its lock. */
  readonly latestDeploymentNumber: number | undefined
}

/** The settings the plan reads. */
export type PlanSettings = Pick<
  Settings,
  | 'mode'
  | 'allowFlagRemoval'
  | 'requireAlarms'
  | 'onInProgress'
  | 'onExperiment'
>

/**
 * Target → Plan: reads what the environment runs and the monitored alarms, diffs the content
 * against it and runs the guards. Writes nothing.
 */
export async function makePlan(
  clients: AwsClients,
  target: Target,
  versions: VersionReader,
  settings: PlanSettings,
  content: unknown
): Promise<Planned> {
  const scope = {
    applicationId: target.application.id,
    environmentId: target.environment.id,
    profileId: target.profile.id
  }
  const [deployments, alarms, running] = await Promise.all([
    readDeployments(clients.appconfig, scope, versions),
    target.monitors.length
      ? readAlarms(clients, target.monitors)
      : Promise.resolve([]),
    readExperiments(clients.appconfig, scope)
  ])
  const diff = diffBundles(deployments.deployed?.content, content)
  // Every mode plans here, so the experiments guard holds for bundles, versions and set-flags.
  const experiments = checkExperiments(running, diff.changes, settings, {
    environment: target.environment.name,
    application: target.application.id
  })
  const guards: GuardResult[] = [
    checkFlagRemoval(
      deployments.deployed?.content,
      diff.changes,
      settings.allowFlagRemoval
    ),
    checkMonitors(target.monitors, settings.requireAlarms),
    soften(checkAlarms(alarms), settings.mode === 'plan'),
    checkInProgress(deployments.active, settings, target),
    experiments.guard
  ]
  return {
    active: deployments.active,
    deployed: deployments.deployed,
    latestDeploymentNumber: deployments.latestNumber,
    plan: {
      deployed: deployments.deployed && {
        version: deployments.deployed.version,
        label: deployments.deployed.label,
        deploymentNumber: deployments.deployed.deploymentNumber
      },
      changed: diff.changed,
      changes: diff.changes,
      unchangedCount: diff.unchangedCount,
      guards,
      alarms,
      experiments: experiments.experiments,
      experimentDeployment: deployments.experimentDeployment
    }
  }
}

/** The failure a plan's refusing guards make, if any refuses. */
export function refusalOf(plan: Plan): Failure | undefined {
  const refused = plan.guards.filter((g) => g.outcome === 'refuse')
  if (refused.length === 0) return undefined
  return { kind: 'guard', message: refused.map((g) => g.message).join(' ') }
}

/** A plan is read ahead of time: a firing alarm may clear before the deploy, so it only warns. */
function soften(guard: GuardResult, isPlan: boolean): GuardResult {
  return isPlan && guard.outcome === 'refuse'
    ? { ...guard, outcome: 'warn' }
    : guard
}

/** Another deployment occupying the environment: wait for it, or refuse with on-in-progress: fail. */
function checkInProgress(
  active: ActiveDeployment | undefined,
  settings: PlanSettings,
  target: Target
): GuardResult {
  if (active === undefined) {
    return {
      guard: 'in-progress',
      outcome: 'pass',
      message: `No other deployment is in progress in ${target.environment.name}.`
    }
  }
  const what = `Deployment ${active.deploymentNumber} (${active.state}${active.percentage !== undefined ? `, ${Number(active.percentage.toFixed(2))}%` : ''}${active.managed === true ? ", AppConfig's own for an experiment run" : ''}) is in progress in ${target.environment.name}; AppConfig runs one deployment per environment at a time.`
  // An experiment's MANAGED deployment (a run started or stopped, possibly by this very run's
  // on-experiment: stop) is AppConfig's own switch, not a competing rollout: always waited for.
  if (
    settings.mode === 'deploy' &&
    settings.onInProgress === 'fail' &&
    active.managed !== true
  ) {
    return {
      guard: 'in-progress',
      outcome: 'refuse',
      message: `${what} Refusing because on-in-progress is fail; re-run when it has ended, or set on-in-progress: wait.`
    }
  }
  return {
    guard: 'in-progress',
    outcome: 'warn',
    message: `${what} ${settings.mode === 'deploy' ? 'Waiting for it to end (on-in-progress: wait).' : 'A deploy would wait for it (on-in-progress: wait) or fail (fail).'}`
  }
}
