/**
 * What dist/ weighs, and what each mode loads: index.js always; the chunks it imports
 * dynamically only when needed (js-yaml for YAML bundles, `yaml` to locate problems, the AWS
 * SDK and the rollout code in plan/deploy mode). Chunk files no import reaches are left-overs of
 * an earlier build (ncc does not clean dist/).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export interface DistChunk {
  readonly file: string
  readonly bytes: number
  readonly mapBytes: number
  readonly reachable: boolean
  readonly label: string
}

export interface DistReport {
  readonly chunks: DistChunk[]
  readonly totalBytes: number
  readonly reachableBytes: number
  /** Bytes of JavaScript each path loads. */
  readonly loads: {
    validateJson: number
    validateYaml: number
    deploy: number
  }
}

/** Chunk ids a file imports dynamically (`__nccwpck_require__.e(/* import() *\/ 46)`). */
export function importedChunks(source: string): number[] {
  return [
    ...new Set(
      [
        ...source.matchAll(
          /__nccwpck_require__\.e\((?:\/\* import\(\) \*\/ )?(\d+)\)/g
        )
      ].map((m) => Number(m[1]))
    )
  ]
}

function label(source: string, file: string): string {
  if (file === 'index.js') return 'entry: settings, validation, report'
  if (source.includes('runRollout')) return 'rollout (plan/deploy)'
  if (
    source.includes('@aws-sdk/client-appconfig') ||
    source.includes('AppConfigClient')
  )
    return 'AWS SDK (plan/deploy)'
  if (source.includes('CORE_SCHEMA') && source.includes('DEFAULT_SCHEMA'))
    return 'js-yaml (YAML bundles)'
  if (source.includes('resolveBlockMap')) return 'yaml (YAML problem positions)'
  if (source.includes('createScanner')) return 'jsonc-parser (JSON bundles)'
  return 'other'
}

export function measureDist(dir: string): DistReport {
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'))
  const sources = new Map(
    files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')])
  )
  const reachable = new Set<string>(['index.js'])
  const queue = ['index.js']
  while (queue.length > 0) {
    const file = queue.pop()!
    for (const id of importedChunks(sources.get(file) ?? '')) {
      const chunk = `${id}.index.js`
      if (!reachable.has(chunk) && sources.has(chunk)) {
        reachable.add(chunk)
        queue.push(chunk)
      }
    }
  }
  const size = (f: string): number => {
    try {
      return statSync(path.join(dir, f)).size
    } catch {
      return 0
    }
  }
  const chunks = files
    .map((file) => ({
      file,
      bytes: size(file),
      mapBytes: size(`${file}.map`),
      reachable: reachable.has(file),
      label: label(sources.get(file)!, file)
    }))
    .sort((a, b) => b.bytes - a.bytes)
  const bytesOf = (predicate: (c: DistChunk) => boolean): number =>
    chunks.filter(predicate).reduce((sum, c) => sum + c.bytes, 0)
  const entry = bytesOf((c) => c.file === 'index.js')
  return {
    chunks,
    totalBytes: bytesOf(() => true),
    reachableBytes: bytesOf((c) => c.reachable),
    loads: {
      validateJson:
        entry +
        bytesOf((c) => c.reachable && c.label.startsWith('jsonc-parser')),
      validateYaml:
        entry + bytesOf((c) => c.reachable && c.label.startsWith('js-yaml')),
      deploy:
        entry +
        bytesOf(
          (c) =>
            c.reachable &&
            (c.label.startsWith('AWS SDK') || c.label.startsWith('rollout'))
        )
    }
  }
}
