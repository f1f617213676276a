import {
  AppConfigClient,
  ConflictException,
  CreateHostedConfigurationVersionCommand,
  InternalServerException,
  ListDeploymentsCommand,
  ListHostedConfigurationVersionsCommand,
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
 * Faults that lose the answer after the write (`*AfterApply`) and calls that never answer
 * (`hang`, `hangAfterApply`): what a client sees, and what AppConfig ends up holding.
 */

let emulator: RunningEmulator
const clients: AppConfigClient[] = []

beforeEach(async () => {
  emulator = await startEmulator({ timeScale: 0, seed: checkoutSeed() })
})

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  await emulator.close()
})

function client(maxAttempts = 1): AppConfigClient {
  const c = appConfigClient(emulator.endpoint, maxAttempts)
  clients.push(c)
  return c
}

const startCommand = () =>
  new StartDeploymentCommand({
    ApplicationId: 'app0001',
    EnvironmentId: 'prod001',
    ConfigurationProfileId: 'flags01',
    DeploymentStrategyId: 'lin10',
    ConfigurationVersion: '2',
    Description: 'from the pipeline'
  })

const createCommand = (latest: number) =>
  new CreateHostedConfigurationVersionCommand({
    ApplicationId: 'app0001',
    ConfigurationProfileId: 'flags01',
    Content: new TextEncoder().encode(flagsDocument(9)),
    ContentType: 'application/json',
    LatestVersionNumber: latest
  })

async function deploymentNumbers(): Promise<number[]> {
  const out = await client().send(
    new ListDeploymentsCommand({
      ApplicationId: 'app0001',
      EnvironmentId: 'prod001'
    })
  )
  return (out.Items ?? []).map((d) => d.DeploymentNumber ?? -1)
}

async function versionNumbers(): Promise<number[]> {
  const out = await client().send(
    new ListHostedConfigurationVersionsCommand({
      ApplicationId: 'app0001',
      ConfigurationProfileId: 'flags01'
    })
  )
  return (out.Items ?? []).map((v) => v.VersionNumber ?? -1)
}

describe('error500AfterApply', () => {
  it('starts the deployment, then answers 500: the caller cannot tell it exists', async () => {
    emulator.control.injectFault({
      operation: 'StartDeployment',
      kind: 'error500AfterApply'
    })
    await expect(client().send(startCommand())).rejects.toBeInstanceOf(
      InternalServerException
    )
    expect(await deploymentNumbers()).toEqual([1])
    expect(emulator.control.calls('StartDeployment')[0]).toMatchObject({
      fault: 'error500AfterApply',
      status: 500,
      errorCode: 'InternalServerException',
      applied: true
    })
  })

  it('makes an SDK retry of StartDeployment meet its own deployment (409 already exists)', async () => {
    emulator.control.injectFault({
      operation: 'StartDeployment',
      kind: 'error500AfterApply'
    })
    const error = await client(3)
      .send(startCommand())
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictException)
    expect(error).toMatchObject({
      message: 'Deployment number 1 already exists',
      $metadata: { attempts: 2 }
    })
    expect(
      emulator.control
        .calls('StartDeployment')
        .map((c) => [c.status, c.applied])
    ).toEqual([
      [500, true],
      [409, false]
    ])
    expect(await deploymentNumbers()).toEqual([1])
  })
})

describe('dropAfterApply', () => {
  it('stores the version, then destroys the connection; a retry with the same lock gets 409', async () => {
    emulator.control.injectFault({
      operation: 'CreateHostedConfigurationVersion',
      kind: 'dropAfterApply'
    })
    await expect(client().send(createCommand(3))).rejects.toThrow(
      /socket hang up|ECONNRESET/
    )
    expect(await versionNumbers()).toEqual([4, 3, 2, 1])
    const call = emulator.control.calls('CreateHostedConfigurationVersion')[0]!
    expect(call).toMatchObject({ fault: 'dropAfterApply', applied: true })
    expect(call.status).toBeUndefined()
    await expect(client().send(createCommand(3))).rejects.toBeInstanceOf(
      ConflictException
    )
  })

  it('applies only to its count of calls', async () => {
    emulator.control.injectFault({
      operation: 'CreateHostedConfigurationVersion',
      kind: 'dropAfterApply',
      count: 2
    })
    await expect(client().send(createCommand(3))).rejects.toThrow()
    await expect(client().send(createCommand(4))).rejects.toThrow()
    await expect(client().send(createCommand(5))).resolves.toMatchObject({
      VersionNumber: 6
    })
  })
})

describe('hang', () => {
  it('never answers; the client gives up and nothing was applied', async () => {
    emulator.control.injectFault({ operation: 'StartDeployment', kind: 'hang' })
    const error = await client()
      .send(startCommand(), { abortSignal: AbortSignal.timeout(150) })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: expect.stringMatching(/Abort|Timeout/)
    })
    expect(await deploymentNumbers()).toEqual([])
    const call = emulator.control.calls('StartDeployment')[0]!
    expect(call).toMatchObject({ fault: 'hang', applied: false })
    expect(call.status).toBeUndefined()
    await waitFor(() => call.clientClosed === true)
  })

  it('hangAfterApply: the deployment is started although the client never hears back', async () => {
    emulator.control.injectFault({
      operation: 'StartDeployment',
      kind: 'hangAfterApply'
    })
    await expect(
      client().send(startCommand(), { abortSignal: AbortSignal.timeout(150) })
    ).rejects.toBeDefined()
    expect(await deploymentNumbers()).toEqual([1])
    const call = emulator.control.calls('StartDeployment')[0]!
    expect(call).toMatchObject({ fault: 'hangAfterApply', applied: true })
    expect(call.status).toBeUndefined()
  })

  it('is released by close(): no socket outlives the emulator', async () => {
    emulator.control.injectFault({ operation: '*', kind: 'hang' })
    const pending = client().send(startCommand())
    await waitFor(() => emulator.control.calls().length === 1)
    const started = performance.now()
    await emulator.close()
    expect(performance.now() - started).toBeLessThan(1_000)
    await expect(pending).rejects.toThrow(/socket hang up|ECONNRESET/)
    // afterEach closes again; close() must tolerate that.
    emulator = await startEmulator({ timeScale: 0 })
  })
})

/** Polls (10 ms) until a condition holds; the emulator updates the call log asynchronously. */
async function waitFor(condition: () => boolean, timeoutMs = 2_000) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
