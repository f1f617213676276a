/**
 * When GitHub says "slow down": how long to wait before trying a request again, following
 * GitHub's "Rate limits for the REST API" guidance. A primary limit (403/429 with
 * `x-ratelimit-remaining: 0`) lifts at `x-ratelimit-reset`; a secondary limit (403/429 with
 * `retry-after`, or a message naming it) after `retry-after` seconds, else after at least a
 * minute, growing exponentially on each further refusal.
 */

/** What a failed Octokit request carries (RequestError), read without importing Octokit. */
export interface HttpFailure {
  readonly status: number
  readonly headers: Readonly<Record<string, string | number | undefined>>
  readonly message: string
}

/** The wait GitHub asks for when no `retry-after` says otherwise. */
export const SECONDARY_RATE_LIMIT_WAIT_MS = 60_000

/**
 * Milliseconds to wait before retry number `retry` (1-based), or undefined when the failure
 * is not a rate limit (a 403 for a missing permission must not be retried).
 */
export function rateLimitWait(
  failure: HttpFailure,
  retry: number,
  now: number
): number | undefined {
  if (failure.status !== 403 && failure.status !== 429) return undefined
  const header = (name: string): string | undefined => {
    const value = failure.headers[name]
    return value === undefined ? undefined : String(value)
  }
  const retryAfter = header('retry-after')
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) {
    return Number(retryAfter) * 1000
  }
  const reset = header('x-ratelimit-reset')
  if (
    header('x-ratelimit-remaining') === '0' &&
    reset !== undefined &&
    /^\d+$/.test(reset.trim())
  ) {
    // One more second: the reset is in whole seconds and clocks differ a little.
    return Math.max(0, Number(reset) * 1000 - now) + 1000
  }
  if (failure.status === 429 || /secondary rate limit/i.test(failure.message)) {
    return SECONDARY_RATE_LIMIT_WAIT_MS * 2 ** (retry - 1)
  }
  return undefined
}

/** Whether a failure is worth one more try: GitHub's transient server errors. */
export function isServerError(failure: HttpFailure): boolean {
  return [500, 502, 503, 504].includes(failure.status)
}

/** Reads the status, headers and message of an Octokit RequestError; undefined otherwise. */
export function httpFailure(error: unknown): HttpFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { status, response, message } = error as {
    status?: unknown
    response?: { headers?: unknown; data?: unknown }
    message?: unknown
  }
  if (typeof status !== 'number') return undefined
  const data = response?.data as { message?: unknown } | undefined
  return {
    status,
    headers:
      typeof response?.headers === 'object' && response.headers !== null
        ? (response.headers as HttpFailure['headers'])
        : {},
    message:
      typeof data?.message === 'string'
        ? data.message
        : typeof message === 'string'
          ? message
          : ''
  }
}
