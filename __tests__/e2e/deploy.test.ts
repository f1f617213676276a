import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  changedContent,
  FLAG,
  IDS,
  jsonArray,
  operations,
  seededContent,
  startE2E,
  STRATEGIES,
  WRITE_OPERATIONS,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'

// dist/index.js in deploy mode, run as the runner runs it, against the emulator: the paths that
// succeed (complete, unchanged, a reused version, wait-until baking/started).

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

const TARGET_IDS = {
  application: IDS.application,
  environment: IDS.production,
  'configuration-profile': IDS.profile,
  'deployment-strategy': IDS.canary
}

describe('deploy: a changed bundle', () => {
  it.each([
    ['names', {}],
    ['IDs', TARGET_IDS]
  ])(
    'by %s: creates a version, deploys it through the canary and ends complete',
    async (_how, inputs: Record<string, string>) => {
      e2e = await startE2E()
      e2e.writeBundle(changedContent())

      const run = await e2e.run(inputs)

      expect(run.stderr).toBe('')
      expect(run.outputs.result).toBe('complete')
      expect(run.code).toBe(0)
      expect(run.signal).toBeNull()
      expect(run.outputs).toMatchObject({
        'application-id': IDS.application,
        'environment-id': IDS.production,
        'configuration-profile-id': IDS.profile,
        'deployment-strategy-id': IDS.canary,
        'configuration-version': '2',
        'deployment-number': '2',
        state: 'COMPLETE',
        changed: 'true',
        'rollback-reason': ''
      })
      expect(run.outputs['version-label']).toMatch(/^git-abc123-[0-9a-f]{8}$/)
      expect(jsonArray(run.outputs['flags-changed'])).toEqual([FLAG])
      expect(jsonArray(run.outputs['flags-added'])).toEqual([])
      expect(jsonArray(run.outputs['flags-removed'])).toEqual([])
      expect(jsonArray(run.outputs['triggered-alarms'])).toEqual([])
      expect(Number(run.outputs['duration-seconds'])).toBeGreaterThan(0)
      expect(run.summary).toContain('complete')
      expect(run.stdout).toContain('Created hosted version 2')
      expect(run.stdout).toContain('Deployment 2: COMPLETE')

      const calls = e2e.calls()
      const ops = operations(calls)
      // Names are listed; IDs are read with one Get call each and no List call.
      const lookups =
        _how === 'names'
          ? [
              'ListApplications',
              'ListDeploymentStrategies',
              'ListEnvironments',
              'ListConfigurationProfiles'
            ]
          : [
              'GetApplication',
              'GetDeploymentStrategy',
              'GetEnvironment',
              'GetConfigurationProfile'
            ]
      const others =
        _how === 'names'
          ? ['GetApplication', 'GetEnvironment', 'GetConfigurationProfile']
          : [
              'ListApplications',
              'ListDeploymentStrategies',
              'ListEnvironments',
              'ListConfigurationProfiles'
            ]
      for (const op of others) expect(ops).not.toContain(op)
      // The default label names its content: written on top of the newest version the walk
      // saw, with no listing of the profile's versions (List* is the scarce budget).
      expect(ops).not.toContain('ListHostedConfigurationVersions')
      for (const op of [
        ...lookups,
        'ListDeployments',
        'GetHostedConfigurationVersion',
        'DescribeAlarms',
        'CreateHostedConfigurationVersion',
        'StartDeployment',
        'GetDeployment'
      ])
        expect(ops).toContain(op)
      expect(ops.filter((op) => WRITE_OPERATIONS.includes(op))).toEqual([
        'CreateHostedConfigurationVersion',
        'StartDeployment'
      ])
      expect(ops).not.toContain('StopDeployment')
      expect(calls.filter((c) => (c.status ?? 0) >= 400)).toEqual([])
      // Everything is read (and the guards pass) before anything is written.
      const firstWrite = ops.indexOf('CreateHostedConfigurationVersion')
      expect(ops.lastIndexOf('ListDeployments')).toBeLessThan(firstWrite)
      expect(ops.indexOf('DescribeAlarms')).toBeLessThan(firstWrite)
      expect(ops.indexOf('StartDeployment')).toBeGreaterThan(firstWrite)

      const [create] = e2e.calls('CreateHostedConfigurationVersion')
      expect(create!.params).toMatchObject({
        ApplicationId: IDS.application,
        ConfigurationProfileId: IDS.profile,
        VersionLabel: run.outputs['version-label']
      })
      expect(String(create!.params.LatestVersionNumber)).toBe('1')
      const [start] = e2e.calls('StartDeployment')
      expect(start!.params).toMatchObject({
        ApplicationId: IDS.application,
        EnvironmentId: IDS.production,
        ConfigurationProfileId: IDS.profile,
        DeploymentStrategyId: IDS.canary,
        ConfigurationVersion: '2'
      })
      // Watched by polling the deployment it started, with the alarms alongside.
      // (Before the start, GetDeployment reads the drift base's description: deployment 1.)
      const polls = e2e
        .calls('GetDeployment')
        .filter((c) => String(c.params.DeploymentNumber) === '2')
      expect(polls.length).toBeGreaterThanOrEqual(2)
      for (const poll of polls) expect(poll.realAt >= start!.realAt).toBe(true)
      expect(String(polls[0]!.params.DeploymentNumber)).toBe('2')

      const deployment = await e2e.getDeployment(2)
      expect(deployment.State).toBe('COMPLETE')
      expect(deployment.ConfigurationVersion).toBe('2')
    }
  )
})

