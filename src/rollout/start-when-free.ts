import type { Deployment } from '@aws-sdk/client-appconfig'
import {
  defaultDescription,
  defaultVersionLabel
} from '../appconfig/provenance.js'
import { startDeployment } from '../appconfig/start-deployment.js'
import type { StoppedExperiment } from '../appconfig/stop-experiment-runs.js'
import { writeVersion } from '../appconfig/write-version.js'
import type { WrittenVersion } from '../appconfig/written-version.js'
import type { AwsClients } from '../aws/clients.js'
import {
  AwsStepError,
  describeAwsError,
  errorName,
  isAwsError
} from '../aws/aws-error.js'
import type { Failure } from '../failure.js'
import { refusalOf, type Planned } from '../plan/make-plan.js'
import type { Plan, Promotion } from '../plan/plan.js'
import { parsePlanId } from '../plan/plan-id.js'
import type { Target } from '../appconfig/target.js'
import { withStoppedExperiments } from '../plan/with-stopped-experiments.js'
import { getDeployment } from '../appconfig/get-deployment.js'
import { cancelledBeforeStart, expiredBeforeStart } from './start-failures.js'
import {
  mayHaveStarted,
  recognizeStart,
  type ExpectedStart
} from './recognize-start.js'
import type { Rollout } from './rollout.js'
import { stopExperimentsFirst } from './stop-experiments-first.js'
import { scopeOf, type RolloutContext } from './rollout-context.js'
import {
  boundAfterEnd,
  LOOKUP_BOUND_MS,
  type RolloutSignals
} from './rollout-signals.js'
import { waitFailure, waitForEnvironment } from './wait-for-environment.js'

/** A deployment of ours, started or recognised after a lost answer, or how the run ended first. */
export type StartResult =
  | {
      readonly kind: 'started'
      readonly plan: Plan
      readonly version: WrittenVersion
      readonly deployment: Deployment
      /** The answer was lost; the deployment was recognised as ours (recognize-start.ts). */
      readonly adopted: boolean
    }
  | {
      readonly kind: 'ended'
      readonly plan: Plan
      readonly result: 'unchanged'
      readonly failure?: undefined
    }
  | {
      readonly kind: 'ended'
      readonly plan: Plan
      readonly result: 'failed' | 'timed-out' | 'cancelled'
      readonly failure: Failure
    }

export interface StartTiming {
  readonly deadline: number
  readonly pollMs: number
  readonly timeoutMinutes: number
}

/** Conflicts with no deployment to wait for, in a row, before the run gives up. */
const MAX_CONFLICTS = 5

/**
 * Plan → a started deployment. Every start follows a plan made with the environment as it is:
 * when a deployment is in progress, wait for it (on-in-progress: wait) and plan again; when
 * StartDeployment answers ConflictException, plan again (AppConfig refused a start from a
 * stale plan: `LatestDeploymentNumber` is the plan's newest number). Each new plan runs the
 * guards and the diff again, so a fix someone deployed meanwhile is diffed against, a tripped
 * alarm refuses, and a bundle that is now live is `unchanged`. A start whose answer was lost
 * is recognised as ours and watched, never sent again.
 *
 * `clients` are the rollout's bounded clients (every call takes the cancel and the deadline).
 */
