/**
 * The values a rule compares, and how two of them compare (docs/rule-semantics.md). AWS
 * documents each operator with one example and is silent on mixed types; the choices here
 * follow from one fact it does document: the agent receives the context as text in a `Context`
 * header (`Context: country=US`), so a context value that reads as a number or a timestamp
 * must be able to compare as one.
 */
import { parseTimestamp } from './parse-timestamp.js'

/** A context value as a test case gives it. */
export type ContextValue = string | number | boolean

/** A value during evaluation; `undefined` is an absent context key. */
export type Value =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'timestamp'; readonly ms: number; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly Value[] }
  | undefined

/** Three-valued truth: `unknown` when the answer depends on what is not known offline. */
export type Truth = boolean | 'unknown'

/** Kleene's and/or/not over Truth. */
export function and(a: Truth, b: Truth): Truth {
  if (a === false || b === false) return false
  return a === true && b === true ? true : 'unknown'
}
export function or(a: Truth, b: Truth): Truth {
  if (a === true || b === true) return true
  return a === false && b === false ? false : 'unknown'
}
export function not(a: Truth): Truth {
  return a === 'unknown' ? 'unknown' : !a
}

const NUMBER_TEXT = /^\s*-?(?:\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)\s*$/

/** The value a test case's context gives a key. */
export function fromContext(value: ContextValue | undefined): Value {
  if (value === undefined) return undefined
  if (typeof value === 'string') return { kind: 'string', value }
  if (typeof value === 'number')
    return { kind: 'number', value, text: String(value) }
  return { kind: 'boolean', value }
}

/** The text form of a scalar (what the agent received in the header). */
export function textOf(value: Value): string | undefined {
  switch (value?.kind) {
    case 'string':
      return value.value
    case 'number':
    case 'timestamp':
      return value.text
    case 'boolean':
      return String(value.value)
    default:
      return undefined
  }
}

function asNumber(value: Value): number | undefined {
  if (value?.kind === 'number') return value.value
  if (value?.kind === 'string' && NUMBER_TEXT.test(value.value))
    return Number(value.value)
  return undefined
}

function asTimestamp(value: Value): number | undefined {
  if (value?.kind === 'timestamp') return value.ms
  if (value?.kind === 'string') return parseTimestamp(value.value.trim())
  return undefined
}

function asBoolean(value: Value): boolean | undefined {
  if (value?.kind === 'boolean') return value.value
  if (value?.kind === 'string' && /^(true|false)$/.test(value.value))
    return value.value === 'true'
  return undefined
}

/**
 * -1, 0 or 1 when `a` and `b` are comparable (numbers, timestamps, booleans for equality,
 * strings by code points), else undefined: an absent key or mismatched types compare false.
 */
export function compareValues(
  a: Value,
  b: Value,
  ordering: boolean
): number | undefined {
  if (a === undefined || b === undefined) return undefined
  if (a.kind === 'timestamp' || b.kind === 'timestamp')
    return sign(asTimestamp(a), asTimestamp(b))
  if (a.kind === 'number' || b.kind === 'number')
    return sign(asNumber(a), asNumber(b))
  if (a.kind === 'boolean' || b.kind === 'boolean') {
    if (ordering) return undefined
    const x = asBoolean(a)
    const y = asBoolean(b)
    return x === undefined || y === undefined ? undefined : x === y ? 0 : 1
  }
  if (a.kind === 'string' && b.kind === 'string')
    return a.value < b.value ? -1 : a.value > b.value ? 1 : 0
  return undefined
}

function sign(
  x: number | undefined,
  y: number | undefined
): number | undefined {
  if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y))
    return undefined
  return x < y ? -1 : x > y ? 1 : 0
}
