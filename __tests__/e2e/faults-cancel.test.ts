import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  changedContent,
  IDS,
  report,
  startE2E,
  STRATEGIES,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import type {
  FinishedAction,
  RunningAction
} from '../../__fixtures__/spawn-action.js'

// Issue #12, item 4: the workflow is cancelled while a call hangs. The runner sends SIGINT,
// SIGTERM 7.5 s later and kills 2.5 s after that. Every call takes the cancel signal, so the
// hung one ends at once; a StartDeployment that may have gone through is looked up (its own
// 2.5 s bound) and stopped (its own 5 s bound); the outputs and the summary are written. The
// old code's calls ignored the cancel, so the process sat in the hung call until SIGKILL: no
// outputs, and a deployment left running.

jest.setTimeout(60_000)

/** The runner sends SIGTERM this long after SIGINT; the run must have ended by then. */
const SIGTERM_AFTER_MS = 7_500

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

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

/** Spawns a slow rollout with `operation` hanging, and waits until the call hangs. */
async function hungAt(
  operation: string,
  kind: 'hang' | 'hangAfterApply'
): Promise<RunningAction> {
  e2e = await startE2E()
  e2e.emulator.control.injectFault({ operation, kind })
  e2e.writeBundle(changedContent())
  const action = e2e.spawn({ 'deployment-strategy': STRATEGIES.slow.name })
  await e2e.waitForCall((c) => c.operation === operation && c.fault === kind)
  // Held a little, so the signal surely arrives while the call is in flight.
  await new Promise((resolve) => setTimeout(resolve, 200))
  expect(action.exited()).toBe(false)
  return action
}

/** SIGINT, and the run's end before the runner's SIGTERM. */
async function cancel(action: RunningAction, what: string) {
  const sentAt = action.sendSignal('SIGINT')
  const run = await within(action.finished, SIGTERM_AFTER_MS)
  expect(run).toBeDefined()
  report(`SIGINT during ${what} → exit: ${run!.exitedAt - sentAt} ms`)
  expect(run!.code).toBe(1)
  expect(run!.outputs.result).toBe('cancelled')
  expect(run!.summary).toMatch(/cancelled/i)
  return { run: run!, sentAt }
}

describe('cancelled while a call hangs', () => {
  it('StartDeployment applied, never answered: deployment 2 is found and stopped', async () => {
    const action = await hungAt('StartDeployment', 'hangAfterApply')

    const { run, sentAt } = await cancel(
      action,
      'a hung StartDeployment (applied)'
    )

    const stops = e2e!.calls('StopDeployment')
    expect(stops.map((c) => String(c.params.DeploymentNumber))).toEqual(['2'])
    report(
      `SIGINT → StopDeployment: ${stops[0]!.realAt.getTime() - sentAt} ms (lookup included)`
    )
    expect(run.outputs['deployment-number']).toBe('2')
    expect(run.outputs.state).toBe('ROLLED_BACK')
    expect(run.stdout).toMatch(
      /::error::The workflow was cancelled during deployment 2\. The deployment was stopped/
    )
    expect(
      e2e!.emulator.control.deployment(IDS.application, IDS.production, 2)
        ?.state
    ).toBe('ROLLED_BACK')
  })

  it('StartDeployment never served: the lookup finds nothing, nothing is stopped', async () => {
    const action = await hungAt('StartDeployment', 'hang')

    const { run } = await cancel(action, 'a hung StartDeployment (not applied)')

    expect(run.stdout).toMatch(
      /::error::The workflow was cancelled before the deployment started; nothing was deployed \(hosted version 2 was written\)/
    )
    expect(e2e!.calls('StopDeployment')).toEqual([])
    expect(
      e2e!.emulator.control.deployment(IDS.application, IDS.production, 2)
    ).toBeUndefined()
  })

  // The lookup is bounded too: when it cannot tell, the run says so and does not stop a
  // deployment it cannot prove is its own.
  it('StartDeployment applied, and the lookup hangs as well: cancelled within the bounds, the doubt reported', async () => {
    const action = await hungAt('StartDeployment', 'hangAfterApply')
    e2e!.emulator.control.injectFault({
      operation: 'GetDeployment',
      kind: 'hang'
    })

    const { run, sentAt } = await cancel(
      action,
      'a hung StartDeployment and a hung lookup'
    )

    expect(run.exitedAt - sentAt).toBeGreaterThanOrEqual(2_000)
    expect(run.stdout).toMatch(
      /::error::StartDeployment did not answer .*deployment 2 could not be read .*it may have started/
    )
    expect(e2e!.calls('StopDeployment')).toEqual([])
  })

  // Not a hung call, but the same window: the stop is applied and its answer lost; the SDK's
  // retry is refused (the deployment is no longer in progress). It did stop.
  it('StopDeployment applied, answer lost: reported as stopped, not as still running', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())
    const action = e2e.spawn({ 'deployment-strategy': STRATEGIES.slow.name })
    await e2e.waitForPolls(2)
    e2e.emulator.control.injectFault({
      operation: 'StopDeployment',
      kind: 'error500AfterApply'
    })

    const { run } = await cancel(
      action,
      'a deployment whose stop answer is lost'
    )

    expect(e2e.calls('StopDeployment').map((c) => c.applied)).toEqual([
      true,
      false
    ])
    expect(run.stdout).toMatch(
      /StopDeployment's answer was lost; it is ROLLED_BACK/
    )
    expect(run.stdout).toMatch(
      /::error::The workflow was cancelled during deployment 2\. The deployment was stopped/
    )
    expect(run.outputs.state).toBe('ROLLED_BACK')
  })

  it.each(['CreateHostedConfigurationVersion', 'ListDeployments'])(
    'a hung %s: cancelled at once, nothing started',
    async (operation) => {
      const action = await hungAt(operation, 'hang')

      const { run, sentAt } = await cancel(action, `a hung ${operation}`)

      expect(run.exitedAt - sentAt).toBeLessThan(2_000)
      expect(run.stdout).toMatch(
        /::error::The workflow was cancelled before the deployment started; nothing was deployed/
      )
      expect(run.outputs['application-id']).toBe(IDS.application)
      expect(e2e!.calls('StartDeployment')).toEqual([])
      expect(e2e!.calls('StopDeployment')).toEqual([])
    }
  )
})
