import { ServiceError } from './service-error.js'

type Fail = (message: string, missing: boolean) => ServiceError

/**
 * Typed access to a decoded request (`{ Name: …, Monitors: […] }`), answering malformed input
 * with the service's own 400 instead of crashing: AppConfig says BadRequestException, CloudWatch
 * MissingParameter / InvalidParameterValue.
 */
export class InputReader {
  constructor(
    readonly input: Record<string, unknown>,
    private readonly fail: Fail
  ) {}

  has(key: string): boolean {
    return this.input[key] !== undefined && this.input[key] !== null
  }

  str(
    key: string,
    rules: { required: true; min?: number; max?: number; pattern?: RegExp }
  ): string
  str(
    key: string,
    rules?: { required?: false; min?: number; max?: number; pattern?: RegExp }
  ): string | undefined
  str(
    key: string,
    rules: {
      required?: boolean
      min?: number
      max?: number
      pattern?: RegExp
    } = {}
  ): string | undefined {
    const value = this.input[key]
    if (value === undefined || value === null) {
      if (rules.required === true) throw this.fail(`${key} is required`, true)
      return undefined
    }
    if (typeof value !== 'string')
      throw this.fail(`${key} must be a string`, false)
    if (
      value.length < (rules.min ?? 0) ||
      value.length > (rules.max ?? Infinity)
    )
      throw this.fail(
        `${key} must be ${rules.min ?? 0} to ${rules.max} characters long`,
        false
      )
    if (rules.pattern !== undefined && !rules.pattern.test(value))
      throw this.fail(
        `${key} ${JSON.stringify(value)} must match ${rules.pattern.source}`,
        false
      )
    return value
  }

  num(
    key: string,
    rules: { required: true; min?: number; max?: number; integer?: boolean }
  ): number
  num(
    key: string,
    rules?: { required?: false; min?: number; max?: number; integer?: boolean }
  ): number | undefined
  num(
    key: string,
    rules: {
      required?: boolean
      min?: number
      max?: number
      integer?: boolean
    } = {}
  ): number | undefined {
    let value = this.input[key]
    if (value === undefined || value === null) {
      if (rules.required === true) throw this.fail(`${key} is required`, true)
      return undefined
    }
    // Query strings and headers carry numbers as text.
    if (
      typeof value === 'string' &&
      value.trim() !== '' &&
      !Number.isNaN(Number(value))
    )
      value = Number(value)
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw this.fail(`${key} must be a number`, false)
    if (rules.integer === true && !Number.isInteger(value))
      throw this.fail(`${key} must be an integer`, false)
    if (value < (rules.min ?? -Infinity) || value > (rules.max ?? Infinity))
      throw this.fail(
        `${key} must be between ${rules.min} and ${rules.max}, got ${value}`,
        false
      )
    return value
  }

  bool(key: string): boolean | undefined {
    const value = this.input[key]
    if (value === undefined || value === null) return undefined
    if (value === 'true') return true
    if (value === 'false') return false
    if (typeof value !== 'boolean')
      throw this.fail(`${key} must be true or false`, false)
    return value
  }

  oneOf<T extends string>(
    key: string,
    allowed: readonly T[],
    fallback?: T
  ): T | undefined {
    const value = this.str(key)
    if (value === undefined) return fallback
    if (!(allowed as readonly string[]).includes(value))
      throw this.fail(
        `${key} must be one of ${allowed.join(', ')}, got ${value}`,
        false
      )
    return value as T
  }

  list(key: string, rules: { max?: number } = {}): unknown[] {
    const value = this.input[key]
    if (value === undefined || value === null) return []
    if (!Array.isArray(value)) throw this.fail(`${key} must be a list`, false)
    if (value.length > (rules.max ?? Infinity))
      throw this.fail(`${key} can hold at most ${rules.max} items`, false)
    return value as unknown[]
  }

  strList(key: string, rules: { max?: number } = {}): string[] {
    return this.list(key, rules).map((item) => {
      if (typeof item !== 'string')
        throw this.fail(`${key} must be a list of strings`, false)
      return item
    })
  }

  /** A nested structure, read with the same rules. */
  child(value: unknown, where: string): InputReader {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw this.fail(`${where} must be an object`, false)
    return new InputReader(
      value as Record<string, unknown>,
      (message, missing) => this.fail(`${where}: ${message}`, missing)
    )
  }

  tags(key = 'Tags'): Record<string, string> {
    const value = this.input[key]
    if (value === undefined || value === null) return {}
    const tags = this.child(value, key).input
    for (const [k, v] of Object.entries(tags))
      if (typeof v !== 'string')
        throw this.fail(`${key}.${k} must be a string`, false)
    return tags as Record<string, string>
  }
}

/** AppConfig's reader: every problem is a 400 BadRequestException. */
export function appConfigReader(input: Record<string, unknown>): InputReader {
  return new InputReader(
    input,
    (message) => new ServiceError('BadRequestException', 400, message)
  )
}

/** CloudWatch's reader: missing members → MissingParameter, bad ones → InvalidParameterValue. */
export function cloudWatchReader(input: Record<string, unknown>): InputReader {
  return new InputReader(input, (message, missing) =>
    missing
      ? new ServiceError(
          'MissingRequiredParameterException',
          400,
          message,
          {},
          'MissingParameter'
        )
      : new ServiceError(
          'InvalidParameterValueException',
          400,
          message,
          {},
          'InvalidParameterValue'
        )
  )
}
