import type { Problem } from './problem.js'
import type { BundleFormat } from './read-source.js'
import type { ValidatedBundle } from './validate-bundle.js'

/** What the report keeps of a validated bundle: what was read and what was wrong with it. */
export interface BundleReport {
  readonly displayPath: string
  readonly format: BundleFormat
  readonly fileBytes: number
  readonly flagCount: number
  readonly problems: readonly Problem[]
  readonly errorCount: number
  readonly warningCount: number
}

/** The report's view of a validated bundle. */
export function toBundleReport(
  validated: ValidatedBundle,
  displayPath: string
): BundleReport {
  return {
    displayPath,
    format: validated.format,
    fileBytes: validated.fileBytes,
    flagCount: validated.flagCount,
    problems: validated.problems,
    errorCount: validated.errorCount,
    warningCount: validated.warningCount
  }
}
