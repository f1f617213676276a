import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface ActionRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
}

/** Parses a GITHUB_OUTPUT file (`name<<DELIMITER` heredocs). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n?\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}

/**
 * Runs dist/index.js the way the GitHub runner does: a fresh node process, inputs as
 * INPUT_<NAME> (upper-cased, hyphens kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
export async function runAction(
  inputs: Record<string, string>,
  options: { workspace: string; env?: NodeJS.ProcessEnv; node?: string }
): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'action-'))
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SHA: 'abc123',
    GITHUB_RUN_ID: '7',
    NODE_NO_WARNINGS: '1',
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(
    options.node ?? process.execPath,
    [path.resolve('dist/index.js')],
    {
      cwd: options.workspace,
      env
    }
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) =>
    child.on('close', resolve)
  )
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8')
  }
}
