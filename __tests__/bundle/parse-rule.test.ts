/**
 * The multi-variant rule language (appconfig-spec.md §1.4): every operator and operand form the
 * AppConfig guide shows parses without problems; each kind of mistake is reported with the
 * message a person needs and the character index it starts at.
 */
import { describe, expect, it } from '@jest/globals'
import { parseRule } from '../../src/bundle/parse-rule.js'

describe('parseRule: valid rules', () => {
  it.each([
    // the AppConfig guide's examples
    '(ends_with $email "qa-testers.mycompany.com")',
    '(split pct::10 by::$email)',
    '(split by::$uniqueId pct::20 seed::"abc")',
    '(split pct::10 by::$userId seed::"abc")',
    '(and (eq $state "Virginia") (gt $age 65))',
    '(not (eq $state "Virginia"))',
    '(in $userId ["123", "456"])',
    '(matches in::$greeting pattern::"h.*y")',
    '(exists key::"country")',
    '(begins_with $state "A")',
    '(ends_with $email "amazon.com")',
    '(contains $promoCode "WIN")',
    // every comparison
    '(eq $state "Virginia")',
    '(gt $age 65)',
    '(gte $age 18)',
    '(lt $age 13)',
    '(lte $score 3.14)',
    // and / or take any number of conditions
    '(or (eq $a 1) (eq $b 2) (eq $c 3))',
    '(and (eq $a 1))',
    '(or (and (eq $a 1) (not (eq $b 2))) (split pct::50 by::$userId))',
    // operands: integers, floats, negatives, exponents, booleans, timestamps
    '(eq $balance -7)',
    '(gt $ratio 1.234e-5)',
    '(lt $t -0.5)',
    '(eq $beta false)',
    '(gt $signupDate 2012-03-04T05:06:07-08:00)',
    '(lt $month 2024-01)',
    '(gte $day 2024-01-15)',
    '(gte $ts 2024-01-15T10:00:00Z)',
    '(eq $ts 2024-01-15T10:00:00.123+02:00)',
    '(eq $year 2024)',
    // a string with escaped quotes
    '(eq $greeting "say \\"hi\\"")',
    // in:: a string
    '(matches in::"literal" pattern::"^l")',
    // split at its bounds
    '(split pct::0 by::$userId)',
    '(split pct::100 by::$userId)',
    // whitespace: around, inside, tabs and newlines
    '  (eq $a 1)  ',
    '(eq\t$a\n1)',
    // exactly 100 levels of nesting
    `${'(not '.repeat(99)}(eq $a 1)${')'.repeat(99)}`
  ])('%s', (rule) => {
    expect(parseRule(rule)).toEqual([])
  })
})

interface Invalid {
  readonly name: string
  readonly rule: string
  /** Each problem: its message fragment and index, in report order. */
  readonly problems: readonly (readonly [says: string, index: number])[]
}

