import type { Content } from './content/content.js'
import { readBundleContent } from './content/read-bundle-content.js'
import type { Target } from './appconfig/target.js'
import type { AwsClients, ClientOptions } from './aws/clients.js'
import { toFailure } from './failure.js'
import type { CodeReferences } from './hygiene/find-code-references.js'
import { hygieneFlags, staleKeys } from './hygiene/hygiene-flags.js'
import type { Planned } from './plan/make-plan.js'
import type { DriftResult } from './plan/drift.js'
import type { GuardResult } from './plan/plan.js'
import type { PipelineReport, Report } from './report/report.js'
import type { Rollout } from './rollout/rollout.js'
import type { StageDeps } from './rollout/rollout-context.js'
import type { Settings } from './settings.js'

/** What the pipeline needs from outside besides settings (injected so tests control it). */
export interface PipelineDeps extends StageDeps {
  readonly env: NodeJS.ProcessEnv
  /** Today's date, `YYYY-MM-DD`, for `_deprecation.date`. */
  readonly today: string
  readonly createClients?: (
    region: string | undefined,
    options?: ClientOptions
  ) => Promise<AwsClients>
  /** One line per AWS call for ACTIONS_STEP_DEBUG (operation, target, request ID, attempts). */
  readonly debug?: (line: string) => void
  /** Told of the rollout each time it is recorded: main.ts saves the deployment for the post step. */
  readonly track?: (rollout: Rollout, target: Target) => void
}

export type { PipelineReport }

/** What the run has learned so far: kept whatever happens next, so a failure reports it. */
type Progress = {
  -readonly [
    K in
      | 'mode'
      | 'requested'
      | 'bundle'
      | 'staleFlags'
      | 'hygiene'
      | 'target'
      | 'plan'
      | 'rollout'
      | 'incident'
  ]: Report[K]
}

/** Searches the code for flag keys (code-references); undefined when the input is empty. */
type Search = (keys: readonly string[]) => Promise<CodeReferences>

/**
 * Settings → Content → Target → Plan → Rollout, an early return per mode (validate after
 * Content, plan after Plan, revert from Target straight to Rollout). Every outcome, including
 * a refused bundle or an AWS error, is returned as a report, never thrown; the report keeps
 * everything learned and everything written before the run ended.
 */
export async function runPipeline(
  settings: Settings,
  deps: PipelineDeps
): Promise<PipelineReport> {
  const progress: Partial<Progress> & Pick<Progress, 'mode'> = {
    mode: settings.mode,
    requested: {
      application: settings.application,
      environment: settings.environment,
      profile: settings.configurationProfile,
      bundle: settings.bundleDisplayPath
    }
  }
  try {
    // Content: a bundle is read and validated here, with no AWS; a version or a set-flags
    // patch of what runs after Target; revert deploys no content of its own.
    let content: Content | undefined
    let search: Search | undefined
    if (settings.bundlePath !== undefined && settings.mode !== 'revert') {
      const read = await readBundleContent(
        settings,
        deps.today,
        deps.context.workspace
      )
      progress.bundle = read.content?.bundle ?? read.bundle
      if (read.failure !== undefined)
        return { ...progress, result: 'failed', failure: read.failure }
      content = read.content
      search = await checkHygiene(content, settings, deps, progress)
      if (settings.mode === 'validate')
        return { ...progress, result: 'validated' }
    } else if (
      settings.configurationVersion === undefined &&
      settings.setFlags === undefined &&
      settings.mode !== 'revert'
    )
      return {
        ...progress,
        result: 'failed',
        failure: {
          kind: 'input',
          input: 'bundle',
          message:
            'Nothing to deploy: set the input bundle, set-flags or configuration-version.'
        }
      }

    // Target: names → IDs. The AWS SDK is loaded only from here on, so validate starts fast.
    const aws = await import('./aws/clients.js')
    const { resolveTarget } = await import('./appconfig/resolve-target.js')
    const { VersionReader } = await import('./appconfig/read-deployments.js')
    const clients = await (deps.createClients ?? aws.createClients)(
      aws.resolveRegion(settings.region, deps.env),
      { env: deps.env, debug: deps.debug }
    )
    // Until the rollout binds its own (cancel + deadline), a cancel cuts any call in flight.
    const { boundClients } = await import('./rollout/bound-clients.js')
    const calls = boundClients(clients, deps.signal)
    const target = await resolveTarget(calls, settings)
    progress.target = target
    const versions = new VersionReader(
      calls.appconfig,
      target.application.id,
      target.profile.id
    )
    const record = (rollout: Rollout): void => {
      progress.rollout = rollout
      deps.track?.(rollout, target)
    }

    // Revert: Target straight to Rollout.
    if (settings.mode === 'revert') {
      const { runRevert } = await import('./rollout/revert.js')
      const outcome = await runRevert({
        clients,
        target,
        versions,
        settings,
        deps,
        record
      })
      return { ...progress, ...outcome }
    }

    // set-flags: the content is what the environment runs, changed by the lines.
    if (settings.setFlags !== undefined) {
      const { runSetFlags } = await import('./rollout/run-set-flags.js')
      const outcome = await runSetFlags({
        clients,
        target,
        versions,
        settings,
        setFlags: settings.setFlags,
        deps,
        record,
        learned: progress
      })
      return { ...progress, ...outcome }
    }

    if (content === undefined) {
      // Content: configuration-version, an existing hosted version validated like a bundle.
      const { readVersionContent } =
        await import('./content/read-version-content.js')
      const read = await readVersionContent(
        calls.appconfig,
        target,
        versions,
        settings,
        deps.today
      )
      progress.bundle = read.content?.bundle ?? read.bundle
      if (read.failure !== undefined)
        return { ...progress, result: 'failed', failure: read.failure }
      content = read.content
      search = await checkHygiene(content, settings, deps, progress)
    }

    // Plan: drift against this action's last deployment, diff against what runs, guards
    // (release checks and code references among them), plan-id.
    const { makePlan, refusalOf } = await import('./plan/make-plan.js')
    const { planDrift } = await import('./plan/plan-drift.js')
    const { pinPlan } = await import('./plan/pin-plan.js')
    const { withReleaseChecks } = await import('./plan/release-checks.js')
    const drifted = await planDrift(calls, target, versions, settings, content)
    const value = drifted?.content ?? content.value
    // Every guard, here and before each start (the rollout plans again after a wait).
    const planWith = async (
      using: AwsClients,
      read: typeof versions
    ): Promise<Planned> => {
      const fresh = await withReleaseChecks(
        withDrift(
          await makePlan(using, target, read, settings, value),
          drifted
        ),
        using,
        target,
        read,
        settings,
        value,
        deps.now()
      )
      return withGuard(fresh, await checkRemovedInUse(fresh, search, settings))
    }
    const planned = await pinPlan(
      calls,
      target,
      await planWith(calls, versions),
      value,
      settings
    )
    progress.plan = planned.plan
    for (const guard of planned.plan.guards)
      // Nothing to deploy: the no-alarms warning would be noise (the summary drops it too).
      if (
        guard.outcome === 'warn' &&
        !(guard.guard === 'no-alarms' && !planned.plan.changed)
      )
        deps.warn(guard.message)
    const refused = refusalOf(planned.plan)
    if (refused !== undefined)
      return { ...progress, result: 'failed', failure: refused }
    if (settings.mode === 'plan') return { ...progress, result: 'planned' }

    // Rollout: version, deployment, watch.
    const { runRollout } = await import('./rollout/run-rollout.js')
    const merged = drifted?.merged === true
    const outcome = await runRollout({
      clients,
      target,
      versions,
      settings,
      // Live values carried in (on-drift: keep) make new content: written as a new version.
      content: {
        value,
        text: merged ? JSON.stringify(value) : content.text,
        source: content.source,
        version: merged ? undefined : content.version
      },
      planned,
      deps,
      record,
      replan: planWith
    })
    // After waiting, the rollout planned again: the drift and the plan-id stay this run's.
    const plan =
      outcome.plan === planned.plan
        ? outcome.plan
        : {
            ...outcome.plan,
            planId: planned.plan.planId,
            drift: planned.plan.drift
          }
    return { ...progress, ...outcome, plan }
  } catch (error) {
    // A call the cancel cut short, before anything was written (the rollout reports its own).
    if (deps.signal.aborted && progress.rollout === undefined)
      return {
        ...progress,
        result: 'cancelled',
        failure: {
          kind: 'cancelled',
          message:
            'The workflow was cancelled before the deployment started; nothing was deployed.'
        }
      }
    return { ...progress, result: 'failed', failure: toFailure(error) }
  }
}

