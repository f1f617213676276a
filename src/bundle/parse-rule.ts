/**
 * A parser for AppConfig's multi-variant rule language (appconfig-spec.md §1.4), prefix
 * S-expressions: AWS publishes no grammar, so this checks what its documentation shows (balanced
 * brackets, known operators and their arguments, named `pct::`/`by::`..., operand forms) and
 * builds the tree src/rules/ evaluates.
 */

import type { Named, RuleNode, RuleProblem } from './rule-node.js'
export type { Named, RuleNode, RuleProblem }

type Operand = RuleNode

interface Signature {
  /** Positional operand count: exact, or [min, max]. */
  readonly positional?: readonly [number, number]
  /** Named arguments: name → required. */
  readonly named?: Readonly<Record<string, boolean>>
  /** What each positional operand may be. */
  readonly operands: 'values' | 'conditions'
}

const COMPARE: Signature = { positional: [2, 2], operands: 'values' }
const OPERATORS: Readonly<Record<string, Signature>> = {
  eq: COMPARE,
  gt: COMPARE,
  gte: COMPARE,
  lt: COMPARE,
  lte: COMPARE,
  begins_with: COMPARE,
  ends_with: COMPARE,
  contains: COMPARE,
  in: COMPARE,
  and: { positional: [1, Infinity], operands: 'conditions' },
  or: { positional: [1, Infinity], operands: 'conditions' },
  not: { positional: [1, 1], operands: 'conditions' },
  matches: { named: { in: true, pattern: true }, operands: 'values' },
  exists: { named: { key: true }, operands: 'values' },
  split: { named: { pct: true, by: true, seed: false }, operands: 'values' }
}

const TIMESTAMP =
  /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/
