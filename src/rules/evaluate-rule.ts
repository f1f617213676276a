import type { RuleNode } from '../bundle/rule-node.js'
import { parseTimestamp } from './parse-timestamp.js'
import {
  and,
  compareValues,
  not,
  or,
  textOf,
  type Truth,
  type Value
} from './rule-values.js'

/** A context key whose value is not known (the lint evaluates rules for every context). */
export const ANY = Symbol('any context value')

/** A `split` to decide: true for the requests whose bucket of (`by`, `seed`) is below `pct`. */
export interface SplitAtom {
  readonly by: string
  readonly seed: string | undefined
  readonly pct: number
}

/** What a rule is evaluated against. */
export interface RuleEnv {
  /** A context key's value; undefined when the context lacks it. */
  lookup(key: string): Value | typeof ANY
  /**
   * A split between 0 and 100 percent for a context that has its `by` key: true, false, or
   * 'unknown' when its bucket is not known (AppConfig does not publish its hash).
   */
  split(atom: SplitAtom): Truth
}

type Operand = Value | typeof ANY

/**
 * Evaluates a parsed rule (docs/rule-semantics.md, per operator with its AWS source). Only
 * well-formed trees (no parse problems) are evaluated; anything malformed evaluates false.
 */
export function evaluateRule(node: RuleNode, env: RuleEnv): Truth {
  if (node.kind !== 'expr') return condition(operand(node, env))
  const args = node.args
  const named = (name: string): RuleNode | undefined =>
    node.named.find((n) => n.name === name)?.value
  switch (node.operator) {
    case 'and':
      return args.reduce<Truth>((t, a) => and(t, evaluateRule(a, env)), true)
    case 'or':
      return args.reduce<Truth>((t, a) => or(t, evaluateRule(a, env)), false)
    case 'not':
      return args[0] === undefined ? false : not(evaluateRule(args[0], env))
    case 'eq':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compare(
        node.operator,
        operand(args[0], env),
        operand(args[1], env)
      )
    case 'begins_with':
    case 'ends_with':
    case 'contains':
      return text(node.operator, operand(args[0], env), operand(args[1], env))
    case 'in':
      return member(operand(args[0], env), operand(args[1], env))
    case 'matches':
      return matches(operand(named('in'), env), named('pattern'))
    case 'exists': {
      const key = stringOf(named('key'))
      if (key === undefined) return false
      const value = env.lookup(key)
      return value === ANY ? 'unknown' : value !== undefined
    }
    case 'split':
      return split(node, env)
    default:
      return false
  }
}

/** An operand's value: a literal, a context value, or a nested expression's truth. */
function operand(node: RuleNode | undefined, env: RuleEnv): Operand {
  switch (node?.kind) {
    case undefined:
    case 'invalid':
      return undefined
    case 'string':
      return { kind: 'string', value: stringOf(node) ?? '' }
    case 'number':
      return { kind: 'number', value: Number(node.value), text: node.value }
    case 'boolean':
      return { kind: 'boolean', value: node.value === 'true' }
    case 'timestamp': {
      const ms = parseTimestamp(node.value)
      return ms === undefined
        ? undefined
        : { kind: 'timestamp', ms, text: node.value }
    }
    case 'context':
      return env.lookup(node.value.slice(1))
    case 'list': {
      const items = node.items.map((item) => operand(item, env))
      return items.includes(ANY)
        ? ANY
        : { kind: 'list', items: items as Value[] }
    }
    case 'expr': {
      const truth = evaluateRule(node, env)
      return truth === 'unknown' ? ANY : { kind: 'boolean', value: truth }
    }
  }
}

/**
 * A value used as a condition (an operand of and/or/not, or a context value alone): only a
 * boolean (or the text `true`/`false` the header carries) is one; anything else is false, and
 * the lint warns about the rule (rule-not-boolean).
 */
function condition(value: Operand): Truth {
  if (value === ANY) return 'unknown'
  if (value?.kind === 'boolean') return value.value
  if (value?.kind === 'string' && /^(true|false)$/.test(value.value))
    return value.value === 'true'
  return false
}

function compare(operator: string, a: Operand, b: Operand): Truth {
  if (a === ANY || b === ANY) return 'unknown'
  const order = compareValues(a, b, operator !== 'eq')
  if (order === undefined) return false
  switch (operator) {
    case 'eq':
      return order === 0
    case 'gt':
      return order > 0
    case 'gte':
      return order >= 0
    case 'lt':
      return order < 0
    default:
      return order <= 0
  }
}

function text(operator: string, a: Operand, b: Operand): Truth {
  if (a === ANY || b === ANY) return 'unknown'
  const whole = textOf(a)
  const part = textOf(b)
  if (whole === undefined || part === undefined) return false
  if (operator === 'begins_with') return whole.startsWith(part)
  if (operator === 'ends_with') return whole.endsWith(part)
  return whole.includes(part)
}

/** `in`: equal (as `eq` compares) to an item of the list; AWS documents only a list literal. */
function member(a: Operand, list: Operand): Truth {
  if (a === ANY || list === ANY) return 'unknown'
  if (list?.kind !== 'list') return false
  return list.items.some((item) => compareValues(a, item, false) === 0)
}

/**
 * `matches`: AWS says "matches a given regular expression pattern" without saying whether the
 * whole value must match. When a search and a whole match disagree the answer is unknown.
 */
function matches(value: Operand, pattern: RuleNode | undefined): Truth {
  if (value === ANY) return 'unknown'
  const source = stringOf(pattern)
  const subject = textOf(value)
  if (source === undefined || subject === undefined) return false
  let search: RegExp
  let whole: RegExp
  try {
    search = new RegExp(source, 'u')
    whole = new RegExp(`^(?:${source})$`, 'u')
  } catch {
    return false
  }
  const found = search.test(subject)
  return found === whole.test(subject) ? found : 'unknown'
}

function split(node: RuleNode & { kind: 'expr' }, env: RuleEnv): Truth {
  const arg = (name: string): RuleNode | undefined =>
    node.named.find((n) => n.name === name)?.value
  const pctNode = arg('pct')
  const pct = pctNode?.kind === 'number' ? Number(pctNode.value) : NaN
  const by = arg('by')
  if (by?.kind !== 'context' || !(pct >= 0 && pct <= 100)) return false
  const key = env.lookup(by.value.slice(1))
  // No value to hash: nobody is in the split.
  if (key === undefined) return false
  if (pct === 0) return false
  // For any context the key may be absent, so even pct::100 is not always true.
  if (key === ANY) return 'unknown'
  if (pct === 100) return true
  return env.split({ by: by.value, seed: stringOf(arg('seed')), pct })
}

/** A string literal's text (the rule quotes it JSON-style). */
export function stringOf(node: RuleNode | undefined): string | undefined {
  if (node?.kind !== 'string') return undefined
  try {
    return JSON.parse(node.value) as string
  } catch {
    return node.value.slice(1, -1)
  }
}
