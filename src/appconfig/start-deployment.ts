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
   * What is deployed, written as the deployment tag `appconfig-guarded-rollout:source` so a
   * later run recognises its own deployments (drift base, revert); it wins over a user tag.
   */
  readonly source?: DeploymentSource
}

/** Starts the deployment; a ConflictException (another deployment) reaches the caller as is. */
export async function startDeployment(
  client: AppConfigClient,
  request: StartRequest
): Promise<Deployment> {
  return client.send(
    new StartDeploymentCommand({
      ApplicationId: request.applicationId,
      EnvironmentId: request.environmentId,
      ConfigurationProfileId: request.profileId,
      DeploymentStrategyId: request.strategyId,
      ConfigurationVersion: String(request.version),
      Description: request.description,
      Tags: tagsOf(request),
      KmsKeyIdentifier: request.kmsKeyIdentifier
    })
  )
}

/** Stops a deployment in progress; AppConfig rolls it back (§2.7). */
export async function stopDeployment(
  client: AppConfigClient,
  scope: { applicationId: string; environmentId: string },
  deploymentNumber: number
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
        })
      )
  )
}

/** The user's tags plus the source tag; undefined when there are none (AppConfig's default). */
function tagsOf(request: StartRequest): Record<string, string> | undefined {
  const tags: Record<string, string> = { ...request.tags }
  if (request.source !== undefined) tags[SOURCE_TAG] = request.source
  return Object.keys(tags).length ? tags : undefined
}
