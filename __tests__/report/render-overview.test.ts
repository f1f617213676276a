/**
 * The promotion section and the environments table: what an approver reads, hostile names
 * escaped (checked on the parsed markdown, as GitHub sees it), and the size budget kept.
 */
import { describe, expect, it } from '@jest/globals'
import type { EnvironmentContent } from '../../src/appconfig/read-environment-content.js'
import { checkPromotion } from '../../src/plan/check-promotion.js'
import { makeOverview } from '../../src/plan/make-overview.js'
import { byteLength, COMMENT_MAX_CHARS } from '../../src/report/limits.js'
import { renderEnvironments } from '../../src/report/render-overview.js'
import { renderPlanMarkdown } from '../../src/report/render-plan.js'
import { renderSummary } from '../../src/report/render-summary.js'
import { allNodes, parseMarkdown, textOf } from './markdown-ast.js'
import {
  asReport,
  sampleContext,
  samplePlan,
  samples,
  sampleTarget
} from './sample-reports.js'

const PROFILE = sampleTarget().profile

function env(name: string, content?: unknown, version = 1): EnvironmentContent {
  return {
    environment: { id: `${name.slice(0, 3).toLowerCase()}0001`, name },
    profile: PROFILE,
    live:
      content === undefined
        ? undefined
        : {
            deploymentNumber: version + 10,
            version,
            label: `v${version}`,
            content,
            completedAt: '2026-06-01T10:00:00.000Z'
          },
    newer: undefined
  }
}

function pay(discount: number, enabled = true): unknown {
  return {
    version: '1',
    flags: { pay: { name: 'Pay' }, same: { name: 'Same' } },
    values: { pay: { enabled, discount }, same: { enabled: true } }
  }
}

const THREE = [
  env('Dev', pay(10), 3),
  env('UAT', pay(7), 2),
  env('Production', pay(5, false), 1)
]

describe('renderEnvironments', () => {
  it('puts the environments side by side: a row per flag that differs, a column each plus the new content', () => {
    const plan = samplePlan({ overview: makeOverview(THREE, pay(10)) })
    const md = renderEnvironments(plan, PROFILE, 100_000, byteLength)
    expect(md).toBe(
      [
        '#### Environments',
        '',
        '3 environments and the new content: **1 flag differs** somewhere · 1 the same everywhere, not listed. ✓ marks a flag that already matches the new content.',
        '',
        '| flag | **Dev**<br>v3 | **UAT**<br>v2 | **Production**<br>v1 | **new content** |',
        '| --- | --- | --- | --- | --- |',
        '| `pay` | 🟢 on ✓<br>attribute discount: `10` | 🟢 on<br>attribute discount: `7` | ⚫ off<br>attribute discount: `5` | 🟢 on ✓<br>attribute discount: `10` |'
      ].join('\n')
    )
  })

  it('shows what the promotion source runs and how it differs', () => {
    const { promotion } = checkPromotion(
      env('UAT', pay(7), 2),
      pay(10),
      { mode: 'deploy', soakMinutes: 0 },
      Date.parse('2026-06-01T11:00:00.000Z'),
      PROFILE.id
    )
    const md = renderEnvironments(
      samplePlan({ promotion }),
      PROFILE,
      100_000,
      byteLength
    )
    expect(md).toContain('#### Promotion from UAT')
    expect(md).toContain(
      '**UAT** runs version 2 (`v2`), deployment 12, completed 2026-06-01 10:00:00 UTC (1h ago).'
    )
    expect(md).toContain(
      '**1 flag differs** from the content to deploy · 1 the same, not listed (`-` UAT, `+` new):'
    )
    expect(md).toContain(
      '`pay` · ✏️ **changed**\n\n```diff\n- attribute discount: 7\n+ attribute discount: 10\n```'
    )
  })

  it('escapes hostile environment names: no HTML, no links, the table intact', async () => {
    const evil = '<img src=x onerror=alert(1)> [x](https://evil.example) | pipe'
    const overview = makeOverview([env(evil, pay(1))], pay(2))
    const md = renderEnvironments(
      samplePlan({ overview }),
      PROFILE,
      100_000,
      byteLength
    )
    const nodes = allNodes(await parseMarkdown(md))
    // The header's and each cell's line breaks are the only HTML.
    expect(nodes.filter((n) => n.type === 'html').map((n) => n.value)).toEqual([
      '<br>',
      '<br>',
      '<br>'
    ])
    // `[x](…)` stays text; GitHub may autolink the bare URL, which shows where it goes.
    for (const link of nodes.filter((n) => n.type === 'link'))
      expect(textOf(link)).not.toBe('x')
    const table = nodes.find((n) => n.type === 'table')!
    expect(table.children![0]!.children!.length).toBe(3)
    // Shown as text; a zero-width space keeps GitHub from autolinking the URL (issue 25).
    expect(textOf(table.children![0]!)).toContain(
      '<img src=x onerror=alert(1)> [x](https\u200b://evil.example'
    )
    expect(textOf(table.children![0]!)).toContain(') | pipe')
  })

  it('lists fewer flags with a count of the rest to stay under its share of the limit', () => {
    const many = (discount: number): unknown => {
      const keys = Array.from({ length: 3_000 }, (_, i) => `flag-${i}`)
      return {
        version: '1',
        flags: Object.fromEntries(keys.map((k) => [k, {}])),
        values: Object.fromEntries(
          keys.map((k) => [
            k,
            { enabled: true, discount, note: 'n'.repeat(50) }
          ])
        )
      }
    }
    const overview = makeOverview(
      [env('Dev', many(1)), env('UAT', many(2)), env('Production', many(3))],
      many(4)
    )
    const report = asReport({
      ...samples.plan(),
      plan: samplePlan({ overview })
    })
    const comment = renderPlanMarkdown(report, sampleContext)
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    const rest = /… and ([\d,]+) more flags differ, not shown/.exec(comment)
    expect(Number(rest?.[1]!.replace(/,/g, ''))).toBeGreaterThan(2_000)
    // Half the comment at most, so the flag changes still have room.
    const section = comment.slice(comment.indexOf('#### Environments'))
    expect(section.length).toBeLessThan(COMMENT_MAX_CHARS / 2 + 2_000)
    const summary = renderSummary(report, sampleContext)
    expect(summary).toContain('#### Environments')
    expect(summary).toMatch(/#### \d+ flags? changes?:/)
  })

  it('renders nothing without promote-from or environments', () => {
    expect(renderEnvironments(samplePlan(), PROFILE, 1_000, byteLength)).toBe(
      ''
    )
  })
})
