/**
 * Shared helpers for the bundle tests: multi-line texts whose line numbers are obvious in the
 * source, and problems reduced to what a table can state (rule, severity, `line:col`, message).
 */
import { expect } from '@jest/globals'
import type { Problem, Severity } from '../../src/bundle/problem.js'
import type { BundleFormat } from '../../src/bundle/read-source.js'

/** Joins rows with '\n': row n of the call is line n of the text. */
export const lines = (...rows: string[]): string => rows.join('\n')

/** What a case expects of one problem, in both formats of the case. */
export interface Want {
  readonly rule: string
  /** Default 'error'. */
  readonly severity?: Severity
  /** `line:col` (1-based) in the case's JSON text. */
  readonly json?: string
  /** `line:col` (1-based) in the case's YAML text. */
  readonly yaml?: string
  /** Substring(s) the message must contain: what a person needs to fix it. */
  readonly says: string | readonly string[]
}

/** A problem as the tables state it. */
export interface Seen {
  readonly rule: string
  readonly severity: Severity
  readonly at: string
  readonly message: unknown
}

export function seen(problems: readonly Problem[]): Seen[] {
  return problems.map((p) => ({
    rule: p.rule,
    severity: p.severity,
    at: `${p.line}:${p.col}`,
    message: p.message
  }))
}

const escapeRegExp = (text: string): string =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A matcher for a message holding every one of the substrings. */
export function containing(says: string | readonly string[]): unknown {
  const all = typeof says === 'string' ? [says] : says
  return expect.stringMatching(
    new RegExp(all.map((s) => `(?=[\\s\\S]*${escapeRegExp(s)})`).join(''))
  )
}

/** The problems a case expects in one format (an absent position fails the comparison). */
export function wanted(wants: readonly Want[], format: BundleFormat): Seen[] {
  return wants.map((w) => ({
    rule: w.rule,
    severity: w.severity ?? 'error',
    at: w[format] ?? `(no ${format} position in the table)`,
    message: containing(w.says)
  }))
}
