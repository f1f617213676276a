import type { JsonPath } from './problem.js'

/*
 * The shapes of a feature-flag document the schema check names in its messages: what a path
 * points at (a flag, a value, an attribute…), which keys each kind allows, and the key rule.
 */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What a path points at, by its shape. */
export type Kind =
  | 'root'
  | 'flags'
  | 'flag'
  | 'deprecation'
  | 'attributes'
  | 'attribute'
  | 'constraints'
  | 'elements'
  | 'values'
  | 'value'
  | 'variants'
  | 'variant'
  | 'attributeValues'
  | 'attributeValue'
  | 'other'

export function kindOf(path: JsonPath): Kind {
  const [top, , third, , fifth, sixth] = path
  const n = path.length
  if (n === 0) return 'root'
  if (top === 'flags') {
    if (n === 1) return 'flags'
    if (n === 2) return 'flag'
    if (n === 3)
      return third === '_deprecation'
        ? 'deprecation'
        : third === 'attributes'
          ? 'attributes'
          : 'other'
    if (third === 'attributes') {
      if (n === 4) return 'attribute'
      if (n === 5 && fifth === 'constraints') return 'constraints'
      if (n === 6 && fifth === 'constraints' && sixth === 'elements')
        return 'elements'
    }
    return 'other'
  }
  if (top === 'values') {
    if (n === 1) return 'values'
    if (n === 2) return 'value'
    if (third === '_variants') {
      if (n === 3) return 'variants'
      if (n === 4) return 'variant'
      if (n === 5 && path[4] === 'attributeValues') return 'attributeValues'
      if (n === 6 && path[4] === 'attributeValues') return 'attributeValue'
      return 'other'
    }
    if (n === 3) return 'attributeValue'
  }
  return 'other'
}

export const ALLOWED: Partial<Record<Kind, string>> = {
  root: 'version, flags, values',
  flag: 'name, description, attributes, _deprecation, _createdAt, _updatedAt',
  deprecation: 'status, date',
  attribute: 'description, constraints',
  constraints:
    'type, required, and for numbers minimum/maximum, for strings pattern or enum, for arrays elements',
  elements:
    'type, and for numbers minimum/maximum, for strings pattern or enum',
  value:
    "enabled, _variants, _createdAt, _updatedAt, and the flag's attribute keys",
  variant: 'name, enabled, rule, attributeValues'
}

export const KEYED_MAPS: Partial<Record<Kind, string>> = {
  flags: 'flag key',
  values: 'flag key',
  attributes: 'attribute key',
  attributeValues: 'attribute key',
  value: 'attribute key'
}

export const KEY_RULE =
  'AppConfig keys start with a lowercase letter and hold only letters, digits, _ and - (at most 64 characters)'

/** How to map a dotted flag name (domain.feature.variant) onto AppConfig's levels. */
export const DOTTED_NAME_HINT =
  "Map a dotted name like payments.instant-transfer.enabled onto AppConfig's own levels: application = domain (payments), flag = feature (instant-transfer), attribute = variant or setting (enabled)"

/** The explanation for a key AppConfig refuses; dots get the mapping teams usually want. */
export function keyFormatMessage(what: string, key: string): string {
  let message = `${what} '${key}' is not a valid AppConfig key: ${KEY_RULE}`
  if (key.includes('.'))
    message += `. AppConfig keys cannot contain '.'. ${DOTTED_NAME_HINT}`
  return message
}

export function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  // JSON.stringify says `null` for an overflow (1e309): the parser's own error quotes the text.
  if (typeof value === 'number' && !Number.isFinite(value))
    return 'a number too large for JSON'
  return `a ${typeof value} (${JSON.stringify(value)?.slice(0, 40)})`
}

export function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number')
      node = node[segment] as unknown
    else if (isObject(node) && typeof segment === 'string') node = node[segment]
    else return undefined
  }
  return node
}
