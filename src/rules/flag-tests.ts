/**
 * Rule tests (`flag-tests`): cases of a flag, a context and what AppConfig must serve it,
 * evaluated offline against the content a run would deploy. The types of the test file, of a
 * case's verdict and of the report; the stages are read-flag-tests.ts and run-flag-tests.ts.
 */
import type { Problem } from '../bundle/problem.js'
import type { BundleFormat } from '../bundle/source-document.js'
import type { ContextValue } from './rule-values.js'
import type { Served } from './select-variant.js'

export type { ContextValue, Served }

/** What a case expects; at least one part is given. */
export interface Expectation {
  readonly enabled?: boolean
  /** Acceptable variants (one, or a list meaning any of them). */
  readonly variants?: readonly string[]
  /** Attribute values, compared for the keys named only. */
  readonly attributes?: Readonly<Record<string, unknown>>
}

/** One case of the test file. */
export interface FlagTestCase {
  /** Its index under `cases`, which locates it in the file. */
  readonly index: number
  readonly name: string | undefined
  readonly flag: string
  readonly context: Readonly<Record<string, ContextValue>>
  readonly expect: Expectation
}

export type Verdict = 'passed' | 'failed' | 'undetermined'

/** A case that did not pass, with where it is and what was served. */
export interface CaseResult {
  readonly case: FlagTestCase
  readonly verdict: Verdict
  /** Every outcome the rules allow: one when decided, several when a split is undetermined. */
  readonly served: readonly Served[]
  /** Why: what was expected and what would be served, by which rule. */
  readonly message: string
  readonly line: number
  readonly col: number
}

/** How a case's outcome differs between what runs today and the content (the plan's diff). */
export interface BehaviourChange {
  readonly case: FlagTestCase
  readonly before: string
  readonly after: string
  readonly line: number
}

/** The rule tests of a run, for the report. */
export interface FlagTestsReport {
  readonly displayPath: string
  readonly format: BundleFormat
  readonly passed: number
  readonly failed: number
  readonly undetermined: number
  /** Problems of the test file itself (errors at their line); no case runs while there are any. */
  readonly problems: readonly Problem[]
  /** Failed and undetermined cases, in file order. */
  readonly results: readonly CaseResult[]
  /** In a plan: cases of changed flags whose outcome changes, against what runs today. */
  readonly behaviour?: readonly BehaviourChange[]
}
