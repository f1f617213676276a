import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAction } from '../../__fixtures__/run-action.js'

// dist/index.js in validate mode on bundles written to exhaust a runner: each is refused with
// one annotation that says why, within a 256 MB heap (a larger need crashes the process, which
// fails the test: the bound is enforced, not sampled). Before the nesting pre-scan, the 2 MB of
// `[` took 12 s, 1.8 GB and 789 annotations.
let workspace: string
const HEAP = { NODE_OPTIONS: '--max-old-space-size=256' }

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'e2e-hostile-'))
  const write = (name: string, text: string): void =>
    writeFileSync(path.join(workspace, name), text)
  write('brackets.yaml', '['.repeat(2_000_000))
  write('deep.yaml', '['.repeat(1_000_000) + ']'.repeat(1_000_000))
  write('deep.json', '{"a":'.repeat(400_000) + '1' + '}'.repeat(400_000))
  write('dashes.yaml', '- '.repeat(1_000_000) + 'x')
  const example = readFileSync('examples/payments-flags.yaml', 'utf8')
  write(
    'tab.yaml',
    example.replace('\n        description:', '\n\t      description:')
  )
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

describe('dist/index.js and hostile attribute patterns (issue 25)', () => {
  it('checks ^(a+)+$ against 34 a and a ! at once, where it hung (no summary, no cancel)', async () => {
    // V8's backtracking engine: 45 s at 30 a's, still running at 120 s at 34.
    writeFileSync(
      path.join(workspace, 'pattern.json'),
      JSON.stringify({
        version: '1',
        flags: {
          f: {
            attributes: {
              s: { constraints: { type: 'string', pattern: '^(a+)+$' } },
              t: { constraints: { type: 'string', pattern: '^(?=(a+)+$)a' } }
            }
          }
        },
        values: { f: { enabled: true, s: `${'a'.repeat(34)}!`, t: 'a!' } }
      })
    )
    const run = await runAction(
      { mode: 'validate', bundle: 'pattern.json' },
      { workspace, env: HEAP }
    )
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error title=AppConfig bundle%3A attribute-pattern,file=pattern.json.*does not match the attribute's pattern "\^\(a\+\)\+\$"/
    )
    // Lookahead has no linear-time engine: reported, never run.
    expect(run.stdout).toMatch(
      /::warning title=AppConfig bundle%3A constraint-pattern.*it uses lookahead, lookbehind or a backreference/
    )
    expect(run.summary).toContain('attribute-pattern')
  }, 20_000)
})

const annotationsOf = (stdout: string): string[] =>
  stdout.split('\n').filter((line) => line.startsWith('::error title='))

describe('dist/index.js refuses hostile bundles', () => {
  it.each(['brackets.yaml', 'deep.yaml', 'deep.json', 'dashes.yaml'])(
    '%s: one annotation, nesting named, within a 256 MB heap',
    async (bundle) => {
      const run = await runAction(
        { mode: 'validate', bundle },
        { workspace, env: HEAP }
      )
      expect(run.stderr).toBe('')
      expect(run.code).toBe(1)
      expect(run.outputs.result).toBe('failed')
      expect(annotationsOf(run.stdout)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^::error title=AppConfig bundle%3A syntax,file=${bundle.replace('.', '\\.')},line=1,col=\\d+::the bundle nests objects and lists more than 64 levels deep here`
          )
        )
      ])
      expect(run.summary).toContain('⛔ Validation failed: 1 error')
    },
    30_000
  )

  it('a tab in the indentation: one annotation at the tab', async () => {
    const run = await runAction(
      { mode: 'validate', bundle: 'tab.yaml' },
      { workspace, env: HEAP }
    )
    expect(run.code).toBe(1)
    const line =
      readFileSync(path.join(workspace, 'tab.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('\t')) + 1
    expect(annotationsOf(run.stdout)).toEqual([
      `::error title=AppConfig bundle%3A syntax,file=tab.yaml,line=${line},col=1::YAML does not allow tabs for indentation; indent with spaces`
    ])
  }, 30_000)
})
