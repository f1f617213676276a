import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  ALARM,
  changedContent,
  FLAG,
  IDS,
  jsonArray,
  operations,
  seededContent,
  startE2E,
  STRATEGIES,
  TIME_SCALE,
  withoutFlag,
  WRITE_OPERATIONS,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'

// dist/index.js against the emulator: guards that refuse before anything is written, the ones
// that only warn, on-in-progress, and plan mode (which writes nothing at all).

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

/** The writes the action made (after `clearCalls`, when the test wrote something itself). */
function writes(): string[] {
  return operations(e2e!.calls()).filter((op) => WRITE_OPERATIONS.includes(op))
}

describe('guard: a monitored alarm already firing', () => {
  it('refuses before writing anything', async () => {
    e2e = await startE2E()
    e2e.emulator.control.setAlarmState(ALARM, 'ALARM', '5xx above 1%')
    e2e.writeBundle(changedContent())

    const run = await e2e.run()

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::.*checkout-5xx \(ALARM: 5xx above 1%25\)/
    )
    expect(run.outputs['application-id']).toBe(IDS.application)
    expect(run.outputs['deployment-number']).toBe('')
    expect(e2e.calls('DescribeAlarms').length).toBeGreaterThanOrEqual(1)
    expect(e2e.calls('CreateHostedConfigurationVersion')).toEqual([])
    expect(e2e.calls('StartDeployment')).toEqual([])
    expect(writes()).toEqual([])
    expect(run.summary).not.toBe('')
  })
})

describe('guard: an environment without alarm monitors (Beta)', () => {
  it('require-alarms false: warns, then deploys', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())

    const run = await e2e.run({
      environment: 'Beta',
      'deployment-strategy': STRATEGIES.fast.name
    })

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('complete')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /^::warning::AppConfig cannot roll back automatically: the environment has no CloudWatch alarm monitors/m
    )
    expect(run.outputs['environment-id']).toBe(IDS.beta)
    expect(writes()).toEqual([
      'CreateHostedConfigurationVersion',
      'StartDeployment'
    ])
    expect(e2e.calls('StartDeployment')[0]!.params.EnvironmentId).toBe(IDS.beta)
    // No monitors: nothing to read from CloudWatch, before or during the rollout.
    expect(e2e.calls('DescribeAlarms')).toEqual([])
  })

  it('require-alarms true: refuses, nothing written', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())

    const run = await e2e.run({
      environment: 'Beta',
      'require-alarms': 'true'
    })

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::.*no CloudWatch alarm monitors.*set require-alarms: false/
    )
    expect(writes()).toEqual([])
  })
})

describe('guard: flag removal', () => {
  it('refuses a bundle that drops a deployed flag', async () => {
    e2e = await startE2E()
    e2e.writeBundle(withoutFlag())

    const run = await e2e.run()

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      new RegExp(`::error::.*Refusing to remove 1 flag .*${FLAG}`)
    )
    expect(jsonArray(run.outputs['flags-removed'])).toEqual([FLAG])
    expect(jsonArray(run.outputs['flags-added'])).toEqual(['express-checkout'])
    expect(writes()).toEqual([])
  })

  it('deploys it with allow-flag-removal: true (and warns)', async () => {
    e2e = await startE2E()
    e2e.writeBundle(withoutFlag())

    const run = await e2e.run({
      'allow-flag-removal': 'true',
      'deployment-strategy': STRATEGIES.fast.name
    })

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('complete')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /^::warning::Removes 1 flag \(allowed by allow-flag-removal: true\)/m
    )
    expect(writes()).toEqual([
      'CreateHostedConfigurationVersion',
      'StartDeployment'
    ])
  })

  it('deploys it when the deployed version marked the flag _deprecation', async () => {
    e2e = await startE2E()
    const announced = seededContent()
    announced.flags[FLAG]!._deprecation = { status: 'planned' }
    expect(await e2e.createVersion(announced, 1, 'announce-removal')).toBe(2)
    expect(
      await e2e.startDeployment({
        version: 2,
        strategyId: 'AppConfig.AllAtOnce'
      })
    ).toBe(2)
    e2e.emulator.control.advance(15 * 60_000)
    expect((await e2e.getDeployment(2)).State).toBe('COMPLETE')
    e2e.emulator.control.clearCalls()
    e2e.writeBundle(withoutFlag())

    const run = await e2e.run({ 'deployment-strategy': STRATEGIES.fast.name })

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('complete')
    expect(run.code).toBe(0)
    expect(jsonArray(run.outputs['flags-removed'])).toEqual([FLAG])
    expect(writes()).toEqual([
      'CreateHostedConfigurationVersion',
      'StartDeployment'
    ])
    expect(e2e.calls('StartDeployment')[0]!.params.ConfigurationVersion).toBe(
      '3'
    )
  })
})

