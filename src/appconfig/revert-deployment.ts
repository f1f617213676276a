import { StopDeploymentCommand } from '@aws-sdk/client-appconfig'
import type { AppConfigClient, Deployment } from '@aws-sdk/client-appconfig'
import { awsStep } from '../aws/aws-error.js'

/**
 * AppConfig's own revert: StopDeployment with `AllowRevert` on the latest COMPLETE deployment
 * puts the configuration before it back at once, ignoring alarm monitors ("Reverting also
 * ignores alarm monitors…"), within 72 hours of its completion; after that AppConfig answers
 * BadRequestException (user guide, "Reverting a configuration"; StopDeployment `AllowRevert`).
 */
export function revertDeployment(
  client: AppConfigClient,
  scope: { readonly applicationId: string; readonly environmentId: string },
  deploymentNumber: number,
  signal?: AbortSignal
): Promise<Deployment> {
  return awsStep(
    `Reverting deployment ${deploymentNumber}`,
    'appconfig:StopDeployment',
    () =>
      client.send(
        new StopDeploymentCommand({
          ApplicationId: scope.applicationId,
          EnvironmentId: scope.environmentId,
          DeploymentNumber: deploymentNumber,
          AllowRevert: true
        }),
        { abortSignal: signal }
      )
  )
}
