import { toBundleReport } from './bundle/bundle-report.js'
import { validateBundleFile } from './bundle/validate-bundle.js'
import type { Target } from './appconfig/target.js'
import type { AwsClients, ClientOptions } from './aws/clients.js'
import { toFailure } from './failure.js'
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
  -readonly [K in 'mode' | 'bundle' | 'target' | 'plan' | 'rollout']: Report[K]
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
    mode: settings.mode
  }
  try {
    // Bundle: read and validate, no AWS.
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
    const validated = await validateBundleFile(bundlePath, {
      flagNamePattern: settings.flagNamePattern,
      deprecatedFlags: settings.deprecatedFlags,
      today: deps.today
    })
    progress.bundle = toBundleReport(validated, bundleDisplayPath)
    if (validated.errorCount > 0 || validated.content === undefined)
      return {
        ...progress,
        result: 'failed',
        failure: {
          kind: 'bundle',
          message: `The bundle ${bundleDisplayPath} has ${validated.errorCount} problem${validated.errorCount === 1 ? '' : 's'}; each is annotated at its line.`
        }
      }
    if (settings.mode === 'validate')
      return { ...progress, result: 'validated' }

    // Target: names → IDs. The AWS SDK is loaded only from here on, so validate starts fast.
    const aws = await import('./aws/clients.js')
    const { resolveTarget } = await import('./appconfig/resolve-target.js')
    const { VersionReader } = await import('./appconfig/read-deployments.js')
    const clients = await (deps.createClients ?? aws.createClients)(
      aws.resolveRegion(settings.region, deps.env),
      { env: deps.env, debug: deps.debug }
    )
    const target = await resolveTarget(clients, settings)
    progress.target = target

    // Plan: diff against what runs, guards.
    const { makePlan, refusalOf } = await import('./plan/make-plan.js')
    const versions = new VersionReader(
      clients.appconfig,
      target.application.id,
      target.profile.id
    )
    const planned = await makePlan(
      clients,
      target,
      versions,
      settings,
      validated.value
    )
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
      content: { value: validated.value, text: validated.content },
      planned,
      deps,
      record: (rollout) => {
        progress.rollout = rollout
        deps.track?.(rollout, target)
      }
    })
    return { ...progress, ...outcome }
  } catch (error) {
    return { ...progress, result: 'failed', failure: toFailure(error) }
  }
}
