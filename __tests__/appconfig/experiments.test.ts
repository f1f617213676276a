import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  AppConfigClient,
  GetExperimentRunCommand,
  ListExperimentDefinitionsCommand,
  ListExperimentRunsCommand,
  StopExperimentRunCommand
} from '@aws-sdk/client-appconfig'
import { mockClient } from 'aws-sdk-client-mock'
import 'aws-sdk-client-mock-jest'
import { readExperiments } from '../../src/appconfig/read-experiments.js'
import { stopExperimentRuns } from '../../src/appconfig/stop-experiment-runs.js'

const appconfig = mockClient(AppConfigClient)
const client = new AppConfigClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'x', secretAccessKey: 'x' }
})
const SCOPE = {
  applicationId: 'app0001',
  environmentId: 'env0001',
  profileId: 'prof001'
}
const RUN = {
  flag: 'new-checkout',
  definitionId: 'exp0001',
  experiment: 'checkout-test',
  run: 3
}

beforeEach(() => {
  appconfig.reset()
})

describe('readExperiments', () => {
  it('filters definitions by application, environment, profile and ACTIVE, reads every page of RUNNING runs', async () => {
    appconfig
      .on(ListExperimentDefinitionsCommand)
      .resolvesOnce({
        Items: [
          {
            Id: 'exp0001',
            Name: 'checkout-test',
            FlagKey: 'new-checkout',
            EnvironmentId: 'env0001',
            ConfigurationProfileId: 'prof001'
          }
        ],
        NextToken: 'page2'
      })
      .resolvesOnce({
        Items: [
          // A looser answer (another environment) never leaks in.
          {
            Id: 'exp0002',
            Name: 'x',
            FlagKey: 'banner',
            EnvironmentId: 'env0002'
          }
        ]
      })
    appconfig
      .on(ListExperimentRunsCommand)
      .resolvesOnce({
        Items: [
          {
            Run: 3,
            Status: 'RUNNING',
            StartedAt: new Date('2026-12-01T09:00:00Z')
          }
        ],
        NextToken: 'more'
      })
      .resolvesOnce({ Items: [] })

    const found = await readExperiments(client, SCOPE)

    expect(found).toEqual([{ ...RUN, startedAt: '2026-12-01T09:00:00.000Z' }])
    expect(appconfig).toHaveReceivedCommandWith(
      ListExperimentDefinitionsCommand,
      {
        ApplicationIdentifier: 'app0001',
        EnvironmentIdentifier: 'env0001',
        ConfigurationProfileIdentifier: 'prof001',
        Status: 'ACTIVE'
      }
    )
    expect(appconfig).toHaveReceivedCommandWith(
      ListExperimentDefinitionsCommand,
      {
        NextToken: 'page2'
      }
    )
    expect(appconfig).toHaveReceivedCommandWith(ListExperimentRunsCommand, {
      ApplicationIdentifier: 'app0001',
      ExperimentDefinitionIdentifier: 'exp0001',
      Status: 'RUNNING',
      NextToken: 'more'
    })
    expect(appconfig).toHaveReceivedCommandTimes(ListExperimentRunsCommand, 2)
  })

  it('names the IAM action when access is denied, never returning an empty list', async () => {
    appconfig.on(ListExperimentDefinitionsCommand).rejects(
      Object.assign(new Error('not authorized'), {
        name: 'AccessDeniedException'
      })
    )
    await expect(readExperiments(client, SCOPE)).rejects.toThrow(
      /appconfig:ListExperimentDefinitions/
    )
  })
})

describe('stopExperimentRuns', () => {
  const timing = (now: { t: number }) => ({
    now: () => now.t,
    sleep: (ms: number) => {
      now.t += ms
      return Promise.resolve()
    },
    signal: new AbortController().signal,
    deadline: 10_000,
    pollMs: 1_000
  })

  it('stops with no winner, then polls GetExperimentRun until DONE', async () => {
    appconfig.on(StopExperimentRunCommand).resolves({ Status: 'RUNNING' })
    appconfig
      .on(GetExperimentRunCommand)
      .resolvesOnce({ Status: 'RUNNING' })
      .resolvesOnce({
        Status: 'DONE',
        EndedAt: new Date('2026-12-05T03:02:11Z')
      })
    const now = { t: 0 }

    const stopped = await stopExperimentRuns(
      client,
      'app0001',
      [RUN],
      timing(now)
    )

    expect(stopped).toEqual([{ ...RUN, endedAt: '2026-12-05T03:02:11.000Z' }])
    const sent = appconfig.commandCalls(StopExperimentRunCommand)[0]!.args[0]
      .input
    expect(sent).toEqual({
      ApplicationIdentifier: 'app0001',
      ExperimentDefinitionIdentifier: 'exp0001',
      Run: 3
    })
    expect(now.t).toBe(1_000)
  })

  it('counts a run that ended meanwhile (ConflictException, then DONE) as stopped', async () => {
    appconfig
      .on(StopExperimentRunCommand)
      .rejects(
        Object.assign(new Error('not RUNNING'), { name: 'ConflictException' })
      )
    appconfig
      .on(GetExperimentRunCommand)
      .resolves({ Status: 'DONE', EndedAt: new Date(5) })
    const stopped = await stopExperimentRuns(
      client,
      'app0001',
      [RUN],
      timing({ t: 0 })
    )
    expect(stopped.map((s) => s.endedAt)).toEqual([new Date(5).toISOString()])
  })

  it('gives up at the deadline, saying nothing was deployed', async () => {
    appconfig.on(StopExperimentRunCommand).resolves({})
    appconfig.on(GetExperimentRunCommand).resolves({ Status: 'RUNNING' })
    await expect(
      stopExperimentRuns(client, 'app0001', [RUN], timing({ t: 0 }))
    ).rejects.toThrow(/still RUNNING; nothing was deployed/)
  })
})
