import type { getOctokit } from '@actions/github'

type GitHubClient = ReturnType<typeof getOctokit>

/** Who the token acts as, or why that could not be learned. */
export type TokenLogin =
  { readonly login: string } | { readonly reason: string }

/**
 * The login the token comments as: a person's login for a personal or OAuth token,
 * `<app-slug>[bot]` for a GitHub App installation token, `github-actions[bot]` for the
 * workflow's GITHUB_TOKEN (an installation token of the GitHub Actions app). GraphQL's
 * `viewer` answers for every kind of token; REST `GET /user` answers only for tokens of a
 * person (an installation token gets 403 "Resource not accessible by integration") and
 * `GET /app` needs the app's JWT, so `viewer` is asked first and `GET /user` is the fallback.
 * A login ending in `[bot]` can only be an app's: GitHub logins allow no brackets.
 */
export async function readTokenLogin(
  octokit: GitHubClient
): Promise<TokenLogin> {
  const reasons: string[] = []
  try {
    const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>(
      'query { viewer { login } }'
    )
    const login = answer.viewer?.login
    if (typeof login === 'string' && login !== '') return { login }
    reasons.push('GraphQL `viewer` had no login')
  } catch (error) {
    reasons.push(`GraphQL \`viewer\`: ${messageOf(error)}`)
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    if (typeof data.login === 'string' && data.login !== '') {
      return { login: data.login }
    }
    reasons.push('`GET /user` had no login')
  } catch (error) {
    reasons.push(`\`GET /user\`: ${messageOf(error)}`)
  }
  return { reason: reasons.join('; ') }
}

function messageOf(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status
  const message = error instanceof Error ? error.message : String(error)
  return typeof status === 'number' ? `${status} ${message}` : message
}
