import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findCodeReferences } from '../../src/hygiene/find-code-references.js'

let root: string

function write(file: string, text: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  writeFileSync(path.join(root, file), text)
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'find-code-references-'))
  write('.gitignore', 'build/\n')
  write(
    'src/checkout.ts',
    [
      `import { flags } from './flags'`,
      `// the redesign ships behind new-checkout`,
      `if (flags.isEnabled('new-checkout')) render()`,
      `if (flags.isEnabled('new-checkout-v2')) render()`,
      `const pricing = flags.isEnabled("pricing_v2")`,
      `const typo = flags.isEnabled('new-chekout')`
    ].join('\n')
  )
  write(
    'src/search.ts',
    `export const s = () => flags.isEnabled('search-ui') && t('title') && t('new-checkout')\n`
  )
  write('src/strings.ts', `t('title'); t('subtitle'); t('footer')\n`)
  write(
    'src/unicode.ts',
    `// «new-checkout» ünew-checkout\nconst é = 'new-checkout'\n`
  )
  write('build/out.ts', `flags.isEnabled('old-banner')\n`)
  write(
    'src/image.ts',
    Buffer.concat([Buffer.from('new-checkout'), Buffer.from([0, 1, 2])])
  )
  write('src/huge.ts', `flags.isEnabled('old-banner')\n${'x'.repeat(2000)}\n`)
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

const KEYS = [
  'new-checkout',
  'new-checkout-v2',
  'pricing_v2',
  'search-ui',
  'old-banner'
]

async function search(
  overrides: { keys?: string[]; patterns?: string[] } = {}
) {
  return findCodeReferences({
    root,
    patterns: overrides.patterns ?? ['src/**/*.ts'],
    keys: overrides.keys ?? KEYS,
    maxFileBytes: 1024
  })
}

describe('findCodeReferences', () => {
  it('finds each key where it is a whole word, with path, line, column and the line', async () => {
    const refs = await search()
    const byKey = Object.fromEntries(refs.references.map((r) => [r.key, r]))
    expect(byKey['new-checkout']!.matches).toEqual([
      {
        path: 'src/checkout.ts',
        line: 2,
        col: 30,
        text: '// the redesign ships behind new-checkout'
      },
      {
        path: 'src/checkout.ts',
        line: 3,
        col: 22,
        text: `if (flags.isEnabled('new-checkout')) render()`
      },
      {
        path: 'src/search.ts',
        line: 1,
        col: 73,
        text: `export const s = () => flags.isEnabled('search-ui') && t('title') && t('new-checkout')`
      },
      {
        path: 'src/unicode.ts',
        line: 1,
        col: 5,
        text: '// «new-checkout» ünew-checkout'
      },
      {
        path: 'src/unicode.ts',
        line: 2,
        col: 12,
        text: `const é = 'new-checkout'`
      }
    ])
    expect(byKey['new-checkout']).toMatchObject({ total: 5, files: 3 })
    expect(byKey['new-checkout-v2']).toMatchObject({ total: 1, files: 1 })
    expect(byKey['pricing_v2']!.matches).toEqual([
      expect.objectContaining({ path: 'src/checkout.ts', line: 5, col: 34 })
    ])
    // Only in an ignored directory and in a file over the size limit.
    expect(byKey['old-banner']).toEqual({
      key: 'old-banner',
      total: 0,
      files: 0,
      matches: []
    })
  })

  it('counts what it searched and what it skipped', async () => {
    const refs = await search()
    expect(refs.filesScanned).toBe(4)
    expect(refs.skipped).toEqual({ binary: 1, tooLarge: 1, unreadable: 0 })
    expect(refs.bytesScanned).toBeGreaterThan(300)
    expect(refs.maxFileBytes).toBe(1024)
  })

  it('reports key-like strings read through the flag accessor, not through t(', async () => {
    const refs = await search()
    expect(refs.undefinedReads).toEqual([
      {
        key: 'new-chekout',
        accessors: ['isEnabled('],
        total: 1,
        files: 1,
        matches: [
          {
            path: 'src/checkout.ts',
            line: 6,
            col: 31,
            text: `const typo = flags.isEnabled('new-chekout')`
          }
        ]
      }
    ])
  })

  it('reports nothing undefined when the accessor reads fewer than two known keys', async () => {
    const refs = await search({ keys: ['new-checkout'] })
    expect(refs.undefinedReads).toEqual([])
  })

  it('caps the places kept per key but counts them all', async () => {
    const refs = await findCodeReferences({
      root,
      patterns: ['src/**'],
      keys: ['new-checkout'],
      maxMatchesPerKey: 2
    })
    expect(refs.references[0]!.matches).toHaveLength(2)
    expect(refs.references[0]!.total).toBe(5)
  })

  it('deduplicates keys and searches nothing for patterns that match nothing', async () => {
    const refs = await search({ keys: ['a', 'a'], patterns: ['nothing/**'] })
    expect(refs.references).toEqual([
      { key: 'a', total: 0, files: 0, matches: [] }
    ])
    expect(refs.filesScanned).toBe(0)
  })

  it('stops when the signal aborts', async () => {
    await expect(
      findCodeReferences({
        root,
        patterns: ['**'],
        keys: KEYS,
        signal: AbortSignal.abort()
      })
    ).rejects.toThrow(/abort/i)
  })
})
