/** A CloudWatch alarm ARN, taken apart: `arn:<partition>:cloudwatch:<region>:<account>:alarm:<name>`. */
export interface AlarmRef {
  readonly arn: string
  readonly region: string
  readonly account: string
  readonly name: string
}

/**
 * Parses a monitor's alarm ARN; undefined when it is not one. Alarm names may contain ':', so
 * the name is everything after `alarm:`. No AWS SDK here: the report uses it too.
 */
export function parseAlarmArn(arn: string): AlarmRef | undefined {
  const parts = arn.split(':')
  if (
    parts.length < 7 ||
    parts[0] !== 'arn' ||
    parts[2] !== 'cloudwatch' ||
    parts[5] !== 'alarm'
  ) {
    return undefined
  }
  const name = parts.slice(6).join(':')
  if (name === '' || parts[3] === '') return undefined
  return { arn, region: parts[3], account: parts[4], name }
}
