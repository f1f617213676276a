import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  awsEnv,
  changedContent,
  DEFAULT_INPUTS
} from '../../__fixtures__/rollout-e2e.js'
import { spawnAction } from '../../__fixtures__/spawn-action.js'
import { writeFileSync } from 'node:fs'

// Issue #12, item 8: an endpoint where nothing listens (a mistyped AWS_ENDPOINT_URL, an
// emulator that is not running) answers with a refused connection. The old message blamed
// throttling ("AWS may be throttling this account"); it must say that nothing answered, where.

jest.setTimeout(60_000)

let workspace = ''
let endpoint = ''

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'e2e-endpoint-'))
  writeFileSync(
    path.join(workspace, 'flags.json'),
    JSON.stringify(changedContent())
  )
  // A port that was just free: bound, then released, so nothing listens on it.
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port =
    typeof address === 'object' && address !== null ? address.port : 0
  await new Promise((resolve) => server.close(resolve))
  endpoint = `http://127.0.0.1:${port}`
})

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true })
})

describe('nothing listens at the endpoint', () => {
  it.each(['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_APPCONFIG'])(
    '%s: the failure says nothing answered there, not throttling',
    async (variable) => {
      const env = {
        ...awsEnv(endpoint),
        AWS_ENDPOINT_URL: undefined,
        [variable]: endpoint
      }

      const run = await spawnAction(
        { ...DEFAULT_INPUTS, mode: 'plan' },
        { workspace, env }
      ).finished

      expect(run.code).toBe(1)
      expect(run.outputs.result).toBe('failed')
      const error = run.stdout
        .split('\n')
        .find((l) => l.startsWith('::error::'))
      expect(error).toContain(
        `Nothing answered at ${endpoint} (set by ${variable}, 127.0.0.1:`
      )
      expect(error).toContain('ECONNREFUSED')
      expect(error).toContain(`Check ${variable}`)
      expect(error).not.toMatch(/throttl/i)
    }
  )
})
