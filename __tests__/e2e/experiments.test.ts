import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  awsEnv,
  DEFAULT_INPUTS,
  FLAG,
  IDS,
  jsonArray,
  operations,
  seededContent,
  startE2E,
  STRATEGIES,
  type E2E,
  type FlagsDocument
} from '../../__fixtures__/rollout-e2e.js'
import { spawnAction } from '../../__fixtures__/spawn-action.js'

// dist/index.js against the emulator while an AppConfig experiment runs on a flag of the profile.
// AWS: a deployment "does not change what users see because the experiment is still controlling
// the flag" (Promoting a winning treatment); "Stopping an experiment run ends audience exposure
// and returns users to the currently deployed feature flag configuration" (StopExperimentRun).

jest.setTimeout(60_000)

let e2e: E2E | undefined
afterEach(async () => {
  await e2e?.close()
  e2e = undefined
})

const EXPERIMENT = 'bitcoin-discount-test'
const DEFINITION = 'exp0001'
const WRITES = [
  'CreateHostedConfigurationVersion',
  'StartDeployment',
  'StopDeployment',
  'StopExperimentRun'
]

/** Defines an experiment on `flag` in Production and starts its run 1 (a MANAGED deployment). */
function startExperiment(flag = FLAG): void {
  const experiments = e2e!.emulator.control.experiments
  experiments.define({
    applicationId: IDS.application,
    id: DEFINITION,
    name: EXPERIMENT,
    profileId: IDS.profile,
    environmentId: IDS.production,
    flagKey: flag,
    control: { weight: 50, flagValue: { enabled: true } },
    treatments: [{ weight: 50, flagValue: { enabled: false } }]
  })
  experiments.start({
    applicationId: IDS.application,
    definitionId: DEFINITION
  })
  // The MANAGED deployment completes at once (no bake); let it.
  e2e!.emulator.control.advance(60_000)
  e2e!.emulator.control.clearCalls()
}

/** What `flag` serves to entities user-0 … user-39 right now. */
function servedTo(flag = FLAG) {
  return Array.from({ length: 40 }, (_, i) =>
    e2e!.emulator.control.experiments.served({
      applicationId: IDS.application,
      environmentId: IDS.production,
      profileId: IDS.profile,
      flagKey: flag,
      entityId: `user-${i}`
    })
  )
}

function runStatus(): string {
  return e2e!.emulator.control.experiments.run(IDS.application, DEFINITION, 1)
    .status
}

function killSwitch(inputs: Record<string, string>) {
  const rest = Object.fromEntries(
    Object.entries(DEFAULT_INPUTS).filter(([name]) => name !== 'bundle')
  )
  return spawnAction(
    { ...rest, 'deployment-strategy': STRATEGIES.fast.name, ...inputs },
    {
      workspace: e2e!.workspace,
      env: { ...awsEnv(e2e!.emulator.endpoint), GITHUB_ACTOR: 'oncall-ana' }
    }
  ).finished
}

function writes(): string[] {
  return operations(e2e!.calls()).filter((op) => WRITES.includes(op))
}

/** The checkout example (three flags) deployed to Production and complete. */
async function deployExample(): Promise<FlagsDocument> {
  const content = JSON.parse(
    readFileSync('examples/checkout-flags.json', 'utf8')
  ) as FlagsDocument & { $schema?: string }
  delete content.$schema
  await e2e!.consoleDeploy(content)
  e2e!.emulator.control.advance(15 * 60_000)
  e2e!.emulator.control.clearCalls()
  return content
}

