import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  changedContent,
  startE2E,
  STRATEGIES,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import {
  consoleChange,
  keepSummary,
  liveDiscount,
  writesOf
} from '../../__fixtures__/pinned-e2e.js'

// Issue #13, pinned plans: dist/index.js in plan mode outputs a plan-id; a deploy given it as
// expected-plan ships exactly that plan, or refuses before writing when anything moved.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

const FAST = { 'deployment-strategy': STRATEGIES.fast.name }
const PLAN_ID = /^v1\.[0-9a-f]{12}\.[0-9a-f]{8}\.\d+\.\d+\.\d+$/

describe('pinned plan', () => {
  it('plan, then deploy with its plan-id: deploys, tagged as a bundle deployment', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(10))

    const plan = await e2e.run({ ...FAST, mode: 'plan' })
    expect(plan.outputs.result).toBe('planned')
    const planId = plan.outputs['plan-id']!
    expect(planId).toMatch(PLAN_ID)
    // The approver sees the id in the summary and in the plan comment.
    expect(plan.summary).toContain(planId)
    expect(plan.outputs['plan-markdown']).toContain(planId)

    const deploy = await e2e.run({ ...FAST, 'expected-plan': planId })
    expect(deploy.outputs.result).toBe('complete')
    expect(deploy.code).toBe(0)
    // The same facts give the same id: the deploy's own plan is the approved one.
    expect(deploy.outputs['plan-id']).toBe(planId)
    expect(await liveDiscount(e2e)).toBe(10)
    const started = e2e.calls('StartDeployment')
    expect(started).toHaveLength(1)
    expect(started[0]!.params.Tags).toEqual({
      'appconfig-guarded-rollout:source': 'bundle'
    })
  })

  it('deploy with a plan-id: the write goes on top of the newest version the plan listed, with no second listing', async () => {
    e2e = await startE2E()
    // A version written by hand (never deployed here): newer than any the deployments name.
    expect(await e2e.createVersion(changedContent(30), 1, 'by-hand')).toBe(2)
    e2e.writeBundle(changedContent(10))
    const plan = await e2e.run({ ...FAST, mode: 'plan' })
    e2e.emulator.control.clearCalls()

    const deploy = await e2e.run({
      ...FAST,
      'expected-plan': plan.outputs['plan-id']!
    })

    expect(deploy.outputs.result).toBe('complete')
    // The plan-id's own listing (pin-plan.ts) is the only one; no write is refused.
    expect(e2e.calls('ListHostedConfigurationVersions')).toHaveLength(1)
    const creates = e2e.calls('CreateHostedConfigurationVersion')
    expect(
      creates.map((c) => [c.status, String(c.params.LatestVersionNumber)])
    ).toEqual([[201, '2']])
    expect(deploy.outputs['configuration-version']).toBe('3')
  })

  it('plan, then a console deploy, then deploy with the plan-id: refused, nothing written', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(10))
    const plan = await e2e.run({ ...FAST, mode: 'plan' })
    const planId = plan.outputs['plan-id']!
    expect(planId).toMatch(PLAN_ID)

    // Someone fixes something in the console between the approval and the deploy.
    const quickFix = changedContent(30)
    const console = await consoleChange(
      e2e,
      quickFix,
      'Quick fix by alice in the console'
    )
    e2e.emulator.control.clearCalls()

    const deploy = await e2e.run({ ...FAST, 'expected-plan': planId })

    keepSummary('pinned-refused', deploy.summary)
    expect(deploy.code).toBe(1)
    expect(deploy.outputs.result).toBe('failed')
    expect(writesOf(e2e)).toEqual([])
    expect(deploy.outputs['deployment-number']).toBe('')
    expect(deploy.outputs['plan-id']).not.toBe(planId)
    // The summary escapes markdown (parentheses, quotes); read it as text.
    const said = deploy.summary.replace(/\\/g, '')
    expect(said).toContain(
      `deployment ${console.deploymentNumber} (version ${console.versionNumber}`
    )
    expect(said).toContain('Quick fix by alice in the console')
    expect(said).toContain('completed in Production since the plan')
    expect(said).toContain(
      `hosted version ${console.versionNumber} was created since the plan`
    )
    expect(deploy.stdout).toMatch(/::error::.*approved plan/)
    // What runs is still the console's fix.
    expect(await liveDiscount(e2e)).toBe(30)
  })

  it('refuses a plan-id made for another environment, and one it did not write', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(10))
    const beta = await e2e.run({
      ...FAST,
      mode: 'plan',
      environment: 'Beta'
    })
    const planId = beta.outputs['plan-id']!
    expect(planId).toMatch(PLAN_ID)

    const other = await e2e.run({ ...FAST, 'expected-plan': planId })
    expect(other.outputs.result).toBe('failed')
    expect(other.summary).toContain(
      'the plan was made for another application, environment or configuration profile'
    )
    const garbage = await e2e.run({ ...FAST, 'expected-plan': 'approved' })
    expect(garbage.outputs.result).toBe('failed')
    expect(garbage.summary).toContain('is not a plan-id this action wrote')
    expect(e2e.calls('StartDeployment')).toEqual([])
    expect(e2e.calls('CreateHostedConfigurationVersion')).toEqual([])
  })
})
