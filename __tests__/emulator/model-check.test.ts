import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  BadRequestException,
  CreateHostedConfigurationVersionCommand,
  StartDeploymentCommand
} from '@aws-sdk/client-appconfig'
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { ModelCheck } from '../../emulator/model/model-check.js'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import { appConfigClient, cloudWatchClient } from './emulator-clients.js'

// The emulator's model check on a table of valid and invalid requests for every operation the
// action sends (src/appconfig/, src/alarms/): each invalid one names the member and the
// constraint of the AppConfig or CloudWatch service model it breaks.

const model = new ModelCheck()
const APP = { ApplicationId: 'chkout1' }
const ENV = { ...APP, EnvironmentId: 'prod001' }
const PROFILE = { ...APP, ConfigurationProfileId: 'flags01' }
const START = {
  ...ENV,
  ConfigurationProfileId: 'flags01',
  DeploymentStrategyId: 'chk10pc',
  ConfigurationVersion: '2'
}
const tags = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']))

type Row = [
  service: 'appconfig' | 'cloudwatch',
  operation: string,
  input: Record<string, unknown>,
  /** The member path and a fragment of the constraint; undefined when valid. */
  expected: [string, string] | undefined
]

const TABLE: Row[] = [
  ['appconfig', 'ListApplications', {}, undefined],
  ['appconfig', 'ListApplications', { MaxResults: 50 }, undefined],
  [
    'appconfig',
    'ListApplications',
    { MaxResults: 51 },
    ['maxResults', 'less than or equal to 50']
  ],
  [
    'appconfig',
    'ListApplications',
    { NextToken: '' },
    ['nextToken', 'greater than or equal to 1']
  ],
  ['appconfig', 'ListEnvironments', APP, undefined],
  ['appconfig', 'ListEnvironments', {}, ['applicationId', 'must not be null']],
  [
    'appconfig',
    'ListConfigurationProfiles',
    { ...APP, Type: 'AWS.AppConfig.FeatureFlags' },
    undefined
  ],
  [
    'appconfig',
    'ListConfigurationProfiles',
    { ...APP, Type: 'no spaces' },
    ['type', 'regular expression pattern']
  ],
  [
    'appconfig',
    'ListDeploymentStrategies',
    { MaxResults: 0 },
    ['maxResults', 'greater than or equal to 1']
  ],
  ['appconfig', 'ListDeployments', ENV, undefined],
  [
    'appconfig',
    'ListDeployments',
    { ...APP, EnvironmentId: 'x'.repeat(65) },
    ['environmentId', 'less than or equal to 64']
  ],
  ['appconfig', 'GetDeployment', { ...ENV, DeploymentNumber: 3 }, undefined],
  [
    'appconfig',
    'GetDeployment',
    { ...ENV, DeploymentNumber: 'three' },
    ['deploymentNumber', 'must be a number']
  ],
  [
    'appconfig',
    'ListHostedConfigurationVersions',
    { ...PROFILE, VersionLabel: 'v1*' },
    undefined
  ],
  [
    'appconfig',
    'ListHostedConfigurationVersions',
    { ...PROFILE, VersionLabel: 'x'.repeat(65) },
    ['versionLabel', 'less than or equal to 64']
  ],
  [
    'appconfig',
    'GetHostedConfigurationVersion',
    { ...PROFILE, VersionNumber: 2 },
    undefined
  ],
  [
    'appconfig',
    'GetHostedConfigurationVersion',
    PROFILE,
    ['versionNumber', 'must not be null']
  ],
  [
    'appconfig',
    'CreateHostedConfigurationVersion',
    {
      ...PROFILE,
      Content: Buffer.from('{}'),
      ContentType: 'application/json',
      VersionLabel: 'v1.2.0',
      Description: 'd',
      LatestVersionNumber: 1
    },
    undefined
  ],
  [
    'appconfig',
    'CreateHostedConfigurationVersion',
    { ...PROFILE, Content: Buffer.from('{}') },
    ['contentType', 'must not be null']
  ],
  [
    'appconfig',
    'CreateHostedConfigurationVersion',
    {
      ...PROFILE,
      Content: Buffer.from('{}'),
      ContentType: 'application/json',
      VersionLabel: '123'
    },
    ['versionLabel', 'regular expression pattern: .*[^0-9].*']
  ],
  [
    'appconfig',
    'CreateHostedConfigurationVersion',
    {
      ...PROFILE,
      Content: Buffer.from('{}'),
      ContentType: 'application/json',
      Description: 'd'.repeat(1025)
    },
    ['description', 'less than or equal to 1024']
  ],
  [
    'appconfig',
    'StartDeployment',
    {
      ...START,
      Tags: tags(50),
      KmsKeyIdentifier: 'alias/appconfig',
      LatestDeploymentNumber: 1
    },
    undefined
  ],
  [
    'appconfig',
    'StartDeployment',
    { ...START, Tags: tags(51) },
    ['tags', 'less than or equal to 50']
  ],
  [
    'appconfig',
    'StartDeployment',
    { ...START, Tags: { ['k'.repeat(129)]: 'v' } },
    ['tags.key', 'less than or equal to 128']
  ],
  [
    'appconfig',
    'StartDeployment',
    { ...START, Tags: { k: 'v'.repeat(257) } },
    ['tags.k', 'less than or equal to 256']
  ],
  [
    'appconfig',
    'StartDeployment',
    { ...START, DeploymentStrategyId: 'Linear 50%' },
    ['deploymentStrategyId', 'regular expression pattern']
  ],
  [
    'appconfig',
    'StartDeployment',
    { ...START, ConfigurationVersion: '' },
    ['configurationVersion', 'greater than or equal to 1']
  ],
  [
    'appconfig',
    'StartDeployment',
    { ...START, Description: 'd'.repeat(1025) },
    ['description', 'less than or equal to 1024']
  ],
  [
    'appconfig',
    'StartDeployment',
    { ...START, KmsKeyIdentifier: '' },
    ['kmsKeyIdentifier', 'greater than or equal to 1']
  ],
  [
    'appconfig',
    'StopDeployment',
    { ...ENV, DeploymentNumber: 2, AllowRevert: true },
    undefined
  ],
  [
    'appconfig',
    'StopDeployment',
    { ...ENV, DeploymentNumber: 2, AllowRevert: 'maybe' },
    ['allowRevert', 'must be a boolean']
  ],
  [
    'appconfig',
    'ListTagsForResource',
    {
      ResourceArn:
        'arn:aws:appconfig:us-east-1:123456789012:application/chkout1'
    },
    undefined
  ],
  [
    'appconfig',
    'ListTagsForResource',
    { ResourceArn: 'not-an-arn-but-twenty-chars' },
    ['resourceArn', 'regular expression pattern']
  ],
  [
    'cloudwatch',
    'DescribeAlarms',
    {
      AlarmNames: ['checkout-5xx'],
      AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
      MaxRecords: 100
    },
    undefined
  ],
  [
    'cloudwatch',
    'DescribeAlarms',
    { AlarmNames: Array.from({ length: 101 }, (_, i) => `a${i}`) },
    ['alarmNames', 'less than or equal to 100']
  ],
  [
    'cloudwatch',
    'DescribeAlarms',
    { AlarmTypes: ['Metric'] },
    [
      'alarmTypes.1.member',
      'enum value set: [CompositeAlarm, MetricAlarm, LogAlarm]'
    ]
  ],
  [
    'cloudwatch',
    'DescribeAlarms',
    { MaxRecords: 101 },
    ['maxRecords', 'less than or equal to 100']
  ],
  [
    'cloudwatch',
    'DescribeAlarms',
    { StateValue: 'FIRING' },
    ['stateValue', 'enum value set']
  ]
]

