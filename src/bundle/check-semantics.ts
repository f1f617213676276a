import { didYouMean } from '../did-you-mean.js'
import { DOTTED_NAME_HINT, isObject } from './check-schema.js'
import { compilePattern } from './pattern-engine.js'
import { parseRule } from './parse-rule.js'
import type { Finding, JsonPath, Severity } from './problem.js'
import { formatPath } from './problem.js'
import { KEY_REGEX } from './schema.js'
import { checkValue, type Add, type Constraints } from './check-value.js'

export interface SemanticOptions {
  /** A team naming convention every flag key must match (input `flag-name-pattern`). */
  readonly flagNamePattern?: RegExp
  /** What a `_deprecation.date` in the past is (input `deprecated-flags`). */
  readonly deprecatedFlags: 'warn' | 'fail' | 'ignore'
  /** Today's date, `YYYY-MM-DD` (UTC), injected so tests are stable. */
  readonly today: string
}

const MAX_ATTRIBUTE_VALUES = 25
const RESERVED_VALUE_KEYS = new Set([
  'enabled',
  '_variants',
  '_createdAt',
  '_updatedAt'
])

/**
 * The checks AppConfig makes beyond its JSON Schema (appconfig-spec.md §1.2 quirk 4, §1.4):
 * cross-references between `flags` and `values`, attribute constraints applied to values,
 * multi-variant rules, and the team's own conventions. Written defensively: the bundle may
 * also have schema errors, which are reported separately.
 */
export function checkSemantics(
  bundle: unknown,
  options: SemanticOptions
): Finding[] {
  const findings: Finding[] = []
  if (!isObject(bundle)) return findings
  const flags = isObject(bundle.flags) ? bundle.flags : {}
  const values = isObject(bundle.values) ? bundle.values : {}
  const add = (
    rule: string,
    path: JsonPath,
    message: string,
    extra: Partial<Finding> = {}
  ): void => {
    findings.push({ rule, severity: 'error', message, path, ...extra })
  }

  for (const [flagKey, flag] of Object.entries(flags)) {
    const flagPath = ['flags', flagKey]
    checkFlagKey(flagKey, flagPath, options, add)
    if (!isObject(flag)) continue
    const attributes = isObject(flag.attributes) ? flag.attributes : {}
    for (const [attrKey, attribute] of Object.entries(attributes)) {
      const attrPath = [...flagPath, 'attributes', attrKey]
      if (attrKey === 'enabled') {
        add(
          'reserved-attribute',
          attrPath,
          `${formatPath(flagPath)}: 'enabled' is reserved by AppConfig and cannot be an attribute name`,
          { at: 'key' }
        )
      }
      if (isObject(attribute) && isObject(attribute.constraints)) {
        checkConstraintDefinition(
          attribute.constraints,
          [...attrPath, 'constraints'],
          add
        )
      }
    }
    checkDeprecation(flag, flagPath, options, findings)
    if (!Object.hasOwn(values, flagKey) && KEY_REGEX.test(flagKey)) {
      findings.push({
        rule: 'flag-without-value',
        severity: 'warning',
        message: `${formatPath(flagPath)} has no entry under values; add values.${flagKey} with enabled true or false so its state is explicit`,
        path: flagPath,
        at: 'key'
      })
    }
  }

  for (const [flagKey, value] of Object.entries(values)) {
    const valuePath = ['values', flagKey]
    if (!Object.hasOwn(flags, flagKey)) {
      add(
        'value-without-flag',
        valuePath,
        `values.${flagKey} has no flag definition: add flags.${flagKey} or remove this value`,
        { at: 'key' }
      )
      continue
    }
    const flag = flags[flagKey]
    if (!isObject(value) || !isObject(flag)) continue
    const attributes = isObject(flag.attributes) ? flag.attributes : {}
    const variants = Array.isArray(value._variants)
      ? value._variants
      : undefined
    const direct = Object.fromEntries(
      Object.entries(value).filter(([k]) => !RESERVED_VALUE_KEYS.has(k))
    )
    checkAttributeValues(
      direct,
      attributes,
      valuePath,
      valuePath,
      { requireAll: variants === undefined, countValues: true },
      add
    )
    if (variants !== undefined)
      checkVariants(variants, attributes, [...valuePath, '_variants'], add)
  }
  return findings
}

