import type { Result } from '../contract.js'
import type { Problem } from '../bundle/problem.js'
import type { BundleFormat } from '../bundle/read-source.js'
import type { Mode } from '../settings.js'

/** The bundle part of a report: what was read and what was wrong with it. */
export interface BundleReport {
  readonly displayPath: string
  readonly format: BundleFormat
  readonly fileBytes: number
  readonly flagCount: number
  readonly problems: readonly Problem[]
  readonly errorCount: number
  readonly warningCount: number
}

/** Why a run failed, when it did; `kind` decides the advice the summary gives. */
export interface Failure {
  readonly kind: 'input' | 'bundle' | 'not-available' | 'internal'
  readonly message: string
  /** The input at fault, for `kind: 'input'`. */
  readonly input?: string
}

/** Everything the pipeline learned; the one value main.ts turns into outputs and a summary. */
export interface Report {
  readonly result: Result
  readonly mode: Mode | undefined
  readonly bundle?: BundleReport
  readonly failure?: Failure
  readonly durationSeconds: number
}

/** Results for which the step succeeds (design/action-contract.md, "Exit status"). */
export function isSuccess(report: Report): boolean {
  return (
    report.failure === undefined &&
    [
      'complete',
      'unchanged',
      'validated',
      'planned',
      'baking',
      'started'
    ].includes(report.result)
  )
}
