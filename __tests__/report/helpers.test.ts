import { describe, expect, it } from '@jest/globals'
import {
  alarmConsoleUrl,
  consoleOrigin,
  deploymentConsoleUrl,
  parseAlarmArn
} from '../../src/report/console-url.js'
import {
  formatDuration,
  formatMinutes,
  formatPercent,
  formatTimestamp,
  secondsBetween
} from '../../src/report/format-duration.js'
import { describeStrategy } from '../../src/report/render-target.js'
import type {
  AlarmReport,
  RolloutReport,
  StrategyReport
} from '../../src/report/report.js'
import {
  eventsOldestFirst,
  findRollbackCause as findCause
} from '../../src/appconfig/deployment-events.js'
import { ALARM_5XX, at, sampleRollout } from './sample-reports.js'

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [0.44, '0.4s'],
    [2.5, '2.5s'],
    [9.96, '10s'],
    [45, '45s'],
    [60, '1m'],
    [130, '2m 10s'],
    [3_600, '1h'],
    [3_725, '1h 2m'],
    [90_061, '1d 1h'],
    [-1, '?'],
    [Number.NaN, '?']
  ])('%p s → %p', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })

  it('formats strategy minutes, percentages and timestamps', () => {
    expect(formatMinutes(0)).toBe('0m')
    expect(formatMinutes(0.5)).toBe('30s')
    expect(formatMinutes(20)).toBe('20m')
    expect(formatPercent(50)).toBe('50%')
    expect(formatPercent(12.5)).toBe('12.5%')
    expect(formatPercent(100 / 3)).toBe('33.33%')
    expect(formatTimestamp('2025-11-20T10:00:33.000Z')).toBe(
      '2025-11-20 10:00:33 UTC'
    )
    expect(formatTimestamp('yesterday')).toBe('yesterday')
    expect(secondsBetween(at(0), at(130))).toBe(130)
    expect(secondsBetween(at(0), 'garbage')).toBeUndefined()
    expect(secondsBetween(undefined, at(1))).toBeUndefined()
  })
})

describe('console URLs', () => {
  it.each([
    ['eu-west-1', 'https://eu-west-1.console.aws.amazon.com'],
    ['cn-north-1', 'https://cn-north-1.console.amazonaws.cn'],
    ['cn-northwest-1', 'https://cn-northwest-1.console.amazonaws.cn'],
    ['us-gov-west-1', 'https://console.amazonaws-us-gov.com'],
    ['us-iso-east-1', undefined],
    ['', undefined],
    ['evil.example.com/x', undefined]
  ])('%s → %s', (region, origin) => {
    expect(consoleOrigin(region)).toBe(origin)
  })

  it('builds the AppConfig deployment page for each partition', () => {
    expect(deploymentConsoleUrl('eu-west-1', 'a1b2c3d', 'e4f5g6h', 42)).toBe(
      'https://eu-west-1.console.aws.amazon.com/systems-manager/appconfig/applications/a1b2c3d/environments/e4f5g6h/deployments/42?region=eu-west-1'
    )
    expect(deploymentConsoleUrl('cn-north-1', 'a', 'e', 1)).toBe(
      'https://cn-north-1.console.amazonaws.cn/systems-manager/appconfig/applications/a/environments/e/deployments/1?region=cn-north-1'
    )
    expect(deploymentConsoleUrl('us-gov-west-1', 'a', 'e', 1)).toBe(
      'https://console.amazonaws-us-gov.com/systems-manager/appconfig/applications/a/environments/e/deployments/1?region=us-gov-west-1'
    )
    expect(deploymentConsoleUrl('us-iso-east-1', 'a', 'e', 1)).toBeUndefined()
    expect(deploymentConsoleUrl('eu-west-1', 'a/(b)', 'e', 1)).toContain(
      '/applications/a%2F%28b%29/'
    )
  })

  it('links an alarm from its ARN, in its own region and partition', () => {
    expect(parseAlarmArn(ALARM_5XX)).toEqual({
      arn: ALARM_5XX,
      region: 'eu-west-1',
      account: '123456789012',
      name: 'checkout-5xx'
    })
    expect(alarmConsoleUrl(ALARM_5XX)).toBe(
      'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:alarm/checkout-5xx'
    )
    expect(
      alarmConsoleUrl('arn:aws-cn:cloudwatch:cn-north-1:1:alarm:p99 (api)')
    ).toBe(
      'https://cn-north-1.console.amazonaws.cn/cloudwatch/home?region=cn-north-1#alarmsV2:alarm/p99%20%28api%29'
    )
    expect(alarmConsoleUrl('not an arn')).toBeUndefined()
  })
})

