import {
  AppConfigClient,
  BadRequestException,
  CreateApplicationCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  StartDeploymentCommand,
  TagResourceCommand,
  UntagResourceCommand
} from '@aws-sdk/client-appconfig'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import { appConfigClient, checkoutSeed } from './emulator-clients.js'

/** StartDeployment's `Tags` ("Metadata to assign to the deployment") and the tag operations. */

const ARN_PREFIX = 'arn:aws:appconfig:us-east-1:123456789012:'
const DEPLOYMENT_1 = `${ARN_PREFIX}application/app0001/environment/prod001/deployment/1`

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

function start(tags?: Record<string, string>) {
  return client.send(
    new StartDeploymentCommand({
      ApplicationId: 'app0001',
      EnvironmentId: 'prod001',
      ConfigurationProfileId: 'flags01',
      DeploymentStrategyId: 'AppConfig.AllAtOnce',
      ConfigurationVersion: '2',
      Tags: tags
    })
  )
}

async function tagsOf(arn: string): Promise<Record<string, string>> {
  const out = await client.send(
    new ListTagsForResourceCommand({ ResourceArn: arn })
  )
  return out.Tags ?? {}
}

describe('deployment tags', () => {
  it('stores StartDeployment Tags and lists them for the deployment ARN', async () => {
    await start({ pipeline: 'rollout-action', 'github-run': '42' })
    expect(await tagsOf(DEPLOYMENT_1)).toEqual({
      pipeline: 'rollout-action',
      'github-run': '42'
    })
    expect(emulator.control.calls('ListTagsForResource')[0]!.params).toEqual({
      ResourceArn: DEPLOYMENT_1
    })
    expect(emulator.control.deployment('app0001', 'prod001', 1)).toMatchObject({
      arn: DEPLOYMENT_1,
      tags: { pipeline: 'rollout-action', 'github-run': '42' }
    })
  })

  it('lists an empty map for a deployment started without tags', async () => {
    await start()
    expect(await tagsOf(DEPLOYMENT_1)).toEqual({})
  })

  it('TagResource adds and UntagResource removes (204 each)', async () => {
    await start({ a: '1', b: '2' })
    const tagged = await client.send(
      new TagResourceCommand({
        ResourceArn: DEPLOYMENT_1,
        Tags: { c: '3', a: 'one' }
      })
    )
    expect(tagged.$metadata.httpStatusCode).toBe(204)
    const untagged = await client.send(
      new UntagResourceCommand({
        ResourceArn: DEPLOYMENT_1,
        TagKeys: ['b', 'c']
      })
    )
    expect(untagged.$metadata.httpStatusCode).toBe(204)
    expect(await tagsOf(DEPLOYMENT_1)).toEqual({ a: 'one' })
    expect(emulator.control.calls('UntagResource')[0]!.params.TagKeys).toEqual([
      'b',
      'c'
    ])
  })

  it('answers other AppConfig resources too (application, environment, profile, strategy)', async () => {
    const created = await client.send(
      new CreateApplicationCommand({ Name: 'tagged', Tags: { team: 'pay' } })
    )
    expect(await tagsOf(`${ARN_PREFIX}application/${created.Id}`)).toEqual({
      team: 'pay'
    })
    for (const resource of [
      'application/app0001/environment/prod001',
      'application/app0001/configurationprofile/flags01',
      'deploymentstrategy/lin10'
    ])
      await expect(tagsOf(`${ARN_PREFIX}${resource}`)).resolves.toEqual({})
  })

  it('answers 404 for a deployment that does not exist and 400 for a malformed ARN', async () => {
    await expect(tagsOf(DEPLOYMENT_1)).rejects.toBeInstanceOf(
      ResourceNotFoundException
    )
    await expect(
      tagsOf(`${ARN_PREFIX}application/app0001/environment/nope/deployment/1`)
    ).rejects.toThrow('Environment with Id nope could not be found.')
    await expect(
      tagsOf('arn:aws:s3:::some-bucket-name-here')
    ).rejects.toBeInstanceOf(BadRequestException)
  })

  it('refuses tags the model does not allow (aws: keys, over 50, values over 256)', async () => {
    await expect(start({ 'aws:owner': 'x' })).rejects.toBeInstanceOf(
      BadRequestException
    )
    const many = Object.fromEntries(
      Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])
    )
    // The model's TagMap (max 50) refuses it before the operation runs.
    await expect(start(many)).rejects.toThrow(
      /at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50/
    )
    await expect(start({ long: 'x'.repeat(257) })).rejects.toBeInstanceOf(
      BadRequestException
    )
    // None of them started a deployment.
    expect(emulator.control.deployment('app0001', 'prod001', 1)).toBeUndefined()
  })
})
