import {
  GetDeploymentCommand,
  ListTagsForResourceCommand
} from '@aws-sdk/client-appconfig'
import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { awsStep } from '../aws/aws-error.js'

/** A deployment's tags (ListTagsForResource on its ARN); `{}` when it has none. */
export async function readDeploymentTags(
  client: AppConfigClient,
  arn: string,
  deploymentNumber: number
): Promise<Record<string, string>> {
  const output = await awsStep(
    `Reading the tags of deployment ${deploymentNumber}`,
    'appconfig:ListTagsForResource',
    () => client.send(new ListTagsForResourceCommand({ ResourceArn: arn }))
  )
  return { ...(output.Tags ?? {}) }
}

/** A deployment's description (GetDeployment): who started it, when no tag can say. */
export async function readDeploymentDescription(
  client: AppConfigClient,
  scope: { applicationId: string; environmentId: string },
  deploymentNumber: number
): Promise<string | undefined> {
  const output = await awsStep(
    `Reading deployment ${deploymentNumber}`,
    'appconfig:GetDeployment',
    () =>
      client.send(
        new GetDeploymentCommand({
          ApplicationId: scope.applicationId,
          EnvironmentId: scope.environmentId,
          DeploymentNumber: deploymentNumber
        })
      )
  )
  return output.Description
}
