import type { AppConfigContext } from './appconfig-api.js'
import { FEATURE_FLAGS_TYPE, type HostedVersion } from './appconfig-store.js'
import {
  checkFeatureFlagContent,
  stampFlagMetadata
} from './feature-flag-content.js'
import { ServiceError } from './service-error.js'

/**
 * Stores a hosted version the way AppConfig does: size limit (413), feature-flag validation
 * (400) and `_createdAt`/`_updatedAt` stamping for FeatureFlags profiles. Seeds use it too.
 */
export async function storeHostedVersion(
  c: AppConfigContext,
  input: {
    applicationId: string
    profileId: string
    content: Buffer
    contentType: string
    description?: string
    versionLabel?: string
    latestVersionNumber?: number
  }
): Promise<HostedVersion> {
  const profile = c.store.profile(input.applicationId, input.profileId)
  const { content } = input
  if (content.length > c.maxContentBytes)
    throw new ServiceError(
      'PayloadTooLargeException',
      413,
      `The configuration is ${kb(content.length)} KB; the hosted configuration limit is ${kb(c.maxContentBytes)} KB`,
      {
        Measure: 'KILOBYTES',
        Limit: kb(c.maxContentBytes),
        Size: kb(content.length)
      }
    )
  let stored = content
  if (profile.type === FEATURE_FLAGS_TYPE) {
    const text = content.toString('utf8')
    await checkFeatureFlagContent(text)
    const previous = c.store.latestVersion(profile.id)?.content.toString('utf8')
    stored = Buffer.from(stampFlagMetadata(text, previous, c.clock.now()))
  }
  return c.store.addVersion({
    ...input,
    content: stored,
    createdAt: c.clock.now()
  })
}

function kb(bytes: number): number {
  return Math.round((bytes / 1024) * 100) / 100
}
