import {
  AppConfigClient,
  GetDeploymentCommand,
  GetHostedConfigurationVersionCommand,
  ListTagsForResourceCommand
} from '@aws-sdk/client-appconfig'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import {
  appConfigClient,
  checkoutSeed,
  flagsDocument,
  MINUTE
} from './emulator-clients.js'

/**
 * Changes made "in the console" through the control surface: they behave like the API calls
 * (validation, locks, state machine) but are not in the call log, so a test can still assert
 * exactly what the action itself called.
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

describe('control.consoleDeploy', () => {
  it('uploads a version and deploys it AllAtOnce with the description and tags given', async () => {
    const done = await emulator.control.consoleDeploy({
      applicationId: 'app0001',
      environmentId: 'prod001',
      profileId: 'flags01',
      content: JSON.parse(flagsDocument(0)) as unknown,
      versionLabel: 'hotfix-1',
      description: 'Disable the discount (incident 12)',
      tags: { source: 'console' }
    })
    expect(done).toEqual({ versionNumber: 4, deploymentNumber: 1 })
    expect(emulator.control.calls()).toEqual([])

    const deployment = await client.send(
      new GetDeploymentCommand({
        ApplicationId: 'app0001',
        EnvironmentId: 'prod001',
        DeploymentNumber: 1
      })
    )
    expect(deployment).toMatchObject({
      DeploymentStrategyId: 'AppConfig.AllAtOnce',
      ConfigurationVersion: '4',
      VersionLabel: 'hotfix-1',
      Description: 'Disable the discount (incident 12)',
      State: 'VALIDATING'
    })
    const version = await client.send(
      new GetHostedConfigurationVersionCommand({
        ApplicationId: 'app0001',
        ConfigurationProfileId: 'flags01',
        VersionNumber: 4
      })
    )
    expect(version.VersionLabel).toBe('hotfix-1')
    const tags = await client.send(
      new ListTagsForResourceCommand({
        ResourceArn: emulator.control.deployment('app0001', 'prod001', 1)?.arn
      })
    )
    expect(tags.Tags).toEqual({ source: 'console' })

    emulator.control.advance(5_000 + 10 * MINUTE)
    expect(
      emulator.control.deployedConfiguration('app0001', 'prod001', 'flags01')
    ).toMatchObject({ deploymentNumber: 1, configurationVersion: '4' })
  })

  it('validates content like CreateHostedConfigurationVersion and refuses a busy environment like StartDeployment', async () => {
    await expect(
      emulator.control.createHostedVersion({
        applicationId: 'app0001',
        profileId: 'flags01',
        // Flag keys may not contain spaces.
        content: { version: '1', flags: { 'Bad Key': {} }, values: {} }
      })
    ).rejects.toMatchObject({ code: 'BadRequestException' })
    emulator.control.startDeployment({
      applicationId: 'app0001',
      environmentId: 'prod001',
      profileId: 'flags01',
      configurationVersion: 1,
      strategyId: 'lin10'
    })
    await expect(
      emulator.control.consoleDeploy({
        applicationId: 'app0001',
        environmentId: 'prod001',
        profileId: 'flags01',
        content: flagsDocument(1)
      })
    ).rejects.toMatchObject({
      code: 'ConflictException',
      message: 'Deployment number 1 already exists'
    })
  })

  it('stops and reverts like StopDeployment', async () => {
    await emulator.control.consoleDeploy({
      applicationId: 'app0001',
      environmentId: 'prod001',
      profileId: 'flags01',
      content: flagsDocument(1)
    })
    emulator.control.advance(5_000 + 10 * MINUTE)
    expect(
      emulator.control.stopDeployment({
        applicationId: 'app0001',
        environmentId: 'prod001',
        deploymentNumber: 1,
        allowRevert: true
      })
    ).toMatchObject({ state: 'REVERTED' })
    expect(emulator.control.calls()).toEqual([])
  })
})
