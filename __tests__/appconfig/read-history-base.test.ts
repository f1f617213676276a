import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  AppConfigClient,
  type DeploymentSummary,
  GetDeploymentCommand,
  GetHostedConfigurationVersionCommand,
  type GetHostedConfigurationVersionCommandOutput,
  ListDeploymentsCommand,
  ListTagsForResourceCommand
} from '@aws-sdk/client-appconfig'
import { mockClient } from 'aws-sdk-client-mock'
import 'aws-sdk-client-mock-jest'
import {
  MAX_BASE_CANDIDATES,
  readHistory,
  type PastDeployment
} from '../../src/appconfig/read-history.js'
import { VersionReader } from '../../src/appconfig/version-reader.js'
import { resolveAccount } from '../../src/appconfig/resolve-account.js'

// The drift base (issue #13): the newest COMPLETE (or since REVERTED) deployment this action
// started from a bundle or a version, recognised by its source tag on the deployment ARN.

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
const ACCOUNT = {
  partition: 'aws',
  region: 'eu-west-1',
  account: '111122223333'
}
const arn = (n: number) =>
  `arn:aws:appconfig:eu-west-1:111122223333:application/app0001/environment/env0001/deployment/${n}`

const bytes = (text: string) =>
  new TextEncoder().encode(
    text
  ) as unknown as GetHostedConfigurationVersionCommandOutput['Content']

function deployment(
  number: number,
  state: string,
  profile = SCOPE.profileId
): DeploymentSummary {
  return {
    DeploymentNumber: number,
    State: state as DeploymentSummary['State'],
    ConfigurationProfileId: profile,
    ConfigurationVersion: String(number)
  }
}

/** Deployments newest first; `sources` maps a deployment number to its source tag. */
function seed(
  items: DeploymentSummary[],
  sources: Record<number, string> = {}
): void {
  appconfig.on(ListDeploymentsCommand).resolves({ Items: items })
  // A description a person wrote: the tags decide.
  appconfig.on(GetDeploymentCommand).resolves({ Description: 'release 7' })
  appconfig
    .on(ListTagsForResourceCommand)
    .callsFake((input: { ResourceArn: string }) => {
      const n = Number(input.ResourceArn.split('/').pop())
      return {
        Tags:
          sources[n] === undefined
            ? { team: 'pay' }
            : { team: 'pay', 'appconfig-guarded-rollout:source': sources[n] }
      }
    })
  appconfig
    .on(GetHostedConfigurationVersionCommand)
    .callsFake((input: { VersionNumber?: number }) => ({
      Content: bytes(JSON.stringify({ version: '1', n: input.VersionNumber })),
      VersionLabel: `v${input.VersionNumber}`
    }))
}

/** `null`: no account, the description fallback (a default parameter would swallow undefined). */
const find = async (account: typeof ACCOUNT | null = ACCOUNT) => {
  const versions = new VersionReader(client, 'app0001', 'prof001')
  const history = await readHistory(client, SCOPE, {
    base: { account: account ?? undefined }
  })
  // The planner reads each deployment's content through the version reader (planner.ts).
  const withContent = async (deployment: PastDeployment | undefined) => {
    if (deployment?.version === undefined) return undefined
    const stored = await versions.read(deployment.version)
    return {
      ...deployment,
      label: deployment.label ?? stored.label,
      content: stored.content
    }
  }
  return {
    ...history,
    live: await withContent(history.live),
    base: await withContent(history.base)
  }
}

beforeEach(() => {
  appconfig.reset()
})

