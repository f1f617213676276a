import type { AlarmDefinition, AlarmState, AlarmStore } from './alarm-store.js'
import type { AppConfigContext } from './appconfig-api.js'
import { storeHostedVersion } from './store-hosted-version.js'
import { FEATURE_FLAGS_TYPE } from './appconfig-store.js'
import type { GrowthType } from './deployment-plan.js'
import type { DeploymentEngine } from './deployment-engine.js'

/** A CloudWatch alarm to create. `settings` are PutMetricAlarm members in AWS casing. */
export interface SeedAlarm {
  name: string
  /** Default `metric`. */
  type?: 'metric' | 'composite'
  /** Default `OK` in seeds (PutMetricAlarm starts new alarms in INSUFFICIENT_DATA). */
  state?: AlarmState
  stateReason?: string
  description?: string
  /** Default true; AppConfig ignores alarms whose actions are disabled. */
  actionsEnabled?: boolean
  /** Composite alarms: e.g. `ALARM("checkout-5xx") OR ALARM("checkout-latency")`. */
  alarmRule?: string
  /** E.g. `{ "Namespace": "Checkout", "MetricName": "5xx", "Threshold": 5, … }`. */
  settings?: Record<string, unknown>
}

export interface SeedStrategy {
  id?: string
  name: string
  description?: string
  durationMinutes: number
  bakeMinutes?: number
  growthFactor: number
  /** Default LINEAR. */
  growthType?: GrowthType
}

/** A monitor: an alarm name (seeded or not) or a full alarm ARN. */
export type SeedMonitor = string | { alarm: string; alarmRoleArn?: string }

export interface SeedEnvironment {
  id?: string
  name: string
  description?: string
  monitors?: SeedMonitor[]
}

export interface SeedVersion {
  /** A string is stored as is; any other JSON value is stored as its JSON text. */
  content: unknown
  /** Default `application/json`. */
  contentType?: string
  label?: string
  description?: string
}

export interface SeedProfile {
  id?: string
  name: string
  /** Default `AWS.AppConfig.FeatureFlags`. */
  type?: string
  /** Default `hosted`. */
  locationUri?: string
  description?: string
  /** Hosted versions, numbered 1, 2, … in this order. */
  versions?: SeedVersion[]
}

/** A deployment that had already completed when the emulator started. */
export interface SeedDeployment {
  /** Environment name or ID. */
  environment: string
  /** Profile name or ID. */
  profile: string
  /** Version number or label. */
  version: number | string
  /** Strategy ID or name; default `AppConfig.AllAtOnce`. */
  strategy?: string
  description?: string
  /** How long ago (emulated minutes) it completed; default 60. */
  completedMinutesAgo?: number
}

export interface SeedApplication {
  id?: string
  name: string
  description?: string
  environments?: SeedEnvironment[]
  configurationProfiles?: SeedProfile[]
  deployments?: SeedDeployment[]
}

/** An alarm change scheduled at seed time: after some emulated minutes, or when a deployment reaches a percentage. */
export interface SeedAlarmChange {
  alarm: string
  state: AlarmState
  reason?: string
  afterMinutes?: number
  atPercentage?: number
  /** With `atPercentage`: only deployments of this application / environment (names or IDs). */
  application?: string
  environment?: string
}

/** The emulator's seed file format (documented in emulator/README.md). */
export interface EmulatorSeed {
  alarms?: SeedAlarm[]
  deploymentStrategies?: SeedStrategy[]
  applications?: SeedApplication[]
  alarmSchedule?: SeedAlarmChange[]
}

/** The IDs the seed produced, by name, so tests and the CLI can address what was created. */
export interface SeedResult {
  applications: Record<
    string,
    {
      id: string
      environments: Record<string, string>
      configurationProfiles: Record<string, string>
    }
  >
  deploymentStrategies: Record<string, string>
  alarms: Record<string, string>
}

export interface SeedTargets {
  appconfig: AppConfigContext
  alarms: AlarmStore
  engine: DeploymentEngine
}

