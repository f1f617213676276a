import { readFileSync } from 'node:fs'
import { ServiceError } from '../service-error.js'

/** The parts of a botocore service model (`*-service-2.json`) the check reads. */
interface Shape {
  type: string
  members?: Record<string, { shape: string }>
  required?: string[]
  member?: { shape: string }
  key?: { shape: string }
  value?: { shape: string }
  min?: number
  max?: number
  pattern?: string
  enum?: string[]
}

interface ServiceModel {
  operations: Record<string, { input?: { shape: string } }>
  shapes: Record<string, Shape>
}

/** One broken constraint, in the words AWS's request validation uses. */
export interface Violation {
  /** The member's path as AWS names it (`tags`, `monitors.1.member.alarmArn`). */
  path: string
  value: unknown
  constraint: string
  missing: boolean
}

/**
 * Checks a request's input against the operation's input shape in the AWS service model, as
 * AWS's front end does before the operation runs: required members, string lengths and
 * patterns, numeric ranges, enums, list and map sizes, and the types of every member. The
 * models are copies of botocore's appconfig-service-2.json and cloudwatch-service-2.json
 * (scripts/copy-aws-models.ts). AppConfig answers BadRequestException (its model's 400 for bad
 * input); CloudWatch answers the Query code ValidationError, or MissingParameter for a missing
 * required member (the model's MissingRequiredParameterException).
 */
export class ModelCheck {
  private readonly models: Record<'appconfig' | 'cloudwatch', ServiceModel>

  constructor(
    models?: Partial<Record<'appconfig' | 'cloudwatch', ServiceModel>>
  ) {
    this.models = {
      appconfig: models?.appconfig ?? loadModel('appconfig'),
      cloudwatch: models?.cloudwatch ?? loadModel('cloudwatch')
    }
  }

  /** Throws the service's 400 naming every broken constraint; unknown operations pass. */
  check(
    service: 'appconfig' | 'cloudwatch',
    operation: string,
    input: Record<string, unknown>
  ): void {
    const violations = this.violations(service, operation, input)
    if (violations.length === 0) return
    const message = validationMessage(violations)
    if (service === 'appconfig')
      throw new ServiceError('BadRequestException', 400, message, {
        Reason: 'InvalidParameters'
      })
    if (violations.some((v) => v.missing))
      throw new ServiceError(
        'MissingRequiredParameterException',
        400,
        message,
        {},
        'MissingParameter'
      )
    throw new ServiceError(
      'ValidationException',
      400,
      message,
      {},
      'ValidationError'
    )
  }

  /** Every broken constraint of the request (empty when it is valid or the operation unknown). */
  violations(
    service: 'appconfig' | 'cloudwatch',
    operation: string,
    input: Record<string, unknown>
  ): Violation[] {
    const model = this.models[service]
    const shapeName = model.operations[operation]?.input?.shape
    if (shapeName === undefined) return []
    const out: Violation[] = []
    checkValue(model, shapeName, input, '', out)
    return out
  }
}

function loadModel(service: string): ServiceModel {
  const url = new URL(`./${service}-service-2.json`, import.meta.url)
  return JSON.parse(readFileSync(url, 'utf8')) as ServiceModel
}

/** AWS's member path segment: lower camel case (`Tags` → `tags`, `AlarmARN` → `alarmARN`). */
function segment(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1)
}

function join(path: string, part: string): string {
  return path === '' ? part : `${path}.${part}`
}

