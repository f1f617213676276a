import type { Report } from '../report/report.js'
import { renderComment } from '../report/render-comment.js'
import { planMarker } from '../report/render-plan.js'
import type { GitHubContext } from './context.js'
import type { CommentOutcome } from './post-pull-request-comment.js'

/** What the comment needs from the run besides the report. */
export interface CommentRequest {
  readonly token: string
  readonly env: NodeJS.ProcessEnv
  readonly context: GitHubContext
  readonly log: (line: string) => void
}

/**
 * Posts (or updates) the report as the pull request's comment for this target. Octokit is
 * loaded only here, so runs without `pr-comment: true` never load it. Never throws: a comment
 * that cannot be posted is a notice, and the step's outcome is the plan's alone.
 */
export async function publishComment(
  report: Report,
  request: CommentRequest
): Promise<CommentOutcome> {
  try {
    const { postPullRequestComment } =
      await import('./post-pull-request-comment.js')
    return await postPullRequestComment({
      token: request.token,
      apiUrl: request.env.GITHUB_API_URL,
      repository: request.context.repository,
      eventName: request.env.GITHUB_EVENT_NAME,
      eventPath: request.env.GITHUB_EVENT_PATH,
      marker: planMarker(report),
      body: (limit) => renderComment(report, request.context, limit),
      log: request.log
    })
  } catch (error) {
    return {
      status: 'failed',
      notice: `The pull-request comment could not be posted: ${error instanceof Error ? error.message : String(error)}`
    }
  }
}
