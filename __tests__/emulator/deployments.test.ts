import {
  AppConfigClient,
  BadRequestException,
  ConflictException,
  GetDeploymentCommand,
  GetEnvironmentCommand,
  ListDeploymentsCommand,
  ResourceNotFoundException,
  StartDeploymentCommand,
  StopDeploymentCommand,
  type GetDeploymentCommandOutput
} from '@aws-sdk/client-appconfig'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import { appConfigClient, flagsDocument, MINUTE } from './emulator-clients.js'

const START = new Date('2026-09-01T10:00:00Z')
const VALIDATION = 5_000

let emulator: RunningEmulator
let client: AppConfigClient

/** A frozen clock: only control.advance() moves time, so every assertion is exact. */
beforeEach(async () => {
  emulator = await startEmulator({ timeScale: 0, startTime: START })
  await emulator.control.seed({
    deploymentStrategies: [
      {
        id: 'lin25',
        name: 'linear-25',
        durationMinutes: 8,
        bakeMinutes: 3,
        growthFactor: 25
      },
      {
        id: 'exp10',
        name: 'exp-10',
        durationMinutes: 10,
        bakeMinutes: 2,
        growthFactor: 10,
        growthType: 'EXPONENTIAL'
      }
    ],
    applications: [
      {
        id: 'app0001',
        name: 'checkout-service',
        environments: [{ id: 'beta001', name: 'Beta' }],
        configurationProfiles: [
          {
            id: 'flags01',
            name: 'checkout-flags',
            versions: [
              { content: flagsDocument(5), label: 'v1' },
              { content: flagsDocument(6), label: 'v2' }
            ]
          }
        ]
      }
    ]
  })
  client = appConfigClient(emulator.endpoint)
})

afterEach(async () => {
  client.destroy()
  await emulator.close()
})

function start(strategy: string, version = '1') {
  return client.send(
    new StartDeploymentCommand({
      ApplicationId: 'app0001',
      EnvironmentId: 'beta001',
      DeploymentStrategyId: strategy,
      ConfigurationProfileId: 'flags01',
      ConfigurationVersion: version,
      Description: 'test rollout'
    })
  )
}

function get(number = 1): Promise<GetDeploymentCommandOutput> {
  return client.send(
    new GetDeploymentCommand({
      ApplicationId: 'app0001',
      EnvironmentId: 'beta001',
      DeploymentNumber: number
    })
  )
}

async function environmentState(): Promise<string | undefined> {
  return (
    await client.send(
      new GetEnvironmentCommand({
        ApplicationId: 'app0001',
        EnvironmentId: 'beta001'
      })
    )
  ).State
}

function advance(ms: number): void {
  emulator.control.advance(ms)
}

