import { spawnAction, type ActionRun } from './spawn-action.js'

export { parseOutputFile, type ActionRun } from './spawn-action.js'

/**
 * Runs dist/index.js the way the GitHub runner does: a fresh node process, inputs as
 * INPUT_<NAME> (upper-cased, hyphens kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files; resolves
 * when it has exited.
 */
export async function runAction(
  inputs: Record<string, string>,
  options: { workspace: string; env?: NodeJS.ProcessEnv; node?: string }
): Promise<ActionRun> {
  return spawnAction(inputs, options).finished
}
