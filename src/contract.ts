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

/**
 * No input is `required` in action.yml: application, environment, configuration-profile and
 * bundle are each needed in some modes only, and src/settings.ts says which, naming the input.
 */
export const INPUTS = {
  application: { required: false, default: '' },
  environment: { required: false, default: '' },
  'configuration-profile': { required: false, default: '' },
  bundle: { required: false, default: '' },
  mode: {
    required: false,
    default: 'deploy',
    allowed: ['validate', 'plan', 'deploy', 'revert']
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
  region: { required: false, default: '' },
  // Added in the second round (design/action-contract.md).
  'set-flags': { required: false, default: '' },
  'configuration-version': { required: false, default: '' },
  'expected-plan': { required: false, default: '' },
  'on-drift': {
    required: false,
    default: 'fail',
    allowed: ['fail', 'keep', 'overwrite']
  },
  'promote-from': { required: false, default: '' },
  'soak-minutes': { required: false, default: '0' },
  environments: { required: false, default: '' },
  'min-bake-minutes': { required: false, default: '' },
  'pr-comment': {
    required: false,
    default: 'false',
    allowed: ['true', 'false']
  },
  'github-token': { required: false, default: '${{ github.token }}' },
  'code-references': { required: false, default: '' },
  // Added in the third round (design/action-contract.md).
  'flag-tests': { required: false, default: '' },
  'on-experiment': {
    required: false,
    default: 'fail',
    allowed: ['fail', 'stop', 'ignore']
  }
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
  'duration-seconds',
  // Added in the second round (design/action-contract.md).
  'plan-id',
  'deployment-url',
  'drift',
  'stale-flags',
  'unreferenced-flags',
  // Added in the third round (design/action-contract.md).
  'flag-test-results',
  'experiments'
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
