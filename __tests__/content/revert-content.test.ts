import { beforeEach, describe, expect, it } from '@jest/globals'
import { GetHostedConfigurationVersionCommand } from '@aws-sdk/client-appconfig'
import 'aws-sdk-client-mock-jest'
import type {
  DeploymentHistory,
  PastDeployment
} from '../../src/appconfig/read-history.js'
import { revertChoice } from '../../src/content/revert-content.js'
import {
  appconfig,
  flags,
  recorder,
  seed,
  targetWith,
  versionsReader
} from '../mock-world.js'

// A revert's content choice: the earlier hosted version, as it is, while what runs is still the
// deployment being reverted; a refusal naming what moved when it is not.

const past = (deploymentNumber: number, version: number): PastDeployment => ({
  deploymentNumber,
  state: 'COMPLETE',
  profileId: 'prof001',
  version,
  label: `v${version}`,
  percentage: 100,
  completedAt: undefined
})
const reverted = past(2, 2)
const earlier = past(1, 1) as PastDeployment & { version: number }
const historyWith = (live: PastDeployment | undefined): DeploymentHistory => ({
  active: undefined,
  latestNumber: live?.deploymentNumber,
  live,
  previous: undefined,
  base: undefined,
  recognisedBy: undefined,
  scanned: 0,
  limitReached: false,
  seenVersions: [],
  newest: live
})

function choice(reason?: string) {
  return revertChoice(
    targetWith(),
    { reverted, earlier },
    { context: recorder().deps.context, reason }
  )
}

beforeEach(() =>
  seed({ contents: { 1: flags(false), 2: flags(true) }, lists: [[]] })
)

describe('revertChoice', () => {
  it('gives the earlier version as it is while the reverted deployment is still live', async () => {
    const c = choice()
    expect(c).toMatchObject({ source: 'revert', needsPrevious: true })

    const chosen = await c.choose(
      { history: historyWith(reverted), deployed: undefined },
      versionsReader()
    )

    expect(chosen.failure).toBeUndefined()
    expect(chosen.content).toEqual({
      source: 'revert',
      value: flags(false),
      text: JSON.stringify(flags(false)),
      version: { number: 1, label: 'v1' },
      description:
        'Revert of deployment 2 by AppConfig Guarded Rollout for oncall-ana (https://github.com/octo/shop/actions/runs/7)'
    })
    expect(appconfig).toHaveReceivedCommandWith(
      GetHostedConfigurationVersionCommand,
      { VersionNumber: 1 }
    )
  })

  it('uses the description input as the deployment description', async () => {
    const chosen = await choice('bad release').choose(
      { history: historyWith(reverted), deployed: undefined },
      versionsReader()
    )
    expect(chosen.content?.description).toBe('bad release')
  })

  it('refuses when a newer deployment completed since the revert was planned', async () => {
    const chosen = await choice().choose(
      { history: historyWith(past(3, 5)), deployed: undefined },
      versionsReader()
    )
    expect(chosen.failure).toEqual({
      kind: 'guard',
      message:
        'What to revert has changed: deployment 3 (version 5) completed in Production since the revert was planned. Nothing was deployed; look at what runs now, then run the revert again if it is still wanted.'
    })
    expect(appconfig).not.toHaveReceivedCommand(
      GetHostedConfigurationVersionCommand
    )
  })

  it('refuses when what runs is no longer the reverted deployment for another reason', async () => {
    const gone = await choice().choose(
      { history: historyWith(undefined), deployed: undefined },
      versionsReader()
    )
    expect(gone.failure?.message).toMatch(
      /Production now runs no completed deployment, not deployment 2 as when the revert was planned/
    )
    const older = await choice().choose(
      { history: historyWith(past(1, 1)), deployed: undefined },
      versionsReader()
    )
    expect(older.failure?.message).toMatch(
      /Production now runs deployment 1 \(version 1\), not deployment 2/
    )
  })
})
