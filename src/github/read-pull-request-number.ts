import { readFile } from 'node:fs/promises'

/** The events whose payload carries the pull request a plan comment belongs on. */
export const PULL_REQUEST_EVENTS: readonly string[] = [
  'pull_request',
  'pull_request_target'
]

/** The pull request's number, or why there is none to comment on. */
export type PullRequestNumber =
  { readonly number: number } | { readonly reason: string }

/**
 * Reads `pull_request.number` from the event payload the runner wrote (GITHUB_EVENT_PATH),
 * only for `pull_request` and `pull_request_target` events: a push has no pull request, and
 * a comment on some other event's pull request would be a guess.
 */
export async function readPullRequestNumber(
  eventName: string | undefined,
  eventPath: string | undefined
): Promise<PullRequestNumber> {
  if (eventName === undefined || !PULL_REQUEST_EVENTS.includes(eventName)) {
    return {
      reason: `pr-comment: not a pull_request event (the event is ${eventName ? `\`${eventName}\`` : 'unknown'}); no comment posted.`
    }
  }
  if (!eventPath) {
    return {
      reason: `pr-comment: GITHUB_EVENT_PATH is not set, so the pull request of this \`${eventName}\` event is unknown; no comment posted.`
    }
  }
  let payload: unknown
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'))
  } catch (error) {
    return {
      reason: `pr-comment: could not read the event payload ${eventPath} (${error instanceof Error ? error.message : String(error)}); no comment posted.`
    }
  }
  const number = (payload as { pull_request?: { number?: unknown } } | null)
    ?.pull_request?.number
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
    return {
      reason: `pr-comment: the \`${eventName}\` event payload has no pull_request.number; no comment posted.`
    }
  }
  return { number }
}
