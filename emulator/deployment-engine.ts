import {
  type AlarmState,
  type AlarmStore,
  isRollbackWorthy
} from './alarm-store.js'
import type { AppConfigStore } from './appconfig-store.js'
import { planDeployment, type PlanStep } from './deployment-plan.js'
import type { EmulatorClock } from './emulator-clock.js'
import type { Strategy } from './predefined-strategies.js'
import { badRequest, conflict, notFound } from './service-error.js'

export type DeploymentState =
  | 'VALIDATING'
  | 'DEPLOYING'
  | 'BAKING'
  | 'COMPLETE'
  | 'ROLLING_BACK'
  | 'ROLLED_BACK'
  | 'REVERTED'

export type EnvironmentState =
  | 'READY_FOR_DEPLOYMENT'
  | 'DEPLOYING'
  | 'ROLLING_BACK'
  | 'ROLLED_BACK'
  | 'REVERTED'

export type DeploymentEventType =
  | 'PERCENTAGE_UPDATED'
  | 'ROLLBACK_STARTED'
  | 'ROLLBACK_COMPLETED'
  | 'BAKE_TIME_STARTED'
  | 'DEPLOYMENT_STARTED'
  | 'DEPLOYMENT_COMPLETED'
  | 'REVERT_COMPLETED'

export type TriggeredBy =
  'USER' | 'APPCONFIG' | 'CLOUDWATCH_ALARM' | 'INTERNAL_ERROR'

export interface DeploymentEvent {
  eventType: DeploymentEventType
  triggeredBy: TriggeredBy
  description: string
  occurredAt: number
}

export interface Deployment {
  applicationId: string
  environmentId: string
  number: number
  strategy: Strategy
  profileId: string
  profileName: string
  locationUri: string
  configurationVersion: string
  versionLabel?: string
  description?: string
  kmsKeyIdentifier?: string
  tags: Record<string, string>
  /**
   * DeploymentSummary.Type (model: DeploymentType `USER` | `MANAGED`): MANAGED for the
   * deployments AppConfig makes itself for an experiment run (experiments.ts); USER when absent.
   */
  type?: 'USER' | 'MANAGED'
  state: DeploymentState
  percentage: number
  startedAt: number
  completedAt?: number
  /** When the current phase (DEPLOYING, BAKING, ROLLING_BACK) began. */
  phaseStartedAt: number
  steps: PlanStep[]
  stepsDone: number
  /** Oldest first; the API shows them newest first. */
  events: DeploymentEvent[]
}

/** When a scheduled alarm change fires: at an emulated time, or when a deployment reaches a percentage. */
export type AlarmChangeTrigger =
  | { at: Date | number }
  | { afterMs: number }
  | { percentage: number; applicationId?: string; environmentId?: string }

export interface ScheduledAlarmChange {
  alarmName: string
  state: AlarmState
  reason?: string
  when: AlarmChangeTrigger
}

interface PendingChange {
  alarmName: string
  state: AlarmState
  reason: string
  at?: number
  percentage?: number
  applicationId?: string
  environmentId?: string
}

export interface EngineTiming {
  /** Emulated ms a deployment spends in VALIDATING before DEPLOYING. */
  validationMs: number
  /** Emulated ms from ROLLBACK_STARTED to ROLLED_BACK. */
  rollbackMs: number
  /** How long after COMPLETE a deployment can still be reverted (72 h on AWS). */
  revertWindowMs: number
}

const ACTIVE: readonly DeploymentState[] = [
  'VALIDATING',
  'DEPLOYING',
  'BAKING',
  'ROLLING_BACK'
]
const WATCHED: readonly DeploymentState[] = ['DEPLOYING', 'BAKING']

export function isActive(state: DeploymentState): boolean {
  return ACTIVE.includes(state)
}

/**
 * The deployment state machine. It is evaluated lazily: every API call and control call first
 * `settle()`s the world up to the clock's now, replaying each due step, alarm change and rollback
 * at the exact emulated instant it was due. No timers, so nothing leaks and results do not depend
 * on how busy the machine is.
 */
export class DeploymentEngine {
  private readonly byEnvironment = new Map<string, Deployment[]>()
  private readonly pending: PendingChange[] = []

  constructor(
    private readonly clock: EmulatorClock,
    private readonly store: AppConfigStore,
    private readonly alarms: AlarmStore,
    private readonly timing: EngineTiming
  ) {
    // An alarm that starts firing rolls back the deployments that watch it, at that instant.
    alarms.onStateChange((_alarm, at) => this.checkAlarms(at))
  }

