import {
  describeInexact,
  isSuspectNumber,
  sameNumber
} from '../bundle/check-numbers.js'
import { KEY_PATTERN } from '../bundle/schema.js'
import { InputError } from './input-error.js'
import { inputLines } from './input-lines.js'

const KEY = new RegExp(KEY_PATTERN)

/** A JSON value, as `set-flags` attribute values are written. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue }

/** One line of `set-flags`, syntax checked; whether the flag exists is checked later. */
export type FlagSetting =
  | {
      /** 1-based line of the input, for messages. */
      readonly line: number
      readonly flag: string
      readonly kind: 'enabled'
      /** `on` → true, `off` → false. */
      readonly enabled: boolean
    }
  | {
      readonly line: number
      readonly flag: string
      readonly kind: 'attribute'
      readonly attribute: string
      readonly value: JsonValue
      /** The value as the line wrote it: messages quote this, never the parsed value. */
      readonly text?: string
    }

/**
 * `set-flags`: `FLAG=on`, `FLAG=off` or `FLAG.ATTRIBUTE=<JSON>`, one per line. Only the
 * syntax is checked here; whether the flag and attribute exist, and the value fits the
 * attribute's constraints, is checked against the deployed content later.
 */
export function parseSetFlags(value: string): FlagSetting[] | undefined {
  const result: FlagSetting[] = []
  const seen = new Set<string>()
  for (const { line, text } of inputLines(value)) {
    const where = `line ${line} of input 'set-flags' ('${text}')`
    const eq = text.indexOf('=')
    if (eq < 0) {
      throw new InputError(
        'set-flags',
        `${where} has no '='; write FLAG=on, FLAG=off or FLAG.ATTRIBUTE=<JSON value>.`
      )
    }
    const left = text.slice(0, eq).trim()
    const right = text.slice(eq + 1).trim()
    const dot = left.indexOf('.')
    const flag = dot < 0 ? left : left.slice(0, dot)
    const attribute = dot < 0 ? undefined : left.slice(dot + 1)
    if (!KEY.test(flag)) {
      throw new InputError(
        'set-flags',
        `${where}: '${flag}' is not a valid AppConfig flag key (a lowercase letter, then up to 63 letters, digits, '_' or '-').`
      )
    }
    const target = attribute === undefined ? flag : `${flag}.${attribute}`
    if (seen.has(target)) {
      throw new InputError(
        'set-flags',
        `${where}: '${target}' is already set on an earlier line.`
      )
    }
    seen.add(target)
    if (attribute === undefined) {
      if (right !== 'on' && right !== 'off') {
        throw new InputError(
          'set-flags',
          `${where}: a flag is set to 'on' or 'off', not '${right}'; to set an attribute write ${flag}.ATTRIBUTE=<JSON value>.`
        )
      }
      result.push({ line, flag, kind: 'enabled', enabled: right === 'on' })
      continue
    }
    if (attribute === 'enabled') {
      throw new InputError(
        'set-flags',
        `${where}: 'enabled' is not an attribute; write ${flag}=on or ${flag}=off.`
      )
    }
    if (!KEY.test(attribute)) {
      throw new InputError(
        'set-flags',
        `${where}: '${attribute}' is not a valid AppConfig attribute name (a lowercase letter, then up to 63 letters, digits, '_' or '-').`
      )
    }
    let parsed: JsonValue
    try {
      parsed = JSON.parse(right) as JsonValue
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new InputError(
        'set-flags',
        `${where}: the value '${right}' is not JSON (${reason}); quote strings, for example ${flag}.${attribute}="blue".`
      )
    }
    const inexact = inexactNumber(right)
    if (inexact !== undefined)
      throw new InputError('set-flags', `${where}: ${inexact}.`)
    result.push({
      line,
      flag,
      kind: 'attribute',
      attribute,
      value: parsed,
      text: right
    })
  }
  return result.length === 0 ? undefined : result
}

/**
 * A kill switch deploys exactly what was typed, or nothing: a number JSON cannot carry (an
 * overflow that would become null, an integer past 2^53 that would be rounded) is refused,
 * quoting the number as typed. A sentence, or undefined when every number survives.
 */
function inexactNumber(text: string): string | undefined {
  // Number tokens of valid JSON text, strings skipped.
  for (const [token] of text.matchAll(
    /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g
  )) {
    if (token.startsWith('"')) continue
    const n = Number(token)
    if (!Number.isFinite(n))
      return `the number ${token} is past the largest number JSON can carry (about 1.8e308); it would be deployed as null`
    if (isSuspectNumber(n) && !sameNumber(token, JSON.stringify(n)))
      return describeInexact(token, n)
  }
  return undefined
}
