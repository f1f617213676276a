/** The fields of an issue comment the search reads (GitHub's `issue-comment` schema). */
export interface ListedComment {
  readonly id: number
  readonly body?: string | null
  readonly html_url: string
  readonly user?: { readonly login: string; readonly type?: string } | null
}

/** The author of comments made with a workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * Of the comments carrying `marker`, the one to update: the one `author` wrote (the account
 * the token acts as), else one a bot wrote, else the first. Comments of other targets carry
 * other markers and are never chosen.
 */
export function findMarkedComment<T extends ListedComment>(
  comments: readonly T[],
  marker: string,
  author: string = ACTIONS_BOT_LOGIN
): T | undefined {
  const marked = comments.filter((c) => c.body?.includes(marker) === true)
  return (
    marked.find((c) => c.user?.login === author) ??
    marked.find((c) => c.user?.type === 'Bot') ??
    marked[0]
  )
}