describe('deploy: nothing new to write', () => {
  it('the seeded version’s content: unchanged, no version created, no deployment', async () => {
    e2e = await startE2E()
    e2e.writeBundle(seededContent())

    const run = await e2e.run()

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('unchanged')
    expect(run.code).toBe(0)
    expect(run.outputs.changed).toBe('false')
    expect(run.outputs['deployment-number']).toBe('')
    expect(jsonArray(run.outputs['flags-changed'])).toEqual([])
    expect(run.stdout).toContain('nothing to deploy')
    const ops = operations(e2e.calls())
    expect(ops.filter((op) => WRITE_OPERATIONS.includes(op))).toEqual([])
    expect(ops).not.toContain('ListHostedConfigurationVersions')
  })

  it('reuses the latest hosted version when it already holds the bundle', async () => {
    e2e = await startE2E()
    const content = changedContent()
    // Someone uploaded exactly this bundle as version 2 but never deployed it.
    expect(await e2e.createVersion(content, 1, 'prepared-by-hand')).toBe(2)
    e2e.emulator.control.clearCalls()
    e2e.writeBundle(content)

    const run = await e2e.run({ 'deployment-strategy': STRATEGIES.fast.name })

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('complete')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Reusing hosted version 2')
    expect(run.outputs['configuration-version']).toBe('2')
    expect(run.outputs['version-label']).toBe('prepared-by-hand')
    // The write on top of version 1 (the newest deployed) is refused: a newer version exists,
    // so the versions are searched and version 2 found. Nothing was written.
    const creates = e2e.calls('CreateHostedConfigurationVersion')
    expect(creates.map((c) => [c.status, c.applied])).toEqual([[409, false]])
    expect(String(creates[0]!.params.LatestVersionNumber)).toBe('1')
    expect(e2e.calls('ListHostedConfigurationVersions')).toHaveLength(1)
    const starts = e2e.calls('StartDeployment')
    expect(starts).toHaveLength(1)
    expect(starts[0]!.params.ConfigurationVersion).toBe('2')
    expect((await e2e.getDeployment(2)).State).toBe('COMPLETE')
  })
})

describe('deploy: wait-until', () => {
  it('baking: succeeds once the bake has begun and leaves the deployment BAKING', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())

    const run = await e2e.run({
      'deployment-strategy': STRATEGIES.longBake.name,
      'wait-until': 'baking'
    })
    e2e.emulator.control.setTimeScale(0)

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('baking')
    expect(run.code).toBe(0)
    expect(run.outputs.state).toBe('BAKING')
    expect(run.outputs['deployment-number']).toBe('2')
    expect(e2e.calls('StopDeployment')).toEqual([])
    expect((await e2e.getDeployment(2)).State).toBe('BAKING')
  })

  it('started: succeeds once the deployment has started and leaves it running', async () => {
    e2e = await startE2E()
    e2e.writeBundle(changedContent())

    const run = await e2e.run({
      'deployment-strategy': STRATEGIES.slow.name,
      'wait-until': 'started'
    })
    e2e.emulator.control.setTimeScale(0)

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('started')
    expect(run.code).toBe(0)
    expect(run.outputs.state).toMatch(/^(VALIDATING|DEPLOYING)$/)
    expect(run.outputs['deployment-number']).toBe('2')
    expect(e2e.calls('StopDeployment')).toEqual([])
    expect((await e2e.getDeployment(2)).State).toMatch(
      /^(VALIDATING|DEPLOYING)$/
    )
  })
})
