import { describe, expect, it } from '@jest/globals'
import { renderRisks } from '../../src/report/render-risks.js'
import { samples } from './sample-reports.js'

// Issue 27: the risks named where the eye lands, as GitHub alerts.
describe('renderRisks', () => {
  it('names each risk of a plan and its flags, CAUTION before WARNING', () => {
    const md = renderRisks(samples['plan-risks']())
    expect(md).toBe(
      [
        '> [!CAUTION]',
        '> - **Removes** `legacy-coupon-field`: code that reads it gets its default.',
        '> - **Undoes a live change** to `checkout-redesign`, made outside this action (`on-drift: overwrite`).',
        '',
        '> [!WARNING]',
        '> - **Turns on** `allow-bitcoin-at-checkout` in **Production**.',
        '> - **Adds, switched on,** `express-checkout`.',
        "> - **Controlled by an experiment:** `checkout-redesign` (`checkout-redesign-ab`, run `7`): users get the experiment's values until the run ends."
      ].join('\n')
    )
  })

  it('names experiment-controlled flags only when the report has them', () => {
    const report = samples['plan-risks']()
    expect(renderRisks({ ...report, experiments: undefined })).not.toContain(
      'experiment'
    )
    expect(renderRisks({ ...report, experiments: [] })).not.toContain(
      'experiment'
    )
  })

  it('says a deployment may still be running, with the command to stop it', () => {
    const md = renderRisks(samples.crashed())
    expect(md.startsWith('> [!CAUTION]\n> **May still be running:**')).toBe(
      true
    )
    expect(md).toContain('> ```sh\n> aws appconfig stop-deployment')
  })

  it('has nothing to say once production is safe again, or when nothing changes', () => {
    expect(renderRisks(samples['rolled-back-by-alarm']())).toBe('')
    expect(renderRisks(samples.unchanged())).toBe('')
    expect(renderRisks(samples['validation-failed']())).toBe('')
  })

  it('leaves out what a refusing guard already names in the headline', () => {
    const md = renderRisks(samples['refused-by-guard']())
    expect(md).not.toContain('legacy-coupon-field')
    expect(md).toContain('**Turns on** `allow-bitcoin-at-checkout`')
  })
})