describe('readHistory: the drift base, in the same walk', () => {
  it('takes the newest bundle or version deployment, skipping set-flags, revert and console ones', async () => {
    seed(
      [
        deployment(9, 'COMPLETE'), // a console change: live
        deployment(8, 'COMPLETE'), // the action's set-flags kill switch
        deployment(7, 'ROLLED_BACK'), // never completed
        deployment(6, 'COMPLETE', 'prof002'), // another profile
        deployment(5, 'COMPLETE'), // the action's bundle: the base
        deployment(4, 'COMPLETE')
      ],
      { 8: 'set-flags', 7: 'bundle', 6: 'bundle', 5: 'bundle', 4: 'bundle' }
    )
    const history = await find()
    expect(history.live).toMatchObject({
      deploymentNumber: 9,
      version: 9,
      content: { n: 9 }
    })
    expect(history.base).toMatchObject({
      deploymentNumber: 5,
      version: 5,
      state: 'COMPLETE',
      label: 'v5',
      content: { n: 5 }
    })
    expect(history.recognisedBy).toBe('tags')
    // Tags are read for the candidates only, newest first, and not past the base.
    expect(
      appconfig
        .commandCalls(ListTagsForResourceCommand)
        .map((c) => c.args[0].input.ResourceArn)
    ).toEqual([arn(9), arn(8), arn(5)])
  })

  it('a reverted deployment of the action is still the base (what it deployed was undone out of band)', async () => {
    seed([deployment(3, 'REVERTED'), deployment(2, 'COMPLETE')], {
      3: 'version'
    })
    const history = await find()
    expect(history.live?.deploymentNumber).toBe(2)
    expect(history.base).toMatchObject({
      deploymentNumber: 3,
      state: 'REVERTED'
    })
  })

  it('no deployment of the action: no base', async () => {
    seed([deployment(2, 'COMPLETE'), deployment(1, 'COMPLETE')], {
      2: 'revert'
    })
    const history = await find()
    expect(history.base).toBeUndefined()
    expect(history.live?.deploymentNumber).toBe(2)
    expect(history.limitReached).toBe(false)
  })

  it(`gives up after ${MAX_BASE_CANDIDATES} completed deployments and says so`, async () => {
    const items = Array.from({ length: MAX_BASE_CANDIDATES + 5 }, (_, i) =>
      deployment(MAX_BASE_CANDIDATES + 5 - i, 'COMPLETE')
    )
    seed(items, { 1: 'bundle' })
    const history = await find()
    expect(history.base).toBeUndefined()
    expect(history.limitReached).toBe(true)
    expect(appconfig).toHaveReceivedCommandTimes(
      ListTagsForResourceCommand,
      MAX_BASE_CANDIDATES
    )
  })

  it('without an account, recognises the action by the description it writes by default', async () => {
    seed([deployment(3, 'COMPLETE'), deployment(2, 'COMPLETE')])
    appconfig
      .on(GetDeploymentCommand, { DeploymentNumber: 3 })
      .resolves({ Description: 'Quick fix' })
      .on(GetDeploymentCommand, { DeploymentNumber: 2 })
      .resolves({
        Description: 'Deployed by AppConfig Guarded Rollout from octo/shop@abc'
      })
    const history = await find(null)
    expect(history.recognisedBy).toBe('description')
    expect(history.base?.deploymentNumber).toBe(2)
    expect(appconfig).not.toHaveReceivedCommand(ListTagsForResourceCommand)
  })
})

describe('resolveAccount', () => {
  it('takes the account from an alarm monitor ARN when the credentials do not carry one', async () => {
    expect(
      await resolveAccount(client, 'eu-west-1', [
        'arn:aws:cloudwatch:eu-west-1:444455556666:alarm:checkout-5xx'
      ])
    ).toEqual({
      partition: 'aws',
      region: 'eu-west-1',
      account: '444455556666',
      origin: 'alarm-monitor'
    })
    expect(await resolveAccount(client, 'eu-west-1', [])).toBeUndefined()
  })

  it('prefers the account the credentials carry (AWS_ACCOUNT_ID, SSO, web identity)', async () => {
    const withAccount = new AppConfigClient({
      region: 'cn-north-1',
      credentials: {
        accessKeyId: 'x',
        secretAccessKey: 'x',
        accountId: '777788889999'
      }
    })
    expect(await resolveAccount(withAccount, 'cn-north-1', [])).toMatchObject({
      partition: 'aws-cn',
      account: '777788889999',
      origin: 'credentials'
    })
  })
})
