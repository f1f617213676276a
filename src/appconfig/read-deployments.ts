import { GetHostedConfigurationVersionCommand } from '@aws-sdk/client-appconfig'
import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { AwsStepError, awsStep } from '../aws/aws-error.js'
import { requiredField } from '../aws/required-field.js'
import { isInProgress } from './deployment-states.js'
import { listDeployments } from './list-deployments.js'
import { isManaged } from './managed-deployment.js'

/** A deployment occupying the environment. */
export interface ActiveDeployment {
  readonly deploymentNumber: number
  readonly state: string
  readonly profileId: string | undefined
  readonly percentage: number | undefined
  /** AppConfig's own deployment for an experiment run (Type MANAGED). */
  readonly managed?: boolean
}

/** What the environment runs for the profile: the newest COMPLETE deployment and its content. */
export interface DeployedVersion {
  readonly deploymentNumber: number
  readonly version: number
  readonly label: string | undefined
  readonly content: unknown
}

export interface EnvironmentDeployments {
  readonly active: ActiveDeployment | undefined
  readonly deployed: DeployedVersion | undefined
  /**
   * The environment's newest deployment number, any profile (undefined: none yet): the
   * `LatestDeploymentNumber` a start from this reading sends, so AppConfig refuses it if
   * anything was started since.
   */
  readonly latestNumber: number | undefined
  /** The newest deployment of the profile, when AppConfig made it for an experiment (MANAGED). */
  readonly experimentDeployment?: {
    readonly deploymentNumber: number
    readonly state: string
  }
}

export interface DeploymentScope {
  readonly applicationId: string
  readonly environmentId: string
  readonly profileId: string
}

/**
 * Reads the environment's deployments, newest first, until it knows both whether one is in
 * progress and which version of this profile is live. Rolled-back and reverted deployments are
 * not live; errors are never swallowed (a missed page would make an old version look current:
 * koh-sh/apcdeploy#103).
 */
export async function readDeployments(
  client: AppConfigClient,
  scope: DeploymentScope,
  versions: VersionReader
): Promise<EnvironmentDeployments> {
  let active: ActiveDeployment | undefined
  let latestNumber: number | undefined
  let live:
    { deploymentNumber: number; version: string; label?: string } | undefined
  let seenOfProfile = false
  let experimentDeployment: EnvironmentDeployments['experimentDeployment']
  await awsStep(
    "Reading the environment's deployments",
    'appconfig:ListDeployments',
    async () => {
      for await (const item of listDeployments(client, scope)) {
        // Listed newest first; the maximum does not rely on it.
        if (
          item.DeploymentNumber !== undefined &&
          (latestNumber === undefined || item.DeploymentNumber > latestNumber)
        )
          latestNumber = item.DeploymentNumber
        if (active === undefined && isInProgress(item.State)) {
          active = {
            deploymentNumber: requiredField(
              item.DeploymentNumber,
              'DeploymentNumber',
              'appconfig:ListDeployments'
            ),
            state: item.State ?? '',
            profileId: item.ConfigurationProfileId,
            percentage: item.PercentageComplete,
            ...(isManaged(item) ? { managed: true } : {})
          }
        }
        if (item.ConfigurationProfileId === scope.profileId && !seenOfProfile) {
          seenOfProfile = true
          if (isManaged(item) && item.DeploymentNumber !== undefined)
            experimentDeployment = {
              deploymentNumber: item.DeploymentNumber,
              state: item.State ?? ''
            }
        }
        // An experiment's MANAGED deployment re-serves what was deployed, with treatments on
        // top: what runs, for the diff and the drift, is the newest USER deployment.
        if (
          item.ConfigurationProfileId === scope.profileId &&
          !isManaged(item) &&
          item.State === 'COMPLETE' &&
          item.ConfigurationVersion
        ) {
          live = {
            deploymentNumber: requiredField(
              item.DeploymentNumber,
              'DeploymentNumber',
              'appconfig:ListDeployments'
            ),
            version: item.ConfigurationVersion,
            label: item.VersionLabel
          }
          return
        }
      }
    }
  )
  if (live === undefined)
    return { active, deployed: undefined, latestNumber, experimentDeployment }
  const version = Number(live.version)
  if (!Number.isInteger(version)) {
    throw new AwsStepError(
      `Deployment ${live.deploymentNumber} names configuration version '${live.version}', which is not a hosted version number.`,
      "Reading the environment's deployments",
      'UnexpectedAnswer'
    )
  }
  const stored = await versions.read(version)
  return {
    active,
    latestNumber,
    experimentDeployment,
    deployed: {
      deploymentNumber: live.deploymentNumber,
      version,
      label: live.label ?? stored.label,
      content: stored.content
    }
  }
}

/** A hosted version's parsed content and label. */
export interface StoredVersion {
  readonly number: number
  readonly label: string | undefined
  readonly content: unknown
}

/** Reads hosted versions of one profile, each at most once per run. */
export class VersionReader {
  constructor(
    private readonly client: AppConfigClient,
    private readonly applicationId: string,
    private readonly profileId: string,
    private readonly cache = new Map<number, Promise<StoredVersion>>()
  ) {}

  /** The same reader, sharing what it read, sending through another client (a bounded one). */
  through(client: AppConfigClient): VersionReader {
    return new VersionReader(
      client,
      this.applicationId,
      this.profileId,
      this.cache
    )
  }

  read(number: number): Promise<StoredVersion> {
    let version = this.cache.get(number)
    if (version === undefined) {
      version = this.fetch(number)
      this.cache.set(number, version)
    }
    return version
  }

  private async fetch(number: number): Promise<StoredVersion> {
    const output = await awsStep(
      `Reading hosted configuration version ${number}`,
      'appconfig:GetHostedConfigurationVersion',
      () =>
        this.client.send(
          new GetHostedConfigurationVersionCommand({
            ApplicationId: this.applicationId,
            ConfigurationProfileId: this.profileId,
            VersionNumber: number
          })
        )
    )
    const text = new TextDecoder().decode(output.Content ?? new Uint8Array())
    let content: unknown
    try {
      content = JSON.parse(text)
    } catch {
      throw new AwsStepError(
        `Hosted configuration version ${number} is not JSON, so it cannot be compared with the bundle; is this really a feature-flag profile?`,
        `Reading hosted configuration version ${number}`,
        'UnexpectedAnswer'
      )
    }
    return { number, label: output.VersionLabel, content }
  }
}
