import { toBundleReport } from '../bundle/bundle-report.js'
import { validateBundleFile } from '../bundle/validate-bundle.js'
import type { Settings } from '../settings.js'
import type { ContentResult } from './content.js'

/** The `bundle` file, read and validated (no AWS). */
export async function readBundleContent(
  settings: Pick<
    Settings,
    'bundlePath' | 'bundleDisplayPath' | 'flagNamePattern' | 'deprecatedFlags'
  >,
  today: string,
  /** GITHUB_WORKSPACE: a bundle named in it must not lead out of it through a link. */
  workspace?: string
): Promise<ContentResult> {
  const { bundlePath, bundleDisplayPath } = settings
  if (bundlePath === undefined || bundleDisplayPath === undefined)
    return {
      failure: {
        kind: 'internal',
        message: 'No bundle to read: the input bundle is empty.'
      }
    }
  const validated = await validateBundleFile(bundlePath, {
    flagNamePattern: settings.flagNamePattern,
    deprecatedFlags: settings.deprecatedFlags,
    today,
    workspace
  })
  const bundle = toBundleReport(validated, bundleDisplayPath)
  if (
    validated.errorCount > 0 ||
    validated.content === undefined ||
    validated.value === undefined
  )
    return {
      bundle,
      failure: {
        kind: 'bundle',
        message: `The bundle ${bundleDisplayPath} has ${validated.errorCount} problem${validated.errorCount === 1 ? '' : 's'}; each is annotated at its line.`
      }
    }
  return {
    content: {
      source: 'bundle',
      value: validated.value,
      text: validated.content,
      bundle
    }
  }
}
