/**
 * Issue 25, finding 2: the plan can hide a change. Values were cut at 100 characters on both
 * sides (the planner cut at 200), so a `redirect-url` differing at character 120 showed as two
 * equal strings; past the 10th difference of a flag the rest became "… and N more". These go
 * through the real planner (diffBundles) and both renderers (summary and comment).
 */
import { describe, expect, it } from '@jest/globals'
import { diffBundles } from '../../src/plan/diff-bundles.js'
import { renderPlanMarkdown } from '../../src/report/render-plan.js'
import { renderSummary } from '../../src/report/render-summary.js'
import { windowValues } from '../../src/report/value-window.js'
import {
  asReport,
  sampleContext,
  samplePlan,
  samples
} from './sample-reports.js'

function bundle(values: Record<string, unknown>): unknown {
  return {
    version: '1',
    flags: { checkout: { name: 'Checkout' } },
    values: { checkout: { enabled: true, ...values } }
  }
}

/** Summary and comment for a plan between two bundles. */
function rendered(before: unknown, after: unknown): string[] {
  const diff = diffBundles(before, after)
  const report = asReport({
    ...samples.plan(),
    plan: samplePlan({
      changes: diff.changes,
      unchangedCount: diff.unchangedCount
    })
  })
  return [
    renderSummary(report, sampleContext),
    renderPlanMarkdown(report, sampleContext)
  ]
}

/** The `-` and `+` lines of the diff drawn for `what`. */
function sides(markdown: string, what: string): [string, string] {
  const lines = markdown.split('\n')
  const at = lines.findIndex((l) => l.startsWith(`  ${what} (`))
  expect(at).toBeGreaterThan(-1)
  return [lines[at + 1]!, lines[at + 2]!]
}

describe('a change the plan must not hide (issue 25)', () => {
  const base = 'https://shop.example.com/checkout/complete?utm_source=app&'
  const url = (tail: string): string =>
    `${base}${'x'.repeat(120 - base.length)}${tail}-and-some-more-text-after-it`

  it('shows a change past character 100 as two different windows, with its offset', () => {
    const before = bundle({ 'redirect-url': url('AAAA') })
    const after = bundle({ 'redirect-url': url('BBBB') })
    for (const md of rendered(before, after)) {
      const [minus, plus] = sides(md, 'attribute redirect-url')
      expect(minus.startsWith('- …')).toBe(true)
      expect(plus.startsWith('+ …')).toBe(true)
      expect(minus.slice(2)).not.toBe(plus.slice(2))
      expect(minus).toContain('AAAA')
      expect(plus).toContain('BBBB')
      // JSON text: the opening quote is character 1, so the URL's 121st is the 122nd.
      expect(md).toContain(
        'attribute redirect-url (first difference at character 122):'
      )
    }
  })

  it('shows a change past the planner’s 200-character cut too', () => {
    const long = (tail: string): string =>
      `${'y'.repeat(300)}${tail}${'z'.repeat(100)}`
    const diff = diffBundles(
      bundle({ note: long('OLD') }),
      bundle({ note: long('NEW') })
    )
    const detail = diff.changes[0]!.details[0]!
    expect(detail.before).not.toBe(detail.after)
    expect(detail.offset).toBeGreaterThan(0)
    for (const md of rendered(
      bundle({ note: long('OLD') }),
      bundle({ note: long('NEW') })
    )) {
      const [minus, plus] = sides(md, 'attribute note')
      expect(minus).toContain('OLD')
      expect(plus).toContain('NEW')
      expect(md).toContain(
        'attribute note (first difference at character 302):'
      )
    }
  })

  it('names a change in the 11th attribute, never only counts it', () => {
    const attributes = (n: number): Record<string, number> =>
      Object.fromEntries(
        Array.from({ length: 11 }, (_, i) => [
          `attr-${String(i + 1).padStart(2, '0')}`,
          n
        ])
      )
    for (const md of rendered(bundle(attributes(1)), bundle(attributes(2)))) {
      expect(md).toContain('- attribute attr-10: 1\n+ attribute attr-10: 2')
      expect(md).toContain(
        '… and 1 more difference, not drawn: `attribute attr-11`.'
      )
      expect(md).toMatch(/every difference is in .*the step log/i)
    }
  })
})

describe('windowValues', () => {
  it.each([
    {
      name: 'short values whole',
      detail: { what: 'a', before: '"EUR"', after: '"BTC"' },
      window: { before: '"EUR"', after: '"BTC"' }
    },
    {
      name: 'a long pair around its first difference, same start on both sides',
      detail: {
        what: 'a',
        before: `${'a'.repeat(100)}X${'b'.repeat(100)}`,
        after: `${'a'.repeat(100)}Y${'b'.repeat(100)}`
      },
      window: {
        before: `…${'a'.repeat(24)}X${'b'.repeat(53)}…`,
        after: `…${'a'.repeat(24)}Y${'b'.repeat(53)}…`,
        at: 101
      }
    },
    {
      name: 'a pair the planner cut already: the offset counts from the whole value',
      detail: { what: 'a', before: 'abcX', after: 'abcY', offset: 500 },
      window: { before: '…abcX', after: '…abcY', at: 504 }
    },
    {
      name: 'one side only: cut at the end',
      detail: { what: 'a', after: 'q'.repeat(200) },
      window: { after: `${'q'.repeat(79)}…` }
    }
  ])('$name', ({ detail, window }) => {
    expect(windowValues(detail)).toEqual(window)
  })
})
