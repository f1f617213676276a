import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { node24 } from './node24.js'

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
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}

/** A finished run, with when the process exited (epoch ms, before its stdio drained). */
export interface FinishedAction extends ActionRun {
  readonly signal: NodeJS.Signals | null
  readonly spawnedAt: number
  readonly exitedAt: number
}

/** dist/index.js running in a child process: signal it, read its log so far, await its end. */
export interface RunningAction {
  readonly child: ChildProcessWithoutNullStreams
  readonly spawnedAt: number
  /** stdout so far. */
  stdout(): string
  /** True once the process has exited. */
  exited(): boolean
  /** Sends a signal to this child only; returns Date.now() taken just before sending it. */
  sendSignal(signal: NodeJS.Signals): number
  /** Resolves when the process has exited and its stdout/stderr are closed. */
  readonly finished: Promise<FinishedAction>
}

/**
 * Like runAction (run-action.ts) but returns at once with the child, so a test can send it
 * SIGINT/SIGTERM mid-deployment or watch its log: a fresh node process running dist/index.js,
 * inputs as INPUT_<NAME>, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
export function spawnAction(
  inputs: Record<string, string>,
  options: { workspace: string; env?: NodeJS.ProcessEnv; node?: string }
): RunningAction {
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
  const spawnedAt = Date.now()
  const child = spawn(
    options.node ?? node24(),
    [path.resolve('dist/index.js')],
    { cwd: options.workspace, env }
  )
  let stdout = ''
  let stderr = ''
  let exitedAt: number | undefined
  let exitSignal: NodeJS.Signals | null = null
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.on('exit', (_code, signal) => {
    exitedAt = Date.now()
    exitSignal = signal
  })
  const finished = new Promise<FinishedAction>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      try {
        resolve({
          code,
          signal: exitSignal,
          stdout,
          stderr,
          outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
          summary: readFileSync(summaryFile, 'utf8'),
          spawnedAt,
          exitedAt: exitedAt ?? Date.now()
        })
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  })
  return {
    child,
    spawnedAt,
    stdout: () => stdout,
    exited: () => exitedAt !== undefined,
    sendSignal(signal) {
      const sentAt = Date.now()
      child.kill(signal)
      return sentAt
    },
    finished
  }
}
