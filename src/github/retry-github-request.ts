import {
  httpFailure,
  isServerError,
  rateLimitWait,
  type HttpFailure
} from './rate-limit-wait.js'

/** How many times one request is tried again, at most. */
export const MAX_RETRIES = 3

/**
 * The most the comment waits on GitHub in all, per request: a plan comment is worth a
 * couple of minutes of a job, not the hour a spent primary rate limit can take to reset.
 */
export const MAX_TOTAL_WAIT_MS = 120_000

/** The first wait after a server error; it doubles on each further one. */
export const SERVER_ERROR_WAIT_MS = 1_000

export interface RetryClock {
  readonly sleep: (ms: number) => Promise<void>
  readonly now: () => number
  readonly log: (message: string) => void
}

/** GitHub kept refusing for its rate limit: the last answer and how long it asked to wait. */
export class RateLimitedError extends Error {
  constructor(
    readonly failure: HttpFailure,
    readonly waitMs: number
  ) {
    super(
      `GitHub's rate limit refused the request (${failure.status}${failure.message ? `: ${failure.message}` : ''}) and asked to wait ${Math.ceil(waitMs / 1000)} s more, past the ${MAX_TOTAL_WAIT_MS / 1000} s pr-comment waits`
    )
    this.name = 'RateLimitedError'
  }
}

/**
 * Sends a request, and again after the wait GitHub asks for when it answers with a rate
 * limit (bounded by MAX_RETRIES and MAX_TOTAL_WAIT_MS), or after a short backoff on a server
 * error when the request is idempotent: a POST that failed with a 5xx may have been stored,
 * and sending it again could leave two comments, one of which would go stale.
 */
export async function retryGitHubRequest<T>(
  send: () => Promise<T>,
  method: string,
  clock: RetryClock
): Promise<T> {
  let waited = 0
  for (let retry = 1; ; retry++) {
    try {
      return await send()
    } catch (error) {
      const failure = httpFailure(error)
      if (failure === undefined || retry > MAX_RETRIES) throw error
      const rateLimit = rateLimitWait(failure, retry, clock.now())
      const wait =
        rateLimit ??
        (isServerError(failure) && method !== 'POST'
          ? SERVER_ERROR_WAIT_MS * 2 ** (retry - 1)
          : undefined)
      if (wait === undefined) throw error
      if (waited + wait > MAX_TOTAL_WAIT_MS) {
        if (rateLimit !== undefined) throw new RateLimitedError(failure, wait)
        throw error
      }
      clock.log(
        `pr-comment: GitHub answered ${failure.status}${rateLimit !== undefined ? ' (rate limit)' : ''}; trying again in ${Math.ceil(wait / 1000)} s (retry ${retry} of ${MAX_RETRIES}).`
      )
      await clock.sleep(wait)
      waited += wait
    }
  }
}
