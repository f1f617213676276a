import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  listSourceFiles,
  splitPatterns
} from '../../src/hygiene/list-source-files.js'

let root: string

function write(file: string, text = 'x'): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  writeFileSync(path.join(root, file), text)
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'list-source-files-'))
  write('.gitignore', 'node_modules/\n*.log\ndist\n!keep.log\n')
  write('.git/info/exclude', 'secret.ts\n')
  write('.git/config.ts')
  write('src/a.ts')
  write('src/b.test.ts')
  write('src/notes.log')
  write('src/keep.log')
  write('src/secret.ts')
  write('src/deep/c.ts')
  write('src/deep/.gitignore', 'generated/\n!../b.test.ts\n')
  write('src/deep/generated/d.ts')
  write('src/vendor/.gitignore', '*\n!e.ts\n')
  write('src/vendor/e.ts')
  write('src/vendor/f.ts')
  write('node_modules/dep/index.ts')
  write('dist/index.ts')
  write('docs/g.ts')
  write('.github/h.ts')
  symlinkSync(path.join(root, 'src'), path.join(root, 'src-link'))
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

function list(patterns: string[]): string[] {
  return [...listSourceFiles(root, splitPatterns(patterns))].map((f) => f.path)
}

describe('listSourceFiles', () => {
  it('honours .gitignore in every directory, .git/info/exclude, and never enters .git or symlinks', () => {
    expect(list(['**/*.ts'])).toEqual([
      'docs/g.ts',
      'src/a.ts',
      'src/b.test.ts',
      'src/deep/c.ts',
      'src/vendor/e.ts'
    ])
  })

  it('lets a deeper .gitignore re-include what a higher one ignores', () => {
    expect(list(['src/**/*.log'])).toEqual(['src/keep.log'])
  })

  it('matches dot folders only when a pattern names them', () => {
    expect(list(['.github/**'])).toEqual(['.github/h.ts'])
  })

  it('excludes with !, ignores blank lines and # comments, strips ./', () => {
    expect(
      list(['# sources', '', './src/**/*.ts', '!**/*.test.ts', '!src/deep/**'])
    ).toEqual(['src/a.ts', 'src/vendor/e.ts'])
  })

  it('lists in path order, absolute paths beside relative ones', () => {
    const files = [...listSourceFiles(root, splitPatterns(['src/*.ts']))]
    expect(files).toEqual([
      { path: 'src/a.ts', absolute: path.join(root, 'src', 'a.ts') },
      { path: 'src/b.test.ts', absolute: path.join(root, 'src', 'b.test.ts') }
    ])
  })

  it('lists nothing when no pattern includes', () => {
    expect(list(['!src/**'])).toEqual([])
  })

  it('throws when the root does not exist', () => {
    expect(() => [
      ...listSourceFiles(path.join(root, 'missing'), splitPatterns(['**']))
    ]).toThrow(/ENOENT/)
  })
})

describe('splitPatterns', () => {
  it.each([
    '/etc/**',
    '../other/**',
    'src/../../x',
    'C:/src/**',
    'src\\a.ts',
    '!'
  ])('refuses %s, naming the input', (pattern) => {
    expect(() => splitPatterns([pattern])).toThrow(
      /^code-references: '.*' is not a pattern relative to the workspace/
    )
  })
})

describe('listSourceFiles and symbolic links (issue 25)', () => {
  it('refuses a link a pattern matches that leads out of the root, and skips the rest', () => {
    const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'links-')))
    try {
      const root = path.join(base, 'ws')
      mkdirSync(path.join(root, 'src'), { recursive: true })
      writeFileSync(path.join(base, 'outside.ts'), 'secret')
      writeFileSync(path.join(root, 'src', 'a.ts'), 'a')
      symlinkSync(
        path.join(base, 'outside.ts'),
        path.join(root, 'src', 'out.ts')
      )
      symlinkSync('a.ts', path.join(root, 'src', 'in.ts'))
      symlinkSync(base, path.join(root, 'tools'))
      const list = (include: string[]): string[] =>
        [...listSourceFiles(root, { include, exclude: [] })].map((f) => f.path)

      expect(() => list(['src/**/*.ts'])).toThrow(
        /Input 'code-references': 'src\/out\.ts' is in the workspace, but a symbolic link/
      )
      // A link inside the root is searched as its target; none a pattern does not reach matters.
      expect(list(['src/a.ts', 'src/in.ts'])).toEqual(['src/a.ts'])
      expect(() => list(['tools/**/*.ts'])).toThrow(/'tools'/)
      expect(list(['src/*.md'])).toEqual([])
    } finally {
      rmSync(base, { recursive: true, force: true })
    }
  })
})
