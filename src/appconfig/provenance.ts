import { createHash } from 'node:crypto'
import { runUrl, type GitHubContext } from '../github/context.js'

/** Keeps printable ASCII only: AppConfig sends descriptions and labels in HTTP headers. */
function ascii(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?')
}

/**
 * The hosted version label when the input is empty: the commit and a hash of the content, so
 * two bundles deployed from one commit (one per environment, say) never claim the same label,
 * while the same content keeps the same label. It always holds a letter, as AppConfig requires
 * (`.*[^0-9].*`), and is at most 64 characters.
 */
export function defaultVersionLabel(
  context: GitHubContext,
  content: string
): string {
  const hash = contentHash(content)
  const commit =
    context.sha === undefined ? 'local' : `git-${context.sha.slice(0, 12)}`
  return ascii(`${commit}-${hash}`).slice(0, 64)
}

/**
 * The 8 hex digits of the content's SHA-256 that end every label this action makes (the default
 * label here, the kill switch's `set-flags-…` label): a label ending in them likely holds the
 * same content, so a write can look for it before making a copy.
 */
export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 8)
}

/** The description of the version and the deployment when the input is empty. */
export function defaultDescription(context: GitHubContext): string {
  const parts = ['Deployed by AppConfig Guarded Rollout']
  if (context.repository) {
    parts.push(
      `from ${context.repository}${context.sha ? `@${context.sha.slice(0, 12)}` : ''}`
    )
  }
  if (context.actor) parts.push(`by ${context.actor}`)
  const url = runUrl(context)
  if (url) parts.push(`(${url})`)
  return ascii(parts.join(' ')).slice(0, 1024)
}
