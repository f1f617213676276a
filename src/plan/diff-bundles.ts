import { canonicalJson } from '../bundle/canonical-json.js'
import { flagsOf, type FlagParts } from '../bundle/flags-of.js'
import type { FlagChange, FlagDetail } from './plan.js'
import { capPair, capText } from './cap-text.js'
import {
  isObject,
  objectAt,
  own,
  type JsonObject
} from '../bundle/json-object.js'
import { isEqualJson, stripMetadata } from '../bundle/same-content.js'

/** Definition keys with a detail of their own; any other key is reported as `definition <key>`. */
const DEFINITION_FIELDS = ['name', 'description', '_deprecation'] as const

/** Value keys that are not attribute values. */
const VALUE_FIELDS: ReadonlySet<string> = new Set(['enabled', '_variants'])

/** Variant keys with a detail of their own; any other key is reported by its name. */
const VARIANT_FIELDS: ReadonlySet<string> = new Set([
  'enabled',
  'rule',
  'attributeValues'
])

/** One flag: its `flags.<key>` definition and its `values.<key>` value, metadata stripped. */
type FlagState = FlagParts

const ABSENT: FlagState = { definition: {}, value: {} }

/** What deploying a bundle changes, flag by flag. */
export interface BundleDiff {
  /** Added, removed and changed flags, sorted by key. */
  readonly changes: FlagChange[]
  /** Flags present on both sides with the same content. */
  readonly unchangedCount: number
  /** False when the bundle has the deployed content (metadata and key order aside). */
  readonly changed: boolean
}

/** Flag-level diff of the deployed content (undefined: nothing deployed yet) against the bundle. */
export function diffBundles(deployed: unknown, bundle: unknown): BundleDiff {
  const strippedDeployed = stripMetadata(deployed)
  const strippedBundle = stripMetadata(bundle)
  const before = flagsOf(strippedDeployed)
  const after = flagsOf(strippedBundle)
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort()

  const changes: FlagChange[] = []
  let unchangedCount = 0
  for (const key of keys) {
    const old = before.get(key)
    const next = after.get(key)
    if (old === undefined || next === undefined) {
      changes.push({
        key,
        kind: old === undefined ? 'added' : 'removed',
        details: describeFlag(old ?? ABSENT, next ?? ABSENT)
      })
    } else if (isEqualJson(old, next)) {
      unchangedCount += 1
    } else {
      const toggled = toggleOf(old.value, next.value)
      changes.push({
        key,
        kind: 'changed',
        ...(toggled === undefined ? {} : { toggled }),
        details: describeFlag(old, next)
      })
    }
  }
  // Decided on the whole content, not the flags: `version` or stray top-level keys count too.
  const changed = !isEqualJson(strippedDeployed, strippedBundle)
  return { changes, unchangedCount, changed }
}

/**
 * The details of one flag's change, most consequential first: state, attribute values,
 * variants, then the definition. Diffing against ABSENT summarises an added or removed flag.
 */
function describeFlag(before: FlagState, after: FlagState): FlagDetail[] {
  const details: FlagDetail[] = []
  const b = before.value
  const a = after.value

  // Every key of a value is covered: `enabled`, `_variants`, and attribute values for the rest.
  pushIfDifferent(details, 'enabled', own(b, 'enabled'), own(a, 'enabled'))
  const attributeKeys = unionOfKeys(b, a).filter((k) => !VALUE_FIELDS.has(k))
  for (const name of attributeKeys) {
    pushIfDifferent(details, `attribute ${name}`, own(b, name), own(a, name))
  }
  details.push(...describeVariants(own(b, '_variants'), own(a, '_variants')))

  const definitionDetails: FlagDetail[] = []
  const bd = before.definition
  const ad = after.definition
  for (const field of DEFINITION_FIELDS) {
    pushIfDifferent(definitionDetails, field, own(bd, field), own(ad, field))
  }
  const bAttributes = objectAt(bd, 'attributes')
  const aAttributes = objectAt(ad, 'attributes')
  for (const name of unionOfKeys(bAttributes, aAttributes)) {
    pushIfDifferent(
      definitionDetails,
      `attribute ${name} definition`,
      own(bAttributes, name),
      own(aAttributes, name)
    )
  }
  const known = new Set<string>([...DEFINITION_FIELDS, 'attributes'])
  for (const field of unionOfKeys(bd, ad).filter((k) => !known.has(k))) {
    pushIfDifferent(
      definitionDetails,
      `definition ${field}`,
      own(bd, field),
      own(ad, field)
    )
  }
  // E.g. `attributes` was not an object on one side: say what differs rather than nothing.
  if (definitionDetails.length === 0 && !isEqualJson(bd, ad)) {
    definitionDetails.push(detail('definition', bd, ad))
  }
  return [...details, ...definitionDetails]
}

