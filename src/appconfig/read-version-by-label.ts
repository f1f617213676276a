import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import { TargetError } from './target-error.js'
import { listHostedVersions } from './list-hosted-versions.js'
import { isSameContent } from '../bundle/same-content.js'
import type { VersionReader } from './version-reader.js'

/** Versions sharing a label that are read to see whether they hold one content. */
const SHARED_LABEL_READ = 5

/**
 * The number of the hosted version labelled `label`. AppConfig documents no uniqueness rule for
 * labels, and two runs writing one bundle at the same moment may each write it under the
 * action's content-named label (write-version.ts): versions sharing a label that all hold one
 * content are one content, and the newest is taken. A label naming several contents, or none,
 * stops the run with an error naming the versions found.
 */
export async function readVersionByLabel(
  client: AppConfigClient,
  scope: { applicationId: string; profileId: string; profileName: string },
  label: string,
  versions: VersionReader
): Promise<number> {
  const found = await listHostedVersions(client, scope, label)
  const [only] = found
  if (found.length === 1 && only !== undefined) return only.number
  if (found.length > 1 && found.length <= SHARED_LABEL_READ) {
    const newestFirst = [...found].sort((a, b) => b.number - a.number)
    const contents = await Promise.all(
      newestFirst.map(async (v) => (await versions.read(v.number)).content)
    )
    const [newest] = newestFirst
    if (
      newest !== undefined &&
      contents.every((content) => isSameContent(content, contents[0]))
    )
      return newest.number
  }
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
    `${found.length} hosted versions of ${scope.profileName} are labelled '${label}' (${numbers}), with different content; give the version number instead.`,
    'configuration-version'
  )
}
