import type { getOctokit } from '@actions/github'
import type { Octokit } from '@octokit/core'
import type { ThrottlingOptions } from '@octokit/plugin-throttling'
import { fitComment, type CommentBody } from './fit-comment.js'
import { findMarkedComment, type ListedComment } from './find-marked-comment.js'
import { httpFailure } from './http-failure.js'
import { readPullRequestNumber } from './read-pull-request-number.js'
import { readTokenLogin } from './read-token-login.js'

/** What became of the plan comment. */
export type CommentStatus =
  'created' | 'updated' | 'skipped' | 'forbidden' | 'failed'

export interface CommentOutcome {
  readonly status: CommentStatus
  /** The comment on the pull request (created or updated). */
  readonly url?: string
  /** Why there is no comment, in a sentence for the log or an annotation. */
  readonly notice?: string
}

export interface PostCommentOptions {
  /** The `github-token` input. */
  readonly token: string | undefined
  /** GITHUB_API_URL (GitHub Enterprise Server: `https://HOST/api/v3`). */
  readonly apiUrl?: string
  /** GITHUB_REPOSITORY, `owner/name`. */
  readonly repository: string | undefined
  /** GITHUB_EVENT_NAME. */
  readonly eventName: string | undefined
  /** GITHUB_EVENT_PATH. */
  readonly eventPath: string | undefined
  /** The hidden marker of the target (planMarker), identifying its comment. */
  readonly marker: string
  /** The comment: the plan, or why there is none; a renderer is given the size limit. */
  readonly body: CommentBody
  /** Milliseconds per second of a wait GitHub asks for (1000; tests shrink it). */
  readonly retryUnitMs?: number
  /** Space writes as GitHub asks (true); tests that write many times in a row opt out. */
  readonly spaceWrites?: boolean
  readonly log?: (message: string) => void
}

/** One request may take this long before it is abandoned (and, if idempotent, retried). */
export const REQUEST_TIMEOUT_MS = 30_000

type GitHubClient = ReturnType<typeof getOctokit>

/**
 * Posts `body` as the pull request's comment for the target `marker` names: updates the
 * comment an earlier run left (found by its marker), else creates one, so each target keeps
 * exactly one comment that always shows the latest run, a failing one included. Loads
 * Octokit only here. Never throws: a push event, a fork's read-only token or a GitHub outage
 * is an outcome with a notice, never the action's failure.
 */