export async function startWhenFree(
  ctx: RolloutContext,
  clients: AwsClients,
  signals: RolloutSignals,
  timing: StartTiming
): Promise<StartResult> {
  const { target, settings, deps } = ctx
  const scope = scopeOf(target)
  const versions = ctx.versions.through(clients.appconfig)
  let current: Planned = ctx.planned
  // The pipeline (or the mode) ran the first plan's guards; every later plan is checked here.
  let fresh = false
  let version: WrittenVersion | undefined
  // The content the written version holds: a replan may choose other content (set-flags).
  let writtenText: string | undefined
  let conflicts = 0
  // Experiment runs this start stopped (on-experiment: stop): every later plan keeps them.
  const stopped: StoppedExperiment[] = []
  // The same planner, every guard: a replan is the first plan made again with what runs now.
  const replan = async (): Promise<Planned> => {
    const before = new Set(current.plan.guards.map((g) => g.message))
    const next = withStoppedExperiments(
      await ctx.plan(clients, versions, version),
      stopped
    )
    // A warning the new plan makes (another deployment's changes, a rebased kill switch) is
    // said now, as the first plan's were.
    for (const guard of next.plan.guards)
      if (guard.outcome === 'warn' && !before.has(guard.message))
        deps.warn(guard.message)
    return next
  }
  const ended = (
    result: 'failed' | 'timed-out' | 'cancelled',
    failure: Failure
  ): StartResult => ({ kind: 'ended', plan: current.plan, result, failure })

  try {
    for (;;) {
      if (fresh) {
        if (current.failure !== undefined)
          return ended('failed', current.failure)
        const refused = refusalOf(current.plan)
        if (refused !== undefined) return ended('failed', refused)
      }
      const content = current.content
      const description =
        content.description ??
        settings.description ??
        defaultDescription(deps.context)
      const active = current.active
      if (active !== undefined) {
        const waited = await waitForEnvironment(
          { clients, deps },
          scope,
          active.deploymentNumber,
          timing.deadline,
          timing.pollMs,
          signals.expired
        )
        if (waited !== 'ended')
          return ended(
            waited,
            waitFailure(waited, active, timing.timeoutMinutes)
          )
        // The other deployment may have changed what is live, or tripped an alarm: plan again.
        current = await replan()
        fresh = true
        continue
      }
      if (!current.plan.changed) {
        deps.log(
          `The bundle matches what ${target.environment.name} runs (version ${current.deployed?.version ?? '?'}): nothing to deploy.`
        )
        return { kind: 'ended', plan: current.plan, result: 'unchanged' }
      }
      if (signals.cancel.aborted)
        return ended('cancelled', cancelledBeforeStart(version))

      // on-experiment: stop: the runs end first, then the plan is made again (stop-experiments-first.ts).
      const stoppedNow = await stopExperimentsFirst(
        ctx,
        clients,
        current.plan,
        {
          ...timing,
          signal: signals.calls
        }
      )
      if (stoppedNow.length > 0) {
        stopped.push(...stoppedNow)
        current = await replan()
        fresh = true
        continue
      }

      // The replan chose other content than the version written holds: write it anew.
      if (version !== undefined && writtenText !== content.text)
        version = undefined
      // configuration-version, a revert: the hosted version already exists; deploy it as is.
      const existing = content.version
      if (version === undefined && existing !== undefined) {
        writtenText = content.text
        version = { ...existing, reused: true }
        ctx.record(newRollout(version, current.plan))
        deps.log(
          `Deploying hosted version ${existing.number} (${existing.label ?? 'no label'}) as it is.`
        )
      }
      if (version === undefined) {
        const promoted = promotedVersion(current.plan.promotion, target)
        version = await writeVersion(clients.appconfig, versions, {
          applicationId: target.application.id,
          profileId: target.profile.id,
          content: content.text,
          profileName: target.profile.name,
          label:
            content.label ??
            settings.versionLabel ??
            defaultVersionLabel(deps.context, content.text),
          description,
          // The newest version the walk saw (a kill switch's is what runs), or the plan-id's
          // newest when a pinned plan listed them already: one call, no listing here.
          onTopOf: newestOf([
            ...(current.seenVersions ?? []),
            ...promoted,
            ...pinnedNewest(current.plan)
          ]),
          seen: current.seenVersions,
          alike: promoted.map((v) => v.number)
        })
        writtenText = content.text
        ctx.record(newRollout(version, current.plan))
        deps.log(
          version.reused
            ? `Reusing hosted version ${version.number} (${version.label ?? 'no label'}): it already holds this bundle.`
            : `Created hosted version ${version.number} (${version.label ?? 'no label'}).`
        )
      }

      const expected: ExpectedStart = {
        deploymentNumber: (current.latestDeploymentNumber ?? 0) + 1,
        profileId: target.profile.id,
        strategyId: target.strategy.id,
        version: version.number,
        description
      }
      const attempt = await startOrRecognise(ctx, clients, signals, {
        expected,
        latestDeploymentNumber: current.latestDeploymentNumber,
        source: content.source
      })
      switch (attempt.kind) {
        case 'started':
          return {
            kind: 'started',
            plan: current.plan,
            version,
            deployment: attempt.deployment,
            adopted: attempt.adopted
          }
        case 'not-started':
          return signals.cancel.aborted
            ? ended('cancelled', cancelledBeforeStart(version))
            : ended('timed-out', expiredBeforeStart(timing.timeoutMinutes))
        case 'unknown':
          return ended(
            signals.cancel.aborted ? 'cancelled' : 'timed-out',
            attempt.failure
          )
        case 'conflict':
          if (++conflicts > MAX_CONFLICTS)
            return ended('failed', {
              kind: 'guard',
              message: `StartDeployment answered ConflictException ${MAX_CONFLICTS + 1} times in a row (${attempt.message}), with no deployment in progress to wait for. Nothing was deployed; re-run the job.`
            })
          deps.warn(
            `AppConfig refused the start: ${attempt.message} Another deployment started after the plan; planning again.`
          )
          current = await replan()
          fresh = true
          // A conflict that leaves a deployment to wait for is progress, not a repeat.
          if (current.active !== undefined) conflicts = 0
      }
    }
  } catch (error) {
    // A call cut short by the cancel or the deadline: say so, not "AbortError".
    if (signals.cancel.aborted)
      return ended('cancelled', cancelledBeforeStart(version))
    if (signals.expired.aborted)
      return ended('timed-out', expiredBeforeStart(timing.timeoutMinutes))
    throw error
  }
}

