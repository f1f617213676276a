import { describe, expect, it } from '@jest/globals'
import type { GitHubContext } from '../../src/github/context.js'
import { renderRuleTests } from '../../src/report/render-rule-tests.js'
import type { FlagTestsReport } from '../../src/rules/flag-tests.js'

const context = {
  serverUrl: 'https://github.com',
  repository: 'octo/shop',
  sha: 'abc123'
} as unknown as GitHubContext

function report(failed: number, undetermined = 0): FlagTestsReport {
  const result = (i: number, verdict: 'failed' | 'undetermined') => ({
    case: {
      index: i,
      name: `case ${i} | with a pipe`,
      flag: 'promo',
      context: { tier: 'silver', note: 'x'.repeat(1000) },
      expect: { variants: ['gold'] }
    },
    verdict,
    served: [
      { variant: 'off', enabled: false, attributes: {}, rule: undefined }
    ],
    message: 'm',
    line: i + 2,
    col: 5
  })
  return {
    displayPath: 'flags/tests.yaml',
    format: 'yaml',
    passed: 3,
    failed,
    undetermined,
    problems: [],
    results: [
      ...Array.from({ length: undetermined }, (_, i) =>
        result(i, 'undetermined')
      ),
      ...Array.from({ length: failed }, (_, i) =>
        result(undetermined + i, 'failed')
      )
    ]
  }
}

describe('the Rule tests section', () => {
  it('gives the counts, then the failing cases before the undetermined ones, linked to their lines', () => {
    const text = renderRuleTests(report(1, 1), context)
    expect(text).toContain(
      '`flags/tests.yaml` · **5 cases**: ❌ 1 failed · ❔ 1 undetermined · ✅ 3 passed'
    )
    const failing = text.indexOf('| ❌ |')
    const open = text.indexOf('| ❔ |')
    expect(failing).toBeGreaterThan(0)
    expect(open).toBeGreaterThan(failing)
    expect(text).toContain(
      '(https://github.com/octo/shop/blob/abc123/flags/tests.yaml#L3)'
    )
    // User text is escaped: the case name's pipe cannot break the table.
    expect(text).toContain('case 1 \\| with a pipe')
    expect(text).toContain(
      'variant "off" \\(disabled; the default variant, no rule matched\\)'
    )
  })

  it('stays bounded: at most maxRows cases, cells cut, and a count of the rest', () => {
    const text = renderRuleTests(report(5000), context, {
      maxRows: 20,
      cellChars: 100
    })
    expect(text.match(/^\| ❌ \|/gm)).toHaveLength(20)
    expect(text).toContain(
      '… and 4,980 more cases, annotated at their lines in the step log.'
    )
    expect(text.length).toBeLessThan(20_000)
  })
})
