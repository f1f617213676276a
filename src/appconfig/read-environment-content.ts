import {
  paginateListConfigurationProfiles,
  paginateListEnvironments,
  type ConfigurationProfileSummary,
  type Environment
} from '@aws-sdk/client-appconfig'
import type { InputName } from '../contract.js'
import type { AwsClients } from '../aws/clients.js'
import type { EnvironmentRef } from '../settings.js'
import { isInProgress } from './deployment-states.js'
import { VersionReader } from './version-reader.js'
import { pick } from './resolve-target.js'
import type { Named, Target } from './target.js'
import { awsStep } from '../aws/aws-error.js'
import { TargetError } from './target-error.js'
import { readHistory } from './read-history.js'

/** The deployment an environment serves for a profile: its newest COMPLETE one. */
export interface LiveDeployment {
  readonly deploymentNumber: number
  readonly version: number
  readonly label: string | undefined
  readonly content: unknown
  /** ISO time AppConfig says it completed; undefined when the answer lacks it. */
  readonly completedAt: string | undefined
}

/**
 * The newest deployment of the profile when it is not the live one: rolled back, reverted, or
 * still under way. Its content is read so a message can say "this content was rolled back".
 */
export interface NewerDeployment {
  readonly deploymentNumber: number
  readonly state: string
  readonly version: number | undefined
  readonly content: unknown
}

/** What another environment (and profile) of the application runs. */
export interface EnvironmentContent {
  readonly environment: Named
  readonly profile: Named
  readonly live: LiveDeployment | undefined
  readonly newer: NewerDeployment | undefined
}

async function collect<T>(pages: AsyncIterable<{ Items?: T[] }>): Promise<T[]> {
  const items: T[] = []
  for await (const page of pages) items.push(...(page.Items ?? []))
  return items
}

/**
 * Resolves each `ENVIRONMENT` or `ENVIRONMENT/PROFILE` (names or IDs, in the target's
 * application; the target's profile when none is named) and reads what it runs: its newest
 * COMPLETE deployment of that profile (rolled-back and reverted deployments are not COMPLETE,
 * so the one found has not been undone since), the content and completion time, and any newer
 * deployment of the profile that did not stick. Writes nothing. `input` names the input the
 * references came from, for errors.
 */
export async function readEnvironmentContents(
  clients: AwsClients,
  target: Target,
  refs: readonly EnvironmentRef[],
  input: InputName,
  versions: VersionReader
): Promise<EnvironmentContent[]> {
  if (refs.length === 0) return []
  const client = clients.appconfig
  const ApplicationId = target.application.id
  const scope = ` in application ${target.application.name} (${ApplicationId})`
  const needsProfiles = refs.some(
    (ref) =>
      ref.profile !== undefined &&
      ref.profile !== target.profile.id &&
      ref.profile !== target.profile.name
  )
  const [environments, profiles] = await Promise.all([
    awsStep(
      `Resolving the environments of ${input}`,
      'appconfig:ListEnvironments',
      () =>
        collect<Environment>(
          paginateListEnvironments({ client, pageSize: 50 }, { ApplicationId })
        )
    ),
    needsProfiles
      ? awsStep(
          `Resolving the configuration profiles of ${input}`,
          'appconfig:ListConfigurationProfiles',
          () =>
            collect<ConfigurationProfileSummary>(
              paginateListConfigurationProfiles(
                { client, pageSize: 50 },
                { ApplicationId }
              )
            )
        )
      : Promise.resolve([])
  ])
  // One reader per profile, the target's shared, so each version is fetched once per run.
  const readers = new Map<string, VersionReader>([
    [target.profile.id, versions]
  ])
  const readerOf = (profileId: string): VersionReader => {
    let reader = readers.get(profileId)
    if (reader === undefined) {
      reader = new VersionReader(client, ApplicationId, profileId)
      readers.set(profileId, reader)
    }
    return reader
  }
  return Promise.all(
    refs.map(async (ref) => {
      const environment = pick(
        environments,
        ref.environment,
        'environment',
        input,
        scope
      )
      const profile = profileOf(ref, target, profiles, input, scope)
      const named: Named = {
        id: environment.Id!,
        name: environment.Name ?? environment.Id!
      }
      const found = await readLive(
        clients,
        ApplicationId,
        named,
        profile.id,
        readerOf(profile.id)
      )
      return { environment: named, profile, ...found }
    })
  )
}

function profileOf(
  ref: EnvironmentRef,
  target: Target,
  profiles: readonly ConfigurationProfileSummary[],
  input: InputName,
  scope: string
): Named {
  if (
    ref.profile === undefined ||
    ref.profile === target.profile.id ||
    ref.profile === target.profile.name
  )
    return target.profile
  const profile = pick(
    profiles,
    ref.profile,
    'configuration profile',
    input,
    scope
  )
  if (profile.Type !== 'AWS.AppConfig.FeatureFlags') {
    throw new TargetError(
      `The configuration profile ${profile.Name ?? ''} (${profile.Id ?? ''}) named in ${input} has type ${profile.Type ?? 'AWS.Freeform'}; only feature-flag profiles can be compared flag by flag.`,
      input
    )
  }
  return { id: profile.Id!, name: profile.Name ?? profile.Id! }
}

/**
 * What the environment runs for the profile, and the newest deployment after it, from one walk
 * of its deployments (read-history.ts: newest first, until the live one).
 */
async function readLive(
  clients: AwsClients,
  applicationId: string,
  environment: Named,
  profileId: string,
  reader: VersionReader
): Promise<Pick<EnvironmentContent, 'live' | 'newer'>> {
  const { live, newest } = await readHistory(
    clients.appconfig,
    { applicationId, environmentId: environment.id, profileId },
    { step: `Reading the deployments of ${environment.name}` }
  )
  const newer =
    newest?.deploymentNumber === live?.deploymentNumber ? undefined : newest
  const readNewer = async (): Promise<NewerDeployment | undefined> => {
    if (newer === undefined) return undefined
    // Only a deployment that did not stick, or is still going, says something about the content.
    const relevant =
      newer.state === 'ROLLED_BACK' ||
      newer.state === 'REVERTED' ||
      isInProgress(newer.state)
    return {
      deploymentNumber: newer.deploymentNumber,
      state: newer.state,
      version: newer.version,
      content:
        relevant && newer.version !== undefined
          ? (await reader.read(newer.version)).content
          : undefined
    }
  }
  const readLiveVersion = async (): Promise<LiveDeployment | undefined> => {
    if (live?.version === undefined) return undefined
    const stored = await reader.read(live.version)
    return {
      deploymentNumber: live.deploymentNumber,
      version: live.version,
      label: live.label ?? stored.label,
      content: stored.content,
      completedAt: live.completedAt?.toISOString()
    }
  }
  const [liveVersion, newerVersion] = await Promise.all([
    readLiveVersion(),
    readNewer()
  ])
  return { live: liveVersion, newer: newerVersion }
}
