/**
 * Bundles written to exhaust the runner, and mistakes that used to drown their cause: each is
 * refused with one problem that says why (or the first hundred and a count), and the work done
 * is bounded (checked by what is reported, not by timing, so the tests do not flake).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { MAX_PROBLEMS } from '../../src/bundle/cap-problems.js'
import { validateBundleText } from '../../src/bundle/validate-bundle.js'
import { lines, seen } from './helpers.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const validate = (text: string, format: 'json' | 'yaml') =>
  validateBundleText(text, format, { today: '2026-11-21' })

describe('deep nesting is refused before parsing, with one problem', () => {
  it.each([
    ['yaml', '['.repeat(200_000)],
    ['yaml', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['yaml', '- '.repeat(100_000) + 'x'],
    ['yaml', '{a: '.repeat(100_000)],
    ['json', '['.repeat(200_000)],
    ['json', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)]
  ] as const)('%s %#', async (format, text) => {
    const result = await validate(text, format)
    expect(seen(result.problems)).toEqual([
      {
        rule: 'syntax',
        severity: 'error',
        at: expect.stringMatching(/^1:\d+$/),
        message: expect.stringContaining('more than 64 levels deep')
      }
    ])
    expect(result.value).toBeUndefined()
  })
})

describe('the problem cap', () => {
  // 150 flags with invalid keys: one key-format error each
  const keys = Array.from({ length: 150 }, (_, i) => `F${i}`)
  const json = JSON.stringify(
    { version: '1', flags: Object.fromEntries(keys.map((k) => [k, {}])) },
    null,
    1
  )

  it(`reports the first ${MAX_PROBLEMS} problems and one that counts the rest`, async () => {
    const result = await validate(json, 'json')
    expect(MAX_PROBLEMS).toBe(100)
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1)
    expect(result.problems.slice(0, MAX_PROBLEMS).map((p) => p.rule)).toEqual(
      Array(MAX_PROBLEMS).fill('key-format')
    )
    // source order: flag F0's key is on line 4 (version, flags, then the keys, one a line)
    expect(result.problems[0]).toMatchObject({ line: 4 })
    const last = result.problems[MAX_PROBLEMS]
    expect(last).toMatchObject({
      rule: 'problem-limit',
      severity: 'error',
      line: 4 + MAX_PROBLEMS,
      message: expect.stringContaining('50 errors more')
    })
    expect(result.errorCount).toBe(150)
  })

  it('counts warnings apart and reports a warning when only warnings are left out', async () => {
    // 120 flags without values: one flag-without-value warning each
    const flags = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`f${i}`, {}])
    )
    const result = await validate(
      JSON.stringify({ version: '1', flags }),
      'json'
    )
    expect(result.problems.at(-1)).toMatchObject({
      rule: 'problem-limit',
      severity: 'warning',
      message: expect.stringMatching(/^20 warnings more/)
    })
    expect([result.errorCount, result.warningCount]).toEqual([0, 120])
    expect(result.content).toBeDefined()
  })

  it('survives more findings than a call can take as arguments', async () => {
    // Spreading this many findings into push() overflowed the stack.
    const many = Array.from({ length: 130_000 }, (_, i) => `  F${i}: {}`)
    const result = await validate(
      ["version: '1'", 'flags:', ...many].join('\n'),
      'yaml'
    )
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1)
    expect(result.errorCount).toBe(130_000)
  }, 30_000)

  it('survives a YAML list longer than a call can take as arguments', async () => {
    const result = await validate(
      `version: '1'\nflags: [${'0,'.repeat(200_000)}0]`,
      'yaml'
    )
    expect(result.problems.map((p) => p.rule)).toEqual(['type'])
  }, 30_000)
})

describe('a YAML syntax error is reported once, at its cause', () => {
  const example = readFileSync(
    path.join(ROOT, 'examples/payments-flags.yaml'),
    'utf8'
  ).split('\n')

  it('a tab in the indentation: one problem, at the tab', async () => {
    const line = example.findIndex((l) => l.startsWith('        description:'))
    const tabbed = example.map((l, i) => (i === line ? `\t${l.slice(2)}` : l))
    const result = await validate(tabbed.join('\n'), 'yaml')
    expect(seen(result.problems)).toEqual([
      {
        rule: 'syntax',
        severity: 'error',
        at: `${line + 1}:1`,
        message: 'YAML does not allow tabs for indentation; indent with spaces'
      }
    ])
  })

  it('keeps what stands before the error and drops what follows it', async () => {
    const result = await validate(
      lines(
        "version: '1'",
        'flags:',
        '  a: {}',
        '  a: {}',
        '  b:',
        '    name: B',
        '   description: x',
        '  c: {}',
        '  c: {}'
      ),
      'yaml'
    )
    expect(seen(result.problems)).toEqual([
      expect.objectContaining({ rule: 'duplicate-key', at: '4:3' }),
      expect.objectContaining({ rule: 'syntax', at: '7:1' })
    ])
  })
})
