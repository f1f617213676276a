import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FakeRunner } from '../__fixtures__/fake-runner.js'
import { OUTPUTS } from '../src/contract.js'
import { run } from '../src/main.js'

let workspace: string
const env = (): NodeJS.ProcessEnv => ({
  GITHUB_WORKSPACE: workspace,
  GITHUB_REPOSITORY: 'octo/shop',
  GITHUB_SHA: '0123456789abcdef',
  GITHUB_RUN_ID: '42',
  GITHUB_SERVER_URL: 'https://github.com'
})

const valid = JSON.stringify(
  {
    version: '1',
    flags: { 'new-checkout': {} },
    values: { 'new-checkout': { enabled: true } }
  },
  null,
  2
)
const invalid = [
  '{',
  '  "version": "1",',
  '  "flags": { "Bad.Key": {} },',
  '  "values": { "ghost": { "enabled": true } }',
  '}'
].join('\n')

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'main-'))
  writeFileSync(path.join(workspace, 'valid.json'), valid)
  writeFileSync(path.join(workspace, 'invalid.json'), invalid)
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

async function runWith(
  inputs: Record<string, string>,
  extra: Partial<Parameters<typeof run>[0]> = {}
) {
  const runner = new FakeRunner(inputs)
  let t = 1_000_000
  await run({ runner, env: env(), now: () => (t += 250), ...extra })
  return runner
}

describe('run', () => {
  it('validates a good bundle: result validated, all outputs, a summary, no failure', async () => {
    const runner = await runWith({ mode: 'validate', bundle: 'valid.json' })
    expect(runner.failures).toEqual([])
    expect([...runner.outputs.keys()]).toEqual([...OUTPUTS])
    expect(runner.outputs.get('result')).toBe('validated')
    expect(runner.outputs.get('flags-added')).toBe('[]')
    expect(runner.outputs.get('duration-seconds')).toBe('0.5')
    expect(runner.summary).toContain('✅ `valid.json` is valid: 1 flag')
    expect(runner.annotations).toEqual([])
  })

  it('annotates every problem at its file, line and column and fails once', async () => {
    const runner = await runWith({ mode: 'validate', bundle: 'invalid.json' })
    expect(runner.failures).toHaveLength(1)
    expect(runner.failures[0]).toContain('has 2 problems')
    expect(runner.outputs.get('result')).toBe('failed')
    expect(
      runner.annotations.map((a) => [
        a.level,
        a.properties?.file,
        a.properties?.startLine,
        a.properties?.startColumn,
        a.message.split(':')[0]
      ])
    ).toEqual([
      ['error', 'invalid.json', 3, 14, 'key-format'],
      ['error', 'invalid.json', 4, 15, 'value-without-flag']
    ])
    expect(runner.summary).toContain('❌ Validation failed: 2 problems')
    expect(runner.summary).toContain(
      '(https://github.com/octo/shop/blob/0123456789abcdef/invalid.json#L3)'
    )
  })

  it('fails with the input named when an input is bad, still writing outputs and summary', async () => {
    const runner = await runWith({
      mode: 'validate',
      bundle: 'valid.json',
      'poll-interval-seconds': 'abc'
    })
    expect(runner.failures).toEqual([
      expect.stringContaining(
        "Input 'poll-interval-seconds' has the value 'abc'"
      )
    ])
    expect(runner.outputs.get('result')).toBe('failed')
    expect(runner.summary).toContain('❌ Invalid input')
    expect(runner.summary).toContain('`poll-interval-seconds`')
  })

  it('fails plan and deploy without a region, naming the input, before any AWS call', async () => {
    for (const mode of ['plan', 'deploy']) {
      let created = 0
      const runner = await runWith(
        {
          mode,
          bundle: 'valid.json',
          application: 'a',
          environment: 'e',
          'configuration-profile': 'p'
        },
        {
          createClients: () => {
            created++
            return Promise.reject(new Error('no clients in this test'))
          }
        }
      )
      expect(runner.failures).toEqual([
        expect.stringContaining(
          "No AWS region: set the input 'region', or AWS_REGION"
        )
      ])
      expect(runner.outputs.get('result')).toBe('failed')
      expect(runner.summary).toContain('`region`')
      expect(created).toBe(0)
    }
  })

  it('cancels on SIGTERM: the pipeline sees its signal abort', async () => {
    const runner = new FakeRunner({ mode: 'validate', bundle: 'valid.json' })
    let aborted: boolean | undefined
    await run({
      runner,
      env: env(),
      pipeline: async (_settings, deps) => {
        process.emit('SIGTERM', 'SIGTERM')
        aborted = deps.signal.aborted
        return Promise.resolve({
          result: 'cancelled' as const,
          mode: 'deploy' as const,
          failure: { kind: 'cancelled' as const, message: 'stopped' }
        })
      }
    })
    expect(aborted).toBe(true)
    expect(runner.logs).toContain(
      'Received SIGTERM: the workflow is being cancelled.'
    )
    expect(runner.failures).toEqual(['stopped'])
    expect(process.listenerCount('SIGTERM')).toBe(0)
  })

  it('reports a missing bundle file clearly', async () => {
    const runner = await runWith({ mode: 'validate', bundle: 'nope.yaml' })
    expect(runner.failures).toEqual([
      expect.stringContaining("nope.yaml' does not exist")
    ])
  })

  it('turns a non-Error throw into one failure with outputs and summary', async () => {
    const runner = await runWith(
      { mode: 'validate', bundle: 'valid.json' },
      {
        pipeline: () => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error
          throw 'a string, not an Error'
        }
      }
    )
    expect(runner.failures).toEqual([
      'Unexpected error: a string, not an Error'
    ])
    expect(runner.outputs.get('result')).toBe('failed')
    expect(runner.summary).toContain('The action failed')
  })

  it('warns, without a second failure, when the summary cannot be written', async () => {
    const runner = new FakeRunner({ mode: 'validate', bundle: 'invalid.json' })
    runner.summaryFails = true
    await run({ runner, env: env() })
    expect(runner.failures).toHaveLength(1)
    expect(runner.annotations.at(-1)).toEqual({
      level: 'warning',
      message: 'Could not write the job summary: EACCES: permission denied',
      properties: undefined
    })
  })
})
