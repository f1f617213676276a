import { didYouMean } from '../did-you-mean.js'
import type { ErrorObject } from 'ajv'
import validateFlagSchema from './generated/validate-flag-schema.js'
import { KEY_REGEX } from './schema.js'
import { formatPath, type Finding, type JsonPath } from './problem.js'
import {
  ALLOWED,
  isObject,
  KEYED_MAPS,
  keyFormatMessage,
  kindOf,
  typeName,
  valueAt
} from './schema-kinds.js'

export {
  DOTTED_NAME_HINT,
  isObject,
  keyFormatMessage,
  kindOf
} from './schema-kinds.js'

/**
 * Checks a bundle against AppConfig's FeatureFlags JSON Schema and turns Ajv's errors into
 * findings a person can act on: one per problem (Ajv reports each failed oneOf branch; those are
 * folded into one message), pointing at the offending key or value.
 */
export function checkSchema(value: unknown): Finding[] {
  if (validateFlagSchema(value)) return []
  const errors = validateFlagSchema.errors ?? []
  const findings: Finding[] = []
  const seen = new Set<string>()
  const requiredAt = new Set(
    errors.filter((e) => e.keyword === 'required').map((e) => e.instancePath)
  )
  const wrongTypeAt = new Set(
    errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath)
  )
  for (const error of errors) {
    // "must be a string" already says it; "must be one of" on top adds nothing
    if (error.keyword === 'enum' && wrongTypeAt.has(error.instancePath))
      continue
    const finding = describe(error, value, requiredAt)
    if (finding === undefined) continue
    const id = `${finding.rule}|${formatPath(finding.path)}|${finding.message}`
    if (seen.has(id)) continue
    seen.add(id)
    findings.push(finding)
  }
  return findings
}

/** Splits a JSON pointer into keys and array indexes, reading the value to tell them apart. */
export function pointerToPath(pointer: string, root: unknown): JsonPath {
  if (pointer === '') return []
  const path: (string | number)[] = []
  let node = root
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      path.push(Number(segment))
      node = node[Number(segment)] as unknown
    } else {
      path.push(segment)
      node = isObject(node) ? node[segment] : undefined
    }
  }
  return path
}

const YAML11_BOOLEANS = /^(y|yes|n|no|on|off|Y|Yes|YES|N|No|NO|On|ON|Off|OFF)$/