const invalid: Invalid[] = [
  {
    name: 'an opening parenthesis never closed',
    rule: '(not (eq $a 1)',
    problems: [["unbalanced parentheses: '(' is never closed", 0]]
  },
  {
    name: 'only an opening parenthesis',
    rule: '(',
    problems: [["unbalanced parentheses: '(' is never closed", 0]]
  },
  {
    name: 'one closing parenthesis too many',
    rule: '(eq $a 1))',
    problems: [["unexpected ')' after the end of the rule's expression", 9]]
  },
  {
    name: 'an unknown operator',
    rule: '(foo $a 1)',
    problems: [
      [
        "unknown operator 'foo'; AppConfig rules use eq, gt, gte, lt, lte, begins_with, ends_with, contains, in, and, or, not, matches, exists, split",
        1
      ]
    ]
  },
  {
    name: "'ne', which variant rules do not document",
    rule: '(ne $a 1)',
    problems: [["unknown operator 'ne'", 1]]
  },
  {
    name: 'no operator',
    rule: '( )',
    problems: [["an operator was expected after '('", 2]]
  },
  {
    name: 'a comparison with one operand',
    rule: '(eq $a)',
    problems: [["'eq' takes 2 operands, got 1", 0]]
  },
  {
    name: 'a comparison with three operands, at the third',
    rule: '(eq $a 1 2)',
    problems: [["'eq' takes 2 operands, got 3", 9]]
  },
  {
    name: "'not' with two conditions, at the second",
    rule: '(not (eq $a 1) (eq $b 2))',
    problems: [["'not' takes 1 operand, got 2", 15]]
  },
  {
    name: "'and' with no condition",
    rule: '(and)',
    problems: [["'and' takes at least 1", 0]]
  },
  {
    name: 'a bare word',
    rule: '(eq $state Virginia)',
    problems: [
      [
        '\'Virginia\' is not a value: strings need double quotes ("Virginia"), context keys start with $ ($Virginia)',
        11
      ]
    ]
  },
  {
    name: "'split' without by::",
    rule: '(split pct::10)',
    problems: [["'split' needs 'by::'", 0]]
  },
  {
    name: "'split' without pct::",
    rule: '(split by::$userId)',
    problems: [["'split' needs 'pct::'", 0]]
  },
  {
    name: "'matches' without pattern::",
    rule: '(matches in::$a)',
    problems: [["'matches' needs 'pattern::'", 0]]
  },
  {
    name: "'exists' without key::",
    rule: '(exists)',
    problems: [["'exists' needs 'key::'", 0]]
  },
  {
    name: 'a named argument the operator does not take',
    rule: '(split pct::10 by::$a salt::"x")',
    problems: [
      ["'split' has no argument 'salt::'; it takes pct:: by:: seed::", 22]
    ]
  },
  {
    name: 'a named argument given to a comparison',
    rule: '(eq $a pct::1)',
    problems: [
      ["'eq' takes 2 operands, got 1", 0],
      ["'eq' has no argument 'pct::'", 7]
    ]
  },
  {
    name: 'a named argument given twice',
    rule: '(split pct::10 pct::20 by::$a)',
    problems: [["'pct::' is given twice", 15]]
  },
  {
    name: 'pct over 100',
    rule: '(split pct::101 by::$a)',
    problems: [["'pct::' must be a number from 0 to 100", 12]]
  },
  {
    name: 'pct below 0',
    rule: '(split pct::-1 by::$a)',
    problems: [["'pct::' must be a number from 0 to 100", 12]]
  },
  {
    name: 'pct as a string',
    rule: '(split pct::"10" by::$a)',
    problems: [["'pct::' must be a number from 0 to 100", 12]]
  },
  {
    name: 'by:: a string rather than a context key',
    rule: '(split pct::10 by::"userId")',
    problems: [["'by::' must be a context key such as $userId", 19]]
  },
  {
    name: 'by:: a bare word (reported once, as a bare word)',
    rule: '(split pct::10 by::userId)',
    problems: [["'userId' is not a value", 19]]
  },
  {
    name: 'seed:: a number',
    rule: '(split pct::10 by::$a seed::42)',
    problems: [["'seed::' must be a string in double quotes", 28]]
  },
  {
    name: 'key:: a context key',
    rule: '(exists key::$country)',
    problems: [["'key::' must be a string in double quotes", 13]]
  },
  {
    name: 'pattern:: not a regular expression',
    rule: '(matches in::$a pattern::"(")',
    problems: [["'pattern::' is not a valid regular expression", 25]]
  },
  {
    name: 'in:: a list',
    rule: '(matches in::["a"] pattern::"a")',
    problems: [["'in::' must be a context key or a string", 13]]
  },
  {
    name: 'a named argument without a value',
    rule: '(eq $a pct::)',
    problems: [['a value was expected', 12]]
  },
  {
    name: 'a name::value with an uppercase name',
    rule: '(eq $a X::1)',
    problems: [
      ["'X::1': named arguments are written name::value, such as pct::10", 7]
    ]
  },
  {
    name: 'a second expression after the first',
    rule: '(eq $a 1) (eq $b 2)',
    problems: [
      [
        "unexpected '(eq $b 2)' after the end of the rule's expression (combine conditions with (and ...) or (or ...))",
        10
      ]
    ]
  },
  {
    name: 'a word after the expression',
    rule: '(eq $a "x")extra',
    problems: [["unexpected 'extra' after the end", 11]]
  },
  { name: 'an empty rule', rule: '', problems: [['the rule is empty', 0]] },
  {
    name: 'a rule of spaces',
    rule: '   \n ',
    problems: [['the rule is empty', 0]]
  },
  {
    name: 'no parentheses',
    rule: 'eq $a 1',
    problems: [
      [
        'a rule is one expression in parentheses, such as (eq $country "DE"); it starts with \'e\'',
        0
      ]
    ]
  },
  {
    name: 'a list outside in',
    rule: '(eq $a ["x"])',
    problems: [
      ["a list [...] is only allowed as the second operand of 'in'", 7]
    ]
  },
  {
    name: "'in' with a string rather than a list",
    rule: '(in $a "x")',
    problems: [
      ['the second operand of \'in\' must be a list such as ["a", "b"]', 7]
    ]
  },
  {
    name: 'a list that starts with a comma',
    rule: '(in $a [, "x"])',
    problems: [["a list cannot start with ','", 8]]
  },
  {
    name: 'a list in a list',
    rule: '(in $a [["x"]])',
    problems: [['list items must be strings, numbers or booleans', 8]]
  },
  {
    name: 'an expression in a list',
    rule: '(in $a [(eq $b 1)])',
    problems: [['list items must be strings, numbers or booleans', 8]]
  },
  {
    name: 'a list never closed',
    rule: '(in $a ["x"',
    problems: [["unbalanced brackets: '[' is never closed", 7]]
  },
  {
    name: 'a closing bracket without an opening one',
    rule: '(eq $a ])',
    problems: [["']' without a matching '['", 7]]
  },
  {
    name: 'an unterminated string',
    rule: '(eq $a "x)',
    problems: [['unterminated string: a closing " is missing', 7]]
  },
  {
    name: 'a string ending in an escaped quote',
    rule: '(eq $a "x\\")',
    problems: [['unterminated string', 7]]
  },
  {
    name: 'a context key that starts with a digit',
    rule: '(eq $1abc 1)',
    problems: [["'$1abc' is not a valid context key", 4]]
  },
  {
    name: "'and' over a plain value",
    rule: '(and "x")',
    problems: [["'and' combines conditions such as (eq ...), not a string", 5]]
  },
  {
    name: "'not' over a number",
    rule: '(not 1)',
    problems: [["'not' combines conditions such as (eq ...), not a number", 5]]
  },
  {
    name: 'several problems in one rule, all reported',
    rule: '(foo $a Bar)',
    problems: [
      ["unknown operator 'foo'", 1],
      ["'Bar' is not a value", 8]
    ]
  },
  {
    name: 'nesting deeper than 100 levels, at the 101st',
    rule: `${'(not '.repeat(100)}(eq $a 1)${')'.repeat(100)}`,
    problems: [['the rule nests deeper than 100 levels', 500]]
  }
]

describe('parseRule: invalid rules', () => {
  it.each(invalid)('$name: $rule', ({ rule, problems }) => {
    expect(parseRule(rule)).toEqual(
      problems.map(([says, index]) => ({
        message: expect.stringContaining(says),
        index
      }))
    )
  })

  it('reports the arity with a hint for operators that take named arguments', () => {
    expect(parseRule('(split 10 $userId)')).toEqual(
      expect.arrayContaining([
        {
          message:
            "'split' takes 0 operands, got 2 (it takes named arguments: pct:: by:: seed::)",
          index: 7
        }
      ])
    )
  })
})

describe('parseRule: regressions', () => {
  it.each(['(in $build [1, 2, 3])', '(in $flag [true, false])'])(
    'reads comma-separated numbers and booleans in a list: %s (parse-rule.ts WORD takes the comma)',
    (rule) => {
      expect(parseRule(rule)).toEqual([])
    }
  )

  it('reports deeply nested lists instead of overflowing the stack (parse-rule.ts list())', () => {
    // 16,008 characters: within AppConfig's 16,384-character rule limit
    const rule = `(in $a ${'['.repeat(16000)})`
    expect(() => parseRule(rule)).not.toThrow()
  })
})
