/** The fields of an issue comment the search reads (GitHub's `issue-comment` schema). */
export interface ListedComment {
  readonly id: number
  readonly body?: string | null
  readonly html_url: string
  readonly user?: { readonly login: string; readonly type?: string } | null
}

/**
 * Of the comments carrying `marker`, the one to update: the first that `login` (the account
 * the token acts as) wrote, and no other. The marker is public and predictable, so anyone
 * can post a comment carrying it; updating such a comment would put the plan under its
 * author's control (they can edit it afterwards). Comments of other targets carry other
 * markers and are never chosen.
 */
export function findMarkedComment<T extends ListedComment>(
  comments: readonly T[],
  marker: string,
  login: string
): T | undefined {
  return comments.find(
    (c) => c.body?.includes(marker) === true && c.user?.login === login
  )
}
