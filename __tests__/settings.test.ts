import { describe, expect, it } from '@jest/globals'
import type { InputName } from '../src/contract.js'
import { InputError, parseSettings } from '../src/settings.js'

const base: Partial<Record<InputName, string>> = {
  application: 'checkout-service',
  environment: 'Production',
  'configuration-profile': 'checkout-flags',
  bundle: 'flags/checkout.json'
}

function settingsWith(
  inputs: Partial<Record<InputName, string>>,
  workspace = '/repo'
) {
  const all = { ...base, ...inputs }
  return parseSettings((name) => all[name] ?? '', workspace)
}

function errorOf(inputs: Partial<Record<InputName, string>>): InputError {
  try {
    settingsWith(inputs)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('parseSettings', () => {
  it('applies the contract defaults', () => {
    const settings = settingsWith({})
    expect(settings).toMatchObject({
      mode: 'deploy',
      deploymentStrategy: 'AppConfig.Linear50PercentEvery30Seconds',
      waitUntil: 'complete',
      timeoutMinutes: undefined,
      pollIntervalSeconds: 10,
      onInProgress: 'wait',
      onCancel: 'stop',
      onTimeout: 'stop',
      requireAlarms: false,
      allowFlagRemoval: false,
      flagNamePattern: undefined,
      deprecatedFlags: 'warn',
      description: undefined,
      versionLabel: undefined,
      tags: {},
      kmsKeyIdentifier: undefined,
      region: undefined,
      bundlePath: '/repo/flags/checkout.json',
      bundleDisplayPath: 'flags/checkout.json'
    })
  })

  it('reads every input when given', () => {
    const settings = settingsWith({
      mode: 'plan',
      'deployment-strategy': 'Canary',
      'wait-until': 'baking',
      'timeout-minutes': '2.5',
      'poll-interval-seconds': '0.1',
      'on-in-progress': 'fail',
      'on-cancel': 'leave',
      'on-timeout': 'leave',
      'require-alarms': 'TRUE',
      'allow-flag-removal': 'True',
      'flag-name-pattern': '^[a-z]+(-[a-z]+)*$',
      'deprecated-flags': 'fail',
      description: 'Release 1.4 (abc123)',
      'version-label': 'v1.4.0',
      tags: 'team=payments\n\n# comment\nrepo = octo/shop\nempty=',
      'kms-key-identifier': 'alias/appconfig',
      region: 'eu-west-1'
    })
    expect(settings).toMatchObject({
      mode: 'plan',
      deploymentStrategy: 'Canary',
      waitUntil: 'baking',
      timeoutMinutes: 2.5,
      pollIntervalSeconds: 0.1,
      onInProgress: 'fail',
      onCancel: 'leave',
      onTimeout: 'leave',
      requireAlarms: true,
      allowFlagRemoval: true,
      deprecatedFlags: 'fail',
      description: 'Release 1.4 (abc123)',
      versionLabel: 'v1.4.0',
      tags: { team: 'payments', repo: 'octo/shop', empty: '' },
      kmsKeyIdentifier: 'alias/appconfig',
      region: 'eu-west-1'
    })
    expect(settings.flagNamePattern?.test('new-checkout')).toBe(true)
    expect(settings.flagNamePattern?.test('NewCheckout')).toBe(false)
  })

  it('keeps an absolute bundle path outside the workspace as it is', () => {
    const settings = settingsWith({ bundle: '/tmp/flags.yaml' })
    expect(settings.bundlePath).toBe('/tmp/flags.yaml')
    expect(settings.bundleDisplayPath).toBe('/tmp/flags.yaml')
  })

  it('needs application, environment and profile only when it talks to AWS', () => {
    const settings = parseSettings(
      (name) =>
        name === 'bundle' ? 'b.json' : name === 'mode' ? 'validate' : '',
      '/w'
    )
    expect(settings.mode).toBe('validate')
    expect(settings.application).toBe('')
  })

  it.each<[string, Partial<Record<InputName, string>>, InputName, string]>([
    [
      'an unknown mode',
      { mode: 'apply' },
      'mode',
      "'apply'; expected one of: validate, plan, deploy"
    ],
    [
      'a poll interval of 0',
      { 'poll-interval-seconds': '0' },
      'poll-interval-seconds',
      "'0'"
    ],
    [
      'a poll interval of abc',
      { 'poll-interval-seconds': 'abc' },
      'poll-interval-seconds',
      "'abc'"
    ],
    [
      'a poll interval below 0.1',
      { 'poll-interval-seconds': '0.05' },
      'poll-interval-seconds',
      'at least 0.1'
    ],
    [
      'a negative timeout',
      { 'timeout-minutes': '-5' },
      'timeout-minutes',
      "'-5'"
    ],
    ['a timeout of 0', { 'timeout-minutes': '0' }, 'timeout-minutes', "'0'"],
    [
      'a timeout with a unit',
      { 'timeout-minutes': '10m' },
      'timeout-minutes',
      "'10m'"
    ],
    [
      'a timeout past setTimeout',
      { 'timeout-minutes': '40000' },
      'timeout-minutes',
      'at most 35000'
    ],
    [
      'a tags line without =',
      { tags: 'team=payments\nowner' },
      'tags',
      "line 2 of input 'tags' ('owner') has no '='"
    ],
    ['a repeated tag', { tags: 'a=1\na=2' }, 'tags', "the key 'a' is repeated"],
    ['an empty tag key', { tags: '=x' }, 'tags', 'key must be 1 to 128'],
    [
      'an invalid flag-name-pattern',
      { 'flag-name-pattern': '([a-z]+' },
      'flag-name-pattern',
      "'([a-z]+', which is not a valid regular expression"
    ],
    [
      'a missing bundle',
      { bundle: '' },
      'bundle',
      "Input 'bundle' is required"
    ],
    [
      'a missing application',
      { application: '  ' },
      'application',
      "Input 'application' is required"
    ],
    [
      'a missing environment',
      { environment: '' },
      'environment',
      "Input 'environment' is required"
    ],
    [
      'a missing profile',
      { 'configuration-profile': '' },
      'configuration-profile',
      "'configuration-profile' is required"
    ],
    [
      'a yes/no boolean',
      { 'require-alarms': 'yes' },
      'require-alarms',
      "'yes'; expected true or false"
    ],
    ['an unknown wait-until', { 'wait-until': 'done' }, 'wait-until', "'done'"],
    [
      'an unknown on-in-progress',
      { 'on-in-progress': 'queue' },
      'on-in-progress',
      "'queue'"
    ],
    [
      'an unknown on-cancel',
      { 'on-cancel': 'ignore' },
      'on-cancel',
      "'ignore'"
    ],
    [
      'an unknown on-timeout',
      { 'on-timeout': 'ignore' },
      'on-timeout',
      "'ignore'"
    ],
    [
      'an unknown deprecated-flags',
      { 'deprecated-flags': 'error' },
      'deprecated-flags',
      "'error'"
    ],
    [
      'a version label of digits only',
      { 'version-label': '42' },
      'version-label',
      'at least one non-digit'
    ],
    [
      'a version label over 64 characters',
      { 'version-label': 'v'.repeat(65) },
      'version-label',
      '1 to 64'
    ],
    [
      'a non-ASCII description',
      { description: 'Déploiement' },
      'description',
      'only printable ASCII'
    ],
    [
      'a description over 1024 characters',
      { description: 'x'.repeat(1025) },
      'description',
      'at most 1024'
    ],
    [
      'a region that is not one',
      { region: 'Frankfurt' },
      'region',
      "'Frankfurt'"
    ]
  ])(
    'refuses %s, naming the input and the value',
    (_case, inputs, input, fragment) => {
      const error = errorOf(inputs)
      expect(error.input).toBe(input)
      expect(error.message).toContain(`'${input}'`)
      expect(error.message).toContain(fragment)
    }
  )

  it('refuses more than 50 tags', () => {
    const tags = Array.from({ length: 51 }, (_, i) => `k${i}=v`).join('\n')
    expect(errorOf({ tags }).message).toContain('at most 50')
  })
})
