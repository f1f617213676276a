import {
  AppConfigClient,
  GetExperimentRunCommand,
  ListDeploymentsCommand,
  ListExperimentDefinitionsCommand,
  ListExperimentRunsCommand,
  StartExperimentRunCommand,
  StopExperimentRunCommand
} from '@aws-sdk/client-appconfig'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import {
  appConfigClient,
  checkoutSeed,
  flagsDocument,
  MINUTE
} from './emulator-clients.js'

/** Experiments through the real SDK: definitions, runs, MANAGED deployments, served treatments. */

let emulator: RunningEmulator
let client: AppConfigClient
const FLAG = 'allow-bitcoin-at-checkout'

beforeEach(async () => {
  emulator = await startEmulator({ timeScale: 0, seed: checkoutSeed() })
  client = appConfigClient(emulator.endpoint)
  await emulator.control.consoleDeploy({
    applicationId: 'app0001',
    environmentId: 'prod001',
    profileId: 'flags01',
    content: JSON.parse(flagsDocument(5)) as unknown
  })
  emulator.control.advance(20 * MINUTE)
  emulator.control.experiments.define({
    applicationId: 'app0001',
    id: 'exp0001',
    name: 'bitcoin-discount-test',
    profileId: 'flags01',
    environmentId: 'prod001',
    flagKey: FLAG,
    control: { weight: 50, flagValue: { enabled: true } },
    treatments: [{ weight: 50, flagValue: { enabled: false } }]
  })
})

afterEach(async () => {
  client.destroy()
  await emulator.close()
})

describe('experiments', () => {
  it('lists definitions by application, environment, profile and status; a run makes a MANAGED deployment', async () => {
    const filter = {
      ApplicationIdentifier: 'app0001',
      EnvironmentIdentifier: 'prod001',
      ConfigurationProfileIdentifier: 'flags01'
    }
    const idle = await client.send(
      new ListExperimentDefinitionsCommand({ ...filter, Status: 'ACTIVE' })
    )
    expect(idle.Items).toEqual([])

    const started = await client.send(
      new StartExperimentRunCommand({
        ApplicationIdentifier: 'app0001',
        ExperimentDefinitionIdentifier: 'bitcoin-discount-test'
      })
    )
    expect(started).toMatchObject({
      Run: 1,
      Status: 'RUNNING',
      ExperimentDefinitionId: 'exp0001'
    })

    const active = await client.send(
      new ListExperimentDefinitionsCommand({ ...filter, Status: 'ACTIVE' })
    )
    expect(active.Items?.map((d) => [d.Id, d.FlagKey, d.Status])).toEqual([
      ['exp0001', FLAG, 'ACTIVE']
    ])
    const other = await client.send(
      new ListExperimentDefinitionsCommand({
        ...filter,
        EnvironmentIdentifier: 'Beta'
      })
    )
    expect(other.Items).toEqual([])

    const runs = await client.send(
      new ListExperimentRunsCommand({
        ApplicationIdentifier: 'app0001',
        ExperimentDefinitionIdentifier: 'exp0001',
        Status: 'RUNNING'
      })
    )
    expect(runs.Items?.map((r) => r.Run)).toEqual([1])

    const deployments = await client.send(
      new ListDeploymentsCommand({
        ApplicationId: 'app0001',
        EnvironmentId: 'prod001'
      })
    )
    expect(deployments.Items?.map((d) => [d.DeploymentNumber, d.Type])).toEqual(
      [
        [2, 'MANAGED'],
        [1, 'USER']
      ]
    )
  })

  it('serves the treatments while RUNNING and the deployed flag after StopExperimentRun', async () => {
    emulator.control.experiments.start({
      applicationId: 'app0001',
      definitionId: 'exp0001'
    })
    emulator.control.advance(MINUTE)
    const served = (entityId: string) =>
      emulator.control.experiments.served({
        applicationId: 'app0001',
        environmentId: 'prod001',
        profileId: 'flags01',
        flagKey: FLAG,
        entityId
      })
    const during = Array.from({ length: 40 }, (_, i) => served(`user-${i}`))
    expect(new Set(during.map((s) => s?.variant))).toEqual(
      new Set(['__c__', '__t1__'])
    )
    expect(served('user-1')).toEqual(served('user-1'))

    const stopped = await client.send(
      new StopExperimentRunCommand({
        ApplicationIdentifier: 'app0001',
        ExperimentDefinitionIdentifier: 'exp0001',
        Run: 1
      })
    )
    expect(stopped.Status).toBe('DONE')
    const run = await client.send(
      new GetExperimentRunCommand({
        ApplicationIdentifier: 'app0001',
        ExperimentDefinitionIdentifier: 'exp0001',
        Run: 1
      })
    )
    expect(run.EndedAt).toBeInstanceOf(Date)
    expect(served('user-1')).toEqual({
      enabled: true,
      attributes: { 'bitcoin-discount-percentage': 5 }
    })
    await expect(
      client.send(
        new StopExperimentRunCommand({
          ApplicationIdentifier: 'app0001',
          ExperimentDefinitionIdentifier: 'exp0001',
          Run: 1
        })
      )
    ).rejects.toMatchObject({ name: 'ConflictException' })
    expect(emulator.control.deployment('app0001', 'prod001', 3)?.type).toBe(
      'MANAGED'
    )
  })
})
