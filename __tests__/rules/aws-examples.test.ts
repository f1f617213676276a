import { describe, expect, it } from '@jest/globals'
import { parseRuleTree } from '../../src/bundle/parse-rule.js'
import { compileFlag } from '../../src/rules/compile-flag.js'
import { evaluateRule } from '../../src/rules/evaluate-rule.js'
import { fromContext, type ContextValue } from '../../src/rules/rule-values.js'
import { selectVariant } from '../../src/rules/select-variant.js'

// Every example of AWS's pages on multi-variant rules, with the answer the page documents (or,
// for an operator's one-line example, the answer its description gives). Sources:
// S6 = "Defining rules for multi-variant feature flags" (…/appconfig-creating-multi-variant-feature-flags-rules-operators.html)
// S5 = "Understanding multi-variant feature flag rules" (…/appconfig-creating-multi-variant-feature-flags-rules.html)
// S7 = "Creating a multi-variant feature flag" (…/appconfig-creating-multi-variant-feature-flags-procedures.html)

function truth(rule: string, context: Record<string, ContextValue>) {
  const { tree, problems } = parseRuleTree(rule)
  expect(problems).toEqual([])
  return evaluateRule(tree!, {
    lookup: (key) => fromContext(context[key]),
    split: () => 'unknown'
  })
}

describe("the operator examples of S6, each with its description's answer", () => {
  it.each([
    // eq: "Determines whether a context value is equal to a given value."
    ['(eq $state "Virginia")', { state: 'Virginia' }, true],
    ['(eq $state "Virginia")', { state: 'Ohio' }, false],
    // gt, gte, lt, lte: "greater than (or equal to) / less than ... a given value"
    ['(gt $age 65)', { age: 66 }, true],
    ['(gt $age 65)', { age: 65 }, false],
    ['(gte $age 65)', { age: 65 }, true],
    ['(gte $age 65)', { age: 64 }, false],
    ['(lt $age 65)', { age: 64 }, true],
    ['(lt $age 65)', { age: 65 }, false],
    ['(lte $age 65)', { age: 65 }, true],
    ['(lte $age 65)', { age: 66 }, false],
    // and: "Determines if both operands are true."
    [
      '(and (eq $state "Virginia") (gt $age 65))',
      { state: 'Virginia', age: 70 },
      true
    ],
    [
      '(and (eq $state "Virginia") (gt $age 65))',
      { state: 'Virginia', age: 60 },
      false
    ],
    // or: "Determines if at least one of the operands is true."
    [
      '(or (eq $state "Virginia") (gt $age 65))',
      { state: 'Ohio', age: 70 },
      true
    ],
    [
      '(or (eq $state "Virginia") (gt $age 65))',
      { state: 'Ohio', age: 60 },
      false
    ],
    // not: "Reverses the value of an expression."
    ['(not (eq $state "Virginia"))', { state: 'Virginia' }, false],
    ['(not (eq $state "Virginia"))', { state: 'Ohio' }, true],
    // begins_with: "Determines if a context value begins with a given prefix."
    ['(begins_with $state "A")', { state: 'Alabama' }, true],
    ['(begins_with $state "A")', { state: 'Virginia' }, false],
    // ends_with: "Determines if a context value ends with a given prefix."
    ['(ends_with $email "amazon.com")', { email: 'jane@amazon.com' }, true],
    ['(ends_with $email "amazon.com")', { email: 'jane@example.com' }, false],
    // contains: "Determines if a context value contains a given substring."
    ['(contains $promoCode "WIN")', { promoCode: 'BIGWIN24' }, true],
    ['(contains $promoCode "WIN")', { promoCode: 'SAVE10' }, false],
    // in: "Determines if a context value is contained within a list of constants."
    ['(in $userId ["123", "456"])', { userId: '456' }, true],
    ['(in $userId ["123", "456"])', { userId: '789' }, false],
    // matches: "Determines if a context value matches a given regex pattern."
    ['(matches in::$greeting pattern::"h.*y")', { greeting: 'hey' }, true],
    ['(matches in::$greeting pattern::"h.*y")', { greeting: 'hello' }, false],
    // exists: "Determines if any value was provided for a context key."
    ['(exists key::"country")', { country: 'DE' }, true],
    ['(exists key::"country")', {}, false]
  ] as const)('%s for %j is %s', (rule, context, answer) => {
    expect(truth(rule, context)).toBe(answer)
  })

  it('reads each operand type of S6 ("apple", -7, 42, 3.14, 1.234e-5, timestamps, booleans, $keys)', () => {
    expect(truth('(eq $fruit "apple")', { fruit: 'apple' })).toBe(true)
    expect(truth('(eq $word "Ḽơᶉëᶆ ȋṕšᶙṁ")', { word: 'Ḽơᶉëᶆ ȋṕšᶙṁ' })).toBe(
      true
    )
    expect(truth('(eq $n -7)', { n: -7 })).toBe(true)
    expect(truth('(eq $n 42)', { n: 42 })).toBe(true)
    expect(truth('(eq $x 3.14)', { x: 3.14 })).toBe(true)
    expect(truth('(eq $x 1.234e-5)', { x: 0.00001234 })).toBe(true)
    expect(
      truth('(eq $at 2012-03-04T05:06:07-08:00)', {
        at: '2012-03-04T13:06:07Z'
      })
    ).toBe(true)
    expect(truth('(gte $at 2024-01)', { at: '2024-01-15' })).toBe(true)
    expect(truth('(lt $at 2024-01)', { at: '2023-12-31T23:59:59Z' })).toBe(true)
    expect(truth('(eq $beta true)', { beta: true })).toBe(true)
    expect(truth('(eq $beta false)', { beta: true })).toBe(false)
    expect(truth('(eq $country "US")', { country: 'US' })).toBe(true)
  })
})

