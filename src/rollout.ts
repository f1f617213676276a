import { GetDeploymentCommand } from '@aws-sdk/client-appconfig'
import type { Deployment } from '@aws-sdk/client-appconfig'
import { isFiring, readAlarms } from './alarms/read-alarms.js'
import {
  AwsStepError,
  awsStep,
  describeAwsError,
  isAwsError,
  isTransient
} from './appconfig/aws-error.js'
import {
  createClients,
  resolveRegion,
  type AwsClients
} from './appconfig/clients.js'
import { isInProgress } from './appconfig/deployment-states.js'
import {
  defaultDescription,
  defaultVersionLabel
} from './appconfig/provenance.js'
import {
  readDeployments,
  VersionReader,
  type ActiveDeployment,
  type DeployedVersion
} from './appconfig/read-deployments.js'
import {
  resolveTarget,
  type ResolvedTarget
} from './appconfig/resolve-target.js'
import {
  startDeployment,
  stopDeployment
} from './appconfig/start-deployment.js'
import {
  MAX_FAILED_TICKS,
  watchDeployment,
  type WatchResult
} from './appconfig/watch-deployment.js'
import { writeVersion, type WrittenVersion } from './appconfig/write-version.js'
import type { ValidatedBundle } from './bundle/validate-bundle.js'
import { formatNumber } from './format.js'
import type { GitHubContext } from './github.js'
import {
  checkAlarms,
  checkFlagRemoval,
  checkMonitors
} from './plan/check-guards.js'
import { diffBundles } from './plan/diff-bundles.js'
import type { PipelineReport } from './pipeline.js'
import type {
  AlarmReport,
  BundleReport,
  Failure,
  GuardResult,
  PlanReport,
  RolloutReport,
  TimelineEvent
} from './report/report.js'
import type { Settings } from './settings.js'

/** What the rollout takes from outside: injected, so tests control time, AWS and signals. */
export interface RolloutDeps {
  readonly env: NodeJS.ProcessEnv
  readonly context: GitHubContext
  readonly now: () => number
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>
  readonly log: (line: string) => void
  readonly warn: (line: string) => void
  /** Aborts on SIGINT/SIGTERM: the workflow was cancelled. */
  readonly signal: AbortSignal
  readonly createClients?: (region: string) => Promise<AwsClients>
}

interface Planned {
  readonly plan: PlanReport
  readonly active: ActiveDeployment | undefined
  readonly deployed: DeployedVersion | undefined
}

/**
 * `plan` and `deploy`: Target → Plan (→ Rollout). A refused guard, a rollback, a timeout or a
 * cancel is a result in the report, not an exception. AWS errors after the target is resolved
 * become the report's failure here, so the target and the plan stay in the summary.
 */
export async function runRollout(
  settings: Settings,
  validated: ValidatedBundle,
  bundle: BundleReport,
  deps: RolloutDeps
): Promise<PipelineReport> {
  const base = { mode: settings.mode, bundle }
  const clients = await (deps.createClients ?? createClients)(
    resolveRegion(settings.region, deps.env)
  )
  const target = await resolveTarget(clients, settings)
  const withTarget = { ...base, target }
  const versions = new VersionReader(
    clients.appconfig,
    target.application.id,
    target.profile.id
  )
  let planned: Planned
  try {
    planned = await makePlan(
      clients,
      target,
      versions,
      settings,
      validated.value
    )
  } catch (error) {
    return { ...withTarget, result: 'failed', failure: awsFailure(error) }
  }
  for (const guard of planned.plan.guards)
    if (guard.outcome === 'warn') deps.warn(guard.message)
  const report = { ...withTarget, plan: planned.plan }
  const refused = guardFailure(planned.plan)
  if (refused !== undefined) {
    return { ...report, result: 'failed', failure: refused }
  }
  if (settings.mode === 'plan') return { ...report, result: 'planned' }
  try {
    return await deploy(
      clients,
      target,
      versions,
      settings,
      validated,
      planned,
      report,
      deps
    )
  } catch (error) {
    // Steps that fail before a deployment starts (waiting for another one, say) keep the plan.
    return { ...report, result: 'failed', failure: awsFailure(error) }
  }
}

