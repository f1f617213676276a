/**
 * The nesting pre-scan: where it stops (the offset of the first level past the limit), what it
 * does not count (strings, comments, YAML block scalars and plain scalars), and that every real
 * bundle in the repository passes it.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  excessNesting,
  MAX_NESTING_DEPTH
} from '../../src/bundle/excess-nesting.js'
import { lines } from './helpers.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** The depth the scan sees: the smallest limit it accepts. */
function depthOf(text: string, format: 'json' | 'yaml'): number {
  for (let limit = 0; limit < 200; limit++)
    if (excessNesting(text, format, limit) === undefined) return limit
  return Infinity
}

describe('excessNesting', () => {
  it('is 64 levels by default', () => {
    expect(MAX_NESTING_DEPTH).toBe(64)
  })

  it.each([
    ['json', '['.repeat(64) + ']'.repeat(64), undefined],
    ['json', '['.repeat(65) + ']'.repeat(65), 64],
    ['json', `{"a": ${'{"a": '.repeat(64)}1${'}'.repeat(65)}`, 6 * 64],
    ['yaml', `x: ${'['.repeat(63)}${']'.repeat(63)}`, undefined],
    ['yaml', `x: ${'['.repeat(64)}${']'.repeat(64)}`, 3 + 63]
  ] as const)('%s %#: stops at offset %s', (format, text, offset) => {
    expect(excessNesting(text, format)).toBe(offset)
  })

  it('counts YAML block mappings by indentation: 64 accepted, 65 refused at the 65th key', () => {
    const nested = (depth: number): string =>
      Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n') +
      ' 1'
    expect(excessNesting(nested(64), 'yaml')).toBeUndefined()
    const text = nested(65)
    expect(excessNesting(text, 'yaml')).toBe(text.lastIndexOf('k:'))
  })

  it('counts compact YAML sequences, `- - - x`, one level per dash', () => {
    expect(depthOf('- '.repeat(10) + 'x', 'yaml')).toBeGreaterThanOrEqual(10)
    expect(excessNesting('- '.repeat(200_000) + 'x', 'yaml')).toBe(2 * 64)
  })

  it('does not let a run of closers pay for a run of openers', () => {
    expect(excessNesting(']'.repeat(100) + '['.repeat(65), 'json')).toBe(
      100 + 64
    )
    expect(
      excessNesting(`a: 1\n${']'.repeat(100)}\nb: ${'['.repeat(65)}`, 'yaml')
    ).toBeDefined()
  })

  it.each([
    ['json', `{"s": "${'['.repeat(100)}", "t": "\\"${'{'.repeat(100)}"}`],
    ['json', `// ${'['.repeat(100)}\n/* ${'{'.repeat(100)} */ {}`],
    ['yaml', `s: "${'['.repeat(100)}"\nt: '${'{'.repeat(100)}'' ['`],
    ['yaml', `s: a${'['.repeat(100)}\nt: a, b ${'{'.repeat(100)}`],
    ['yaml', `# ${'['.repeat(100)}\ns: x # ${'['.repeat(100)}`],
    [
      'yaml',
      lines(
        's: |',
        `  ${'['.repeat(100)}`,
        `  ${'- '.repeat(100)}x`,
        '',
        `  ${'{'.repeat(100)}`,
        't: >-',
        `    ${'['.repeat(100)}`,
        'u: 1'
      )
    ],
    ['yaml', `s: "multi\n  line ${'['.repeat(100)}\n  string"`]
  ] as const)(
    'does not count brackets in strings, comments or scalars (%s %#)',
    (format, text) => {
      expect(depthOf(text, format)).toBeLessThanOrEqual(2)
    }
  )

  it('sees the flow collections a YAML bundle really has', () => {
    expect(depthOf('a: { b: [1, { c: [] }] }', 'yaml')).toBe(5)
    expect(depthOf('a: &x [1, !!str [2]]', 'yaml')).toBe(3)
    expect(depthOf('{"a":{"b":[1]}}', 'json')).toBe(3)
    // The documented excess: a line's first node is a block level even when it is a flow
    // collection, so JSON written as YAML counts one level more.
    expect(depthOf('{"a":{"b":[1]}}', 'yaml')).toBe(4)
  })

  it('passes every bundle in examples/ with room to spare', () => {
    const dir = path.join(ROOT, 'examples')
    const bundles = readdirSync(dir).filter((f) =>
      /-flags\.(json|ya?ml)$/.test(f)
    )
    expect(bundles.length).toBeGreaterThan(1)
    for (const name of bundles) {
      const text = readFileSync(path.join(dir, name), 'utf8')
      const depth = depthOf(text, name.endsWith('.json') ? 'json' : 'yaml')
      expect([name, depth <= 10]).toEqual([name, true])
    }
  })
})
