import type { Content } from './content/content.js'
import { readBundleContent } from './content/read-bundle-content.js'
import type { Target } from './appconfig/target.js'
import type { AwsClients, ClientOptions } from './aws/clients.js'
import { toFailure } from './failure.js'
import { hygieneFlags, staleKeys } from './hygiene/hygiene-flags.js'
import type { Plan } from './plan/plan.js'
import type { Search } from './plan/planner.js'
import type { PipelineReport, Report } from './report/report.js'
import type { Rollout } from './rollout/rollout.js'
import { ruleTests } from './rules/rule-tests.js'
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
  /** Told of each attempt AWS throttled (main.ts counts them for the summary's footer). */
  readonly onThrottle?: () => void
  /** Told of the plan as soon as it is decided: main.ts logs it then, not after the rollout. */
  readonly planned?: (plan: Plan) => void
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
      | 'flagTests'
  ]: Report[K]
}

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
  const report = await runStages(settings, deps)
  // The experiments the planner saw (and what became of them), at the report's top.
  return report.plan?.experiments === undefined
    ? report
    : { ...report, experiments: report.plan.experiments }
}

async function runStages(
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
  // Rule tests (issue 24): the flag-tests file, read once; revert deploys no new content.
  const tests =
    settings.flagTests === undefined || settings.mode === 'revert'
      ? undefined
      : ruleTests(settings.flagTests)
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
      // Rule tests (issue 24), after Content: a failing case stops the run here, before AWS.
      const tested = await tests?.test(content.value)
      progress.flagTests = tested?.report
      if (tested?.failure !== undefined)
        return { ...progress, result: 'failed', failure: tested.failure }
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
    const { VersionReader } = await import('./appconfig/version-reader.js')
    const clients = await (deps.createClients ?? aws.createClients)(
      aws.resolveRegion(settings.region, deps.env),
      { env: deps.env, debug: deps.debug, onThrottle: deps.onThrottle }
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
      const { runRevert } = await import('./modes/revert.js')
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
      const { runSetFlags } = await import('./modes/kill-switch.js')
      const outcome = await runSetFlags({
        clients,
        target,
        versions,
        settings,
        setFlags: settings.setFlags,
        deps,
        record,
        learned: progress,
        // Rule tests (issue 24) against the patched content, before it is planned.
        testContent:
          tests &&
          (async (value) => {
            const tested = await tests.test(value)
            progress.flagTests = tested.report
            return tested.failure
          })
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
      // Rule tests (issue 24), after Content (the version named).
      const tested = await tests?.test(content.value)
      progress.flagTests = tested?.report
      if (tested?.failure !== undefined)
        return { ...progress, result: 'failed', failure: tested.failure }
    }

    // Plan: one reading of the environment, the drift merge, the diff, every guard and the
    // plan-id; the rollout plans again with the same planner before each start.
    const { createPlanner } = await import('./plan/planner.js')
    const { refusalOf } = await import('./plan/make-plan.js')
    const { fixedContent } = await import('./content/content-choice.js')
    const planner = createPlanner({
      target,
      settings,
      choice: fixedContent(content),
      search,
      now: deps.now,
      debug: deps.debug
    })
    const planned = await planner(calls, versions)
    progress.plan = planned.plan
    deps.planned?.(planned.plan)
    // Rule tests (issue 24), plan stage: the content as planned, and who is served differently.
    const planTested = await tests?.plan(
      planned.content.value,
      planned.deployed?.content,
      planned.plan.changes.map((c) => c.key)
    )
    progress.flagTests = planTested?.report ?? progress.flagTests
    if (planTested?.failure !== undefined)
      return { ...progress, result: 'failed', failure: planTested.failure }
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
    const outcome = await runRollout({
      clients,
      target,
      versions,
      settings,
      planned,
      plan: planner,
      deps,
      record
    })
    return { ...progress, ...outcome }
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