const NUMBER = /^-?(\d+(\.\d+)?([eE][+-]?\d+)?|\.\d+)$/
const CONTEXT = /^\$[A-Za-z_][\w.-]*$/
const WORD = /[^\s()[\]",]+/y

class RuleSyntaxError extends Error {
  constructor(
    message: string,
    readonly index: number
  ) {
    super(message)
  }
}

/** Parses a rule; returns its problems (empty when the rule is well formed). */
export function parseRule(text: string): RuleProblem[] {
  return parseRuleTree(text).problems
}

/**
 * Parses a rule into its tree (for the evaluator in src/rules/) and its problems; the tree is
 * undefined when the text is not one expression. Use the tree only when there are no problems.
 */
export function parseRuleTree(text: string): {
  readonly tree: RuleNode | undefined
  readonly problems: RuleProblem[]
} {
  const problems: RuleProblem[] = []
  const parser = new Parser(text, problems)
  let tree: RuleNode | undefined
  try {
    parser.skipSpace()
    if (parser.atEnd()) {
      return {
        tree: undefined,
        problems: [{ message: 'the rule is empty', index: 0 }]
      }
    }
    if (text[parser.pos] !== '(') {
      throw new RuleSyntaxError(
        `a rule is one expression in parentheses, such as (eq $country "DE"); it starts with '${text[parser.pos]}'`,
        parser.pos
      )
    }
    tree = parser.expression()
    parser.skipSpace()
    if (!parser.atEnd()) {
      throw new RuleSyntaxError(
        `unexpected '${text.slice(parser.pos, parser.pos + 20)}' after the end of the rule's expression (combine conditions with (and ...) or (or ...))`,
        parser.pos
      )
    }
  } catch (error) {
    if (!(error instanceof RuleSyntaxError)) throw error
    problems.push({ message: error.message, index: error.index })
    tree = undefined
  }
  return { tree, problems }
}

class Parser {
  pos = 0
  private depth = 0

  constructor(
    private readonly text: string,
    private readonly problems: RuleProblem[]
  ) {}

  atEnd(): boolean {
    return this.pos >= this.text.length
  }

  skipSpace(): void {
    while (!this.atEnd() && /\s/.test(this.text.charAt(this.pos))) this.pos++
  }

  /** `(` operator argument* `)` */
  expression(): Operand {
    const start = this.pos
    this.pos++ // (
    if (++this.depth > 100)
      throw new RuleSyntaxError('the rule nests deeper than 100 levels', start)
    this.skipSpace()
    const opIndex = this.pos
    const operator = this.word()
    if (operator === '') {
      throw new RuleSyntaxError(
        this.atEnd()
          ? "unbalanced parentheses: '(' is never closed"
          : "an operator was expected after '('",
        this.atEnd() ? start : this.pos
      )
    }
    const signature = OPERATORS[operator]
    if (signature === undefined) {
      this.report(
        `unknown operator '${operator}'; AppConfig rules use ${Object.keys(OPERATORS).join(', ')}`,
        opIndex
      )
    }
    const positional: Operand[] = []
    const named: Named[] = []
    for (;;) {
      this.skipSpace()
      if (this.atEnd())
        throw new RuleSyntaxError(
          "unbalanced parentheses: '(' is never closed",
          start
        )
      if (this.text[this.pos] === ')') {
        this.pos++
        break
      }
      const argIndex = this.pos
      const name = this.namedPrefix()
      if (name !== undefined) {
        named.push({ name, value: this.operand(), index: argIndex })
      } else {
        positional.push(this.operand())
      }
    }
    this.depth--
    if (signature !== undefined)
      this.checkArguments(operator, signature, positional, named, start)
    return {
      kind: 'expr',
      operator,
      index: start,
      end: this.pos,
      args: positional,
      named
    }
  }

  private checkArguments(
    operator: string,
    signature: Signature,
    positional: Operand[],
    named: Named[],
    start: number
  ): void {
    const [min, max] = signature.positional ?? [0, 0]
    if (positional.length < min || positional.length > max) {
      const expected =
        min === max
          ? `${min}`
          : max === Infinity
            ? `at least ${min}`
            : `${min} to ${max}`
      const namedHint = signature.named
        ? ` (it takes named arguments: ${Object.keys(signature.named)
            .map((n) => `${n}::`)
            .join(' ')})`
        : ''
      this.report(
        `'${operator}' takes ${expected} operand${max === 1 ? '' : 's'}, got ${positional.length}${namedHint}`,
        positional[max]?.index ?? start
      )
    }
    for (const operand of positional) {
      if (signature.operands === 'conditions') {
        if (
          operand.kind !== 'expr' &&
          operand.kind !== 'boolean' &&
          operand.kind !== 'context'
        ) {
          this.report(
            `'${operator}' combines conditions such as (eq ...), not a ${operand.kind}`,
            operand.index
          )
        }
      } else if (operand.kind === 'list' && operator !== 'in') {
        this.report(
          `a list [...] is only allowed as the second operand of 'in'`,
          operand.index
        )
      }
    }
    const list = positional.length === 2 ? positional[1] : undefined
    if (operator === 'in' && list !== undefined) {
      if (!['list', 'context', 'invalid'].includes(list.kind)) {
        this.report(
          `the second operand of 'in' must be a list such as ["a", "b"]`,
          list.index
        )
      }
    }
    const seen = new Set<string>()
    for (const arg of named) {
      const allowed = signature.named ?? {}
      if (!(arg.name in allowed)) {
        const names = Object.keys(allowed)
        this.report(
          `'${operator}' has no argument '${arg.name}::'${names.length ? `; it takes ${names.map((n) => `${n}::`).join(' ')}` : ''}`,
          arg.index
        )
      } else if (seen.has(arg.name)) {
        this.report(`'${arg.name}::' is given twice`, arg.index)
      }
      seen.add(arg.name)
      this.checkNamed(operator, arg)
    }
    for (const [name, required] of Object.entries(signature.named ?? {})) {
      if (required && !seen.has(name))
        this.report(`'${operator}' needs '${name}::'`, start)
    }
  }

  private checkNamed(operator: string, arg: Named): void {
    const { name, value } = arg
    if (value.kind === 'invalid') return // already reported
    if (operator === 'split' && name === 'pct') {
      const pct = value.kind === 'number' ? Number(value.value) : NaN
      if (!(pct >= 0 && pct <= 100)) {
        this.report(`'pct::' must be a number from 0 to 100`, value.index)
      }
    }
    if (operator === 'split' && name === 'by' && value.kind !== 'context') {
      this.report(`'by::' must be a context key such as $userId`, value.index)
    }
    if (
      (name === 'seed' || name === 'pattern' || name === 'key') &&
      value.kind !== 'string'
    ) {
      this.report(`'${name}::' must be a string in double quotes`, value.index)
    }
    if (name === 'pattern' && value.kind === 'string') {
      try {
        new RegExp(JSON.parse(value.value) as string)
      } catch {
        this.report(
          `'pattern::' is not a valid regular expression`,
          value.index
        )
      }
    }
    if (operator === 'matches' && name === 'in' && value.kind === 'list') {
      this.report(`'in::' must be a context key or a string`, value.index)
    }
  }

  /** `name::` directly before an operand, or undefined. */
  private namedPrefix(): string | undefined {
    const match = /([a-z_]+)::/y
    match.lastIndex = this.pos
    const m = match.exec(this.text)
    if (m === null) return undefined
    this.pos += m[0].length
    return m[1]
  }

  private word(): string {
    WORD.lastIndex = this.pos
    const m = WORD.exec(this.text)
    if (m === null) return ''
    this.pos += m[0].length
    return m[0]
  }

  private operand(): Operand {
    const index = this.pos
    const c = this.text[this.pos]
    if (c === undefined || c === ')' || /\s/.test(c)) {
      throw new RuleSyntaxError('a value was expected', index)
    }
    if (c === '(') return this.expression()
    if (c === '"') return { kind: 'string', index, value: this.string() }
    if (c === '[') return this.list()
    if (c === ']')
      throw new RuleSyntaxError("']' without a matching '['", index)
    const word = this.word()
    if (word.includes('::')) {
      throw new RuleSyntaxError(
        `'${word}': named arguments are written name::value, such as pct::10`,
        index
      )
    }
    if (word === 'true' || word === 'false')
      return { kind: 'boolean', index, value: word }
    if (NUMBER.test(word)) return { kind: 'number', index, value: word }
    if (TIMESTAMP.test(word)) return { kind: 'timestamp', index, value: word }
    if (CONTEXT.test(word)) return { kind: 'context', index, value: word }
    if (word.startsWith('$')) {
      this.report(`'${word}' is not a valid context key`, index)
      return { kind: 'invalid', index, value: word }
    }
    this.report(
      `'${word}' is not a value: strings need double quotes ("${word}"), context keys start with $ ($${word})`,
      index
    )
    return { kind: 'invalid', index, value: word }
  }

  /** A double-quoted string; returns its source text (quotes included). */
  private string(): string {
    const start = this.pos
    this.pos++
    while (!this.atEnd()) {
      const c = this.text[this.pos]
      if (c === '\\') this.pos += 2
      else if (c === '"') {
        this.pos++
        return this.text.slice(start, this.pos)
      } else this.pos++
    }
    throw new RuleSyntaxError(
      'unterminated string: a closing " is missing',
      start
    )
  }

  private list(): Operand {
    const start = this.pos
    this.pos++ // [
    if (++this.depth > 100) {
      throw new RuleSyntaxError('the rule nests deeper than 100 levels', start)
    }
    const items: Operand[] = []
    for (;;) {
      this.skipSpace()
      if (this.atEnd())
        throw new RuleSyntaxError(
          "unbalanced brackets: '[' is never closed",
          start
        )
      const c = this.text[this.pos]
      if (c === ']') {
        this.pos++
        break
      }
      if (c === ',') {
        if (items.length === 0)
          this.report("a list cannot start with ','", this.pos)
        this.pos++
        continue
      }
      const item = this.operand()
      if (item.kind === 'expr' || item.kind === 'list') {
        this.report(
          'list items must be strings, numbers or booleans',
          item.index
        )
      }
      items.push(item)
    }
    this.depth--
    return {
      kind: 'list',
      index: start,
      value: this.text.slice(start, this.pos),
      items
    }
  }

  private report(message: string, index: number): void {
    this.problems.push({ message, index })
  }
}
