import type { getOctokit } from '@actions/github'
import { fitComment, type CommentBody } from './fit-comment.js'
import { findMarkedComment, type ListedComment } from './find-marked-comment.js'
import { httpFailure } from './rate-limit-wait.js'
import { readPullRequestNumber } from './read-pull-request-number.js'
import { readTokenLogin } from './read-token-login.js'
import {
  RateLimitedError,
  retryGitHubRequest,
  type RetryClock
} from './retry-github-request.js'

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
  readonly sleep?: (ms: number) => Promise<void>
  readonly now?: () => number
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

  try {
    const body = fitComment(options.body, options.marker)
    const octokit = await createClient(options.token, options.apiUrl, {
      sleep: options.sleep ?? defaultSleep,
      now: options.now ?? Date.now,
      log
    })
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
    return failedOutcome(error, number)
  }
}

async function createClient(
  token: string,
  apiUrl: string | undefined,
  clock: RetryClock
): Promise<GitHubClient> {
  // Loaded here, not at start-up: only a run that comments pays for Octokit.
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token, {
    baseUrl: (apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
    // Names the action in GitHub's logs (Octokit appends its own agent).
    userAgent: 'appconfig-guarded-rollout',
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: string) => clock.log(`pr-comment: ${message}`),
      error: (message: string) => clock.log(`pr-comment: ${message}`)
    }
  })
  octokit.hook.wrap('request', (request, requestOptions) =>
    retryGitHubRequest(
      async () =>
        await request({
          ...requestOptions,
          request: {
            ...requestOptions.request,
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
          }
        }),
      requestOptions.method,
      clock
    )
  )
  return octokit
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

function failedOutcome(error: unknown, number: number): CommentOutcome {
  if (error instanceof RateLimitedError) {
    return {
      status: 'failed',
      notice: `pr-comment: could not comment on pull request #${number}: ${error.message}.`
    }
  }
  const failure = httpFailure(error)
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

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
