import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  changedContent,
  IDS,
  seededContent,
  startE2E,
  STRATEGIES,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'

// Issue #12, item 2: every start follows a fresh plan. Another writer acts between the
// action's plan and its StartDeployment (the emulator's beforeCall runs their change first).
// AppConfig must refuse a start from the stale plan (LatestDeploymentNumber), and the action
// must plan again (diff and guards) before any new start. The old code sent no lock, and after
// a 409 waited and started again without planning.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

/** A person's fix: the deployed flags plus a kill switch the action's bundle does not have. */
function hotfix() {
  const content = seededContent()
  content.flags['kill-switch'] = { name: 'Kill switch' }
  content.values['kill-switch'] = { enabled: true }
  return content
}

describe('another writer between the plan and the start', () => {
  it('a hotfix completed just before the start: the lock refuses it, the new plan refuses to remove the hotfix flag', async () => {
    e2e = await startE2E()
    const control = e2e.emulator.control
    let hotfixVersion = 0
    control.beforeCall({
      operation: 'StartDeployment',
      label: 'hotfix',
      run: async () => {
        const done = await e2e!.consoleDeploy(hotfix(), {
          strategyId: STRATEGIES.fast.id,
          description: 'hotfix from the console'
        })
        hotfixVersion = done.versionNumber
        control.advance(5 * 60_000) // it completes before the action's start is served
      }
    })
    e2e.writeBundle(changedContent())

    const run = await e2e.run()

    const starts = e2e.calls('StartDeployment')
    expect(starts).toHaveLength(1)
    expect(String(starts[0]!.params.LatestDeploymentNumber)).toBe('1')
    expect(starts[0]!.errorCode).toBe('ConflictException')
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::.*Refusing to remove 1 flag.*kill-switch/
    )
    expect(
      control.deployment(IDS.application, IDS.production, 3)
    ).toBeUndefined()
    // The hotfix is still what Production serves.
    expect(
      control.deployedConfiguration(
        IDS.application,
        IDS.production,
        IDS.profile
      )?.configurationVersion
    ).toBe(String(hotfixVersion))
  })

  it('someone deploys the same change just before the start: after waiting, the new plan is unchanged', async () => {
    e2e = await startE2E()
    const control = e2e.emulator.control
    control.beforeCall({
      operation: 'StartDeployment',
      run: async () => {
        await e2e!.consoleDeploy(changedContent(), {
          strategyId: IDS.canary,
          description: 'the same change, by hand'
        })
      }
    })
    e2e.writeBundle(changedContent())

    const run = await e2e.run()

    expect(run.outputs.result).toBe('unchanged')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Deployment 2 ended: COMPLETE/)
    expect(e2e.calls('StartDeployment')).toHaveLength(1)
    expect(
      control.deployment(IDS.application, IDS.production, 3)
    ).toBeUndefined()
  })

  it('two copies of the action started together with the same bundle make one deployment', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())
    // The first start is served only once both copies have planned (read the deployments):
    // both plans saw deployment 1, as when two jobs start at the same moment.
    e2e.emulator.control.beforeCall({
      operation: 'StartDeployment',
      label: 'both planned',
      run: async () => {
        const deadline = Date.now() + 10_000
        while (
          e2e!.calls('ListDeployments').length < 2 &&
          Date.now() < deadline
        )
          await new Promise((resolve) => setTimeout(resolve, 10))
      }
    })

    const [a, b] = await Promise.all([e2e.run(), e2e.run()])

    const control = e2e.emulator.control
    expect(control.deployment(IDS.application, IDS.production, 2)?.state).toBe(
      'COMPLETE'
    )
    expect(
      control.deployment(IDS.application, IDS.production, 3)
    ).toBeUndefined()
    expect([a.outputs.result, b.outputs.result].sort()).toEqual([
      'complete',
      'unchanged'
    ])
    expect([a.code, b.code]).toEqual([0, 0])
    // Each StartDeployment carried the lock of its plan; only one was served.
    const starts = e2e.calls('StartDeployment')
    expect(starts.filter((c) => c.applied)).toHaveLength(1)
  })
})
