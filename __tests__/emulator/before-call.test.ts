import {
  AppConfigClient,
  ConflictException,
  CreateHostedConfigurationVersionCommand,
  GetDeploymentCommand,
  GetDeploymentStrategyCommand,
  StartDeploymentCommand
} from '@aws-sdk/client-appconfig'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import {
  appConfigClient,
  checkoutSeed,
  flagsDocument
} from './emulator-clients.js'

/**
 * `control.beforeCall`: another writer (a second pipeline, a person in the console) acts just
 * before a call is served, so the caller's read-then-write races deterministically.
 */

let emulator: RunningEmulator
let client: AppConfigClient

beforeEach(async () => {
  emulator = await startEmulator({ timeScale: 0, seed: checkoutSeed() })
  client = appConfigClient(emulator.endpoint)
})

afterEach(async () => {
  client.destroy()
  await emulator.close()
})

function start(options: { latest?: number; version?: string } = {}) {
  return client.send(
    new StartDeploymentCommand({
      ApplicationId: 'app0001',
      EnvironmentId: 'prod001',
      ConfigurationProfileId: 'flags01',
      DeploymentStrategyId: 'lin10',
      ConfigurationVersion: options.version ?? '2',
      LatestDeploymentNumber: options.latest
    })
  )
}

const consoleFix = () =>
  emulator.control.consoleDeploy({
    applicationId: 'app0001',
    environmentId: 'prod001',
    profileId: 'flags01',
    content: flagsDocument(0),
    description: 'hotfix from the console',
    tags: { by: 'console' }
  })

describe('StartDeployment.LatestDeploymentNumber', () => {
  it('accepts the latest number (0 before any deployment) and refuses any other with 409', async () => {
    await expect(start({ latest: 1 })).rejects.toThrow(
      'LatestDeploymentNumber 1 does not match the latest deployment number 0'
    )
    await expect(start({ latest: 0 })).resolves.toMatchObject({
      DeploymentNumber: 1
    })
  })

  it('reports the stale number before the deployment in progress', async () => {
    await start()
    const stale = await start({ latest: 0 }).catch((e: unknown) => e)
    expect(stale).toBeInstanceOf(ConflictException)
    expect(stale).toMatchObject({ $metadata: { httpStatusCode: 409 } })
    expect((stale as Error).message).toMatch(/^LatestDeploymentNumber 0/)
    await expect(start({ latest: 1 })).rejects.toThrow(
      'Deployment number 1 already exists'
    )
  })

  it('catches a console deployment made between the read and the StartDeployment', async () => {
    emulator.control.beforeCall({
      operation: 'StartDeployment',
      label: 'console hotfix',
      run: async () => {
        await consoleFix()
        // The hotfix completes before the pipeline's call arrives: only the lock notices it.
        emulator.control.advance(11 * 60_000)
      }
    })
    await expect(start({ latest: 0 })).rejects.toThrow(
      'LatestDeploymentNumber 0 does not match the latest deployment number 1'
    )
    expect(emulator.control.calls('StartDeployment')[0]).toMatchObject({
      before: 'console hotfix',
      status: 409,
      errorCode: 'ConflictException',
      applied: false
    })
    expect(emulator.control.deployment('app0001', 'prod001', 1)).toMatchObject({
      state: 'COMPLETE',
      configurationVersion: '4',
      description: 'hotfix from the console',
      tags: { by: 'console' }
    })
  })
})

describe('beforeCall writers', () => {
  it('another pipeline starts a deployment first: the caller gets 409 already exists', async () => {
    emulator.control.beforeCall({
      operation: 'StartDeployment',
      run: (call) => {
        // It deploys to the environment the intercepted call targets.
        emulator.control.startDeployment({
          applicationId: 'app0001',
          environmentId: String(call.params.EnvironmentId),
          profileId: 'flags01',
          configurationVersion: 'v3',
          strategyId: 'lin10',
          description: 'other pipeline'
        })
      }
    })
    await expect(start()).rejects.toThrow('Deployment number 1 already exists')
    expect(emulator.control.calls('StartDeployment')[0]!.before).toBe(
      'beforeCall'
    )
    // Only the first call was preceded.
    emulator.control.advance(20 * 60_000)
    await expect(start()).resolves.toMatchObject({ DeploymentNumber: 2 })
    expect(emulator.control.calls('StartDeployment')[1]!.before).toBeUndefined()
  })

  it('someone uploads a version first: the LatestVersionNumber lock answers 409', async () => {
    emulator.control.beforeCall({
      operation: 'CreateHostedConfigurationVersion',
      run: async () => {
        await emulator.control.createHostedVersion({
          applicationId: 'app0001',
          profileId: 'flags01',
          content: flagsDocument(1),
          versionLabel: 'console-edit'
        })
      }
    })
    await expect(
      client.send(
        new CreateHostedConfigurationVersionCommand({
          ApplicationId: 'app0001',
          ConfigurationProfileId: 'flags01',
          Content: new TextEncoder().encode(flagsDocument(9)),
          ContentType: 'application/json',
          LatestVersionNumber: 3
        })
      )
    ).rejects.toBeInstanceOf(ConflictException)
  })

  it('an alarm fires just before a poll: the poll already sees the rollback', async () => {
    await start()
    emulator.control.advance(5_000 + 3 * 60_000)
    emulator.control.beforeCall({
      operation: 'GetDeployment',
      run: () => emulator.control.setAlarmState('checkout-5xx', 'ALARM')
    })
    const polled = await client.send(
      new GetDeploymentCommand({
        ApplicationId: 'app0001',
        EnvironmentId: 'prod001',
        DeploymentNumber: 1
      })
    )
    expect(polled.State).toBe('ROLLING_BACK')
    expect(polled.EventLog?.[0]).toMatchObject({
      EventType: 'ROLLBACK_STARTED',
      TriggeredBy: 'CLOUDWATCH_ALARM'
    })
  })

  it('runs before each of `count` calls, in order, and logs a failing writer without failing the call', async () => {
    const order: string[] = []
    emulator.control.beforeCall({
      operation: '*',
      count: 2,
      label: 'writer',
      run: (call) => {
        order.push(call.operation)
        throw new Error('console was down')
      }
    })
    const get = new GetDeploymentStrategyCommand({
      DeploymentStrategyId: 'lin10'
    })
    await client.send(get)
    await client.send(get)
    await client.send(get)
    expect(order).toEqual(['GetDeploymentStrategy', 'GetDeploymentStrategy'])
    expect(
      emulator.control.calls().map((c) => [c.before, c.beforeError, c.status])
    ).toEqual([
      ['writer', 'console was down', 200],
      ['writer', 'console was down', 200],
      [undefined, undefined, 200]
    ])
  })

  it('combines with a fault on the same call (writer first, then the fault) and is cleared by clearFaults', async () => {
    emulator.control.beforeCall({
      operation: 'StartDeployment',
      run: () => emulator.control.setAlarmState('checkout-5xx', 'ALARM')
    })
    emulator.control.injectFault({
      operation: 'StartDeployment',
      kind: 'throttle'
    })
    await expect(start()).rejects.toMatchObject({ name: 'ThrottlingException' })
    expect(emulator.control.alarmState('checkout-5xx')).toBe('ALARM')

    emulator.control.beforeCall({
      operation: 'StartDeployment',
      run: () => {
        throw new Error('should not run')
      }
    })
    emulator.control.clearFaults()
    await start()
    expect(emulator.control.calls('StartDeployment')[1]!.before).toBeUndefined()
  })
})
