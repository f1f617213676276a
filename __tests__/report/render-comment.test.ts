import { describe, expect, it } from '@jest/globals'
import { renderComment } from '../../src/report/render-comment.js'
import { planMarker, renderPlanMarkdown } from '../../src/report/render-plan.js'
import { asReport, sampleContext, samples } from './sample-reports.js'

const requested = {
  application: 'checkout-service',
  environment: 'Production',
  profile: 'checkout-flags',
  bundle: 'flags/checkout.json'
}

describe('renderComment: the pull-request comment for any report', () => {
  it('is the plan when there is one (a refused guard included)', () => {
    for (const name of ['plan', 'refused-by-guard'] as const) {
      const report = asReport({ ...samples[name](), requested })
      expect(renderComment(report, sampleContext)).toBe(
        renderPlanMarkdown(report, sampleContext)
      )
    }
  })

  it('says there is no plan, and why, when the run stopped before planning', () => {
    const report = asReport({
      ...samples['validation-failed'](),
      mode: 'plan',
      requested
    })
    const md = renderComment(report, sampleContext)
    expect(md.split('\n')[0]).toBe(planMarker(report))
    expect(md).toContain('No plan for this push')
    expect(md).toContain('Validation failed')
    expect(md).toMatch(/checkout-flags\.json#L12/)
  })

  it('in validate mode shows the problems without claiming a missing plan', () => {
    const report = asReport({
      ...samples['validation-failed'](),
      mode: 'validate',
      requested
    })
    const md = renderComment(report, sampleContext)
    expect(md).not.toContain('No plan for this push')
    expect(md.split('\n')[0]).toBe(
      '<!-- appconfig-guarded-rollout plan validate flags/checkout.json -->'
    )
  })

  it('stays within the limit it is given', () => {
    const report = asReport({
      ...samples['aws-error'](),
      mode: 'plan',
      plan: undefined,
      requested
    })
    const md = renderComment(report, sampleContext, 1_500)
    expect(md.length).toBeLessThanOrEqual(1_500)
    expect(md).toContain(planMarker(report))
  })
})