/** A basic flag's state flip; undefined for multi-variant flags, whose state is per variant. */
function toggleOf(
  before: JsonObject,
  after: JsonObject
): 'enabled' | 'disabled' | undefined {
  if (
    Array.isArray(own(before, '_variants')) ||
    Array.isArray(own(after, '_variants'))
  ) {
    return undefined
  }
  // Only a definite flip counts: AppConfig does not document what a missing `enabled` means.
  const was = own(before, 'enabled')
  const is = own(after, 'enabled')
  if (typeof was !== 'boolean' || typeof is !== 'boolean' || was === is) {
    return undefined
  }
  return is ? 'enabled' : 'disabled'
}

/** A variant with the label that identifies it in details. */
interface LabelledVariant {
  readonly label: string
  /** What `variant order` lists: its name, or `#n` when it has none. */
  readonly shortName: string
  readonly variant: JsonObject
}

/**
 * Variant changes, matched by name (names identify variants; order decides which rule wins,
 * appconfig-spec.md §1.4, so a reorder of the variants both sides share is a detail too).
 */
function describeVariants(before: unknown, after: unknown): FlagDetail[] {
  if (isEqualJson(before, after)) return []
  const old = labelVariants(before)
  const next = labelVariants(after)
  const oldByLabel = new Map(old.map((v) => [v.label, v]))
  const nextLabels = new Set(next.map((v) => v.label))
  const details: FlagDetail[] = []

  for (const { label, variant } of next) {
    const previous = oldByLabel.get(label)
    if (previous === undefined) details.push(detail(label, undefined, variant))
    else details.push(...describeVariant(label, previous.variant, variant))
  }
  for (const { label, variant } of old) {
    if (!nextLabels.has(label)) details.push(detail(label, variant, undefined))
  }
  const sharedBefore = old.filter((v) => nextLabels.has(v.label))
  const sharedAfter = next.filter((v) => oldByLabel.has(v.label))
  if (sharedBefore.some((v, i) => v.label !== sharedAfter[i]?.label)) {
    details.push(
      detail(
        'variant order',
        old.map((v) => v.shortName),
        next.map((v) => v.shortName)
      )
    )
  }
  // E.g. `_variants` went from [] to absent, or from a non-array: still say what differs.
  if (details.length === 0) details.push(detail('variants', before, after))
  return details
}

/** One changed variant: a detail per changed field. */
function describeVariant(
  label: string,
  before: JsonObject,
  after: JsonObject
): FlagDetail[] {
  if (isEqualJson(before, after)) return []
  const details: FlagDetail[] = []
  pushIfDifferent(
    details,
    `${label} enabled`,
    own(before, 'enabled'),
    own(after, 'enabled')
  )
  pushIfDifferent(
    details,
    `${label} rule`,
    own(before, 'rule'),
    own(after, 'rule')
  )
  const bValues = objectAt(before, 'attributeValues')
  const aValues = objectAt(after, 'attributeValues')
  for (const name of unionOfKeys(bValues, aValues)) {
    pushIfDifferent(
      details,
      `${label} attribute ${name}`,
      own(bValues, name),
      own(aValues, name)
    )
  }
  for (const field of unionOfKeys(before, after)) {
    if (VARIANT_FIELDS.has(field)) continue
    pushIfDifferent(
      details,
      `${label} ${field}`,
      own(before, field),
      own(after, field)
    )
  }
  if (details.length === 0) details.push(detail(label, before, after))
  return details
}

/**
 * Labels `variant "QA"`; a variant without a string name is `variant #n` (1-based position)
 * and a repeated name gets its position too, so every label on one side is unique.
 */
function labelVariants(variants: unknown): LabelledVariant[] {
  if (!Array.isArray(variants)) return []
  const seen = new Set<string>()
  return variants.map((raw: unknown, index) => {
    const variant = isObject(raw) ? raw : {}
    const position = `#${index + 1}`
    const name = own(variant, 'name')
    if (typeof name !== 'string') {
      return { label: `variant ${position}`, shortName: position, variant }
    }
    const quoted = `variant ${JSON.stringify(name)}`
    const label = seen.has(quoted) ? `${quoted} ${position}` : quoted
    seen.add(quoted)
    return { label, shortName: name, variant }
  })
}

function pushIfDifferent(
  details: FlagDetail[],
  what: string,
  before: unknown,
  after: unknown
): void {
  if (!isEqualJson(before, after)) details.push(detail(what, before, after))
}

/** A detail with compact, key-sorted JSON text; an absent side is left out. */
function detail(what: string, before: unknown, after: unknown): FlagDetail {
  if (before !== undefined && after !== undefined) {
    // Both sides: cut around their first difference, so the cut cannot hide it (issue 25).
    const pair = capPair(toJsonText(before), toJsonText(after))
    return { what, ...pair }
  }
  return {
    what,
    ...(before === undefined ? {} : { before: capText(toJsonText(before)) }),
    ...(after === undefined ? {} : { after: capText(toJsonText(after)) })
  }
}

/** Compact JSON with object keys sorted, so equal values always read the same. */
const toJsonText = canonicalJson

/** Sorted union of two objects' keys (code-unit order, so the same in every locale). */
function unionOfKeys(a: JsonObject, b: JsonObject): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
}
