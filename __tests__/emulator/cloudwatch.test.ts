import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  InvalidNextToken,
  PutCompositeAlarmCommand,
  PutMetricAlarmCommand,
  ResourceNotFound,
  SetAlarmStateCommand
} from '@aws-sdk/client-cloudwatch'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import { cloudWatchClient } from './emulator-clients.js'

let emulator: RunningEmulator

beforeAll(async () => {
  emulator = await startEmulator({
    timeScale: 0,
    startTime: new Date('2026-09-01T10:00:00Z')
  })
  await emulator.control.seed({
    alarms: [
      {
        name: 'checkout-5xx',
        settings: {
          Namespace: 'Checkout',
          MetricName: '5xx',
          Threshold: 5,
          EvaluationPeriods: 1,
          ComparisonOperator: 'GreaterThanThreshold',
          Dimensions: [{ Name: 'Api', Value: 'checkout' }]
        }
      },
      { name: 'checkout-latency', state: 'ALARM' },
      {
        name: 'checkout-health',
        type: 'composite',
        alarmRule: 'ALARM("checkout-5xx") OR ALARM("checkout-latency")'
      }
    ]
  })
})

afterAll(async () => {
  await emulator.close()
})

describe.each([
  ['AWS JSON 1.0 (the JS SDK default)', false, 'json'],
  ['AWS Query (aws-cli 2.9)', true, 'query']
])('CloudWatch over %s', (_name, query, protocol) => {
  let client: CloudWatchClient
  beforeAll(() => {
    client = cloudWatchClient(emulator.endpoint, { query })
  })
  afterAll(() => client.destroy())

  it('describes metric alarms only when AlarmTypes is omitted, as AWS does', async () => {
    emulator.control.clearCalls()
    const out = await client.send(new DescribeAlarmsCommand({}))
    expect(out.MetricAlarms?.map((a) => a.AlarmName)).toEqual([
      'checkout-5xx',
      'checkout-latency'
    ])
    expect(out.CompositeAlarms ?? []).toEqual([])
    expect(emulator.control.calls('DescribeAlarms')[0]!.protocol).toBe(protocol)
  })

  it('describes metric and composite alarms by name with their state and timestamps', async () => {
    const out = await client.send(
      new DescribeAlarmsCommand({
        AlarmNames: ['checkout-5xx', 'checkout-health'],
        AlarmTypes: ['MetricAlarm', 'CompositeAlarm']
      })
    )
    expect(out.MetricAlarms?.[0]).toMatchObject({
      AlarmName: 'checkout-5xx',
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout-5xx',
      StateValue: 'OK',
      ActionsEnabled: true,
      Namespace: 'Checkout',
      Threshold: 5,
      Dimensions: [{ Name: 'Api', Value: 'checkout' }]
    })
    expect(out.MetricAlarms?.[0]!.StateUpdatedTimestamp).toEqual(
      new Date('2026-09-01T10:00:00Z')
    )
    expect(out.CompositeAlarms?.[0]).toMatchObject({
      AlarmName: 'checkout-health',
      AlarmRule: 'ALARM("checkout-5xx") OR ALARM("checkout-latency")',
      StateValue: 'ALARM'
    })
  })

  it('filters by StateValue and prefix, and pages with MaxRecords / NextToken', async () => {
    const firing = await client.send(
      new DescribeAlarmsCommand({
        StateValue: 'ALARM',
        AlarmTypes: ['MetricAlarm', 'CompositeAlarm']
      })
    )
    expect(
      [...(firing.MetricAlarms ?? []), ...(firing.CompositeAlarms ?? [])]
        .map((a) => a.AlarmName)
        .sort()
    ).toEqual(['checkout-health', 'checkout-latency'])
    const first = await client.send(
      new DescribeAlarmsCommand({ AlarmNamePrefix: 'checkout-', MaxRecords: 1 })
    )
    expect(first.MetricAlarms).toHaveLength(1)
    const second = await client.send(
      new DescribeAlarmsCommand({
        AlarmNamePrefix: 'checkout-',
        MaxRecords: 1,
        NextToken: first.NextToken
      })
    )
    expect(second.MetricAlarms?.[0]!.AlarmName).toBe('checkout-latency')
    await expect(
      client.send(new DescribeAlarmsCommand({ NextToken: 'bogus' }))
    ).rejects.toBeInstanceOf(InvalidNextToken)
  })

  it('changes an alarm with SetAlarmState and answers an unknown alarm with ResourceNotFound', async () => {
    await client.send(
      new SetAlarmStateCommand({
        AlarmName: 'checkout-5xx',
        StateValue: 'ALARM',
        StateReason: 'test'
      })
    )
    expect(emulator.control.alarmState('checkout-5xx')).toBe('ALARM')
    await client.send(
      new SetAlarmStateCommand({
        AlarmName: 'checkout-5xx',
        StateValue: 'OK',
        StateReason: 'back'
      })
    )
    const error = await client
      .send(
        new SetAlarmStateCommand({
          AlarmName: 'nope',
          StateValue: 'ALARM',
          StateReason: 'x'
        })
      )
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResourceNotFound)
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 404 } })
  })

  it('creates, updates and deletes alarms with PutMetricAlarm / PutCompositeAlarm / DeleteAlarms', async () => {
    const name = `${protocol}-errors`
    await client.send(
      new PutMetricAlarmCommand({
        AlarmName: name,
        Namespace: 'Checkout',
        MetricName: 'Errors',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 2,
        Threshold: 10,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        ActionsEnabled: false,
        Dimensions: [{ Name: 'Stage', Value: 'prod' }]
      })
    )
    const created = await client.send(
      new DescribeAlarmsCommand({ AlarmNames: [name] })
    )
    expect(created.MetricAlarms?.[0]).toMatchObject({
      StateValue: 'INSUFFICIENT_DATA',
      ActionsEnabled: false,
      Period: 60,
      EvaluationPeriods: 2,
      Threshold: 10,
      Dimensions: [{ Name: 'Stage', Value: 'prod' }]
    })
    await client.send(
      new PutCompositeAlarmCommand({
        AlarmName: `${name}-any`,
        AlarmRule: `ALARM(${name}) OR ALARM("checkout-latency")`
      })
    )
    const composite = await client.send(
      new DescribeAlarmsCommand({
        AlarmNames: [`${name}-any`],
        AlarmTypes: ['CompositeAlarm']
      })
    )
    expect(composite.CompositeAlarms?.[0]!.StateValue).toBe('ALARM')
    await expect(
      client.send(
        new PutCompositeAlarmCommand({
          AlarmName: 'broken',
          AlarmRule: 'ALARM('
        })
      )
    ).rejects.toThrow(/AlarmRule/)
    await client.send(
      new DeleteAlarmsCommand({ AlarmNames: [name, `${name}-any`] })
    )
    expect(
      (await client.send(new DescribeAlarmsCommand({ AlarmNames: [name] })))
        .MetricAlarms
    ).toEqual([])
    await expect(
      client.send(new DeleteAlarmsCommand({ AlarmNames: ['ghost'] }))
    ).rejects.toBeInstanceOf(ResourceNotFound)
  })
})

