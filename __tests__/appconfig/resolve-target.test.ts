import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  AppConfigClient,
  GetApplicationCommand,
  GetConfigurationProfileCommand,
  GetDeploymentStrategyCommand,
  GetEnvironmentCommand,
  ResourceNotFoundException,
  type ConfigurationProfileSummary,
  type DeploymentStrategy,
  type Environment,
  ListApplicationsCommand,
  ListConfigurationProfilesCommand,
  ListDeploymentStrategiesCommand,
  ListEnvironmentsCommand
} from '@aws-sdk/client-appconfig'
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import 'aws-sdk-client-mock-jest'
import {
  resolveTarget,
  type ResolvedTarget
} from '../../src/appconfig/resolve-target.js'
import { TargetError } from '../../src/appconfig/target-error.js'

const appconfig = mockClient(AppConfigClient)
const REGION = 'eu-west-1'
const ALARM = 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-5xx'
const COMPOSITE = 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout'
const credentials = { accessKeyId: 'x', secretAccessKey: 'x' }
// Built inline (not with createClients) so the test depends on resolveTarget alone.
const clients = {
  region: REGION,
  appconfig: new AppConfigClient({ region: REGION, credentials }),
  cloudwatch: (region: string) => new CloudWatchClient({ region, credentials })
}

const NAMES = {
  application: 'checkout-service',
  environment: 'Production',
  configurationProfile: 'checkout-flags',
  deploymentStrategy: 'AppConfig.Canary10Percent20Minutes'
}
const APPLICATIONS = [
  { Id: 'app0001', Name: 'checkout-service' },
  { Id: 'app0002', Name: 'payments' }
]
const STRATEGIES: DeploymentStrategy[] = [
  {
    Id: 'AppConfig.AllAtOnce',
    Name: 'AppConfig.AllAtOnce',
    GrowthType: 'LINEAR',
    GrowthFactor: 100,
    DeploymentDurationInMinutes: 0,
    FinalBakeTimeInMinutes: 10
  },
  {
    Id: 'canary1',
    Name: 'AppConfig.Canary10Percent20Minutes',
    GrowthType: 'EXPONENTIAL',
    GrowthFactor: 10,
    DeploymentDurationInMinutes: 20,
    FinalBakeTimeInMinutes: 10
  }
]
const ENVIRONMENTS: Environment[] = [
  {
    Id: 'env0001',
    Name: 'Production',
    State: 'READY_FOR_DEPLOYMENT',
    Monitors: [
      { AlarmArn: ALARM, AlarmRoleArn: 'arn:aws:iam::123456789012:role/cw' },
      { AlarmArn: COMPOSITE }
    ]
  },
  { Id: 'env0002', Name: 'Beta', State: 'DEPLOYING' }
]
const PROFILES: ConfigurationProfileSummary[] = [
  {
    Id: 'prof001',
    Name: 'checkout-flags',
    Type: 'AWS.AppConfig.FeatureFlags',
    LocationUri: 'hosted'
  },
  {
    Id: 'prof002',
    Name: 'settings',
    Type: 'AWS.Freeform',
    LocationUri: 'hosted'
  }
]

/** One page per list, unless a test replaces a list. */
function seed(
  lists: {
    applications?: typeof APPLICATIONS
    strategies?: DeploymentStrategy[]
    environments?: Environment[]
    profiles?: ConfigurationProfileSummary[]
  } = {}
): void {
  appconfig
    .on(ListApplicationsCommand)
    .resolves({ Items: lists.applications ?? APPLICATIONS })
  appconfig
    .on(ListDeploymentStrategiesCommand)
    .resolves({ Items: lists.strategies ?? STRATEGIES })
  appconfig
    .on(ListEnvironmentsCommand)
    .resolves({ Items: lists.environments ?? ENVIRONMENTS })
  appconfig
    .on(ListConfigurationProfilesCommand)
    .resolves({ Items: lists.profiles ?? PROFILES })
}

/** The TargetError resolveTarget rejects with (fails the test when it resolves). */
async function targetError(
  names: Partial<typeof NAMES> = {}
): Promise<TargetError> {
  const error: unknown = await resolveTarget(clients, {
    ...NAMES,
    ...names
  }).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(TargetError)
  return error as TargetError
}

beforeEach(() => {
  appconfig.reset()
})

