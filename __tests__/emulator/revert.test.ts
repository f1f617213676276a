import {
  AppConfigClient,
  BadRequestException,
  GetEnvironmentCommand,
  ListDeploymentsCommand,
  StartDeploymentCommand,
  StopDeploymentCommand
} from '@aws-sdk/client-appconfig'
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator
} from '../../emulator/index.js'
import { appConfigClient, checkoutSeed, MINUTE } from './emulator-clients.js'

/**
 * StopDeployment + AllowRevert, as the user guide's "Reverting a configuration" and the API
 * reference describe it: REVERTED within 72 hours of completion, BadRequestException after,
 * and the environment back on the previous configuration.
 */

const HOUR = 60 * MINUTE
/** AppConfig.AllAtOnce: 5 s VALIDATING, 100 % at once, 10 minutes of bake. */
const ALL_AT_ONCE_MS = 5_000 + 10 * MINUTE

let emulator: RunningEmulator
let client: AppConfigClient

async function setUp(options: EmulatorOptions = {}): Promise<void> {
  emulator = await startEmulator({
    timeScale: 0,
    startTime: new Date('2026-09-01T10:00:00Z'),
    seed: checkoutSeed(),
    ...options
  })
  client = appConfigClient(emulator.endpoint)
}

afterEach(async () => {
  client.destroy()
  await emulator.close()
})

async function deploy(
  version: string,
  options: { profile?: string; strategy?: string } = {}
): Promise<number> {
  const out = await client.send(
    new StartDeploymentCommand({
      ApplicationId: 'app0001',
      EnvironmentId: 'prod001',
      ConfigurationProfileId: options.profile ?? 'flags01',
      DeploymentStrategyId: options.strategy ?? 'AppConfig.AllAtOnce',
      ConfigurationVersion: version
    })
  )
  return out.DeploymentNumber ?? -1
}

function stop(number: number, allowRevert?: boolean) {
  return client.send(
    new StopDeploymentCommand({
      ApplicationId: 'app0001',
      EnvironmentId: 'prod001',
      DeploymentNumber: number,
      AllowRevert: allowRevert
    })
  )
}

async function list() {
  const out = await client.send(
    new ListDeploymentsCommand({
      ApplicationId: 'app0001',
      EnvironmentId: 'prod001'
    })
  )
  return out.Items ?? []
}

/** Deploys versions 1 and 2 of flags01 to completion. */
async function twoCompleted(): Promise<void> {
  await deploy('1')
  emulator.control.advance(ALL_AT_ONCE_MS)
  await deploy('2')
  emulator.control.advance(ALL_AT_ONCE_MS)
}

