import { objectAt, type JsonObject } from './json-object.js'

/** One flag of a feature-flag document: its `flags.<key>` definition and `values.<key>` value. */
export interface FlagParts {
  readonly definition: JsonObject
  readonly value: JsonObject
}

/**
 * The flags of a feature-flag document, the one rule every comparison uses (diff, drift,
 * overview): every key in `flags` or in `values`, definitions first; a part that is missing or
 * not an object (malformed content from AWS) counts as empty. AppConfig's metadata is kept:
 * callers that ignore it strip it first (same-content.ts).
 */
export function flagsOf(content: unknown): Map<string, FlagParts> {
  const definitions = objectAt(content, 'flags')
  const values = objectAt(content, 'values')
  const flags = new Map<string, FlagParts>()
  for (const key of [...Object.keys(definitions), ...Object.keys(values)]) {
    if (flags.has(key)) continue
    flags.set(key, {
      definition: objectAt(definitions, key),
      value: objectAt(values, key)
    })
  }
  return flags
}
