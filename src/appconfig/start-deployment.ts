import {
  StartDeploymentCommand,
  StopDeploymentCommand
} from '@aws-sdk/client-appconfig'
import type { AppConfigClient, Deployment } from '@aws-sdk/client-appconfig'
import { awsStep } from '../aws/aws-error.js'

export interface StartRequest {
  readonly applicationId: string
  readonly environmentId: string
  readonly profileId: string
  readonly strategyId: string
  readonly version: number
  readonly description: string
  readonly tags: Readonly<Record<string, string>>
  readonly kmsKeyIdentifier: string | undefined
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
      Tags: Object.keys(request.tags).length ? { ...request.tags } : undefined,
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
