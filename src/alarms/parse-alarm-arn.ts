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
  const [prefix, , service, region, account, resource] = parts
  if (
    parts.length < 7 ||
    prefix !== 'arn' ||
    service !== 'cloudwatch' ||
    resource !== 'alarm' ||
    region === undefined ||
    account === undefined
  ) {
    return undefined
  }
  const name = parts.slice(6).join(':')
  if (name === '' || region === '') return undefined
  return { arn, region, account, name }
}