describe('StopDeployment with AllowRevert on a COMPLETE deployment', () => {
  it('reverts it: REVERTED, REVERT_COMPLETED by USER, and the environment is back on the previous version', async () => {
    await setUp()
    await twoCompleted()
    const reverted = await stop(2, true)
    expect(reverted.$metadata.httpStatusCode).toBe(202)
    expect(reverted.State).toBe('REVERTED')
    expect(reverted.EventLog?.[0]).toMatchObject({
      EventType: 'REVERT_COMPLETED',
      TriggeredBy: 'USER',
      Description:
        'Deployment reverted by the user to configuration version 1 (deployment 1)',
      OccurredAt: emulator.control.now()
    })
    // A client finds what the environment runs now: the newest COMPLETE deployment.
    const items = await list()
    expect(items.map((d) => [d.DeploymentNumber, d.State])).toEqual([
      [2, 'REVERTED'],
      [1, 'COMPLETE']
    ])
    const running = items.find((d) => d.State === 'COMPLETE')
    expect(running?.ConfigurationVersion).toBe('1')
    expect(
      emulator.control.deployedConfiguration('app0001', 'prod001', 'flags01')
    ).toMatchObject({ deploymentNumber: 1, configurationVersion: '1' })
    const environment = await client.send(
      new GetEnvironmentCommand({
        ApplicationId: 'app0001',
        EnvironmentId: 'prod001'
      })
    )
    expect(environment.State).toBe('REVERTED')
    // A reverted environment takes the next deployment.
    await expect(deploy('3')).resolves.toBe(3)
  })

  it('reverts the first deployment of a profile: nothing of it is deployed any more', async () => {
    await setUp()
    await deploy('1')
    emulator.control.advance(ALL_AT_ONCE_MS)
    const reverted = await stop(1, true)
    expect(reverted.EventLog?.[0]!.Description).toBe(
      'Deployment reverted by the user'
    )
    expect(
      emulator.control.deployedConfiguration('app0001', 'prod001', 'flags01')
    ).toBeUndefined()
  })

  it('reverts up to exactly 72 emulated hours after completion, not a millisecond later', async () => {
    await setUp()
    await twoCompleted()
    emulator.control.advance(72 * HOUR)
    await expect(stop(2, true)).resolves.toMatchObject({ State: 'REVERTED' })

    await deploy('3')
    emulator.control.advance(ALL_AT_ONCE_MS + 72 * HOUR + 1)
    const error = await stop(3, true).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BadRequestException)
    expect(error).toMatchObject({
      message:
        'Deployment number 3 completed more than 72 hours ago and can no longer be reverted; start a new deployment',
      $metadata: { httpStatusCode: 400 }
    })
    expect((await list())[0]!.State).toBe('COMPLETE')
  })

  it('measures the window on the emulated clock (revertWindowHours shrinks it)', async () => {
    await setUp({ revertWindowHours: 1 })
    await twoCompleted()
    emulator.control.advance(HOUR + 1)
    await expect(stop(2, true)).rejects.toThrow(
      'completed more than 1 hours ago'
    )
  })

  it('refuses without AllowRevert (BadRequestException) and leaves the deployment COMPLETE', async () => {
    await setUp()
    await twoCompleted()
    await expect(stop(2)).rejects.toBeInstanceOf(BadRequestException)
    await expect(stop(2, false)).rejects.toBeInstanceOf(BadRequestException)
    expect((await list())[0]!.State).toBe('COMPLETE')
  })

  it('refuses a deployment that a newer one of the same profile replaced, but not one of another profile', async () => {
    await setUp()
    await twoCompleted()
    await expect(stop(1, true)).rejects.toThrow(
      'Only the latest deployment of a configuration profile can be reverted; deployment 2 is newer'
    )
    await deploy('1', { profile: 'free001' })
    emulator.control.advance(ALL_AT_ONCE_MS)
    // Deployment 2 is still the latest of flags01, so it can be reverted.
    await expect(stop(2, true)).resolves.toMatchObject({ State: 'REVERTED' })
    expect(
      emulator.control.deployedConfiguration('app0001', 'prod001', 'free001')
    ).toMatchObject({ deploymentNumber: 3 })
  })

  it('ignores alarm monitors: reverts while the monitored alarm is in ALARM, with no rollback event', async () => {
    await setUp()
    await twoCompleted()
    emulator.control.setAlarmState('checkout-5xx', 'ALARM')
    const reverted = await stop(2, true)
    expect(reverted.State).toBe('REVERTED')
    expect(
      reverted.EventLog?.filter((e) => e.TriggeredBy === 'CLOUDWATCH_ALARM')
    ).toEqual([])
    // The next deployment still meets the firing alarm as soon as it deploys.
    await deploy('3')
    emulator.control.advance(5_000)
    expect((await list())[0]!.State).toBe('ROLLING_BACK')
  })
})

describe('StopDeployment on an in-progress deployment', () => {
  it.each([undefined, false, true])(
    'rolls it back with AllowRevert %s: ROLLED_BACK, TriggeredBy USER, previous version still deployed',
    async (allowRevert) => {
      await setUp()
      await deploy('1')
      emulator.control.advance(ALL_AT_ONCE_MS)
      await deploy('2', { strategy: 'lin10' })
      emulator.control.advance(5_000 + 3 * MINUTE)
      const stopped = await stop(2, allowRevert)
      expect(stopped.$metadata.httpStatusCode).toBe(202)
      expect(stopped.State).toBe('ROLLED_BACK')
      expect(
        stopped.EventLog?.slice(0, 2).map((e) => [e.EventType, e.TriggeredBy])
      ).toEqual([
        ['ROLLBACK_COMPLETED', 'APPCONFIG'],
        ['ROLLBACK_STARTED', 'USER']
      ])
      expect(
        emulator.control.deployedConfiguration('app0001', 'prod001')
      ).toMatchObject({ deploymentNumber: 1, configurationVersion: '1' })
      // A rolled-back deployment cannot be reverted afterwards.
      await expect(stop(2, true)).rejects.toBeInstanceOf(BadRequestException)
    }
  )
})
