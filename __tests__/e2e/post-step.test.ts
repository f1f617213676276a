import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import {
  awsEnv,
  changedContent,
  DEFAULT_INPUTS,
  IDS,
  report,
  startE2E,
  STRATEGIES,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import {
  parseOutputFile,
  spawnAction,
  type FinishedAction,
  type RunningAction
} from '../../__fixtures__/spawn-action.js'

// A stop that survives the kill. The runner cancels with SIGINT, SIGTERM 7.5 s later and a
// kill 2.5 s after that; a StopDeployment still hanging then dies with the process. The main
// step saves the deployment (GITHUB_STATE) as soon as it starts; the runner gives it back to
// the post step as STATE_* variables, and the post step stops what is still in progress.
// Here the runner's 7.5 s and 2.5 s are scaled down to 750 ms and 250 ms.

jest.setTimeout(60_000)

const SIGTERM_AFTER_MS = 750
const KILL_AFTER_MS = 250

let e2e: E2E | undefined
let stateDir: string | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
  if (stateDir !== undefined) rmSync(stateDir, { recursive: true, force: true })
  stateDir = undefined
})

/** The main step as the runner starts it, with a GITHUB_STATE file. */
function startMain(inputs: Record<string, string>): {
  action: RunningAction
  stateFile: string
} {
  stateDir = mkdtempSync(path.join(tmpdir(), 'post-state-'))
  const stateFile = path.join(stateDir, 'state')
  writeFileSync(stateFile, '')
  const action = spawnAction(
    { ...DEFAULT_INPUTS, ...inputs },
    {
      workspace: e2e!.workspace,
      env: { ...awsEnv(e2e!.emulator.endpoint), GITHUB_STATE: stateFile }
    }
  )
  return { action, stateFile }
}

/** The post step as the runner starts it: the same inputs, the saved state as STATE_*. */
function runPost(stateFile: string): Promise<FinishedAction> {
  const state = parseOutputFile(readFileSync(stateFile, 'utf8'))
  const env: NodeJS.ProcessEnv = awsEnv(e2e!.emulator.endpoint)
  for (const [name, value] of Object.entries(state))
    env[`STATE_${name}`] = value
  return spawnAction(DEFAULT_INPUTS, { workspace: e2e!.workspace, env })
    .finished
}

/** SIGINT now, SIGTERM and the kill later, like the runner; resolves when the process is gone. */
async function cancelLikeTheRunner(
  action: RunningAction
): Promise<FinishedAction> {
  action.sendSignal('SIGINT')
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  await wait(SIGTERM_AFTER_MS)
  if (!action.exited()) action.sendSignal('SIGTERM')
  await wait(KILL_AFTER_MS)
  if (!action.exited()) action.sendSignal('SIGKILL')
  return action.finished
}

async function waitForState(number: number, state: string): Promise<void> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const deployment = await e2e!.getDeployment(number)
    if (deployment.State === state) return
    if (Date.now() > deadline)
      throw new Error(
        `Deployment ${number} is ${deployment.State}, not ${state}`
      )
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('post step', () => {
  it('stops the deployment a cancelled run could not stop before the kill: it ends ROLLED_BACK', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())
    const { action, stateFile } = startMain({
      'deployment-strategy': STRATEGIES.slow.name
    })
    await e2e.waitForPolls(2)
    e2e.emulator.control.injectFault({
      operation: 'StopDeployment',
      kind: 'hang'
    })

    const main = await cancelLikeTheRunner(action)
    report(
      `main step: exit code ${main.code}, signal ${main.signal}, ${main.exitedAt - main.spawnedAt} ms`
    )
    // The step's own stop never got an answer: whether it was killed (the SIGKILL) or gave up
    // by itself, the deployment is still running and nothing cleared the saved state.
    const hung = e2e.calls('StopDeployment')
    expect(hung).toHaveLength(1)
    expect(hung[0]!.fault).toBe('hang')
    expect(main.signal === 'SIGKILL' || main.code === 1).toBe(true)
    expect((await e2e.getDeployment(2)).State).toBe('DEPLOYING')
    const saved = parseOutputFile(readFileSync(stateFile, 'utf8'))
    expect(saved.isPost).toBe('true')
    expect(JSON.parse(saved.deployment!)).toEqual({
      applicationId: 'chkout1',
      environmentId: 'prod001',
      deploymentNumber: 2,
      region: 'us-east-1',
      endpoint: e2e.emulator.endpoint,
      run: '7//'
    })

    const post = await runPost(stateFile)

    expect(post.code).toBe(0)
    // (`%` is escaped as %25 in a workflow command; the runner shows it as `%`.)
    expect(post.stdout).toMatch(
      /::notice::Post step: stopped deployment 2 \(application chkout1, environment prod001, us-east-1\), which was still DEPLOYING at [\d.]+%25 after the main step ended/
    )
    expect(post.stdout).not.toContain('::error::')
    const stops = e2e.calls('StopDeployment')
    expect(stops).toHaveLength(2)
    expect(stops[1]!.applied).toBe(true)
    expect(String(stops[1]!.params.DeploymentNumber)).toBe('2')
    // The post step writes no outputs and no summary: the main step's stay as they were.
    expect(post.outputs).toEqual({})
    expect(post.summary).toBe('')
    await waitForState(2, 'ROLLED_BACK')
  })

  it('does nothing after a run that ended by itself: the state was cleared', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())
    const { action, stateFile } = startMain({
      'deployment-strategy': STRATEGIES.fast.name
    })
    const main = await action.finished
    expect(main.outputs.result).toBe('complete')
    const saved = parseOutputFile(readFileSync(stateFile, 'utf8'))
    expect(saved.deployment).toBe('')
    e2e.emulator.control.clearCalls()

    const post = await runPost(stateFile)

    expect(post.code).toBe(0)
    expect(e2e.calls()).toEqual([])
    expect(post.stdout).not.toMatch(/::(notice|warning|error)::/)
  })

  it('leaves alone a deployment that ended between the kill and the post step', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())
    const { action, stateFile } = startMain({
      'deployment-strategy': STRATEGIES.slow.name
    })
    await e2e.waitForPolls()
    // Killed outright (no SIGINT first): the step had no chance to do anything.
    action.sendSignal('SIGKILL')
    await action.finished
    // An hour and a half of emulated time: the slow strategy (60 + 30 min) completes.
    e2e.emulator.control.advance(91 * 60_000)
    await waitForState(2, 'COMPLETE')
    e2e.emulator.control.clearCalls()

    const post = await runPost(stateFile)

    expect(post.code).toBe(0)
    expect(post.stdout).toContain(
      'Post step: deployment 2 (application chkout1, environment prod001, us-east-1) is COMPLETE; nothing to stop.'
    )
    expect(e2e.calls().map((c) => c.operation)).toEqual([
      'ListApplications',
      'ListEnvironments',
      'ListTagsForResource',
      'GetDeployment'
    ])
  })
})

