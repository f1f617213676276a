import { describe, expect, it } from '@jest/globals'
import { sameNumber } from '../../src/bundle/check-numbers.js'
import { validateBundleText } from '../../src/bundle/validate-bundle.js'

const bundle = (value: string): string =>
  `{"version":"1","flags":{"f":{"attributes":{"a":{"constraints":{"type":"number"}}}}},"values":{"f":{"enabled":true,"a":${value}}}}`

const yamlBundle = (value: string): string =>
  [
    'version: "1"',
    'flags:',
    '  f:',
    '    attributes:',
    '      a: { constraints: { type: number } }',
    'values:',
    `  f: { enabled: true, a: ${value} }`,
    ''
  ].join('\n')

describe('numbers JSON cannot carry exactly (rule inexact-number)', () => {
  it.each([
    ['json', bundle('9007199254740993'), 1],
    ['yaml', yamlBundle('9007199254740993'), 7]
  ] as const)(
    'warns of a %s integer past 2^53 that would be rounded, quoting it as written',
    async (format, text, line) => {
      const result = await validateBundleText(text, format)
      expect(result.errorCount).toBe(0)
      const found = result.problems.filter((p) => p.rule === 'inexact-number')
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'warning',
          line,
          message: expect.stringContaining(
            'the number 9007199254740993 is past 2^53 (9007199254740992), where JSON numbers lose digits: it would be uploaded as 9007199254740992'
          ) as unknown
        })
      ])
    }
  )

  it('warns of an exact integer past 2^53 written as an integer (an ID?)', async () => {
    const result = await validateBundleText(bundle('9007199254740992'), 'json')
    const [found] = result.problems.filter((p) => p.rule === 'inexact-number')
    expect(found?.message).toContain('the number 9007199254740992 is past 2^53')
    expect(found?.message).toContain('uploaded as written')
  })

  it.each(['9007199254740991', '0.1', '-42', '1.5e3', '1e20', '1e300'])(
    'says nothing of %s',
    async (value) => {
      const result = await validateBundleText(bundle(value), 'json')
      expect(result.problems).toEqual([])
    }
  )

  it('still refuses an overflow, quoting the text (1e309)', async () => {
    const result = await validateBundleText(bundle('1e309'), 'json')
    expect(result.errorCount).toBeGreaterThan(0)
    expect(result.problems[0]!.message).toContain('1e309')
    expect(result.problems.map((p) => p.message).join()).not.toContain('null')
  })
})

describe('sameNumber', () => {
  it.each([
    ['1e20', '100000000000000000000', true],
    ['1.50', '1.5', true],
    ['-0.0', '0', true],
    ['9007199254740993', '9007199254740992', false],
    ['0.30000000000000000001', '0.3', false]
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameNumber(a, b)).toBe(same)
  })
})
