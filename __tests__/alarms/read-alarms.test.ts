import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CloudWatchClient,
  DescribeAlarmsCommand
} from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import 'aws-sdk-client-mock-jest'
import { AppConfigClient } from '@aws-sdk/client-appconfig'
import { isFiring } from '../../src/alarms/alarm.js'
import { parseAlarmArn } from '../../src/alarms/parse-alarm-arn.js'
import { readAlarms } from '../../src/alarms/read-alarms.js'
import type { AwsClients } from '../../src/aws/clients.js'

const cloudwatch = mockClient(CloudWatchClient)
const regions: string[] = []
const clients: AwsClients = {
  region: 'eu-west-1',
  appconfig: new AppConfigClient({ region: 'eu-west-1' }),
  cloudwatch: (region) => {
    regions.push(region)
    return new CloudWatchClient({
      region,
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' }
    })
  }
}

beforeEach(() => {
  cloudwatch.reset()
  regions.length = 0
})

describe('parseAlarmArn', () => {
  it.each([
    [
      'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-5xx',
      { region: 'eu-west-1', name: 'checkout-5xx' }
    ],
    [
      'arn:aws-cn:cloudwatch:cn-north-1:123456789012:alarm:a:b:c',
      { region: 'cn-north-1', name: 'a:b:c' }
    ],
    ['arn:aws:sns:eu-west-1:123456789012:topic', undefined],
    ['arn:aws:cloudwatch:eu-west-1:123456789012:dashboard:x', undefined],
    ['checkout-5xx', undefined],
    ['arn:aws:cloudwatch:eu-west-1:123456789012:alarm:', undefined]
  ])('%s', (arn, expected) => {
    const ref = parseAlarmArn(arn)
    expect(
      ref === undefined ? undefined : { region: ref.region, name: ref.name }
    ).toEqual(expected)
  })
})

describe('readAlarms', () => {
  it('asks once per region for metric and composite alarms and reports missing ones as UNKNOWN', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        {
          AlarmArn: 'arn:aws:cloudwatch:eu-west-1:1:alarm:a',
          AlarmName: 'a',
          StateValue: 'OK',
          ActionsEnabled: true
        }
      ],
      CompositeAlarms: [
        {
          AlarmArn: 'arn:aws:cloudwatch:eu-west-1:1:alarm:c',
          AlarmName: 'c',
          StateValue: 'ALARM',
          StateReason: 'child a',
          ActionsEnabled: true
        }
      ]
    })
    const alarms = await readAlarms(clients, [
      'arn:aws:cloudwatch:eu-west-1:1:alarm:a',
      'arn:aws:cloudwatch:eu-west-1:1:alarm:c',
      'arn:aws:cloudwatch:eu-west-1:1:alarm:gone',
      'not-an-arn'
    ])
    expect(cloudwatch).toHaveReceivedCommandTimes(DescribeAlarmsCommand, 1)
    expect(cloudwatch).toHaveReceivedCommandWith(DescribeAlarmsCommand, {
      AlarmNames: ['a', 'c', 'gone'],
      AlarmTypes: ['MetricAlarm', 'CompositeAlarm']
    })
    expect(alarms.map((a) => [a.name, a.state, a.type])).toEqual([
      ['a', 'OK', 'metric'],
      ['c', 'ALARM', 'composite'],
      ['gone', 'UNKNOWN', undefined],
      ['not-an-arn', 'UNKNOWN', undefined]
    ])
    expect(alarms.map(isFiring)).toEqual([false, true, false, false])
  })

  it('asks for up to 100 names in one call and 100 records a page: one call per 100 monitors', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves({})
    const arns = Array.from(
      { length: 150 },
      (_, i) => `arn:aws:cloudwatch:eu-west-1:1:alarm:a${i}`
    )
    await readAlarms(clients, arns.slice(0, 100))
    expect(cloudwatch).toHaveReceivedCommandTimes(DescribeAlarmsCommand, 1)
    expect(cloudwatch).toHaveReceivedCommandWith(DescribeAlarmsCommand, {
      MaxRecords: 100
    })
    cloudwatch.resetHistory()
    await readAlarms(clients, arns)
    const sizes = cloudwatch
      .commandCalls(DescribeAlarmsCommand)
      .map((c) => c.args[0].input.AlarmNames?.length)
    expect(sizes.sort()).toEqual([100, 50])
  })

  it('reads alarms of other regions with a client of that region', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves({})
    await readAlarms(clients, [
      'arn:aws:cloudwatch:us-east-1:1:alarm:x',
      'arn:aws:cloudwatch:eu-west-1:1:alarm:y'
    ])
    expect(regions.sort()).toEqual(['eu-west-1', 'us-east-1'])
    expect(cloudwatch).toHaveReceivedCommandTimes(DescribeAlarmsCommand, 2)
  })

  it('treats INSUFFICIENT_DATA as firing, but not with actions disabled', () => {
    expect(isFiring({ arn: 'a', name: 'a', state: 'INSUFFICIENT_DATA' })).toBe(
      true
    )
    expect(
      isFiring({ arn: 'a', name: 'a', state: 'ALARM', actionsEnabled: false })
    ).toBe(false)
  })
})