describe('CloudWatch wire details', () => {
  it('sends x-amzn-query-error and __type on JSON 1.0 errors', async () => {
    const response = await fetch(emulator.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': 'GraniteServiceVersion20100801.SetAlarmState',
        'x-amzn-query-mode': 'true'
      },
      body: JSON.stringify({
        AlarmName: 'ghost',
        StateValue: 'ALARM',
        StateReason: 'x'
      })
    })
    expect(response.status).toBe(404)
    expect(response.headers.get('x-amzn-query-error')).toBe(
      'ResourceNotFound;Sender'
    )
    expect(await response.json()).toEqual({
      __type: 'com.amazonaws.cloudwatch#ResourceNotFound',
      message: 'Alarm ghost not found'
    })
  })

  it('answers malformed JSON with 400 and an unknown action with InvalidAction, in XML for Query', async () => {
    const bad = await fetch(emulator.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': 'GraniteServiceVersion20100801.DescribeAlarms'
      },
      body: '{oops'
    })
    expect(bad.status).toBe(400)
    const unknown = await fetch(emulator.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'Action=PutDashboard&Version=2010-08-01'
    })
    expect(unknown.status).toBe(400)
    const xml = await unknown.text()
    expect(xml).toMatch(
      /^<ErrorResponse xmlns="http:\/\/monitoring.amazonaws.com\/doc\/2010-08-01\/"><Error><Type>Sender<\/Type><Code>InvalidAction<\/Code>/
    )
  })

  it('writes Query responses with a result wrapper, member lists and ISO timestamps', async () => {
    const response = await fetch(emulator.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8'
      },
      body: 'Action=DescribeAlarms&Version=2010-08-01&AlarmNames.member.1=checkout-latency'
    })
    const xml = await response.text()
    expect(response.headers.get('content-type')).toBe('text/xml')
    expect(xml).toContain(
      '<DescribeAlarmsResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/"><DescribeAlarmsResult><MetricAlarms><member><AlarmName>checkout-latency</AlarmName>'
    )
    expect(xml).toContain(
      '<StateUpdatedTimestamp>2026-09-01T10:00:00.000Z</StateUpdatedTimestamp>'
    )
    expect(xml).toMatch(
      /<ResponseMetadata><RequestId>[0-9a-f-]{36}<\/RequestId><\/ResponseMetadata><\/DescribeAlarmsResponse>$/
    )
  })
})
