import { describe, expect, it } from '@jest/globals'
import type { Deployment } from '@aws-sdk/client-appconfig'
import {
  watchDeployment,
  MAX_FAILED_TICKS,
  type WatchDeps,
  type WatchOptions
} from '../../src/rollout/watch-deployment.js'
import type { AlarmReport } from '../../src/report/report.js'

const ARN = 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-5xx'

/** A scripted world: each tick returns the next deployment (and alarms); time is simulated. */
function world(
  script: (Partial<Deployment> | Error)[],
  alarms?: (AlarmReport[] | Error)[]
) {
  let t = 0
  let tick = 0
  let alarmTick = 0
  const log: string[] = []
  const warnings: string[] = []
  const sleeps: number[] = []
  const controller = new AbortController()
  const deps: WatchDeps = {
    getDeployment: () => {
      const step = script[Math.min(tick++, script.length - 1)]
      return step instanceof Error
        ? Promise.reject(step)
        : Promise.resolve(step as Deployment)
    },
    readAlarms:
      alarms &&
      (() => {
        const step = alarms[Math.min(alarmTick++, alarms.length - 1)]!
        return step instanceof Error
          ? Promise.reject(step)
          : Promise.resolve(step)
      }),
    sleep: (ms) => {
      sleeps.push(ms)
      t += ms
      return Promise.resolve()
    },
    now: () => t,
    log: (line) => log.push(line),
    warn: (line) => warnings.push(line),
    signal: controller.signal
  }
  return { deps, log, warnings, sleeps, controller, calls: () => tick }
}

const options = (extra: Partial<WatchOptions> = {}): WatchOptions => ({
  deploymentNumber: 7,
  waitUntil: 'complete',
  deadline: 600_000,
  pollMs: 10_000,
  ...extra
})

const alarm = (
  state: AlarmReport['state'],
  extra: Partial<AlarmReport> = {}
): AlarmReport => ({
  arn: ARN,
  name: 'checkout-5xx',
  state,
  actionsEnabled: true,
  ...extra
})

function serverError(): Error {
  return Object.assign(new Error('Internal error'), {
    name: 'InternalServerException',
    $metadata: { httpStatusCode: 500 }
  })
}

function throttle(): Error {
  return Object.assign(new Error('Rate exceeded'), {
    name: 'ThrottlingException'
  })
}

