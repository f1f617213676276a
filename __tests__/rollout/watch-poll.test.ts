import { describe, expect, it } from '@jest/globals'
import type { Deployment } from '@aws-sdk/client-appconfig'
import {
  expectedChangeAt,
  FAST_POLL_MS,
  nextSleepMs,
  watchDeployment
} from '../../src/rollout/watch-deployment.js'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 10, 21, 9, 0, 0)

/** A deployment of a strategy with `duration` and `bake` minutes, started at T0. */
function deployment(
  state: Deployment['State'],
  extra: Partial<Deployment> = {}
): Deployment {
  return {
    State: state,
    StartedAt: new Date(T0),
    DeploymentDurationInMinutes: 10,
    FinalBakeTimeInMinutes: 5,
    ...extra
  }
}

describe('expectedChangeAt', () => {
  it('before BAKING: the start plus duration and bake (a lower bound), or duration only when waiting for BAKING', () => {
    expect(expectedChangeAt(deployment('DEPLOYING'), 'complete')).toBe(
      T0 + 15 * MINUTE
    )
    expect(expectedChangeAt(deployment('VALIDATING'), 'baking')).toBe(
      T0 + 10 * MINUTE
    )
  })

  it('while BAKING: the bake start from the event log plus the bake', () => {
    const baking = deployment('BAKING', {
      EventLog: [
        {
          EventType: 'BAKE_TIME_STARTED',
          OccurredAt: new Date(T0 + 11 * MINUTE)
        }
      ]
    })
    expect(expectedChangeAt(baking, 'complete')).toBe(T0 + 16 * MINUTE)
  })

  it('unknown without timestamps, and for terminal or rolling-back states', () => {
    expect(
      expectedChangeAt(
        deployment('DEPLOYING', { StartedAt: undefined }),
        'complete'
      )
    ).toBeUndefined()
    expect(expectedChangeAt(deployment('BAKING'), 'complete')).toBeUndefined()
    expect(
      expectedChangeAt(deployment('ROLLING_BACK'), 'complete')
    ).toBeUndefined()
  })
})

describe('nextSleepMs', () => {
  const poll = 10_000
  it('the poll interval while the end is further than one interval away', () => {
    expect(
      nextSleepMs(poll, T0, deployment('DEPLOYING'), undefined, 'complete')
    ).toBe(poll)
  })

  it('a tick just after the expected end when it comes within the interval', () => {
    const now = T0 + 15 * MINUTE - 3_000
    expect(
      nextSleepMs(poll, now, deployment('DEPLOYING'), undefined, 'complete')
    ).toBe(3_250)
  })

  it('fast polls for a while once the expected end has passed, then the interval again', () => {
    const end = T0 + 15 * MINUTE
    expect(
      nextSleepMs(
        poll,
        end + 1_000,
        deployment('DEPLOYING'),
        undefined,
        'complete'
      )
    ).toBe(FAST_POLL_MS)
    expect(
      nextSleepMs(
        poll,
        end + 60_000,
        deployment('DEPLOYING'),
        undefined,
        'complete'
      )
    ).toBe(poll)
  })

  it('fast polls for a minute once trouble shows (rolling back, an alarm firing), never faster than asked', () => {
    const rollingBack = deployment('ROLLING_BACK')
    expect(nextSleepMs(poll, T0, rollingBack, T0, 'complete')).toBe(
      FAST_POLL_MS
    )
    expect(nextSleepMs(poll, T0 + 59_000, rollingBack, T0, 'complete')).toBe(
      FAST_POLL_MS
    )
    expect(nextSleepMs(poll, T0 + 61_000, rollingBack, T0, 'complete')).toBe(
      poll
    )
    expect(nextSleepMs(500, T0, rollingBack, T0, 'complete')).toBe(500)
  })
})

describe('watchDeployment with trouble', () => {
  it('polls fast while a monitored alarm fires, and sees ROLLED_BACK within a second', async () => {
    let now = T0
    const sleeps: number[] = []
    const script: Deployment[] = [
      deployment('DEPLOYING'),
      deployment('ROLLING_BACK'),
      deployment('ROLLING_BACK'),
      deployment('ROLLED_BACK')
    ]
    let tick = 0
    const result = await watchDeployment(
      {
        getDeployment: () =>
          Promise.resolve(script[Math.min(tick++, script.length - 1)]!),
        readAlarms: () =>
          Promise.resolve([
            {
              arn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:a',
              name: 'a',
              state: tick > 1 ? 'ALARM' : 'OK',
              actionsEnabled: true
            }
          ]),
        sleep: (ms) => {
          sleeps.push(ms)
          now += ms
          return Promise.resolve()
        },
        now: () => now,
        log: () => undefined,
        warn: () => undefined,
        signal: new AbortController().signal
      },
      {
        deploymentNumber: 3,
        waitUntil: 'complete',
        deadline: now + 60 * MINUTE,
        pollMs: 10_000
      }
    )
    expect(result.outcome).toBe('rolled-back')
    expect(sleeps).toEqual([10_000, FAST_POLL_MS, FAST_POLL_MS])
  })
})

describe('watchDeployment with the expected end', () => {
  it('notices COMPLETE right after the bake ends instead of at the next regular poll', async () => {
    let now = T0 + 14 * MINUTE + 58_000
    const sleeps: number[] = []
    const bakeStarted = {
      EventType: 'BAKE_TIME_STARTED' as const,
      OccurredAt: new Date(T0 + 10 * MINUTE)
    }
    const result = await watchDeployment(
      {
        getDeployment: () =>
          Promise.resolve(
            now >= T0 + 15 * MINUTE
              ? deployment('COMPLETE')
              : deployment('BAKING', { EventLog: [bakeStarted] })
          ),
        readAlarms: undefined,
        sleep: (ms) => {
          sleeps.push(ms)
          now += ms
          return Promise.resolve()
        },
        now: () => now,
        log: () => undefined,
        warn: () => undefined,
        signal: new AbortController().signal
      },
      {
        deploymentNumber: 3,
        waitUntil: 'complete',
        deadline: now + 60 * MINUTE,
        pollMs: 10_000
      }
    )
    expect(result.outcome).toBe('complete')
    expect(sleeps).toEqual([2_250])
  })
})
