import { isObject, type JsonObject } from './json-object.js'

/**
 * Keys AppConfig adds to flags and values when it stores a version (appconfig-spec.md §1.1).
 * Stripping them at any depth is safe: every customer-chosen key must match
 * `^[a-z][a-zA-Z\d_-]{0,63}$`, so none can start with `_`.
 */
export const METADATA_KEYS: ReadonlySet<string> = new Set([
  '_createdAt',
  '_updatedAt'
])

/** A deep copy of a bundle without AppConfig's `_createdAt`/`_updatedAt` keys or a top-level `$schema`. */
export function stripMetadata(bundle: unknown): unknown {
  if (!isObject(bundle)) return copyWithoutMetadata(bundle)
  // `$schema` only helps editors; the reader accepts it at the top and AppConfig never sees it.
  return copyObject(
    bundle,
    (key) => key !== '$schema' && !METADATA_KEYS.has(key)
  )
}

/** Whether two bundles have the same content: metadata and object key order ignored, array order kept. */
export function isSameContent(a: unknown, b: unknown): boolean {
  return isEqualJson(stripMetadata(a), stripMetadata(b))
}

function copyWithoutMetadata(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyWithoutMetadata)
  if (!isObject(value)) return value
  return copyObject(value, (key) => !METADATA_KEYS.has(key))
}

function copyObject(
  value: JsonObject,
  keep: (key: string) => boolean
): JsonObject {
  // Object.fromEntries defines own properties, so a `__proto__` key from JSON.parse stays a key.
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => keep(key))
      .map(([key, item]) => [key, copyWithoutMetadata(item)])
  )
}

/** Deep equality of JSON values; object key order is ignored, array order is not. */
export function isEqualJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    return (
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => isEqualJson(item, b[i]))
    )
  }
  if (!isObject(a) || !isObject(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every(
    (key) => Object.hasOwn(b, key) && isEqualJson(a[key], b[key])
  )
}