describe('the deployment state machine', () => {
  it('runs a LINEAR strategy: VALIDATING → DEPLOYING in 25% steps → BAKING → COMPLETE', async () => {
    const started = await start('lin25')
    expect(started.$metadata.httpStatusCode).toBe(201)
    expect(started).toMatchObject({
      DeploymentNumber: 1,
      State: 'VALIDATING',
      PercentageComplete: 0,
      ConfigurationName: 'checkout-flags',
      ConfigurationLocationUri: 'hosted',
      ConfigurationVersion: '1',
      VersionLabel: 'v1',
      DeploymentStrategyId: 'lin25',
      GrowthType: 'LINEAR',
      GrowthFactor: 25,
      DeploymentDurationInMinutes: 8,
      FinalBakeTimeInMinutes: 3,
      Description: 'test rollout'
    })
    expect(started.StartedAt).toEqual(START)
    expect(await environmentState()).toBe('DEPLOYING')

    advance(VALIDATION)
    expect(await get()).toMatchObject({
      State: 'DEPLOYING',
      PercentageComplete: 0
    })
    const seen: number[] = []
    for (let minute = 1; minute <= 8; minute++) {
      advance(MINUTE)
      const d = await get()
      seen.push(d.PercentageComplete ?? -1)
      expect(d.State).toBe(minute < 8 ? 'DEPLOYING' : 'BAKING')
    }
    expect(seen).toEqual([0, 25, 25, 50, 50, 75, 75, 100])
    advance(3 * MINUTE - 1)
    expect((await get()).State).toBe('BAKING')
    advance(1)
    const done = await get()
    expect(done.State).toBe('COMPLETE')
    expect(done.CompletedAt).toEqual(
      new Date(START.getTime() + VALIDATION + 11 * MINUTE)
    )
    expect(
      done.EventLog?.map((e) => [e.EventType, e.TriggeredBy, e.Description])
    ).toEqual([
      ['DEPLOYMENT_COMPLETED', 'APPCONFIG', 'Deployment completed'],
      ['BAKE_TIME_STARTED', 'APPCONFIG', 'Deployment bake time started'],
      [
        'PERCENTAGE_UPDATED',
        'APPCONFIG',
        'Configuration available to 100.00% of clients'
      ],
      [
        'PERCENTAGE_UPDATED',
        'APPCONFIG',
        'Configuration available to 75.00% of clients'
      ],
      [
        'PERCENTAGE_UPDATED',
        'APPCONFIG',
        'Configuration available to 50.00% of clients'
      ],
      [
        'PERCENTAGE_UPDATED',
        'APPCONFIG',
        'Configuration available to 25.00% of clients'
      ],
      ['DEPLOYMENT_STARTED', 'USER', 'Deployment started']
    ])
    // Newest first, each at the instant it was due.
    expect(done.EventLog?.[3]!.OccurredAt).toEqual(
      new Date(START.getTime() + VALIDATION + 6 * MINUTE)
    )
    expect(await environmentState()).toBe('READY_FOR_DEPLOYMENT')
  })

  it('runs an EXPONENTIAL strategy: 10, 20, 40, 80, 100 %', async () => {
    await start('exp10')
    advance(VALIDATION)
    const seen: number[] = []
    for (let i = 0; i < 5; i++) {
      advance(2 * MINUTE)
      seen.push((await get()).PercentageComplete ?? -1)
    }
    expect(seen).toEqual([10, 20, 40, 80, 100])
    advance(2 * MINUTE)
    expect((await get()).State).toBe('COMPLETE')
  })

  it('runs AppConfig.AllAtOnce: straight to 100 % and a 10-minute bake', async () => {
    await start('AppConfig.AllAtOnce')
    advance(VALIDATION)
    expect(await get()).toMatchObject({
      State: 'BAKING',
      PercentageComplete: 100
    })
    advance(10 * MINUTE)
    expect((await get()).State).toBe('COMPLETE')
  })

  it('catches up on many steps at once when a client polls late', async () => {
    await start('AppConfig.Canary10Percent20Minutes')
    advance(60 * MINUTE)
    const d = await get()
    expect(d.State).toBe('COMPLETE')
    expect(
      d.EventLog?.filter((e) => e.EventType === 'PERCENTAGE_UPDATED')
    ).toHaveLength(5)
  })

  it('deploys by version label', async () => {
    const started = await start('AppConfig.AllAtOnce', 'v2')
    expect(started).toMatchObject({
      ConfigurationVersion: '2',
      VersionLabel: 'v2'
    })
  })
})

