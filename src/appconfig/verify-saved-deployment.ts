import {
  ListTagsForResourceCommand,
  paginateListApplications,
  paginateListEnvironments,
  type AppConfigClient
} from '@aws-sdk/client-appconfig'
import { deploymentArn, partitionOf } from './deployment-arn.js'
import { sourceOf, SOURCE_TAG } from './deployment-source.js'
import { resolveAccount } from './resolve-account.js'
import type { PostScope, SavedDeployment } from './saved-deployment.js'

/**
 * The checks that need AppConfig, before the deployment is read: the region this step's
 * client uses, the application and environment the inputs name (by ID or name), and the
 * action's source tag on the deployment. A refusal in words, or undefined.
 */
export async function verifySavedDeployment(
  client: AppConfigClient,
  saved: SavedDeployment,
  scope: PostScope,
  signal: AbortSignal
): Promise<string | undefined> {
  const region = await client.config.region()
  if (region !== saved.region)
    return `the saved state names region ${saved.region}, but this step uses ${region}`
  // The list calls the main step resolves names with: the IAM policy needs nothing more.
  let application: { Id?: string; Name?: string } = {}
  for await (const page of paginateListApplications(
    { client, pageSize: 50 },
    {},
    { abortSignal: signal }
  ))
    application =
      page.Items?.find((a) => a.Id === saved.applicationId) ?? application
  if (!names(application, scope.application))
    return `the saved application ${saved.applicationId} (${application.Name ?? 'no name'}) is not the one the input application names (${scope.application})`
  let environment: {
    Id?: string
    Name?: string
    Monitors?: { AlarmArn?: string }[]
  } = {}
  for await (const page of paginateListEnvironments(
    { client, pageSize: 50 },
    { ApplicationId: saved.applicationId },
    { abortSignal: signal }
  ))
    environment =
      page.Items?.find((e) => e.Id === saved.environmentId) ?? environment
  if (!names(environment, scope.environment))
    return `the saved environment ${saved.environmentId} (${environment.Name ?? 'no name'}) is not the one the input environment names (${scope.environment})`
  const account = await resolveAccount(
    client,
    region,
    (environment.Monitors ?? []).flatMap((m) =>
      m.AlarmArn === undefined ? [] : [m.AlarmArn]
    )
  )
  if (account === undefined)
    return `the account is unknown (set AWS_ACCOUNT_ID, or give the environment an alarm monitor), so the deployment's ${SOURCE_TAG} tag cannot be read to show this action started it`
  const tags = await client.send(
    new ListTagsForResourceCommand({
      ResourceArn: deploymentArn(
        { ...account, partition: partitionOf(region) },
        saved.applicationId,
        saved.environmentId,
        saved.deploymentNumber
      )
    }),
    { abortSignal: signal }
  )
  if (sourceOf(tags.Tags ?? {}) === undefined)
    return `deployment ${saved.deploymentNumber} carries no ${SOURCE_TAG} tag, so this action did not start it`
  return undefined
}

/** Whether an input names this resource, by its ID or its name. */
function names(
  resource: { Id?: string; Name?: string },
  input: string
): boolean {
  return input !== '' && (input === resource.Id || input === resource.Name)
}
