import { parseAlarmArn } from '../alarms/parse-alarm-arn.js'

export { parseAlarmArn }

/**
 * Links into the AWS console, partition aware: China regions live on console.amazonaws.cn,
 * GovCloud on console.amazonaws-us-gov.com; the isolated partitions have no public console.
 */

/** The console origin for a region, or undefined where there is no public console. */
export function consoleOrigin(region: string): string | undefined {
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) return undefined
  if (region.startsWith('cn-')) return `https://${region}.console.amazonaws.cn`
  if (region.startsWith('us-gov-'))
    return 'https://console.amazonaws-us-gov.com'
  if (/^[a-z]{2}-iso/.test(region)) return undefined
  return `https://${region}.console.aws.amazon.com`
}

/** The AppConfig console page of an environment (its deployments, its monitors). */
export function environmentConsoleUrl(
  region: string,
  applicationId: string,
  environmentId: string
): string | undefined {
  return appconfigConsoleUrl(region, applicationId, environmentId, [])
}

/** The AppConfig console page of one deployment. */
export function deploymentConsoleUrl(
  region: string,
  applicationId: string,
  environmentId: string,
  deploymentNumber: number
): string | undefined {
  return appconfigConsoleUrl(region, applicationId, environmentId, [
    'deployments',
    String(deploymentNumber)
  ])
}

/** A page under an environment of the AppConfig console, in the region's partition. */
function appconfigConsoleUrl(
  region: string,
  applicationId: string,
  environmentId: string,
  below: readonly string[]
): string | undefined {
  const origin = consoleOrigin(region)
  if (origin === undefined) return undefined
  const path = [
    'systems-manager/appconfig/applications',
    segment(applicationId),
    'environments',
    segment(environmentId),
    ...below
  ].join('/')
  return `${origin}/${path}?region=${region}`
}

/** The CloudWatch console page of an alarm, from its ARN. */
export function alarmConsoleUrl(arn: string): string | undefined {
  const parsed = parseAlarmArn(arn)
  if (parsed === undefined) return undefined
  const origin = consoleOrigin(parsed.region)
  if (origin === undefined) return undefined
  return `${origin}/cloudwatch/home?region=${parsed.region}#alarmsV2:alarm/${segment(parsed.name)}`
}

/** encodeURIComponent, plus the characters it leaves that end a markdown link. */
function segment(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}
