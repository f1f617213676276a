import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  ALARM,
  ALARM_ARN,
  changedContent,
  IDS,
  jsonArray,
  startE2E,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'

// Issue #12, item 1: AppConfig starts the deployment but its answer is lost (a 500 or a
// dropped connection after the write). The SDK retries and gets a 409 for the deployment its
// own first attempt made. The action must recognise deployment 2 as its own and watch it
// (alarms included), never start the version a second time. The old code took it for someone
// else's: it waited for it without watching alarms, then started the same version again as
// deployment 3.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

describe('StartDeployment applied, answer lost', () => {
  it.each(['error500AfterApply', 'dropAfterApply'] as const)(
    '%s: deployment 2 is recognised and watched to COMPLETE, nothing started twice',
    async (kind) => {
      e2e = await startE2E()
      e2e.emulator.control.injectFault({ operation: 'StartDeployment', kind })
      e2e.writeBundle(changedContent())

      const run = await e2e.run()

      const starts = e2e.calls('StartDeployment')
      // The first attempt ran; the SDK's retry met it (the lock 1 is stale by then).
      expect(starts.map((c) => [c.fault, c.applied])).toEqual([
        [kind, true],
        [undefined, false]
      ])
      expect(starts[1]!.errorCode).toBe('ConflictException')
      expect(String(starts[0]!.params.LatestDeploymentNumber)).toBe('1')
      expect(run.stdout).toMatch(
        /StartDeployment's answer was lost .*deployment 2 is this run's/
      )
      expect(run.outputs.result).toBe('complete')
      expect(run.outputs['deployment-number']).toBe('2')
      expect(run.code).toBe(0)
      const control = e2e.emulator.control
      expect(
        control.deployment(IDS.application, IDS.production, 2)?.state
      ).toBe('COMPLETE')
      expect(
        control.deployment(IDS.application, IDS.production, 3)
      ).toBeUndefined()
    }
  )

  it('the recognised deployment is watched with its alarms: an alarm at 30 % is reported', async () => {
    e2e = await startE2E()
    const control = e2e.emulator.control
    control.injectFault({
      operation: 'StartDeployment',
      kind: 'error500AfterApply'
    })
    control.scheduleAlarmChange({
      alarmName: ALARM,
      state: 'ALARM',
      reason: '5xx above 1%',
      when: { percentage: 30, environmentId: IDS.production }
    })
    e2e.writeBundle(changedContent())

    const run = await e2e.run()

    expect(run.outputs.result).toBe('rolled-back')
    expect(run.outputs['deployment-number']).toBe('2')
    expect(jsonArray(run.outputs['triggered-alarms'])).toContain(ALARM_ARN)
    expect(run.stdout).toMatch(/Alarm checkout-5xx: OK → ALARM/)
    expect(e2e.calls('StartDeployment')).toHaveLength(2)
    expect(
      control.deployment(IDS.application, IDS.production, 3)
    ).toBeUndefined()
  })

  // The version write has its own lock (Latest-Version-Number): the retry is refused, the
  // versions are read again, and the one the lost write made (same content) is reused.
  it('CreateHostedConfigurationVersion applied, answer lost: the written version is reused, one version', async () => {
    e2e = await startE2E()
    e2e.emulator.control.injectFault({
      operation: 'CreateHostedConfigurationVersion',
      kind: 'dropAfterApply'
    })
    e2e.writeBundle(changedContent())

    const run = await e2e.run()

    expect(run.outputs.result).toBe('complete')
    expect(run.stdout).toMatch(/Reusing hosted version 2/)
    const writes = e2e.calls('CreateHostedConfigurationVersion')
    expect(writes.map((c) => c.applied)).toEqual([true, false])
    expect(e2e.calls('StartDeployment')).toHaveLength(1)
    expect(
      String(e2e.calls('StartDeployment')[0]!.params.ConfigurationVersion)
    ).toBe('2')
  })
})