/** The post step with a state file written by someone other than its main step. */
function runPostWithState(
  deployment: Record<string, unknown>,
  env: NodeJS.ProcessEnv = {}
): Promise<FinishedAction> {
  return spawnAction(DEFAULT_INPUTS, {
    workspace: e2e!.workspace,
    env: {
      ...awsEnv(e2e!.emulator.endpoint),
      STATE_isPost: 'true',
      STATE_deployment: JSON.stringify(deployment),
      ...env
    }
  }).finished
}

describe('post step trusts no state it cannot check (issue 25)', () => {
  const state = (overrides: Record<string, unknown> = {}) => ({
    applicationId: IDS.application,
    environmentId: IDS.production,
    deploymentNumber: 2,
    region: 'us-east-1',
    endpoint: e2e!.emulator.endpoint,
    run: '7//',
    ...overrides
  })

  it("leaves alone a deployment in another environment than this step's input names", async () => {
    e2e = await startE2E()
    const { deploymentNumber } = await e2e.consoleDeploy(changedContent(), {
      environmentId: IDS.beta,
      strategyId: STRATEGIES.slow.id,
      tags: { 'appconfig-guarded-rollout:source': 'bundle' }
    })
    e2e.emulator.control.clearCalls()

    const post = await runPostWithState(
      state({ environmentId: IDS.beta, deploymentNumber })
    )

    expect(post.code).toBe(0)
    expect(post.stdout).toMatch(
      /::warning::Post step: deployment \d+ .* is left alone: the saved environment beta001 \(Beta\) is not the one the input environment names \(Production\)/
    )
    expect(e2e.calls('StopDeployment')).toEqual([])
    expect((await e2e.getDeployment(deploymentNumber, IDS.beta)).State).toBe(
      'DEPLOYING'
    )
  })

  it('leaves alone a deployment the action did not start (no source tag)', async () => {
    e2e = await startE2E()
    const { deploymentNumber } = await e2e.consoleDeploy(changedContent(), {
      strategyId: STRATEGIES.slow.id
    })
    e2e.emulator.control.clearCalls()

    const post = await runPostWithState(state({ deploymentNumber }))

    expect(post.stdout).toMatch(
      /is left alone: deployment \d+ carries no appconfig-guarded-rollout:source tag/
    )
    expect(e2e.calls('StopDeployment')).toEqual([])
    expect((await e2e.getDeployment(deploymentNumber)).State).toBe('DEPLOYING')
  })

  it('sends nothing to an endpoint the state names, and nothing for another run', async () => {
    e2e = await startE2E()
    const received: string[] = []
    const trap = createServer((request, response) => {
      received.push(`${request.method} ${request.url}`)
      response.end('{}')
    })
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve))
    const trapUrl = `http://127.0.0.1:${(trap.address() as AddressInfo).port}`
    try {
      const elsewhere = await runPostWithState(state({ endpoint: trapUrl }))
      expect(elsewhere.stdout).toMatch(
        /is left alone: the saved state names the AppConfig endpoint "http:\/\/127\.0\.0\.1:\d+", but this step uses "http:\/\/127/
      )
      const otherRun = await runPostWithState(state({ run: '6/1/deploy' }))
      expect(otherRun.stdout).toMatch(
        /is left alone: the saved state names run "6\/1\/deploy", not this one/
      )
      expect(received).toEqual([])
      expect(e2e.calls()).toEqual([])
    } finally {
      await new Promise((resolve) => trap.close(resolve))
    }
  })
})