type StartAttempt =
  | {
      readonly kind: 'started'
      readonly deployment: Deployment
      readonly adopted: boolean
    }
  /** Refused: another deployment is in progress, or one started since the plan. */
  | { readonly kind: 'conflict'; readonly message: string }
  /** Cut by the cancel or the deadline; the lookup found that nothing started. */
  | { readonly kind: 'not-started' }
  /** Cut by the cancel or the deadline, and whether it started could not be found out. */
  | { readonly kind: 'unknown'; readonly failure: Failure }

/**
 * One StartDeployment. If it fails in a way that may hide a start (mayHaveStarted), the
 * deployment it would have made is read back; if that one is ours, it is the result, and it is
 * never started a second time.
 */
async function startOrRecognise(
  ctx: RolloutContext,
  clients: AwsClients,
  signals: RolloutSignals,
  request: {
    readonly expected: ExpectedStart
    readonly latestDeploymentNumber: number | undefined
    readonly source: Planned['content']['source']
  }
): Promise<StartAttempt> {
  const { target, settings, deps } = ctx
  const scope = scopeOf(target)
  const { expected } = request
  try {
    const deployment = await startDeployment(
      clients.appconfig,
      {
        ...scope,
        profileId: expected.profileId,
        strategyId: expected.strategyId,
        version: expected.version,
        description: expected.description,
        tags: settings.tags,
        kmsKeyIdentifier: settings.kmsKeyIdentifier,
        latestDeploymentNumber: request.latestDeploymentNumber,
        source: request.source
      },
      signals.calls
    )
    return { kind: 'started', deployment, adopted: false }
  } catch (error) {
    const said = `${errorName(error)}: ${error instanceof Error ? error.message : String(error)}`
    if (!mayHaveStarted(error)) {
      if (isAwsError(error, 'ConflictException'))
        return { kind: 'conflict', message: `${said}.` }
      throw describeAwsError(
        error,
        'Starting the deployment',
        'appconfig:StartDeployment'
      )
    }
    // The start may have gone through and only its answer been lost. After a cancel or the
    // deadline the rollout's signal has fired, so the lookup gets a bound of its own.
    const n = expected.deploymentNumber
    const lookupSignal = signals.calls.aborted
      ? boundAfterEnd(LOOKUP_BOUND_MS)
      : signals.calls
    let candidate: Deployment | undefined
    try {
      candidate = await getDeployment(
        ctx.clients,
        scope,
        n,
        `Checking whether deployment ${n} started`,
        lookupSignal
      )
    } catch (lookupError) {
      if (!isAwsError(lookupError, 'ResourceNotFoundException')) {
        const message = `StartDeployment did not answer (${said}) and deployment ${n} could not be read (${lookupError instanceof Error ? lookupError.message : String(lookupError)}): it may have started. Check ${target.environment.name} in the AppConfig console before re-running.`
        if (signals.calls.aborted)
          return {
            kind: 'unknown',
            failure: {
              kind: signals.cancel.aborted ? 'cancelled' : 'timed-out',
              message
            }
          }
        throw new AwsStepError(
          message,
          'Starting the deployment',
          errorName(error),
          undefined,
          false,
          error
        )
      }
    }
    const recognition = recognizeStart(candidate, expected)
    if (recognition.ours) {
      deps.warn(
        `StartDeployment's answer was lost (${said}), but deployment ${n} is this run's (version ${expected.version}, this description): watching it, not starting another.`
      )
      return { kind: 'started', deployment: candidate!, adopted: true }
    }
    if (isAwsError(error, 'ConflictException'))
      return { kind: 'conflict', message: `${said}; ${recognition.reason}.` }
    if (signals.calls.aborted) return { kind: 'not-started' }
    throw describeAwsError(
      error,
      'Starting the deployment',
      'appconfig:StartDeployment'
    )
  }
}

/** What the rollout holds once the version is written. */
function newRollout(version: WrittenVersion, plan: Plan): Rollout {
  return { version, events: [], alarms: plan.alarms, triggeredAlarms: [] }
}

function newestOf(
  seen: readonly { readonly number: number }[] | undefined
): number | undefined {
  return seen?.length ? Math.max(...seen.map((v) => v.number)) : undefined
}

/** The version a `promote-from` source runs, when it holds this content in this very profile. */
function promotedVersion(
  promotion: Promotion | undefined,
  target: Target
): { readonly number: number }[] {
  const deployed = promotion?.source.deployed
  return promotion?.sameContent === true &&
    promotion.source.profile.id === target.profile.id &&
    deployed !== undefined
    ? [{ number: deployed.version }]
    : []
}

/** The newest hosted version a plan-id pinned (pin-plan.ts listed them); none without a plan-id. */
function pinnedNewest(plan: Plan): { readonly number: number }[] {
  const latest =
    plan.planId === undefined
      ? undefined
      : parsePlanId(plan.planId)?.latestVersion
  return latest === undefined || latest === 0 ? [] : [{ number: latest }]
}
