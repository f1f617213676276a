import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmulator, type RunningEmulator } from '../../emulator/index.js'
import {
  awsEnv,
  changedContent,
  DEFAULT_INPUTS,
  startE2E,
  STRATEGIES,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import {
  spawnAction,
  type FinishedAction
} from '../../__fixtures__/spawn-action.js'

// The AWS conventions and the failures a setup problem causes, through dist/index.js as the
// runner starts it: a missing credential, a region with nothing in it, the SDK's retry
// variables, and the debug line per AWS call.

jest.setTimeout(60_000)

let e2e: E2E | undefined
let empty: RunningEmulator | undefined
let home: string | undefined
afterEach(async () => {
  await e2e?.close()
  await empty?.close()
  if (home !== undefined) rmSync(home, { recursive: true, force: true })
  e2e = undefined
  empty = undefined
  home = undefined
})

/** dist/index.js in the e2e workspace with exactly this environment (no defaults added). */
function runWithEnv(
  env: NodeJS.ProcessEnv,
  inputs: Record<string, string> = {}
): Promise<FinishedAction> {
  return spawnAction(
    {
      ...DEFAULT_INPUTS,
      'deployment-strategy': STRATEGIES.fast.name,
      ...inputs
    },
    { workspace: e2e!.workspace, env }
  ).finished
}

/** A home with no AWS profile: nothing of the machine's user may be found. */
function noProfile(): NodeJS.ProcessEnv {
  home = mkdtempSync(path.join(tmpdir(), 'no-aws-'))
  return {
    HOME: home,
    AWS_CONFIG_FILE: path.join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true'
  }
}

describe('a setup problem says what it is, in the log and the summary alike', () => {
  it('no credentials: add configure-aws-credentials, not "re-run and report it", no step blamed', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())
    const run = await runWithEnv({
      ...noProfile(),
      AWS_ENDPOINT_URL: e2e.emulator.endpoint,
      AWS_REGION: 'us-east-1'
    })

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::No AWS credentials were found, so the first AWS call \(appconfig:List\w+\) could not be made\. Add aws-actions\/configure-aws-credentials before this step/
    )
    const summary = run.summary
    expect(summary.split('\n')[0]).toBe(
      '### ⛔ No AWS credentials: nothing was read or changed'
    )
    expect(summary).toMatch(
      /\*\*What to do:\*\* add aws-actions\/configure-aws-credentials before this step/
    )
    for (const text of [run.stdout, summary]) {
      expect(text).not.toMatch(
        /resolving the (deployment strategy|application)/i
      )
      expect(text).not.toContain('report it')
    }
    // Nothing could be signed, so nothing reached AWS.
    expect(e2e.calls()).toEqual([])
  })

  it('wrong region: names the region searched and suggests checking it', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())
    // Another region: an AppConfig with nothing in it.
    empty = await startEmulator({ region: 'eu-west-3' })
    const run = await runWithEnv({
      ...awsEnv(empty.endpoint),
      AWS_REGION: 'eu-west-3'
    })

    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::No AppConfig application 'checkout-service' in eu-west-3: no ID or name matches exactly \(there are none\)\. AppConfig resources are regional: this run looked in eu-west-3; if 'checkout-service' is in another region, set the input 'region' \(or AWS_REGION\) to that region\./
    )
    expect(run.summary.split('\n')[0]).toBe(
      '### ⛔ Not found in `eu-west-3`: wrong input or wrong region?'
    )
    expect(run.summary).toMatch(
      /\*\*What to do:\*\* check the region first: this run looked in `eu-west-3`/
    )
    expect(e2e.calls()).toEqual([])
  })
})

describe('AWS conventions', () => {
  it('AWS_MAX_ATTEMPTS overrides the 5 attempts: 3 throttles fail a run that allows 2', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())
    e2e.emulator.control.injectFault({
      operation: 'ListApplications',
      kind: 'throttle',
      count: 3
    })
    const limited = await runWithEnv({
      ...awsEnv(e2e.emulator.endpoint),
      AWS_MAX_ATTEMPTS: '2'
    })
    expect(limited.code).toBe(1)
    expect(limited.stdout).toMatch(
      /::error::Resolving the application failed: appconfig:ListApplications kept failing after the SDK's retries \(ThrottlingException/
    )
    expect(e2e.calls('ListApplications')).toHaveLength(2)
    // Counted without ACTIONS_STEP_DEBUG too: both attempts were throttled.
    expect(limited.summary).toContain('· AWS throttled 2 calls, retried')

    // The default 5 attempts outlast the one throttle left.
    e2e.emulator.control.clearCalls()
    const defaults = await runWithEnv({
      ...awsEnv(e2e.emulator.endpoint),
      RUNNER_DEBUG: '1'
    })
    expect(defaults.outputs.result).toBe('complete')
    expect(e2e.calls('ListApplications')).toHaveLength(2)
    // ACTIONS_STEP_DEBUG (RUNNER_DEBUG=1 for the step): one debug line per AWS call.
    expect(defaults.stdout).toMatch(
      /::debug::AWS appconfig:ListApplications: ok \(HTTP 200\), request \S+, 2 attempts/
    )
    expect(defaults.stdout).toMatch(
      /::debug::AWS appconfig:StartDeployment application=chkout1 environment=prod001 profile=flags01 strategy=fast001: ok \(HTTP 201\), request \S+, 1 attempt/
    )
    // The throttled attempt has its own line, from inside the retries.
    expect(defaults.stdout).toContain(
      '::debug::AWS appconfig:ListApplications: throttled (ThrottlingException, HTTP 429) on attempt 1'
    )
    // The summary's footer says AWS throttled the run (why it was slow), debug or not.
    expect(defaults.summary).toContain(
      '· AWS throttled 1 call, retried (many pipelines share the account'
    )
    const debugLines = defaults.stdout
      .split('\n')
      .filter(
        (line) =>
          line.startsWith('::debug::AWS ') && !line.includes(': throttled')
      )
    // Every request the emulator served is in a line: one per call, retries counted in it.
    const attempts = debugLines.reduce(
      (sum, line) => sum + Number(/, (\d+) attempts?$/.exec(line)?.[1] ?? 0),
      0
    )
    expect(attempts).toBe(e2e.calls().length)
    expect(debugLines.length).toBe(e2e.calls().length - 1)
  })
})