describe('resolveTarget', () => {
  it('resolves names to the target, the strategy and the monitors, asking per application', async () => {
    seed()

    const target = await resolveTarget(clients, NAMES)

    expect(target).toEqual({
      region: REGION,
      application: { id: 'app0001', name: 'checkout-service' },
      environment: { id: 'env0001', name: 'Production' },
      profile: { id: 'prof001', name: 'checkout-flags' },
      strategy: {
        id: 'canary1',
        name: 'AppConfig.Canary10Percent20Minutes',
        growthType: 'EXPONENTIAL',
        growthFactor: 10,
        durationMinutes: 20,
        finalBakeMinutes: 10
      },
      monitors: [ALARM, COMPOSITE],
      environmentState: 'READY_FOR_DEPLOYMENT'
    })
    expect(appconfig).toHaveReceivedCommandTimes(ListApplicationsCommand, 1)
    expect(appconfig).toHaveReceivedCommandWith(ListApplicationsCommand, {
      MaxResults: 50
    })
    expect(appconfig).toHaveReceivedCommandTimes(
      ListDeploymentStrategiesCommand,
      1
    )
    // Environments and profiles are listed in the resolved application only.
    expect(appconfig).toHaveReceivedCommandWith(ListEnvironmentsCommand, {
      ApplicationId: 'app0001',
      MaxResults: 50
    })
    expect(appconfig).toHaveReceivedCommandWith(
      ListConfigurationProfilesCommand,
      { ApplicationId: 'app0001', MaxResults: 50 }
    )
  })

  it.each([
    ['by ID', { application: 'app0002', environment: 'env0002' }],
    ['by name', { application: 'payments', environment: 'Beta' }]
  ])('finds the application and the environment %s', async (_, names) => {
    seed()

    const target = await resolveTarget(clients, { ...NAMES, ...names })

    expect(target.application).toEqual({ id: 'app0002', name: 'payments' })
    expect(target.environment).toEqual({ id: 'env0002', name: 'Beta' })
    expect(target.environmentState).toBe('DEPLOYING')
    expect(target.monitors).toEqual([])
    expect(appconfig).toHaveReceivedCommandWith(ListEnvironmentsCommand, {
      ApplicationId: 'app0002'
    })
  })

  it.each([
    [
      'by ID',
      { configurationProfile: 'prof001', deploymentStrategy: 'canary1' }
    ],
    [
      'by name',
      {
        configurationProfile: 'checkout-flags',
        deploymentStrategy: 'AppConfig.Canary10Percent20Minutes'
      }
    ]
  ])('finds the profile and the strategy %s', async (_, names) => {
    seed()

    const target = await resolveTarget(clients, { ...NAMES, ...names })

    expect(target.profile.id).toBe('prof001')
    expect(target.strategy.id).toBe('canary1')
  })

  it('prefers an ID match over a name match (IDs are unique, names are not)', async () => {
    // Another application is *named* like the first one's ID, and comes first in the list.
    seed({
      applications: [
        { Id: 'app0009', Name: 'app0001' },
        { Id: 'app0001', Name: 'checkout-service' }
      ]
    })

    const target = await resolveTarget(clients, {
      ...NAMES,
      application: 'app0001'
    })

    expect(target.application).toEqual({
      id: 'app0001',
      name: 'checkout-service'
    })
  })

  it('takes a missing growth type as LINEAR and a missing bake as none (AppConfig omits them)', async () => {
    seed({
      strategies: [
        {
          Id: 'bare001',
          Name: 'bare',
          GrowthFactor: 100,
          DeploymentDurationInMinutes: 0
        }
      ]
    })

    const target = await resolveTarget(clients, {
      ...NAMES,
      deploymentStrategy: 'bare'
    })

    expect(target.strategy).toEqual({
      id: 'bare001',
      name: 'bare',
      growthType: 'LINEAR',
      growthFactor: 100,
      durationMinutes: 0,
      finalBakeMinutes: 0
    })
  })

  // Issue 10: a missing duration or growth factor was silently guessed (0, 100), which
  // would derive a wrong timeout and a wrong summary; it is reported instead.
  it.each([['GrowthFactor'], ['DeploymentDurationInMinutes']])(
    'refuses a strategy answer without %s instead of guessing',
    async (field) => {
      const strategy: Record<string, unknown> = {
        Id: 'bare001',
        Name: 'bare',
        GrowthFactor: 100,
        DeploymentDurationInMinutes: 0
      }
      delete strategy[field]
      seed({ strategies: [strategy] })

      await expect(
        resolveTarget(clients, { ...NAMES, deploymentStrategy: 'bare' })
      ).rejects.toThrow(
        `appconfig:ListDeploymentStrategies answered without ${field}`
      )
    }
  )

  describe('refuses a target input it cannot pin down', () => {
    it('two environments with the name: ambiguous, names both IDs and asks for the ID', async () => {
      seed({
        environments: [
          { Id: 'env0001', Name: 'Production' },
          { Id: 'env0003', Name: 'Production' }
        ]
      })

      const error = await targetError()

      expect(error.input).toBe('environment')
      expect(error.message).toBe(
        "The environment 'Production' in application checkout-service (app0001) is ambiguous: 2 have this name (IDs env0001, env0003). Use the ID in the input 'environment'."
      )
    })

    it.each([
      [
        'application',
        { application: 'Checkout-Service' },
        'application',
        "No AppConfig application 'Checkout-Service' in eu-west-1: no ID or name matches exactly (existing: checkout-service (app0001), payments (app0002)). Did you mean 'checkout-service'? Names are case-sensitive."
      ],
      [
        'environment',
        { environment: 'production' },
        'environment',
        "No environment 'production' in application checkout-service (app0001): no ID or name matches exactly (existing: Production (env0001), Beta (env0002)). Did you mean 'Production'? Names are case-sensitive."
      ],
      [
        'profile',
        { configurationProfile: 'flags' },
        'configuration-profile',
        "No configuration profile 'flags' in application checkout-service (app0001): no ID or name matches exactly (existing: checkout-flags (prof001), settings (prof002))."
      ],
      [
        'strategy',
        { deploymentStrategy: 'Canary' },
        'deployment-strategy',
        "No deployment strategy 'Canary' in eu-west-1: no ID or name matches exactly (existing: AppConfig.AllAtOnce (AppConfig.AllAtOnce), AppConfig.Canary10Percent20Minutes (canary1))."
      ]
    ])(
      'no %s: lists the existing ones, hints at case',
      async (_, names, input, message) => {
        seed()

        const error = await targetError(names)

        expect(error.input).toBe(input)
        expect(error.message).toBe(message)
      }
    )

    it('says when there are none, and cuts a long list at 20', async () => {
      seed({ environments: [] })
      expect((await targetError()).message).toContain('(there are none)')

      appconfig.reset()
      seed({
        applications: Array.from({ length: 25 }, (_, i) => ({
          Id: `app${String(i).padStart(4, '0')}`,
          Name: `app-${i}`
        }))
      })
      const message = (await targetError()).message
      expect(message).toContain('app-19 (app0019), … 25 in all)')
      expect(message).not.toContain('app-20')
    })

    it.each([
      [
        'Freeform',
        { Type: 'AWS.Freeform', LocationUri: 'hosted' },
        'The configuration profile checkout-flags (prof001) has type AWS.Freeform; this action deploys feature flags, which need a profile of type AWS.AppConfig.FeatureFlags.'
      ],
      [
        'no type (AppConfig reads it as Freeform)',
        { LocationUri: 'hosted' },
        'has type AWS.Freeform;'
      ],
      [
        'not hosted',
        {
          Type: 'AWS.AppConfig.FeatureFlags',
          LocationUri: 's3://bucket/flags.json'
        },
        'The configuration profile checkout-flags (prof001) is stored at s3://bucket/flags.json; this action writes hosted configuration versions, so the profile\'s location must be "hosted".'
      ]
    ])('a profile of the wrong kind: %s', async (_, kind, message) => {
      seed({ profiles: [{ Id: 'prof001', Name: 'checkout-flags', ...kind }] })

      const error = await targetError()

      expect(error.input).toBe('configuration-profile')
      expect(error.message).toContain(message)
    })
  })

  const idOf: Record<string, (t: ResolvedTarget) => string> = {
    application: (t) => t.application.id,
    deploymentStrategy: (t) => t.strategy.id,
    environment: (t) => t.environment.id,
    configurationProfile: (t) => t.profile.id
  }
  it.each([
    ['applications', ListApplicationsCommand, 'application'],
    ['strategies', ListDeploymentStrategiesCommand, 'deploymentStrategy'],
    ['environments', ListEnvironmentsCommand, 'environment'],
    ['profiles', ListConfigurationProfilesCommand, 'configurationProfile']
  ] as const)(
    'reads every page of %s and finds a match on the last one',
    async (_, command, input) => {
      seed()
      // The first answer carries a NextToken; the resource is only on the page it points to.
      const late = {
        Id: 'late001',
        Name: 'late-app',
        // Enough for any of the four kinds.
        Type: 'AWS.AppConfig.FeatureFlags',
        LocationUri: 'hosted',
        GrowthFactor: 100,
        DeploymentDurationInMinutes: 0
      }
      // Tokens are recorded as each request is sent: the SDK's paginator reuses one input
      // object, so commandCalls() afterwards would show the last token on every call.
      const tokens: (string | undefined)[] = []
      // One command type stands for the four: they share the paging fields used here.
      appconfig
        .on(command as typeof ListApplicationsCommand)
        .callsFake((request: { NextToken?: string }) => {
          tokens.push(request.NextToken)
          return request.NextToken === 'page-2'
            ? { Items: [late] }
            : { Items: [{ Id: 'early01', Name: 'early' }], NextToken: 'page-2' }
        })
      const target = await resolveTarget(clients, {
        ...NAMES,
        [input]: 'late-app'
      })

      expect(idOf[input]!(target)).toBe('late001')
      expect(tokens).toEqual([undefined, 'page-2'])
    }
  )

  it('an AWS failure names the step and the IAM action to grant', async () => {
    seed()
    // AppConfig's model has no AccessDeniedException class: IAM denials arrive as a named error.
    appconfig.on(ListEnvironmentsCommand).rejects(
      Object.assign(new Error('not authorized'), {
        name: 'AccessDeniedException'
      })
    )

    await expect(resolveTarget(clients, NAMES)).rejects.toMatchObject({
      name: 'AwsStepError',
      step: 'Resolving the environment',
      iamAction: 'appconfig:ListEnvironments'
    })
  })
})

