import {
  GetDeploymentStrategyCommand,
  InternalServerException,
  ListApplicationsCommand
} from '@aws-sdk/client-appconfig'
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import { appConfigClient, cloudWatchClient } from './emulator-clients.js'

let emulator: RunningEmulator

beforeEach(async () => {
  emulator = await startEmulator({ timeScale: 0 })
})

afterEach(async () => {
  await emulator.close()
})

const getStrategy = new GetDeploymentStrategyCommand({
  DeploymentStrategyId: 'AppConfig.AllAtOnce'
})

describe('injected faults', () => {
  it('throttle: answers 429 ThrottlingException, which the SDK retries', async () => {
    emulator.control.injectFault({
      operation: 'GetDeploymentStrategy',
      kind: 'throttle'
    })
    const client = appConfigClient(emulator.endpoint, 3)
    const out = await client.send(getStrategy)
    client.destroy()
    expect(out.Id).toBe('AppConfig.AllAtOnce')
    expect(out.$metadata.attempts).toBe(2)
    const calls = emulator.control.calls('GetDeploymentStrategy')
    expect(calls.map((c) => [c.status, c.fault, c.errorCode])).toEqual([
      [429, 'throttle', 'ThrottlingException'],
      [200, undefined, undefined]
    ])
  })

  it('throttle: with retries off the caller sees ThrottlingException', async () => {
    emulator.control.injectFault({
      operation: 'GetDeploymentStrategy',
      kind: 'throttle'
    })
    const client = appConfigClient(emulator.endpoint, 1)
    await expect(client.send(getStrategy)).rejects.toMatchObject({
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 429 }
    })
    client.destroy()
  })

  it('error500: answers 500 InternalServerException for the next N calls only', async () => {
    emulator.control.injectFault({
      operation: 'ListApplications',
      kind: 'error500',
      count: 2
    })
    const client = appConfigClient(emulator.endpoint, 1)
    await expect(
      client.send(new ListApplicationsCommand({}))
    ).rejects.toBeInstanceOf(InternalServerException)
    await expect(
      client.send(new ListApplicationsCommand({}))
    ).rejects.toBeInstanceOf(InternalServerException)
    await expect(
      client.send(new ListApplicationsCommand({}))
    ).resolves.toMatchObject({ Items: [] })
    // Other operations are untouched.
    await expect(client.send(getStrategy)).resolves.toBeDefined()
    client.destroy()
  })

  it('delay: answers normally after the delay', async () => {
    emulator.control.injectFault({
      operation: 'GetDeploymentStrategy',
      kind: 'delay',
      delayMs: 150
    })
    const client = appConfigClient(emulator.endpoint, 1)
    const started = performance.now()
    await expect(client.send(getStrategy)).resolves.toMatchObject({
      Id: 'AppConfig.AllAtOnce'
    })
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    client.destroy()
    expect(emulator.control.calls('GetDeploymentStrategy')[0]).toMatchObject({
      fault: 'delay',
      status: 200
    })
  })

  it('drop: destroys the connection; the SDK retries it as a transient error', async () => {
    emulator.control.injectFault({ operation: '*', kind: 'drop' })
    const client = appConfigClient(emulator.endpoint, 3)
    const out = await client.send(getStrategy)
    expect(out.$metadata.attempts).toBe(2)
    client.destroy()
    const calls = emulator.control.calls()
    expect(calls[0]!.fault).toBe('drop')
    expect(calls[0]!.status).toBeUndefined()
    const noRetry = appConfigClient(emulator.endpoint, 1)
    emulator.control.injectFault({
      operation: 'GetDeploymentStrategy',
      kind: 'drop'
    })
    await expect(noRetry.send(getStrategy)).rejects.toThrow(
      /socket hang up|ECONNRESET/
    )
    noRetry.destroy()
  })

  it('applies to CloudWatch operations too (Throttling / InternalServiceError)', async () => {
    emulator.control.injectFault({
      operation: 'DescribeAlarms',
      kind: 'throttle'
    })
    emulator.control.injectFault({
      operation: 'DescribeAlarms',
      kind: 'error500'
    })
    const client = cloudWatchClient(emulator.endpoint, { maxAttempts: 1 })
    await expect(
      client.send(new DescribeAlarmsCommand({}))
    ).rejects.toMatchObject({
      name: 'Throttling',
      $metadata: { httpStatusCode: 400 }
    })
    await expect(
      client.send(new DescribeAlarmsCommand({}))
    ).rejects.toMatchObject({
      name: 'InternalServiceFault',
      $metadata: { httpStatusCode: 500 }
    })
    const retrying = cloudWatchClient(emulator.endpoint, { maxAttempts: 3 })
    emulator.control.injectFault({
      operation: 'DescribeAlarms',
      kind: 'throttle'
    })
    await expect(
      retrying.send(new DescribeAlarmsCommand({}))
    ).resolves.toMatchObject({ $metadata: { attempts: 2 } })
    client.destroy()
    retrying.destroy()
  })
})

describe('the call log', () => {
  it('records operation, emulated and real time, and decoded params of every call', async () => {
    const before = new Date()
    const client = appConfigClient(emulator.endpoint)
    await client.send(new ListApplicationsCommand({ MaxResults: 5 }))
    await client
      .send(new GetDeploymentStrategyCommand({ DeploymentStrategyId: 'nope' }))
      .catch(() => undefined)
    client.destroy()
    const calls = emulator.control.calls()
    expect(
      calls.map((c) => [
        c.service,
        c.operation,
        c.method,
        c.status,
        c.errorCode
      ])
    ).toEqual([
      ['appconfig', 'ListApplications', 'GET', 200, undefined],
      [
        'appconfig',
        'GetDeploymentStrategy',
        'GET',
        404,
        'ResourceNotFoundException'
      ]
    ])
    expect(calls[0]!.params).toEqual({ MaxResults: 5 })
    expect(calls[0]!.at).toEqual(emulator.control.now())
    expect(calls[0]!.realAt.getTime()).toBeGreaterThanOrEqual(before.getTime())
    expect(emulator.control.calls('StartDeployment')).toEqual([])
    emulator.control.clearCalls()
    expect(emulator.control.calls()).toEqual([])
  })
})