describe('the model check, per operation the action sends', () => {
  it.each(TABLE)('%s %s %j → %j', (service, operation, input, expected) => {
    const violations = model.violations(service, operation, input)
    // Valid: none. Invalid: the named member, with the named constraint.
    const found = violations.map((v) => [v.path, v.constraint])
    expect(
      found.filter(
        ([path, constraint]) =>
          path === expected?.[0] && constraint!.includes(expected?.[1] ?? '')
      )
    ).toHaveLength(expected === undefined ? 0 : 1)
    expect(found).toHaveLength(expected === undefined ? 0 : found.length)
    expect(found.length > 0).toBe(expected !== undefined)
  })

  it('covers every operation the action calls', () => {
    const covered = new Set(TABLE.map(([, operation]) => operation))
    for (const operation of [
      'ListApplications',
      'ListEnvironments',
      'ListConfigurationProfiles',
      'ListDeploymentStrategies',
      'ListDeployments',
      'GetDeployment',
      'ListHostedConfigurationVersions',
      'GetHostedConfigurationVersion',
      'CreateHostedConfigurationVersion',
      'StartDeployment',
      'StopDeployment',
      'ListTagsForResource',
      'DescribeAlarms'
    ])
      expect(covered).toContain(operation)
  })
})

describe('the model check on the wire', () => {
  let emulator: RunningEmulator
  beforeAll(async () => {
    emulator = await startEmulator({
      timeScale: 0,
      seed: 'examples/emulator-seed.json'
    })
  })
  afterAll(() => emulator.close())

  it('AppConfig answers 400 BadRequestException in AWS’s words, before the operation runs', async () => {
    const client = appConfigClient(emulator.endpoint)
    const error = await client
      .send(
        new StartDeploymentCommand({
          ...START,
          ConfigurationVersion: '1',
          Tags: tags(51)
        })
      )
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BadRequestException)
    expect((error as Error).message).toBe(
      "1 validation error detected: Value with 51 entries at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50"
    )
    expect(emulator.control.calls('StartDeployment')[0]!.applied).toBe(false)
    await expect(
      client.send(
        new CreateHostedConfigurationVersionCommand({
          ...PROFILE,
          Content: new TextEncoder().encode('{}'),
          ContentType: 'application/json',
          VersionLabel: '2024'
        })
      )
    ).rejects.toThrow(
      "Value '2024' at 'versionLabel' failed to satisfy constraint"
    )
  })

  it.each([
    ['JSON 1.0', false],
    ['Query', true]
  ])(
    'CloudWatch (%s) answers ValidationError naming the member',
    async (_name, query) => {
      const client = cloudWatchClient(emulator.endpoint, { query })
      const error = (await client
        .send(new DescribeAlarmsCommand({ MaxRecords: 101 }))
        .then(
          () => new Error('no error'),
          (e: unknown) => e
        )) as Error
      expect(
        (error as unknown as { $metadata: { httpStatusCode: number } })
          .$metadata.httpStatusCode
      ).toBe(400)
      expect((error as { Code?: string }).Code ?? error.name).toBe(
        'ValidationError'
      )
      expect(error.message).toContain(
        "Value '101' at 'maxRecords' failed to satisfy constraint"
      )
    }
  )

  it('can be turned off (modelCheck: false) for a test of the handlers’ own checks', async () => {
    const lax = await startEmulator({
      timeScale: 0,
      seed: 'examples/emulator-seed.json',
      modelCheck: false
    })
    try {
      const client = appConfigClient(lax.endpoint)
      await expect(
        client.send(
          new StartDeploymentCommand({
            ...START,
            ConfigurationVersion: '1',
            Tags: tags(51)
          })
        )
      ).rejects.toThrow('at most 50 tags')
    } finally {
      await lax.close()
    }
  })
})
