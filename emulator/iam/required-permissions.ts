import { appConfigArn, type ArnScope } from '../resource-tags.js'

/** One IAM action a request needs, on one resource ARN (`*` where the action takes none). */
export interface Permission {
  readonly action: string
  readonly resource: string
}

/** What the mapping needs beyond the request: where ARNs point and the next deployment number. */
export interface PermissionContext extends ArnScope {
  /** The number StartDeployment would give the next deployment of an environment. */
  nextDeploymentNumber(applicationId: string, environmentId: string): number
}

type Input = Record<string, unknown>
type Rule = (input: Input, ctx: PermissionContext) => Permission[]

/*
 * Sources, the Service Authorization Reference:
 * - "Actions, resources, and condition keys for AWS AppConfig"
 *   (service-authorization/latest/reference/list_awsappconfig.html, and its operations table
 *   list_appconfig.html "API operations defined by AWS AppConfig"), the rows named per operation
 *   below. Resource types (same page, "Resource types defined by AWS AppConfig"):
 *   application `application/${ApplicationId}`, environment
 *   `application/${ApplicationId}/environment/${EnvironmentId}`, configurationprofile
 *   `application/${ApplicationId}/configurationprofile/${ConfigurationProfileId}`,
 *   deploymentstrategy `deploymentstrategy/${DeploymentStrategyId}`, deployment
 *   `application/${ApplicationId}/environment/${EnvironmentId}/deployment/${DeploymentNumber}`,
 *   hostedconfigurationversion
 *   `application/${ApplicationId}/configurationprofile/${ConfigurationProfileId}/hostedconfigurationversion/${VersionNumber}`.
 * - "Actions, resources, and condition keys for Amazon CloudWatch" (list_amazoncloudwatch.html):
 *   alarm `arn:${Partition}:cloudwatch:${Region}:${Account}:alarm:${AlarmName}`.
 * Every operation of the operations table that takes `Tags` (the Create* calls and
 * StartDeployment) lists `appconfig:TagResource` as a second IAM action; it is required only
 * when the request carries tags, on the resource being created.
 */

const str = (input: Input, key: string): string => {
  const value = input[key]
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : ''
}

function arns(ctx: PermissionContext, input: Input) {
  const app = `application/${str(input, 'ApplicationId')}`
  return {
    application: appConfigArn(ctx, app),
    environment: appConfigArn(
      ctx,
      `${app}/environment/${str(input, 'EnvironmentId')}`
    ),
    profile: appConfigArn(
      ctx,
      `${app}/configurationprofile/${str(input, 'ConfigurationProfileId')}`
    ),
    strategy: appConfigArn(
      ctx,
      `deploymentstrategy/${str(input, 'DeploymentStrategyId')}`
    ),
    deployment: (n: unknown) =>
      appConfigArn(
        ctx,
        `${app}/environment/${str(input, 'EnvironmentId')}/deployment/${String(n)}`
      ),
    version: appConfigArn(
      ctx,
      `${app}/configurationprofile/${str(input, 'ConfigurationProfileId')}/hostedconfigurationversion/${str(input, 'VersionNumber')}`
    )
  }
}

const hasTags = (input: Input): boolean =>
  input.Tags !== null &&
  typeof input.Tags === 'object' &&
  Object.keys(input.Tags).length > 0

const app = (action: string, pick: (a: ReturnType<typeof arns>) => string) =>
  ((input, ctx) => [
    { action: `appconfig:${action}`, resource: pick(arns(ctx, input)) }
  ]) satisfies Rule

const anyResource =
  (action: string): Rule =>
  () => [{ action, resource: '*' }]

/** With tags, the TagResource the operations table lists beside a create. */
function withTags(rule: Rule, tagged: Rule): Rule {
  return (input, ctx) => [
    ...rule(input, ctx),
    ...(hasTags(input) ? tagged(input, ctx) : [])
  ]
}

/** iam:PassRole for a role handed to AppConfig (operations table: iam:PassedToService appconfig.amazonaws.com). */
function passRoles(roles: unknown[]): Permission[] {
  return roles
    .filter((r): r is string => typeof r === 'string' && r !== '')
    .map((role) => ({ action: 'iam:PassRole', resource: role }))
}

