/**
 * Validation throughput and peak memory: a 2 MB JSON and a 2 MB YAML bundle, each validated
 * `runs` times in a fresh process (scripts/bench-validate-child.ts): the first run (cold code,
 * what the action pays once), the median, and the process's peak RSS.
 */
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { makeBundle } from './bench-bundles.js'

/** Just under AppConfig's 2,048 KB hosted-configuration limit. */
export const TWO_MB = 2048 * 1024 - 16 * 1024

export interface ValidationResult {
  readonly format: 'json' | 'yaml'
  readonly bytes: number
  readonly flags: number
  readonly firstMs: number
  readonly medianMs: number
  readonly minMs: number
  readonly maxRssMb: number
}

export async function measureValidation(
  format: 'json' | 'yaml',
  options: { work: string; runs: number; node?: string }
): Promise<ValidationResult> {
  const { text, flags } = makeBundle(TWO_MB, format)
  const file = path.join(options.work, `bundle-2mb.${format}`)
  writeFileSync(file, text)
  const { stdout } = await promisify(execFile)(
    options.node ?? process.execPath,
    [
      '--import',
      'tsx',
      'scripts/bench-validate-child.ts',
      file,
      format,
      String(options.runs)
    ],
    { encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } }
  )
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    firstMs: number
    medianMs: number
    minMs: number
    maxRssMb: number
    problems: number
  }
  if (result.problems !== 0)
    throw new Error(
      `the ${format} benchmark bundle has ${result.problems} problems`
    )
  return {
    format,
    bytes: Buffer.byteLength(text),
    flags,
    firstMs: result.firstMs,
    medianMs: result.medianMs,
    minMs: result.minMs,
    maxRssMb: result.maxRssMb
  }
}
