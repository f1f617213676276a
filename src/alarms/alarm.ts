/** A CloudWatch alarm the environment monitors, as last seen, and the one rule for "firing". */
export interface Alarm {
  readonly arn: string
  readonly name: string
  /** UNKNOWN: DescribeAlarms did not return it (deleted, other account/region, no permission). */
  readonly state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA' | 'UNKNOWN'
  readonly reason?: string
  readonly type?: 'metric' | 'composite'
  readonly actionsEnabled?: boolean
  readonly updatedAt?: string
}

/**
 * Whether AppConfig would roll back on this alarm now: it does on ALARM and on
 * INSUFFICIENT_DATA, and ignores alarms whose actions are disabled (appconfig-spec.md §2.8,
 * §5 item 8). The guard, the watch and the summary all count with this rule.
 */
export function isFiring(alarm: Alarm): boolean {
  return (
    (alarm.state === 'ALARM' || alarm.state === 'INSUFFICIENT_DATA') &&
    alarm.actionsEnabled !== false
  )
}
