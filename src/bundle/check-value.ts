import { isObject } from './check-schema.js'
import { compilePattern } from './pattern-engine.js'
import type { Finding, JsonPath } from './problem.js'
import { formatPath } from './problem.js'

/** An attribute's `constraints` object. */
export type Constraints = Record<string, unknown>

/** Reports one finding (check-semantics.ts collects them). */
export type Add = (
  rule: string,
  path: JsonPath,
  message: string,
  extra?: Partial<Finding>
) => void

/** A value against its attribute's constraints: type, pattern, enum, minimum, maximum. */
export function checkValue(
  value: unknown,
  constraints: Constraints,
  path: JsonPath,
  add: Add
): void {
  const where = formatPath(path)
  switch (constraints.type) {
    case 'string':
      if (typeof value !== 'string') {
        add(
          'attribute-type',
          path,
          `${where} must be a string (the attribute's constraints say type string), not ${describeValue(value)}`
        )
        return
      }
      checkString(value, constraints, path, add)
      return
    case 'number':
      if (typeof value !== 'number') {
        add(
          'attribute-type',
          path,
          `${where} must be a number (the attribute's constraints say type number), not ${describeValue(value)}`
        )
        return
      }
      checkNumber(value, constraints, path, add)
      return
    case 'boolean':
      if (typeof value !== 'boolean') {
        add(
          'attribute-type',
          path,
          `${where} must be true or false (the attribute's constraints say type boolean), not ${describeValue(value)}`
        )
      }
      return
    case 'array': {
      if (!Array.isArray(value)) {
        add(
          'attribute-type',
          path,
          `${where} must be an array (the attribute's constraints say type array), not ${describeValue(value)}`
        )
        return
      }
      const elements = constraints.elements
      if (!isObject(elements)) return
      value.forEach((element, i) =>
        checkValue(element, elements, [...path, i], add)
      )
      return
    }
    default:
      return // an unknown type is a schema finding already
  }
}

function checkString(
  value: string,
  constraints: Constraints,
  path: JsonPath,
  add: Add
): void {
  const where = formatPath(path)
  if (typeof constraints.pattern === 'string') {
    const regex = compilePattern(constraints.pattern)
    if (regex !== undefined && 'test' in regex && regex.test(value) === false) {
      add(
        'attribute-pattern',
        path,
        `${where} is ${JSON.stringify(value)}, which does not match the attribute's pattern ${JSON.stringify(constraints.pattern)}`
      )
    }
  }
  if (Array.isArray(constraints.enum)) {
    const allowed = constraints.enum.map((e) => String(e))
    if (!allowed.includes(value)) {
      const shown = allowed
        .slice(0, 10)
        .map((e) => JSON.stringify(e))
        .join(', ')
      add(
        'attribute-enum',
        path,
        `${where} is ${JSON.stringify(value)}; the attribute allows only ${shown}${allowed.length > 10 ? `, … (${allowed.length} in all)` : ''}`
      )
    }
  }
}

function checkNumber(
  value: number,
  constraints: Constraints,
  path: JsonPath,
  add: Add
): void {
  const where = formatPath(path)
  if (typeof constraints.minimum === 'number' && value < constraints.minimum) {
    add(
      'attribute-range',
      path,
      `${where} is ${value}, below the attribute's minimum ${constraints.minimum}`
    )
  }
  if (typeof constraints.maximum === 'number' && value > constraints.maximum) {
    add(
      'attribute-range',
      path,
      `${where} is ${value}, above the attribute's maximum ${constraints.maximum}`
    )
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${JSON.stringify(value)?.slice(0, 60)}`
}
