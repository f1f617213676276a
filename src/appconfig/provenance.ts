import { createHash } from 'node:crypto'
import { runUrl, type GitHubContext } from '../github/context.js'
import { toHeaderText } from '../inputs/header-text.js'

/**
 * The hosted version label when the input is empty (in printable ASCII, as AppConfig's headers
 * take it, by the rule writeVersion applies to every label: inputs/header-text.ts): the commit and a hash of the content, so
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
  return toHeaderText(`${commit}-${hash}`).slice(0, 64)
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
  return toHeaderText(parts.join(' ')).slice(0, 1024)
}

/** Who, why, what and which run, in a kill switch's version and deployment description. */
export function killSwitchDescription(
  context: GitHubContext,
  reason: string | undefined,
  lines: readonly string[],
  fromVersion: number
): string {
  const url = runUrl(context)
  const text = [
    `set-flags by ${context.actor ?? 'an unknown actor'}`,
    reason === undefined ? '(no reason given)' : `because: ${reason}`,
    `| ${lines.join(', ')} on version ${fromVersion}`,
    url === undefined ? '' : `| ${url}`
  ]
    .filter(Boolean)
    .join(' ')
  // As typed: the deployment's description is a JSON body; the hosted version's header gets its
  // ASCII spelling in writeVersion (inputs/header-text.ts).
  return text.slice(0, 1024)
}

/** `set-flags-<run>-<hash>`: unique per content, and names the run that made it. */
export function killSwitchLabel(context: GitHubContext, text: string): string {
  const hash = contentHash(text)
  const run =
    context.runId === undefined
      ? 'local'
      : `r${context.runId}-${context.runAttempt ?? '1'}`
  return toHeaderText(`set-flags-${run}-${hash}`).slice(0, 64)
}

/** A revert's deployment description: the `description` input, or which deployment and who. */
export function revertDescription(
  context: GitHubContext,
  reason: string | undefined,
  revertedDeployment: number
): string {
  const url = runUrl(context)
  // As typed, like the kill switch's: a revert writes no hosted version, so nothing of it
  // travels in a header (writeVersion gives a version's description its ASCII spelling).
  return (
    reason ??
    `Revert of deployment ${revertedDeployment} by AppConfig Guarded Rollout${context.actor ? ` for ${context.actor}` : ''}${url ? ` (${url})` : ''}`
  ).slice(0, 1024)
}
