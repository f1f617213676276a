import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  type DeploymentSummary,
  GetDeploymentCommand,
  ListDeploymentsCommand,
  ListTagsForResourceCommand
} from '@aws-sdk/client-appconfig'
import 'aws-sdk-client-mock-jest'
import {
  DESCRIPTION_PREFIX,
  MAX_BASE_CANDIDATES,
  readHistory
} from '../../src/appconfig/read-history.js'
import { appconfig, clients, summary } from '../mock-world.js'

// One walk of an environment's deployments: what is in progress, the newest number, what runs,
// the deployment before it and the drift base, read newest first and no further than needed.

const scope = {
  applicationId: 'app0001',
  environmentId: 'env0001',
  profileId: 'prof001'
}
const account = {
  partition: 'aws',
  region: 'us-east-1',
  account: '123456789012'
}

/** ListDeployments answering `pages` in turn, each with a NextToken but the last. */
function pages(...items: DeploymentSummary[][]) {
  appconfig
    .on(ListDeploymentsCommand)
    .callsFake((input: { NextToken?: string }) => {
      const n = input.NextToken === undefined ? 0 : Number(input.NextToken)
      return {
        Items: items[n],
        NextToken: n + 1 < items.length ? String(n + 1) : undefined
      }
    })
}

/** Deployments with a description a person wrote, so the tags decide; these carry the action's. */
const tagged = (...numbers: number[]) => {
  appconfig.on(GetDeploymentCommand).resolves({ Description: 'release 7' })
  appconfig
    .on(ListTagsForResourceCommand)
    .callsFake((input: { ResourceArn?: string }) => ({
      Tags: numbers.some((n) => input.ResourceArn?.endsWith(`/deployment/${n}`))
        ? { 'appconfig-guarded-rollout:source': 'bundle' }
        : {}
    }))
}

beforeEach(() => {
  appconfig.reset()
})