describe('a kill switch on a flag under a running experiment', () => {
  it('is refused by default, before anything is written, naming the experiment, the run and the fix', async () => {
    e2e = await startE2E()
    startExperiment()
    const run = await killSwitch({ 'set-flags': `${FLAG}=off` })

    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(writes()).toEqual([])
    expect(run.stdout).toContain(
      `Flag ${FLAG} is controlled by experiment ${EXPERIMENT} (run 1`
    )
    expect(run.stdout).toContain(
      `aws appconfig stop-experiment-run --application-identifier ${IDS.application} --experiment-definition-identifier ${DEFINITION} --run 1`
    )
    expect(run.stdout).toContain('on-experiment: stop')
    expect(JSON.parse(run.outputs.experiments!)).toEqual([
      { flag: FLAG, experiment: EXPERIMENT, run: 1 }
    ])
    expect(run.summary).toMatch(/#### Experiments/)
    expect(run.summary).toMatch(/⛔ Refused \(`on-experiment: fail`\)/)
    expect(runStatus()).toBe('RUNNING')
    // Users still get the experiment's treatments.
    expect(new Set(servedTo().map((s) => s?.variant))).toEqual(
      new Set(['__c__', '__t1__'])
    )
  })

  it('with on-experiment: stop, stops the run first, then deploys: every user gets the flag off', async () => {
    e2e = await startE2E()
    startExperiment()
    const run = await killSwitch({
      'set-flags': `${FLAG}=off`,
      'on-experiment': 'stop'
    })

    expect(run.stderr).toBe('')
    expect(run.outputs.result).toBe('complete')
    expect(run.code).toBe(0)
    // The stop comes before anything is written or started.
    expect(writes()).toEqual([
      'StopExperimentRun',
      'CreateHostedConfigurationVersion',
      'StartDeployment'
    ])
    expect(e2e.calls('StopExperimentRun')[0]!.params).toEqual({
      ApplicationIdentifier: IDS.application,
      ExperimentDefinitionIdentifier: DEFINITION,
      Run: 1
    })
    expect(operations(e2e.calls())).toContain('GetExperimentRun')
    expect(runStatus()).toBe('DONE')
    expect(
      servedTo().every((s) => s?.enabled === false && s.variant === undefined)
    ).toBe(true)
    expect(JSON.parse(run.outputs.experiments!)).toEqual([
      { flag: FLAG, experiment: EXPERIMENT, run: 1 }
    ])
    expect(run.stdout).toContain(
      `Stopped run 1 of experiment ${EXPERIMENT} on flag ${FLAG} (on-experiment: stop)`
    )
    expect(run.summary).toMatch(/⏹ Stopped before the deployment/)
    // The incident record says so too.
    expect(run.summary).toMatch(
      new RegExp(
        `\\| Experiments \\| Stopped run 1 of experiment ${EXPERIMENT}`
      )
    )
  })

  it('with on-experiment: ignore, deploys and says the change waits for the run', async () => {
    e2e = await startE2E()
    startExperiment()
    const run = await killSwitch({
      'set-flags': `${FLAG}=off`,
      'on-experiment': 'ignore'
    })

    expect(run.outputs.result).toBe('complete')
    expect(writes()).toEqual([
      'CreateHostedConfigurationVersion',
      'StartDeployment'
    ])
    expect(runStatus()).toBe('RUNNING')
    expect(run.stdout).toContain(
      'reaches users only when the run ends (on-experiment: ignore)'
    )
    expect(run.summary).toMatch(/⏳ Nothing until the run ends/)
    // The treatments are still served: the deployment changed nothing users see.
    expect(new Set(servedTo().map((s) => s?.variant))).toEqual(
      new Set(['__c__', '__t1__'])
    )
  })
})

describe('a bundle while an experiment runs', () => {
  it('deploys normally when it changes only flags under no experiment', async () => {
    e2e = await startE2E()
    const content = await deployExample()
    startExperiment()
    content.values['one-click-checkout'] = {
      ...content.values['one-click-checkout'],
      enabled: !(content.values['one-click-checkout']?.enabled === true)
    }
    e2e.writeBundle(content)
    const run = await e2e.run({ 'deployment-strategy': STRATEGIES.fast.name })

    expect(run.outputs.result).toBe('complete')
    expect(jsonArray(run.outputs['flags-changed'])).toEqual([
      'one-click-checkout'
    ])
    expect(writes()).toEqual([
      'CreateHostedConfigurationVersion',
      'StartDeployment'
    ])
    expect(runStatus()).toBe('RUNNING')
    expect(JSON.parse(run.outputs.experiments!)).toEqual([
      { flag: FLAG, experiment: EXPERIMENT, run: 1 }
    ])
    expect(run.summary).toMatch(/Not changed by this run/)
  })
})

describe("AppConfig's MANAGED deployments", () => {
  it('are never what runs nor the drift base: the plan diffs against the USER deployment and says the latest was an experiment', async () => {
    e2e = await startE2E()
    e2e.writeBundle(seededContent())
    startExperiment()
    // Deployment 1 is the seed's (USER); 2 is the run's MANAGED one.
    expect(
      e2e.emulator.control.deployment(IDS.application, IDS.production, 2)?.type
    ).toBe('MANAGED')
    const plan = await e2e.run({ mode: 'plan' })

    expect(plan.outputs.result).toBe('planned')
    expect(plan.outputs.changed).toBe('false')
    expect(plan.summary).toMatch(
      /newest deployment of this profile here, `2` \(`COMPLETE`\), is AppConfig's own for an experiment/
    )
    expect(plan.summary).not.toMatch(/deployment #2/)
  })

  it('is never a revert target: a revert goes back to the USER deployment before the live one', async () => {
    e2e = await startE2E()
    const content = await deployExample() // deployment 2, USER, version 2
    content.values['one-click-checkout'] = {
      ...content.values['one-click-checkout'],
      enabled: true
    }
    await e2e.consoleDeploy(content) // deployment 3, USER, version 3
    e2e.emulator.control.advance(15 * 60_000)
    startExperiment() // deployment 4, MANAGED, version 3
    const run = await killSwitch({ mode: 'revert' })

    expect(run.outputs.result).toBe('reverted')
    const stops = e2e
      .calls('StopDeployment')
      .map((c) => c.params.DeploymentNumber)
    expect(stops).not.toContain(4)
    expect(
      e2e.emulator.control.deployedConfiguration(
        IDS.application,
        IDS.production,
        IDS.profile
      )?.configurationVersion
    ).toBe('2')
    // The run is on a flag the revert does not change: it keeps running.
    expect(runStatus()).toBe('RUNNING')
  })

  it('a revert that would change an experiment flag is refused before AppConfig is asked to revert', async () => {
    e2e = await startE2E()
    await deployExample() // deployment 2 changes the experiment flag against version 1
    startExperiment()
    const run = await killSwitch({ mode: 'revert' })

    expect(run.outputs.result).toBe('failed')
    expect(writes()).toEqual([])
    expect(run.stdout).toContain(
      `Flag ${FLAG} is controlled by experiment ${EXPERIMENT} (run 1`
    )
  })
})

describe('the experiments output', () => {
  it("is '' in validate mode and [] when no experiment runs", async () => {
    e2e = await startE2E()
    e2e.writeBundle(seededContent())
    const validate = await e2e.run({ mode: 'validate' })
    expect(validate.outputs.result).toBe('validated')
    expect(validate.outputs.experiments).toBe('')
    const plan = await e2e.run({ mode: 'plan' })
    expect(plan.outputs.result).toBe('planned')
    expect(plan.outputs.experiments).toBe('[]')
  })
})
