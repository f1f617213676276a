import { describe, expect, it } from '@jest/globals'
import {
  planMarker,
  renderPlanHeadline,
  renderPlanMarkdown
} from '../../src/report/render-plan.js'
import { renderSummary } from '../../src/report/render-summary.js'
import {
  asReport,
  sampleContext,
  samples,
  type LooseReport
} from './sample-reports.js'

describe('renderPlanMarkdown', () => {
  it('renders the plan sample (snapshot)', () => {
    expect(renderPlanMarkdown(samples.plan(), sampleContext)).toMatchSnapshot()
  })

  it('renders the refused plan (snapshot)', () => {
    const report: LooseReport = {
      ...samples['refused-by-guard'](),
      mode: 'plan'
    }
    expect(
      renderPlanMarkdown(asReport(report), sampleContext)
    ).toMatchSnapshot()
  })

  it('is the same diff and target as the summary, without the rollout', () => {
    const report = samples.complete()
    const md = renderPlanMarkdown(report, sampleContext)
    expect(md).toContain(
      '`allow-bitcoin-at-checkout` · 🟢 **turned on**\n\n```diff\n- attribute bitcoin-discount-percentage: 0\n+ attribute bitcoin-discount-percentage: 5\n- attribute default-currency: "EUR"\n+ attribute default-currency: "BTC"\n```'
    )
    expect(renderSummary(report, sampleContext)).toContain(
      '`allow-bitcoin-at-checkout` · 🟢 **turned on**\n\n```diff\n- attribute bitcoin-discount-percentage: 0\n+ attribute bitcoin-discount-percentage: 5\n- attribute default-currency: "EUR"\n+ attribute default-currency: "BTC"\n```'
    )
    expect(md).toContain(
      '| Deployed now | **16** `git-8c1d2e3` from [deployment #41]'
    )
    expect(md).not.toContain('#### Timeline')
    expect(md).not.toContain('| Deployment |')
  })

  it('starts with a hidden marker naming the target, for updating an earlier comment', () => {
    const md = renderPlanMarkdown(samples.plan(), sampleContext)
    expect(md.split('\n')[0]).toBe(
      '<!-- appconfig-guarded-rollout plan a1b2c3d/e4f5g6h/p7q8r9s -->'
    )
  })

  it('keeps the marker a valid comment whatever the IDs hold', () => {
    const report = samples.plan()
    const odd: LooseReport = {
      ...report,
      target: {
        ...report.target!,
        application: { id: 'x-->y <b>', name: 'n' }
      }
    }
    expect(planMarker(asReport(odd))).toBe(
      '<!-- appconfig-guarded-rollout plan x-_y__b_/e4f5g6h/p7q8r9s -->'
    )
  })

  it('names the target as the inputs do, so a run that fails before resolving it finds the same comment', () => {
    const requested = {
      application: 'checkout-service',
      environment: 'Prod --> <x>',
      profile: 'checkout/flags',
      bundle: 'flags/checkout.json'
    }
    const planned = asReport({ ...samples.plan(), requested })
    const failedEarly = asReport({
      ...samples['validation-failed'](),
      mode: 'plan',
      requested
    })
    expect(planMarker(planned)).toBe(
      '<!-- appconfig-guarded-rollout plan checkout-service/Prod_-___x_/checkout_flags -->'
    )
    expect(planMarker(failedEarly)).toBe(planMarker(planned))
    expect(
      planMarker(asReport({ ...samples.plan(), mode: 'validate', requested }))
    ).toBe(
      '<!-- appconfig-guarded-rollout plan validate flags/checkout.json -->'
    )
  })

  it('says when nothing changes', () => {
    expect(renderPlanHeadline(samples.unchanged())).toBe(
      '🔎 Plan: no change, **Production** already runs this bundle'
    )
  })

  it('is empty without a plan', () => {
    expect(
      renderPlanMarkdown(samples['validation-failed'](), sampleContext)
    ).toBe('')
  })
})
