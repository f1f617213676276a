import { describe, expect, it } from '@jest/globals'
import { validateBundleText } from '../../src/bundle/validate-bundle.js'
import { lintRules } from '../../src/rules/lint-rules.js'

/** A bundle with one multi-variant flag whose variants have these rules (the last none). */
function bundle(rules: string[]) {
  return {
    version: '1',
    flags: { promo: { name: 'Promo' } },
    values: {
      promo: {
        _variants: [
          ...rules.map((rule, i) => ({ name: `v${i}`, enabled: true, rule })),
          { name: 'default', enabled: false }
        ]
      }
    }
  }
}

function lint(rules: string[]): [string, string][] {
  return lintRules(bundle(rules)).map((f) => [f.rule, f.path.join('.')])
}

describe('rule lint', () => {
  it('finds nothing wrong in distinct, reachable rules', () => {
    expect(
      lint([
        '(eq $tier "gold")',
        '(and (eq $tier "silver") (gt $age 18))',
        '(split pct::10 by::$userId)'
      ])
    ).toEqual([])
  })

  it('flags every variant after an always-true rule, the default included', () => {
    expect(
      lint(['(or true (eq $tier "gold"))', '(eq $tier "silver")'])
    ).toEqual([
      ['rule-unreachable-variant', 'values.promo._variants.1.rule'],
      ['rule-unreachable-variant', 'values.promo._variants.2']
    ])
  })

  it("flags a split after one on the same by and seed with a percentage at least as large (AWS's 20 %/20 % example)", () => {
    expect(
      lint(['(split by::$uniqueId pct::20)', '(split by::$uniqueId pct::20)'])
    ).toEqual([['rule-unreachable-variant', 'values.promo._variants.1.rule']])
    // 20 then 25 gives B 5 %, a different seed hashes anew: both reachable.
    expect(
      lint(['(split by::$uniqueId pct::20)', '(split by::$uniqueId pct::25)'])
    ).toEqual([])
    expect(
      lint([
        '(split by::$uniqueId pct::20 seed::"a")',
        '(split by::$uniqueId pct::20 seed::"b")'
      ])
    ).toEqual([])
  })

  it('flags a context key spelled two ways across the rules', () => {
    expect(lint(['(eq $userId "1")', '(in $user_id ["2", "3"])'])).toEqual([
      ['rule-key-spelling', 'values.promo._variants.1.rule']
    ])
  })

  it('flags a key compared as a number in one rule and as a string in another', () => {
    expect(lint(['(gt $age 18)', '(eq $age "18")'])).toEqual([
      ['rule-key-type', 'values.promo._variants.1.rule']
    ])
  })

  it('flags duplicate entries of an in list', () => {
    expect(lint(['(in $country ["DE", "FR", "DE"])'])).toEqual([
      ['rule-duplicate-in', 'values.promo._variants.0.rule']
    ])
  })

  it('flags a context value used as a condition', () => {
    expect(lint(['(and $beta (eq $tier "gold"))'])).toEqual([
      ['rule-not-boolean', 'values.promo._variants.0.rule']
    ])
  })

  it('runs in validation: warnings at the rule, the bundle still valid', async () => {
    const validated = await validateBundleText(
      JSON.stringify(
        bundle(['(split by::$id pct::50)', '(split by::$id pct::30)']),
        null,
        2
      ),
      'json'
    )
    expect(validated.errorCount).toBe(0)
    expect(validated.problems.map((p) => [p.rule, p.severity, p.line])).toEqual(
      [['rule-unreachable-variant', 'warning', 19]]
    )
  })
})
