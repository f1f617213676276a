import path from 'node:path'
import {
  boolean,
  nonNegativeNumber,
  oneOf,
  positiveNumber,
  regex,
  required,
  withDefault,
  type Raw
} from './inputs/read-input.js'
import type { InputName } from './contract.js'
import type { Failure } from './failure.js'
import { InputError } from './inputs/input-error.js'
import { inputLines } from './inputs/input-lines.js'
import { kmsKeyIdentifier } from './inputs/parse-kms-key.js'
import {
  parseEnvironmentList,
  parseEnvironmentRef,
  type EnvironmentRef
} from './inputs/parse-environment-ref.js'
import {
  parseSetFlags,
  type FlagSetting,
  type JsonValue
} from './inputs/parse-set-flags.js'
import {
  description,
  region,
  tags,
  versionLabel,
  versionReference
} from './inputs/parse-text-inputs.js'

export { InputError, type EnvironmentRef, type FlagSetting, type JsonValue }

export type Mode = 'validate' | 'plan' | 'deploy' | 'revert'
export type WaitUntil = 'complete' | 'baking' | 'started'
export type DeprecatedFlags = 'warn' | 'fail' | 'ignore'
export type OnDrift = 'fail' | 'keep' | 'overwrite'

/** Every input of the action, parsed and checked once. */
export interface Settings {
  readonly mode: Mode
  readonly application: string
  readonly environment: string
  readonly configurationProfile: string
  /** Absolute path of the bundle file; undefined when the run deploys no bundle. */
  readonly bundlePath: string | undefined
  /** The bundle path as annotations name it: relative to the workspace when inside it. */
  readonly bundleDisplayPath: string | undefined
  readonly deploymentStrategy: string
  readonly waitUntil: WaitUntil
  /** Minutes; undefined means derived from the strategy. */
  readonly timeoutMinutes: number | undefined
  readonly pollIntervalSeconds: number
  readonly onInProgress: 'wait' | 'fail'
  /** A flag this run changes is under a running AppConfig experiment (plan/check-experiments.ts). */
  readonly onExperiment: 'fail' | 'stop' | 'ignore'
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
  /** `set-flags`, in input order; undefined when not given. */
  readonly setFlags: readonly FlagSetting[] | undefined
  /** `configuration-version`: a version number, or a version label (never all digits). */
  readonly configurationVersion: number | string | undefined
  /** `expected-plan`: the `plan-id` of an earlier plan, opaque here. */
  readonly expectedPlan: string | undefined
  readonly onDrift: OnDrift
  readonly promoteFrom: EnvironmentRef | undefined
  /** Minutes; 0 unless `promote-from` is given. */
  readonly soakMinutes: number
  /** `environments` to show side by side; empty when not given. */
  readonly environments: readonly EnvironmentRef[]
  readonly minBakeMinutes: number | undefined
  readonly prComment: boolean
  /** '' when not given. Secret: main.ts masks it, and it is never logged. */
  readonly githubToken: string
  /** Glob patterns, one per line of `code-references`; empty when not given. */
  readonly codeReferences: readonly string[]
  /** `flag-tests` (issue 24): the rule-test file, absolute and as annotations name it. */
  readonly flagTests:
    { readonly path: string; readonly displayPath: string } | undefined
}

/** The first of `errors`; InputErrors is only made with at least one. */
function firstOf(errors: readonly InputError[]): InputError {
  const [first] = errors
  if (first === undefined)
    throw new Error('InputErrors needs at least one error')
  return first
}

/**
 * Every bad input of a run, reported at once so a workflow author fixes them in one go. It is
 * an InputError for the first of them; `mode` is the mode in force, when that input was valid.
 */
export class InputErrors extends InputError {
  constructor(
    readonly errors: readonly InputError[],
    readonly mode: Mode | undefined
  ) {
    super(
      firstOf(errors).input,
      errors.length === 1
        ? firstOf(errors).message
        : `${errors.length} inputs are invalid:\n${errors.map((e) => e.message).join('\n')}`
    )
    this.name = 'InputErrors'
  }

  /** The inputs at fault, each once, in the order found. */
  get inputs(): InputName[] {
    return [...new Set(this.errors.map((e) => e.input))]
  }

  /** The summary names every input at fault; the message lists every problem. */
  toFailure(): Failure {
    return {
      kind: 'input',
      message: this.message,
      input: this.inputs.join(', ')
    }
  }
}

/** Reads one raw input (core.getInput in the action; a map in tests). */
export type InputReader = (name: InputName) => string

