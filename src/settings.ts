import path from 'node:path'
import { INPUTS, type InputName } from './contract.js'
import { ActionError, type Failure } from './failure.js'

export type Mode = 'validate' | 'plan' | 'deploy'
export type WaitUntil = 'complete' | 'baking' | 'started'
export type DeprecatedFlags = 'warn' | 'fail' | 'ignore'

/** Every input of the action, parsed and checked once. */
export interface Settings {
  readonly mode: Mode
  readonly application: string
  readonly environment: string
  readonly configurationProfile: string
  /** Absolute path of the bundle file. */
  readonly bundlePath: string
  /** The bundle path as annotations name it: relative to the workspace when inside it. */
  readonly bundleDisplayPath: string
  readonly deploymentStrategy: string
  readonly waitUntil: WaitUntil
  /** Minutes; undefined means derived from the strategy. */
  readonly timeoutMinutes: number | undefined
  readonly pollIntervalSeconds: number
  readonly onInProgress: 'wait' | 'fail'
  readonly onCancel: 'stop' | 'leave'
  readonly onTimeout: 'stop' | 'leave'
  readonly requireAlarms: boolean
  readonly allowFlagRemoval: boolean
  readonly flagNamePattern: RegExp | undefined
  readonly deprecatedFlags: DeprecatedFlags
  readonly description: string | undefined
  readonly versionLabel: string | undefined
  readonly tags: Readonly<Record<string, string>>
  readonly kmsKeyIdentifier: string | undefined
  readonly region: string | undefined
}

/** A bad input value; the message names the input and the value. */
export class InputError extends ActionError {
  constructor(
    readonly input: InputName,
    message: string
  ) {
    super(message)
    this.name = 'InputError'
  }

  toFailure(): Failure {
    return { kind: 'input', message: this.message, input: this.input }
  }
}

/** Reads one raw input (core.getInput in the action; a map in tests). */
export type InputReader = (name: InputName) => string

const MAX_TIMEOUT_MINUTES = 35_000 // setTimeout's 2^31 ms ceiling is ~35,791 minutes
const MAX_POLL_SECONDS = 3_600
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/

/** Parses and checks every input; throws InputError on the first bad one. */
export function parseSettings(
  read: InputReader,
  workspace: string = process.cwd()
): Settings {
  const raw = (name: InputName): string => read(name).trim()
  const mode = oneOf(raw, 'mode')
  // application/environment/profile are only needed once we talk to AWS.
  const needsTarget = mode !== 'validate'
  const bundle = required(raw, 'bundle')
  const bundlePath = path.resolve(workspace, bundle)
  const relative = path.relative(workspace, bundlePath)
  const bundleDisplayPath =
    relative && !relative.startsWith('..') && !path.isAbsolute(relative)
      ? relative.split(path.sep).join('/')
      : bundlePath

  const timeoutRaw = raw('timeout-minutes')
  return {
    mode,
    application: needsTarget
      ? required(raw, 'application')
      : raw('application'),
    environment: needsTarget
      ? required(raw, 'environment')
      : raw('environment'),
    configurationProfile: needsTarget
      ? required(raw, 'configuration-profile')
      : raw('configuration-profile'),
    bundlePath,
    bundleDisplayPath,
    deploymentStrategy: withDefault(raw, 'deployment-strategy'),
    waitUntil: oneOf(raw, 'wait-until'),
    timeoutMinutes:
      timeoutRaw === ''
        ? undefined
        : positiveNumber('timeout-minutes', timeoutRaw, {
            min: Number.MIN_VALUE,
            max: MAX_TIMEOUT_MINUTES,
            unit: 'minutes'
          }),
    pollIntervalSeconds: positiveNumber(
      'poll-interval-seconds',
      withDefault(raw, 'poll-interval-seconds'),
      { min: 0.1, max: MAX_POLL_SECONDS, unit: 'seconds' }
    ),
    onInProgress: oneOf(raw, 'on-in-progress'),
    onCancel: oneOf(raw, 'on-cancel'),
    onTimeout: oneOf(raw, 'on-timeout'),
    requireAlarms: boolean(raw, 'require-alarms'),
    allowFlagRemoval: boolean(raw, 'allow-flag-removal'),
    flagNamePattern: regex(raw, 'flag-name-pattern'),
    deprecatedFlags: oneOf(raw, 'deprecated-flags'),
    description: description(raw('description')),
    versionLabel: versionLabel(raw('version-label')),
    tags: tags(read('tags')),
    kmsKeyIdentifier: optional(raw, 'kms-key-identifier', 2048),
    region: region(raw('region'))
  }
}

