import { GetDeploymentCommand } from '@aws-sdk/client-appconfig'
import type { Deployment } from '@aws-sdk/client-appconfig'
import type { AwsClients } from '../aws/clients.js'
import { awsStep } from '../aws/aws-error.js'

/**
 * One GetDeployment, for the watch and for the wait alike; `step` names what the run was doing
 * in an error. The signal aborts the call itself, not only the loop around it.
 */
export function getDeployment(
  clients: AwsClients,
  scope: { readonly applicationId: string; readonly environmentId: string },
  deploymentNumber: number,
  step: string,
  signal: AbortSignal
): Promise<Deployment> {
  return awsStep(step, 'appconfig:GetDeployment', () =>
    clients.appconfig.send(
      new GetDeploymentCommand({
        ApplicationId: scope.applicationId,
        EnvironmentId: scope.environmentId,
        DeploymentNumber: deploymentNumber
      }),
      { abortSignal: signal }
    )
  )
}
