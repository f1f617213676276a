import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  ALARM,
  changedContent,
  IDS,
  report,
  startE2E,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'

// Figures for the design note, printed as `[e2e] …` lines. Only loose bounds are asserted:
// the machine running the tests may be loaded.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

describe('rollback detection latency', () => {
  // The emulator is deterministic, so the alarm fires at a different step in each sample to
  // land ROLLED_BACK at a different point of the poll cycle.
  const PERCENTAGES = [20, 40, 70]

  /** One rolled-back rollout: ms from ROLLED_BACK to the poll that saw it, and to the exit. */
  async function sample(
    poll: string,
    percentage: number
  ): Promise<{ seen: number; exit: number }> {
    e2e = await startE2E()
    e2e.emulator.control.scheduleAlarmChange({
      alarmName: ALARM,
      state: 'ALARM',
      when: { percentage, environmentId: IDS.production }
    })
    e2e.writeBundle(changedContent())

    const run = await e2e.run({ 'poll-interval-seconds': poll })

    expect(run.outputs.result).toBe('rolled-back')
    expect(run.code).toBe(1)
    const deployment = await e2e.getDeployment(2)
    const rolledBack = deployment.EventLog?.find(
      (e) => e.EventType === 'ROLLBACK_COMPLETED'
    )?.OccurredAt
    expect(rolledBack).toBeDefined()
    const rolledBackAt = e2e.realTimeOf(rolledBack!)
    // The first poll that saw it: the first GetDeployment at or after it (emulated time).
    const seen = e2e
      .calls('GetDeployment')
      .find((c) => c.at.getTime() >= rolledBack!.getTime())
    expect(seen).toBeDefined()
    const result = {
      seen: Math.round(seen!.realAt.getTime() - rolledBackAt),
      exit: Math.round(run.exitedAt - rolledBackAt)
    }
    await e2e.close()
    e2e = undefined
    return result
  }

  it.each(['0.2', '1'])(
    'poll %s s: from ROLLED_BACK in the emulator to the process exit',
    async (poll) => {
      const samples: { seen: number; exit: number }[] = []
      for (const percentage of PERCENTAGES)
        samples.push(await sample(poll, percentage))
      const exits = samples.map((s) => s.exit).sort((a, b) => a - b)
      report(
        `rollback detection, poll ${poll} s, ${samples.length} runs: ROLLED_BACK → seen by a poll [${samples.map((s) => s.seen).join(', ')}] ms, → process exit [${samples.map((s) => s.exit).join(', ')}] ms (min ${exits[0]}, median ${exits[Math.floor(exits.length / 2)]}, max ${exits.at(-1)})`
      )
      const pollMs = Number(poll) * 1000
      for (const s of samples) {
        expect(s.seen).toBeGreaterThan(-50)
        expect(s.exit).toBeLessThan(pollMs + 10_000)
      }
    }
  )
})

describe('API calls per watch tick', () => {
  it('GetDeployment + DescribeAlarms: at most 2 per tick', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())

    const run = await e2e.run()

    expect(run.outputs.result).toBe('complete')
    const calls = e2e.calls()
    const start = calls.findIndex((c) => c.operation === 'StartDeployment')
    expect(start).toBeGreaterThan(-1)
    const watch = calls.slice(start + 1)
    const polls = watch.filter((c) => c.operation === 'GetDeployment')
    const alarms = watch.filter((c) => c.operation === 'DescribeAlarms')
    // Nothing else is called while watching.
    expect(watch.length).toBe(polls.length + alarms.length)
    const first = calls[start].realAt.getTime()
    const last = watch.at(-1)!.realAt.getTime()
    // Each tick is followed by a 200 ms sleep, so there can be at most this many ticks.
    const maxTicks = Math.floor((last - first) / 200) + 1
    const perTick = watch.length / maxTicks
    report(
      `watch: ${watch.length} calls (${polls.length} GetDeployment, ${alarms.length} DescribeAlarms) over ${last - first} ms at poll 0.2 s: ≤ ${maxTicks} ticks, ${perTick.toFixed(2)} calls per tick (by time), ${(watch.length / polls.length).toFixed(2)} per GetDeployment`
    )
    expect(perTick).toBeLessThanOrEqual(2)
    expect(alarms.length).toBeLessThanOrEqual(polls.length)
    expect(watch.length / polls.length).toBeLessThanOrEqual(2)
  })
})