function checkFlagKey(
  key: string,
  path: JsonPath,
  options: SemanticOptions,
  add: Add
): void {
  const pattern = options.flagNamePattern
  // A key AppConfig refuses is reported by the schema check, with the rule explained.
  if (pattern === undefined || pattern.test(key) || !KEY_REGEX.test(key)) return
  let message = `flag key '${key}' does not match the team naming convention ${String(pattern)} (input flag-name-pattern)`
  if (pattern.source.includes('\\.')) {
    message += `; the convention asks for '.', which AppConfig keys cannot contain. ${DOTTED_NAME_HINT}`
  }
  add('flag-name-pattern', path, message, { at: 'key' })
}

function checkDeprecation(
  flag: Record<string, unknown>,
  flagPath: JsonPath,
  options: SemanticOptions,
  findings: Finding[]
): void {
  const deprecation = flag._deprecation
  if (!isObject(deprecation) || typeof deprecation.date !== 'string') return
  const datePath = [...flagPath, '_deprecation', 'date']
  const date = deprecation.date
  if (!isCalendarDate(date)) {
    findings.push({
      rule: 'deprecation-date',
      severity: 'error',
      message: `${formatPath(datePath)} is '${date}'; expected a date written YYYY-MM-DD`,
      path: datePath
    })
    return
  }
  if (options.deprecatedFlags === 'ignore' || date >= options.today) return
  const severity: Severity =
    options.deprecatedFlags === 'fail' ? 'error' : 'warning'
  findings.push({
    rule: 'deprecated-flag',
    severity,
    message: `flag '${flagPath[1]}' was due for removal on ${date} (_deprecation.date); remove it from the bundle and the code, or move the date (AppConfig does not disable it)`,
    path: datePath
  })
}

/** A real `YYYY-MM-DD` date (JSON Schema's `format: date`). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (m === null) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const d = new Date(Date.UTC(year, month - 1, day))
  return (
    d.getUTCFullYear() === year &&
    d.getUTCMonth() === month - 1 &&
    d.getUTCDate() === day
  )
}

function checkConstraintDefinition(
  constraints: Constraints,
  path: JsonPath,
  add: Add
): void {
  const { minimum, maximum, pattern } = constraints
  if (
    typeof minimum === 'number' &&
    typeof maximum === 'number' &&
    minimum > maximum
  ) {
    add(
      'constraint-range',
      [...path, 'minimum'],
      `${formatPath(path)}: minimum ${minimum} is greater than maximum ${maximum}, so no value can pass`
    )
  }
  const compiled =
    typeof pattern === 'string' ? compilePattern(pattern) : undefined
  if (compiled !== undefined && 'unsupported' in compiled) {
    add(
      'constraint-pattern',
      [...path, 'pattern'],
      `${formatPath(path)}.pattern ${JSON.stringify(pattern)}: ${compiled.unsupported}, which no engine can check in time linear in the value, so values are not checked against it here (AppConfig still checks them)`,
      { severity: 'warning' }
    )
  } else if (typeof pattern === 'string' && compiled === undefined) {
    add(
      'constraint-pattern',
      [...path, 'pattern'],
      `${formatPath(path)}.pattern ${JSON.stringify(pattern)} is not a regular expression this action can check values against`,
      { severity: 'warning' }
    )
  }
  if (isObject(constraints.elements))
    checkConstraintDefinition(constraints.elements, [...path, 'elements'], add)
}

/** Checks one set of attribute values (a flag value's, or a variant's attributeValues). */
function checkAttributeValues(
  given: Record<string, unknown>,
  attributes: Record<string, unknown>,
  ownerPath: JsonPath,
  valuesPath: JsonPath,
  { requireAll, countValues }: { requireAll: boolean; countValues: boolean },
  add: Add
): void {
  const keys = Object.keys(given)
  if (countValues && keys.length > MAX_ATTRIBUTE_VALUES) {
    add(
      'max-attributes',
      ownerPath,
      `${formatPath(ownerPath)}: at most ${MAX_ATTRIBUTE_VALUES} attribute values are allowed; found ${keys.length}`,
      { at: 'key' }
    )
  }
  for (const [key, value] of Object.entries(given)) {
    const path = [...valuesPath, key]
    if (!KEY_REGEX.test(key)) continue // the schema check reports a key AppConfig refuses
    if (!Object.hasOwn(attributes, key)) {
      const defined = Object.keys(attributes)
      const meant = didYouMean(key, defined)
      add(
        'undefined-attribute',
        path,
        `${formatPath(path)}: the flag defines no attribute '${key}'${meant === undefined ? '' : ` (did you mean '${meant}'?)`}${defined.length ? ` (it defines ${defined.join(', ')})` : ' (it defines no attributes)'}`,
        { at: 'key' }
      )
      continue
    }
    const attribute = attributes[key]
    if (isObject(attribute) && isObject(attribute.constraints)) {
      checkValue(value, attribute.constraints, path, add)
    }
  }
  if (!requireAll) return
  for (const [key, attribute] of Object.entries(attributes)) {
    if (
      isObject(attribute) &&
      isObject(attribute.constraints) &&
      attribute.constraints.required === true &&
      !Object.hasOwn(given, key)
    ) {
      add(
        'required-attribute',
        ownerPath,
        `${formatPath(ownerPath)}: the required attribute '${key}' has no value`,
        { at: 'key' }
      )
    }
  }
}

