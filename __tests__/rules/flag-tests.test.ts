import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import Ajv from 'ajv'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { load } from 'js-yaml'
import { readFlagTests } from '../../src/rules/read-flag-tests.js'
import { runFlagTests } from '../../src/rules/run-flag-tests.js'
import { ruleTests } from '../../src/rules/rule-tests.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'flag-tests-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const CONTENT = {
  version: '1',
  flags: {
    promo: { attributes: { pct: { constraints: { type: 'number' } } } },
    banner: {}
  },
  values: {
    promo: {
      _variants: [
        {
          name: 'gold',
          enabled: true,
          rule: '(eq $tier "gold")',
          attributeValues: { pct: 10 }
        },
        {
          name: 'trial',
          enabled: true,
          rule: '(split pct::50 by::$id)',
          attributeValues: { pct: 5 }
        },
        { name: 'off', enabled: false }
      ]
    },
    banner: { enabled: true }
  }
}

async function run(
  name: string,
  lines: string[],
  content: Record<string, unknown> = CONTENT
) {
  const file = path.join(dir, name)
  writeFileSync(file, `${lines.join('\n')}\n`)
  return runFlagTests(await readFlagTests(file), content, name)
}

describe('the flag-tests file', () => {
  it('judges each case: passed, failed (with expected, served and the rule), undetermined', async () => {
    const report = await run('a.yaml', [
      'cases:',
      '  - { flag: promo, context: { tier: gold }, expect: { variant: gold, attributes: { pct: 10 } } }',
      '  - { flag: promo, context: { tier: silver }, expect: { variant: gold } }',
      '  - { flag: promo, context: { tier: silver, id: x }, expect: { variant: trial } }',
      '  - { flag: promo, context: { tier: silver, id: x }, expect: { variant: [trial, off] } }',
      '  - { flag: banner, expect: { enabled: true } }',
      '  - { flag: promo, context: { tier: silver }, expect: { attributes: { pct: 5 } } }'
    ])
    expect(report.problems).toEqual([])
    expect([report.passed, report.failed, report.undetermined]).toEqual([
      3, 2, 1
    ])
    expect(report.results.map((r) => [r.verdict, r.line])).toEqual([
      ['failed', 3],
      ['undetermined', 4],
      ['failed', 7]
    ])
    expect(report.results[0]!.message).toBe(
      'promo for {"tier":"silver"}: expected variant "gold"; served variant "off" (disabled; the default variant, no rule matched), so variant "off"'
    )
    // A disabled variant serves no attributes.
    expect(report.results[2]!.message).toContain('pct (not served)')
  })

  it('reports unknown flags, variants, attributes and keys, and malformed cases, at their lines', async () => {
    const report = await run('b.yaml', [
      'cases:',
      '  - flag: nope',
      '    expect: { enabled: true }',
      '  - flag: promo',
      '    expect: { variant: platinum }',
      '  - flag: banner',
      '    expect: { variant: x, attributes: { size: 1 } }',
      '  - flag: promo',
      '    context: { tier: [gold] }',
      '    expect: {}',
      '    extra: 1',
      'other: 2'
    ])
    expect(report.problems.map((p) => [p.rule, p.line])).toEqual([
      ['unknown-flag', 2],
      ['unknown-variant', 5],
      ['unknown-variant', 7],
      ['unknown-attribute', 7],
      ['type', 9],
      ['missing', 10],
      ['unknown-key', 11],
      ['unknown-key', 12]
    ])
    // No case is judged while the file has problems.
    expect([report.passed, report.failed, report.undetermined]).toEqual([
      0, 0, 0
    ])
  })

  it('reads JSON with positions too, and a missing file is a problem at line 1', async () => {
    const report = await run('c.json', [
      '{"cases": [',
      ' {"flag": "banner", "expect": {"enabled": false}}',
      ']}'
    ])
    expect(report.results.map((r) => [r.verdict, r.line])).toEqual([
      ['failed', 2]
    ])
    const missing = await runFlagTests(
      await readFlagTests(path.join(dir, 'none.yaml')),
      CONTENT,
      'none.yaml'
    )
    expect(missing.problems.map((p) => [p.rule, p.line, p.message])).toEqual([
      ['file', 1, expect.stringContaining('does not exist')]
    ])
  })

  it('fails the run on a failing case or a broken file, not on an undetermined one', async () => {
    const file = path.join(dir, 'd.yaml')
    writeFileSync(
      file,
      'cases:\n  - { flag: promo, context: { id: x }, expect: { variant: trial } }\n'
    )
    const tests = ruleTests({ path: file, displayPath: 'd.yaml' })
    const undetermined = await tests.test(CONTENT)
    expect(undetermined.failure).toBeUndefined()
    expect(undetermined.report.undetermined).toBe(1)
    writeFileSync(
      file,
      'cases:\n  - { flag: promo, context: { tier: gold }, expect: { variant: off } }\n'
    )
    const failing = await ruleTests({ path: file, displayPath: 'd.yaml' }).test(
      CONTENT
    )
    expect(failing.failure).toEqual({
      kind: 'flag-tests',
      message:
        '1 rule test of d.yaml does not hold for the content this run would deploy; each is annotated at its line.'
    })
  })

  it('lists, in a plan, the cases of changed flags served differently than today', async () => {
    const file = path.join(dir, 'e.yaml')
    writeFileSync(
      file,
      [
        'cases:',
        '  - { flag: promo, context: { tier: gold }, expect: { enabled: true } }',
        '  - { flag: promo, context: { tier: bronze }, expect: { enabled: false } }',
        '  - { flag: banner, expect: { enabled: true } }'
      ].join('\n')
    )
    const before = structuredClone(CONTENT)
    before.values.promo._variants[0]!.rule = '(eq $tier "platinum")'
    const planned = await ruleTests({ path: file, displayPath: 'e.yaml' }).plan(
      CONTENT,
      before,
      ['promo']
    )
    expect(
      planned.report.behaviour?.map((b) => [b.line, b.before, b.after])
    ).toEqual([
      [
        2,
        'variant "off" (disabled; the default variant, no rule matched)',
        'variant "gold" (enabled; rule (eq $tier "gold")) with {"pct":10}'
      ]
    ])
  })

  it('the example test file satisfies the published JSON Schema, and the schema refuses unknown keys', () => {
    const schema = JSON.parse(
      readFileSync('schema/flag-tests.schema.json', 'utf8')
    ) as object
    const validate = new Ajv.default({
      allErrors: true,
      allowUnionTypes: true
    }).compile(schema)
    const example = load(
      readFileSync('examples/rule-tests/checkout-variants.tests.yaml', 'utf8')
    )
    expect(validate(example)).toBe(true)
    expect(
      validate({ cases: [{ flag: 'a', expect: { enabled: true }, extra: 1 }] })
    ).toBe(false)
  })
})
