import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  ALARM,
  awsEnv,
  changedContent,
  DEFAULT_INPUTS,
  IDS,
  jsonArray,
  operations,
  startE2E,
  STRATEGIES,
  WRITE_OPERATIONS,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import { spawnAction } from '../../__fixtures__/spawn-action.js'

// dist/index.js against the emulator: mode revert puts Production back on the configuration it
// ran before its latest completed deployment, by whichever path AppConfig allows.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

function revert(inputs: Record<string, string> = {}) {
  const rest = Object.fromEntries(
    Object.entries(DEFAULT_INPUTS).filter(([name]) => name !== 'bundle')
  )
  return spawnAction(
    {
      ...rest,
      mode: 'revert',
      'deployment-strategy': STRATEGIES.fast.name,
      description: 'discount change broke checkout',
      ...inputs
    },
    {
      workspace: e2e!.workspace,
      env: { ...awsEnv(e2e!.emulator.endpoint), GITHUB_ACTOR: 'oncall-ana' }
    }
  ).finished
}

function writes(): string[] {
  return operations(e2e!.calls()).filter((op) => WRITE_OPERATIONS.includes(op))
}

/** The version Production serves now. */
function servedVersion(): string | undefined {
  return e2e!.emulator.control.deployedConfiguration(
    IDS.application,
    IDS.production,
    IDS.profile
  )?.configurationVersion
}

/** Version 2 (discount 10) deployed over the seeded version 1, completed. */
async function deployVersion2(): Promise<void> {
  await e2e!.consoleDeploy(changedContent(10))
  e2e!.emulator.control.advance(15 * 60_000)
  expect(servedVersion()).toBe('2')
  e2e!.emulator.control.clearCalls()
}

describe('mode revert', () => {
  it('inside the window: AppConfig’s own revert, at once', async () => {
    e2e = await startE2E()
    await deployVersion2()

    const run = await revert()

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('reverted')
    expect(run.code).toBe(0)
    expect(run.outputs.state).toBe('REVERTED')
    expect(run.outputs['deployment-number']).toBe('2')
    expect(run.outputs['configuration-version']).toBe('1')
    expect(jsonArray(run.outputs['flags-changed'])).toEqual([
      'allow-bitcoin-at-checkout'
    ])
    expect(writes()).toEqual(['StopDeployment'])
    expect(e2e.calls('StopDeployment')[0]!.params.AllowRevert).toBe(true)
    expect(servedVersion()).toBe('1')
    expect(run.summary).toMatch(
      /^### ✅ Reverted: \*\*Production\*\* is back on `checkout-flags` v1/
    )
    expect(run.summary).toMatch(/Revert record/)
    expect(run.summary).toMatch(/`oncall-ana`/)
    expect(run.summary).toMatch(/discount change broke checkout/)
    expect(run.summary).toMatch(
      /v2, deployment #2 → v1 \(v1\.0\.0\), deployment #1/
    )
    expect(run.summary).toMatch(/inside AppConfig's 72-hour revert window/)
    expect(run.summary).toMatch(/configuration-version: 2/) // how to undo it
  })

  it('outside the window: a new deployment of the earlier version, tagged source=revert', async () => {
    e2e = await startE2E()
    await deployVersion2()
    // 73 emulated hours later AppConfig no longer reverts deployment 2.
    e2e.emulator.control.advance(73 * 3_600_000)

    const run = await revert()

    expect(run.outputs.result).toBe('reverted')
    expect(run.code).toBe(0)
    expect(run.outputs.state).toBe('COMPLETE')
    expect(run.outputs['deployment-number']).toBe('3')
    const stops = e2e.calls('StopDeployment')
    // Our clock cannot know AppConfig's: it asked, AppConfig refused, it deployed instead.
    expect(stops.every((c) => c.errorCode === 'BadRequestException')).toBe(true)
    const start = e2e.calls('StartDeployment')
    expect(start).toHaveLength(1)
    expect(start[0]!.params.ConfigurationVersion).toBe('1')
    expect(start[0]!.params.DeploymentStrategyId).toBe(STRATEGIES.fast.id)
    expect(start[0]!.params.Tags).toEqual({
      'appconfig-guarded-rollout:source': 'revert'
    })
    expect(e2e.calls('CreateHostedConfigurationVersion')).toEqual([])
    expect(servedVersion()).toBe('1')
    expect(run.summary).toMatch(/a new deployment with the deployment strategy/)
    expect(run.summary).toMatch(
      /After 72 hours, the deployment can no longer be reverted/
    )
  })

  it('a deployment in progress is stopped: AppConfig rolls it back', async () => {
    e2e = await startE2E()
    await e2e.startDeployment({ version: 1, strategyId: STRATEGIES.slow.id })
    // A second version, deploying slowly.
    const v2 = await e2e.createVersion(changedContent(10), 1, 'v2')
    e2e.emulator.control.advance(2 * 3_600_000)
    const number = await e2e.startDeployment({
      version: v2,
      strategyId: STRATEGIES.slow.id
    })
    e2e.emulator.control.clearCalls()

    const run = await revert()

    expect(run.outputs.result).toBe('reverted')
    expect(run.code).toBe(0)
    expect(run.outputs.state).toBe('ROLLED_BACK')
    expect(run.outputs['deployment-number']).toBe(String(number))
    expect(writes()).toEqual(['StopDeployment'])
    expect(e2e.calls('StopDeployment')[0]!.params.AllowRevert).toBeUndefined()
    expect(servedVersion()).toBe('1')
    expect(run.summary).toMatch(/stopped the deployment in progress/)
  })

  it('nothing to revert to: a clear failure, nothing written', async () => {
    e2e = await startE2E()

    const run = await revert()

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::Nothing to revert to: deployment 1 \(version 1\) is the first completed deployment of checkout-flags in Production/
    )
    expect(writes()).toEqual([])
    expect(run.summary).toMatch(
      /^### ⛔ Nothing reverted in \*\*Production\*\*/
    )
  })
})

describe('mode revert while a monitored alarm fires', () => {
  it('inside the window: reverts anyway, since AppConfig’s revert ignores alarm monitors', async () => {
    e2e = await startE2E()
    await deployVersion2()
    e2e.emulator.control.setAlarmState(ALARM, 'ALARM', '5xx above 1%')

    const run = await revert()

    expect(run.outputs.result).toBe('reverted')
    expect(run.outputs.state).toBe('REVERTED')
    expect(servedVersion()).toBe('1')
    expect(run.summary).toMatch(
      /checkout-5xx is firing; AppConfig's revert does not wait for them: "Reverting also ignores alarm monitors/
    )
  })

  it('outside the window: refused, since AppConfig would roll the new deployment back at once', async () => {
    e2e = await startE2E()
    await deployVersion2()
    e2e.emulator.control.advance(73 * 3_600_000)
    e2e.emulator.control.setAlarmState(ALARM, 'ALARM', '5xx above 1%')

    const run = await revert()

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(e2e.calls('StartDeployment')).toEqual([])
    expect(run.stdout).toMatch(
      /::error::Cannot revert Production to version 1 now/
    )
    expect(run.stdout).toMatch(
      /disable-alarm-actions --alarm-names checkout-5xx/
    )
    expect(servedVersion()).toBe('2')
  })
})
