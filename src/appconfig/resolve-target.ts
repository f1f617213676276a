import {
  GetApplicationCommand,
  GetConfigurationProfileCommand,
  GetDeploymentStrategyCommand,
  GetEnvironmentCommand,
  paginateListApplications,
  paginateListConfigurationProfiles,
  paginateListDeploymentStrategies,
  paginateListEnvironments
} from '@aws-sdk/client-appconfig'
import type { InputName } from '../contract.js'
import type { AwsClients } from '../aws/clients.js'
import { awsStep, isAwsError } from '../aws/aws-error.js'
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

/** `pick` deferred, so the caller decides which of two lookups reports its miss first. */
function pickLater<T extends Item>(
  ...args: Parameters<typeof pick<T>>
): () => T {
  return () => pick(...args)
}

/** A target with the environment's monitor details, for the guards and the watch. */
export interface ResolvedTarget extends Target {
  readonly environmentState: string | undefined
}

/** The model's ID patterns: resources `[a-z0-9]{4,7}`; predefined strategies `AppConfig.<Name>`. */
const RESOURCE_ID = /^[a-z0-9]{4,7}$/
const STRATEGY_ID = /^(?:[a-z0-9]{4,7}|AppConfig\.[A-Za-z0-9]{9,40})$/

/**
 * The resource an input names when it is an ID, read with one Get* call (AppConfig's Get budget
 * is 100 per second, its List budget 10 and shared by every List call). Undefined when the input
 * cannot be an ID or no resource has it (then it is a name, looked up by listing), and when the
 * role may not call Get* (a policy written for the List-only releases keeps working).
 */
async function getById<T extends Item>(
  wanted: string,
  pattern: RegExp,
  step: string,
  iamAction: string,
  get: () => Promise<T | undefined>
): Promise<T | undefined> {
  if (!pattern.test(wanted)) return undefined
  try {
    const found = await awsStep(step, iamAction, get)
    return found?.Id === wanted ? found : undefined
  } catch (error) {
    if (
      isAwsError(
        error,
        'ResourceNotFoundException',
        'BadRequestException',
        'AccessDeniedException'
      )
    )
      return undefined
    throw error
  }
}

/**
 * Resolves application, environment, profile and strategy (names or IDs) to a target, once per
 * run. An ID costs one Get* call and no List call; a name is looked up in its List (every page).
 * An ID wins over a name, as `pick` decides for listed items.
 */
export async function resolveTarget(
  clients: AwsClients,
  names: TargetNames
): Promise<ResolvedTarget> {
  const client = clients.appconfig
  // Both are read at once, then picked in order: a missing application is reported first.
  const [pickApplication, pickStrategy] = await Promise.all([
    getById(
      names.application,
      RESOURCE_ID,
      'Resolving the application',
      'appconfig:GetApplication',
      () =>
        client.send(
          new GetApplicationCommand({ ApplicationId: names.application })
        )
    ).then(async (found) =>
      found !== undefined
        ? () => found
        : pickLater(
            await awsStep(
              'Resolving the application',
              'appconfig:ListApplications',
              () =>
                collect(paginateListApplications({ client, pageSize: 50 }, {}))
            ),
            names.application,
            'AppConfig application',
            'application',
            ` in ${clients.region}`,
            clients.region
          )
    ),
    getById(
      names.deploymentStrategy,
      STRATEGY_ID,
      'Resolving the deployment strategy',
      'appconfig:GetDeploymentStrategy',
      () =>
        client.send(
          new GetDeploymentStrategyCommand({
            DeploymentStrategyId: names.deploymentStrategy
          })
        )
    ).then(async (found) =>
      found !== undefined
        ? () => found
        : pickLater(
            await awsStep(
              'Resolving the deployment strategy',
              'appconfig:ListDeploymentStrategies',
              () =>
                collect(
                  paginateListDeploymentStrategies({ client, pageSize: 50 }, {})
                )
            ),
            names.deploymentStrategy,
            'deployment strategy',
            'deployment-strategy',
            ` in ${clients.region}`
          )
    )
  ])
  const application = pickApplication()
  const strategy = pickStrategy()
  const ApplicationId = application.Id!
  const scope = ` in application ${application.Name ?? ''} (${ApplicationId})`
  const [pickEnvironment, pickProfile] = await Promise.all([
    getById(
      names.environment,
      RESOURCE_ID,
      'Resolving the environment',
      'appconfig:GetEnvironment',
      () =>
        client.send(
          new GetEnvironmentCommand({
            ApplicationId,
            EnvironmentId: names.environment
          })
        )
    ).then(async (found) =>
      found !== undefined
        ? () => found
        : pickLater(
            await awsStep(
              'Resolving the environment',
              'appconfig:ListEnvironments',
              () =>
                collect(
                  paginateListEnvironments(
                    { client, pageSize: 50 },
                    { ApplicationId }
                  )
                )
            ),
            names.environment,
            'environment',
            'environment',
            scope
          )
    ),
    getById(
      names.configurationProfile,
      RESOURCE_ID,
      'Resolving the configuration profile',
      'appconfig:GetConfigurationProfile',
      () =>
        client.send(
          new GetConfigurationProfileCommand({
            ApplicationId,
            ConfigurationProfileId: names.configurationProfile
          })
        )
    ).then(async (found) =>
      found !== undefined
        ? () => found
        : pickLater(
            await awsStep(
              'Resolving the configuration profile',
              'appconfig:ListConfigurationProfiles',
              () =>
                collect(
                  paginateListConfigurationProfiles(
                    { client, pageSize: 50 },
                    { ApplicationId }
                  )
                )
            ),
            names.configurationProfile,
            'configuration profile',
            'configuration-profile',
            scope
          )
    )
  ])
  const environment = pickEnvironment()
  const profile = pickProfile()
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
