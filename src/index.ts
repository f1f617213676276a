/**
 * The action's entry point, for both steps of action.yml: `main` runs the action (main.ts
 * decides the exit status), `post` stops a deployment the main step left in progress
 * (post.ts). One bundle serves both, as @actions/core-based actions do: the main step saves
 * the `isPost` state first thing, and the runner hands it back to the post step only as
 * STATE_isPost. Each step loads only its own modules.
 */
import { processRunner } from './runner.js'

if (processRunner.getState('isPost') === 'true') {
  const { runPost } = await import('./post.js')
  await runPost()
} else {
  const { run } = await import('./main.js')
  await run()
}