const APPCONFIG: Record<string, Rule> = {
  // Row CreateApplication: no resource type; tags → TagResource.
  CreateApplication: withTags(
    anyResource('appconfig:CreateApplication'),
    () => [{ action: 'appconfig:TagResource', resource: '*' }]
  ),
  // Row CreateEnvironment: application*; tags → TagResource; monitors' roles → iam:PassRole.
  CreateEnvironment: withTags(
    (input, ctx) => [
      ...app('CreateEnvironment', (a) => a.application)(input, ctx),
      ...passRoles(
        (Array.isArray(input.Monitors) ? input.Monitors : []).map(
          (m) => (m as Input | null)?.AlarmRoleArn
        )
      )
    ],
    app('TagResource', (a) => `${a.application}/environment/*`)
  ),
  // Row CreateConfigurationProfile: application*; tags → TagResource; RetrievalRoleArn → iam:PassRole.
  CreateConfigurationProfile: withTags(
    (input, ctx) => [
      ...app('CreateConfigurationProfile', (a) => a.application)(input, ctx),
      ...passRoles([input.RetrievalRoleArn])
    ],
    app('TagResource', (a) => `${a.application}/configurationprofile/*`)
  ),
  // Row CreateDeploymentStrategy: no resource type; tags → TagResource.
  CreateDeploymentStrategy: withTags(
    anyResource('appconfig:CreateDeploymentStrategy'),
    () => [{ action: 'appconfig:TagResource', resource: '*' }]
  ),
  // Row CreateHostedConfigurationVersion: the configuration profile the version is written to.
  CreateHostedConfigurationVersion: app(
    'CreateHostedConfigurationVersion',
    (a) => a.profile
  ),
  // Rows Get*: the resource read (application*, environment*, configurationprofile*,
  // deploymentstrategy*, deployment*, hostedconfigurationversion*).
  GetApplication: app('GetApplication', (a) => a.application),
  GetEnvironment: app('GetEnvironment', (a) => a.environment),
  GetConfigurationProfile: app('GetConfigurationProfile', (a) => a.profile),
  GetDeploymentStrategy: app('GetDeploymentStrategy', (a) => a.strategy),
  GetDeployment: (input, ctx) => [
    {
      action: 'appconfig:GetDeployment',
      resource: arns(ctx, input).deployment(input.DeploymentNumber)
    }
  ],
  GetHostedConfigurationVersion: app(
    'GetHostedConfigurationVersion',
    (a) => a.version
  ),
  // Rows ListApplications, ListDeploymentStrategies: no resource type ("*").
  ListApplications: anyResource('appconfig:ListApplications'),
  ListDeploymentStrategies: anyResource('appconfig:ListDeploymentStrategies'),
  // Rows ListEnvironments, ListConfigurationProfiles: application*; ListDeployments:
  // environment*; ListHostedConfigurationVersions: configurationprofile*.
  ListEnvironments: app('ListEnvironments', (a) => a.application),
  ListConfigurationProfiles: app(
    'ListConfigurationProfiles',
    (a) => a.application
  ),
  ListDeployments: app('ListDeployments', (a) => a.environment),
  ListHostedConfigurationVersions: app(
    'ListHostedConfigurationVersions',
    (a) => a.profile
  ),
  // Row StartDeployment: application*, configurationprofile*, deploymentstrategy*,
  // environment* (all required); operations table: StartDeployment → appconfig:StartDeployment
  // and appconfig:TagResource (on the deployment it creates, when the request has Tags).
  StartDeployment: (input, ctx) => {
    const a = arns(ctx, input)
    const start = [a.application, a.environment, a.profile, a.strategy].map(
      (resource) => ({ action: 'appconfig:StartDeployment', resource })
    )
    if (!hasTags(input)) return start
    const next = ctx.nextDeploymentNumber(
      str(input, 'ApplicationId'),
      str(input, 'EnvironmentId')
    )
    return [
      ...start,
      { action: 'appconfig:TagResource', resource: a.deployment(next) }
    ]
  },
  // Row StopDeployment: deployment*.
  StopDeployment: (input, ctx) => [
    {
      action: 'appconfig:StopDeployment',
      resource: arns(ctx, input).deployment(input.DeploymentNumber)
    }
  ],
  // Rows ListTagsForResource, TagResource, UntagResource: the resource the ARN names.
  ListTagsForResource: (input) => [
    {
      action: 'appconfig:ListTagsForResource',
      resource: str(input, 'ResourceArn')
    }
  ],
  TagResource: (input) => [
    { action: 'appconfig:TagResource', resource: str(input, 'ResourceArn') }
  ],
  UntagResource: (input) => [
    { action: 'appconfig:UntagResource', resource: str(input, 'ResourceArn') }
  ]
}

function alarmArn(ctx: PermissionContext, name: unknown): string {
  return `arn:aws:cloudwatch:${ctx.region}:${ctx.accountId}:alarm:${String(name)}`
}

const CLOUDWATCH: Record<string, Rule> = {
  // Row DescribeAlarms (Read): authorised on "*" here; the README grants it on "*" because
  // composite alarms are read through their children.
  DescribeAlarms: anyResource('cloudwatch:DescribeAlarms'),
  DescribeAlarmHistory: anyResource('cloudwatch:DescribeAlarmHistory'),
  // Rows SetAlarmState, PutMetricAlarm, PutCompositeAlarm: alarm*; tags → cloudwatch:TagResource.
  SetAlarmState: (input, ctx) => [
    {
      action: 'cloudwatch:SetAlarmState',
      resource: alarmArn(ctx, input.AlarmName)
    }
  ],
  PutMetricAlarm: (input, ctx) => [
    {
      action: 'cloudwatch:PutMetricAlarm',
      resource: alarmArn(ctx, input.AlarmName)
    },
    ...(Array.isArray(input.Tags) && input.Tags.length > 0
      ? [
          {
            action: 'cloudwatch:TagResource',
            resource: alarmArn(ctx, input.AlarmName)
          }
        ]
      : [])
  ],
  PutCompositeAlarm: (input, ctx) => [
    {
      action: 'cloudwatch:PutCompositeAlarm',
      resource: alarmArn(ctx, input.AlarmName)
    }
  ],
  // Row DeleteAlarms: alarm*, each named alarm.
  DeleteAlarms: (input, ctx) =>
    (Array.isArray(input.AlarmNames) ? input.AlarmNames : []).map((name) => ({
      action: 'cloudwatch:DeleteAlarms',
      resource: alarmArn(ctx, name)
    }))
}

/**
 * The IAM actions and resources a request needs. An operation the table above does not know is
 * authorised as `<prefix>:<Operation>` on `*`, so an unmapped call is never let through unchecked.
 */
export function requiredPermissions(
  service: 'appconfig' | 'cloudwatch',
  operation: string,
  input: Input,
  ctx: PermissionContext
): Permission[] {
  const rule = (service === 'appconfig' ? APPCONFIG : CLOUDWATCH)[operation]
  return rule === undefined
    ? [{ action: `${service}:${operation}`, resource: '*' }]
    : rule(input, ctx)
}
