import { validateBundleFile } from './bundle/validate-bundle.js'
import type { BundleReport, Report } from './report/report.js'
import type { RolloutDeps } from './rollout.js'
import type { Settings } from './settings.js'

/** What the pipeline needs from outside besides settings (injected so tests control it). */
export interface PipelineDeps extends Omit<RolloutDeps, 'createClients'> {
  /** Today's date, `YYYY-MM-DD`, for `_deprecation.date`. */
  readonly today: string
  readonly createClients?: RolloutDeps['createClients']
}

/** The report without its duration, which main.ts measures. */
export type PipelineReport = Omit<Report, 'durationSeconds'>

/**
 * Settings → Bundle → Target → Plan → Rollout; `validate` stops after the bundle, `plan` after
 * the plan. Every outcome, including a refused bundle, is returned as a report, not thrown.
 */
export async function runPipeline(
  settings: Settings,
  deps: PipelineDeps
): Promise<PipelineReport> {
  const { bundlePath, bundleDisplayPath } = settings
  // Placeholder until set-flags, configuration-version and revert have their stages.
  if (bundlePath === undefined || bundleDisplayPath === undefined) {
    return {
      result: 'failed',
      mode: settings.mode,
      failure: {
        kind: 'internal',
        message: `Mode '${settings.mode}' without a bundle is not implemented yet.`
      }
    }
  }
  const validated = await validateBundleFile(bundlePath, {
    flagNamePattern: settings.flagNamePattern,
    deprecatedFlags: settings.deprecatedFlags,
    today: deps.today
  })
  const bundle: BundleReport = {
    displayPath: bundleDisplayPath,
    format: validated.format,
    fileBytes: validated.fileBytes,
    flagCount: validated.flagCount,
    problems: validated.problems,
    errorCount: validated.errorCount,
    warningCount: validated.warningCount
  }
  if (validated.errorCount > 0) {
    return {
      result: 'failed',
      mode: settings.mode,
      bundle,
      failure: {
        kind: 'bundle',
        message: `The bundle ${bundleDisplayPath} has ${validated.errorCount} problem${validated.errorCount === 1 ? '' : 's'}; each is annotated at its line.`
      }
    }
  }
  if (settings.mode === 'validate') {
    return { result: 'validated', mode: settings.mode, bundle }
  }
  // The AWS SDK is loaded only here, so validate mode starts fast.
  const { runRollout } = await import('./rollout.js')
  return runRollout(settings, validated, bundle, deps)
}
