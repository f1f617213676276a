import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

// Issue 25, finding 9: a tag can be moved to other code; a commit cannot. Every third-party
// action in our workflows and the examples users copy is pinned by its commit SHA, with the tag
// in a comment for people and Dependabot; checkouts do not leave the token in .git/config; the
// release runs dependency code only in a job whose token cannot push.

const WORKFLOWS = [
  ...readdirSync('.github/workflows').map((f) =>
    path.join('.github/workflows', f)
  ),
  ...readdirSync('examples/workflows').map((f) =>
    path.join('examples/workflows', f)
  )
].filter((f) => /\.ya?ml$/.test(f))

/** This action as the examples name it, and local actions: not third-party. */
const OURS = /^(\.\/|OWNER\/appconfig-guarded-rollout@)/

describe('third-party actions', () => {
  it.each(WORKFLOWS)(
    '%s pins each by a commit SHA, the tag in a comment',
    (file) => {
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => /^\s*(-\s+)?uses:\s/.test(l))
      expect(lines.length).toBeGreaterThan(0)
      for (const line of lines) {
        const used = line.replace(/^\s*(-\s+)?uses:\s*/, '')
        if (OURS.test(used)) continue
        expect(used).toMatch(
          /^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/
        )
      }
    }
  )

  it.each(WORKFLOWS)(
    '%s: checkouts keep no credentials, but where a job pushes',
    (file) => {
      const workflow = parse(readFileSync(file, 'utf8')) as {
        jobs: Record<
          string,
          {
            permissions?: Record<string, string>
            steps?: { uses?: string; with?: Record<string, unknown> }[]
          }
        >
      }
      const keeping = Object.entries(workflow.jobs).flatMap(([name, job]) =>
        job.permissions?.contents === 'write'
          ? []
          : (job.steps ?? [])
              .filter((s) => s.uses?.startsWith('actions/checkout@') === true)
              .filter((s) => s.with?.['persist-credentials'] !== false)
              .map(() => name)
      )
      expect(keeping).toEqual([])
    }
  )
})

describe('release.yml', () => {
  it('runs npm ci and the tests with a read-only token, and tags in a job that runs no npm', () => {
    const release = parse(
      readFileSync('.github/workflows/release.yml', 'utf8')
    ) as {
      jobs: Record<
        string,
        {
          needs?: string
          permissions: Record<string, string>
          steps: { run?: string; uses?: string }[]
        }
      >
    }
    const { test, tag } = release.jobs
    expect(test!.permissions).toEqual({ contents: 'read' })
    expect(test!.steps.some((s) => s.run === 'npm test')).toBe(true)
    expect(tag!.needs).toBe('test')
    expect(tag!.permissions).toEqual({ contents: 'write' })
    expect(tag!.steps.some((s) => /\bnpm\b/.test(s.run ?? ''))).toBe(false)
  })
})
