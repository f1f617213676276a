import { plural } from '../format.js'
import { fileLineUrl, type GitHubContext } from '../github/context.js'
import { describeExpect, describeServed } from '../rules/run-flag-tests.js'
import {
  code,
  details,
  escapeMarkdown,
  link,
  table,
  truncate
} from './markdown.js'
import type { FlagTestsReport } from './report.js'

export interface RenderRuleTestsOptions {
  /** Rows per table (cases, problems, behaviour changes); default 50. */
  readonly maxRows?: number
  /** Characters per cell; default 300. */
  readonly cellChars?: number
}

/**
 * The "Rule tests" section (issue 24): the counts, then the file's problems, the failing and
 * the undetermined cases (flag, context, expected, served and the deciding rule), then in a
 * plan the cases of changed flags that are served differently than today. Every table is
 * bounded in rows and every cell in characters, so the section stays small whatever the file.
 */
export function renderRuleTests(
  tests: FlagTestsReport,
  context: GitHubContext,
  options: RenderRuleTestsOptions = {}
): string {
  const maxRows = options.maxRows ?? 50
  const cell = (text: string): string =>
    escapeMarkdown(truncate(text, options.cellChars ?? 300))
  const where = (line: number, col?: number): string =>
    link(
      escapeMarkdown(
        `${tests.displayPath}:${line}${col === undefined ? '' : `:${col}`}`
      ),
      fileLineUrl(context, tests.displayPath, line)
    )
  const total = tests.passed + tests.failed + tests.undetermined
  const counts = [
    tests.failed ? `❌ ${tests.failed} failed` : '',
    tests.undetermined ? `❔ ${tests.undetermined} undetermined` : '',
    `✅ ${tests.passed} passed`
  ].filter(Boolean)
  const parts = [
    '#### Rule tests',
    tests.problems.length > 0
      ? `${code(tests.displayPath)} · **${plural(tests.problems.length, 'problem')}**: no case was run`
      : `${code(tests.displayPath)} · **${plural(total, 'case')}**: ${counts.join(' · ')}`
  ]
  const more = (
    rest: number,
    what: string,
    where = 'annotated at their lines in the step log'
  ): void => {
    if (rest > 0) parts.push(`… and ${plural(rest, what)}, ${where}.`)
  }
  if (tests.problems.length > 0) {
    parts.push(
      table(
        ['where', 'rule', 'problem'],
        tests.problems
          .slice(0, maxRows)
          .map((p) => [where(p.line, p.col), code(p.rule), cell(p.message)])
      )
    )
    more(tests.problems.length - maxRows, 'more problem')
  }
  // Failing first, then undetermined; each in file order.
  const open = [
    ...tests.results.filter((r) => r.verdict === 'failed'),
    ...tests.results.filter((r) => r.verdict !== 'failed')
  ]
  if (open.length > 0) {
    parts.push(
      table(
        ['', 'case', 'flag', 'context', 'expected', 'served (deciding rule)'],
        open
          .slice(0, maxRows)
          .map((r) => [
            r.verdict === 'failed' ? '❌' : '❔',
            `${where(r.line)}${r.case.name === undefined ? '' : ` ${cell(r.case.name)}`}`,
            code(r.case.flag),
            code(
              truncate(JSON.stringify(r.case.context), options.cellChars ?? 300)
            ),
            cell(describeExpect(r.case.expect)),
            r.served.length === 0
              ? 'nothing (no default variant)'
              : r.served.map((s) => cell(describeServed(s))).join('<br>or ')
          ])
      )
    )
    more(open.length - maxRows, 'more case')
    if (tests.undetermined > 0)
      parts.push(
        '❔ Undetermined: a `split` between 0 and 100 % decides, and AppConfig does not publish its hash, so the case is neither passed nor failed. Expect a list of variants that covers every outcome, or give a context the rules decide.'
      )
  }
  const behaviour = tests.behaviour ?? []
  if (behaviour.length > 0) {
    const rows = behaviour
      .slice(0, maxRows)
      .map((b) => [
        `${where(b.line)}${b.case.name === undefined ? '' : ` ${cell(b.case.name)}`}`,
        code(b.case.flag),
        code(
          truncate(JSON.stringify(b.case.context), options.cellChars ?? 300)
        ),
        cell(b.before),
        cell(b.after)
      ])
    parts.push(
      details(
        `Served differently than today: ${plural(behaviour.length, 'case')} of the changed flags`,
        table(['case', 'flag', 'context', 'today', 'with this content'], rows),
        true
      )
    )
    more(behaviour.length - maxRows, 'more changed case', 'not shown')
  }
  return parts.join('\n\n')
}
