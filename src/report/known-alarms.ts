import { parseAlarmArn } from '../alarms/parse-alarm-arn.js'
import type { AlarmReport, Report } from './report.js'

/** The alarms the report knows of: the rollout's last snapshot, else the plan's. */
export function knownAlarms(report: Report): readonly AlarmReport[] {
  const fromRollout = report.rollout?.alarms ?? []
  return fromRollout.length > 0 ? fromRollout : (report.plan?.alarms ?? [])
}

/** The display name of an alarm: from the snapshot, else from its ARN. */
export function alarmName(arn: string, alarms: readonly AlarmReport[]): string {
  return (
    alarms.find((alarm) => alarm.arn === arn)?.name ??
    parseAlarmArn(arn)?.name ??
    arn
  )
}
