import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  AppConfigClient,
  type DeploymentSummary,
  GetHostedConfigurationVersionCommand,
  type GetHostedConfigurationVersionCommandOutput,
  ListDeploymentsCommand
} from '@aws-sdk/client-appconfig'
import { mockClient } from 'aws-sdk-client-mock'
import 'aws-sdk-client-mock-jest'
import {
  readHistory,
  type DeploymentScope
} from '../../src/appconfig/read-history.js'
import { VersionReader } from '../../src/appconfig/version-reader.js'

/**
 * What the planner makes of one walk (planner.ts): what is in progress, the newest number, and
 * what runs with its content, read through the version reader.
 */
async function readDeployments(
  client: AppConfigClient,
  scope: DeploymentScope,
  versions: VersionReader
) {
  const history = await readHistory(client, scope)
  const live = history.live
  const stored =
    live?.version === undefined ? undefined : await versions.read(live.version)
  return {
    active: history.active && {
      deploymentNumber: history.active.deploymentNumber,
      state: history.active.state,
      profileId: history.active.profileId,
      percentage: history.active.percentage
    },
    latestNumber: history.latestNumber,
    deployed:
      live === undefined || stored === undefined
        ? undefined
        : {
            deploymentNumber: live.deploymentNumber,
            version: live.version,
            label: live.label ?? stored.label,
            content: stored.content
          }
  }
}

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
const OTHER_PROFILE = 'prof002'

// The SDK types Content as its blob adapter; plain bytes are what the client would parse.
const bytes = (text: string) =>
  new TextEncoder().encode(
    text
  ) as unknown as GetHostedConfigurationVersionCommandOutput['Content']
const flags = (n: number) => ({ version: '1', flags: { [`flag-${n}`]: {} } })

/** Hosted versions 1–9 of the profile, each with its own content and label. */
function seedVersions(): void {
  appconfig
    .on(GetHostedConfigurationVersionCommand)
    .callsFake((input: { VersionNumber?: number }) => ({
      Content: bytes(JSON.stringify(flags(input.VersionNumber ?? 0))),
      VersionLabel: `stored-v${input.VersionNumber}`
    }))
}

function deployment(
  number: number,
  state: string,
  extra: Partial<DeploymentSummary> = {}
): DeploymentSummary {
  return {
    DeploymentNumber: number,
    State: state as DeploymentSummary['State'],
    ConfigurationProfileId: SCOPE.profileId,
    ConfigurationVersion: String(number),
    ...extra
  }
}

function read(versions = new VersionReader(client, 'app0001', 'prof001')) {
  return readDeployments(client, SCOPE, versions)
}

beforeEach(() => {
  appconfig.reset()
  seedVersions()
})

