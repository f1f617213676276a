import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAction } from '../../__fixtures__/run-action.js'

// dist/index.js in validate mode (no AWS) on a workspace holding symbolic links, as a pull
// request can commit them (issue 25, finding 5): a link that leads out of the workspace is
// refused with a clear error and nothing of its target reaches the log or the summary; a path
// the input itself names outside the workspace is the workflow author's choice, read as written.

let root: string
let workspace: string
let outside: string
const SECRET = 'hunter2-do-not-leak'

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'e2e-links-'))
  workspace = path.join(root, 'workspace')
  outside = path.join(root, 'outside')
  mkdirSync(path.join(workspace, 'src'), { recursive: true })
  mkdirSync(outside)
  cpSync('examples', path.join(workspace, 'examples'), { recursive: true })
  // A runner file the link points at: JSON, so a read would summarise its keys and values.
  writeFileSync(
    path.join(outside, 'docker-config.json'),
    JSON.stringify({ auths: { 'ghcr.io': { auth: SECRET } } })
  )
  cpSync(
    'examples/checkout-flags.json',
    path.join(outside, 'shared-flags.json')
  )
  writeFileSync(
    path.join(outside, 'secret.ts'),
    `const token = '${SECRET}' // allow-bitcoin-at-checkout\n`
  )
  symlinkSync(
    path.join(outside, 'docker-config.json'),
    path.join(workspace, 'flags.json')
  )
  symlinkSync('examples', path.join(workspace, 'linked-examples'))
  symlinkSync(
    path.join(outside, 'secret.ts'),
    path.join(workspace, 'src', 'leak.ts')
  )
  writeFileSync(
    path.join(workspace, 'src', 'app.ts'),
    "isEnabled('allow-bitcoin-at-checkout')\n"
  )
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

const env = { AWS_ACCESS_KEY_ID: '', AWS_REGION: '' }

describe('dist/index.js and symbolic links in the workspace', () => {
  it('refuses a bundle that is a link leading out of the workspace', async () => {
    const run = await runAction(
      { mode: 'validate', bundle: 'flags.json' },
      { workspace, env }
    )
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::.*Input 'bundle': 'flags\.json' is in the workspace, but a symbolic link on its path leads outside it/
    )
    expect(run.summary).toContain('symbolic link')
    for (const text of [run.stdout, run.stderr, run.summary])
      expect(text).not.toMatch(/hunter2|auths|ghcr/)
  })

  it('reads a link that stays in the workspace', async () => {
    const run = await runAction(
      { mode: 'validate', bundle: 'linked-examples/checkout-flags.json' },
      { workspace, env }
    )
    expect(run.outputs.result).toBe('validated')
    expect(run.code).toBe(0)
  })

  it.each([
    ['with ..', '../outside/shared-flags.json'],
    ['absolute', 'ABSOLUTE']
  ])(
    'reads a bundle the input itself names outside the workspace (%s)',
    async (_, bundle) => {
      const run = await runAction(
        {
          mode: 'validate',
          bundle:
            bundle === 'ABSOLUTE'
              ? path.join(outside, 'shared-flags.json')
              : bundle
        },
        { workspace, env }
      )
      expect(run.outputs.result).toBe('validated')
      expect(run.code).toBe(0)
    }
  )

  it('refuses a code-references file that is a link leading out of the workspace', async () => {
    const run = await runAction(
      {
        mode: 'validate',
        bundle: 'examples/checkout-flags.json',
        'code-references': 'src/**/*.ts'
      },
      { workspace, env }
    )
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::.*Input 'code-references': 'src\/leak\.ts' is in the workspace, but a symbolic link/
    )
    for (const text of [run.stdout, run.summary])
      expect(text).not.toContain(SECRET)
  })

  it('searches code references as before when no pattern reaches the link', async () => {
    const run = await runAction(
      {
        mode: 'validate',
        bundle: 'examples/checkout-flags.json',
        'code-references': 'src/app.ts'
      },
      { workspace, env }
    )
    expect(run.outputs.result).toBe('validated')
    expect(run.summary).toContain('src/app.ts')
  })
})
