import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'

/** One problem with feature-flag content, in the terms of AppConfig's `InvalidConfigurationDetail`. */
export interface FlagProblem {
  /** JSON pointer-like path (`flags.Bad Key`, `values.good.pct`). */
  location: string
  constraint: string
  reason: string
  value: unknown
}

/**
 * The emulator's own check of `AWS.AppConfig.FeatureFlags` content, written from what AWS
 * publishes (reference/appconfig-spec.md §1), independent of the action's validator in
 * src/bundle/ so that a bug there cannot hide in the e2e tests:
 * - the published JSON Schema (draft-07), read from schema/feature-flags.schema.json less the
 *   `$schema` member that file adds as an editor aid (AppConfig's schema has none), run by Ajv;
 * - what the schema states but cannot enforce (§1.2 quirks 1-2): at most 32 variants and at
 *   most 25 attribute values per flag value or variant;
 * - what AppConfig "additionally validates" (§1.2 quirk 4-5, §1.4): every value belongs to a
 *   flag; attribute values use attributes the flag defines, of the type and within the
 *   pattern / enum / minimum / maximum its constraints give, `required` ones present; the
 *   attribute name `enabled` is reserved; the default variant (no rule) comes last.
 */
export function checkFeatureFlags(document: unknown): FlagProblem[] {
  const validate = schemaValidator()
  const problems: FlagProblem[] = []
  if (!validate(document))
    for (const error of validate.errors ?? []) problems.push(fromAjv(error))
  if (!isRecord(document)) return problems
  // AppConfig lists every problem it finds; the cross-checks below read only what the schema
  // let through or what has the shape they expect, so a schema error cannot make them throw.
  try {
    checkSemantics(document, problems)
  } catch {
    // A shape the schema already refused.
  }
  return problems
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function checkSemantics(document: unknown, problems: FlagProblem[]): void {
  const root = document as {
    flags?: Record<string, Flag>
    values?: Record<string, Record<string, unknown>>
  }
  const flags = root.flags ?? {}
  for (const [key, flag] of Object.entries(flags))
    for (const name of Object.keys(flag.attributes ?? {}))
      if (name === 'enabled')
        problems.push({
          location: `flags.${key}.attributes.enabled`,
          constraint: 'reserved',
          reason: 'the attribute name "enabled" is reserved',
          value: name
        })
  for (const [key, value] of Object.entries(root.values ?? {})) {
    const flag = flags[key]
    const where = `values.${key}`
    if (flag === undefined) {
      problems.push({
        location: where,
        constraint: 'flag',
        reason: `there is no flag ${key} under flags`,
        value: key
      })
      continue
    }
    const attributes = Object.fromEntries(
      Object.entries(value).filter(([k]) => !RESERVED_VALUE_KEYS.has(k))
    )
    const variants = Array.isArray(value._variants)
      ? (value._variants as Variant[])
      : undefined
    if (variants === undefined) {
      checkAttributes(flag, attributes, where, problems)
      continue
    }
    if (variants.length > 32)
      problems.push({
        location: `${where}._variants`,
        constraint: 'maxItems',
        reason: 'a flag has at most 32 variants',
        value: variants.length
      })
    variants.forEach((variant, i) => {
      const at = `${where}._variants[${i}]`
      if (variant.rule === undefined && i !== variants.length - 1)
        problems.push({
          location: at,
          constraint: 'defaultVariant',
          reason:
            'the default variant (the one without a rule) must be the last',
          value: variant.name
        })
      checkAttributes(
        flag,
        variant.attributeValues ?? {},
        `${at}.attributeValues`,
        problems
      )
    })
  }
}

interface Constraints {
  type: 'string' | 'number' | 'boolean' | 'array'
  required?: boolean
  pattern?: string
  enum?: (string | number)[]
  minimum?: number
  maximum?: number
  elements?: Constraints
}
interface Flag {
  attributes?: Record<string, { constraints?: Constraints }>
}
interface Variant {
  name: string
  rule?: string
  attributeValues?: Record<string, unknown>
}

const RESERVED_VALUE_KEYS = new Set([
  'enabled',
  '_variants',
  '_createdAt',
  '_updatedAt'
])

function checkAttributes(
  flag: Flag,
  values: Record<string, unknown>,
  where: string,
  problems: FlagProblem[]
): void {
  const defined = flag.attributes ?? {}
  if (Object.keys(values).length > 25)
    problems.push({
      location: where,
      constraint: 'maxProperties',
      reason: 'at most 25 attribute values',
      value: Object.keys(values).length
    })
  for (const [name, value] of Object.entries(values)) {
    const definition = defined[name]
    if (definition === undefined) {
      problems.push({
        location: `${where}.${name}`,
        constraint: 'attribute',
        reason: `the flag defines no attribute ${name}`,
        value
      })
      continue
    }
    if (definition.constraints !== undefined)
      checkValue(definition.constraints, value, `${where}.${name}`, problems)
  }
  for (const [name, definition] of Object.entries(defined))
    if (definition.constraints?.required === true && !(name in values))
      problems.push({
        location: `${where}.${name}`,
        constraint: 'required',
        reason: `attribute ${name} is required`,
        value: null
      })
}

function checkValue(
  c: Constraints,
  value: unknown,
  where: string,
  problems: FlagProblem[]
): void {
  const fail = (constraint: string, reason: string): void => {
    problems.push({ location: where, constraint, reason, value })
  }
  if (c.type === 'array') {
    if (!Array.isArray(value)) return fail('type', 'must be an array')
    if (c.elements !== undefined)
      value.forEach((item, i) =>
        checkValue(c.elements!, item, `${where}[${i}]`, problems)
      )
    return
  }
  if (typeof value !== c.type) return fail('type', `must be a ${c.type}`)
  if (c.enum !== undefined && !c.enum.includes(value as string | number))
    fail('enum', `must be one of ${JSON.stringify(c.enum)}`)
  if (
    c.pattern !== undefined &&
    typeof value === 'string' &&
    !new RegExp(c.pattern, 'u').test(value)
  )
    fail('pattern', `must match ${c.pattern}`)
  if (typeof value === 'number') {
    if (c.minimum !== undefined && value < c.minimum)
      fail('minimum', `must be at least ${c.minimum}`)
    if (c.maximum !== undefined && value > c.maximum)
      fail('maximum', `must be at most ${c.maximum}`)
  }
}

let compiled: ValidateFunction | undefined

function schemaValidator(): ValidateFunction {
  if (compiled !== undefined) return compiled
  const schema = JSON.parse(
    readFileSync(
      new URL('../../schema/feature-flags.schema.json', import.meta.url),
      'utf8'
    )
  ) as { definitions: Record<string, { properties?: Record<string, unknown> }> }
  delete schema.definitions.flagSetDefinition?.properties?.$schema
  compiled = new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    formats: { date: /^\d{4}-\d{2}-\d{2}$/ }
  }).compile(schema)
  return compiled
}

function fromAjv(error: ErrorObject): FlagProblem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
  const extra =
    error.keyword === 'additionalProperties'
      ? String(
          (error.params as { additionalProperty?: string }).additionalProperty
        )
      : undefined
  return {
    location: ['$', ...path, ...(extra === undefined ? [] : [extra])].join('.'),
    constraint: error.keyword,
    reason: error.message ?? error.keyword,
    value: extra ?? error.data
  }
}