/** Reads what is deployed and the alarms, diffs, and runs the guards. Writes nothing. */
async function makePlan(
  clients: AwsClients,
  target: ResolvedTarget,
  versions: VersionReader,
  settings: Settings,
  bundle: unknown
): Promise<Planned> {
  const scope = {
    applicationId: target.application.id,
    environmentId: target.environment.id,
    profileId: target.profile.id
  }
  const [deployments, alarms] = await Promise.all([
    readDeployments(clients.appconfig, scope, versions),
    target.monitors.length
      ? readAlarms(clients, target.monitors)
      : Promise.resolve([])
  ])
  const diff = diffBundles(deployments.deployed?.content, bundle)
  const guards: GuardResult[] = [
    checkFlagRemoval(
      deployments.deployed?.content,
      diff.changes,
      settings.allowFlagRemoval
    ),
    checkMonitors(target.monitors, settings.requireAlarms),
    soften(checkAlarms(alarms), settings.mode === 'plan'),
    inProgressGuard(deployments.active, settings, target)
  ]
  return {
    active: deployments.active,
    deployed: deployments.deployed,
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
      alarms
    }
  }
}

/** A plan is read ahead of time: a firing alarm may clear before the deploy, so it only warns. */
function soften(guard: GuardResult, isPlan: boolean): GuardResult {
  return isPlan && guard.outcome === 'refuse'
    ? { ...guard, outcome: 'warn' }
    : guard
}