function describe(
  error: ErrorObject,
  root: unknown,
  requiredAt: Set<string>
): Finding | undefined {
  const path = pointerToPath(error.instancePath, root)
  const where = formatPath(path)
  const kind = kindOf(path)
  const data = valueAt(root, path)
  const schemaPath = error.schemaPath
  const finding = (
    rule: string,
    message: string,
    extra: Partial<Finding> = {}
  ): Finding => ({
    rule,
    severity: 'error',
    message,
    path,
    ...extra
  })

  // Branch errors of the enum-entry oneOf are folded into the oneOf error itself.
  if (/\/enum\/items\/oneOf\/\d+\//.test(schemaPath)) return undefined
  // Branch errors of the attribute-value oneOf are folded into the oneOf error itself.
  if (
    schemaPath.startsWith('#/definitions/attributeValue/') &&
    schemaPath !== '#/definitions/attributeValue/oneOf'
  ) {
    return undefined
  }
  if (schemaPath === '#/definitions/attributeValue/oneOf') {
    return finding(
      'attribute-value-type',
      `${where}: ${attributeValueProblem(path, data)}`
    )
  }

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(
        (error.params as { additionalProperty: string }).additionalProperty
      )
      const keyPath = [...path, key]
      const mapName = KEYED_MAPS[kind]
      if (
        mapName !== undefined &&
        !KEY_REGEX.test(key) &&
        !(kind === 'value' && key.startsWith('_'))
      ) {
        return {
          ...finding(
            'key-format',
            keyFormatMessage(`${where}: ${mapName}`, key)
          ),
          path: keyPath,
          at: 'key'
        }
      }
      const allowed = ALLOWED[kind]
      // The allowed names themselves (not the prose around them) are what a typo may have meant.
      const meant = didYouMean(
        key,
        (allowed ?? '').match(/[A-Za-z_]\w*/g)?.filter((w) => w !== 'and') ?? []
      )
      return {
        ...finding(
          'unknown-property',
          `${where}: unknown property '${key}'${meant === undefined ? '' : ` (did you mean '${meant}'?)`}${allowed ? `; allowed here: ${allowed}` : ''}`
        ),
        path: keyPath,
        at: 'key',
        ...(meant === undefined ? {} : { meant })
      }
    }
    case 'required': {
      const missing = String(
        (error.params as { missingProperty: string }).missingProperty
      )
      if (kind === 'constraints' || kind === 'elements') {
        const types =
          kind === 'elements'
            ? 'number or string'
            : 'number, string, array or boolean'
        return finding(
          'constraint-type',
          `${where}: constraints need a 'type' (${types})`,
          { at: 'key' }
        )
      }
      if (kind === 'root' && missing === 'version') {
        return finding(
          'version',
          `the bundle has no "version": AppConfig feature flags need "version": "1"`
        )
      }
      if (kind === 'variant') {
        return finding(
          'variant-required',
          `${where}: every variant needs '${missing}' (${missing === 'name' ? 'a name of 1 to 64 characters' : 'true or false'})`,
          { at: 'key' }
        )
      }
      return finding(
        'required',
        `${where}: missing required property '${missing}'`,
        { at: 'key' }
      )
    }
    case 'discriminator': {
      const params = error.params as { error: string; tagValue?: unknown }
      const types =
        kind === 'elements'
          ? 'number or string'
          : 'number, string, array or boolean'
      if (params.error === 'tag') {
        if (requiredAt.has(error.instancePath)) return undefined
        return finding(
          'constraint-type',
          `${where}.type must be a string: ${types}`,
          { path: [...path, 'type'] }
        )
      }
      return finding(
        'constraint-type',
        `${where}.type is ${JSON.stringify(params.tagValue)}; expected ${types}${kind === 'elements' ? ' (array elements are numbers or strings)' : ''}`,
        { path: [...path, 'type'] }
      )
    }
    case 'not':
      return finding(
        'pattern-enum-exclusive',
        `${where}: a string constraint takes either 'pattern' or 'enum', not both`,
        { at: 'key' }
      )
    case 'type': {
      const expected = String((error.params as { type: string }).type)
      let message = `${where} must be ${expected === 'integer' ? 'an integer' : `a${/^[aeiou]/.test(expected) ? 'n' : ''} ${expected}`}, not ${typeName(data)}`
      if (path.length === 1 && path[0] === 'version')
        message = `version must be the string "1" (in quotes), not ${typeName(data)}`
      else if (
        expected === 'boolean' &&
        typeof data === 'string' &&
        YAML11_BOOLEANS.test(data)
      ) {
        message +=
          '; write true or false (YAML 1.2 reads yes/no/on/off as strings)'
      } else if (expected === 'integer' && typeof data === 'number') {
        message += '; AppConfig types minimum and maximum as integers'
      }
      return finding('type', message)
    }
    case 'enum': {
      if (path.length === 1 && path[0] === 'version') {
        return finding(
          'version',
          `version must be "1" (the only AWS.AppConfig.FeatureFlags version), not ${JSON.stringify(data)}`
        )
      }
      const allowed = (error.params as { allowedValues: unknown[] })
        .allowedValues
      return finding(
        'enum',
        `${where} must be ${allowed.map((v) => JSON.stringify(v)).join(' or ')}, not ${JSON.stringify(data)}`
      )
    }
    case 'maxItems': {
      const limit = Number((error.params as { limit: number }).limit)
      const count = Array.isArray(data) ? data.length : 0
      if (kind === 'variants')
        return finding(
          'max-variants',
          `${where}: a flag can have at most ${limit} variants; this one has ${count}`,
          { at: 'key' }
        )
      return finding(
        'max-items',
        `${where}: at most ${limit} entries are allowed; found ${count}`,
        { at: 'key' }
      )
    }
    case 'maxProperties': {
      const limit = Number((error.params as { limit: number }).limit)
      const count = isObject(data) ? Object.keys(data).length : 0
      return finding(
        'max-attributes',
        `${where}: at most ${limit} attributes are allowed; found ${count}`,
        { at: 'key' }
      )
    }
    case 'maxLength': {
      const limit = Number((error.params as { limit: number }).limit)
      const length = typeof data === 'string' ? [...data].length : 0
      return finding(
        'max-length',
        `${where} is ${length} characters long; AppConfig allows at most ${limit}`
      )
    }
    case 'pattern':
      // customerDefinedName is the only pattern outside the key maps
      return finding(
        'name-format',
        `${where} must be 1 to 64 characters without a line break`
      )
    case 'oneOf':
      if (
        /\/enum\/\d+$/.test(error.instancePath) ||
        schemaPath.includes('/enum/items/oneOf')
      ) {
        return finding(
          'enum-entry',
          `${where}: enum entries must be strings (at most 1024 characters) or integers, not ${typeName(data)}`
        )
      }
      return finding(
        'schema',
        `${where}: ${error.message ?? 'does not match the schema'}`
      )
    default:
      return finding(
        'schema',
        `${where}: ${error.message ?? 'does not match the schema'}`
      )
  }
}

function attributeValueProblem(path: JsonPath, data: unknown): string {
  if (typeof data === 'string') {
    return `a string attribute value can be at most 1024 characters; this one has ${[...data].length}`
  }
  if (Array.isArray(data)) {
    if (data.length === 0) {
      return "an empty array matches both array forms of AppConfig's schema (strings, numbers), which its oneOf refuses; give it elements or leave the attribute out"
    }
    const kinds = new Set(
      data.map((e) =>
        e === null ? 'null' : Array.isArray(e) ? 'array' : typeof e
      )
    )
    const odd = [...kinds].filter((k) => k !== 'string' && k !== 'number')
    if (odd.length > 0)
      return `array elements must be strings or numbers, not ${odd.join(' or ')}`
    if (kinds.size > 1)
      return 'an array attribute value must hold only strings or only numbers, not both'
    return 'array strings can be at most 1024 characters each'
  }
  let message = `an attribute value must be a string, a number, a boolean or an array of strings or numbers, not ${typeName(data)}`
  if (path[path.length - 1] === 'attributeValues' && path.length === 3) {
    message +=
      "; in a basic flag, attribute values sit directly in the flag's value object (values.<flag>.<attribute>); 'attributeValues' belongs to variants (the AppConfig CLI guide's sample gets this wrong)"
  }
  return message
}
