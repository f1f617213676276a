/** The free-text inputs: description, version-label, tags, region, configuration-version. */
import { toHeaderLabel } from './header-text.js'
import { InputError } from './input-error.js'

/**
 * `description`: any text up to AppConfig's 1024 characters. The deployment carries it as
 * typed; the hosted version's description header gets its ASCII spelling (toHeaderText), so
 * an incident reason with a typographic dash or an accent never stops a kill switch.
 */
export function description(value: string): string | undefined {
  if (value === '') return undefined
  if (value.length > 1024) {
    throw new InputError(
      'description',
      `Input 'description' is ${value.length} characters long; AppConfig allows at most 1024.`
    )
  }
  return value
}

/**
 * `version-label`: any text of 1 to 64 characters; it travels in a header, so AppConfig
 * stores its ASCII spelling (toHeaderLabel), which must keep a non-digit (the model's
 * VersionLabel pattern `.*[^0-9].*`, which tells a label from a version number).
 */
export function versionLabel(value: string): string | undefined {
  if (value === '') return undefined
  const sent = toHeaderLabel(value)
  if (value.length > 64 || !/[^0-9]/.test(sent)) {
    throw new InputError(
      'version-label',
      `Input 'version-label' has the value '${value}'${sent !== value ? ` (in ASCII, as AppConfig stores it: '${sent}')` : ''}; AppConfig needs 1 to 64 characters with at least one non-digit (for example v1.4.0).`
    )
  }
  return value
}

/** AppConfig's 50 tags per resource, less the one the action adds to every deployment. */
export const MAX_USER_TAGS = 49

export function tags(value: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = value.split(/\r?\n/)
  lines.forEach((line, index) => {
    const text = line.trim()
    if (text === '' || text.startsWith('#')) return
    const where = `line ${index + 1} of input 'tags' ('${text}')`
    const eq = text.indexOf('=')
    if (eq < 0) {
      throw new InputError('tags', `${where} has no '='; write key=value.`)
    }
    const key = text.slice(0, eq).trim()
    const tagValue = text.slice(eq + 1).trim()
    if (key === '' || key.length > 128) {
      throw new InputError(
        'tags',
        `${where}: the key must be 1 to 128 characters.`
      )
    }
    if (tagValue.length > 256) {
      throw new InputError(
        'tags',
        `${where}: the value must be at most 256 characters.`
      )
    }
    // TagResource: "The key must not start with aws:" (reserved for AWS's own tags).
    if (key.toLowerCase().startsWith('aws:')) {
      throw new InputError(
        'tags',
        `${where}: keys starting with 'aws:' are reserved for AWS; choose another key.`
      )
    }
    // The action's own tag (appconfig/deployment-source.ts): a user value would replace it and
    // later runs would no longer recognise the deployment.
    if (key.startsWith('appconfig-guarded-rollout:')) {
      throw new InputError(
        'tags',
        `${where}: keys starting with 'appconfig-guarded-rollout:' are the action's own; choose another key.`
      )
    }
    if (Object.hasOwn(result, key)) {
      throw new InputError('tags', `${where}: the key '${key}' is repeated.`)
    }
    Object.defineProperty(result, key, {
      value: tagValue,
      enumerable: true,
      writable: true,
      configurable: true
    })
  })
  // AppConfig's TagMap holds at most 50 tags, and every deployment carries the action's
  // source tag (appconfig-guarded-rollout:source) beside the user's: 49 are left.
  if (Object.keys(result).length > MAX_USER_TAGS) {
    throw new InputError(
      'tags',
      `Input 'tags' has ${Object.keys(result).length} tags; at most ${MAX_USER_TAGS} are allowed (AppConfig allows 50 per deployment and the action adds its own appconfig-guarded-rollout:source tag).`
    )
  }
  return result
}

export function region(value: string): string | undefined {
  if (value === '') return undefined
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(value)) {
    throw new InputError(
      'region',
      `Input 'region' has the value '${value}', which is not an AWS region name (for example eu-west-1).`
    )
  }
  return value
}

/** `configuration-version`: a hosted version number, or else its label. */
export function versionReference(value: string): number | string | undefined {
  if (value === '') return undefined
  if (/^\d+$/.test(value)) {
    const n = Number(value)
    if (n < 1 || !Number.isSafeInteger(n)) {
      throw new InputError(
        'configuration-version',
        `Input 'configuration-version' has the value '${value}'; a version number is 1 or more.`
      )
    }
    return n
  }
  // AppConfig labels always have a non-digit, so all-digit text above is a number.
  if (value.length > 64) {
    throw new InputError(
      'configuration-version',
      `Input 'configuration-version' has the value '${value}'; a version label is at most 64 characters.`
    )
  }
  return value
}
