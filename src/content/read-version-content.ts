import type { AppConfigClient } from '@aws-sdk/client-appconfig'
import type { VersionReader } from '../appconfig/version-reader.js'
import { readVersionByLabel } from '../appconfig/read-version-by-label.js'
import type { Target } from '../appconfig/target.js'
import { toBundleReport } from '../bundle/bundle-report.js'
import { isObject } from '../bundle/json-object.js'
import { stripMetadata } from '../bundle/same-content.js'
import { validateBundleText } from '../bundle/validate-bundle.js'
import type { Settings } from '../settings.js'
import type { ContentResult } from './content.js'

/**
 * `configuration-version`: an existing hosted version of the profile (by number, or by a label
 * that must name exactly one version), validated like a bundle (AppConfig's rules and the
 * team's: `flag-name-pattern`, `deprecated-flags`), to be deployed as is.
 */
export async function readVersionContent(
  client: AppConfigClient,
  target: Target,
  versions: VersionReader,
  settings: Pick<
    Settings,
    'configurationVersion' | 'flagNamePattern' | 'deprecatedFlags'
  >,
  today: string
): Promise<ContentResult> {
  const reference = settings.configurationVersion
  if (reference === undefined)
    return {
      failure: {
        kind: 'internal',
        message: 'No version to read: the input configuration-version is empty.'
      }
    }
  const number =
    typeof reference === 'number'
      ? reference
      : await readVersionByLabel(
          client,
          {
            applicationId: target.application.id,
            profileId: target.profile.id,
            profileName: target.profile.name
          },
          reference,
          versions
        )
  // A missing number fails here with AppConfig's ResourceNotFoundException, named by the step.
  const stored = await versions.read(number)
  const displayPath = `hosted version ${number}${stored.label ? ` (${stored.label})` : ''}`
  // Pretty-printed, so each problem's line points at one key of the version's content.
  const pretty = JSON.stringify(stored.content, null, 2) ?? ''
  const validated = await validateBundleText(pretty, 'json', {
    flagNamePattern: settings.flagNamePattern,
    deprecatedFlags: settings.deprecatedFlags,
    today
  })
  const bundle = toBundleReport(validated, displayPath)
  const value = stripMetadata(stored.content)
  if (validated.errorCount > 0 || !isObject(value))
    return {
      bundle,
      failure: {
        kind: 'bundle',
        message: `${capitalise(displayPath)} of ${target.profile.name} has ${validated.errorCount} problem${validated.errorCount === 1 ? '' : 's'}, so it is not deployed; the summary lists each.`
      }
    }
  return {
    content: {
      source: 'version',
      value,
      text: JSON.stringify(value),
      bundle,
      version: { number, label: stored.label }
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
