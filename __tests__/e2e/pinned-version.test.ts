import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  changedContent,
  jsonArray,
  startE2E,
  STRATEGIES,
  FLAG,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import { liveDiscount, writesOf } from '../../__fixtures__/pinned-e2e.js'

// Issue #13, configuration-version: deploy a hosted version that already exists (by number or
// label), validated and diffed like a bundle, without writing a new version.

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

const FROM_VERSION = {
  bundle: '',
  'deployment-strategy': STRATEGIES.fast.name
}

describe('configuration-version', () => {
  it.each([
    ['number', '2'],
    ['label', 'release-20']
  ])(
    'by %s: deploys the existing version as is, tagged as a version deployment',
    async (_how, reference) => {
      e2e = await startE2E()
      expect(await e2e.createVersion(changedContent(20), 1, 'release-20')).toBe(
        2
      )
      e2e.emulator.control.clearCalls()

      const run = await e2e.run({
        ...FROM_VERSION,
        'configuration-version': reference
      })

      expect(run.outputs.result).toBe('complete')
      expect(run.code).toBe(0)
      expect(run.outputs['configuration-version']).toBe('2')
      expect(run.outputs['version-label']).toBe('release-20')
      expect(jsonArray(run.outputs['flags-changed'])).toEqual([FLAG])
      expect(e2e.calls('CreateHostedConfigurationVersion')).toEqual([])
      const started = e2e.calls('StartDeployment')
      expect(started).toHaveLength(1)
      expect(started[0]!.params).toMatchObject({
        ConfigurationVersion: '2',
        Tags: { 'appconfig-guarded-rollout:source': 'version' }
      })
      expect(await liveDiscount(e2e)).toBe(20)
      expect(run.summary).toContain('hosted version 2')
    }
  )

  it('a label no version has: a clear error, nothing written', async () => {
    e2e = await startE2E()
    const run = await e2e.run({
      ...FROM_VERSION,
      'configuration-version': 'release-99'
    })
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toContain(
      "No hosted version of checkout-flags is labelled 'release-99'"
    )
    expect(writesOf(e2e)).toEqual([])
  })

  it('a version that breaks the team rules is refused like a bundle', async () => {
    e2e = await startE2E()
    await e2e.createVersion(changedContent(20), 1, 'release-20')
    e2e.emulator.control.clearCalls()
    const run = await e2e.run({
      ...FROM_VERSION,
      'configuration-version': '2',
      'flag-name-pattern': '^team-'
    })
    expect(run.outputs.result).toBe('failed')
    expect(run.summary).toContain('hosted version 2')
    expect(run.summary).toContain('problem')
    expect(writesOf(e2e)).toEqual([])
  })

  it('a plan of a version diffs it and outputs a plan-id', async () => {
    e2e = await startE2E()
    await e2e.createVersion(changedContent(20), 1, 'release-20')
    const run = await e2e.run({
      ...FROM_VERSION,
      mode: 'plan',
      'configuration-version': 'release-20'
    })
    expect(run.outputs.result).toBe('planned')
    expect(run.outputs['plan-id']).toMatch(/^v1\./)
    expect(jsonArray(run.outputs['flags-changed'])).toEqual([FLAG])
  })
})
