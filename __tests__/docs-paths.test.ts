import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

// Issue 26: the README named src/rollout.ts and docs/performance.md
// src/appconfig/watch-deployment.ts long after both had moved. Every `src/` path the docs name
// must exist (a glob such as `src/**/*.ts` is an example pattern, not a path). docs/summaries/
// holds rendered summaries of a user's repository, whose paths are not ours.

const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join('docs', name))
]

/** The `src/…` paths a Markdown text names, without trailing punctuation or globs. */
function srcPaths(text: string): string[] {
  const found = new Set<string>()
  for (const match of text.matchAll(/(?<![\w./-])src\/[\w./*-]*[\w/*-]/g)) {
    const named = match[0]
    if (!named.includes('*')) found.add(named)
  }
  return [...found]
}

describe('src/ paths named in the docs', () => {
  it('finds paths, not globs or sentence ends', () => {
    expect(
      srcPaths(
        'See `src/plan/`, src/main.ts. Also src/**/*.ts and ./src/x.ts and (src/report/fit.ts).'
      )
    ).toEqual(['src/plan/', 'src/main.ts', 'src/report/fit.ts'])
  })

  it.each(DOCS)('%s names only paths that exist', (file) => {
    const missing = srcPaths(readFileSync(file, 'utf8')).filter(
      (named) => !existsSync(named)
    )
    expect(missing).toEqual([])
  })
})

// Issue 26: the README gave the demo's length as "about 25" and "about 30" seconds.
it("gives the demo's length once, the same everywhere", () => {
  const readme = readFileSync('README.md', 'utf8')
  const lengths = [
    ...readme.matchAll(/demo\b[^\n]*?about (\d+) (?:seconds|s)\b/g),
    ...readme.matchAll(/about (\d+) seconds\. \*\*Test it/g)
  ].map((m) => m[1])
  expect(lengths.length).toBeGreaterThanOrEqual(2)
  expect(new Set(lengths).size).toBe(1)
})

it('has a @github/local-action recipe whose .env sets GITHUB_STEP_SUMMARY and the inputs', () => {
  const readme = readFileSync('README.md', 'utf8')
  const env =
    /# \.env for: npx local-action \. src\/main\.ts \.env\n([\s\S]*?)```/.exec(
      readme
    )?.[1]
  expect(env).toMatch(/^GITHUB_STEP_SUMMARY=\/\S+$/m)
  expect(env).toMatch(/^INPUT_MODE=/m)
  expect(readFileSync('src/main.ts', 'utf8')).toMatch(
    /export async function run\(/
  )
})
