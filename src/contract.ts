/**
 * The action's public contract (design/action-contract.md): every input with its default and
 * allowed values, and every output. `action.yml` must agree; __tests__/contract.test.ts checks it.
 */

/** One input of action.yml. `default` is what action.yml declares ('' = none). */
export interface InputDefinition {
  readonly required: boolean
  readonly default: string
  readonly allowed?: readonly string[]
}

export const INPUTS = {
  application: { required: true, default: '' },
  environment: { required: true, default: '' },
  'configuration-profile': { required: true, default: '' },
  bundle: { required: true, default: '' },
  mode: {
    required: false,
    default: 'deploy',
    allowed: ['validate', 'plan', 'deploy']
  },
  'deployment-strategy': {
    required: false,
    default: 'AppConfig.Linear50PercentEvery30Seconds'
  },
  'wait-until': {
    required: false,
    default: 'complete',
    allowed: ['complete', 'baking', 'started']
  },
  'timeout-minutes': { required: false, default: '' },
  'poll-interval-seconds': { required: false, default: '10' },
  'on-in-progress': {
    required: false,
    default: 'wait',
    allowed: ['wait', 'fail']
  },
  'on-cancel': { required: false, default: 'stop', allowed: ['stop', 'leave'] },
  'on-timeout': {
    required: false,
    default: 'stop',
    allowed: ['stop', 'leave']
  },
  'require-alarms': {
    required: false,
    default: 'false',
    allowed: ['true', 'false']
  },
  'allow-flag-removal': {
    required: false,
    default: 'false',
    allowed: ['true', 'false']
  },
  'flag-name-pattern': { required: false, default: '' },
  'deprecated-flags': {
    required: false,
    default: 'warn',
    allowed: ['warn', 'fail', 'ignore']
  },
  description: { required: false, default: '' },
  'version-label': { required: false, default: '' },
  tags: { required: false, default: '' },
  'kms-key-identifier': { required: false, default: '' },
  region: { required: false, default: '' }
} as const satisfies Record<string, InputDefinition>

export type InputName = keyof typeof INPUTS

export const OUTPUTS = [
  'result',
  'state',
  'deployment-number',
  'configuration-version',
  'version-label',
  'application-id',
  'environment-id',
  'configuration-profile-id',
  'deployment-strategy-id',
  'changed',
  'flags-added',
  'flags-removed',
  'flags-changed',
  'rollback-reason',
  'triggered-alarms',
  'plan-markdown',
  'duration-seconds'
] as const

export type OutputName = (typeof OUTPUTS)[number]

/** Every value the `result` output can take. */
export const RESULTS = [
  'complete',
  'baking',
  'started',
  'unchanged',
  'validated',
  'planned',
  'rolled-back',
  'reverted',
  'timed-out',
  'cancelled',
  'failed'
] as const

export type Result = (typeof RESULTS)[number]
