import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  changedContent,
  FLAG,
  IDS,
  seededContent,
  startE2E,
  STRATEGIES,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import {
  createProfile,
  deployedElsewhere,
  settle,
  writes
} from './promotion-helpers.js'

// dist/index.js against the emulator: promote-from refuses before anything is written when the
// source environment does not run exactly this content, or not for long enough, and says why.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

const PROMOTE = {
  'promote-from': 'Beta',
  'deployment-strategy': STRATEGIES.fast.name
}

describe('promote-from refuses', () => {
  it('when the source runs different content, and shows the flag-level difference', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(10))

    const run = await e2e.run(PROMOTE)

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::.*Refusing to promote from Beta: Beta runs version 1 \\(deployment 1\\), which is not this content: 1 flag differs: ${FLAG} \\(attribute bitcoin-discount-percentage: 5 → 10\\)`
      )
    )
    expect(writes(e2e)).toEqual([])
    // The summary shows the difference as a diff, next to the refusal.
    expect(run.summary).toContain('#### Promotion from Beta')
    expect(run.summary).toContain(
      `\`${FLAG}\` · ✏️ **changed**\n\n\`\`\`diff\n- attribute bitcoin-discount-percentage: 5\n+ attribute bitcoin-discount-percentage: 10\n\`\`\``
    )
    // The headline names the environment that does not run it yet.
    expect(run.summary.split('\n')[0]).toContain(
      '**Beta** does not run this content yet'
    )
    expect(run.summary).toMatch(/⛔ `promotion`: Refusing to promote from Beta/)
  })

  it("when the source's deployment of this content was rolled back", async () => {
    e2e = await startE2E()
    // Someone deployed the content to Beta and stopped it half-way: Beta is back on version 1.
    const { deploymentNumber } = await e2e.emulator.control.consoleDeploy({
      applicationId: IDS.application,
      environmentId: IDS.beta,
      profileId: IDS.profile,
      content: changedContent(10),
      strategyId: STRATEGIES.slow.id
    })
    e2e.emulator.control.stopDeployment({
      applicationId: IDS.application,
      environmentId: IDS.beta,
      deploymentNumber
    })
    expect(await settle(e2e, IDS.beta, deploymentNumber)).toBe('ROLLED_BACK')
    e2e.writeBundle(changedContent(10))

    const run = await e2e.run(PROMOTE)

    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::.*Refusing to promote from Beta: its deployment 2 of this content was rolled back\. Beta runs version 1 \(deployment 1\)\. 1 flag differs/
    )
    expect(run.summary).toContain(
      'Its deployment 2 of this content is `ROLLED_BACK`.'
    )
    expect(writes(e2e)).toEqual([])
  })

  it('when the source never ran it (its own profile, never deployed there)', async () => {
    e2e = await startE2E()
    await createProfile(e2e, 'beta-flags')
    e2e.emulator.control.clearCalls()
    e2e.writeBundle(changedContent(10))

    const run = await e2e.run({ ...PROMOTE, 'promote-from': 'Beta/beta-flags' })

    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::.*Refusing to promote from Beta\/beta-flags: Beta\/beta-flags has no completed deployment of this profile, so this content has never run there\. Deploy it to Beta first\./
    )
    expect(run.summary).toContain('#### Promotion from Beta / beta-flags')
    expect(writes(e2e)).toEqual([])
  })

  it('until the content has soaked in the source for soak-minutes, counted from its completion', async () => {
    e2e = await startE2E()
    // Production moves on to other content; Beta still runs version 1, completed two hours
    // before the emulator started (seeded), so version 1 has soaked there for about 120 minutes.
    // (Deployments made during the test complete in emulated time, which runs ahead of the
    // action's clock; the seeded one is stamped against real time.)
    await deployedElsewhere(e2e, changedContent(20), {
      environmentId: IDS.production,
      strategyId: STRATEGIES.fast.id
    })
    e2e.emulator.control.clearCalls()
    e2e.writeBundle(seededContent())

    const early = await e2e.run({ ...PROMOTE, 'soak-minutes': '180' })

    expect(early.outputs.result).toBe('failed')
    expect(early.stdout).toMatch(
      /::error::.*Refusing to promote from Beta: Beta runs version 1 \(deployment 1\), completed (1 h 5\d min|2 h) ago; soak-minutes requires 3 h, so (59|60|61) minutes are left to soak\./
    )
    expect(writes(e2e)).toEqual([])

    const soaked = await e2e.run({ ...PROMOTE, 'soak-minutes': '60' })

    expect(soaked.stderr).toBe('')
    expect(soaked.outputs.result).toBe('complete')
    expect(soaked.summary).toMatch(/passed: .*`promotion`/)
    expect(soaked.summary).toContain(
      'It runs exactly this content; `soak-minutes` asks for 1h since completion.'
    )
  })

  it('only warns in plan mode', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(10))

    const run = await e2e.run({ ...PROMOTE, mode: 'plan' })

    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('planned')
    expect(run.stdout).toMatch(
      /::warning::A deploy now would refuse to promote from Beta: Beta runs version 1/
    )
    expect(run.outputs['plan-markdown']).toContain('#### Promotion from Beta')
    expect(writes(e2e)).toEqual([])
  })
})
