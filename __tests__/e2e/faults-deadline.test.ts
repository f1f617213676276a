import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  changedContent,
  IDS,
  report,
  startE2E,
  STRATEGIES,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import type { FinishedAction } from '../../__fixtures__/spawn-action.js'

// Issue #12, item 3: a call that never answers must not outlive timeout-minutes. The deadline
// interrupts the call in flight (every rollout call takes it as an abort signal); then the run
// ends as timed-out, stops what it started (on-timeout: stop) and writes its outputs. The old
// code only checked the deadline between polls: a hung call held the run until the runner's
// job timeout.

jest.setTimeout(60_000)

/** timeout-minutes for these runs: 3 s. */
const TIMEOUT_MINUTES = '0.05'
/** The run must end this long after its deadline: a lookup (2.5 s) and a stop at most. */
const GRACE_MS = 8_000

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

/** The run's end, or undefined if it is still running after `ms`. */
async function within(
  finished: Promise<FinishedAction>,
  ms: number
): Promise<FinishedAction | undefined> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms)
  })
  try {
    return await Promise.race([finished, late])
  } finally {
    clearTimeout(timer)
  }
}

describe('a hung call meets timeout-minutes', () => {
  it('every GetDeployment of the watch hangs: timed out at the deadline, the deployment stopped', async () => {
    e2e = await startE2E()
    // The plan's read of deployment 1's description (the drift base) answers; the watch hangs.
    e2e.emulator.control.injectFault({
      operation: 'GetDeployment',
      kind: 'delay',
      delayMs: 0
    })
    e2e.emulator.control.injectFault({
      operation: 'GetDeployment',
      kind: 'hang',
      count: 1_000
    })
    e2e.writeBundle(changedContent())

    const action = e2e.spawn({
      'deployment-strategy': STRATEGIES.slow.name,
      'timeout-minutes': TIMEOUT_MINUTES
    })
    const run = await within(action.finished, 3_000 + GRACE_MS + 2_000)

    expect(run).toBeDefined()
    report(
      `hung GetDeployment, timeout 3 s → exit after ${run!.exitedAt - action.spawnedAt} ms`
    )
    expect(run!.outputs.result).toBe('timed-out')
    expect(run!.code).toBe(1)
    expect(run!.outputs['deployment-number']).toBe('2')
    const stops = e2e.calls('StopDeployment')
    expect(stops.map((c) => String(c.params.DeploymentNumber))).toEqual(['2'])
    expect(
      e2e.emulator.control.deployment(IDS.application, IDS.production, 2)?.state
    ).toBe('ROLLED_BACK')
    // The hung call was given up by the client, not left open.
    const watch = e2e
      .calls('GetDeployment')
      .filter((c) => String(c.params.DeploymentNumber) === '2')
    expect(watch[0]!.clientClosed).toBe(true)
  })

  it('StartDeployment applied and never answered: at the deadline the start is recognised and stopped', async () => {
    e2e = await startE2E()
    e2e.emulator.control.injectFault({
      operation: 'StartDeployment',
      kind: 'hangAfterApply'
    })
    e2e.writeBundle(changedContent())

    const action = e2e.spawn({
      'deployment-strategy': STRATEGIES.slow.name,
      'timeout-minutes': TIMEOUT_MINUTES
    })
    const run = await within(action.finished, 3_000 + GRACE_MS + 2_000)

    expect(run).toBeDefined()
    report(
      `hung StartDeployment (applied), timeout 3 s → exit after ${run!.exitedAt - action.spawnedAt} ms`
    )
    expect(run!.outputs.result).toBe('timed-out')
    expect(run!.outputs['deployment-number']).toBe('2')
    expect(run!.stdout).toMatch(/deployment 2 is this run's/)
    expect(e2e.calls('StartDeployment')).toHaveLength(1)
    expect(
      e2e.calls('StopDeployment').map((c) => String(c.params.DeploymentNumber))
    ).toEqual(['2'])
    expect(
      e2e.emulator.control.deployment(IDS.application, IDS.production, 2)?.state
    ).toBe('ROLLED_BACK')
  })
})
