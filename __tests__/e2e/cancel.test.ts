import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  changedContent,
  IDS,
  report,
  startE2E,
  STRATEGIES,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'

// The workflow is cancelled mid-deployment: the runner sends SIGINT (then SIGTERM 7.5 s later,
// then kills). dist/index.js must stop the deployment at once (contract: StopDeployment within
// 1 s of the signal), write its outputs and summary, and fail as `cancelled`.

jest.setTimeout(60_000)

/** The contract's bound on SIGINT → StopDeployment. */
const STOP_WITHIN_MS = 1_000

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

/** Starts a slow rollout and waits until it is being watched (two polls seen). */
async function midDeployment(inputs: Record<string, string> = {}) {
  e2e = await startE2E()
  e2e.writeBundle(changedContent())
  const action = e2e.spawn({
    'deployment-strategy': STRATEGIES.slow.name,
    ...inputs
  })
  await e2e.waitForPolls(2)
  expect(action.exited()).toBe(false)
  return action
}

describe('cancel mid-deployment', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s with on-cancel: stop (default): StopDeployment within 1 s, result cancelled',
    async (signal) => {
      const action = await midDeployment()

      const sentAt = action.sendSignal(signal)
      const run = await action.finished

      const stops = e2e!.calls('StopDeployment')
      expect(stops).toHaveLength(1)
      const delay = stops[0]!.realAt.getTime() - sentAt
      report(
        `${signal} → StopDeployment: ${delay} ms; → exit: ${run.exitedAt - sentAt} ms (poll 0.2 s)`
      )
      expect(delay).toBeGreaterThanOrEqual(0)
      expect(delay).toBeLessThanOrEqual(STOP_WITHIN_MS)
      expect(String(stops[0]!.params.DeploymentNumber)).toBe('2')

      expect(run.signal).toBeNull()
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        `Received ${signal}: the workflow is being cancelled.`
      )
      expect(run.stdout).toMatch(
        /::error::The workflow was cancelled during deployment 2\. The deployment was stopped/
      )
      expect(run.outputs.result).toBe('cancelled')
      expect(run.outputs.state).toBe('ROLLED_BACK')
      expect(run.outputs['deployment-number']).toBe('2')
      expect(Number(run.outputs['duration-seconds'])).toBeGreaterThan(0)
      expect(run.summary).toContain('cancelled')
      expect((await e2e!.getDeployment(2)).State).toBe('ROLLED_BACK')
    }
  )

  it('SIGINT with on-cancel: leave: no StopDeployment, the deployment keeps running', async () => {
    const action = await midDeployment({ 'on-cancel': 'leave' })

    const sentAt = action.sendSignal('SIGINT')
    const run = await action.finished
    e2e!.emulator.control.setTimeScale(0)

    report(`SIGINT → exit with on-cancel: leave: ${run.exitedAt - sentAt} ms`)
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('cancelled')
    expect(run.stdout).toMatch(/It was left running \(on-cancel: leave\)/)
    expect(run.summary).toContain('cancelled')
    expect(e2e!.calls('StopDeployment')).toEqual([])
    expect((await e2e!.getDeployment(2)).State).toBe('DEPLOYING')
  })

  // A poll that hangs (a slow or stuck connection) must not hold the stop back: the runner
  // kills the process 10 s after SIGINT, and the contract promises StopDeployment within 1 s.
  it.each(['GetDeployment', 'DescribeAlarms'])(
    'SIGINT while a %s poll hangs: StopDeployment still within 1 s',
    async (operation) => {
      const action = await midDeployment()
      const hangMs = 4_000
      e2e!.emulator.control.injectFault({
        operation,
        kind: 'delay',
        delayMs: hangMs
      })
      await e2e!.waitForCall(
        (c) => c.operation === operation && c.fault === 'delay'
      )

      const sentAt = action.sendSignal('SIGINT')
      const run = await action.finished

      const stops = e2e!.calls('StopDeployment')
      expect(stops).toHaveLength(1)
      const delay = stops[0]!.realAt.getTime() - sentAt
      report(
        `SIGINT during a hanging ${operation} (${hangMs} ms) → StopDeployment: ${delay} ms; → exit: ${run.exitedAt - sentAt} ms`
      )
      expect(run.outputs.result).toBe('cancelled')
      expect(run.code).toBe(1)
      expect(delay).toBeLessThanOrEqual(STOP_WITHIN_MS)
    }
  )
})

describe('cancel while waiting for another deployment', () => {
  it('SIGINT: cancelled, nothing deployed, the other deployment not stopped', async () => {
    e2e = await startE2E()
    expect(
      await e2e.startDeployment({ version: 1, strategyId: STRATEGIES.slow.id })
    ).toBe(2)
    e2e.emulator.control.clearCalls()
    e2e.writeBundle(changedContent())
    const action = e2e.spawn({ 'on-in-progress': 'wait' })
    // Deployment 2 is the other one, in progress: the run is waiting once it has polled it twice.
    await e2e.waitForCall(
      (c) =>
        c.operation === 'GetDeployment' &&
        e2e!
          .calls('GetDeployment')
          .filter((g) => String(g.params.DeploymentNumber) === '2').length >= 2
    )

    const sentAt = action.sendSignal('SIGINT')
    const run = await action.finished

    report(`SIGINT while waiting → exit: ${run.exitedAt - sentAt} ms`)
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('cancelled')
    expect(run.stdout).toMatch(
      /::error::The workflow was cancelled while waiting for deployment 2; nothing was deployed/
    )
    expect(run.outputs['application-id']).toBe(IDS.application)
    expect(e2e.calls('CreateHostedConfigurationVersion')).toEqual([])
    expect(e2e.calls('StartDeployment')).toEqual([])
    // Someone else's deployment: never ours to stop.
    expect(e2e.calls('StopDeployment')).toEqual([])
    expect(run.exitedAt - sentAt).toBeLessThan(5_000)
    expect((await e2e.getDeployment(2)).State).toMatch(/VALIDATING|DEPLOYING/)
  })
})
