import { validateBundleFile } from './bundle/validate-bundle.js'
import type { BundleReport, Report } from './report/report.js'
import type { Settings } from './settings.js'

/** What the pipeline needs from outside besides settings (injected so tests control it). */
export interface PipelineDeps {
  /** Today's date, `YYYY-MM-DD`, for `_deprecation.date`. */
  readonly today: string
}

/** The report without its duration, which main.ts measures. */
export type PipelineReport = Omit<Report, 'durationSeconds'>

/**
 * Settings → Bundle (→ Target → Plan → Rollout, with the deploy issue). Every outcome,
 * including a refused bundle, is returned as a report, not thrown.
 */
export async function runPipeline(
  settings: Settings,
  deps: PipelineDeps
): Promise<PipelineReport> {
  const validated = await validateBundleFile(settings.bundlePath, {
    flagNamePattern: settings.flagNamePattern,
    deprecatedFlags: settings.deprecatedFlags,
    today: deps.today
  })
  const bundle: BundleReport = {
    displayPath: settings.bundleDisplayPath,
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
        message: `The bundle ${settings.bundleDisplayPath} has ${validated.errorCount} problem${validated.errorCount === 1 ? '' : 's'}; each is annotated at its line.`
      }
    }
  }
  if (settings.mode === 'validate') {
    return { result: 'validated', mode: settings.mode, bundle }
  }
  return {
    result: 'failed',
    mode: settings.mode,
    bundle,
    failure: {
      kind: 'not-available',
      message: `mode '${settings.mode}' is not available yet in this version of the action: the bundle is valid, but nothing was sent to AWS. Use mode: validate until plan and deploy are released.`
    }
  }
}
