import {
  StartDeploymentCommand,
  StopDeploymentCommand
} from '@aws-sdk/client-appconfig'
import type { AppConfigClient, Deployment } from '@aws-sdk/client-appconfig'
import { awsStep } from '../aws/aws-error.js'
import { SOURCE_TAG, type DeploymentSource } from './deployment-source.js'

export interface StartRequest {
  readonly applicationId: string
  readonly environmentId: string
  readonly profileId: string
  readonly strategyId: string
  readonly version: number
  readonly description: string
  readonly tags: Readonly<Record<string, string>>
  readonly kmsKeyIdentifier: string | undefined
  /**
   * The environment's newest deployment number as the plan saw it: AppConfig refuses the start
   * (ConflictException) when another deployment was started since, so a start never follows a
   * stale plan. Undefined when the environment has none yet: AWS does not document what it
   * expects then (the emulator takes 0), so the lock is left out rather than guessed.
   */
  readonly latestDeploymentNumber: number | undefined

  /**
   * What the deployment carries (`bundle`, `version`, `set-flags`, `revert`): sent as the tag
   * `appconfig-guarded-rollout:source`, so later runs recognise their own deployments.
   */
  readonly source?: DeploymentSource
}

export { SOURCE_TAG, type DeploymentSource }

/** The user's tags plus the source tag, when there is one. */
export function deploymentTags(
  request: Pick<StartRequest, 'tags' | 'source'>
): Record<string, string> | undefined {
  const tags: Record<string, string> = { ...request.tags }
  if (request.source !== undefined) tags[SOURCE_TAG] = request.source
  return Object.keys(tags).length ? tags : undefined
}

/**
 * Starts the deployment; a ConflictException (another deployment, a stale lock) and a lost
 * answer reach the caller as they are (the SDK's error, with `$metadata.attempts`), since
 * only the caller can tell whether the start went through.
 */
export async function startDeployment(
  client: AppConfigClient,
  request: StartRequest,
  signal: AbortSignal
): Promise<Deployment> {
  return client.send(
    new StartDeploymentCommand({
      ApplicationId: request.applicationId,
      EnvironmentId: request.environmentId,
      ConfigurationProfileId: request.profileId,
      DeploymentStrategyId: request.strategyId,
      ConfigurationVersion: String(request.version),
      Description: request.description,
      Tags: deploymentTags(request),
      KmsKeyIdentifier: request.kmsKeyIdentifier,
      LatestDeploymentNumber: request.latestDeploymentNumber
    }),
    { abortSignal: signal }
  )
}

/**
 * Stops a deployment in progress; AppConfig rolls it back (§2.7). The signal bounds it: a stop
 * runs after a cancel or a timeout, when the runner may kill the process soon.
 */
export async function stopDeployment(
  client: AppConfigClient,
  scope: { applicationId: string; environmentId: string },
  deploymentNumber: number,
  signal: AbortSignal
): Promise<Deployment> {
  return awsStep(
    `Stopping deployment ${deploymentNumber}`,
    'appconfig:StopDeployment',
    () =>
      client.send(
        new StopDeploymentCommand({
          ApplicationId: scope.applicationId,
          EnvironmentId: scope.environmentId,
          DeploymentNumber: deploymentNumber
        }),
        { abortSignal: signal }
      )
  )
}