describe('describeStrategy', () => {
  const strategy = (overrides: Partial<StrategyReport>): StrategyReport => ({
    id: 's',
    name: 's',
    growthType: 'LINEAR',
    growthFactor: 50,
    durationMinutes: 1,
    finalBakeMinutes: 1,
    ...overrides
  })
  it.each<[Partial<StrategyReport>, string]>([
    [{}, 'linear, +50% every 30s over 1m, then a 1m bake'],
    [
      { growthFactor: 100, durationMinutes: 0, finalBakeMinutes: 10 },
      'all at once, then a 10m bake'
    ],
    [
      { growthFactor: 20, durationMinutes: 30, finalBakeMinutes: 0 },
      'linear, +20% every 6m over 30m, no bake'
    ],
    [
      {
        growthType: 'EXPONENTIAL',
        growthFactor: 10,
        durationMinutes: 20,
        finalBakeMinutes: 10
      },
      'exponential, from 10% doubling every 4m over 20m, then a 10m bake'
    ]
  ])('%j → %s', (overrides, text) => {
    expect(describeStrategy(strategy(overrides))).toBe(text)
  })
})

/** The cause as the rollout reads it, from a report's rollout and the alarms it knows. */
function findRollbackCause(
  rollout: RolloutReport,
  alarms: readonly AlarmReport[]
) {
  return findCause(rollout.events, {
    triggeredAlarms: rollout.triggeredAlarms,
    knownAlarms: alarms.map((a) => a.arn),
    stopped: rollout.stopped === true,
    percentage: rollout.percentage
  })
}

describe('findRollbackCause', () => {
  it('reads the alarm from the ROLLBACK_STARTED event and the percentage before it', () => {
    const rollout = sampleRollout({
      percentage: 0,
      events: [
        {
          at: at(52),
          type: 'ROLLBACK_STARTED',
          triggeredBy: 'CLOUDWATCH_ALARM',
          description: `Rollback initiated by CloudWatch Alarm: ${ALARM_5XX}`
        },
        {
          at: at(33),
          type: 'PERCENTAGE_UPDATED',
          triggeredBy: 'APPCONFIG',
          description: 'Configuration available to 50.00% of clients'
        },
        {
          at: at(70),
          type: 'PERCENTAGE_UPDATED',
          triggeredBy: 'APPCONFIG',
          description: 'Configuration available to 0.00% of clients'
        }
      ]
    })
    expect(findRollbackCause(rollout, [])).toEqual({
      by: 'alarm',
      alarmArns: [ALARM_5XX],
      description: `Rollback initiated by CloudWatch Alarm: ${ALARM_5XX}`,
      percentage: 50
    })
  })

  it('tells this run stopping it apart from someone else', () => {
    const event = {
      at: at(10),
      type: 'ROLLBACK_STARTED',
      triggeredBy: 'USER',
      description: 'Rollback initiated by AWS account 1'
    }
    expect(
      findRollbackCause(sampleRollout({ events: [event], stopped: true }), [])
        .by
    ).toBe('self')
    expect(findRollbackCause(sampleRollout({ events: [event] }), []).by).toBe(
      'user'
    )
  })

  it('says unknown when nothing records the cause', () => {
    const cause = findRollbackCause(
      sampleRollout({ events: [], percentage: undefined }),
      []
    )
    expect(cause).toEqual({
      by: 'unknown',
      alarmArns: [],
      description: undefined,
      percentage: undefined
    })
  })

  it('sorts events oldest first, keeping the order of equal or unreadable times', () => {
    const events = [
      { at: at(5), type: 'B' },
      { at: at(5), type: 'C' },
      { at: at(1), type: 'A' }
    ]
    expect(eventsOldestFirst(events).map((e) => e.type)).toEqual([
      'A',
      'B',
      'C'
    ])
  })
})