const MAX_TIMEOUT_MINUTES = 35_000 // setTimeout's 2^31 ms ceiling is ~35,791 minutes
const MAX_POLL_SECONDS = 3_600
const MAX_BAKE_MINUTES = 1_440 // AppConfig's FinalBakeTimeInMinutes ceiling

/**
 * Parses and checks every input; throws InputErrors listing every bad one (each message names
 * its input and value), including the rules that tie inputs to modes.
 */
export function parseSettings(
  read: InputReader,
  workspace: string = process.cwd()
): Settings {
  const raw = (name: InputName): string => read(name).trim()
  const errors: InputError[] = []
  /** Runs one parser, collecting its error; `fallback` stands in so parsing goes on. */
  const attempt = <T>(parse: () => T, fallback: T): T => {
    try {
      return parse()
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      errors.push(error)
      return fallback
    }
  }
  const modeValid = attempt<Mode | undefined>(
    () => oneOf(raw, 'mode'),
    undefined
  )
  const mode: Mode = modeValid ?? 'deploy'

  const setFlags = attempt(() => parseSetFlags(read('set-flags')), undefined)
  const configurationVersion = attempt(
    () => versionReference(raw('configuration-version')),
    undefined
  )
  const bundle = raw('bundle')
  const sources = (
    [
      ['bundle', bundle !== ''],
      ['set-flags', raw('set-flags') !== ''],
      ['configuration-version', raw('configuration-version') !== '']
    ] as const
  )
    .filter(([, given]) => given)
    .map(([name]) => name)
  if (modeValid !== undefined) {
    errors.push(...modeRules(mode, sources, raw))
  }

  // application/environment/profile are only needed once we talk to AWS.
  const needsTarget = mode !== 'validate'
  const target = (name: InputName): string =>
    needsTarget ? attempt(() => required(raw, name), '') : raw(name)
  // revert never reads a bundle, whatever `bundle` says.
  const readsBundle = mode !== 'revert' && bundle !== ''
  const bundlePath = readsBundle ? path.resolve(workspace, bundle) : undefined
  const timeoutRaw = raw('timeout-minutes')
  const promoteFrom = attempt(
    () => parseEnvironmentRef('promote-from', raw('promote-from')),
    undefined
  )
  const soakMinutes = attempt(
    () =>
      nonNegativeNumber('soak-minutes', withDefault(raw, 'soak-minutes'), {
        max: MAX_TIMEOUT_MINUTES
      }),
    0
  )
  if (soakMinutes > 0 && raw('promote-from') === '') {
    errors.push(
      new InputError(
        'soak-minutes',
        `Input 'soak-minutes' has the value '${raw('soak-minutes')}', but it only counts with 'promote-from' (how long the content must have run there), which is empty.`
      )
    )
  }
  const minBakeRaw = raw('min-bake-minutes')

  const settings: Settings = {
    mode,
    application: target('application'),
    environment: target('environment'),
    configurationProfile: target('configuration-profile'),
    bundlePath,
    bundleDisplayPath:
      bundlePath === undefined ? undefined : displayPath(workspace, bundlePath),
    deploymentStrategy: withDefault(raw, 'deployment-strategy'),
    waitUntil: attempt(() => oneOf(raw, 'wait-until'), 'complete'),
    timeoutMinutes: attempt(
      () =>
        timeoutRaw === ''
          ? undefined
          : positiveNumber('timeout-minutes', timeoutRaw, {
              min: Number.MIN_VALUE,
              max: MAX_TIMEOUT_MINUTES,
              unit: 'minutes'
            }),
      undefined
    ),
    pollIntervalSeconds: attempt(
      () =>
        positiveNumber(
          'poll-interval-seconds',
          withDefault(raw, 'poll-interval-seconds'),
          { min: 0.1, max: MAX_POLL_SECONDS, unit: 'seconds' }
        ),
      10
    ),
    onInProgress: attempt(() => oneOf(raw, 'on-in-progress'), 'wait'),
    onExperiment: attempt(() => oneOf(raw, 'on-experiment'), 'fail'),
    onCancel: attempt(() => oneOf(raw, 'on-cancel'), 'stop'),
    onTimeout: attempt(() => oneOf(raw, 'on-timeout'), 'stop'),
    requireAlarms: attempt(() => boolean(raw, 'require-alarms'), false),
    allowFlagRemoval: attempt(() => boolean(raw, 'allow-flag-removal'), false),
    flagNamePattern: attempt(() => regex(raw, 'flag-name-pattern'), undefined),
    deprecatedFlags: attempt(() => oneOf(raw, 'deprecated-flags'), 'warn'),
    description: attempt(() => description(raw('description')), undefined),
    versionLabel: attempt(() => versionLabel(raw('version-label')), undefined),
    tags: attempt(() => tags(read('tags')), {}),
    kmsKeyIdentifier: attempt(
      () => kmsKeyIdentifier(raw('kms-key-identifier')),
      undefined
    ),
    region: attempt(() => region(raw('region')), undefined),
    setFlags,
    configurationVersion,
    expectedPlan: raw('expected-plan') || undefined,
    onDrift: attempt(() => oneOf(raw, 'on-drift'), 'fail'),
    promoteFrom,
    soakMinutes,
    environments: attempt(() => parseEnvironmentList(read('environments')), []),
    minBakeMinutes: attempt(
      () =>
        minBakeRaw === ''
          ? undefined
          : nonNegativeNumber('min-bake-minutes', minBakeRaw, {
              max: MAX_BAKE_MINUTES
            }),
      undefined
    ),
    prComment: attempt(() => boolean(raw, 'pr-comment'), false),
    githubToken: raw('github-token'),
    codeReferences: inputLines(read('code-references')).map(({ text }) => text),
    flagTests: attempt(
      () => flagTestsFile(raw('flag-tests'), workspace),
      undefined
    )
  }
  if (errors.length > 0) throw new InputErrors(errors, modeValid)
  return settings
}

