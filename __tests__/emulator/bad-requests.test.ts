import {
  AppConfigClient,
  BadRequestException,
  CreateConfigurationProfileCommand,
  ListDeploymentsCommand,
  ListDeploymentStrategiesCommand,
  ListEnvironmentsCommand,
  ListHostedConfigurationVersionsCommand,
  ResourceNotFoundException
} from '@aws-sdk/client-appconfig'
import { PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import { appConfigClient, cloudWatchClient } from './emulator-clients.js'

let emulator: RunningEmulator
let client: AppConfigClient

beforeAll(async () => {
  emulator = await startEmulator({ timeScale: 0 })
  await emulator.control.seed({
    applications: [
      {
        id: 'app0001',
        name: 'a',
        environments: [{ id: 'env0001', name: 'e' }],
        configurationProfiles: [{ id: 'prof001', name: 'p' }]
      }
    ]
  })
  client = appConfigClient(emulator.endpoint)
})

afterAll(async () => {
  client.destroy()
  await emulator.close()
})

describe('error paths of the list and create operations', () => {
  it.each([
    [
      'ListEnvironments, unknown application',
      () =>
        client.send(new ListEnvironmentsCommand({ ApplicationId: 'zzz0000' })),
      ResourceNotFoundException
    ],
    [
      'ListDeployments, unknown environment',
      () =>
        client.send(
          new ListDeploymentsCommand({
            ApplicationId: 'app0001',
            EnvironmentId: 'zzz0000'
          })
        ),
      ResourceNotFoundException
    ],
    [
      'ListHostedConfigurationVersions, unknown profile',
      () =>
        client.send(
          new ListHostedConfigurationVersionsCommand({
            ApplicationId: 'app0001',
            ConfigurationProfileId: 'zzz0000'
          })
        ),
      ResourceNotFoundException
    ],
    [
      'ListDeploymentStrategies, foreign token',
      () =>
        client.send(new ListDeploymentStrategiesCommand({ NextToken: 'x' })),
      BadRequestException
    ],
    [
      'CreateConfigurationProfile, no LocationUri',
      () =>
        client.send(
          new CreateConfigurationProfileCommand({
            ApplicationId: 'app0001',
            Name: 'p2',
            LocationUri: undefined
          })
        ),
      BadRequestException
    ]
  ])('%s', async (_name, call, errorClass) => {
    await expect(call()).rejects.toBeInstanceOf(errorClass)
  })

  it('PutMetricAlarm with an over-long name → InvalidParameterValue', async () => {
    const cloudwatch = cloudWatchClient(emulator.endpoint)
    await expect(
      cloudwatch.send(new PutMetricAlarmCommand({ AlarmName: 'x'.repeat(256) }))
    ).rejects.toMatchObject({
      $metadata: { httpStatusCode: 400 }
    })
    cloudwatch.destroy()
  })
})

describe('hostile input never crashes the emulator', () => {
  const requests: [string, string, RequestInit, number][] = [
    [
      'wrong JSON types',
      '/applications',
      { method: 'POST', body: '{"Name": 42, "Tags": "x"}' },
      400
    ],
    [
      'a JSON array body',
      '/applications/app0001/environments',
      { method: 'POST', body: '[1,2]' },
      400
    ],
    [
      'monitors of the wrong shape',
      '/applications/app0001/environments',
      { method: 'POST', body: '{"Name":"e2","Monitors":[1]}' },
      400
    ],
    [
      'a non-numeric deployment number',
      '/applications/app0001/environments/env0001/deployments/abc',
      { method: 'GET' },
      400
    ],
    [
      'a bad percent-encoding',
      '/applications/%E0%A4%A',
      { method: 'GET' },
      400
    ],
    [
      'a non-numeric max_results',
      '/applications?max_results=lots',
      { method: 'GET' },
      400
    ],
    [
      'a StartDeployment without body',
      '/applications/app0001/environments/env0001/deployments',
      { method: 'POST' },
      400
    ],
    [
      'a Query call with garbage members',
      '/',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'Action=DescribeAlarms&MaxRecords=abc&AlarmNames.member.x=1'
      },
      400
    ],
    [
      'a JSON 1.0 call with a list where a string belongs',
      '/',
      {
        method: 'POST',
        headers: {
          'X-Amz-Target': 'GraniteServiceVersion20100801.SetAlarmState'
        },
        body: '{"AlarmName":["a"]}'
      },
      400
    ]
  ]

  it.each(requests)('%s → HTTP %i', async (_name, path, init, status) => {
    const response = await fetch(`${emulator.endpoint}${path}`, init)
    expect(response.status).toBe(status)
    expect(response.headers.get('x-amzn-requestid')).toBeTruthy()
  })

  it('still answers afterwards', async () => {
    const response = await fetch(`${emulator.endpoint}/applications`)
    expect(response.status).toBe(200)
  })
})