  deploymentsOf(applicationId: string, environmentId: string): Deployment[] {
    this.store.environment(applicationId, environmentId)
    this.settle()
    return [...(this.byEnvironment.get(environmentId) ?? [])].reverse()
  }

  deployment(
    applicationId: string,
    environmentId: string,
    number: number
  ): Deployment {
    const found = this.deploymentsOf(applicationId, environmentId).find(
      (d) => d.number === number
    )
    if (found === undefined) throw notFound('Deployment', String(number))
    return found
  }

  environmentState(environmentId: string): EnvironmentState {
    this.settle()
    const state = this.byEnvironment.get(environmentId)?.at(-1)?.state
    if (state === undefined || state === 'COMPLETE')
      return 'READY_FOR_DEPLOYMENT'
    if (state === 'VALIDATING' || state === 'DEPLOYING' || state === 'BAKING')
      return 'DEPLOYING'
    return state
  }

  start(input: {
    applicationId: string
    environmentId: string
    strategyId: string
    profileId: string
    configurationVersion: string
    description?: string
    kmsKeyIdentifier?: string
    tags?: Record<string, string>
    latestDeploymentNumber?: number
    /** An experiment's own deployment (experiments.ts): its type and AppConfig's own pace. */
    managed?: { strategy: Strategy }
  }): Deployment {
    this.settle()
    const environment = this.store.environment(
      input.applicationId,
      input.environmentId
    )
    const profile = this.store.profile(input.applicationId, input.profileId)
    const strategy =
      input.managed?.strategy ?? this.store.strategy(input.strategyId)
    let configurationVersion = input.configurationVersion
    let versionLabel: string | undefined
    if (profile.locationUri === 'hosted') {
      const version = this.store.resolveVersion(
        input.applicationId,
        input.profileId,
        input.configurationVersion
      )
      configurationVersion = String(version.versionNumber)
      versionLabel = version.versionLabel
    }
    const list = this.byEnvironment.get(environment.id) ?? []
    const latest = list.at(-1)
    // Model doc of StartDeployment.LatestDeploymentNumber: "The number of the latest deployment.
    // Use this value to ensure that the deployment starts from the expected state and to prevent
    // conflicting updates." A stale number is a conflict with the environment's current state,
    // which the model's ConflictException (409) describes: "The request could not be processed
    // because of conflict in the current state of the resource." AWS documents neither the code
    // nor the text for this case; ConflictException is the emulator's reading (the other listed
    // error, BadRequestException, is for input that "fails to satisfy the constraints"). An
    // environment with no deployment yet has latest number 0. Checked before the one-at-a-time
    // rule, so a caller holding a stale number learns that first.
    if (
      input.latestDeploymentNumber !== undefined &&
      input.latestDeploymentNumber !== (latest?.number ?? 0)
    )
      throw conflict(
        `LatestDeploymentNumber ${input.latestDeploymentNumber} does not match the latest deployment number ${latest?.number ?? 0}`
      )
    // Only one deployment per environment at a time; AWS words it this way (spec §2.5).
    if (latest !== undefined && isActive(latest.state))
      throw conflict(`Deployment number ${latest.number} already exists`)
    const now = this.clock.now()
    const deployment: Deployment = {
      applicationId: input.applicationId,
      environmentId: environment.id,
      number: (latest?.number ?? 0) + 1,
      strategy: { ...strategy },
      profileId: profile.id,
      profileName: profile.name,
      locationUri: profile.locationUri,
      configurationVersion,
      versionLabel,
      description: input.description,
      kmsKeyIdentifier: input.kmsKeyIdentifier,
      tags: input.tags ?? {},
      type: input.managed === undefined ? 'USER' : 'MANAGED',
      state: 'VALIDATING',
      percentage: 0,
      startedAt: now,
      phaseStartedAt: now,
      steps: planDeployment(strategy),
      stepsDone: 0,
      events: [
        {
          eventType: 'DEPLOYMENT_STARTED',
          triggeredBy: 'USER',
          description: 'Deployment started',
          occurredAt: now
        }
      ]
    }
    list.push(deployment)
    this.byEnvironment.set(environment.id, list)
    this.settle()
    return deployment
  }

