import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * `npm run demo`, the newcomer's first ten minutes, end to end: the emulator, the real
 * dist/index.js four times (plan, a promotion refused, Beta, Production rolled back by the
 * alarm), the summaries
 * saved, the recap, and a clean stop on Ctrl+C. (The demo needs dist/ built: `npm run package`.)
 */

interface DemoRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly ms: number
}

let root: string

beforeAll(() => {
  if (!existsSync('dist/index.js'))
    throw new Error('dist/index.js is missing: run npm run package first')
  root = mkdtempSync(path.join(tmpdir(), 'demo-test-'))
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

/** Starts scripts/demo.ts with tsx, its temp files under `tmp`, output piped (no colour). */
function startDemo(
  name: string,
  args: string[] = []
): {
  child: ChildProcessWithoutNullStreams
  out: string
  tmp: string
  stdout(): string
  finished: Promise<DemoRun>
} {
  const out = path.join(root, name, 'out')
  const tmp = path.join(root, name, 'tmp')
  mkdirSync(tmp, { recursive: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: tmp,
    NO_COLOR: '1',
    COLUMNS: '100',
    NODE_NO_WARNINGS: '1'
  }
  delete env.NODE_OPTIONS
  delete env.FORCE_COLOR
  const started = Date.now()
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/demo.ts', '--out', out, ...args],
    { env }
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const finished = new Promise<DemoRun>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, ms: Date.now() - started })
    )
  })
  return { child, out, tmp, stdout: () => stdout, finished }
}

/** The demo's own temp directories left in `tmp` (tsx may keep its cache there). */
function leftovers(tmp: string): string[] {
  return readdirSync(tmp).filter((f) => f.startsWith('appconfig-demo-'))
}

