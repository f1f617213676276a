import { isInProgress, isTerminal } from './appconfig/deployment-states.js'
import {
  appconfigEndpointOf,
  checkSavedState,
  runOf,
  type PostScope,
  type SavedDeployment
} from './appconfig/saved-deployment.js'
import type { Target } from './appconfig/target.js'
import type { ClientOptions, AwsClients } from './aws/clients.js'
import type { Rollout } from './rollout/rollout.js'
import { processRunner, type Runner } from './runner.js'

/**
 * The `post:` step: a stop that survives the kill. The runner cancels a job with SIGINT,
 * SIGTERM 7.5 s later and a kill 2.5 s after that; a StopDeployment still in flight then dies
 * with the process. So the main step saves which deployment it started (main.ts, through the
 * pipeline's `track`), clears it when the deployment ends or is left running on purpose, and
 * this step, which the runner starts after the job's steps (`post-if: always()`), stops a
 * deployment that is still in progress. It never fails the job: a problem is a warning.
 */

/** The state the main step saves; `isPost` is how the shared entry knows which step it runs. */
export const STATE = { isPost: 'isPost', deployment: 'deployment' } as const

export type { SavedDeployment }

/**
 * What the main step should save for this rollout: the deployment while it is in progress,
 * '' (cleared) once it is terminal or was never started.
 */
export function deploymentState(
  rollout: Rollout,
  target: Pick<Target, 'application' | 'environment' | 'region'>,
  env: NodeJS.ProcessEnv
): string {
  if (rollout.deploymentNumber === undefined || isTerminal(rollout.state))
    return ''
  const endpoint = appconfigEndpointOf(env)
  const saved: SavedDeployment = {
    applicationId: target.application.id,
    environmentId: target.environment.id,
    deploymentNumber: rollout.deploymentNumber,
    region: target.region,
    ...(endpoint ? { endpoint } : {}),
    run: runOf(env)
  }
  return JSON.stringify(saved)
}

/** The saved deployment, or undefined when there is none (or it cannot be read). */
export function parseSavedDeployment(
  text: string
): SavedDeployment | undefined {
  if (text.trim() === '') return undefined
  try {
    const value = JSON.parse(text) as Partial<SavedDeployment>
    if (
      typeof value.applicationId === 'string' &&
      typeof value.environmentId === 'string' &&
      typeof value.deploymentNumber === 'number' &&
      typeof value.region === 'string' &&
      (value.endpoint === undefined || typeof value.endpoint === 'string') &&
      (value.run === undefined || typeof value.run === 'string')
    )
      return value as SavedDeployment
  } catch {
    // Falls through: a state this version did not write.
  }
  return undefined
}

/** Injected for tests; the action uses the defaults. */
export interface PostOptions {
  readonly runner?: Runner
  readonly env?: NodeJS.ProcessEnv
  readonly createClients?: (
    region: string | undefined,
    options?: ClientOptions
  ) => Promise<AwsClients>
  /** The whole post step's bound, in ms (default 30 s): it must not hold the job up. */
  readonly deadlineMs?: number
}

/** The post step's bound and its per-request timeout: short, since the job is ending. */
const DEADLINE_MS = 30_000
const REQUEST_TIMEOUT_MS = 10_000

/** Stops the deployment the main step left in progress, and says what it did. */
export async function runPost(options: PostOptions = {}): Promise<void> {
  const runner = options.runner ?? processRunner
  const saved = parseSavedDeployment(runner.getState(STATE.deployment))
  if (saved === undefined) {
    runner.debug('No deployment left in progress by the main step.')
    return
  }
  const name = `deployment ${saved.deploymentNumber} (application ${saved.applicationId}, environment ${saved.environmentId}, ${saved.region})`
  const env = options.env ?? process.env
  const scope: PostScope = {
    application: runner.getInput('application').trim(),
    environment: runner.getInput('environment').trim(),
    endpoint: appconfigEndpointOf(env),
    run: runOf(env)
  }
  const refuse = (why: string): void =>
    runner.warning(
      `Post step: ${name} is left alone: ${why}. If it is still running and should not be, stop it in the AppConfig console.`
    )
  // Before any client exists: the state must not choose where signed requests go.
  const unsaved = checkSavedState(saved, scope)
  if (unsaved !== undefined) return refuse(unsaved)
  const signal = AbortSignal.timeout(options.deadlineMs ?? DEADLINE_MS)
  try {
    const [
      aws,
      { describeAwsError },
      { verifySavedDeployment },
      { getDeployment },
      { stopDeployment }
    ] = await Promise.all([
      import('./aws/clients.js'),
      import('./aws/aws-error.js'),
      import('./appconfig/verify-saved-deployment.js'),
      import('./appconfig/get-deployment.js'),
      import('./appconfig/start-deployment.js')
    ])
    // The region and endpoint this step resolves for itself (its inputs and environment).
    const clients = await (options.createClients ?? aws.createClients)(
      aws.resolveRegion(runner.getInput('region').trim(), env),
      { env, timeouts: { requestMs: REQUEST_TIMEOUT_MS } }
    )
    const ids = {
      applicationId: saved.applicationId,
      environmentId: saved.environmentId
    }
    const call = async <T>(
      step: string,
      api: string,
      send: () => Promise<T>
    ): Promise<T> => {
      try {
        return await send()
      } catch (error) {
        throw describeAwsError(error, step, api)
      }
    }
    const refused = await call(
      `Checking ${name}`,
      'appconfig:ListApplications, ListEnvironments, ListTagsForResource',
      () => verifySavedDeployment(clients.appconfig, saved, scope, signal)
    )
    if (refused !== undefined) return refuse(refused)
    // Through appconfig/, like every other AppConfig call of the action.
    const current = await getDeployment(
      clients,
      ids,
      saved.deploymentNumber,
      `Reading ${name}`,
      signal
    )
    const state = current.State
    // ROLLING_BACK is on its way back already: nothing for a stop to add.
    if (!isInProgress(state) || state === 'ROLLING_BACK') {
      runner.info(
        `Post step: ${name} is ${state ?? 'in an unknown state'}; nothing to stop.`
      )
      return
    }
    const stopped = await stopDeployment(
      clients.appconfig,
      ids,
      saved.deploymentNumber,
      signal
    )
    const at =
      current.PercentageComplete === undefined
        ? ''
        : ` at ${Number(current.PercentageComplete.toFixed(2))}%`
    runner.notice(
      `Post step: stopped ${name}, which was still ${state}${at} after the main step ended (the run was cancelled or killed before its own stop finished); AppConfig rolls it back (now ${stopped.State ?? 'ROLLING_BACK'}).`
    )
  } catch (error) {
    runner.warning(
      `Post step: could not stop ${name}: ${error instanceof Error ? error.message : String(error)} Check it in the AppConfig console; stop it there or with aws appconfig stop-deployment if it is still running.`
    )
  }
}