  /**
   * Records a deployment that finished before the emulator started (seeds): COMPLETE, with the
   * event log it would have had.
   */
  addCompleted(input: {
    applicationId: string
    environmentId: string
    strategyId: string
    profileId: string
    configurationVersion: string
    description?: string
    endedAt: number
  }): Deployment {
    this.store.environment(input.applicationId, input.environmentId)
    const strategy = this.store.strategy(input.strategyId)
    const profile = this.store.profile(input.applicationId, input.profileId)
    const version = this.store.resolveVersion(
      input.applicationId,
      input.profileId,
      input.configurationVersion
    )
    const list = this.byEnvironment.get(input.environmentId) ?? []
    const steps = planDeployment(strategy)
    const bakeMs = strategy.bakeMinutes * 60_000
    const deployingAt = input.endedAt - bakeMs - (steps.at(-1)?.atMs ?? 0)
    const startedAt = deployingAt - this.timing.validationMs
    const events: DeploymentEvent[] = [
      {
        eventType: 'DEPLOYMENT_STARTED',
        triggeredBy: 'USER',
        description: 'Deployment started',
        occurredAt: startedAt
      },
      ...steps.map((s): DeploymentEvent =>
        percentageEvent(s.percentage, deployingAt + s.atMs)
      ),
      bakeStartedEvent(input.endedAt - bakeMs),
      completedEvent(input.endedAt)
    ]
    const deployment: Deployment = {
      applicationId: input.applicationId,
      environmentId: input.environmentId,
      number: (list.at(-1)?.number ?? 0) + 1,
      strategy: { ...strategy },
      profileId: profile.id,
      profileName: profile.name,
      locationUri: profile.locationUri,
      configurationVersion: String(version.versionNumber),
      versionLabel: version.versionLabel,
      description: input.description,
      tags: {},
      state: 'COMPLETE',
      percentage: 100,
      startedAt,
      completedAt: input.endedAt,
      phaseStartedAt: input.endedAt,
      steps,
      stepsDone: steps.length,
      events
    }
    list.push(deployment)
    this.byEnvironment.set(input.environmentId, list)
    return deployment
  }

  /**
   * StopDeployment, with AppConfig's matrix (spec §2.7, user guide "Reverting a configuration").
   *
   * API reference: "This API action works only on deployments that have a status of DEPLOYING,
   * unless an AllowRevert parameter is supplied. If the AllowRevert parameter is supplied, the
   * status of an in-progress deployment will be ROLLED_BACK. The status of a completed
   * deployment will be REVERTED. AppConfig only allows a revert within 72 hours of deployment
   * completion."
   */
  stop(
    applicationId: string,
    environmentId: string,
    number: number,
    allowRevert: boolean
  ): Deployment {
    const deployment = this.deployment(applicationId, environmentId, number)
    const now = this.clock.now()
    if (
      deployment.state === 'VALIDATING' ||
      deployment.state === 'DEPLOYING' ||
      deployment.state === 'BAKING'
    ) {
      // User guide: "If StopDeployment is called on an in-progress deployment, the resulting
      // deployment state will be ROLLED_BACK", with or without AllowRevert. The emulator rolls
      // back at once: the 202 already carries ROLLED_BACK.
      deployment.events.push({
        eventType: 'ROLLBACK_STARTED',
        triggeredBy: 'USER',
        description: 'Rollback initiated by the user',
        occurredAt: now
      })
      deployment.events.push({
        eventType: 'ROLLBACK_COMPLETED',
        triggeredBy: 'APPCONFIG',
        description: 'Rollback completed',
        occurredAt: now
      })
      deployment.state = 'ROLLED_BACK'
      deployment.completedAt = now
      return deployment
    }
    if (deployment.state === 'COMPLETE') {
      // Matrix (spec §2.7 from the user guide): StopDeployment on a COMPLETE deployment without
      // AllowRevert → BadRequestException.
      if (!allowRevert)
        throw badRequest(
          `Deployment number ${number} is COMPLETE; pass AllowRevert to revert it`
        )
      const latest = this.latestOfProfile(environmentId, deployment.profileId)
      if (latest !== deployment)
        throw badRequest(
          `Only the latest deployment of a configuration profile can be reverted; deployment ${latest?.number ?? '?'} is newer`
        )
      // User guide: "AWS AppConfig will revert the deployment only if the deployment succeeded
      // within the last 72 hours. After 72 hours, the deployment can no longer be reverted. You
      // must create a new deployment." Measured in emulated time, so the time scale applies.
      if (now - (deployment.completedAt ?? now) > this.timing.revertWindowMs)
        throw badRequest(
          `Deployment number ${number} completed more than ${this.timing.revertWindowMs / 3600_000} hours ago and can no longer be reverted; start a new deployment`
        )
      // User guide: "Reverting also ignores alarm monitors, which may prevent a roll forward
      // from progressing during an application emergency." The revert is immediate and no
      // alarm is consulted; the model's event type for it is REVERT_COMPLETED.
      const fallback = this.runningBefore(deployment)
      deployment.events.push({
        eventType: 'REVERT_COMPLETED',
        triggeredBy: 'USER',
        description:
          fallback === undefined
            ? 'Deployment reverted by the user'
            : `Deployment reverted by the user to configuration version ${fallback.configurationVersion} (deployment ${fallback.number})`,
        occurredAt: now
      })
      deployment.state = 'REVERTED'
      return deployment
    }
    throw badRequest(
      `Deployment number ${number} is ${deployment.state} and cannot be stopped`
    )
  }