function checkValue(
  model: ServiceModel,
  shapeName: string,
  value: unknown,
  path: string,
  out: Violation[]
): void {
  const shape = model.shapes[shapeName]
  if (shape === undefined) return
  const fail = (constraint: string): void => {
    out.push({ path, value, constraint, missing: false })
  }
  switch (shape.type) {
    case 'structure': {
      if (!isRecord(value)) return fail('Member must be a structure')
      for (const name of shape.required ?? [])
        if (value[name] === undefined || value[name] === null)
          out.push({
            path: join(path, segment(name)),
            value: null,
            constraint: 'Member must not be null',
            missing: true
          })
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const v = value[name]
        if (v === undefined || v === null) continue
        checkValue(model, member.shape, v, join(path, segment(name)), out)
      }
      return
    }
    case 'string': {
      if (typeof value !== 'string') return fail('Member must be a string')
      checkLength(shape, [...value].length, fail)
      if (shape.pattern !== undefined && !fullMatch(shape.pattern, value))
        fail(`Member must satisfy regular expression pattern: ${shape.pattern}`)
      if (shape.enum !== undefined && !shape.enum.includes(value))
        fail(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`)
      return
    }
    case 'integer':
    case 'long':
    case 'double':
    case 'float': {
      const n = typeof value === 'string' ? Number(value) : value
      if (typeof n !== 'number' || !Number.isFinite(n))
        return fail('Member must be a number')
      if (shape.type !== 'double' && shape.type !== 'float')
        if (!Number.isInteger(n)) return fail('Member must be an integer')
      if (shape.min !== undefined && n < shape.min)
        fail(`Member must have value greater than or equal to ${shape.min}`)
      if (shape.max !== undefined && n > shape.max)
        fail(`Member must have value less than or equal to ${shape.max}`)
      return
    }
    case 'boolean':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false')
        fail('Member must be a boolean')
      return
    case 'blob': {
      if (!(value instanceof Uint8Array) && typeof value !== 'string')
        return fail('Member must be binary data')
      checkLength(shape, value.length, fail)
      return
    }
    case 'timestamp':
      if (
        !(value instanceof Date) &&
        typeof value !== 'number' &&
        (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      )
        fail('Member must be a timestamp')
      return
    case 'list': {
      if (!Array.isArray(value)) return fail('Member must be a list')
      checkLength(shape, value.length, fail)
      value.forEach((item, i) =>
        checkValue(
          model,
          shape.member!.shape,
          item,
          join(path, `${i + 1}.member`),
          out
        )
      )
      return
    }
    case 'map': {
      if (!isRecord(value)) return fail('Member must be a map')
      const entries = Object.entries(value)
      checkLength(shape, entries.length, fail)
      for (const [k, v] of entries) {
        checkValue(model, shape.key!.shape, k, join(path, `key`), out)
        checkValue(model, shape.value!.shape, v, join(path, `${k}`), out)
      }
      return
    }
  }
}

function checkLength(
  shape: Shape,
  length: number,
  fail: (constraint: string) => void
): void {
  if (shape.min !== undefined && length < shape.min)
    fail(`Member must have length greater than or equal to ${shape.min}`)
  if (shape.max !== undefined && length > shape.max)
    fail(`Member must have length less than or equal to ${shape.max}`)
}

const patterns = new Map<string, RegExp>()

/** The model's patterns are Java regular expressions matched against the whole value. */
function fullMatch(pattern: string, value: string): boolean {
  let regex = patterns.get(pattern)
  if (regex === undefined) {
    regex = new RegExp(`^(?:${pattern})$`, 'su')
    patterns.set(pattern, regex)
  }
  return regex.test(value)
}

/** "1 validation error detected: Value 'x' at 'tags' failed to satisfy constraint: …" (AWS's wording). */
export function validationMessage(violations: readonly Violation[]): string {
  const n = violations.length
  const parts = violations.map(
    (v) =>
      `Value ${shown(v.value)} at '${v.path}' failed to satisfy constraint: ${v.constraint}`
  )
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${parts.join('; ')}`
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (value instanceof Uint8Array) return `of ${value.length} bytes`
  if (Array.isArray(value)) return `with ${value.length} items`
  if (typeof value === 'object')
    return `with ${Object.keys(value).length} entries`
  const text =
    typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined')
  return `'${text.length > 100 ? `${text.slice(0, 100)}…` : text}'`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