/**
 * Hygiene: the content's stale flags, and with `code-references` where the code reads each
 * flag (the search module loads only then). Returns the search, for the removed flags later.
 */
async function checkHygiene(
  content: Content,
  settings: Settings,
  deps: PipelineDeps,
  progress: Partial<Progress>
): Promise<Search | undefined> {
  const flags = hygieneFlags(content.value)
  progress.staleFlags = staleKeys(flags, deps.today)
  if (settings.codeReferences.length === 0) return undefined
  const { findCodeReferences } =
    await import('./hygiene/find-code-references.js')
  const { assessHygiene } = await import('./hygiene/assess-hygiene.js')
  const search: Search = (keys) =>
    findCodeReferences({
      root: deps.context.workspace,
      patterns: [...settings.codeReferences],
      keys: [...keys],
      signal: deps.signal
    })
  progress.hygiene = assessHygiene({
    flags,
    today: deps.today,
    refs: await search(flags.map((f) => f.key))
  })
  return search
}

/**
 * Removing a flag the code still reads breaks that code, deprecated or not; `allow-flag-removal`
 * turns the refusal into a warning. Undefined when nothing was searched or removed.
 */
async function checkRemovedInUse(
  planned: Planned,
  search: Search | undefined,
  settings: Settings
): Promise<GuardResult | undefined> {
  const removed = planned.plan.changes
    .filter((c) => c.kind === 'removed')
    .map((c) => c.key)
  if (search === undefined || removed.length === 0) return undefined
  const { checkReferencedRemoval } =
    await import('./hygiene/check-referenced-removal.js')
  const inUse = checkReferencedRemoval(removed, await search(removed))
  const allowed = inUse.outcome === 'refuse' && settings.allowFlagRemoval
  return {
    guard: inUse.guard,
    outcome: allowed ? 'warn' : inUse.outcome,
    message: allowed
      ? `${inUse.message} Going ahead: allow-flag-removal is true.`
      : inUse.message
  }
}

/** The plan with one more guard, when there is one. */
function withGuard(planned: Planned, guard: GuardResult | undefined): Planned {
  if (guard === undefined) return planned
  return {
    ...planned,
    plan: { ...planned.plan, guards: [...planned.plan.guards, guard] }
  }
}

/** The plan with the drift merge's result: its table, and its guard first. */
function withDrift(
  planned: Planned,
  drifted: DriftResult | undefined
): Planned {
  if (drifted === undefined) return planned
  return {
    ...planned,
    plan: {
      ...planned.plan,
      drift: drifted.drift,
      guards: [drifted.guard, ...planned.plan.guards]
    }
  }
}
