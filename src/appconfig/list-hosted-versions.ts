import { paginateListHostedConfigurationVersions } from '@aws-sdk/client-appconfig'
import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { awsStep } from '../aws/aws-error.js'
import { requiredField } from '../aws/required-field.js'

/** One hosted version as the listing shows it. */
export interface HostedVersionSummary {
  readonly number: number
  readonly label: string | undefined
  readonly description: string | undefined
}

/**
 * Every hosted version of a profile, or those whose label is exactly `label` (AppConfig's
 * filter treats a trailing `*` as a prefix match, so the answer is filtered again here).
 */
export async function listHostedVersions(
  client: AppConfigClient,
  scope: { applicationId: string; profileId: string },
  label?: string
): Promise<HostedVersionSummary[]> {
  return awsStep(
    label === undefined
      ? 'Listing hosted configuration versions'
      : `Looking up hosted configuration versions labelled '${label}'`,
    'appconfig:ListHostedConfigurationVersions',
    async () => {
      const found: HostedVersionSummary[] = []
      const pages = paginateListHostedConfigurationVersions(
        { client, pageSize: 50 },
        {
          ApplicationId: scope.applicationId,
          ConfigurationProfileId: scope.profileId,
          VersionLabel: label
        }
      )
      for await (const page of pages)
        for (const item of page.Items ?? [])
          if (label === undefined || item.VersionLabel === label)
            found.push({
              number: requiredField(
                item.VersionNumber,
                'VersionNumber',
                'appconfig:ListHostedConfigurationVersions'
              ),
              label: item.VersionLabel,
              description: item.Description
            })
      return found
    }
  )
}

/** The newest hosted version's number (the listing's order is not documented); 0 when none. */
export async function readLatestVersion(
  client: AppConfigClient,
  scope: { applicationId: string; profileId: string }
): Promise<number> {
  const versions = await listHostedVersions(client, scope)
  return versions.reduce((max, v) => Math.max(max, v.number), 0)
}
