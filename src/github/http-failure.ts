/** What a failed Octokit request carries (RequestError), read without importing Octokit. */
export interface HttpFailure {
  readonly status: number
  readonly headers: Readonly<Record<string, string | number | undefined>>
  readonly message: string
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