describe('watchDeployment', () => {
  it('keeps polling through VALIDATING, DEPLOYING and BAKING and ends on COMPLETE', async () => {
    const w = world([
      { State: 'VALIDATING', PercentageComplete: 0 },
      { State: 'DEPLOYING', PercentageComplete: 50 },
      { State: 'DEPLOYING', PercentageComplete: 50 },
      { State: 'BAKING', PercentageComplete: 100 },
      { State: 'COMPLETE', PercentageComplete: 100 }
    ])
    const result = await watchDeployment(w.deps, options())
    expect(result.outcome).toBe('complete')
    expect(result.ticks).toBe(5)
    expect(w.sleeps).toEqual([10_000, 10_000, 10_000, 10_000])
    // one line per change, not per poll
    expect(w.log).toEqual([
      '[0.0s] Deployment 7: VALIDATING 0%',
      '[10.0s] Deployment 7: DEPLOYING 50%',
      '[30.0s] Deployment 7: BAKING 100%',
      '[40.0s] Deployment 7: COMPLETE 100%'
    ])
  })

  it('treats ROLLING_BACK as not terminal and ROLLED_BACK as the end, naming the alarm', async () => {
    const w = world(
      [
        { State: 'DEPLOYING', PercentageComplete: 50 },
        { State: 'ROLLING_BACK', PercentageComplete: 50 },
        {
          State: 'ROLLED_BACK',
          EventLog: [
            { EventType: 'ROLLBACK_COMPLETED', TriggeredBy: 'APPCONFIG' },
            {
              EventType: 'ROLLBACK_STARTED',
              TriggeredBy: 'CLOUDWATCH_ALARM',
              Description: `Rollback initiated by CloudWatch alarm ${ARN}.`
            }
          ]
        }
      ],
      [
        [alarm('OK')],
        [alarm('ALARM', { reason: 'Threshold crossed' })],
        [alarm('ALARM')]
      ]
    )
    const result = await watchDeployment(w.deps, options())
    expect(result.outcome).toBe('rolled-back')
    expect(result.triggeredAlarms).toEqual([ARN])
    expect(w.log).toContain(
      '[10.0s] Alarm checkout-5xx: OK → ALARM (Threshold crossed)'
    )
    expect(w.log.filter((l) => l.includes('Alarm'))).toHaveLength(2) // "watching → OK", then "OK → ALARM"
  })

  it('ends on REVERTED', async () => {
    const w = world([{ State: 'BAKING' }, { State: 'REVERTED' }])
    expect((await watchDeployment(w.deps, options())).outcome).toBe('reverted')
  })

  it('takes alarms named in a rollback event even when DescribeAlarms never saw them fire', async () => {
    const w = world([
      {
        State: 'ROLLED_BACK',
        EventLog: [
          {
            EventType: 'ROLLBACK_STARTED',
            TriggeredBy: 'CLOUDWATCH_ALARM',
            Description: `Alarm ${ARN} went off`
          }
        ]
      }
    ])
    expect((await watchDeployment(w.deps, options())).triggeredAlarms).toEqual([
      ARN
    ])
  })

  it('ignores firing alarms whose actions are disabled', async () => {
    const w = world(
      [{ State: 'COMPLETE' }],
      [[alarm('ALARM', { actionsEnabled: false })]]
    )
    expect((await watchDeployment(w.deps, options())).triggeredAlarms).toEqual(
      []
    )
  })

  it.each([
    ['started', [{ State: 'VALIDATING' }], 'started', 1],
    ['baking', [{ State: 'DEPLOYING' }, { State: 'BAKING' }], 'baking', 2],
    [
      'baking',
      [{ State: 'DEPLOYING' }, { State: 'ROLLED_BACK' }],
      'rolled-back',
      2
    ],
    ['started', [{ State: 'COMPLETE' }], 'complete', 1]
  ] as const)(
    'wait-until %s on %j ends as %s',
    async (waitUntil, script, outcome, ticks) => {
      const w = world([...script])
      const result = await watchDeployment(w.deps, options({ waitUntil }))
      expect(result.outcome).toBe(outcome)
      expect(result.ticks).toBe(ticks)
    }
  )

  it('times out at the deadline, sleeping only what is left', async () => {
    const w = world([{ State: 'DEPLOYING', PercentageComplete: 10 }])
    const result = await watchDeployment(w.deps, options({ deadline: 25_000 }))
    expect(result.outcome).toBe('timed-out')
    expect(w.sleeps).toEqual([10_000, 10_000, 5_000])
  })

  it('survives transient failures and says so', async () => {
    const w = world([
      serverError(),
      { State: 'DEPLOYING' },
      serverError(),
      { State: 'COMPLETE' }
    ])
    const result = await watchDeployment(w.deps, options())
    expect(result.outcome).toBe('complete')
    expect(w.warnings).toHaveLength(2)
    expect(w.warnings[0]).toContain('Internal error')
    expect(w.warnings[0]).toContain(`(1/${MAX_FAILED_TICKS})`)
  })

  it('gives up after too many failed ticks in a row', async () => {
    const w = world([serverError()])
    await expect(watchDeployment(w.deps, options())).rejects.toThrow(
      'Internal error'
    )
    expect(w.calls()).toBe(MAX_FAILED_TICKS)
  })

  it('never ends on throttled reads while the deadline allows another try, and polls no faster after one', async () => {
    const script: (Partial<Deployment> | Error)[] = [
      ...Array.from({ length: 3 * MAX_FAILED_TICKS }, () => throttle()),
      { State: 'COMPLETE' }
    ]
    const w = world(script)
    const result = await watchDeployment(
      w.deps,
      options({ pollMs: 1_000, deadline: 60_000 })
    )
    expect(result.outcome).toBe('complete')
    expect(w.calls()).toBe(3 * MAX_FAILED_TICKS + 1)
    expect(w.warnings[0]).toContain('throttled by AWS (Rate exceeded)')
    expect(w.warnings[0]).toContain('until the deadline')
    expect(Math.min(...w.sleeps)).toBe(1_000)
  })

  it('ends a watch throttled to the deadline as timed out, not failed', async () => {
    const w = world([throttle()])
    const result = await watchDeployment(
      w.deps,
      options({ pollMs: 10_000, deadline: 55_000 })
    )
    expect(result.outcome).toBe('timed-out')
    // Ticks at 0, 10, … 50 s and at the deadline: more than MAX_FAILED_TICKS, none fatal.
    expect(w.calls()).toBe(7)
    expect(w.calls()).toBeGreaterThan(MAX_FAILED_TICKS)
  })

  it('reads the alarms at most every ALARM_POLL_MS, and at once when a rollback shows', async () => {
    const states: Partial<Deployment>[] = [
      ...Array.from({ length: 25 }, () => ({ State: 'DEPLOYING' as const })),
      { State: 'ROLLING_BACK' },
      { State: 'ROLLED_BACK' }
    ]
    const w = world(states, [[alarm('OK')]])
    let alarmReads = 0
    const read = w.deps.readAlarms!
    const deps: WatchDeps = {
      ...w.deps,
      readAlarms: (signal) => {
        alarmReads++
        return read(signal)
      }
    }
    const result = await watchDeployment(deps, options({ pollMs: 1_000 }))
    expect(result.outcome).toBe('rolled-back')
    expect(w.calls()).toBe(27)
    // Ticks at 0..24 s: reads at 0, 10, 20 s; the rollback at 25 s reads once more.
    expect(alarmReads).toBe(4)
    expect(alarmReads).toBeLessThan(w.calls())
  })

  it('spreads its polls with jitter when given a random source', async () => {
    const w = world([
      { State: 'DEPLOYING' },
      { State: 'DEPLOYING' },
      { State: 'COMPLETE' }
    ])
    const draws = [0, 0.999]
    await watchDeployment(
      { ...w.deps, random: () => draws.shift() ?? 0.5 },
      options()
    )
    expect(w.sleeps[0]).toBe(9_000)
    expect(w.sleeps[1]).toBeGreaterThan(10_990)
    expect(w.sleeps[1]).toBeLessThanOrEqual(11_000)
  })

  it('fails at once on an error that will not pass (access denied)', async () => {
    const denied = Object.assign(new Error('not authorized'), {
      name: 'AccessDeniedException'
    })
    const w = world([{ State: 'DEPLOYING' }, denied])
    await expect(watchDeployment(w.deps, options())).rejects.toThrow(
      'not authorized'
    )
  })

  it('stops as cancelled when the signal aborts', async () => {
    const w = world([{ State: 'DEPLOYING' }])
    const deps: WatchDeps = {
      ...w.deps,
      sleep: () => {
        w.controller.abort()
        return Promise.reject(new Error('aborted'))
      }
    }
    const result = await watchDeployment(deps, options())
    expect(result.outcome).toBe('cancelled')
    expect(result.deployment?.State).toBe('DEPLOYING')
  })

  it('makes at most two calls per tick: GetDeployment and one DescribeAlarms', async () => {
    let alarmCalls = 0
    const w = world([
      { State: 'DEPLOYING' },
      { State: 'DEPLOYING' },
      { State: 'COMPLETE' }
    ])
    const deps: WatchDeps = {
      ...w.deps,
      readAlarms: () => {
        alarmCalls++
        return Promise.resolve([alarm('OK')])
      }
    }
    const result = await watchDeployment(deps, options())
    expect(result.ticks).toBe(3)
    expect(w.calls() + alarmCalls).toBe(6)
  })
})
