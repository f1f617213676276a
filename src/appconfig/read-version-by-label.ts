import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { TargetError } from './target-error.js'
import { listHostedVersions } from './list-hosted-versions.js'

/**
 * The number of the one hosted version labelled `label`. AppConfig refuses a label used twice
 * in a profile, but versions made before that rule (or by another tool) may share one: then,
 * and when none has it, the run stops with an error naming the versions found.
 */
export async function readVersionByLabel(
  client: AppConfigClient,
  scope: { applicationId: string; profileId: string; profileName: string },
  label: string
): Promise<number> {
  const found = await listHostedVersions(client, scope, label)
  const [only] = found
  if (found.length === 1 && only !== undefined) return only.number
  if (found.length === 0)
    throw new TargetError(
      `No hosted version of ${scope.profileName} is labelled '${label}'. Check the label (it is case-sensitive), or give the version number.`,
      'configuration-version'
    )
  const numbers = found
    .map((v) => v.number)
    .sort((a, b) => a - b)
    .join(', ')
  throw new TargetError(
    `${found.length} hosted versions of ${scope.profileName} are labelled '${label}' (${numbers}); give the version number instead.`,
    'configuration-version'
  )
}
