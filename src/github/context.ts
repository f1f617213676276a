/** What the action takes from the GitHub context: read from the runner's environment. */
export interface GitHubContext {
  readonly serverUrl: string
  readonly repository: string | undefined
  readonly sha: string | undefined
  readonly ref: string | undefined
  readonly runId: string | undefined
  readonly runAttempt: string | undefined
  readonly actor: string | undefined
  readonly workflow: string | undefined
  readonly workspace: string
}

/**
 * The runner exports the context as GITHUB_* variables; reading them directly keeps
 * @actions/github (and Octokit) out of start-up, which validate mode must keep fast.
 */
export function readGitHubContext(
  env: NodeJS.ProcessEnv = process.env
): GitHubContext {
  const value = (name: string): string | undefined => env[name] || undefined
  return {
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(
      /\/+$/,
      ''
    ),
    repository: value('GITHUB_REPOSITORY'),
    sha: value('GITHUB_SHA'),
    ref: value('GITHUB_REF'),
    runId: value('GITHUB_RUN_ID'),
    runAttempt: value('GITHUB_RUN_ATTEMPT'),
    actor: value('GITHUB_ACTOR'),
    workflow: value('GITHUB_WORKFLOW'),
    workspace: env.GITHUB_WORKSPACE || process.cwd()
  }
}

/** The URL of the workflow run, when the context has one. */
export function runUrl(context: GitHubContext): string | undefined {
  if (context.repository === undefined || context.runId === undefined)
    return undefined
  return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`
}

/** A link to a line of a file in the repository at the run's commit. */
export function fileLineUrl(
  context: GitHubContext,
  file: string,
  line: number
): string | undefined {
  if (
    context.repository === undefined ||
    context.sha === undefined ||
    file.startsWith('/')
  ) {
    return undefined
  }
  const encoded = file.split('/').map(encodeURIComponent).join('/')
  return `${context.serverUrl}/${context.repository}/blob/${context.sha}/${encoded}#L${line}`
}
