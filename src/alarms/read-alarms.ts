import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import type { AwsClients } from '../aws/clients.js'
import { awsStep } from '../aws/aws-error.js'
import type { Alarm } from './alarm.js'
import { parseAlarmArn, type AlarmRef } from './parse-alarm-arn.js'

/**
 * DescribeAlarms takes up to 100 AlarmNames and returns up to MaxRecords (default 50, at most
 * 100) per page (CloudWatch API reference, DescribeAlarms): asking for 100 answers any batch of
 * names in one call.
 */
export const MAX_ALARM_NAMES = 100

/**
 * The monitored alarms' states: one DescribeAlarms per region and 100 names (normally one call), asking for
 * both metric and composite alarms (without AlarmTypes CloudWatch returns metric alarms only).
 * An alarm CloudWatch does not return is UNKNOWN, never OK.
 */
export async function readAlarms(
  clients: AwsClients,
  arns: readonly string[],
  signal?: AbortSignal
): Promise<Alarm[]> {
  const refs = arns.map((arn) => ({ arn, ref: parseAlarmArn(arn) }))
  const byRegion = new Map<string, AlarmRef[]>()
  for (const { ref } of refs) {
    if (ref === undefined) continue
    byRegion.set(ref.region, [...(byRegion.get(ref.region) ?? []), ref])
  }
  const found = new Map<string, Alarm>()
  const batches = [...byRegion].flatMap(([region, regionRefs]) => {
    const names = [...new Set(regionRefs.map((r) => r.name))]
    return Array.from(
      { length: Math.ceil(names.length / MAX_ALARM_NAMES) },
      (_, i) =>
        [
          region,
          names.slice(i * MAX_ALARM_NAMES, (i + 1) * MAX_ALARM_NAMES)
        ] as const
    )
  })
  await Promise.all(
    batches.map(async ([region, names]) => {
      const client = clients.cloudwatch(region)
      let NextToken: string | undefined
      do {
        const page = await awsStep(
          'Reading the CloudWatch alarms',
          'cloudwatch:DescribeAlarms',
          () =>
            client.send(
              new DescribeAlarmsCommand({
                AlarmNames: names,
                AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
                MaxRecords: MAX_ALARM_NAMES,
                NextToken
              }),
              { abortSignal: signal }
            )
        )
        const alarms = [
          ...(page.MetricAlarms ?? []).map((a) => ({
            ...a,
            type: 'metric' as const
          })),
          ...(page.CompositeAlarms ?? []).map((a) => ({
            ...a,
            type: 'composite' as const
          }))
        ]
        for (const alarm of alarms) {
          const report: Alarm = {
            arn: alarm.AlarmArn ?? '',
            name: alarm.AlarmName ?? '',
            state:
              alarm.StateValue === 'ALARM' ||
              alarm.StateValue === 'INSUFFICIENT_DATA'
                ? alarm.StateValue
                : 'OK',
            reason: alarm.StateReason,
            type: alarm.type,
            actionsEnabled: alarm.ActionsEnabled,
            updatedAt: alarm.StateUpdatedTimestamp?.toISOString()
          }
          if (report.arn) found.set(report.arn, report)
          found.set(`${region}|${report.name}`, report)
        }
        NextToken = page.NextToken
      } while (NextToken)
    })
  )
  return refs.map(({ arn, ref }) => {
    if (ref === undefined) {
      return {
        arn,
        name: arn,
        state: 'UNKNOWN',
        reason: 'not a CloudWatch alarm ARN'
      }
    }
    const alarm = found.get(arn) ?? found.get(`${ref.region}|${ref.name}`)
    return (
      alarm ?? {
        arn,
        name: ref.name,
        state: 'UNKNOWN',
        reason:
          "DescribeAlarms did not return this alarm: it may be deleted, in another account, or outside the role's permissions"
      }
    )
  })
}
