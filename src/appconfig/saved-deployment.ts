/**
 * The post step's checks before it stops anything (issue 25, finding 6). The saved state is a
 * file of the runner that the post step cannot prove it wrote, so it acts only on a deployment
 * that this run's main step saved, in the application and environment this step's own inputs
 * name, started by this action (its source tag), on the endpoint and region this step uses now
 * (never one the state names: the state must not choose where signed requests go). This file
 * holds what needs no AWS SDK (main.ts loads it at start-up); verify-saved-deployment.ts the rest.
 */

/** What the main step saves for the post step (GITHUB_STATE, as JSON). */
export interface SavedDeployment {
  readonly applicationId: string
  readonly environmentId: string
  readonly deploymentNumber: number
  readonly region: string
  /** The AppConfig endpoint the main step used, when one was set (AWS_ENDPOINT_URL...). */
  readonly endpoint?: string
  /** The run that saved it: `GITHUB_RUN_ID/GITHUB_RUN_ATTEMPT/GITHUB_ACTION`. */
  readonly run?: string
}

/** What this post step knows for itself: its inputs and environment. */
export interface PostScope {
  /** The `application` input, as written (a name or an ID). */
  readonly application: string
  /** The `environment` input, as written. */
  readonly environment: string
  /** The AppConfig endpoint this step's environment sets, if any. */
  readonly endpoint: string | undefined
  /** This run, as `runOf` spells it. */
  readonly run: string
}

/** The run and step that saves or reads the state: one attempt of one step of one run. */
export function runOf(env: NodeJS.ProcessEnv): string {
  return [
    env.GITHUB_RUN_ID ?? '',
    env.GITHUB_RUN_ATTEMPT ?? '',
    env.GITHUB_ACTION ?? ''
  ].join('/')
}

/** The AppConfig endpoint an environment sets, the way the clients pick it. */
export function appconfigEndpointOf(
  env: NodeJS.ProcessEnv
): string | undefined {
  return env.AWS_ENDPOINT_URL_APPCONFIG || env.AWS_ENDPOINT_URL || undefined
}

/**
 * The checks that need no AWS call, made before any client exists: the state was saved by
 * this run's main step, and for the endpoint this step uses. A refusal in words, or undefined.
 */
export function checkSavedState(
  saved: SavedDeployment,
  scope: PostScope
): string | undefined {
  if (saved.run !== scope.run)
    return `the saved state names run ${JSON.stringify(saved.run ?? '(none)')}, not this one (${scope.run})`
  if ((saved.endpoint ?? undefined) !== scope.endpoint)
    return `the saved state names the AppConfig endpoint ${JSON.stringify(saved.endpoint ?? '(the default)')}, but this step uses ${JSON.stringify(scope.endpoint ?? '(the default)')}`
  return undefined
}
