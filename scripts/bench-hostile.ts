/**
 * Hostile bundles, refused by the action as a pull request's `validate` step runs it: wall time
 * and peak RSS of `node dist/index.js` (a fresh process each, its RSS reported by a preloaded
 * hook at exit), and how many annotations it printed. Next to the 2 MB valid bundles of
 * bench-validation.ts; docs/performance.md states the targets (≤ 1 s, ≤ 256 MB, one reason).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { makeBundle } from './bench-bundles.js'

export interface HostileBundle {
  readonly name: string
  readonly file: string
  readonly text: () => string
}

/** Attribute patterns that take V8's backtracking engine exponential time on `a…a!`. */
export const HOSTILE_PATTERNS = [
  '^(a+)+$',
  '^(a|a)*$',
  '^(a|aa)+$',
  '^(.*a){12}$',
  // Lookahead: no linear-time engine runs it, so it is reported as not checked.
  '^(?=(a+)+$)a'
] as const

/**
 * About `bytes` of flags whose string attribute has a hostile pattern, each value 1,000 `a`s
 * and a `!` (issue 25: `^(a+)+$` on 30 `a`s took 45 s in validate before RE2).
 */
export function hostilePatternBundle(bytes = 2_000_000): string {
  const flags: Record<string, object> = {}
  const values: Record<string, object> = {}
  const value = `${'a'.repeat(1000)}!`
  let size = 40
  for (let i = 0; size < bytes - 1200; i++) {
    const key = `flag-${i}`
    flags[key] = {
      attributes: {
        s: {
          constraints: {
            type: 'string',
            pattern: HOSTILE_PATTERNS[i % HOSTILE_PATTERNS.length]
          }
        }
      }
    }
    values[key] = { enabled: true, s: value }
    size +=
      JSON.stringify(flags[key]).length + JSON.stringify(values[key]).length
    size += 2 * key.length + 8
  }
  return JSON.stringify({ version: '1', flags, values })
}

/** About 2 MB each, under AppConfig's limit, so only their shape can refuse them. */
export const HOSTILE_BUNDLES: readonly HostileBundle[] = [
  {
    name: '2 MB of `[` (YAML)',
    file: 'brackets.yaml',
    text: () => '['.repeat(2_000_000)
  },
  {
    name: '1M-deep flow sequence (YAML)',
    file: 'deep.yaml',
    text: () => '['.repeat(1_000_000) + ']'.repeat(1_000_000)
  },
  {
    name: '1M-deep `- - -` (YAML)',
    file: 'dashes.yaml',
    text: () => '- '.repeat(1_000_000) + 'x'
  },
  {
    name: '1M-deep array (JSON)',
    file: 'deep.json',
    text: () => '['.repeat(1_000_000) + ']'.repeat(1_000_000)
  },
  {
    name: '2 MB, 163k invalid flag keys (JSON)',
    file: 'many-problems.json',
    text: () => {
      const flags: Record<string, object> = {}
      for (let i = 0; i < 163_000; i++) flags[`F${i}`] = {}
      return JSON.stringify({ version: '1', flags })
    }
  },
  {
    name: '2 MB of hostile attribute patterns (JSON)',
    file: 'patterns.json',
    text: () => hostilePatternBundle()
  },
  {
    name: '2 MB YAML with one problem (positional parse)',
    file: 'one-problem.yaml',
    text: () =>
      makeBundle(2048 * 1024 - 16 * 1024, 'yaml').text.replace(
        'name: Feature 7\n',
        'name: 7\n'
      )
  }
]

export interface HostileResult {
  readonly name: string
  readonly bytes: number
  readonly ms: number
  readonly maxRssMb: number
  readonly annotations: number
  readonly exitCode: number | null
}

/** Runs dist/index.js in validate mode on each hostile bundle, once (they are slow to refuse). */
export function measureHostile(options: {
  dist: string
  work: string
  node?: string
}): HostileResult[] {
  const dir = mkdtempSync(path.join(options.work, 'hostile-'))
  const hook = path.join(dir, 'rss-hook.mjs')
  const rssFile = path.join(dir, 'rss')
  writeFileSync(
    hook,
    `import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)))\n`
  )
  const results = HOSTILE_BUNDLES.map((bundle) => {
    const text = bundle.text()
    writeFileSync(path.join(dir, bundle.file), text)
    writeFileSync(path.join(dir, 'out'), '')
    writeFileSync(path.join(dir, 'summary'), '')
    const start = performance.now()
    const run = spawnSync(
      options.node ?? process.execPath,
      ['--import', hook, path.join(options.dist, 'index.js')],
      {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: {
          PATH: process.env.PATH,
          GITHUB_WORKSPACE: dir,
          GITHUB_OUTPUT: path.join(dir, 'out'),
          GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
          INPUT_MODE: 'validate',
          INPUT_BUNDLE: bundle.file,
          NODE_NO_WARNINGS: '1'
        }
      }
    )
    const ms = performance.now() - start
    return {
      name: bundle.name,
      bytes: Buffer.byteLength(text),
      ms,
      maxRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024,
      annotations: run.stdout
        .split('\n')
        .filter((line) => /^::(error|warning) title=/.test(line)).length,
      exitCode: run.status
    }
  })
  rmSync(dir, { recursive: true, force: true })
  return results
}

// `npx tsx scripts/bench-hostile.ts [dist]`: this section alone, as a table.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(process.argv[2] ?? 'dist')
  const work = mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'bench-'))
  for (const r of measureHostile({ dist, work }))
    console.log(
      `${r.name.padEnd(48)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB ${r.ms.toFixed(0).padStart(7)} ms ${r.maxRssMb.toFixed(0).padStart(6)} MB ${String(r.annotations).padStart(5)} annotations, exit ${r.exitCode}`
    )
  rmSync(work, { recursive: true, force: true })
}
