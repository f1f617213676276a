import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

// The pipeline's layout (design/architecture.md) as a check: stages import only from earlier
// stages (or their own), only main.ts and pipeline.ts import report/, and no file imports
// itself through a cycle. A new folder must be given a rank here before it can be used.

const SRC = path.resolve('src')

/** Stage ranks: a file may import from its own rank or lower. */
const RANKS: Record<string, number> = {
  '.': 0, // format.ts, sleep.ts, contract.ts, failure.ts: leaves everyone may use
  // The bundle format's own rules (key pattern, schema) are leaves the settings check with.
  bundle: 1,
  // inputs/: the parsers of single inputs that settings.ts puts together.
  inputs: 2,
  'settings.ts': 2,
  // github/context.ts is read by early stages; the rest of github/ posts the rendered report.
  'github/context.ts': 1,
  github: 10,
  aws: 3,
  alarms: 4,
  appconfig: 5,
  content: 6,
  plan: 7,
  hygiene: 7,
  rollout: 8,
  // modes/: the incident modes choose what to deploy and hand it to the planner and the rollout.
  modes: 8.5,
  report: 9,
  'pipeline.ts': 10,
  'main.ts': 11,
  'post.ts': 11,
  'index.ts': 12
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')
      ? [full]
      : []
  })
}

/** The stage a file belongs to: its top folder under src/, or its own name at the top. */
function stageOf(file: string): string {
  const relative = path.relative(SRC, file).split(path.sep)
  if (relative.join('/') in RANKS) return relative.join('/')
  if (relative.length > 1) return relative[0]!
  const name = relative[0]!
  return name in RANKS ? name : '.'
}

function rankOf(file: string): number {
  const rank = RANKS[stageOf(file)]
  if (rank === undefined)
    throw new Error(`${path.relative(SRC, file)}: give its stage a rank`)
  return rank
}

/** Relative imports of a file (static, re-exports and dynamic), resolved to .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [
    ...text.matchAll(/\bfrom\s+'(\.[^']+)'/g),
    ...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)
  ].map((m) => m[1])
  return specifiers.map((s) =>
    path.resolve(path.dirname(file), s!.replace(/\.js$/, '.ts'))
  )
}

const files = sourceFiles(SRC)
const graph = new Map(files.map((f) => [f, importsOf(f)]))

describe('the layout of src/', () => {
  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(40)
    expect(graph.get(path.join(SRC, 'pipeline.ts'))?.length).toBeGreaterThan(3)
  })

  it('imports only from earlier stages (or the same one)', () => {
    const backward = files.flatMap((file) =>
      graph
        .get(file)!
        .filter((target) => rankOf(target) > rankOf(file))
        .map(
          (target) =>
            `${path.relative(SRC, file)} → ${path.relative(SRC, target)}`
        )
    )
    expect(backward).toEqual([])
  })

  // The pull-request comment (github/) publishes what report/ rendered, degraded the same way.
  it('lets only main.ts, pipeline.ts and the comment in github/ import report/', () => {
    const importers = files.filter(
      (file) =>
        stageOf(file) !== 'report' &&
        stageOf(file) !== 'github' &&
        graph.get(file)!.some((target) => stageOf(target) === 'report')
    )
    expect(importers.map((f) => path.relative(SRC, f)).sort()).toEqual(
      ['main.ts', 'pipeline.ts'].filter((name) =>
        importers.some((f) => path.relative(SRC, f) === name)
      )
    )
  })

  it('has no import cycles', () => {
    const cycles: string[] = []
    const state = new Map<string, 'visiting' | 'done'>()
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'visiting') {
        const start = trail.indexOf(file)
        cycles.push(
          [...trail.slice(start), file]
            .map((f) => path.relative(SRC, f))
            .join(' → ')
        )
        return
      }
      state.set(file, 'visiting')
      for (const target of graph.get(file) ?? [])
        if (graph.has(target)) visit(target, [...trail, file])
      state.set(file, 'done')
    }
    for (const file of files) visit(file, [])
    expect(cycles).toEqual([])
  })

  it('would notice a backward import and a cycle (the checks can fail)', () => {
    const fake = path.join(SRC, 'bundle', 'x.ts')
    expect(rankOf(path.join(SRC, 'github', 'context.ts'))).toBe(1)
    expect(rankOf(path.join(SRC, 'github', 'fit-comment.ts'))).toBe(10)
    expect(rankOf(path.join(SRC, 'rollout', 'y.ts'))).toBeGreaterThan(
      rankOf(fake)
    )
    expect(stageOf(path.join(SRC, 'format.ts'))).toBe('.')
    expect(() => rankOf(path.join(SRC, 'nowhere', 'z.ts'))).toThrow(
      'give its stage a rank'
    )
  })
})
