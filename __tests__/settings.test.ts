import { describe, expect, it } from '@jest/globals'
import type { InputName } from '../src/contract.js'
import {
  describeSettings,
  InputError,
  InputErrors,
  parseSettings
} from '../src/settings.js'

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
      onExperiment: 'fail',
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
      bundleDisplayPath: 'flags/checkout.json',
      setFlags: undefined,
      configurationVersion: undefined,
      expectedPlan: undefined,
      onDrift: 'fail',
      promoteFrom: undefined,
      soakMinutes: 0,
      environments: [],
      minBakeMinutes: undefined,
      prComment: false,
      githubToken: '',
      codeReferences: []
    })
  })

  it('reads on-experiment, and names the input and the value it refuses', () => {
    expect(settingsWith({ 'on-experiment': 'stop' }).onExperiment).toBe('stop')
    expect(settingsWith({ 'on-experiment': 'ignore' }).onExperiment).toBe(
      'ignore'
    )
    expect(errorOf({ 'on-experiment': 'pause' }).message).toBe(
      "Input 'on-experiment' has the value 'pause'; expected one of: fail, stop, ignore."
    )
  })

  it('reads every second-round input when given', () => {
    const settings = settingsWith({
      'expected-plan': '  plan-0123abcd  ',
      'on-drift': 'keep',
      'promote-from': 'Staging/checkout-flags-staging',
      'soak-minutes': '30',
      environments: 'Beta\n# the canary cell\n\nStaging / staging-flags',
      'min-bake-minutes': '30',
      'pr-comment': 'true',
      'github-token': 'ghs_abc',
      'code-references': 'src/**/*.ts\n\n!src/**/*.test.ts'
    })
    expect(settings).toMatchObject({
      expectedPlan: 'plan-0123abcd',
      onDrift: 'keep',
      promoteFrom: {
        environment: 'Staging',
        profile: 'checkout-flags-staging'
      },
      soakMinutes: 30,
      environments: [
        { environment: 'Beta' },
        { environment: 'Staging', profile: 'staging-flags' }
      ],
      minBakeMinutes: 30,
      prComment: true,
      githubToken: 'ghs_abc',
      codeReferences: ['src/**/*.ts', '!src/**/*.test.ts']
    })
    expect(settingsWith({ 'promote-from': 'Beta' }).promoteFrom).toEqual({
      environment: 'Beta'
    })
  })

  it('parses set-flags lines with their line numbers, instead of a bundle', () => {
    const settings = settingsWith({
      bundle: '',
      'set-flags': [
        '# kill switch',
        'new-checkout=off',
        '',
        'express=on',
        'checkout-redesign.colour="blue"',
        'checkout-redesign.limits = {"max": 3, "tiers": [1, null]}'
      ].join('\n')
    })
    expect(settings.bundlePath).toBeUndefined()
    expect(settings.bundleDisplayPath).toBeUndefined()
    expect(settings.setFlags).toEqual([
      { line: 2, flag: 'new-checkout', kind: 'enabled', enabled: false },
      { line: 4, flag: 'express', kind: 'enabled', enabled: true },
      {
        line: 5,
        flag: 'checkout-redesign',
        kind: 'attribute',
        attribute: 'colour',
        value: 'blue',
        text: '"blue"'
      },
      {
        line: 6,
        flag: 'checkout-redesign',
        kind: 'attribute',
        attribute: 'limits',
        value: { max: 3, tiers: [1, null] },
        text: expect.any(String) as unknown as string
      }
    ])
  })

  it.each([
    ['17', 17],
    ['v1.4.0', 'v1.4.0']
  ])(
    'reads configuration-version %s as a number or a label',
    (input, expected) => {
      const settings = settingsWith({
        bundle: '',
        'configuration-version': input
      })
      expect(settings.configurationVersion).toBe(expected)
      expect(settings.bundlePath).toBeUndefined()
    }
  )

  it('reverts without a bundle, and ignores one that is given', () => {
    expect(
      settingsWith({ mode: 'revert', bundle: '' }).bundlePath
    ).toBeUndefined()
    expect(
      settingsWith({ mode: 'revert', bundle: 'flags/checkout.json' })
    ).toMatchObject({ mode: 'revert', bundlePath: undefined })
  })

  it('reports every bad input at once, with the mode in force', () => {
    let caught: unknown
    try {
      settingsWith({
        mode: 'plan',
        application: '',
        'poll-interval-seconds': 'abc',
        'on-drift': 'ignore',
        'set-flags': 'x=on'
      })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InputErrors)
    const errors = caught as InputErrors
    expect(errors).toBeInstanceOf(InputError)
    expect(errors.mode).toBe('plan')
    expect(errors.inputs).toEqual([
      'set-flags',
      'application',
      'poll-interval-seconds',
      'on-drift'
    ])
    expect(errors.errors).toHaveLength(4)
    expect(errors.message.split('\n')).toEqual([
      '4 inputs are invalid:',
      ...errors.errors.map((e) => e.message)
    ])
  })

  it('leaves the mode undefined when the mode input itself is bad', () => {
    const error = errorOf({ mode: 'apply', region: 'nowhere' })
    expect(error).toBeInstanceOf(InputErrors)
    expect((error as InputErrors).mode).toBeUndefined()
    expect((error as InputErrors).inputs).toEqual(['mode', 'region'])
  })

  it('describes the settings for debug lines without the token', () => {
    const lines = describeSettings(
      settingsWith({
        'github-token': 'ghs_secret',
        'flag-name-pattern': '^[a-z-]+$',
        tags: 'team=payments'
      })
    )
    expect(lines).toContain('setting mode: "deploy"')
    expect(lines).toContain('setting flagNamePattern: /^[a-z-]+$/')
    expect(lines).toContain('setting tags: {"team":"payments"}')
    expect(lines).toContain('setting region: (not set)')
    expect(lines).toContain('setting githubToken: (set, masked)')
    expect(lines.join('\n')).not.toContain('ghs_secret')
    expect(lines).toHaveLength(
      Object.keys(settingsWith({ region: 'eu-west-1' })).length
    )
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
      "'apply'; expected one of: validate, plan, deploy, revert"
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
      'a version label whose ASCII spelling is digits only',
      { 'version-label': '\uff14\uff12' },
      'version-label',
      "in ASCII, as AppConfig stores it: '42'"
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
    ],
    [
      'a set-flags number past the largest double (issue 25)',
      { bundle: '', 'set-flags': 'new-checkout.limit=1e309' },
      'set-flags',
      "line 1 of input 'set-flags' ('new-checkout.limit=1e309'): the number 1e309 is past the largest number JSON can carry"
    ],
    [
      'a set-flags integer JSON would round (issue 25)',
      { bundle: '', 'set-flags': 'new-checkout.ids=[1, 9007199254740993]' },
      'set-flags',
      'the number 9007199254740993 is past 2^53 (9007199254740992), where JSON numbers lose digits: it would be uploaded as 9007199254740992'
    ],
    [
      'a set-flags line without =',
      { bundle: '', 'set-flags': 'a=on\n\nnew-checkout' },
      'set-flags',
      "line 3 of input 'set-flags' ('new-checkout') has no '='"
    ],
    [
      'a set-flags flag key AppConfig refuses',
      { bundle: '', 'set-flags': 'New_Checkout=on' },
      'set-flags',
      "'New_Checkout' is not a valid AppConfig flag key"
    ],
    [
      'a set-flags state other than on or off',
      { bundle: '', 'set-flags': 'new-checkout=true' },
      'set-flags',
      "set to 'on' or 'off', not 'true'"
    ],
    [
      'a set-flags attribute named enabled',
      { bundle: '', 'set-flags': 'new-checkout.enabled=true' },
      'set-flags',
      'write new-checkout=on or new-checkout=off'
    ],
    [
      'a set-flags attribute name AppConfig refuses',
      { bundle: '', 'set-flags': 'new-checkout.a.b=1' },
      'set-flags',
      "'a.b' is not a valid AppConfig attribute name"
    ],
    [
      'a set-flags value that is not JSON',
      { bundle: '', 'set-flags': 'new-checkout.colour=blue' },
      'set-flags',
      "line 1 of input 'set-flags' ('new-checkout.colour=blue'): the value 'blue' is not JSON"
    ],
    [
      'a set-flags target set twice',
      { bundle: '', 'set-flags': 'a=on\nb=on\na=off' },
      'set-flags',
      "line 3 of input 'set-flags' ('a=off'): 'a' is already set"
    ],
    [
      'a bundle and set-flags together',
      { 'set-flags': 'a=on' },
      'set-flags',
      "Inputs 'bundle' and 'set-flags' are both set"
    ],
    [
      'set-flags and configuration-version together',
      { bundle: '', 'set-flags': 'a=on', 'configuration-version': '3' },
      'configuration-version',
      "'set-flags' and 'configuration-version' are both set"
    ],
    [
      'a bundle missing in plan mode',
      { mode: 'plan', bundle: '' },
      'bundle',
      "Input 'bundle' is required in mode 'plan' unless 'set-flags' or 'configuration-version'"
    ],
    [
      'set-flags in validate mode',
      { mode: 'validate', bundle: '', 'set-flags': 'a=on' },
      'set-flags',
      "mode 'validate' makes no AWS call"
    ],
    [
      'configuration-version in revert mode',
      { mode: 'revert', bundle: '', 'configuration-version': '3' },
      'configuration-version',
      "mode 'revert' deploys the configuration the environment ran before"
    ],
    [
      'a missing application in revert mode',
      { mode: 'revert', application: '' },
      'application',
      "Input 'application' is required"
    ],
    [
      'a configuration-version of 0',
      { bundle: '', 'configuration-version': '0' },
      'configuration-version',
      "'0'; a version number is 1 or more"
    ],
    [
      'expected-plan in plan mode',
      { mode: 'plan', 'expected-plan': 'p-1' },
      'expected-plan',
      "only applies in mode 'deploy' (the mode is 'plan')"
    ],
    [
      'an unknown on-drift',
      { 'on-drift': 'ignore' },
      'on-drift',
      "'ignore'; expected one of: fail, keep, overwrite"
    ],
    [
      'a promote-from with two slashes',
      { 'promote-from': 'a/b/c' },
      'promote-from',
      "'a/b/c'; expected ENVIRONMENT or ENVIRONMENT/PROFILE"
    ],
    [
      'a promote-from with an empty profile',
      { 'promote-from': 'Staging/' },
      'promote-from',
      "'Staging/'"
    ],
    [
      'soak-minutes without promote-from',
      { 'soak-minutes': '30' },
      'soak-minutes',
      "'30', but it only counts with 'promote-from'"
    ],
    [
      'a negative soak-minutes',
      { 'soak-minutes': '-1', 'promote-from': 'Beta' },
      'soak-minutes',
      "'-1'; expected a number of minutes from 0"
    ],
    [
      'a repeated environment',
      { environments: 'Beta\nStaging\nBeta' },
      'environments',
      "Line 3 of input 'environments' ('Beta') repeats an earlier line"
    ],
    [
      'an environments line with an empty part',
      { environments: '/profile' },
      'environments',
      "Line 1 of input 'environments' ('/profile')"
    ],
    [
      'a min-bake-minutes above what AppConfig allows',
      { 'min-bake-minutes': '1441' },
      'min-bake-minutes',
      "'1441'; expected a number of minutes from 0 to 1440"
    ],
    [
      'a yes/no pr-comment',
      { 'pr-comment': 'yes' },
      'pr-comment',
      "'yes'; expected true or false"
    ],
    [
      'a reserved aws: tag key',
      { tags: 'aws:cloudformation:stack-name=x' },
      'tags',
      "keys starting with 'aws:' are reserved"
    ],
    [
      "the action's own tag key",
      { tags: 'appconfig-guarded-rollout:source=bundle' },
      'tags',
      "are the action's own"
    ],
    [
      'a KMS identifier of no shape AWS accepts',
      { 'kms-key-identifier': 'my-key' },
      'kms-key-identifier',
      'none of the shapes AWS KMS accepts'
    ],
    [
      'a KMS key ARN without a key ID',
      { 'kms-key-identifier': 'arn:aws:kms:eu-west-1:111122223333:key/' },
      'kms-key-identifier',
      'none of the shapes'
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

  it.each([
    '1234abcd-12ab-34cd-56ef-1234567890ab',
    'mrk-1234abcd12ab34cd56ef1234567890ab',
    'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'alias/appconfig',
    'arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/team/appconfig'
  ])('accepts the KMS identifier %s', (kms) => {
    expect(settingsWith({ 'kms-key-identifier': kms }).kmsKeyIdentifier).toBe(
      kms
    )
  })

  it('refuses more than 49 tags: the action adds its source tag and AppConfig allows 50', () => {
    const tags = Array.from({ length: 50 }, (_, i) => `k${i}=v`).join('\n')
    expect(errorOf({ tags }).message).toContain('at most 49')
    const fortyNine = Array.from({ length: 49 }, (_, i) => `k${i}=v`).join('\n')
    expect(Object.keys(settingsWith({ tags: fortyNine }).tags)).toHaveLength(49)
  })
})

describe('flag-tests (issue 24)', () => {
  it('resolves the test file like the bundle, named relative to the workspace', () => {
    expect(settingsWith({}).flagTests).toBeUndefined()
    expect(
      settingsWith({ 'flag-tests': 'flags/checkout.tests.yaml' }).flagTests
    ).toEqual({
      path: '/repo/flags/checkout.tests.yaml',
      displayPath: 'flags/checkout.tests.yaml'
    })
  })

  it('refuses a file that is not YAML or JSON, naming the input and the value', () => {
    const error = errorOf({ 'flag-tests': 'flags/tests.txt' })
    expect(error.input).toBe('flag-tests')
    expect(error.message).toBe(
      "Input 'flag-tests' has the value 'flags/tests.txt'; expected the path of a .yaml, .yml or .json test file."
    )
  })
})