describe('readHistory: what is in progress and what runs, in one walk', () => {
  it('lists the environment newest first and reads the live version once', async () => {
    appconfig.on(ListDeploymentsCommand).resolves({
      Items: [deployment(2, 'COMPLETE', { VersionLabel: 'v2' })]
    })

    const result = await read()

    expect(result).toEqual({
      active: undefined,
      latestNumber: 2,
      deployed: {
        deploymentNumber: 2,
        version: 2,
        label: 'v2',
        content: flags(2)
      }
    })
    expect(appconfig).toHaveReceivedCommandWith(ListDeploymentsCommand, {
      ApplicationId: 'app0001',
      EnvironmentId: 'env0001',
      MaxResults: 50
    })
    expect(appconfig).toHaveReceivedCommandTimes(
      GetHostedConfigurationVersionCommand,
      1
    )
    expect(appconfig).toHaveReceivedCommandWith(
      GetHostedConfigurationVersionCommand,
      {
        ApplicationId: 'app0001',
        ConfigurationProfileId: 'prof001',
        VersionNumber: 2
      }
    )
  })

  it("takes the stored version's label when the deployment has none", async () => {
    appconfig
      .on(ListDeploymentsCommand)
      .resolves({ Items: [deployment(3, 'COMPLETE')] })

    expect((await read()).deployed?.label).toBe('stored-v3')
  })

  it('nothing deployed: no live version, no version read', async () => {
    appconfig.on(ListDeploymentsCommand).resolves({ Items: [] })

    expect(await read()).toEqual({ active: undefined, deployed: undefined })
    expect(appconfig).toHaveReceivedCommandTimes(
      GetHostedConfigurationVersionCommand,
      0
    )
  })

  describe('what is live: the newest COMPLETE deployment of this profile', () => {
    it.each([
      [
        'ROLLED_BACK',
        [deployment(5, 'ROLLED_BACK'), deployment(4, 'COMPLETE')]
      ],
      ['REVERTED', [deployment(5, 'REVERTED'), deployment(4, 'COMPLETE')]],
      [
        'a newer COMPLETE of another profile',
        [
          deployment(5, 'COMPLETE', { ConfigurationProfileId: OTHER_PROFILE }),
          deployment(4, 'COMPLETE')
        ]
      ],
      [
        'a COMPLETE without a version',
        [
          deployment(5, 'COMPLETE', { ConfigurationVersion: undefined }),
          deployment(4, 'COMPLETE')
        ]
      ],
      [
        'an older COMPLETE after it',
        [deployment(4, 'COMPLETE'), deployment(3, 'COMPLETE')]
      ]
    ])('skips %s: deployment 4 is live', async (_, items) => {
      appconfig.on(ListDeploymentsCommand).resolves({ Items: items })

      const { deployed } = await read()

      expect(deployed?.deploymentNumber).toBe(4)
      expect(deployed?.version).toBe(4)
      expect(deployed?.content).toEqual(flags(4))
    })

    it('only rolled-back deployments and other profiles: nothing is live', async () => {
      appconfig.on(ListDeploymentsCommand).resolves({
        Items: [
          deployment(3, 'ROLLED_BACK'),
          deployment(2, 'COMPLETE', { ConfigurationProfileId: OTHER_PROFILE }),
          deployment(1, 'REVERTED')
        ]
      })

      expect((await read()).deployed).toBeUndefined()
    })
  })

  describe('what is in progress', () => {
    it.each(['VALIDATING', 'DEPLOYING', 'BAKING', 'ROLLING_BACK'])(
      '%s occupies the environment, whatever its profile',
      async (state) => {
        appconfig.on(ListDeploymentsCommand).resolves({
          Items: [
            deployment(6, state, {
              ConfigurationProfileId: OTHER_PROFILE,
              PercentageComplete: 40
            }),
            deployment(5, 'COMPLETE')
          ]
        })

        const result = await read()

        expect(result.active).toEqual({
          deploymentNumber: 6,
          state,
          profileId: OTHER_PROFILE,
          percentage: 40
        })
        expect(result.deployed?.deploymentNumber).toBe(5)
      }
    )

    it('the newest in-progress one is reported when there are several', async () => {
      appconfig.on(ListDeploymentsCommand).resolves({
        Items: [deployment(7, 'BAKING'), deployment(6, 'DEPLOYING')]
      })

      expect((await read()).active?.deploymentNumber).toBe(7)
    })

    it.each(['COMPLETE', 'ROLLED_BACK', 'REVERTED'])(
      '%s is not in progress',
      async (state) => {
        appconfig
          .on(ListDeploymentsCommand)
          .resolves({ Items: [deployment(6, state)] })

        expect((await read()).active).toBeUndefined()
      }
    )
  })

  describe('pages', () => {
    // Tokens are recorded as each request is sent: the SDK's paginator reuses one input object,
    // so commandCalls() afterwards would show the last token on every call.
    function paged(pages: DeploymentSummary[][]): (string | undefined)[] {
      const tokens: (string | undefined)[] = []
      appconfig
        .on(ListDeploymentsCommand)
        .callsFake((input: { NextToken?: string }) => {
          tokens.push(input.NextToken)
          const index = input.NextToken ? Number(input.NextToken) : 0
          return {
            Items: pages[index],
            NextToken: index + 1 < pages.length ? String(index + 1) : undefined
          }
        })
      return tokens
    }

    it('reads on while this profile has no COMPLETE deployment yet', async () => {
      const tokens = paged([
        [deployment(9, 'DEPLOYING'), deployment(8, 'ROLLED_BACK')],
        [deployment(7, 'COMPLETE', { ConfigurationProfileId: OTHER_PROFILE })],
        [deployment(6, 'COMPLETE')]
      ])

      const result = await read()

      expect(tokens).toEqual([undefined, '1', '2'])
      expect(result.active?.deploymentNumber).toBe(9)
      expect(result.deployed?.deploymentNumber).toBe(6)
    })

    it('stops at the page that holds the live deployment', async () => {
      const tokens = paged([
        [deployment(9, 'COMPLETE')],
        [deployment(8, 'COMPLETE')]
      ])

      expect((await read()).deployed?.deploymentNumber).toBe(9)
      expect(tokens).toEqual([undefined])
    })
  })

  describe('errors are never swallowed', () => {
    it('a version that is not a number', async () => {
      appconfig.on(ListDeploymentsCommand).resolves({
        Items: [deployment(4, 'COMPLETE', { ConfigurationVersion: 'v1.2' })]
      })

      await expect(read()).rejects.toThrow(
        "Deployment 4 names configuration version 'v1.2', which is not a hosted version number."
      )
      expect(appconfig).toHaveReceivedCommandTimes(
        GetHostedConfigurationVersionCommand,
        0
      )
    })

    it('a failing page fails the read, naming the step (a missed page would make an old version look live)', async () => {
      appconfig
        .on(ListDeploymentsCommand)
        .resolvesOnce({ Items: [deployment(9, 'ROLLED_BACK')], NextToken: 't' })
        .rejects(
          Object.assign(new Error('Rate exceeded'), {
            name: 'ThrottlingException'
          })
        )

      await expect(read()).rejects.toMatchObject({
        name: 'AwsStepError',
        step: "Reading the environment's deployments",
        transient: true
      })
    })
  })
})

