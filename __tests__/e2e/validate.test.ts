import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAction } from '../../__fixtures__/run-action.js'

// dist/index.js, run as the runner runs it, in validate mode (no AWS at all).
let workspace: string

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'e2e-validate-'))
  cpSync('examples', path.join(workspace, 'examples'), { recursive: true })
  cpSync('schema', path.join(workspace, 'schema'), { recursive: true })
  writeFileSync(
    path.join(workspace, 'broken.yaml'),
    [
      'version: "1"',
      'flags:',
      '  payments.instant-transfer: {}',
      '  old-flag:',
      '    _deprecation: { status: planned, date: "2020-01-31" }',
      'values:',
      '  old-flag: { enabled: yes }',
      ''
    ].join('\n')
  )
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

describe('dist/index.js in validate mode', () => {
  it.each(['examples/checkout-flags.json', 'examples/payments-flags.yaml'])(
    'accepts %s',
    async (bundle) => {
      const run = await runAction(
        { mode: 'validate', bundle },
        { workspace, env: { AWS_ACCESS_KEY_ID: '', AWS_REGION: '' } }
      )
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.outputs.result).toBe('validated')
      expect(run.outputs['application-id']).toBe('')
      expect(run.summary).toContain('is valid: 3 flags')
      expect(run.stdout).not.toContain('::error')
    }
  )

  it('annotates each problem and exits 1', async () => {
    const run = await runAction(
      { mode: 'validate', bundle: 'broken.yaml', 'deprecated-flags': 'fail' },
      { workspace }
    )
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    const annotations = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error title='))
    expect(annotations).toEqual([
      expect.stringMatching(
        /^::error title=AppConfig bundle%3A key-format,file=broken.yaml,line=3,col=3::flags: flag key 'payments.instant-transfer' is not a valid AppConfig key.*application = domain/
      ),
      expect.stringMatching(
        /^::error title=AppConfig bundle%3A deprecated-flag,file=broken.yaml,line=5,col=44::flag 'old-flag' was due for removal on 2020-01-31/
      ),
      expect.stringMatching(
        /^::error title=AppConfig bundle%3A type,file=broken.yaml,line=7,col=24::values.old-flag.enabled must be a boolean.*YAML 1.2/
      )
    ])
    expect(run.stdout).toContain(
      '::error::The bundle broken.yaml has 3 problems'
    )
    expect(run.summary).toContain('⛔ Validation failed: 3 errors')
  })

  it('warns of an integer JSON would round, quoting it as written (issue 25)', async () => {
    writeFileSync(
      path.join(workspace, 'big.json'),
      '{"version":"1","flags":{"f":{"attributes":{"id":{"constraints":{"type":"number"}}}}},\n"values":{"f":{"enabled":true,"id":9007199254740993}}}\n'
    )
    const run = await runAction(
      { mode: 'validate', bundle: 'big.json' },
      { workspace, env: { AWS_ACCESS_KEY_ID: '', AWS_REGION: '' } }
    )
    expect(run.outputs.result).toBe('validated')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /::warning title=AppConfig bundle%3A inexact-number,file=big.json,line=2,col=\d+::the number 9007199254740993 is past 2\^53 \(9007199254740992\), where JSON numbers lose digits: it would be uploaded as 9007199254740992/
    )
    expect(run.summary).toContain('inexact-number')
  })
})
