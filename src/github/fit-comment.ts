import { cutToLimit } from '../report/fit.js'
import { COMMENT_MAX_CHARS } from '../report/limits.js'

/** A comment body, or a renderer that keeps it under a limit (as renderPlanMarkdown does). */
export type CommentBody = string | ((limit: number) => string)

/** GitHub counts a comment's limit in characters; a UTF-16 length never undercounts them. */
const characters = (text: string): number => text.length

/**
 * The body to post: it carries `marker` (added on top when the body lacks it, so the next
 * run finds the comment again) and stays within GitHub's 65,536 characters, degraded the way
 * the job summary is: the renderer first (fewer rows), and only if that is not enough, whole
 * lines cut with a visible note (report/fit.ts).
 */
export function fitComment(
  body: CommentBody,
  marker: string,
  limit: number = COMMENT_MAX_CHARS
): string {
  const render =
    typeof body === 'function'
      ? body
      : (room: number): string => cutToLimit(body, room, characters)
  const marked = (room: number): string => {
    const text = render(room)
    return text.includes(marker) ? text : `${marker}\n${text}`
  }
  let text = marked(limit)
  if (characters(text) > limit) text = marked(limit - marker.length - 1)
  // A renderer that overshoots its own limit still must not lose the comment.
  if (characters(text) > limit) text = cutToLimit(text, limit, characters)
  return text
}
