import type { Content } from '../content/content.js'
import type {
  DeployedVersion,
  PastDeployment,
  SeenVersion
} from '../appconfig/read-history.js'
import type { Alarm } from '../alarms/alarm.js'
import type { RunningExperiment } from '../appconfig/read-experiments.js'
import type { Target } from '../appconfig/target.js'
import type { Failure } from '../failure.js'
import type { Settings } from '../settings.js'
import { checkExperiments } from './check-experiments.js'
import { checkAlarms, checkFlagRemoval, checkMonitors } from './check-guards.js'
import { diffBundles } from './diff-bundles.js'
import type { GuardResult, Plan } from './plan.js'

/** What a plan deploys, as the planner chose it from what runs: the rollout ships exactly this. */
export type PlannedContent = Content

/** The plan and what it was made from: the rollout needs the live state and the content. */
export interface Planned {
  readonly plan: Plan
  readonly content: PlannedContent
  readonly active: PastDeployment | undefined
  readonly deployed: DeployedVersion | undefined
  /** The environment's newest deployment number when planned; a start sends it as its lock. */
  readonly latestDeploymentNumber: number | undefined
  /** The content could not be made from what runs now (set-flags lines that no longer apply). */
  readonly failure?: Failure
  /** Hosted versions of the profile seen deployed here, newest first (read-history.ts). */
  readonly seenVersions?: readonly SeenVersion[]
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

/** What one reading of the environment gave the planner. */
export interface Reading {
  readonly active: PastDeployment | undefined
  readonly latestNumber: number | undefined
  readonly deployed: DeployedVersion | undefined
  readonly alarms: readonly Alarm[]
  /** RUNNING experiment runs on flags of the profile here (read-experiments.ts). */
  readonly experiments?: readonly RunningExperiment[]
  /** The newest deployment of the profile, when AppConfig made it for an experiment (MANAGED). */
  readonly experimentDeployment?: {
    readonly deploymentNumber: number
    readonly state: string
  }
}

/**
 * Reading → Plan: diffs the content against what runs and runs the guards every deployment
 * takes. A revert puts back a configuration the environment ran before, so removing the flags
 * the reverted deployment added is what was asked, not a removal to refuse. Pure.
 */
export function assessPlan(
  reading: Reading,
  target: Target,
  settings: PlanSettings,
  content: PlannedContent
): Planned {
  const { deployed, active, alarms } = reading
  const diff = diffBundles(deployed?.content, content.value)
  // Every mode plans here, so the experiments guard holds for bundles, versions, set-flags, reverts.
  const experiments = checkExperiments(
    reading.experiments ?? [],
    diff.changes,
    settings,
    {
      environment: target.environment.name,
      application: target.application.id
    }
  )
  const guards: GuardResult[] = [
    ...(content.source === 'revert'
      ? []
      : [
          checkFlagRemoval(
            deployed?.content,
            diff.changes,
            settings.allowFlagRemoval
          )
        ]),
    checkMonitors(target.monitors, settings.requireAlarms),
    soften(checkAlarms(alarms), settings.mode === 'plan'),
    checkInProgress(active, settings, target),
    experiments.guard
  ]
  return {
    content,
    active,
    deployed,
    latestDeploymentNumber: reading.latestNumber,
    plan: {
      deployed: deployed && {
        version: deployed.version,
        label: deployed.label,
        deploymentNumber: deployed.deploymentNumber
      },
      changed: diff.changed,
      changes: diff.changes,
      unchangedCount: diff.unchangedCount,
      guards,
      alarms,
      experiments: experiments.experiments,
      experimentDeployment: reading.experimentDeployment
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
  active: PastDeployment | undefined,
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
