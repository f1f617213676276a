import { describe, expect, it } from '@jest/globals'
import { checkExpectedPlan } from '../../src/plan/check-expected-plan.js'
import { formatPlanId, type PlanFacts } from '../../src/plan/plan-id.js'

// expected-plan: pass only for the same id; a refusal says what moved since the plan.

const SAW: PlanFacts = {
  content: 'aaaaaaaaaaaa',
  target: 'bbbbbbbb',
  deployedDeployment: 12,
  deployedVersion: 7,
  latestVersion: 7
}
const APPROVED = formatPlanId(SAW)

function check(now: Partial<PlanFacts>, extra = {}) {
  return checkExpectedPlan(APPROVED, {
    facts: { ...SAW, ...now },
    environmentName: 'Production',
    ...extra
  })
}

describe('checkExpectedPlan', () => {
  it('passes when nothing moved', () => {
    expect(check({})).toMatchObject({ guard: 'expected-plan', outcome: 'pass' })
  })

  it.each([
    [
      'a deployment completed since',
      { deployedDeployment: 14, deployedVersion: 8, latestVersion: 8 },
      { deployed: { label: 'hotfix', description: 'Quick fix by alice' } },
      [
        'deployment 14 (version 8, hotfix, "Quick fix by alice") completed in Production since the plan, which saw deployment 12 (version 7)',
        'hosted version 8 was created since the plan, which saw version 7 as the newest'
      ]
    ],
    [
      'the deployment seen was reverted',
      { deployedDeployment: 10, deployedVersion: 6 },
      {},
      [
        'Production now runs deployment 10 (version 6), not deployment 12 (version 7) as at the plan'
      ]
    ],
    [
      'a version was uploaded but not deployed',
      { latestVersion: 9 },
      {},
      [
        'hosted version 9 was created since the plan, which saw version 7 as the newest'
      ]
    ],
    [
      'the content changed',
      { content: 'cccccccccccc' },
      {},
      ["the content to deploy is not the plan's"]
    ],
    [
      'another deployment is running',
      {},
      { active: { deploymentNumber: 13, state: 'DEPLOYING' } },
      ['deployment 13 is in progress in Production (DEPLOYING)']
    ],
    [
      'another target',
      { target: 'dddddddd', content: 'cccccccccccc' },
      {},
      [
        'the plan was made for another application, environment or configuration profile'
      ]
    ]
  ])('refuses when %s, and says so', (_what, now, extra, said) => {
    const guard = check(now, extra)
    expect(guard.outcome).toBe('refuse')
    for (const text of said) expect(guard.message).toContain(text)
    expect(guard.message).toContain('Nothing was written.')
    expect(guard.message).toContain(formatPlanId({ ...SAW, ...now }))
  })

  it('refuses text that is no plan-id, naming the expected form', () => {
    const guard = checkExpectedPlan('LGTM', {
      facts: SAW,
      environmentName: 'Production'
    })
    expect(guard.outcome).toBe('refuse')
    expect(guard.message).toContain(
      "expected-plan 'LGTM' is not a plan-id this action wrote"
    )
  })
})
