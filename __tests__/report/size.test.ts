import { describe, expect, it } from '@jest/globals'
import { cutToLimit, fitRows } from '../../src/report/fit.js'
import {
  byteLength,
  COMMENT_MAX_CHARS,
  SUMMARY_MAX_BYTES
} from '../../src/report/limits.js'
import { toOutputs } from '../../src/report/outputs.js'
import { renderPlanMarkdown } from '../../src/report/render-plan.js'
import { renderSummary } from '../../src/report/render-summary.js'
import type { FlagChange } from '../../src/report/report.js'
import {
  asReport,
  sampleContext,
  samples,
  type LooseReport
} from './sample-reports.js'

/** A bundle of `n` changed flags, each with a few long-ish attribute changes (and some UTF-8). */
function hugeReport(n: number): LooseReport {
  const changes: FlagChange[] = Array.from({ length: n }, (_, i) => ({
    key: `flag-${String(i).padStart(5, '0')}-checkout-experiment`,
    kind: i % 3 === 0 ? 'added' : i % 3 === 1 ? 'removed' : 'changed',
    toggled: i % 6 === 2 ? 'enabled' : undefined,
    details: [
      {
        what: 'attribute description',
        before: JSON.stringify(
          `Ancienne stratégie de paiement n°${i} — ${'é'.repeat(40)}`
        ),
        after: JSON.stringify(
          `Nouvelle stratégie de paiement n°${i} — ${'ü'.repeat(40)}`
        )
      },
      { what: 'attribute max-items', before: String(i), after: String(i + 1) },
      {
        what: 'variant "QA" rule',
        before: JSON.stringify(`(eq $customerId "${'x'.repeat(60)}")`),
        after: JSON.stringify(`(eq $customerId "${'y'.repeat(60)}")`)
      }
    ]
  }))
  const base = samples.complete()
  return {
    ...base,
    plan: { ...base.plan!, changes, unchangedCount: 120 }
  }
}

describe('size limits', () => {
  const report = hugeReport(8_000)

  it('keeps the job summary under 1 MiB with a visible count of the flags left out', () => {
    const md = renderSummary(asReport(report), sampleContext)
    expect(byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    // Degraded, not trivially short: most of the budget is used.
    expect(byteLength(md)).toBeGreaterThan(SUMMARY_MAX_BYTES * 0.9)
    const match =
      /… and ([\d,]+) more flags not shown, to keep this summary under GitHub's 1 MiB limit/.exec(
        md
      )
    expect(match).not.toBeNull()
    const rows = md
      .split('\n')
      .filter((l) => /^`[^`]+` · (➖|➕|🟢|⚫|✏️) \*\*/.test(l)).length
    expect(rows + Number(match![1]!.replace(/,/g, ''))).toBe(8_000)
    // The riskiest flags are open, the rest folded, and the sections after them survive.
    expect(md).toMatch(/<details><summary>[\d,]+ more changed flags<\/summary>/)
    expect(md).toContain('#### Timeline')
    expect(md).toContain('#### 8,000 flags change')
    expect(md.endsWith('</sub>\n')).toBe(true)
  })

  it('keeps plan-markdown under 65,536 characters with the same count', () => {
    const md = renderPlanMarkdown(asReport(report), sampleContext)
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    expect(md.length).toBeGreaterThan(COMMENT_MAX_CHARS * 0.9)
    expect(md).toMatch(
      /… and [\d,]+ more flags not shown, to fit a pull-request comment/
    )
    expect(toOutputs(asReport(report), sampleContext)['plan-markdown']).toBe(md)
  })

  it('keeps every key in the outputs even when the markdown cannot list them', () => {
    const outputs = toOutputs(asReport(report))
    const listed = ['flags-added', 'flags-removed', 'flags-changed'].flatMap(
      (name) => JSON.parse(outputs[name as 'flags-added']) as string[]
    )
    expect(listed).toHaveLength(8_000)
  })

  it('renders everything when it fits', () => {
    const md = renderSummary(asReport(hugeReport(50)), sampleContext)
    expect(md).not.toContain('more flags not shown')
    expect(
      md.split('\n').filter((l) => /^`[^`]+` · (➖|➕|🟢|⚫|✏️) \*\*/.test(l))
    ).toHaveLength(50)
  })

  it('honours a smaller limit passed by the caller', () => {
    const md = renderSummary(asReport(hugeReport(200)), sampleContext, 20_000)
    expect(byteLength(md)).toBeLessThanOrEqual(20_000)
    expect(md).toMatch(/… and [\d,]+ more flags not shown/)
  })

  it('cuts at a line, closing what it opened, when even no rows are too many', () => {
    const text = [
      'intro',
      '<details><summary>x</summary>',
      '',
      ...Array.from({ length: 500 }, (_, i) => `line ${i} ${'z'.repeat(50)}`)
    ].join('\n')
    const cut = cutToLimit(text, 2_000, byteLength)
    expect(byteLength(cut)).toBeLessThanOrEqual(2_000)
    expect(cut).toContain('</details>')
    expect(cut).toMatch(/The rest of this report \(\d+ lines\) was cut/)
    expect(cut.startsWith('intro\n<details>')).toBe(true)
  })

  it('fitRows picks the most rows that fit', () => {
    const render = (shown: number): string => 'x'.repeat(10 * shown + 5)
    expect(fitRows(100, render, 1_000, (t) => t.length)).toHaveLength(995)
    expect(fitRows(10, render, 1_000, (t) => t.length)).toHaveLength(105)
  })
})
