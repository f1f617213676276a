import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  changedContent,
  startE2E,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'

// What the watch asks AWS, counted in the emulator's call log rather than timed: timings moved
// to `npm run bench` (scripts/bench-latency.ts), this is the part that must always hold.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

describe('the watch', () => {
  it('calls only GetDeployment and DescribeAlarms, at most one DescribeAlarms per GetDeployment', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())

    const run = await e2e.run()

    expect(run.outputs.result).toBe('complete')
    const calls = e2e.calls()
    const start = calls.findIndex((c) => c.operation === 'StartDeployment')
    expect(start).toBeGreaterThan(-1)
    const watch = calls.slice(start + 1).map((c) => c.operation)
    const polls = watch.filter((op) => op === 'GetDeployment')
    const alarms = watch.filter((op) => op === 'DescribeAlarms')
    expect(polls.length).toBeGreaterThan(0)
    // Nothing else is called while watching (the alarms of all regions in one batched call).
    expect(watch).toEqual(
      watch.filter((op) => op === 'GetDeployment' || op === 'DescribeAlarms')
    )
    expect(alarms.length).toBeLessThanOrEqual(polls.length)
  })
})