  /**
   * The deployment whose configuration of a profile an environment serves: the newest COMPLETE
   * one. ROLLED_BACK and REVERTED deployments put the environment back on "the previous version"
   * (user guide), i.e. the newest COMPLETE one before them; an in-progress deployment has not
   * replaced it yet. Undefined when nothing of that profile was ever deployed there.
   */
  deployedConfiguration(
    applicationId: string,
    environmentId: string,
    profileId?: string
  ): Deployment | undefined {
    return this.deploymentsOf(applicationId, environmentId).find(
      (d) =>
        d.state === 'COMPLETE' &&
        (profileId === undefined || d.profileId === profileId)
    )
  }

  private latestOfProfile(
    environmentId: string,
    profileId: string
  ): Deployment | undefined {
    return (this.byEnvironment.get(environmentId) ?? [])
      .filter((d) => d.profileId === profileId)
      .at(-1)
  }

  /** The COMPLETE deployment of the same profile that `d` replaced, if any. */
  private runningBefore(d: Deployment): Deployment | undefined {
    return (this.byEnvironment.get(d.environmentId) ?? [])
      .filter(
        (x) =>
          x.number < d.number &&
          x.profileId === d.profileId &&
          x.state === 'COMPLETE'
      )
      .at(-1)
  }

  schedule(change: ScheduledAlarmChange): void {
    this.settle()
    const when = change.when
    const pending: PendingChange = {
      alarmName: change.alarmName,
      state: change.state,
      reason: change.reason ?? `Scheduled change to ${change.state}`
    }
    if ('at' in when)
      pending.at = typeof when.at === 'number' ? when.at : when.at.getTime()
    else if ('afterMs' in when) pending.at = this.clock.now() + when.afterMs
    else
      Object.assign(pending, {
        percentage: when.percentage,
        applicationId: when.applicationId,
        environmentId: when.environmentId
      })
    this.pending.push(pending)
    this.settle()
  }

  /** Replays everything that was due up to now, in time order. */
  settle(): void {
    const now = this.clock.now()
    for (;;) {
      let next: { at: number; run: () => void } | undefined
      for (const change of this.pending) {
        if (
          change.at !== undefined &&
          change.at <= now &&
          (next === undefined || change.at < next.at)
        ) {
          const at = change.at
          next = { at, run: () => this.fire(change, at) }
        }
      }
      for (const list of this.byEnvironment.values()) {
        const deployment = list.at(-1)
        if (deployment === undefined) continue
        const at = this.nextTransition(deployment)
        if (
          at !== undefined &&
          at <= now &&
          (next === undefined || at < next.at)
        )
          next = { at, run: () => this.transition(deployment, at) }
      }
      if (next === undefined) return
      next.run()
    }
  }

  private nextTransition(d: Deployment): number | undefined {
    switch (d.state) {
      case 'VALIDATING':
        return d.startedAt + this.timing.validationMs
      case 'DEPLOYING':
        return d.phaseStartedAt + (d.steps[d.stepsDone]?.atMs ?? 0)
      case 'BAKING':
        return d.phaseStartedAt + d.strategy.bakeMinutes * 60_000
      case 'ROLLING_BACK':
        return d.phaseStartedAt + this.timing.rollbackMs
      default:
        return undefined
    }
  }