describe('VersionReader', () => {
  it('asks AppConfig once per version, however often and however concurrently it is read', async () => {
    const versions = new VersionReader(client, 'app0001', 'prof001')

    const [a, b] = await Promise.all([versions.read(3), versions.read(3)])
    const c = await versions.read(3)
    const other = await versions.read(4)

    expect(a).toEqual({ number: 3, label: 'stored-v3', content: flags(3) })
    expect(b).toBe(a)
    expect(c).toBe(a)
    expect(other.content).toEqual(flags(4))
    const asked = appconfig
      .commandCalls(GetHostedConfigurationVersionCommand)
      .map((call) => call.args[0].input)
    expect(asked).toEqual([
      {
        ApplicationId: 'app0001',
        ConfigurationProfileId: 'prof001',
        VersionNumber: 3
      },
      {
        ApplicationId: 'app0001',
        ConfigurationProfileId: 'prof001',
        VersionNumber: 4
      }
    ])
  })

  it('shares its cache with readDeployments: the live version is not fetched twice', async () => {
    appconfig
      .on(ListDeploymentsCommand)
      .resolves({ Items: [deployment(2, 'COMPLETE')] })
    const versions = new VersionReader(client, 'app0001', 'prof001')

    await read(versions)
    await versions.read(2)

    expect(appconfig).toHaveReceivedCommandTimes(
      GetHostedConfigurationVersionCommand,
      1
    )
  })

  it.each([
    ['text that is not JSON', 'enabled=true'],
    ['no content at all', undefined]
  ])('refuses %s', async (_, text) => {
    appconfig.on(GetHostedConfigurationVersionCommand).resolves({
      Content: text === undefined ? undefined : bytes(text)
    })

    await expect(
      new VersionReader(client, 'app0001', 'prof001').read(5)
    ).rejects.toThrow(
      'Hosted configuration version 5 is not JSON, so it cannot be compared with the bundle; is this really a feature-flag profile?'
    )
  })

  it('an AWS failure names the version and the IAM action', async () => {
    appconfig
      .on(GetHostedConfigurationVersionCommand)
      .rejects(
        Object.assign(new Error('denied'), { name: 'AccessDeniedException' })
      )

    await expect(
      new VersionReader(client, 'app0001', 'prof001').read(5)
    ).rejects.toMatchObject({
      step: 'Reading hosted configuration version 5',
      iamAction: 'appconfig:GetHostedConfigurationVersion'
    })
  })
})
