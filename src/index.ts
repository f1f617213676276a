/** The action's entry point: runs the action; main.ts decides the exit status. */
import { run } from './main.js'

await run()
