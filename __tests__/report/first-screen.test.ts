/**
 * Issue 27: the first screen of the summary and the comment. Every sample is rendered by a
 * GFM renderer's lexer (marked) and measured as GitHub shows it (rendered-layout.ts says how):
 * no table wider than a comment box, the first changed flag (and the flag a refusal protects)
 * within the first 15 lines, and every headline icon as docs/summaries/README.md defines it.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { renderSamples } from '../../scripts/render-samples.js'
import { renderPlanMarkdown } from '../../src/report/render-plan.js'
import { renderSummary } from '../../src/report/render-summary.js'
import {
  LINE_CHARS,
  lineOf,
  renderedLines,
  tableWidths
} from './rendered-layout.js'
import { sampleContext, samples, type SampleName } from './sample-reports.js'

/** What a sample page shows: the rendered markdown, without the page's own title. */
function body(page: string): string {
  const start = page.indexOf('<!-- prettier-ignore-start -->')
  return start === -1 ? page : page.slice(start)
}

const files = renderSamples()
const pages = Object.entries(files).filter(([name]) => name !== 'README.md')
const refusedComment = renderPlanMarkdown(
  { ...samples['refused-by-guard'](), mode: 'plan' },
  sampleContext
)

/** The first line of a changed flag's block: its key, then its verdict. */
const FLAG_LINE = /^[a-z0-9_-]+ · (➖|➕|🟢|⚫|✏️) /

describe('the first screen (issue 27)', () => {
  it('measures what it claims: the flag table the issue saw too wide is too wide here', () => {
    // The old layout's flag table, with the added flag's definition JSON in a cell.
    const old = [
      '| change | flag | old → new |',
      '| --- | --- | --- |',
      '| ➕ added | `express-checkout` | enabled: `false`<br>attribute max-items definition: `{"constraints":{"maximum":50,"minimum":1,"type":"number"}}` |'
    ].join('\n')
    expect(tableWidths(old)[0]!.minWidth).toBeGreaterThan(LINE_CHARS)
    // And a long paragraph takes several lines, a folded block one.
    expect(renderedLines(`${'word '.repeat(40)}`)).toHaveLength(3)
    expect(
      renderedLines('<details><summary>x</summary>\n\na\n\nb\n\n</details>')
    ).toEqual([{ text: '▸ x', kind: 'summary' }])
  })

  it.each([...pages, ['refused plan comment', refusedComment]])(
    '%s: no table is wider than a comment box',
    (_, page) => {
      const tables = tableWidths(body(page))
      expect(tables.length).toBeGreaterThan(0)
      // Named, so a failure says which table.
      expect(tables.filter((t) => t.minWidth > LINE_CHARS)).toEqual([])
    }
  )

  it.each<[string, string]>([
    ['complete.md', files['complete.md']!],
    ['rolled-back-by-alarm.md', files['rolled-back-by-alarm.md']!],
    ['rolled-back-by-user.md', files['rolled-back-by-user.md']!],
    ['refused-by-guard.md', files['refused-by-guard.md']!],
    ['drift-refused.md', files['drift-refused.md']!],
    ['plan.md', files['plan.md']!],
    ['plan-risks.md', files['plan-risks.md']!],
    ['plan-comment.md', files['plan-comment.md']!],
    ['refused plan comment', refusedComment]
  ])('%s: the first changed flag is within the first 15 lines', (_, page) => {
    const lines = renderedLines(body(page))
    const first = lines.findIndex((l) => FLAG_LINE.test(l.text)) + 1
    expect(first).toBeGreaterThan(0)
    expect(first).toBeLessThanOrEqual(15)
  })

  it.each<[string, string, string]>([
    [
      'refused-by-guard.md',
      files['refused-by-guard.md']!,
      'legacy-coupon-field'
    ],
    [
      'drift-refused.md',
      files['drift-refused.md']!,
      'allow-bitcoin-at-checkout'
    ],
    ['refused plan comment', refusedComment, 'legacy-coupon-field']
  ])('%s: the flag at risk is named in the headline', (_, page, flag) => {
    const headline = body(page)
      .split('\n')
      .find((l) => l.startsWith('### '))
    expect(headline).toContain(flag)
    expect(lineOf(body(page), flag)).toBeLessThanOrEqual(2)
  })
})

describe('the headline icon (docs/summaries/README.md)', () => {
  // The state each sample leaves production in, written down here, not computed.
  const expected: Record<SampleName, string> = {
    complete: 'complete',
    'rolled-back-by-alarm': 'rolled-back',
    'rolled-back-by-user': 'rolled-back',
    reverted: 'rolled-back',
    'timed-out': 'rolled-back',
    cancelled: 'rolled-back',
    unchanged: 'complete',
    plan: 'looked',
    'validation-failed': 'nothing-happened',
    'aws-error': 'nothing-happened',
    baking: 'rolling',
    started: 'rolling',
    'refused-by-guard': 'nothing-happened',
    'no-alarms': 'complete',
    crashed: 'may-be-running',
    'drift-refused': 'nothing-happened',
    'plan-hygiene': 'looked',
    'plan-risks': 'looked',
    'experiment-refused': 'nothing-happened',
    'experiment-stopped': 'complete'
  }
  const readme = readFileSync('docs/summaries/README.md', 'utf8')
  const icons = new Map(
    [...readme.matchAll(/^\| (\S+) \| `([a-z-]+)` \|/gm)].map((m) => [
      m[2]!,
      m[1]!
    ])
  )

  it('defines one icon per state, each different', () => {
    expect(icons.size).toBe(6)
    expect(new Set(icons.values()).size).toBe(6)
  })

  it.each(Object.keys(expected) as SampleName[])('%s', (name) => {
    const icon = icons.get(expected[name])
    expect(icon).toBeDefined()
    const headline = renderSummary(samples[name](), sampleContext).split(
      '\n'
    )[0]
    expect(headline).toMatch(new RegExp(`^### ${icon} `))
  })
})