describe('on-in-progress', () => {
  it('fail: refuses at once when another deployment is running', async () => {
    e2e = await startE2E()
    expect(
      await e2e.startDeployment({ version: 1, strategyId: STRATEGIES.slow.id })
    ).toBe(2)
    e2e.emulator.control.clearCalls()
    e2e.writeBundle(changedContent())

    const run = await e2e.run({ 'on-in-progress': 'fail' })

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::.*Deployment 2 \((VALIDATING|DEPLOYING)[^)]*\) is in progress in Production.*on-in-progress is fail/
    )
    expect(writes()).toEqual([])
    // The other deployment is left alone.
    expect((await e2e.getDeployment(2)).State).toMatch(/VALIDATING|DEPLOYING/)
  })

  it('wait: waits for the other deployment to end, then deploys', async () => {
    e2e = await startE2E()
    const control = e2e.emulator.control
    // The canary: ~1.8 s of real time at the default time scale, but frozen until the action
    // is seen waiting for it, however long the process takes to start on a loaded machine.
    expect(
      await e2e.startDeployment({ version: 1, strategyId: IDS.canary })
    ).toBe(2)
    control.setTimeScale(0)
    e2e.writeBundle(changedContent())

    const action = e2e.spawn({
      'on-in-progress': 'wait',
      'deployment-strategy': STRATEGIES.fast.name
    })
    await e2e.waitForCall(
      (c) =>
        c.operation === 'GetDeployment' &&
        String(c.params.DeploymentNumber) === '2'
    )
    control.setTimeScale(TIME_SCALE)
    const run = await action.finished

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('complete')
    expect(run.code).toBe(0)
    expect(run.outputs['deployment-number']).toBe('3')
    expect(run.stdout).toMatch(
      /^::warning::Deployment 2 .*Waiting for it to end/m
    )
    expect(run.stdout).toContain('Deployment 2 ended: COMPLETE.')
    const starts = e2e.calls('StartDeployment')
    expect(starts).toHaveLength(2)
    expect(starts[1]!.params.ConfigurationVersion).toBe('2')
    const other = await e2e.getDeployment(2)
    expect(other.State).toBe('COMPLETE')
    // Ours started only after the other one had ended (both in emulated time).
    expect(starts[1]!.at.getTime()).toBeGreaterThanOrEqual(
      other.CompletedAt!.getTime()
    )
    // It polled the other deployment meanwhile.
    const waits = e2e
      .calls('GetDeployment')
      .filter((c) => String(c.params.DeploymentNumber) === '2')
    expect(waits.length).toBeGreaterThanOrEqual(2)
    expect((await e2e.getDeployment(3)).State).toBe('COMPLETE')
  })
})

describe('mode: plan', () => {
  it('reads, diffs and writes nothing', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())

    const run = await e2e.run({ mode: 'plan' })

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('planned')
    expect(run.code).toBe(0)
    expect(run.outputs.changed).toBe('true')
    expect(jsonArray(run.outputs['flags-changed'])).toEqual([FLAG])
    expect(run.outputs['plan-markdown']).not.toBe('')
    expect(run.outputs['plan-markdown']).toContain(FLAG)
    expect(run.outputs['application-id']).toBe(IDS.application)
    expect(run.outputs['deployment-number']).toBe('')
    const ops = operations(e2e.calls())
    expect(ops.length).toBeGreaterThan(0)
    for (const op of ops) expect(op).toMatch(/^(List|Get|Describe)/)
  })
})