  private transition(d: Deployment, at: number): void {
    switch (d.state) {
      case 'VALIDATING':
        d.state = 'DEPLOYING'
        d.phaseStartedAt = at
        this.checkAlarms(at)
        return
      case 'DEPLOYING': {
        const step = d.steps[d.stepsDone]
        if (step === undefined)
          throw new Error(
            `Deployment ${d.number} is DEPLOYING with all ${d.steps.length} steps done`
          )
        d.stepsDone += 1
        d.percentage = step.percentage
        d.events.push(percentageEvent(step.percentage, at))
        if (step.percentage >= 100) {
          d.state = 'BAKING'
          d.phaseStartedAt = at
          d.events.push(bakeStartedEvent(at))
        }
        this.firePercentageTriggers(d, at)
        this.checkAlarms(at)
        return
      }
      case 'BAKING':
        d.state = 'COMPLETE'
        d.completedAt = at
        d.events.push(completedEvent(at))
        return
      case 'ROLLING_BACK':
        d.state = 'ROLLED_BACK'
        d.completedAt = at
        d.events.push({
          eventType: 'ROLLBACK_COMPLETED',
          triggeredBy: 'APPCONFIG',
          description: 'Rollback completed',
          occurredAt: at
        })
        return
      default:
        return
    }
  }

  private firePercentageTriggers(d: Deployment, at: number): void {
    for (const change of [...this.pending]) {
      if (change.percentage === undefined || d.percentage < change.percentage)
        continue
      if (
        change.applicationId !== undefined &&
        change.applicationId !== d.applicationId
      )
        continue
      if (
        change.environmentId !== undefined &&
        change.environmentId !== d.environmentId
      )
        continue
      this.fire(change, at)
    }
  }

  private fire(change: PendingChange, at: number): void {
    this.pending.splice(this.pending.indexOf(change), 1)
    // A scheduled change for an alarm that was deleted since is dropped, not an error.
    if (this.alarms.get(change.alarmName) !== undefined)
      this.alarms.setState(
        change.alarmName,
        change.state,
        change.reason,
        undefined,
        at
      )
  }

  /**
   * Starts a rollback for every watched deployment whose environment has a firing monitor.
   *
   * User guide, "Monitoring deployments for automatic rollback": "if one or more CloudWatch
   * alarms go into the ALARM or INSUFFICIENT_DATA state during a deployment, AWS AppConfig
   * automatically rolls back your configuration data to the previous version" and "A deployment
   * doesn't automatically roll back if actions have been disabled in an associated CloudWatch
   * alarm." AppConfig learns alarm states by reading them (the monitor's role allows
   * cloudwatch:DescribeAlarms), not from transitions, so an alarm that is already firing when a
   * deployment starts is seen at the first check and rolls it back; the emulator checks when
   * DEPLOYING begins (after VALIDATING), at every step and at every alarm change during
   * DEPLOYING and BAKING. That reading of "go into … during a deployment" is the emulator's
   * (AWS does not document the already-firing case).
   */
  private checkAlarms(at: number): void {
    for (const list of this.byEnvironment.values()) {
      const d = list.at(-1)
      if (d === undefined || !WATCHED.includes(d.state)) continue
      const environment = this.store.environments.get(d.environmentId)
      const firing = environment?.monitors
        .map((m) => this.alarms.find(m.alarmArn))
        .find((alarm) => alarm !== undefined && isRollbackWorthy(alarm))
      if (firing === undefined) continue
      d.state = 'ROLLING_BACK'
      d.phaseStartedAt = at
      d.events.push({
        eventType: 'ROLLBACK_STARTED',
        triggeredBy: 'CLOUDWATCH_ALARM',
        description: `Rollback initiated by CloudWatch alarm ${firing.arn} (state ${firing.state})`,
        occurredAt: at
      })
    }
  }
}

function percentageEvent(percentage: number, at: number): DeploymentEvent {
  return {
    eventType: 'PERCENTAGE_UPDATED',
    triggeredBy: 'APPCONFIG',
    description: `Configuration available to ${percentage.toFixed(2)}% of clients`,
    occurredAt: at
  }
}

function bakeStartedEvent(at: number): DeploymentEvent {
  return {
    eventType: 'BAKE_TIME_STARTED',
    triggeredBy: 'APPCONFIG',
    description: 'Deployment bake time started',
    occurredAt: at
  }
}

function completedEvent(at: number): DeploymentEvent {
  return {
    eventType: 'DEPLOYMENT_COMPLETED',
    triggeredBy: 'APPCONFIG',
    description: 'Deployment completed',
    occurredAt: at
  }
}
