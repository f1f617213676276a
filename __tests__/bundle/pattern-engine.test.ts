import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  compilePattern,
  loadPatternEngine,
  startPatternBudget,
  toRe2Syntax
} from '../../src/bundle/pattern-engine.js'

beforeAll(async () => {
  await loadPatternEngine()
})

const test = (pattern: string, value: string): boolean | undefined => {
  const compiled = compilePattern(pattern)
  if (compiled === undefined || !('test' in compiled))
    throw new Error(`${pattern} is not runnable`)
  return compiled.test(value)
}

describe('compilePattern (RE2, linear time)', () => {
  it('answers ^(a+)+$ against a long run of a and a ! without backtracking', () => {
    startPatternBudget(60_000)
    expect(test('^(a+)+$', `${'a'.repeat(5000)}!`)).toBe(false)
    expect(test('^(a+)+$', 'a'.repeat(5000))).toBe(true)
  })

  it.each([
    ['^[a-z0-9-]+$', 'checkout-v2', true],
    ['^[a-z0-9-]+$', 'Checkout', false],
    ['^\\d{3}-\\d{4}$', '555-1234', true],
    ['colou?r', 'my colour', true],
    ['^caf\\u00e9$', 'café', true],
    ['^\\u{1F525}$', '🔥', true],
    ['^https:\\/\\/', 'https://x', true],
    ['^\\p{Lu}', 'Élan', true]
  ])('%s on %j is %s, as ECMA says', (pattern, value, expected) => {
    startPatternBudget(60_000)
    expect(test(pattern, value)).toBe(expected)
    expect(new RegExp(pattern, 'u').test(value)).toBe(expected)
  })

  it.each(['(?=a)a', '(?<!x)a', '(a)\\1'])(
    'reports %s as not runnable instead of running it',
    (pattern) => {
      expect(compilePattern(pattern)).toEqual({
        unsupported: 'it uses lookahead, lookbehind or a backreference'
      })
    }
  )

  it('is undefined for no regular expression at all', () => {
    expect(compilePattern('(')).toBeUndefined()
  })

  it('stops matching once the budget is spent, counting what it skipped', () => {
    let now = 0
    const budget = startPatternBudget(10, () => now)
    expect(test('^a$', 'a')).toBe(true)
    now = 11
    expect(test('^a$', 'a')).toBeUndefined()
    expect(test('^a$', 'b')).toBeUndefined()
    expect(budget.skipped()).toBe(2)
    startPatternBudget()
  })

  it('spells ECMA escapes the RE2 way', () => {
    expect(toRe2Syntax('\\u00e9\\u{1F525}\\0\\/\\\\u')).toBe(
      '\\x{00e9}\\x{1F525}\\x00/\\\\u'
    )
  })
})
