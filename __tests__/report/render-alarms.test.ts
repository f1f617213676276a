import { describe, expect, it } from '@jest/globals'
import { renderAlarms } from '../../src/report/render-alarms.js'
import {
  ALARM_5XX,
  asReport,
  samplePlan,
  samples,
  sampleTarget
} from './sample-reports.js'

// Regression (issue 10): the summary had its own "firing" rule that ignored ActionsEnabled, so
// it counted a muted alarm as firing while the guard and the watch (rightly) did not.
describe('renderAlarms: one rule for firing', () => {
  const muted = {
    arn: ALARM_5XX,
    name: 'checkout-5xx',
    state: 'ALARM' as const,
    reason: 'Threshold Crossed',
    actionsEnabled: false
  }

  it('does not count an alarm whose actions are disabled as firing', () => {
    const report = asReport({
      ...samples.plan(),
      target: sampleTarget({ monitors: [ALARM_5XX] }),
      plan: samplePlan({ alarms: [muted] })
    })
    const md = renderAlarms(report)
    expect(md).toContain('#### Alarms: 1 alarm watched, none firing')
    expect(md).toContain('actions disabled: AppConfig ignores it')
  })

  it('counts the same alarm once its actions are enabled', () => {
    const report = asReport({
      ...samples.plan(),
      target: sampleTarget({ monitors: [ALARM_5XX] }),
      plan: samplePlan({ alarms: [{ ...muted, actionsEnabled: true }] })
    })
    expect(renderAlarms(report)).toContain('#### Alarms: 1 of 1 alarm firing')
  })
})