function checkVariants(
  variants: unknown[],
  attributes: Record<string, unknown>,
  path: JsonPath,
  add: Add
): void {
  if (variants.length === 0) {
    add(
      'variants',
      path,
      `${formatPath(path)} is empty; a multi-variant flag needs at least its default variant`,
      { at: 'key' }
    )
    return
  }
  const names = new Map<string, number>()
  variants.forEach((variant, i) => {
    if (!isObject(variant)) return
    const variantPath = [...path, i]
    const isLast = i === variants.length - 1
    if (typeof variant.name === 'string') {
      const first = names.get(variant.name)
      if (first !== undefined) {
        add(
          'variant-name-unique',
          [...variantPath, 'name'],
          `${formatPath(variantPath)}: the variant name ${JSON.stringify(variant.name)} is already used by variant ${first}; names must be unique within a flag`
        )
      } else names.set(variant.name, i)
    }
    const rule = variant.rule
    const hasRule = typeof rule === 'string' && rule.trim() !== ''
    if (isLast && hasRule) {
      add(
        'default-variant',
        [...variantPath, 'rule'],
        `${formatPath(variantPath)}: the last variant is the default variant and cannot have a rule (AppConfig answers BadRequestException); add a last variant without a rule`
      )
    } else if (!isLast && !hasRule) {
      add(
        'default-variant',
        variantPath,
        `${formatPath(variantPath)} has no rule, so it would be the default variant, which must be last; give it a rule or move it to the end`,
        { at: 'key' }
      )
    }
    if (hasRule) {
      for (const problem of parseRule(rule)) {
        add(
          'variant-rule',
          [...variantPath, 'rule'],
          `${formatPath(variantPath)}.rule, at character ${problem.index + 1}: ${problem.message}`,
          { offset: problem.index }
        )
      }
    }
    if (isObject(variant.attributeValues)) {
      checkAttributeValues(
        variant.attributeValues,
        attributes,
        variantPath,
        [...variantPath, 'attributeValues'],
        // the schema's maxProperties on attributeValues already counts a variant's values
        { requireAll: false, countValues: false },
        add
      )
    }
    checkRequiredInVariant(variant, attributes, variantPath, add)
  })
}

/** Required attributes need a value in each enabled variant that serves attributes. */
function checkRequiredInVariant(
  variant: Record<string, unknown>,
  attributes: Record<string, unknown>,
  variantPath: JsonPath,
  add: Add
): void {
  if (variant.enabled !== true) return
  const given = isObject(variant.attributeValues) ? variant.attributeValues : {}
  for (const [key, attribute] of Object.entries(attributes)) {
    if (
      isObject(attribute) &&
      isObject(attribute.constraints) &&
      attribute.constraints.required === true &&
      !Object.hasOwn(given, key)
    ) {
      add(
        'required-attribute',
        variantPath,
        `${formatPath(variantPath)}: the required attribute '${key}' has no value in this enabled variant's attributeValues`,
        { at: 'key' }
      )
    }
  }
}
