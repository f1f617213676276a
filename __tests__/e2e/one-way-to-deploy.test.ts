import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  awsEnv,
  changedContent,
  DEFAULT_INPUTS,
  FLAG,
  IDS,
  jsonArray,
  seededContent,
  startE2E,
  STRATEGIES,
  type E2E,
  type FlagsDocument
} from '../../__fixtures__/rollout-e2e.js'
import { spawnAction } from '../../__fixtures__/spawn-action.js'

// Issue #20, "one way to deploy": every deployment the action starts (bundle, kill switch,
// revert) takes the same planner and start path, so a replan after a wait or a 409 never
// changes what was approved or asked for without saying so. Each test failed on the code
// before the change: the 409 under expected-plan deployed over the console change, the kill
// switch computed before a wait undid what it waited for, the revert's new deployment sent no
// lock and had no lost-answer recognition.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

const FAST = { 'deployment-strategy': STRATEGIES.fast.name }

/** Runs the action without a bundle (set-flags, revert), as the on-call person would. */
function incident(inputs: Record<string, string>) {
  const rest = Object.fromEntries(
    Object.entries(DEFAULT_INPUTS).filter(([name]) => name !== 'bundle')
  )
  return spawnAction(
    { ...rest, ...FAST, ...inputs },
    {
      workspace: e2e!.workspace,
      env: { ...awsEnv(e2e!.emulator.endpoint), GITHUB_ACTOR: 'oncall-ana' }
    }
  ).finished
}

/** What Production serves now: the content of its newest COMPLETE deployment. */
async function served(): Promise<FlagsDocument> {
  const deployed = e2e!.emulator.control.deployedConfiguration(
    IDS.application,
    IDS.production,
    IDS.profile
  )
  const { GetHostedConfigurationVersionCommand } =
    await import('@aws-sdk/client-appconfig')
  const out = await e2e!.appconfig.send(
    new GetHostedConfigurationVersionCommand({
      ApplicationId: IDS.application,
      ConfigurationProfileId: IDS.profile,
      VersionNumber: Number(deployed?.configurationVersion)
    })
  )
  return JSON.parse(new TextDecoder().decode(out.Content)) as FlagsDocument
}

/** The seeded content with another flag added by someone in the console. */
function consoleFix(): FlagsDocument {
  const content = seededContent()
  content.flags['maintenance-banner'] = { name: 'Maintenance banner' }
  content.values['maintenance-banner'] = { enabled: true }
  return content
}

describe('expected-plan holds through a replan', () => {
  it('a console change completes just before the approved start: the 409 replan refuses, naming what moved; nothing is started twice', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(10))
    const plan = await e2e.run({ ...FAST, mode: 'plan' })
    const planId = plan.outputs['plan-id']!
    expect(plan.outputs.result).toBe('planned')

    const control = e2e.emulator.control
    let fixVersion = 0
    control.beforeCall({
      operation: 'StartDeployment',
      label: 'console change',
      run: async () => {
        const done = await e2e!.consoleDeploy(consoleFix(), {
          description: 'console change'
        })
        fixVersion = done.versionNumber
        control.advance(5 * 60_000)
      }
    })

    const deploy = await e2e.run({ ...FAST, 'expected-plan': planId })

    expect(deploy.outputs.result).toBe('failed')
    expect(deploy.code).toBe(1)
    expect(deploy.stdout).toMatch(
      /::error::.*What the approved plan .* saw has changed: deployment 3 \(version \d+.*console change.*\) completed in Production since the plan/
    )
    const starts = e2e.calls('StartDeployment')
    expect(starts).toHaveLength(1)
    expect(starts[0]!.errorCode).toBe('ConflictException')
    // The console change is what Production serves; the summary says a version was written.
    expect(
      control.deployedConfiguration(
        IDS.application,
        IDS.production,
        IDS.profile
      )?.configurationVersion
    ).toBe(String(fixVersion))
    expect((await served()).values['maintenance-banner']).toEqual({
      enabled: true
    })
    expect(deploy.outputs['deployment-number']).toBe('')
  })
})

