/** A parsed JSON object; content from AWS is read through these helpers, never trusted to be well formed. */
export type JsonObject = Record<string, unknown>

/** A non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `parent[key]` if it is an own property. Valid flag and attribute keys include `constructor`
 * and `toString`, so a plain index would find Object.prototype's members for a missing key.
 */
export function own(parent: JsonObject, key: string): unknown {
  return Object.hasOwn(parent, key) ? parent[key] : undefined
}

/** `parent[key]` when `parent` is an object and that own property is one too; `{}` otherwise. */
export function objectAt(parent: unknown, key: string): JsonObject {
  const value = isObject(parent) ? own(parent, key) : undefined
  return isObject(value) ? value : {}
}
