import {
  AppConfigClient,
  CreateApplicationCommand,
  CreateConfigurationProfileCommand,
  CreateDeploymentStrategyCommand,
  CreateEnvironmentCommand,
  GetApplicationCommand,
  GetConfigurationProfileCommand,
  GetDeploymentStrategyCommand,
  GetEnvironmentCommand,
  ListApplicationsCommand,
  ListConfigurationProfilesCommand,
  ListDeploymentStrategiesCommand,
  ListEnvironmentsCommand,
  paginateListApplications,
  ResourceNotFoundException,
  BadRequestException
} from '@aws-sdk/client-appconfig'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import { appConfigClient } from './emulator-clients.js'

let emulator: RunningEmulator
let client: AppConfigClient

beforeAll(async () => {
  emulator = await startEmulator({ timeScale: 0 })
  client = appConfigClient(emulator.endpoint)
})

afterAll(async () => {
  client.destroy()
  await emulator.close()
})

describe('applications', () => {
  it('creates (201), gets and lists an application', async () => {
    const created = await client.send(
      new CreateApplicationCommand({
        Name: 'checkout-service',
        Description: 'Checkout'
      })
    )
    expect(created.$metadata.httpStatusCode).toBe(201)
    expect(created.Id).toMatch(/^[a-z0-9]{7}$/)
    const got = await client.send(
      new GetApplicationCommand({ ApplicationId: created.Id })
    )
    expect(got).toMatchObject({
      Id: created.Id,
      Name: 'checkout-service',
      Description: 'Checkout'
    })
    const list = await client.send(new ListApplicationsCommand({}))
    expect(list.Items?.map((a) => a.Id)).toContain(created.Id)
  })

  it('pages with max_results / next_token, and the SDK paginator walks every page', async () => {
    for (let i = 0; i < 5; i++)
      await client.send(new CreateApplicationCommand({ Name: `paged-${i}` }))
    const first = await client.send(
      new ListApplicationsCommand({ MaxResults: 2 })
    )
    expect(first.Items).toHaveLength(2)
    expect(first.NextToken).toBeDefined()
    const second = await client.send(
      new ListApplicationsCommand({ MaxResults: 2, NextToken: first.NextToken })
    )
    expect(second.Items?.[0]!.Id).not.toBe(first.Items?.[0]!.Id)
    const names: string[] = []
    for await (const page of paginateListApplications(
      { client, pageSize: 2 },
      {}
    ))
      names.push(...(page.Items ?? []).map((a) => a.Name ?? ''))
    expect(names.filter((n) => n.startsWith('paged-'))).toEqual([
      'paged-0',
      'paged-1',
      'paged-2',
      'paged-3',
      'paged-4'
    ])
    const calls = emulator.control.calls('ListApplications').at(-1)
    expect(calls?.params).toMatchObject({ MaxResults: 2 })
  })

  it('refuses a bad next token and an out-of-range page size with 400', async () => {
    await expect(
      client.send(new ListApplicationsCommand({ NextToken: 'bm9wZQ' }))
    ).rejects.toBeInstanceOf(BadRequestException)
    await expect(
      client.send(new ListApplicationsCommand({ MaxResults: 51 }))
    ).rejects.toThrow(/MaxResults/i)
  })

  it('answers an unknown application with 404 ResourceNotFoundException naming it', async () => {
    const error = await client
      .send(new GetApplicationCommand({ ApplicationId: 'nope123' }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResourceNotFoundException)
    expect(error).toMatchObject({
      message: 'Application with Id nope123 could not be found.',
      ResourceName: 'nope123',
      $metadata: { httpStatusCode: 404 }
    })
  })

  it('answers a missing Name with 400 BadRequestException', async () => {
    await expect(
      client.send(new CreateApplicationCommand({ Name: '' }))
    ).rejects.toThrow(/Name/i)
  })
})

describe('environments, profiles and strategies', () => {
  it('creates an environment with monitors; it starts READY_FOR_DEPLOYMENT', async () => {
    const app = await client.send(
      new CreateApplicationCommand({ Name: 'envs' })
    )
    const monitors = [{ AlarmArn: emulator.control.alarmArn('checkout-5xx') }]
    const env = await client.send(
      new CreateEnvironmentCommand({
        ApplicationId: app.Id,
        Name: 'Production',
        Monitors: monitors
      })
    )
    expect(env.$metadata.httpStatusCode).toBe(201)
    expect(env).toMatchObject({
      ApplicationId: app.Id,
      Name: 'Production',
      State: 'READY_FOR_DEPLOYMENT',
      Monitors: monitors
    })
    const got = await client.send(
      new GetEnvironmentCommand({
        ApplicationId: app.Id,
        EnvironmentId: env.Id
      })
    )
    expect(got).toMatchObject({
      Id: env.Id,
      State: 'READY_FOR_DEPLOYMENT',
      Monitors: monitors
    })
    const list = await client.send(
      new ListEnvironmentsCommand({ ApplicationId: app.Id })
    )
    expect(list.Items?.map((e) => e.Name)).toEqual(['Production'])
    await expect(
      client.send(
        new GetEnvironmentCommand({
          ApplicationId: app.Id,
          EnvironmentId: 'zzzz999'
        })
      )
    ).rejects.toThrow('Environment with Id zzzz999 could not be found.')
    await expect(
      client.send(
        new CreateEnvironmentCommand({
          ApplicationId: app.Id,
          Name: 'Too many',
          Monitors: Array.from({ length: 6 }, () => ({
            AlarmArn: 'arn:aws:cloudwatch:us-east-1:1:alarm:a'
          }))
        })
      )
    ).rejects.toThrow(/Monitors/i)
  })

  it('creates, gets and lists configuration profiles, filtering by type', async () => {
    const app = await client.send(
      new CreateApplicationCommand({ Name: 'profiles' })
    )
    const flags = await client.send(
      new CreateConfigurationProfileCommand({
        ApplicationId: app.Id,
        Name: 'checkout-flags',
        LocationUri: 'hosted',
        Type: 'AWS.AppConfig.FeatureFlags'
      })
    )
    expect(flags.$metadata.httpStatusCode).toBe(201)
    await client.send(
      new CreateConfigurationProfileCommand({
        ApplicationId: app.Id,
        Name: 'free',
        LocationUri: 'hosted'
      })
    )
    const got = await client.send(
      new GetConfigurationProfileCommand({
        ApplicationId: app.Id,
        ConfigurationProfileId: flags.Id
      })
    )
    expect(got).toMatchObject({
      Name: 'checkout-flags',
      LocationUri: 'hosted',
      Type: 'AWS.AppConfig.FeatureFlags'
    })
    const all = await client.send(
      new ListConfigurationProfilesCommand({ ApplicationId: app.Id })
    )
    expect(all.Items?.map((p) => [p.Name, p.Type])).toEqual([
      ['checkout-flags', 'AWS.AppConfig.FeatureFlags'],
      ['free', 'AWS.Freeform']
    ])
    const onlyFlags = await client.send(
      new ListConfigurationProfilesCommand({
        ApplicationId: app.Id,
        Type: 'AWS.AppConfig.FeatureFlags'
      })
    )
    expect(onlyFlags.Items?.map((p) => p.Name)).toEqual(['checkout-flags'])
    await expect(
      client.send(
        new GetConfigurationProfileCommand({
          ApplicationId: app.Id,
          ConfigurationProfileId: 'nope'
        })
      )
    ).rejects.toThrow('ConfigurationProfile with Id nope could not be found.')
    await expect(
      client.send(
        new ListConfigurationProfilesCommand({ ApplicationId: 'missing' })
      )
    ).rejects.toBeInstanceOf(ResourceNotFoundException)
  })

  it('lists custom strategies first, then the four predefined ones (ID = name)', async () => {
    const custom = await client.send(
      new CreateDeploymentStrategyCommand({
        Name: 'ten-percent',
        DeploymentDurationInMinutes: 10,
        FinalBakeTimeInMinutes: 5,
        GrowthFactor: 10,
        GrowthType: 'LINEAR'
      })
    )
    expect(custom.$metadata.httpStatusCode).toBe(201)
    const list = await client.send(new ListDeploymentStrategiesCommand({}))
    expect(list.Items?.map((s) => s.Id)).toEqual([
      custom.Id,
      'AppConfig.AllAtOnce',
      'AppConfig.Linear50PercentEvery30Seconds',
      'AppConfig.Canary10Percent20Minutes',
      'AppConfig.Linear20PercentEvery6Minutes'
    ])
    const canary = await client.send(
      new GetDeploymentStrategyCommand({
        DeploymentStrategyId: 'AppConfig.Canary10Percent20Minutes'
      })
    )
    expect(canary).toMatchObject({
      Name: 'AppConfig.Canary10Percent20Minutes',
      GrowthType: 'EXPONENTIAL',
      GrowthFactor: 10,
      DeploymentDurationInMinutes: 20,
      FinalBakeTimeInMinutes: 10,
      ReplicateTo: 'NONE'
    })
    await expect(
      client.send(
        new GetDeploymentStrategyCommand({ DeploymentStrategyId: 'abc1234' })
      )
    ).rejects.toThrow('DeploymentStrategy with Id abc1234 could not be found.')
    await expect(
      client.send(
        new CreateDeploymentStrategyCommand({
          Name: 'bad',
          DeploymentDurationInMinutes: 10,
          GrowthFactor: 0
        })
      )
    ).rejects.toThrow(/GrowthFactor/i)
  })
})

describe('wire-level errors', () => {
  it('answers malformed JSON with 400 BadRequestException in restJson1 shape', async () => {
    const response = await fetch(`${emulator.endpoint}/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"Name": '
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('x-amzn-errortype')).toBe('BadRequestException')
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/)
    expect(await response.json()).toEqual({
      Message: 'Could not parse the request body as JSON'
    })
  })

  it('answers a route it does not serve with 404 UnknownOperationException and keeps serving', async () => {
    const response = await fetch(`${emulator.endpoint}/nothing/here`, {
      method: 'PUT'
    })
    expect(response.status).toBe(404)
    expect(response.headers.get('x-amzn-errortype')).toBe(
      'UnknownOperationException'
    )
    const ok = await fetch(`${emulator.endpoint}/applications`)
    expect(ok.status).toBe(200)
  })

  it('sends ISO-8601 timestamps and JSON content type', async () => {
    const response = await fetch(
      `${emulator.endpoint}/deploymentstrategies/AppConfig.AllAtOnce`
    )
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toMatchObject({
      Id: 'AppConfig.AllAtOnce',
      GrowthFactor: 100
    })
  })
})
