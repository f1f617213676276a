import { isObject, objectAt, own } from '../bundle/json-object.js'
import type { HygieneFlag } from './assess-hygiene.js'

/** The content's flags with their `_deprecation.date`, for the stale check and the code search. */
export function hygieneFlags(content: unknown): HygieneFlag[] {
  const definitions = objectAt(content, 'flags')
  return Object.keys(definitions).map((key) => {
    const deprecation = own(definitions, key)
    const date = isObject(deprecation)
      ? own(objectAt(deprecation, '_deprecation'), 'date')
      : undefined
    return typeof date === 'string' ? { key, deprecationDate: date } : { key }
  })
}

/** Keys whose `_deprecation.date` has passed (`today` is `YYYY-MM-DD`, UTC; due today is not stale). */
export function staleKeys(
  flags: readonly HygieneFlag[],
  today: string
): string[] {
  return flags
    .filter((f) => f.deprecationDate !== undefined && f.deprecationDate < today)
    .map((f) => f.key)
    .sort()
}
