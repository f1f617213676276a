import { isDeepStrictEqual } from 'node:util'
import type { Finding, Problem } from '../bundle/problem.js'
import { formatPath } from '../bundle/problem.js'
import { CompiledContent } from './compile-flag.js'
import type {
  CaseResult,
  Expectation,
  FlagTestCase,
  FlagTestsReport,
  Verdict
} from './flag-tests.js'
import type { FlagTestFile } from './read-flag-tests.js'
import { selectVariant, type Served } from './select-variant.js'

/**
 * Runs the cases of a test file against `content` (the feature-flag document a run would
 * deploy). A case naming a flag, variant or attribute the content lacks is a problem of the
 * file at its line; while the file has problems no case is judged (its counts stay 0), since
 * a half-read file would report a reassuring pass. A case passes when every outcome the rules
 * allow meets its expectation, fails when none does, and is undetermined otherwise.
 */
export async function runFlagTests(
  file: FlagTestFile,
  content: Readonly<Record<string, unknown>>,
  displayPath: string
): Promise<FlagTestsReport> {
  const compiled = new CompiledContent(content)
  const findings: Finding[] = [...file.findings]
  for (const c of file.cases) checkNames(c, compiled, findings)
  const counts = { passed: 0, failed: 0, undetermined: 0 }
  const open: {
    c: FlagTestCase
    verdict: Verdict
    served: Served[]
    message: string
  }[] = []
  if (findings.length === 0)
    for (const c of file.cases) {
      const flag = compiled.flag(c.flag)
      if (flag === undefined) continue
      const served = selectVariant(flag, c.context)
      const verdict = judge(c.expect, served)
      counts[verdict]++
      if (verdict !== 'passed')
        open.push({ c, verdict, served, message: explain(c, verdict, served) })
    }
  const locate = findings.length > 0 ? await file.locator() : undefined
  const place = open.length > 0 ? await file.caseLocator() : undefined
  const problems: Problem[] = findings.map((f) => {
    const { line, col } = locate!(f)
    return {
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      path: f.path,
      line,
      col
    }
  })
  problems.sort((a, b) => a.line - b.line || a.col - b.col)
  const results: CaseResult[] = open.map(({ c, verdict, served, message }) => {
    const { line, col } = place!(c.index)
    return { case: c, verdict, served, message, line, col }
  })
  return { displayPath, format: file.format, ...counts, problems, results }
}

/** Cross-checks a case with the content: its flag, variants and attributes must exist. */
function checkNames(
  c: FlagTestCase,
  compiled: CompiledContent,
  findings: Finding[]
): void {
  const at = ['cases', c.index]
  const add = (rule: string, path: (string | number)[], message: string) =>
    findings.push({ rule, severity: 'error', message, path: [...at, ...path] })
  const flag = compiled.flag(c.flag)
  if (flag === undefined) {
    add(
      'unknown-flag',
      ['flag'],
      `${formatPath(at)}: the content has no flag '${c.flag}'`
    )
    return
  }
  const variants = c.expect.variants
  if (variants !== undefined) {
    if (flag.kind === 'basic')
      add(
        'unknown-variant',
        ['expect', 'variant'],
        `${formatPath(at)}: '${c.flag}' is a basic flag without variants; expect enabled or attributes instead`
      )
    else {
      const names = flag.variants.map((v) => v.name)
      for (const name of variants)
        if (!names.includes(name))
          add(
            'unknown-variant',
            ['expect', 'variant'],
            `${formatPath(at)}: '${c.flag}' has no variant '${name}'; its variants are ${names.map((n) => `'${n}'`).join(', ')}`
          )
    }
  }
  const defined = compiled.attributeKeys(c.flag)
  for (const key of Object.keys(c.expect.attributes ?? {}))
    if (!defined.includes(key))
      add(
        'unknown-attribute',
        ['expect', 'attributes', key],
        `${formatPath(at)}: '${c.flag}' defines no attribute '${key}'${defined.length ? `; it defines ${defined.join(', ')}` : ''}`
      )
}

/** Passed when every outcome meets the expectation, failed when none does. */
export function judge(expect: Expectation, served: readonly Served[]): Verdict {
  const met = served.filter((s) => mismatch(expect, s) === undefined).length
  if (met === served.length && met > 0) return 'passed'
  return met === 0 ? 'failed' : 'undetermined'
}

/** What differs from the expectation in one outcome, or undefined when it meets it. */
function mismatch(expect: Expectation, s: Served): string | undefined {
  const parts: string[] = []
  if (expect.enabled !== undefined && expect.enabled !== s.enabled)
    parts.push(`enabled ${String(s.enabled)}`)
  if (
    expect.variants !== undefined &&
    (s.variant === undefined || !expect.variants.includes(s.variant))
  )
    parts.push(`variant ${JSON.stringify(s.variant)}`)
  for (const [key, want] of Object.entries(expect.attributes ?? {})) {
    // AppConfig serves a flag's attributes only while it is enabled (appconfig-spec.md §1.2).
    const got =
      s.enabled && Object.hasOwn(s.attributes, key)
        ? s.attributes[key]
        : undefined
    if (!isDeepStrictEqual(got, want))
      parts.push(
        `${key} ${got === undefined ? '(not served)' : JSON.stringify(got)}`
      )
  }
  return parts.length ? parts.join(', ') : undefined
}

/** One outcome as a person reads it: the variant, its state, and the rule that chose it. */
export function describeServed(s: Served): string {
  const state = s.enabled ? 'enabled' : 'disabled'
  if (s.variant === undefined) return state
  const by =
    s.rule === undefined
      ? 'the default variant, no rule matched'
      : `rule ${s.rule}`
  return `variant ${JSON.stringify(s.variant)} (${state}; ${by})`
}

export function describeExpect(expect: Expectation): string {
  const parts: string[] = []
  if (expect.variants !== undefined)
    parts.push(
      expect.variants.length === 1
        ? `variant ${JSON.stringify(expect.variants[0])}`
        : `one of the variants ${expect.variants.map((v) => JSON.stringify(v)).join(', ')}`
    )
  if (expect.enabled !== undefined)
    parts.push(expect.enabled ? 'enabled' : 'disabled')
  for (const [key, value] of Object.entries(expect.attributes ?? {}))
    parts.push(`${key} ${JSON.stringify(value)}`)
  return parts.join(', ')
}

function explain(
  c: FlagTestCase,
  verdict: Verdict,
  served: readonly Served[]
): string {
  const who = `${c.name === undefined ? '' : `${c.name}: `}${c.flag} for ${JSON.stringify(c.context)}`
  const expected = describeExpect(c.expect)
  if (served.length === 0)
    return `${who}: expected ${expected}, but no variant is served (the flag has no default variant)`
  if (verdict === 'failed' && served.length === 1) {
    const s = served[0]!
    return `${who}: expected ${expected}; served ${describeServed(s)}, so ${mismatch(c.expect, s)}`
  }
  const each = served.map(
    (s) =>
      `${describeServed(s)}${mismatch(c.expect, s) === undefined ? ' ✓' : ` ✗ (${mismatch(c.expect, s)})`}`
  )
  return verdict === 'failed'
    ? `${who}: expected ${expected}; none of the outcomes a split allows meets it: ${each.join('; ')}`
    : `${who}: undetermined, a split (AppConfig does not publish its hash) decides between ${each.join('; ')}; expected ${expected}`
}