describe('readHistory', () => {
  it('reads what is in progress (any profile), the newest number and what runs, skipping rollbacks', async () => {
    pages([
      summary(5, 'DEPLOYING', 9, { ConfigurationProfileId: 'other' }),
      summary(4, 'ROLLED_BACK', 4),
      summary(3, 'COMPLETE', 3, { VersionLabel: 'v3' })
    ])

    const history = await readHistory(clients.appconfig, scope)

    expect(history.active).toMatchObject({
      deploymentNumber: 5,
      profileId: 'other'
    })
    expect(history.latestNumber).toBe(5)
    expect(history.live).toMatchObject({
      deploymentNumber: 3,
      version: 3,
      label: 'v3'
    })
    // The profile's newest deployment (another profile's aside) is the rolled-back one.
    expect(history.newest).toMatchObject({
      deploymentNumber: 4,
      state: 'ROLLED_BACK'
    })
    expect(history.seenVersions).toEqual([
      { number: 4, label: undefined },
      { number: 3, label: 'v3' }
    ])
    expect(history.previous).toBeUndefined()
    expect(history.base).toBeUndefined()
    expect(history.recognisedBy).toBeUndefined()
  })

  it('stops paging as soon as it knows what runs', async () => {
    pages(
      [summary(3, 'COMPLETE', 3)],
      [summary(2, 'COMPLETE', 2)],
      [summary(1, 'COMPLETE', 1)]
    )

    await readHistory(clients.appconfig, scope)
    expect(appconfig).toHaveReceivedCommandTimes(ListDeploymentsCommand, 1)

    appconfig.resetHistory()
    const history = await readHistory(clients.appconfig, scope, {
      previous: true
    })
    expect(appconfig).toHaveReceivedCommandTimes(ListDeploymentsCommand, 2)
    expect(history.previous?.deploymentNumber).toBe(2)
  })

  it('reads on to the completed deployment before the live one (previous)', async () => {
    pages([
      summary(4, 'COMPLETE', 4),
      summary(3, 'REVERTED', 3),
      summary(2, 'COMPLETE', 2, { ConfigurationProfileId: 'other' }),
      summary(1, 'COMPLETE', 1)
    ])

    const history = await readHistory(clients.appconfig, scope, {
      previous: true
    })

    expect(history.live?.deploymentNumber).toBe(4)
    expect(history.previous?.deploymentNumber).toBe(1)
  })

  it("finds the drift base by the action's source tag, a reverted one included", async () => {
    pages([
      summary(4, 'COMPLETE', 4),
      summary(3, 'REVERTED', 3),
      summary(2, 'COMPLETE', 2)
    ])
    tagged(3, 2)

    const history = await readHistory(clients.appconfig, scope, {
      base: { account }
    })

    expect(history.base).toMatchObject({
      deploymentNumber: 3,
      state: 'REVERTED'
    })
    expect(history.recognisedBy).toBe('tags')
    expect(history.scanned).toBe(2)
    expect(history.limitReached).toBe(false)
    expect(appconfig).toHaveReceivedCommandWith(ListTagsForResourceCommand, {
      ResourceArn:
        'arn:aws:appconfig:us-east-1:123456789012:application/app0001/environment/env0001/deployment/4'
    })
    // Found at deployment 3: deployment 2 is never looked at.
    expect(appconfig).toHaveReceivedCommandTimes(ListTagsForResourceCommand, 2)
  })

  it("takes the default description as the action's mark with an account too, reading no tag (List* is scarce)", async () => {
    pages([summary(3, 'COMPLETE', 3), summary(2, 'COMPLETE', 2)])
    tagged(2)
    appconfig
      .on(GetDeploymentCommand, { DeploymentNumber: 2 })
      .resolves({ Description: `${DESCRIPTION_PREFIX} from octo/shop` })

    const history = await readHistory(clients.appconfig, scope, {
      base: { account }
    })

    expect(history.base?.deploymentNumber).toBe(2)
    // Deployment 3's description is a person's: its tag decides (none: not the action's).
    expect(appconfig).toHaveReceivedCommandTimes(ListTagsForResourceCommand, 1)
    expect(appconfig).toHaveReceivedCommandWith(ListTagsForResourceCommand, {
      ResourceArn:
        'arn:aws:appconfig:us-east-1:123456789012:application/app0001/environment/env0001/deployment/3'
    })
  })

  it('finds the drift base by the default description without an account', async () => {
    pages([summary(2, 'COMPLETE', 2), summary(1, 'COMPLETE', 1)])
    appconfig
      .on(GetDeploymentCommand)
      .callsFake((input: { DeploymentNumber?: number }) => ({
        DeploymentNumber: input.DeploymentNumber,
        Description:
          input.DeploymentNumber === 1
            ? `${DESCRIPTION_PREFIX} from octo/shop`
            : 'by hand'
      }))

    const history = await readHistory(clients.appconfig, scope, {
      base: { account: undefined }
    })

    expect(history.base?.deploymentNumber).toBe(1)
    expect(history.recognisedBy).toBe('description')
    expect(appconfig).not.toHaveReceivedCommand(ListTagsForResourceCommand)
  })

  it(`gives up on the base after ${MAX_BASE_CANDIDATES} candidates`, async () => {
    const many = Array.from({ length: MAX_BASE_CANDIDATES + 5 }, (_, i) =>
      summary(100 - i, 'COMPLETE', 100 - i)
    )
    pages(many.slice(0, 10), many.slice(10))
    tagged()

    const history = await readHistory(clients.appconfig, scope, {
      base: { account }
    })

    expect(history.base).toBeUndefined()
    expect(history.scanned).toBe(MAX_BASE_CANDIDATES)
    expect(history.limitReached).toBe(true)
    expect(appconfig).toHaveReceivedCommandTimes(
      ListTagsForResourceCommand,
      MAX_BASE_CANDIDATES
    )
  })

  it('refuses a live deployment whose version is not a hosted version number', async () => {
    pages([summary(2, 'COMPLETE', 'arn:aws:s3:::bucket/flags.json')])

    await expect(readHistory(clients.appconfig, scope)).rejects.toThrow(
      "Deployment 2 names configuration version 'arn:aws:s3:::bucket/flags.json', which is not a hosted version number."
    )
  })

  it('says nothing runs when the profile has no completed deployment', async () => {
    pages([])
    const history = await readHistory(clients.appconfig, scope)
    expect(history).toMatchObject({
      active: undefined,
      latestNumber: undefined,
      live: undefined
    })
  })

  it('never swallows an error of the walk', async () => {
    appconfig
      .on(ListDeploymentsCommand)
      .rejects(
        Object.assign(new Error('denied'), { name: 'AccessDeniedException' })
      )
    await expect(readHistory(clients.appconfig, scope)).rejects.toThrow(
      /denied/
    )
  })
})