describe('npm run demo', () => {
  it('plans, completes on Beta, is rolled back on Production, and says so', async () => {
    const demo = startDemo('full')
    const run = await demo.finished
    const { stdout } = run

    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 0,
      stderr: ''
    })
    expect(run.ms).toBeLessThan(60_000)
    // NO_COLOR and a pipe: no escape codes at all
    expect(stdout).not.toContain('\x1b[')

    // The recap: step, result, exit code, duration
    expect(stdout).toMatch(
      /│ plan Production\s+│ planned\s+│ 0\s+│ [\d.]+ s\s+│/
    )
    expect(stdout).toMatch(/│ deploy Beta\s+│ complete\s+│ 0\s+│ [\d.]+ s\s+│/)
    expect(stdout).toMatch(
      /│ promote too early\s+│ failed\s+│ 1\s+│ [\d.]+ s\s+│/
    )
    expect(stdout).toMatch(
      /│ deploy Production\s+│ rolled-back\s+│ 1\s+│ [\d.]+ s\s+│/
    )
    expect(stdout).toMatch(/│ kill switch\s+│ baking\s+│ 0\s+│ [\d.]+ s\s+│/)
    expect(stdout).toContain('All 5 outcomes as expected')
    // Issue 26: a step meant to fail is a cross marked as expected, never a success tick.
    expect(stdout).toMatch(
      /✖ result: failed · exit 1 · .* · failed as expected/
    )
    expect(stdout).toMatch(
      /✖ result: rolled-back · exit 1 · .* · failed as expected/
    )
    expect(stdout).not.toMatch(/✔ result: (failed|rolled-back)/)
    expect(stdout).toMatch(/│ promote too early\s+│.*│ ✖ as expected\s+│/)
    // The kill switch, and the line that undoes it.
    expect(stdout).toMatch(/kill │ +enabled: true → false/)
    expect(stdout).toContain(
      'To undo it, run the same step with set-flags: allow-bitcoin-at-checkout=on'
    )
    expect(stdout).toContain('Kill switch record')

    // The action's log, streamed with a prefix, workflow commands made readable
    expect(stdout).toContain(
      'beta │ ⚠ warning: AppConfig cannot roll back automatically'
    )
    expect(stdout).toMatch(/prod │ \[[\d.]+s\] +Alarm checkout-5xx: OK → ALARM/)
    expect(stdout).toMatch(
      /prod │ \[[\d.]+s\] +Deployment 2: ROLLED_BACK +█+░+ +40%/
    )
    expect(stdout).toContain(
      'prod │ ✖ error: AppConfig rolled back deployment 2'
    )
    expect(stdout).not.toMatch(/^\s*\w+ │ ::/m)

    // Each job summary, for the terminal: no HTML, no link syntax, tables drawn
    expect(stdout).toContain(
      '🔎 Plan: 2 flags change in checkout-flags on Production'
    )
    expect(stdout).toContain('✅ checkout-flags v2 deployed to Beta')
    expect(stdout).toContain(
      '↩️ Rolled back by alarm checkout-5xx at 40% of Production'
    )
    expect(stdout).toContain('allow-bitcoin-at-checkout · ✏️ changed')
    expect(stdout).not.toMatch(
      /<\/?(details|summary|sub|br)\b|<!--|\]\(https?:/
    )

    // The promotion: refused while Beta runs version 1 (with the difference), then allowed
    expect(stdout).toMatch(
      /gate │ ✖ error: Refusing to promote from Beta: Beta runs version 1 \(deployment 1\)/
    )
    expect(stdout).toContain('Promotion from Beta')
    expect(stdout).toMatch(/one-click-checkout · ➕ added/)
    // …and as files, with the outputs and the raw log
    const saved = (file: string): string =>
      readFileSync(path.join(demo.out, file), 'utf8')
    expect(saved('2-promote-too-early.md')).toContain(
      '#### Promotion from Beta'
    )
    expect(saved('2-promote-too-early.log')).toMatch(
      /^::error::Refusing to promote from Beta: Beta runs version 1 \(deployment 1\), which is not this content: 2 flags differ/m
    )
    expect(saved('4-deploy-production.md')).toMatch(/✅ passed: .*`promotion`/)
    // The plan shows Beta and Production side by side
    expect(saved('1-plan-production.md')).toContain(
      '| flag | **Beta**<br>v1 | **Production**<br>v1 | **new content** |'
    )

    expect(saved('1-plan-production.md')).toContain(
      '### 🔎 Plan: 2 flags change in `checkout-flags` on **Production**'
    )
    expect(saved('3-deploy-beta.md')).toContain(
      '### ✅ `checkout-flags` v2 deployed to **Beta**'
    )
    expect(saved('4-deploy-production.md')).toContain(
      '### ↩️ Rolled back by alarm `checkout-5xx` at 40% of **Production**'
    )
    const outputs = (step: string): Record<string, string> =>
      JSON.parse(saved(`${step}.outputs.json`)) as Record<string, string>
    expect(outputs('2-promote-too-early')).toMatchObject({ result: 'failed' })
    expect(outputs('1-plan-production')).toMatchObject({
      result: 'planned',
      changed: 'true',
      'flags-added': '["one-click-checkout"]',
      'flags-changed': '["allow-bitcoin-at-checkout"]'
    })
    expect(outputs('3-deploy-beta')).toMatchObject({
      result: 'complete',
      state: 'COMPLETE',
      'configuration-version': '2'
    })
    expect(outputs('4-deploy-production')).toMatchObject({
      result: 'rolled-back',
      state: 'ROLLED_BACK',
      'configuration-version': '2',
      'triggered-alarms':
        '["arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout-5xx"]'
    })
    expect(outputs('5-kill-switch')).toMatchObject({
      result: 'baking',
      'flags-changed': '["allow-bitcoin-at-checkout"]'
    })
    expect(saved('4-deploy-production.log')).toMatch(
      /^::error::AppConfig rolled back/m
    )

    // It cleaned up after itself
    expect(leftovers(demo.tmp)).toEqual([])
  }, 90_000)

  it('stops cleanly on Ctrl+C: the running step is cancelled, its deployment stopped', async () => {
    const demo = startDemo('interrupted')
    // Wait until the Beta deployment is under way, then interrupt the demo only (as the
    // terminal would, the demo passes SIGINT on to the action).
    const deadline = Date.now() + 30_000
    while (!/beta │ \[[\d.]+s\] +Deployment 2: DEPLOYING/.test(demo.stdout())) {
      if (Date.now() > deadline)
        throw new Error(`no deployment:\n${demo.stdout()}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    demo.child.kill('SIGINT')
    const run = await demo.finished

    expect(run.code).toBe(130)
    expect(run.stdout).toContain('SIGINT: stopping the running step')
    expect(run.stdout).toContain(
      'beta │ Received SIGINT: the workflow is being cancelled.'
    )
    expect(run.stdout).toMatch(
      /│ deploy Beta\s+│ cancelled\s+│ 1\s+│.*■ interrupted/
    )
    expect(run.stdout).toMatch(/│ deploy Production\s+│ \(not run\)/)
    expect(run.stdout).toContain('Interrupted: the demo stopped early.')
    expect(
      JSON.parse(
        readFileSync(path.join(demo.out, '3-deploy-beta.outputs.json'), 'utf8')
      )
    ).toMatchObject({ result: 'cancelled', state: 'ROLLED_BACK' })
    expect(leftovers(demo.tmp)).toEqual([])
  }, 60_000)

  it('explains its options', async () => {
    const help = await startDemo('help', ['--help']).finished
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: npm run demo')
    const bad = await startDemo('bad', ['--time-scale', 'fast']).finished
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--time-scale must be a number above 0')
  }, 30_000)
})
