import { peakInWindow } from '../../scripts/bench-fleet.js'
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  GetDeploymentStrategyCommand,
  ListApplicationsCommand,
  ListDeploymentStrategiesCommand
} from '@aws-sdk/client-appconfig'
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import {
  startEmulator,
  Quotas,
  quotaFor,
  type RunningEmulator
} from '../../emulator/index.js'
import { appConfigClient, cloudWatchClient } from './emulator-clients.js'

let emulator: RunningEmulator | undefined
afterEach(async () => {
  await emulator?.close()
  emulator = undefined
})

/** Sends `count` calls at once; returns how many succeeded and the errors' name/status. */
async function burst(
  count: number,
  send: () => Promise<unknown>
): Promise<{ ok: number; errors: string[] }> {
  const results = await Promise.allSettled(
    Array.from({ length: count }, () => send())
  )
  const errors = results
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r) => {
      const e = r.reason as {
        name: string
        $metadata?: { httpStatusCode?: number }
      }
      return `${e.name} ${e.$metadata?.httpStatusCode ?? '?'}`
    })
  return { ok: count - errors.length, errors }
}

describe('quota rules', () => {
  it('maps operations to the documented budgets', () => {
    expect(quotaFor('appconfig', 'ListDeployments')).toEqual({
      budget: 'appconfig:List*',
      perSecond: 10
    })
    expect(quotaFor('appconfig', 'ListTagsForResource')?.budget).toBe(
      'appconfig:List*'
    )
    expect(quotaFor('appconfig', 'GetDeployment')).toEqual({
      budget: 'appconfig:Get*',
      perSecond: 100
    })
    expect(quotaFor('appconfig', 'StartDeployment')).toEqual({
      budget: 'appconfig:StartDeployment',
      perSecond: 10
    })
    expect(quotaFor('appconfig', 'TagResource')?.perSecond).toBe(20)
    expect(quotaFor('cloudwatch', 'DescribeAlarms')).toEqual({
      budget: 'cloudwatch:DescribeAlarms',
      perSecond: 9
    })
    expect(quotaFor('cloudwatch', 'SetAlarmState')).toBeUndefined()
  })

  it('serves at most the rate in any second, on real time, and refills', () => {
    let now = 0
    const quotas = new Quotas({ realNow: () => now })
    const take = (n: number, op = 'ListApplications'): number =>
      Array.from({ length: n }, () =>
        quotas.admit('appconfig', op, 'us-east-1')
      ).filter((refused) => refused === undefined).length
    expect(take(25)).toBe(10)
    // Half a second later the ten are still within the last second: nothing more.
    now += 500
    expect(take(25)).toBe(0)
    // A second after them, the window and the bucket have room for ten again.
    now += 501
    expect(take(25)).toBe(10)
    // Another List* operation shares the budget; Get* has its own.
    now += 100
    expect(take(5, 'ListDeployments')).toBe(0)
    expect(take(150, 'GetDeployment')).toBe(100)
    // A steady 10 a second (one every 100 ms) is always served.
    now += 2000
    let steady = 0
    for (let i = 0; i < 30; i++, now += 100) steady += take(1)
    expect(steady).toBe(30)
    // Another region is another budget.
    expect(quotas.admit('appconfig', 'ListApplications', 'eu-west-1')).toBe(
      undefined
    )
    expect(quotas.refused.get('appconfig:List*')).toBe(15 + 25 + 15 + 5)
  })
})

describe('an emulator with quotas', () => {
  it('answers a burst above AppConfig List* with 429 ThrottlingException, at most 10 a second', async () => {
    emulator = await startEmulator({ quotas: true })
    const client = appConfigClient(emulator.endpoint, 1)
    const started = performance.now()
    const first = await burst(30, () =>
      client.send(
        new (Math.random() < 0.5
          ? ListApplicationsCommand
          : ListDeploymentStrategiesCommand)({})
      )
    )
    const elapsed = (performance.now() - started) / 1000
    // Ten in the first second, and ten more per second the burst took to serve.
    expect(first.ok).toBeGreaterThanOrEqual(10)
    expect(first.ok).toBeLessThanOrEqual(10 * Math.ceil(elapsed))
    expect(new Set(first.errors)).toEqual(new Set(['ThrottlingException 429']))
    // Get* is a separate, larger budget: the same burst passes.
    const gets = await burst(30, () =>
      client.send(
        new GetDeploymentStrategyCommand({
          DeploymentStrategyId: 'AppConfig.AllAtOnce'
        })
      )
    )
    expect(gets.ok).toBe(30)
    const throttled = emulator.control
      .calls()
      .filter((c) => c.throttledBy !== undefined)
    expect(throttled.length).toBe(first.errors.length)
    expect(throttled.every((c) => c.throttledBy === 'appconfig:List*')).toBe(
      true
    )
    expect(throttled.every((c) => c.status === 429 && !c.applied)).toBe(true)
    // Each limited call carries the limiter's clock: counted on it, no second serves over 10.
    const lists = emulator.control
      .calls()
      .filter((c) => c.operation.startsWith('List'))
    expect(lists.every((c) => typeof c.quotaAt === 'number')).toBe(true)
    const served = lists
      .filter((c) => c.throttledBy === undefined)
      .map((c) => c.quotaAt!)
      .sort((a, b) => a - b)
    expect(peakInWindow(served)).toBe(10)
    client.destroy()
  })

  it('answers DescribeAlarms above 9 a second with 400 Throttling, in JSON and Query alike', async () => {
    emulator = await startEmulator({ quotas: true })
    for (const query of [false, true]) {
      const client = cloudWatchClient(emulator.endpoint, { query })
      await new Promise((resolve) => setTimeout(resolve, 1100)) // a full bucket
      const result = await burst(20, () =>
        client.send(new DescribeAlarmsCommand({}))
      )
      expect(result.ok).toBeGreaterThanOrEqual(9)
      expect(result.ok).toBeLessThanOrEqual(11)
      expect(new Set(result.errors)).toEqual(new Set(['Throttling 400']))
      client.destroy()
    }
  })

  it('lets a retrying SDK through a burst: the throttled attempts are retried, none fails', async () => {
    emulator = await startEmulator({ quotas: true })
    const client = appConfigClient(emulator.endpoint, 10)
    const result = await burst(20, () =>
      client.send(new ListApplicationsCommand({}))
    )
    expect(result.ok).toBe(20)
    expect(
      emulator.control.calls().some((c) => c.throttledBy !== undefined)
    ).toBe(true)
    client.destroy()
    // The SDK's backoff after a throttle is random (up to seconds per attempt): a burst of 20
    // at 10 a second can take longer than jest's default 5 s without anything being wrong.
  }, 60_000)

  it('is off by default', async () => {
    emulator = await startEmulator()
    const client = appConfigClient(emulator.endpoint, 1)
    const result = await burst(30, () =>
      client.send(new ListApplicationsCommand({}))
    )
    expect(result.ok).toBe(30)
    client.destroy()
  })
})