type Raw = (name: InputName) => string

function required(raw: Raw, name: InputName): string {
  const value = raw(name)
  if (value === '') {
    throw new InputError(name, `Input '${name}' is required but was empty.`)
  }
  return value
}

function withDefault(raw: Raw, name: InputName): string {
  return raw(name) || INPUTS[name].default
}

function optional(
  raw: Raw,
  name: InputName,
  maxLength: number
): string | undefined {
  const value = raw(name)
  if (value.length > maxLength) {
    throw new InputError(
      name,
      `Input '${name}' is ${value.length} characters long; at most ${maxLength} are allowed.`
    )
  }
  return value === '' ? undefined : value
}

type Allowed<N extends InputName> = (typeof INPUTS)[N] extends {
  allowed: readonly (infer A)[]
}
  ? A
  : never

function oneOf<N extends InputName>(raw: Raw, name: N): Allowed<N> {
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

function boolean(raw: Raw, name: InputName): boolean {
  const value = raw(name) || INPUTS[name].default
  // The same spellings as core.getBooleanInput (YAML 1.2 core schema).
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(
    name,
    `Input '${name}' has the value '${value}'; expected true or false.`
  )
}

function positiveNumber(
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

function regex(raw: Raw, name: InputName): RegExp | undefined {
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

function description(value: string): string | undefined {
  if (value === '') return undefined
  if (value.length > 1024) {
    throw new InputError(
      'description',
      `Input 'description' is ${value.length} characters long; AppConfig allows at most 1024.`
    )
  }
  // The hosted-version description travels in an HTTP header, which AppConfig limits to ASCII.
  const bad = [...value].find((c) => c.charCodeAt(0) > 0x7e || c < ' ')
  if (bad !== undefined) {
    throw new InputError(
      'description',
      `Input 'description' contains ${JSON.stringify(bad)}; AppConfig sends the description in an HTTP header, so only printable ASCII is allowed.`
    )
  }
  return value
}

function versionLabel(value: string): string | undefined {
  if (value === '') return undefined
  if (value.length > 64 || !/[^0-9]/.test(value)) {
    throw new InputError(
      'version-label',
      `Input 'version-label' has the value '${value}'; AppConfig needs 1 to 64 characters with at least one non-digit (for example v1.4.0).`
    )
  }
  if ([...value].some((c) => c.charCodeAt(0) > 0x7e || c < ' ')) {
    throw new InputError(
      'version-label',
      `Input 'version-label' has the value '${value}'; only printable ASCII is allowed (it travels in an HTTP header).`
    )
  }
  return value
}

function tags(value: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = value.split(/\r?\n/)
  lines.forEach((line, index) => {
    const text = line.trim()
    if (text === '' || text.startsWith('#')) return
    const where = `line ${index + 1} of input 'tags' ('${text}')`
    const eq = text.indexOf('=')
    if (eq < 0) {
      throw new InputError('tags', `${where} has no '='; write key=value.`)
    }
    const key = text.slice(0, eq).trim()
    const tagValue = text.slice(eq + 1).trim()
    if (key === '' || key.length > 128) {
      throw new InputError(
        'tags',
        `${where}: the key must be 1 to 128 characters.`
      )
    }
    if (tagValue.length > 256) {
      throw new InputError(
        'tags',
        `${where}: the value must be at most 256 characters.`
      )
    }
    if (Object.hasOwn(result, key)) {
      throw new InputError('tags', `${where}: the key '${key}' is repeated.`)
    }
    Object.defineProperty(result, key, {
      value: tagValue,
      enumerable: true,
      writable: true,
      configurable: true
    })
  })
  if (Object.keys(result).length > 50) {
    throw new InputError(
      'tags',
      `Input 'tags' has ${Object.keys(result).length} tags; AppConfig allows at most 50.`
    )
  }
  return result
}

function region(value: string): string | undefined {
  if (value === '') return undefined
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(value)) {
    throw new InputError(
      'region',
      `Input 'region' has the value '${value}', which is not an AWS region name (for example eu-west-1).`
    )
  }
  return value
}