export async function postPullRequestComment(
  options: PostCommentOptions
): Promise<CommentOutcome> {
  const log = options.log ?? ((): void => {})
  const pullRequest = await readPullRequestNumber(
    options.eventName,
    options.eventPath
  )
  if ('reason' in pullRequest) {
    return { status: 'skipped', notice: pullRequest.reason }
  }
  const number = pullRequest.number
  if (!options.token) {
    return {
      status: 'skipped',
      notice: `pr-comment: no github-token, so pull request #${number} gets no comment; the plan is in the job summary and the \`plan-markdown\` output.`
    }
  }
  const [owner, repo, ...rest] = (options.repository ?? '').split('/')
  if (!owner || !repo || rest.length > 0) {
    return {
      status: 'skipped',
      notice: `pr-comment: GITHUB_REPOSITORY is ${options.repository ? `\`${options.repository}\`, not \`owner/name\`` : 'not set'}; no comment posted.`
    }
  }

  const refusals: RateLimitRefusal[] = []
  try {
    const body = fitComment(options.body, options.marker)
    const octokit = await createClient(
      options.token,
      options.apiUrl,
      log,
      options.retryUnitMs ?? 1000,
      options.spaceWrites ?? true,
      refusals
    )
    const existing = await findOwnComment(
      octokit,
      { owner, repo, issue_number: number },
      options.marker,
      log
    )
    if (existing !== undefined) {
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body
      })
      log(`pr-comment: updated ${data.html_url}`)
      return { status: 'updated', url: data.html_url }
    }
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body
    })
    log(`pr-comment: created ${data.html_url}`)
    return { status: 'created', url: data.html_url }
  } catch (error) {
    return failedOutcome(error, number, refusals.at(-1))
  }
}

/** How many times one request is tried again, at most (rate limit or server error). */
export const MAX_RETRIES = 3

/**
 * The most the comment waits on GitHub's rate limits in all: a plan comment is worth a couple
 * of minutes of a job, not the hour a spent primary rate limit can take to reset.
 */
export const MAX_TOTAL_WAIT_SECONDS = 120

/** A limiter group that runs each job at once (the throttling plugin's `write` shape). */
const UNSPACED = {
  key: () => ({
    schedule: <T>(
      _options: unknown,
      job: (...args: unknown[]) => Promise<T>,
      ...args: unknown[]
    ): Promise<T> => job(...args)
  })
} as unknown as NonNullable<ThrottlingOptions['write']>

/** GitHub kept refusing for its rate limit, past what the comment waits for. */
interface RateLimitRefusal {
  readonly status: number
  readonly retryAfter: number
}

/**
 * Octokit with GitHub's own retry and rate-limit plugins (@octokit/plugin-retry and
 * @octokit/plugin-throttling, which @actions/github's getOctokit takes as plugins): server
 * errors are retried with the retry plugin's backoff, and a rate limit waits what GitHub asks
 * (`retry-after`, `x-ratelimit-reset`), within MAX_RETRIES and MAX_TOTAL_WAIT_SECONDS. A POST
 * is never retried after a server error: it may have been stored, and a second one would
 * leave a duplicate comment to go stale. `retryUnitMs` is the length of one of GitHub's
 * seconds (tests shrink it; the plugins sleep on real timers).
 */
async function createClient(
  token: string,
  apiUrl: string | undefined,
  log: (message: string) => void,
  retryUnitMs: number,
  spaceWrites: boolean,
  refusals: RateLimitRefusal[]
): Promise<GitHubClient> {
  // Loaded here, not at start-up: only a run that comments pays for Octokit.
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling')
  ])
  let waited = 0
  const onLimit = (
    retryAfter: number,
    options: { method: string; url: string },
    _octokit: unknown,
    retryCount: number
  ): boolean => {
    if (
      retryCount >= MAX_RETRIES ||
      waited + retryAfter > MAX_TOTAL_WAIT_SECONDS
    ) {
      refusals.push({ status: 0, retryAfter })
      return false
    }
    waited += retryAfter
    log(
      `pr-comment: GitHub answered with its rate limit (${options.method} ${options.url}); trying again in ${retryAfter} s (retry ${retryCount + 1} of ${MAX_RETRIES}).`
    )
    return true
  }
  const octokit = getOctokit(
    token,
    {
      baseUrl: (apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
      // Names the action in GitHub's logs (Octokit appends its own agent).
      userAgent: 'appconfig-guarded-rollout',
      log: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => log(`pr-comment: ${message}`),
        error: (message: string) => log(`pr-comment: ${message}`)
      },
      retry: {
        retries: MAX_RETRIES,
        retryAfterBaseValue: retryUnitMs,
        // Rate limits (403, 429) are the throttling plugin's; these are not worth a retry.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
      },
      throttle: {
        retryAfterBaseValue: retryUnitMs,
        onRateLimit: onLimit,
        onSecondaryRateLimit: onLimit,
        // GitHub asks for a second between writes and more between comments; the plugin
        // spaces them process-wide. One run writes once, so only tests writing in a row opt out.
        ...(spaceWrites ? {} : { write: UNSPACED, notifications: UNSPACED })
      }
    },
    attemptTimeout(log),
    retry,
    throttling
  )
  // Outermost: a create is sent once whatever a server error says (see above). The hooks
  // share one options object per request (before-after-hook binds it), so it is set in place.
  octokit.hook.wrap('request', (request, options) => {
    if (options.method === 'POST')
      (options.request as { retries?: number }).retries = 0
    return request(options)
  })
  return octokit
}

/**
 * A plugin applied before the retry plugins, so it sees every attempt: each gets its own
 * REQUEST_TIMEOUT_MS, and a server error the retry plugin will try again is logged.
 */
function attemptTimeout(log: (message: string) => void) {
  return (octokit: Octokit): void => {
    octokit.hook.wrap('request', async (request, options) => {
      try {
        return await request({
          ...options,
          request: {
            ...options.request,
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
          }
        })
      } catch (error) {
        const failure = httpFailure(error)
        // The retry plugin counts the attempts in request.retryCount (0 or unset at first).
        const attempt = Number(
          (options.request as { retryCount?: number }).retryCount ?? 0
        )
        if (
          failure !== undefined &&
          failure.status >= 500 &&
          options.method !== 'POST' &&
          attempt < MAX_RETRIES
        )
          log(
            `pr-comment: GitHub answered ${failure.status}; trying again in ${(attempt + 1) ** 2} s (retry ${attempt + 1} of ${MAX_RETRIES}).`
          )
        throw error
      }
    })
  }
}

/**
 * The comment of this target that the token itself wrote, if any: pages through the pull
 * request's comments (100 a page) for those carrying the marker and, only when there are
 * some, asks who the token is. A marked comment someone else wrote is never chosen (a new
 * comment is created instead), nor is any when the token's login cannot be learned.
 */
async function findOwnComment(
  octokit: GitHubClient,
  issue: { owner: string; repo: string; issue_number: number },
  marker: string,
  log: (message: string) => void
): Promise<ListedComment | undefined> {
  const marked: ListedComment[] = []
  for await (const page of octokit.paginate.iterator(
    octokit.rest.issues.listComments,
    { ...issue, per_page: 100 }
  )) {
    for (const comment of page.data) {
      if (comment.body?.includes(marker) === true) marked.push(comment)
    }
  }
  if (marked.length === 0) return undefined
  const token = await readTokenLogin(octokit)
  if ('reason' in token) {
    log(
      `pr-comment: could not learn which account the token acts as (${token.reason}), so no existing comment is updated; a new one is created.`
    )
    return undefined
  }
  const own = findMarkedComment(marked, marker, token.login)
  if (own === undefined) {
    const others = [...new Set(marked.map((c) => c.user?.login ?? '?'))]
    log(
      `pr-comment: ${marked.length} comment(s) carry this target's marker but were written by ${others.join(', ')}, not by the token's account ${token.login}; they are left alone and a new comment is created.`
    )
  }
  return own
}

function failedOutcome(
  error: unknown,
  number: number,
  refused: RateLimitRefusal | undefined
): CommentOutcome {
  const failure = httpFailure(error)
  if (
    refused !== undefined &&
    (failure?.status === 403 || failure?.status === 429)
  ) {
    return {
      status: 'failed',
      notice: `pr-comment: could not comment on pull request #${number}: GitHub's rate limit refused the request (${failure.status}${failure.message ? `: ${failure.message}` : ''}) and asked to wait ${refused.retryAfter} s more, past the ${MAX_TOTAL_WAIT_SECONDS} s (or ${MAX_RETRIES} retries) pr-comment waits.`
    }
  }
  if (failure?.status === 403) {
    return {
      status: 'forbidden',
      notice: `pr-comment: the token may not comment on pull request #${number} (GitHub answered 403${failure.message ? `: ${failure.message}` : ''}). Give the job \`permissions: pull-requests: write\`. A pull request from a fork gets a read-only token whatever the workflow asks: its plan stays in the job summary and the \`plan-markdown\` output.`
    }
  }
  const reason = failure
    ? `GitHub answered ${failure.status}${failure.message ? `: ${failure.message}` : ''}`
    : error instanceof Error
      ? error.message
      : String(error)
  return {
    status: 'failed',
    notice: `pr-comment: could not comment on pull request #${number} (${reason}).`
  }
}