describe('split (S6: "evaluates to true for a given percentage of traffic based on a consistent hash")', () => {
  it('is undetermined between 0 and 100 percent, decided at 0 and 100', () => {
    expect(
      truth('(split pct::10 by::$userId seed::"abc")', { userId: 'u1' })
    ).toBe('unknown')
    expect(truth('(split by::$uniqueId pct::0)', { uniqueId: 'u1' })).toBe(
      false
    )
    expect(truth('(split by::$uniqueId pct::100)', { uniqueId: 'u1' })).toBe(
      true
    )
  })
})

/** The variants a context can be served, by name. */
function reachable(
  rules: (string | undefined)[],
  context: Record<string, ContextValue>
) {
  const flag = compileFlag({
    _variants: rules.map((rule, i) => ({
      name: rule === undefined ? 'C' : 'AB'[i]!,
      enabled: true,
      ...(rule === undefined ? {} : { rule })
    }))
  })
  return selectVariant(flag, context).map((s) => s.variant)
}

describe("S5's split ordering examples: which variants a user can be served", () => {
  const id = { uniqueId: 'user-1' }
  it('A: split 20 %, C: default: A or C', () => {
    expect(reachable(['(split by::$uniqueId pct::20)', undefined], id)).toEqual(
      ['A', 'C']
    )
  })
  it('A and B both split 20 % on the same key: "B: 0%", so A or C only', () => {
    expect(
      reachable(
        [
          '(split by::$uniqueId pct::20)',
          '(split by::$uniqueId pct::20)',
          undefined
        ],
        id
      )
    ).toEqual(['A', 'C'])
  })
  it('A 20 %, B 25 % on the same key: "B: 5%", so A, B or C', () => {
    expect(
      reachable(
        [
          '(split by::$uniqueId pct::20)',
          '(split by::$uniqueId pct::25)',
          undefined
        ],
        id
      )
    ).toEqual(['A', 'B', 'C'])
  })
  it('different seeds hash independently: B gets a share of the rest, so A, B or C', () => {
    expect(
      reachable(
        [
          '(split by::$uniqueId pct::20 seed::"a")',
          '(split by::$uniqueId pct::20 seed::"b")',
          undefined
        ],
        id
      )
    ).toEqual(['A', 'B', 'C'])
  })
})

describe("S5's BetaUsers example and S7's ui_refresh example", () => {
  it('a context without the account ID gets the Default variant (S5)', () => {
    expect(reachable(['(ends_with $accountId "123")', undefined], {})).toEqual([
      'C'
    ])
    expect(
      reachable(['(ends_with $accountId "123")', undefined], {
        accountId: 'acct-123'
      })
    ).toEqual(['A'])
    expect(
      reachable(['(ends_with $accountId "123")', undefined], {
        accountId: 'acct-999'
      })
    ).toEqual(['C'])
  })

  it('QA testers get QA, others the 10 % sample or the default (S7)', () => {
    const flag = compileFlag({
      _variants: [
        {
          name: 'QA',
          enabled: true,
          rule: '(ends_with $email "qa-testers.mycompany.com")'
        },
        {
          name: 'Sample Population',
          enabled: true,
          rule: '(split pct::10 by::$email)'
        },
        { name: 'Default Variant', enabled: false }
      ]
    })
    expect(
      selectVariant(flag, { email: 'ann@qa-testers.mycompany.com' }).map(
        (s) => s.variant
      )
    ).toEqual(['QA'])
    expect(
      selectVariant(flag, { email: 'bob@example.com' }).map((s) => s.variant)
    ).toEqual(['Sample Population', 'Default Variant'])
    // Nobody to hash: the split cannot match.
    expect(selectVariant(flag, {}).map((s) => s.variant)).toEqual([
      'Default Variant'
    ])
  })
})