/**
 * Which inputs each mode needs or refuses: one source of content (bundle, set-flags or
 * configuration-version) in validate, plan and deploy; none in revert; expected-plan in deploy
 * only. Returns the broken rules, each naming an input.
 */
function modeRules(
  mode: Mode,
  sources: readonly InputName[],
  raw: Raw
): InputError[] {
  const errors: InputError[] = []
  const quoted = sources.map((s) => `'${s}'`).join(' and ')
  if (mode === 'revert') {
    // bundle is tolerated (a shared `with:` block), but what would be deployed is not.
    const [content] = sources.filter((s) => s !== 'bundle')
    if (content !== undefined)
      errors.push(
        new InputError(
          content,
          `Input '${content}' is set, but mode 'revert' deploys the configuration the environment ran before, not new content; remove '${content}' or use mode 'deploy'.`
        )
      )
  } else if (sources.length === 0) {
    errors.push(
      new InputError(
        'bundle',
        `Input 'bundle' is required in mode '${mode}' unless 'set-flags' or 'configuration-version' says what to deploy; all three are empty.`
      )
    )
  } else if (sources[1] !== undefined) {
    errors.push(
      new InputError(
        sources[1],
        `Inputs ${quoted} are both set; give exactly one of 'bundle', 'set-flags' and 'configuration-version' (each says what to deploy).`
      )
    )
  }
  if (mode === 'validate') {
    const [needsAws] = sources.filter((s) => s !== 'bundle')
    if (needsAws !== undefined)
      errors.push(
        new InputError(
          needsAws,
          `Input '${needsAws}' needs the environment's deployed content, but mode 'validate' makes no AWS call; use mode 'plan' to check it.`
        )
      )
  }
  if (mode !== 'deploy' && raw('expected-plan') !== '') {
    errors.push(
      new InputError(
        'expected-plan',
        `Input 'expected-plan' is set, but it only applies in mode 'deploy' (the mode is '${mode}').`
      )
    )
  }
  return errors
}

/** `flag-tests`: a .json, .yaml or .yml path, resolved like `bundle`. */
function flagTestsFile(
  value: string,
  workspace: string
): Settings['flagTests'] {
  if (value === '') return undefined
  if (!/\.(json|ya?ml)$/i.test(value))
    throw new InputError(
      'flag-tests',
      `Input 'flag-tests' has the value '${value}'; expected the path of a .yaml, .yml or .json test file.`
    )
  const absolute = path.resolve(workspace, value)
  return { path: absolute, displayPath: displayPath(workspace, absolute) }
}

function displayPath(workspace: string, bundlePath: string): string {
  const relative = path.relative(workspace, bundlePath)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative.split(path.sep).join('/')
    : bundlePath
}

/**
 * The settings as debug lines (`ACTIONS_STEP_DEBUG`), one per field; the token is never shown,
 * only whether it is set.
 */
export function describeSettings(settings: Settings): string[] {
  return Object.entries(settings).map(([key, value]: [string, unknown]) => {
    const shown =
      key === 'githubToken'
        ? value === ''
          ? '(not set)'
          : '(set, masked)'
        : value instanceof RegExp
          ? String(value)
          : value === undefined
            ? '(not set)'
            : JSON.stringify(value)
    return `setting ${key}: ${shown}`
  })
}