describe('resolveTarget by IDs', () => {
  /** Get* answers like AppConfig: the resource with this ID, or ResourceNotFoundException. */
  function seedGets(): void {
    const notFound = new ResourceNotFoundException({
      message: 'not found',
      $metadata: { httpStatusCode: 404 }
    })
    appconfig.on(GetApplicationCommand).rejects(notFound)
    for (const a of APPLICATIONS)
      appconfig.on(GetApplicationCommand, { ApplicationId: a.Id }).resolves(a)
    for (const e of ENVIRONMENTS)
      appconfig
        .on(GetEnvironmentCommand, { EnvironmentId: e.Id })
        .resolves({ ...e, ApplicationId: 'app0001' })
    for (const p of PROFILES)
      appconfig
        .on(GetConfigurationProfileCommand, { ConfigurationProfileId: p.Id })
        .resolves(p)
    for (const s of STRATEGIES)
      appconfig
        .on(GetDeploymentStrategyCommand, { DeploymentStrategyId: s.Id })
        .resolves(s)
  }

  it('makes no List call when every input is an ID: one Get* each', async () => {
    seed()
    seedGets()

    const target = await resolveTarget(clients, {
      application: 'app0001',
      environment: 'env0001',
      configurationProfile: 'prof001',
      deploymentStrategy: 'AppConfig.AllAtOnce'
    })

    expect(target.application).toEqual({
      id: 'app0001',
      name: 'checkout-service'
    })
    expect(target.environment).toEqual({ id: 'env0001', name: 'Production' })
    expect(target.monitors).toEqual([ALARM, COMPOSITE])
    expect(target.profile).toEqual({ id: 'prof001', name: 'checkout-flags' })
    expect(target.strategy.id).toBe('AppConfig.AllAtOnce')
    expect(appconfig).toHaveReceivedCommandTimes(ListApplicationsCommand, 0)
    expect(appconfig).toHaveReceivedCommandTimes(ListEnvironmentsCommand, 0)
    expect(appconfig).toHaveReceivedCommandTimes(
      ListConfigurationProfilesCommand,
      0
    )
    expect(appconfig).toHaveReceivedCommandTimes(
      ListDeploymentStrategiesCommand,
      0
    )
    expect(appconfig).toHaveReceivedCommandTimes(GetApplicationCommand, 1)
    expect(appconfig).toHaveReceivedCommandTimes(GetEnvironmentCommand, 1)
  })

  it('lists when an ID-shaped input is not an ID (a short lowercase name), and names make no Get call', async () => {
    seed({
      applications: [...APPLICATIONS, { Id: 'app0003', Name: 'shop' }]
    })
    seedGets()

    const target = await resolveTarget(clients, {
      ...NAMES,
      application: 'shop'
    })

    expect(target.application).toEqual({ id: 'app0003', name: 'shop' })
    expect(appconfig).toHaveReceivedCommandTimes(GetApplicationCommand, 1)
    expect(appconfig).toHaveReceivedCommandTimes(ListApplicationsCommand, 1)
    // 'Production' and 'checkout-flags' cannot be IDs: straight to the list.
    expect(appconfig).toHaveReceivedCommandTimes(GetEnvironmentCommand, 0)
    expect(appconfig).toHaveReceivedCommandTimes(
      GetConfigurationProfileCommand,
      0
    )
  })
})
