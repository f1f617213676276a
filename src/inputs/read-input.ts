/**
 * Readers of one raw input each (required, defaulted, one of its allowed values, a boolean, a
 * number in a range, a regular expression): every error names the input and the value it got.
 */
import { INPUTS, type InputName } from '../contract.js'
import { InputError } from './input-error.js'

/** A plain decimal number: no sign, exponent or hex (Number() would take them all). */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/

export type Raw = (name: InputName) => string

export function required(raw: Raw, name: InputName): string {
  const value = raw(name)
  if (value === '') {
    throw new InputError(name, `Input '${name}' is required but was empty.`)
  }
  return value
}

export function withDefault(raw: Raw, name: InputName): string {
  return raw(name) || INPUTS[name].default
}

type Allowed<N extends InputName> = (typeof INPUTS)[N] extends {
  allowed: readonly (infer A)[]
}
  ? A
  : never

export function oneOf<N extends InputName>(raw: Raw, name: N): Allowed<N> {
  const definition: { default: string; allowed?: readonly string[] } =
    INPUTS[name]
  const allowed = definition.allowed ?? []
  const value = raw(name) || definition.default
  if (!allowed.includes(value)) {
    throw new InputError(
      name,
      `Input '${name}' has the value '${value}'; expected one of: ${allowed.join(', ')}.`
    )
  }
  return value as Allowed<N>
}

export function boolean(raw: Raw, name: InputName): boolean {
  const value = raw(name) || INPUTS[name].default
  // The same spellings as core.getBooleanInput (YAML 1.2 core schema).
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(
    name,
    `Input '${name}' has the value '${value}'; expected true or false.`
  )
}

export function positiveNumber(
  name: InputName,
  value: string,
  limits: { min: number; max: number; unit: string }
): number {
  const n = DECIMAL.test(value) ? Number(value) : NaN
  if (!Number.isFinite(n) || n < limits.min || n <= 0 || n > limits.max) {
    const floor =
      limits.min > Number.MIN_VALUE ? `at least ${limits.min}` : 'above 0'
    throw new InputError(
      name,
      `Input '${name}' has the value '${value}'; expected a number of ${limits.unit} ${floor} and at most ${limits.max} (for example 10 or 2.5).`
    )
  }
  return n
}

export function regex(raw: Raw, name: InputName): RegExp | undefined {
  const value = raw(name)
  if (value === '') return undefined
  try {
    return new RegExp(value)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new InputError(
      name,
      `Input '${name}' has the value '${value}', which is not a valid regular expression: ${reason}`
    )
  }
}

export function nonNegativeNumber(
  name: InputName,
  value: string,
  limits: { max: number }
): number {
  const n = DECIMAL.test(value) ? Number(value) : NaN
  if (!Number.isFinite(n) || n < 0 || n > limits.max) {
    throw new InputError(
      name,
      `Input '${name}' has the value '${value}'; expected a number of minutes from 0 to ${limits.max} (for example 30 or 2.5).`
    )
  }
  return n
}
