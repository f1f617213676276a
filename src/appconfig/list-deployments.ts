import { paginateListDeployments } from '@aws-sdk/client-appconfig'
import type {
  AppConfigClient,
  DeploymentSummary
} from '@aws-sdk/client-appconfig'

/**
 * An environment's deployments, every page, in AppConfig's order (newest first). Callers stop
 * reading when they have what they need; the pages after are then never requested. Errors are
 * never swallowed: a missed page would make an old version look current (koh-sh/apcdeploy#103).
 */
export async function* listDeployments(
  client: AppConfigClient,
  scope: { readonly applicationId: string; readonly environmentId: string }
): AsyncGenerator<DeploymentSummary> {
  const pages = paginateListDeployments(
    { client, pageSize: 50 },
    { ApplicationId: scope.applicationId, EnvironmentId: scope.environmentId }
  )
  for await (const page of pages) yield* page.Items ?? []
}
