import { InputError } from './input-error.js'
import type { InputName } from '../contract.js'
import { inputLines } from './input-lines.js'

/** An environment of the same application, optionally with its own profile. */
export interface EnvironmentRef {
  readonly environment: string
  readonly profile?: string
}

/** `ENVIRONMENT` or `ENVIRONMENT/PROFILE`. */
export function parseEnvironmentRef(
  name: InputName,
  value: string,
  where = `Input '${name}' has the value '${value}'`
): EnvironmentRef | undefined {
  if (value === '') return undefined
  const parts = value.split('/').map((part) => part.trim())
  const [environment, profile] = parts
  if (
    parts.length > 2 ||
    environment === undefined ||
    parts.some((part) => part === '')
  ) {
    throw new InputError(
      name,
      `${where}; expected ENVIRONMENT or ENVIRONMENT/PROFILE (a name or ID each).`
    )
  }
  return profile === undefined ? { environment } : { environment, profile }
}

/** `environments`: one ENVIRONMENT or ENVIRONMENT/PROFILE per line, each once. */
export function parseEnvironmentList(value: string): EnvironmentRef[] {
  const result: EnvironmentRef[] = []
  const seen = new Set<string>()
  for (const { line, text } of inputLines(value)) {
    const where = `Line ${line} of input 'environments' ('${text}')`
    const ref = parseEnvironmentRef('environments', text, where)!
    const key = `${ref.environment}/${ref.profile ?? ''}`
    if (seen.has(key)) {
      throw new InputError('environments', `${where} repeats an earlier line.`)
    }
    seen.add(key)
    result.push(ref)
  }
  return result
}