function inProgressGuard(
  active: ActiveDeployment | undefined,
  settings: Settings,
  target: ResolvedTarget
): GuardResult {
  if (active === undefined) {
    return {
      guard: 'in-progress',
      outcome: 'pass',
      message: `No other deployment is in progress in ${target.environment.name}.`
    }
  }
  const what = `Deployment ${active.deploymentNumber} (${active.state}${active.percentage !== undefined ? `, ${Number(active.percentage.toFixed(2))}%` : ''}) is in progress in ${target.environment.name}; AppConfig runs one deployment per environment at a time.`
  if (settings.mode === 'deploy' && settings.onInProgress === 'fail') {
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

type Base = Omit<PipelineReport, 'result'>

async function deploy(
  clients: AwsClients,
  target: ResolvedTarget,
  versions: VersionReader,
  settings: Settings,
  validated: ValidatedBundle,
  planned: Planned,
  report: Base & { plan: PlanReport },
  deps: RolloutDeps
): Promise<PipelineReport> {
  const scope = {
    applicationId: target.application.id,
    environmentId: target.environment.id
  }
  const timeoutMinutes =
    settings.timeoutMinutes ??
    target.strategy.durationMinutes + target.strategy.finalBakeMinutes + 5
  const deadline = deps.now() + timeoutMinutes * 60_000
  const pollMs = settings.pollIntervalSeconds * 1000
  let current = planned
  let plan = report.plan

  if (current.active !== undefined) {
    const waited = await waitForEnvironment(
      clients,
      scope,
      current.active.deploymentNumber,
      deadline,
      pollMs,
      deps
    )
    if (waited !== 'ended')
      return {
        ...report,
        result: waited,
        failure: waitFailure(waited, current.active, timeoutMinutes)
      }
    // The other deployment may have changed what is live, or tripped an alarm: plan again.
    try {
      current = await makePlan(
        clients,
        target,
        versions,
        settings,
        validated.value
      )
    } catch (error) {
      return { ...report, result: 'failed', failure: awsFailure(error) }
    }
    plan = current.plan
    const refused = guardFailure(plan)
    if (refused !== undefined) {
      return { ...report, plan, result: 'failed', failure: refused }
    }
  }
  const planReport = { ...report, plan }
  if (!plan.changed) {
    deps.log(
      `The bundle matches what ${target.environment.name} runs (version ${current.deployed?.version ?? '?'}): nothing to deploy.`
    )
    return { ...planReport, result: 'unchanged' }
  }
  if (deps.signal.aborted)
    return {
      ...planReport,
      result: 'cancelled',
      failure: cancelledBeforeStart()
    }

  const description = settings.description ?? defaultDescription(deps.context)
  let version: WrittenVersion
  try {
    version = await writeVersion(clients.appconfig, versions, {
      applicationId: target.application.id,
      profileId: target.profile.id,
      content: validated.content!,
      label:
        settings.versionLabel ??
        defaultVersionLabel(deps.context, validated.content!),
      description
    })
  } catch (error) {
    return { ...planReport, result: 'failed', failure: awsFailure(error) }
  }
  deps.log(
    version.reused
      ? `Reusing hosted version ${version.number} (${version.label ?? 'no label'}): it already holds this bundle.`
      : `Created hosted version ${version.number} (${version.label ?? 'no label'}).`
  )
  const rolloutBase: RolloutReport = {
    version,
    events: [],
    alarms: plan.alarms,
    triggeredAlarms: []
  }

  let started: Deployment
  for (;;) {
    if (deps.signal.aborted)
      return {
        ...planReport,
        rollout: rolloutBase,
        result: 'cancelled',
        failure: cancelledBeforeStart()
      }
    try {
      started = await startDeployment(clients.appconfig, {
        ...scope,
        profileId: target.profile.id,
        strategyId: target.strategy.id,
        version: version.number,
        description,
        tags: settings.tags,
        kmsKeyIdentifier: settings.kmsKeyIdentifier
      })
      break
    } catch (error) {
      if (!isAwsError(error, 'ConflictException')) {
        return {
          ...planReport,
          rollout: rolloutBase,
          result: 'failed',
          failure: awsFailure(
            describeAwsError(
              error,
              'Starting the deployment',
              'appconfig:StartDeployment'
            )
          )
        }
      }
      // Another deployment started between the plan and now.
      const active = await findActive(clients, target, versions)
      if (settings.onInProgress === 'fail' || active === undefined) {
        return {
          ...planReport,
          rollout: rolloutBase,
          result: 'failed',
          failure: {
            kind: 'guard',
            message: `Another deployment is in progress in ${target.environment.name} (StartDeployment answered ConflictException${active ? `: deployment ${active.deploymentNumber}, ${active.state}` : ''}). ${settings.onInProgress === 'fail' ? 'on-in-progress is fail.' : 'Re-run when it has ended.'}`
          }
        }
      }
      deps.warn(
        `Deployment ${active.deploymentNumber} started in ${target.environment.name} just before ours; waiting for it to end (on-in-progress: wait).`
      )
      const waited = await waitForEnvironment(
        clients,
        scope,
        active.deploymentNumber,
        deadline,
        pollMs,
        deps
      )
      if (waited !== 'ended')
        return {
          ...planReport,
          rollout: rolloutBase,
          result: waited,
          failure: waitFailure(waited, active, timeoutMinutes)
        }
    }
  }

  const deploymentNumber = started.DeploymentNumber ?? 0
  deps.log(
    `Started deployment ${deploymentNumber} of version ${version.number} to ${target.environment.name} with ${target.strategy.name}.`
  )
  let watched: WatchResult
  try {
    watched = await watchDeployment(
      {
        getDeployment: (signal) =>
          awsStep('Watching the deployment', 'appconfig:GetDeployment', () =>
            clients.appconfig.send(
              new GetDeploymentCommand({
                ApplicationId: scope.applicationId,
                EnvironmentId: scope.environmentId,
                DeploymentNumber: deploymentNumber
              }),
              { abortSignal: signal }
            )
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
        deadline,
        pollMs,
        initialAlarms: plan.alarms
      }
    )
  } catch (error) {
    // The watch itself failed (not the deployment): leave it running, say so.
    return {
      ...planReport,
      rollout: toRollout(rolloutBase, deploymentNumber, started, [], []),
      result: 'failed',
      failure: awsFailure(
        error,
        ` Deployment ${deploymentNumber} was left running; check it in the AppConfig console.`
      )
    }
  }

  let last = watched.deployment ?? started
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
  const rollout = {
    ...toRollout(
      rolloutBase,
      deploymentNumber,
      last,
      watched.alarms,
      watched.triggeredAlarms
    ),
    stopped
  }
  const withRollout = { ...planReport, rollout }
  switch (outcome) {
    case 'complete':
    case 'baking':
    case 'started':
      return { ...withRollout, result: outcome }
    case 'rolled-back':
      return {
        ...withRollout,
        result: 'rolled-back',
        failure: {
          kind: 'rolled-back',
          message: `AppConfig rolled back deployment ${deploymentNumber}: ${rollout.rollbackReason ?? 'no reason in the event log'}`
        }
      }
    case 'reverted':
      return {
        ...withRollout,
        result: 'reverted',
        failure: {
          kind: 'reverted',
          message: `Deployment ${deploymentNumber} was reverted: ${rollout.rollbackReason ?? 'no reason in the event log'}`
        }
      }
    case 'timed-out':
      return {
        ...withRollout,
        result: 'timed-out',
        failure: {
          kind: 'timed-out',
          message: `Deployment ${deploymentNumber} did not finish within ${minutesText(timeoutMinutes)} (last state ${last.State ?? 'unknown'}${last.PercentageComplete !== undefined ? `, ${Number(last.PercentageComplete.toFixed(2))}%` : ''}). ${stopped ? 'It was stopped and AppConfig rolls it back.' : settings.onTimeout === 'stop' ? 'Stopping it failed; it is still running.' : 'It was left running (on-timeout: leave).'}`
        }
      }
    case 'cancelled':
      return {
        ...withRollout,
        result: 'cancelled',
        failure: {
          kind: 'cancelled',
          message: `The workflow was cancelled during deployment ${deploymentNumber}. ${stopped ? 'The deployment was stopped and AppConfig rolls it back.' : settings.onCancel === 'stop' ? 'Stopping it failed; it is still running.' : 'It was left running (on-cancel: leave).'}`
        }
      }
  }
}

async function findActive(
  clients: AwsClients,
  target: ResolvedTarget,
  versions: VersionReader
): Promise<ActiveDeployment | undefined> {
  const deployments = await readDeployments(
    clients.appconfig,
    {
      applicationId: target.application.id,
      environmentId: target.environment.id,
      profileId: target.profile.id
    },
    versions
  )
  return deployments.active
}

/** Polls another deployment until it ends (or the deadline, or a cancel). */
async function waitForEnvironment(
  clients: AwsClients,
  scope: { applicationId: string; environmentId: string },
  deploymentNumber: number,
  deadline: number,
  pollMs: number,
  deps: RolloutDeps
): Promise<'ended' | 'timed-out' | 'cancelled'> {
  let lastState = ''
  let failedTicks = 0
  for (;;) {
    if (deps.signal.aborted) return 'cancelled'
    let deployment: Deployment | undefined
    try {
      deployment = await awsStep(
        'Waiting for the deployment in progress',
        'appconfig:GetDeployment',
        () =>
          clients.appconfig.send(
            new GetDeploymentCommand({
              ApplicationId: scope.applicationId,
              EnvironmentId: scope.environmentId,
              DeploymentNumber: deploymentNumber
            }),
            { abortSignal: deps.signal }
          )
      )
      failedTicks = 0
    } catch (error) {
      if (deps.signal.aborted) return 'cancelled'
      // Like the watch: a poll that fails transiently is tried again at the next one.
      if (!isTransient(error) || ++failedTicks >= MAX_FAILED_TICKS) throw error
      deps.warn(
        `${error instanceof Error ? error.message : String(error)} Trying again (${failedTicks}/${MAX_FAILED_TICKS}).`
      )
    }
    if (deployment !== undefined && !isInProgress(deployment.State)) {
      deps.log(
        `Deployment ${deploymentNumber} ended: ${deployment.State ?? 'unknown'}.`
      )
      return 'ended'
    }
    if (deployment !== undefined && deployment.State !== lastState) {
      deps.log(
        `Waiting for deployment ${deploymentNumber}: ${deployment.State ?? ''}`
      )
      lastState = deployment.State ?? ''
    }
    const remaining = deadline - deps.now()
    if (remaining <= 0) return 'timed-out'
    try {
      await deps.sleep(Math.min(pollMs, remaining), deps.signal)
    } catch {
      // cancelled: checked at the top of the loop
    }
  }
}

function waitFailure(
  outcome: 'timed-out' | 'cancelled',
  active: ActiveDeployment,
  minutes: number
): Failure {
  return outcome === 'cancelled'
    ? {
        kind: 'cancelled',
        message: `The workflow was cancelled while waiting for deployment ${active.deploymentNumber}; nothing was deployed.`
      }
    : {
        kind: 'timed-out',
        message: `Deployment ${active.deploymentNumber} was still in progress after ${minutesText(minutes)}; nothing was deployed. Re-run later or raise timeout-minutes.`
      }
}

/** "1 minute", "2.5 minutes", "0.01 minutes". */
function minutesText(minutes: number): string {
  return `${formatNumber(minutes, 2)} minute${minutes === 1 ? '' : 's'}`
}

/** The failure a plan's refusing guards make, if any refuses. */
function guardFailure(plan: PlanReport): Failure | undefined {
  const refused = plan.guards.filter((g) => g.outcome === 'refuse')
  if (refused.length === 0) return undefined
  return { kind: 'guard', message: refused.map((g) => g.message).join(' ') }
}

function cancelledBeforeStart(): Failure {
  return {
    kind: 'cancelled',
    message:
      'The workflow was cancelled before the deployment started; nothing was deployed.'
  }
}

/** The failure for an error from AWS (or any error inside the rollout). */
function awsFailure(error: unknown, suffix = ''): Failure {
  if (error instanceof AwsStepError) {
    return {
      kind: 'aws',
      message: `${error.message}${suffix}`,
      step: error.step,
      errorName: error.errorName,
      iamAction: error.iamAction
    }
  }
  return {
    kind: 'aws',
    message: `${error instanceof Error ? error.message : String(error)}${suffix}`
  }
}

function toRollout(
  base: RolloutReport,
  deploymentNumber: number,
  deployment: Deployment,
  alarms: readonly AlarmReport[],
  triggered: readonly string[]
): RolloutReport {
  const events: TimelineEvent[] = [...(deployment.EventLog ?? [])]
    .reverse()
    .map((e) => ({
      at: e.OccurredAt?.toISOString() ?? '',
      type: e.EventType ?? '',
      triggeredBy: e.TriggeredBy,
      description: e.Description
    }))
  const rollback = [...events]
    .reverse()
    .find((e) => e.type === 'ROLLBACK_STARTED' || e.type === 'REVERT_COMPLETED')
  const firing = alarms.filter(isFiring).map((a) => a.name)
  return {
    ...base,
    deploymentNumber,
    state: deployment.State,
    percentage: deployment.PercentageComplete,
    startedAt: deployment.StartedAt?.toISOString(),
    endedAt: deployment.CompletedAt?.toISOString(),
    events,
    alarms: alarms.length ? alarms : base.alarms,
    triggeredAlarms: triggered,
    rollbackReason: rollback
      ? `${rollback.description ?? rollback.type}${rollback.triggeredBy ? ` (triggered by ${rollback.triggeredBy}${rollback.triggeredBy === 'CLOUDWATCH_ALARM' && firing.length ? `: ${firing.join(', ')}` : ''})` : ''}`
      : undefined
  }
}
