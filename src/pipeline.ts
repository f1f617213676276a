import { toBundleReport } from './bundle/bundle-report.js'
import { validateBundleFile } from './bundle/validate-bundle.js'
import type { AwsClients } from './aws/clients.js'
import { toFailure } from './failure.js'
import type { CodeReferences } from './hygiene/find-code-references.js'
import { hygieneFlags, staleKeys } from './hygiene/hygiene-flags.js'
import type { PipelineReport, Report } from './report/report.js'
import type { StageDeps } from './rollout/rollout-context.js'
import type { Rollout } from './rollout/rollout.js'
import type { Settings } from './settings.js'

/** What the pipeline needs from outside besides settings (injected so tests control it). */
export interface PipelineDeps extends StageDeps {
  readonly env: NodeJS.ProcessEnv
  /** Today's date, `YYYY-MM-DD`, for `_deprecation.date`. */
  readonly today: string
  readonly createClients?: (region: string) => Promise<AwsClients>
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
  ]: Report[K]
}

/**
 * Settings → Bundle → Target → Plan → Rollout, an early return per mode. Every outcome,
 * including a refused bundle or an AWS error, is returned as a report, never thrown; the
 * report keeps everything learned and everything written before the run ended.
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
    // Bundle: read and validate, no AWS. set-flags and revert read no bundle.
    let validated: { value: unknown; text: string } | undefined
    let search:
      ((keys: readonly string[]) => Promise<CodeReferences>) | undefined
    if (settings.setFlags === undefined && settings.mode !== 'revert') {
      const { bundlePath, bundleDisplayPath } = settings
      if (bundlePath === undefined || bundleDisplayPath === undefined)
        return {
          ...progress,
          result: 'failed',
          failure: {
            kind: 'internal',
            message: `Mode '${settings.mode}' without a bundle is not implemented yet.`
          }
        }
      const bundle = await validateBundleFile(bundlePath, {
        flagNamePattern: settings.flagNamePattern,
        deprecatedFlags: settings.deprecatedFlags,
        today: deps.today
      })
      progress.bundle = toBundleReport(bundle, bundleDisplayPath)
      if (bundle.errorCount > 0 || bundle.content === undefined)
        return {
          ...progress,
          result: 'failed',
          failure: {
            kind: 'bundle',
            message: `The bundle ${bundleDisplayPath} has ${bundle.errorCount} problem${bundle.errorCount === 1 ? '' : 's'}; each is annotated at its line.`
          }
        }
      validated = { value: bundle.value, text: bundle.content }

      // Hygiene: stale flags, and where the code reads each flag (code-references).
      const flags = hygieneFlags(bundle.value)
      progress.staleFlags = staleKeys(flags, deps.today)
      if (settings.codeReferences.length > 0) {
        const { findCodeReferences } =
          await import('./hygiene/find-code-references.js')
        const { assessHygiene } = await import('./hygiene/assess-hygiene.js')
        search = (keys) =>
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
      }
      if (settings.mode === 'validate')
        return { ...progress, result: 'validated' }
    }

    // Target: names → IDs. The AWS SDK is loaded only from here on, so validate starts fast.
    const aws = await import('./aws/clients.js')
    const { resolveTarget } = await import('./appconfig/resolve-target.js')
    const { VersionReader } = await import('./appconfig/read-deployments.js')
    const clients = await (deps.createClients ?? aws.createClients)(
      aws.resolveRegion(settings.region, deps.env)
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
    if (validated === undefined) {
      const { runSetFlags } = await import('./rollout/run-set-flags.js')
      const outcome = await runSetFlags({
        clients,
        target,
        versions,
        settings,
        setFlags: settings.setFlags ?? [],
        deps,
        record,
        learned: progress
      })
      return { ...progress, ...outcome }
    }

    // Plan: diff against what runs, guards.
    const { makePlan, refusalOf } = await import('./plan/make-plan.js')
    // Release checks (promote-from, min-bake-minutes, environments) join the plan's guards, so
    // a promotion refusal stops the run before anything is written.
    const { withReleaseChecks } = await import('./plan/release-checks.js')
    let planned = await withReleaseChecks(
      await makePlan(calls, target, versions, settings, validated.value),
      calls,
      target,
      versions,
      settings,
      validated.value,
      deps.now()
    )
    // Removing a flag the code still reads breaks that code, deprecated or not.
    const removed = planned.plan.changes
      .filter((c) => c.kind === 'removed')
      .map((c) => c.key)
    if (search !== undefined && removed.length > 0) {
      const { checkReferencedRemoval } =
        await import('./hygiene/check-referenced-removal.js')
      const inUse = checkReferencedRemoval(removed, await search(removed))
      const guard = {
        guard: inUse.guard,
        outcome:
          inUse.outcome === 'refuse' && settings.allowFlagRemoval
            ? ('warn' as const)
            : inUse.outcome,
        message:
          inUse.outcome === 'refuse' && settings.allowFlagRemoval
            ? `${inUse.message} Going ahead: allow-flag-removal is true.`
            : inUse.message
      }
      planned = {
        ...planned,
        plan: { ...planned.plan, guards: [...planned.plan.guards, guard] }
      }
    }
    progress.plan = planned.plan
    for (const guard of planned.plan.guards)
      if (guard.outcome === 'warn') deps.warn(guard.message)
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
      content: validated,
      planned,
      deps,
      record,
      source: 'bundle'
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
