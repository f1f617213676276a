import {
  paginateListApplications,
  paginateListConfigurationProfiles,
  paginateListDeploymentStrategies,
  paginateListEnvironments
} from '@aws-sdk/client-appconfig'
import type { InputName } from '../contract.js'
import type { AwsClients } from '../aws/clients.js'
import { awsStep } from '../aws/aws-error.js'
import { requiredField } from '../aws/required-field.js'
import type { Strategy, Target } from './target.js'
import { TargetError } from './target-error.js'

export interface TargetNames {
  readonly application: string
  readonly environment: string
  readonly configurationProfile: string
  readonly deploymentStrategy: string
}

interface Item {
  readonly Id?: string
  readonly Name?: string
}

async function collect<T>(pages: AsyncIterable<{ Items?: T[] }>): Promise<T[]> {
  const items: T[] = []
  for await (const page of pages) items.push(...(page.Items ?? []))
  return items
}

/**
 * One resource by ID or exact name, over every page. An ID match wins over a name match (IDs
 * are unique; names are not guaranteed to be), two name matches are ambiguous.
 */
export function pick<T extends Item>(
  items: readonly T[],
  wanted: string,
  what: string,
  input: InputName,
  scope = '',
  /** Given for a regional search: a miss may mean the wrong region, so the message says so. */
  region?: string
): T {
  const byId = items.find((item) => item.Id === wanted)
  if (byId !== undefined) return byId
  const byName = items.filter((item) => item.Name === wanted)
  const [only] = byName
  if (byName.length === 1 && only !== undefined) return only
  if (byName.length > 1) {
    throw new TargetError(
      `The ${what} '${wanted}'${scope} is ambiguous: ${byName.length} have this name (IDs ${byName.map((i) => i.Id).join(', ')}). Use the ID in the input '${input}'.`,
      input
    )
  }
  const existing = items.map((i) => `${i.Name ?? '?'} (${i.Id ?? '?'})`)
  const shown =
    existing.length === 0
      ? 'there are none'
      : `existing: ${existing.slice(0, 20).join(', ')}${existing.length > 20 ? `, … ${existing.length} in all` : ''}`
  const caseHint = items.find(
    (i) => i.Name?.toLowerCase() === wanted.toLowerCase()
  )
  const regionHint =
    region === undefined || caseHint
      ? ''
      : ` AppConfig resources are regional: this run looked in ${region}; if '${wanted}' is in another region, set the input 'region' (or AWS_REGION) to that region.`
  throw new TargetError(
    `No ${what} '${wanted}'${scope}: no ID or name matches exactly (${shown}).${caseHint ? ` Did you mean '${caseHint.Name}'? Names are case-sensitive.` : ''}${regionHint}`,
    input,
    caseHint ? undefined : region
  )
}

/** A target with the environment's monitor details, for the guards and the watch. */
export interface ResolvedTarget extends Target {
  readonly environmentState: string | undefined
}

/** Resolves application, environment, profile and strategy (names or IDs) to a target. */
export async function resolveTarget(
  clients: AwsClients,
  names: TargetNames
): Promise<ResolvedTarget> {
  const client = clients.appconfig
  const [applications, strategies] = await Promise.all([
    awsStep('Resolving the application', 'appconfig:ListApplications', () =>
      collect(paginateListApplications({ client, pageSize: 50 }, {}))
    ),
    awsStep(
      'Resolving the deployment strategy',
      'appconfig:ListDeploymentStrategies',
      () =>
        collect(paginateListDeploymentStrategies({ client, pageSize: 50 }, {}))
    )
  ])
  const application = pick(
    applications,
    names.application,
    'AppConfig application',
    'application',
    ` in ${clients.region}`,
    clients.region
  )
  const strategy = pick(
    strategies,
    names.deploymentStrategy,
    'deployment strategy',
    'deployment-strategy',
    ` in ${clients.region}`
  )
  const ApplicationId = application.Id!
  const scope = ` in application ${application.Name ?? ''} (${ApplicationId})`
  const [environments, profiles] = await Promise.all([
    awsStep('Resolving the environment', 'appconfig:ListEnvironments', () =>
      collect(
        paginateListEnvironments({ client, pageSize: 50 }, { ApplicationId })
      )
    ),
    awsStep(
      'Resolving the configuration profile',
      'appconfig:ListConfigurationProfiles',
      () =>
        collect(
          paginateListConfigurationProfiles(
            { client, pageSize: 50 },
            { ApplicationId }
          )
        )
    )
  ])
  const environment = pick(
    environments,
    names.environment,
    'environment',
    'environment',
    scope
  )
  const profile = pick(
    profiles,
    names.configurationProfile,
    'configuration profile',
    'configuration-profile',
    scope
  )
  if (profile.Type !== 'AWS.AppConfig.FeatureFlags') {
    throw new TargetError(
      `The configuration profile ${profile.Name ?? ''} (${profile.Id ?? ''}) has type ${profile.Type ?? 'AWS.Freeform'}; this action deploys feature flags, which need a profile of type AWS.AppConfig.FeatureFlags.`,
      'configuration-profile'
    )
  }
  if (profile.LocationUri !== 'hosted') {
    throw new TargetError(
      `The configuration profile ${profile.Name ?? ''} (${profile.Id ?? ''}) is stored at ${profile.LocationUri ?? '(unknown)'}; this action writes hosted configuration versions, so the profile's location must be "hosted".`,
      'configuration-profile'
    )
  }
  return {
    region: clients.region,
    application: { id: ApplicationId, name: application.Name ?? ApplicationId },
    environment: {
      id: environment.Id!,
      name: environment.Name ?? environment.Id!
    },
    profile: { id: profile.Id!, name: profile.Name ?? profile.Id! },
    strategy: toStrategy(strategy),
    monitors: (environment.Monitors ?? [])
      .map((m) => m.AlarmArn)
      .filter((arn): arn is string => Boolean(arn)),
    environmentState: environment.State
  }
}

function toStrategy(strategy: {
  Id?: string
  Name?: string
  GrowthType?: string
  GrowthFactor?: number
  DeploymentDurationInMinutes?: number
  FinalBakeTimeInMinutes?: number
}): Strategy {
  return {
    id: strategy.Id!,
    name: strategy.Name ?? strategy.Id!,
    growthType:
      strategy.GrowthType === 'EXPONENTIAL' ? 'EXPONENTIAL' : 'LINEAR',
    growthFactor: requiredField(
      strategy.GrowthFactor,
      'GrowthFactor',
      'appconfig:ListDeploymentStrategies'
    ),
    durationMinutes: requiredField(
      strategy.DeploymentDurationInMinutes,
      'DeploymentDurationInMinutes',
      'appconfig:ListDeploymentStrategies'
    ),
    // A strategy without bake time omits the field: 0 is AppConfig's meaning, not a guess.
    finalBakeMinutes: strategy.FinalBakeTimeInMinutes ?? 0
  }
}
