import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  awsEnv,
  changedContent,
  DEFAULT_INPUTS,
  FLAG,
  operations,
  startE2E,
  STRATEGIES,
  WRITE_OPERATIONS,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import { spawnAction } from '../../__fixtures__/spawn-action.js'

// dist/index.js against the emulator (issue 26): content an older hosted version already holds
// is deployed from that version, never written again under a label that already exists. The
// README's recipe (Beta, a change, then the first bundle to Production) used to fail twice with
// ConflictException and advice about a deployment in progress.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

const FAST = { 'deployment-strategy': STRATEGIES.fast.name }

/**
 * The writes AWS applied. A write tried on top of the newest version the run saw deployed, and
 * refused because a newer version exists (409, nothing written), is how the run learns to search.
 */
function writes(): string[] {
  return operations(e2e!.calls().filter((c) => c.applied)).filter((op) =>
    WRITE_OPERATIONS.includes(op)
  )
}

/** Writes AWS refused: each a 409 ConflictException, nothing written. */
function refused(): (number | undefined)[] {
  return e2e!
    .calls()
    .filter((c) => WRITE_OPERATIONS.includes(c.operation) && !c.applied)
    .map((c) => c.status)
}

describe('version reuse by content', () => {
  it('Beta, a change to Beta, then the first bundle to Production: deploys the older version', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(7))
    const first = await e2e.run({ ...FAST, environment: 'Beta' })
    expect(first.outputs.result).toBe('complete')
    const firstVersion = first.outputs['configuration-version']

    e2e.writeBundle(changedContent(8))
    const second = await e2e.run({ ...FAST, environment: 'Beta' })
    expect(second.outputs.result).toBe('complete')
    expect(second.outputs['configuration-version']).not.toBe(firstVersion)

    e2e.emulator.control.clearCalls()
    e2e.writeBundle(changedContent(7))
    const prod = await e2e.run({ ...FAST, environment: 'Production' })

    expect(prod.summary).not.toMatch(/ConflictException/)
    expect(prod.summary).not.toMatch(/in progress/)
    expect(prod.summary).toMatch(
      /\| Version \| \*\*\d+\*\* `git-abc123-[0-9a-f]{8}` \(reused: a hosted version that already held this content\)/
    )
    expect(prod.outputs.result).toBe('complete')
    expect(prod.code).toBe(0)
    // The version Beta got first, found by its label (which encodes the content): no new one.
    expect(prod.outputs['configuration-version']).toBe(firstVersion)
    expect(writes()).toEqual(['StartDeployment'])
    // Production never ran it: the write on top of its newest version was refused first.
    expect(refused()).toEqual([409])
    expect(prod.stdout).toMatch(
      new RegExp(`Reusing hosted version ${firstVersion} \\(git-abc123-`)
    )
    expect(prod.stderr).toBe('')
  })

  it('the same content from another commit is found by the hash its label carries', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(7))
    const first = await e2e.run({ ...FAST, environment: 'Beta' })
    e2e.writeBundle(changedContent(8))
    await e2e.run({ ...FAST, environment: 'Beta' })

    e2e.emulator.control.clearCalls()
    e2e.writeBundle(changedContent(7))
    const prod = spawnAction(
      { ...DEFAULT_INPUTS, ...FAST, environment: 'Production' },
      {
        workspace: e2e.workspace,
        env: { ...awsEnv(e2e.emulator.endpoint), GITHUB_SHA: 'def456' }
      }
    )
    const run = await prod.finished
    expect(run.outputs.result).toBe('complete')
    expect(run.outputs['configuration-version']).toBe(
      first.outputs['configuration-version']
    )
    expect(writes()).toEqual(['StartDeployment'])
    expect(refused()).toEqual([409])
  })

  it('after a kill switch, deploying the bundle again deploys its version again', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(7))
    const deployed = await e2e.run(FAST)
    expect(deployed.outputs.result).toBe('complete')

    const rest = Object.fromEntries(
      Object.entries(DEFAULT_INPUTS).filter(([name]) => name !== 'bundle')
    )
    const off = await spawnAction(
      { ...rest, ...FAST, 'set-flags': `${FLAG}=off` },
      { workspace: e2e.workspace, env: awsEnv(e2e.emulator.endpoint) }
    ).finished
    expect(off.outputs.result).toBe('complete')

    e2e.emulator.control.clearCalls()
    // The incident is over: the bundle goes out again over the kill switch's change.
    const again = await e2e.run({ ...FAST, 'on-drift': 'overwrite' })
    expect(again.summary).not.toMatch(/ConflictException/)
    expect(again.outputs.result).toBe('complete')
    expect(again.outputs['configuration-version']).toBe(
      deployed.outputs['configuration-version']
    )
    expect(writes()).toEqual(['StartDeployment'])
    // The environment ran it before the kill switch: found among the deployments, nothing tried.
    expect(refused()).toEqual([])
  })

  it('a version-label already on other content: its own message, nothing written', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(7))
    const first = await e2e.run({
      ...FAST,
      environment: 'Beta',
      'version-label': 'release-2026.12'
    })
    expect(first.outputs.result).toBe('complete')

    e2e.emulator.control.clearCalls()
    e2e.writeBundle(changedContent(8))
    const clash = await e2e.run({
      ...FAST,
      environment: 'Beta',
      'version-label': 'release-2026.12'
    })
    expect(clash.code).toBe(1)
    expect(clash.outputs.result).toBe('failed')
    expect(writes()).toEqual([])
    expect(clash.summary).toMatch(
      /The version label 'release-2026\.12' already names hosted version 2 of checkout-flags, which holds other content/
    )
    expect(clash.summary).not.toMatch(/in progress/)
    expect(clash.summary).not.toMatch(/ConflictException/)
  })

  it('the labelled content again under its own label: reused', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent(7))
    const inputs = { ...FAST, 'version-label': 'release-2026.12' }
    const first = await e2e.run({ ...inputs, environment: 'Beta' })
    e2e.writeBundle(changedContent(8))
    await e2e.run({ ...FAST, environment: 'Beta' })
    e2e.writeBundle(changedContent(7))
    e2e.emulator.control.clearCalls()
    const prod = await e2e.run({ ...inputs, environment: 'Production' })
    expect(prod.outputs.result).toBe('complete')
    expect(prod.outputs['configuration-version']).toBe(
      first.outputs['configuration-version']
    )
    expect(writes()).toEqual(['StartDeployment'])
  })
})