describe('a kill switch after a wait', () => {
  it('is applied to what runs once the other deployment has completed: that deployment’s changes stay', async () => {
    e2e = await startE2E()
    // Another deployment (discount 5 → 7) is rolling out when the kill switch runs.
    await e2e.consoleDeploy(changedContent(7), {
      strategyId: IDS.canary,
      description: 'discount to 7'
    })
    const run = await incident({
      'set-flags': `${FLAG}=off`,
      description: 'bitcoin payments failing'
    })

    expect(run.outputs.result).toBe('complete')
    expect(run.code).toBe(0)
    const now = await served()
    expect(now.values[FLAG]!.enabled).toBe(false)
    // The other deployment's value is kept, not reverted to what ran when the run started.
    expect(now.values[FLAG]!['bitcoin-discount-percentage']).toBe(7)
    expect(jsonArray(run.outputs['flags-changed'])).toEqual([FLAG])
    expect(run.stdout).toMatch(/Deployment 2 ended: COMPLETE/)
  })

  it('when the other deployment changed the flag the lines set, the lines win and the summary says so', async () => {
    e2e = await startE2E()
    const turnedOff = seededContent()
    turnedOff.values[FLAG]!.enabled = false
    turnedOff.values[FLAG]!['bitcoin-discount-percentage'] = 3
    await e2e.consoleDeploy(turnedOff, {
      strategyId: IDS.canary,
      description: 'someone else'
    })
    const run = await incident({ 'set-flags': `${FLAG}=on` })

    expect(run.outputs.result).toBe('complete')
    const now = await served()
    expect(now.values[FLAG]!.enabled).toBe(true)
    expect(now.values[FLAG]!['bitcoin-discount-percentage']).toBe(3)
    expect(run.summary).toMatch(
      /set-flags applied to deployment 2.*allow-bitcoin-at-checkout.*the lines win/s
    )
  })
})

describe('a revert’s new deployment takes the start path', () => {
  /** Version 2 deployed over version 1, completed 73 hours ago: outside AppConfig's window. */
  async function oldDeployment(): Promise<void> {
    await e2e!.consoleDeploy(changedContent(10))
    e2e!.emulator.control.advance(15 * 60_000)
    e2e!.emulator.control.advance(73 * 3_600_000)
    e2e!.emulator.control.clearCalls()
  }

  it('starts with the LatestDeploymentNumber lock, and a lost answer is recognised, never sent twice', async () => {
    e2e = await startE2E()
    await oldDeployment()
    e2e.emulator.control.injectFault({
      operation: 'StartDeployment',
      kind: 'error500AfterApply'
    })

    const run = await incident({ mode: 'revert' })

    const starts = e2e.calls('StartDeployment')
    expect(String(starts[0]!.params.LatestDeploymentNumber)).toBe('2')
    expect(starts.filter((c) => c.applied)).toHaveLength(1)
    expect(run.stdout).toMatch(
      /StartDeployment's answer was lost .*deployment 3 is this run's/
    )
    expect(run.outputs.result).toBe('reverted')
    expect(run.outputs['deployment-number']).toBe('3')
    expect(
      e2e.emulator.control.deployment(IDS.application, IDS.production, 4)
    ).toBeUndefined()
    expect(
      e2e.emulator.control.deployedConfiguration(
        IDS.application,
        IDS.production,
        IDS.profile
      )?.configurationVersion
    ).toBe('1')
  })

  it('a newer deployment completes just before the start: refused, with the advice to run it again', async () => {
    e2e = await startE2E()
    await oldDeployment()
    const control = e2e.emulator.control
    control.beforeCall({
      operation: 'StartDeployment',
      run: async () => {
        await e2e!.consoleDeploy(consoleFix(), { description: 'newer' })
        control.advance(5 * 60_000)
      }
    })

    const run = await incident({ mode: 'revert' })

    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::.*deployment 3 .*completed in Production since the revert was planned.*run the revert again/i
    )
    expect(e2e.calls('StartDeployment').filter((c) => c.applied)).toHaveLength(
      0
    )
    expect((await served()).values['maintenance-banner']).toEqual({
      enabled: true
    })
  })
})
