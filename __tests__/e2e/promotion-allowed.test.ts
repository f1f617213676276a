import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  changedContent,
  IDS,
  startE2E,
  STRATEGIES,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import {
  createProfile,
  deployedElsewhere,
  writes
} from './promotion-helpers.js'

// dist/index.js against the emulator: promote-from lets the content through when the source
// environment runs exactly it, whether the environments share one profile or each has its own.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

describe('promote-from allows', () => {
  it('content the source runs, with one profile shared by the environments', async () => {
    e2e = await startE2E()
    const beta = await deployedElsewhere(e2e, changedContent(10), {
      environmentId: IDS.beta,
      strategyId: STRATEGIES.fast.id
    })
    e2e.emulator.control.clearCalls()
    e2e.writeBundle(changedContent(10))

    const run = await e2e.run({
      'promote-from': 'Beta',
      'deployment-strategy': STRATEGIES.fast.name
    })

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('complete')
    // The version Beta runs is the one deployed: one profile, one version, no new upload.
    expect(run.outputs['configuration-version']).toBe(
      String(beta.versionNumber)
    )
    expect(writes(e2e)).toEqual(['StartDeployment'])
    expect(run.summary).toContain('#### Promotion from Beta')
    expect(run.summary).toContain('It runs exactly this content.')
    expect(run.stdout).not.toContain('::error::')
  })

  it('content the source runs in its own profile (ENVIRONMENT/PROFILE)', async () => {
    e2e = await startE2E()
    const betaProfile = await createProfile(e2e, 'beta-flags')
    const prodProfile = await createProfile(e2e, 'prod-flags')
    // What AppConfig stores differs from the bundle only by its _createdAt/_updatedAt keys.
    await deployedElsewhere(e2e, changedContent(10), {
      environmentId: IDS.beta,
      profileId: betaProfile,
      strategyId: STRATEGIES.fast.id
    })
    e2e.emulator.control.clearCalls()
    e2e.writeBundle(changedContent(10))

    const run = await e2e.run({
      'configuration-profile': 'prod-flags',
      'promote-from': 'Beta/beta-flags',
      'deployment-strategy': STRATEGIES.fast.name
    })

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('complete')
    expect(writes(e2e)).toEqual([
      'CreateHostedConfigurationVersion',
      'StartDeployment'
    ])
    expect(e2e.calls('StartDeployment')[0]!.params.ConfigurationProfileId).toBe(
      prodProfile
    )
    expect(run.summary).toContain('#### Promotion from Beta / beta-flags')
  })
})