/** Creates everything a seed describes, in dependency order; throws on the first invalid entry. */
export async function applySeed(
  seed: EmulatorSeed,
  t: SeedTargets
): Promise<SeedResult> {
  const { store, clock } = t.appconfig
  const now = clock.now()
  const result: SeedResult = {
    applications: {},
    deploymentStrategies: {},
    alarms: {}
  }
  for (const alarm of seed.alarms ?? []) {
    const created = t.alarms.put(seedAlarmDefinition(alarm), now)
    result.alarms[created.name] = created.arn
  }
  for (const s of seed.deploymentStrategies ?? []) {
    const strategy = store.createStrategy({
      id: s.id,
      name: s.name,
      description: s.description,
      durationMinutes: s.durationMinutes,
      bakeMinutes: s.bakeMinutes ?? 0,
      growthFactor: s.growthFactor,
      growthType: s.growthType ?? 'LINEAR',
      replicateTo: 'NONE'
    })
    result.deploymentStrategies[strategy.name] = strategy.id
  }
  const strategyId = (ref: string | undefined): string => {
    if (ref === undefined) return 'AppConfig.AllAtOnce'
    return store.strategies.has(ref)
      ? ref
      : (store.strategyList().find((s) => s.name === ref)?.id ?? ref)
  }
  for (const a of seed.applications ?? []) {
    const application = store.createApplication({
      id: a.id,
      name: a.name,
      description: a.description
    })
    const ids = {
      id: application.id,
      environments: {} as Record<string, string>,
      configurationProfiles: {} as Record<string, string>
    }
    result.applications[a.name] = ids
    for (const e of a.environments ?? []) {
      const environment = store.createEnvironment({
        applicationId: application.id,
        id: e.id,
        name: e.name,
        description: e.description,
        monitors: (e.monitors ?? []).map((m) => {
          const ref = typeof m === 'string' ? m : m.alarm
          return {
            alarmArn: ref.startsWith('arn:') ? ref : t.alarms.arnOf(ref),
            alarmRoleArn: typeof m === 'string' ? undefined : m.alarmRoleArn
          }
        })
      })
      ids.environments[e.name] = environment.id
    }
    for (const p of a.configurationProfiles ?? []) {
      const profile = store.createProfile({
        applicationId: application.id,
        id: p.id,
        name: p.name,
        description: p.description,
        locationUri: p.locationUri ?? 'hosted',
        type: p.type ?? FEATURE_FLAGS_TYPE
      })
      ids.configurationProfiles[p.name] = profile.id
      for (const v of p.versions ?? []) {
        await storeHostedVersion(t.appconfig, {
          applicationId: application.id,
          profileId: profile.id,
          content: Buffer.from(
            typeof v.content === 'string'
              ? v.content
              : JSON.stringify(v.content)
          ),
          contentType: v.contentType ?? 'application/json',
          description: v.description,
          versionLabel: v.label
        })
      }
    }
    for (const d of a.deployments ?? []) {
      t.engine.addCompleted({
        applicationId: application.id,
        environmentId: ids.environments[d.environment] ?? d.environment,
        profileId: ids.configurationProfiles[d.profile] ?? d.profile,
        configurationVersion: String(d.version),
        strategyId: strategyId(d.strategy),
        description: d.description,
        endedAt: now - (d.completedMinutesAgo ?? 60) * 60_000
      })
    }
  }
  for (const change of seed.alarmSchedule ?? []) {
    const app =
      change.application === undefined
        ? undefined
        : result.applications[change.application]
    const applicationId = app?.id ?? change.application
    const environmentId =
      change.environment === undefined
        ? undefined
        : (Object.values(result.applications)
            .map((x) => x.environments[change.environment ?? ''])
            .find((x) => x !== undefined) ?? change.environment)
    t.engine.schedule({
      alarmName: change.alarm,
      state: change.state,
      reason: change.reason,
      when:
        change.atPercentage !== undefined
          ? { percentage: change.atPercentage, applicationId, environmentId }
          : { afterMs: (change.afterMinutes ?? 0) * 60_000 }
    })
  }
  return result
}

/** A seed alarm as the alarm store takes it; seeded metric alarms start OK unless told otherwise. */
export function seedAlarmDefinition(alarm: SeedAlarm): AlarmDefinition {
  return {
    kind: alarm.type === 'composite' ? 'CompositeAlarm' : 'MetricAlarm',
    name: alarm.name,
    description: alarm.description,
    actionsEnabled: alarm.actionsEnabled,
    alarmRule: alarm.alarmRule,
    settings: alarm.settings,
    state: alarm.state ?? (alarm.type === 'composite' ? undefined : 'OK'),
    stateReason: alarm.stateReason ?? 'Seeded by the emulator'
  }
}
