import { describe, expect, it } from '@jest/globals'
import type { Drift } from '../../src/plan/drift-report.js'
import { renderDrift } from '../../src/report/render-drift.js'
import { renderTarget } from '../../src/report/render-target.js'
import { sampleContext, samples } from './sample-reports.js'
import type { PlanReport } from '../../src/report/report.js'

// The drift section (issue #13): base → live → new per flag, only the keys that differ.

const PLAN: PlanReport = {
  changed: true,
  changes: [],
  unchangedCount: 0,
  guards: [],
  alarms: []
}

const flag = (enabled: boolean, pct: number) => ({
  definition: { name: 'Checkout' },
  value: { enabled, currency: 'BTC', pct }
})

const DRIFT: Drift = {
  onDrift: 'fail',
  base: {
    deploymentNumber: 2,
    version: 2,
    label: 'git-abc',
    state: 'REVERTED'
  },
  live: { deploymentNumber: 3, version: 3 },
  recognisedBy: 'tags',
  limitReached: false,
  flags: [
    {
      key: 'checkout',
      kind: 'undo',
      outcome: 'refused',
      base: flag(true, 10),
      live: flag(false, 25),
      new: flag(true, 10)
    },
    {
      key: 'kill-switch',
      kind: 'conflict',
      outcome: 'overwritten',
      base: undefined,
      live: { definition: { name: 'Kill' }, value: {} },
      new: { definition: { name: 'Kill', description: 'x' }, value: {} }
    }
  ]
}

describe('renderDrift', () => {
  it('shows base → live → new with only the differing keys, and the outcome', () => {
    const text = renderDrift({ ...PLAN, drift: DRIFT })
    expect(text).toContain(
      'Base: deployment #2 (version 2 `git-abc`, reverted since) · live: deployment #3 (version 3) · `on-drift: fail`'
    )
    expect(text).toContain(
      '| `checkout` | on, pct: 10 | off, pct: 25 | on, pct: 10 | ⛔ refused (new = base: deploying it would change the live value back) |'
    )
    expect(text).not.toContain('currency')
    expect(text).toContain(
      '| `kill-switch` | *absent* | same value | definition differs | ✏️ overwritten by the new content (conflict: changed on both sides) |'
    )
  })

  it('says when there is no base, and when nothing drifted', () => {
    expect(
      renderDrift({ ...PLAN, drift: { ...DRIFT, base: undefined, flags: [] } })
    ).toContain(
      'No base: no earlier deployment of a bundle or version by this action was found, so drift was not checked.'
    )
    expect(renderDrift({ ...PLAN, drift: { ...DRIFT, flags: [] } })).toContain(
      'No drift: every flag runs as this action left it.'
    )
    expect(
      renderDrift({
        ...PLAN,
        drift: { ...DRIFT, flags: [], recognisedBy: 'description' }
      })
    ).toContain('set `AWS_ACCOUNT_ID`')
  })

  it('renders nothing without drift or plan-id', () => {
    expect(renderDrift(PLAN)).toBe('')
    expect(renderDrift(undefined)).toBe('')
    const report = samples.plan()
    expect(renderTarget(report, sampleContext)).not.toContain('plan ID')
    const pinned = { ...report, plan: { ...report.plan!, planId: 'v1.a' } }
    // In the target's one line, and with what to do with it in the folded table.
    expect(renderTarget(pinned, sampleContext)).toContain(' · plan ID `v1.a`')
    expect(renderTarget(pinned, sampleContext)).toContain(
      '| Plan ID | `v1.a` (pass it to `expected-plan` to deploy exactly this) |'
    )
  })
})