describe('one deployment per environment', () => {
  it('answers a second StartDeployment with 409 ConflictException while one is in progress', async () => {
    await start('lin25')
    advance(VALIDATION + MINUTE)
    const error = await start('AppConfig.AllAtOnce').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictException)
    expect(error).toMatchObject({
      message: 'Deployment number 1 already exists',
      $metadata: { httpStatusCode: 409 }
    })
    advance(20 * MINUTE)
    await expect(start('AppConfig.AllAtOnce')).resolves.toMatchObject({
      DeploymentNumber: 2
    })
  })

  it('checks LatestDeploymentNumber as an optimistic lock', async () => {
    await start('AppConfig.AllAtOnce')
    advance(20 * MINUTE)
    const request = (latest: number) =>
      client.send(
        new StartDeploymentCommand({
          ApplicationId: 'app0001',
          EnvironmentId: 'beta001',
          DeploymentStrategyId: 'AppConfig.AllAtOnce',
          ConfigurationProfileId: 'flags01',
          ConfigurationVersion: '2',
          LatestDeploymentNumber: latest
        })
      )
    await expect(request(0)).rejects.toBeInstanceOf(ConflictException)
    await expect(request(1)).resolves.toMatchObject({ DeploymentNumber: 2 })
  })

  it('lists deployments newest first', async () => {
    await start('AppConfig.AllAtOnce')
    advance(20 * MINUTE)
    await start('lin25', '2')
    const list = await client.send(
      new ListDeploymentsCommand({
        ApplicationId: 'app0001',
        EnvironmentId: 'beta001'
      })
    )
    expect(
      list.Items?.map((d) => [
        d.DeploymentNumber,
        d.State,
        d.ConfigurationVersion,
        d.Type
      ])
    ).toEqual([
      [2, 'VALIDATING', '2', 'USER'],
      [1, 'COMPLETE', '1', 'USER']
    ])
  })

  it('answers unknown strategy, profile, version, environment and deployment with 404', async () => {
    await expect(start('nope999')).rejects.toThrow(
      'DeploymentStrategy with Id nope999 could not be found.'
    )
    await expect(start('lin25', '42')).rejects.toBeInstanceOf(
      ResourceNotFoundException
    )
    await expect(get(7)).rejects.toThrow(
      'Deployment with Id 7 could not be found.'
    )
    await expect(
      client.send(
        new GetDeploymentCommand({
          ApplicationId: 'app0001',
          EnvironmentId: 'nope',
          DeploymentNumber: 1
        })
      )
    ).rejects.toThrow('Environment with Id nope could not be found.')
  })
})

describe('StopDeployment', () => {
  function stop(allowRevert?: boolean) {
    return client.send(
      new StopDeploymentCommand({
        ApplicationId: 'app0001',
        EnvironmentId: 'beta001',
        DeploymentNumber: 1,
        AllowRevert: allowRevert
      })
    )
  }

  it('rolls an in-progress deployment back at once (202, TriggeredBy USER)', async () => {
    await start('lin25')
    advance(VALIDATION + 3 * MINUTE)
    const stopped = await stop()
    expect(stopped.$metadata.httpStatusCode).toBe(202)
    expect(stopped.State).toBe('ROLLED_BACK')
    expect(
      stopped.EventLog?.slice(0, 2).map((e) => [e.EventType, e.TriggeredBy])
    ).toEqual([
      ['ROLLBACK_COMPLETED', 'APPCONFIG'],
      ['ROLLBACK_STARTED', 'USER']
    ])
    expect(await environmentState()).toBe('ROLLED_BACK')
    // A rolled-back environment takes a new deployment.
    await expect(start('AppConfig.AllAtOnce')).resolves.toMatchObject({
      DeploymentNumber: 2
    })
  })

  it('reverts a COMPLETE deployment with Allow-Revert, and refuses without it', async () => {
    await start('AppConfig.AllAtOnce')
    advance(VALIDATION + 10 * MINUTE)
    await expect(stop()).rejects.toBeInstanceOf(BadRequestException)
    const reverted = await stop(true)
    expect(reverted.State).toBe('REVERTED')
    expect(reverted.EventLog?.[0]).toMatchObject({
      EventType: 'REVERT_COMPLETED',
      TriggeredBy: 'USER'
    })
    expect(await environmentState()).toBe('REVERTED')
    expect(
      emulator.control.calls('StopDeployment').map((c) => c.params.AllowRevert)
    ).toEqual([undefined, true])
  })

  it('refuses to revert more than 72 hours after completion', async () => {
    await start('AppConfig.AllAtOnce')
    advance(VALIDATION + 10 * MINUTE + 72 * 60 * MINUTE + 1)
    await expect(stop(true)).rejects.toThrow(/72 hours/)
  })

  it('refuses to stop a deployment that already rolled back', async () => {
    await start('lin25')
    advance(VALIDATION)
    await stop()
    await expect(stop(true)).rejects.toBeInstanceOf(BadRequestException)
  })
})
