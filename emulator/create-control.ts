import type { AlarmStore } from './alarm-store.js'
import type { AppConfigContext } from './appconfig-api.js'
import type { BeforeCallHooks } from './before-call.js'
import type { CallRecord } from './call-log.js'
import type { Deployment, DeploymentEngine } from './deployment-engine.js'
import type { EmulatorClock } from './emulator-clock.js'
import type { DeploymentSummary, EmulatorControl } from './emulator-control.js'
import type { FaultInjector } from './fault-injector.js'
import { deploymentArn } from './resource-tags.js'
import { applySeed, seedAlarmDefinition, type SeedTargets } from './seed.js'
import { storeHostedVersion } from './store-hosted-version.js'
import type { RequestGate } from './request-gate.js'

export interface ControlDeps {
  appconfig: AppConfigContext
  alarms: AlarmStore
  engine: DeploymentEngine
  clock: EmulatorClock
  faults: FaultInjector
  beforeCalls: BeforeCallHooks
  gate: RequestGate
  calls: CallRecord[]
  seedTargets: SeedTargets
}

/** The control surface over the emulator's parts; every call first settles the clock. */
export function createControl(deps: ControlDeps): EmulatorControl {
  const { appconfig, alarms, engine, clock, faults, beforeCalls, calls } = deps
  const summary = (d: Deployment): DeploymentSummary => ({
    deploymentNumber: d.number,
    state: d.state,
    profileId: d.profileId,
    configurationVersion: d.configurationVersion,
    versionLabel: d.versionLabel,
    description: d.description,
    tags: { ...d.tags },
    type: d.type ?? 'USER',
    percentageComplete: d.percentage,
    startedAt: new Date(d.startedAt),
    completedAt:
      d.completedAt === undefined ? undefined : new Date(d.completedAt),
    arn: deploymentArn(appconfig, d.applicationId, d.environmentId, d.number)
  })

  const control: EmulatorControl = {
    now: () => new Date(clock.now()),
    advance: (ms) => {
      clock.advance(ms)
      engine.settle()
    },
    setTimeScale: (timeScale) => {
      engine.settle()
      clock.setTimeScale(timeScale)
    },
    get timeScale() {
      return clock.timeScale
    },
    seed: (s) => {
      engine.settle()
      return applySeed(s, deps.seedTargets)
    },
    setAlarmState: (name, state, reason) => {
      engine.settle()
      alarms.setState(
        name,
        state,
        reason ?? `Set by the emulator control to ${state}`,
        undefined,
        clock.now()
      )
    },
    putAlarm: (alarm) => {
      engine.settle()
      return alarms.put(seedAlarmDefinition(alarm), clock.now()).arn
    },
    alarmState: (name) => {
      engine.settle()
      return alarms.get(name)?.state
    },
    alarmArn: (name) => alarms.arnOf(name),
    scheduleAlarmChange: (change) => engine.schedule(change),
    injectFault: (fault) => faults.add(fault),
    beforeCall: (hook) => beforeCalls.add(hook),
    clearFaults: () => {
      faults.clear()
      beforeCalls.clear()
    },
    setIam: (iam) => deps.gate.setIam(iam),
    calls: (operation) =>
      calls.filter((c) => operation === undefined || c.operation === operation),
    clearCalls: () => {
      calls.length = 0
    },
    async createHostedVersion(input) {
      engine.settle()
      const content =
        typeof input.content === 'string'
          ? Buffer.from(input.content)
          : input.content instanceof Uint8Array
            ? Buffer.from(input.content)
            : Buffer.from(JSON.stringify(input.content))
      const version = await storeHostedVersion(appconfig, {
        applicationId: input.applicationId,
        profileId: input.profileId,
        content,
        contentType: input.contentType ?? 'application/json',
        description: input.description,
        versionLabel: input.versionLabel
      })
      return version.versionNumber
    },
    startDeployment: (input) =>
      summary(
        engine.start({
          applicationId: input.applicationId,
          environmentId: input.environmentId,
          profileId: input.profileId,
          configurationVersion: String(input.configurationVersion),
          strategyId: input.strategyId ?? 'AppConfig.AllAtOnce',
          description: input.description,
          tags: { ...input.tags }
        })
      ),
    stopDeployment: (input) =>
      summary(
        engine.stop(
          input.applicationId,
          input.environmentId,
          input.deploymentNumber,
          input.allowRevert ?? false
        )
      ),
    async consoleDeploy(input) {
      const versionNumber = await control.createHostedVersion(input)
      const deployment = control.startDeployment({
        ...input,
        configurationVersion: versionNumber
      })
      return { versionNumber, deploymentNumber: deployment.deploymentNumber }
    },
    deployment: (applicationId, environmentId, number) => {
      const found = engine
        .deploymentsOf(applicationId, environmentId)
        .find((d) => d.number === number)
      return found === undefined ? undefined : summary(found)
    },
    deployedConfiguration: (applicationId, environmentId, profileId) => {
      const found = engine.deployedConfiguration(
        applicationId,
        environmentId,
        profileId
      )
      return found === undefined ? undefined : summary(found)
    },
    get experiments() {
      engine.settle()
      if (appconfig.experiments === undefined)
        throw new Error('This emulator was started without experiments')
      return appconfig.experiments
    }
  }
  return control
}
