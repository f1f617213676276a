import type {
  Application,
  ConfigurationProfile,
  Environment,
  HostedVersion,
  Strategy
} from './appconfig-store.js'
import type { Deployment, EnvironmentState } from './deployment-engine.js'

/** AppConfig's timestamps: ISO-8601 / RFC 3339 strings (`timestampFormat: iso8601`). */
export function iso(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString()
}

export function applicationOut(a: Application): Record<string, unknown> {
  return { Id: a.id, Name: a.name, Description: a.description }
}

export function environmentOut(
  e: Environment,
  state: EnvironmentState
): Record<string, unknown> {
  return {
    ApplicationId: e.applicationId,
    Id: e.id,
    Name: e.name,
    Description: e.description,
    State: state,
    Monitors: e.monitors.map((m) => ({
      AlarmArn: m.alarmArn,
      AlarmRoleArn: m.alarmRoleArn
    }))
  }
}

export function profileOut(p: ConfigurationProfile): Record<string, unknown> {
  return {
    ApplicationId: p.applicationId,
    Id: p.id,
    Name: p.name,
    Description: p.description,
    LocationUri: p.locationUri,
    RetrievalRoleArn: p.retrievalRoleArn,
    Validators: p.validators,
    Type: p.type,
    KmsKeyIdentifier: p.kmsKeyIdentifier
  }
}

export function profileSummaryOut(
  p: ConfigurationProfile
): Record<string, unknown> {
  return {
    ApplicationId: p.applicationId,
    Id: p.id,
    Name: p.name,
    LocationUri: p.locationUri,
    ValidatorTypes: p.validators.map((v) => v.Type),
    Type: p.type
  }
}

export function strategyOut(s: Strategy): Record<string, unknown> {
  return {
    Id: s.id,
    Name: s.name,
    Description: s.description,
    DeploymentDurationInMinutes: s.durationMinutes,
    GrowthType: s.growthType,
    GrowthFactor: s.growthFactor,
    FinalBakeTimeInMinutes: s.bakeMinutes,
    ReplicateTo: s.replicateTo
  }
}

export function versionSummaryOut(v: HostedVersion): Record<string, unknown> {
  return {
    ApplicationId: v.applicationId,
    ConfigurationProfileId: v.profileId,
    VersionNumber: v.versionNumber,
    Description: v.description,
    ContentType: v.contentType,
    VersionLabel: v.versionLabel
  }
}

/** GetHostedConfigurationVersion / CreateHostedConfigurationVersion: metadata travels in headers. */
export function versionHeaders(v: HostedVersion): Record<string, string> {
  const headers: Record<string, string> = {
    'Application-Id': v.applicationId,
    'Configuration-Profile-Id': v.profileId,
    'Version-Number': String(v.versionNumber),
    'Content-Type': v.contentType
  }
  if (v.description !== undefined) headers.Description = v.description
  if (v.versionLabel !== undefined) headers.VersionLabel = v.versionLabel
  return headers
}

export function deploymentOut(d: Deployment): Record<string, unknown> {
  return {
    ApplicationId: d.applicationId,
    EnvironmentId: d.environmentId,
    DeploymentStrategyId: d.strategy.id,
    ConfigurationProfileId: d.profileId,
    DeploymentNumber: d.number,
    ConfigurationName: d.profileName,
    ConfigurationLocationUri: d.locationUri,
    ConfigurationVersion: d.configurationVersion,
    Description: d.description,
    DeploymentDurationInMinutes: d.strategy.durationMinutes,
    GrowthType: d.strategy.growthType,
    GrowthFactor: d.strategy.growthFactor,
    FinalBakeTimeInMinutes: d.strategy.bakeMinutes,
    State: d.state,
    EventLog: [...d.events].reverse().map((e) => ({
      EventType: e.eventType,
      TriggeredBy: e.triggeredBy,
      Description: e.description,
      ActionInvocations: [],
      OccurredAt: iso(e.occurredAt)
    })),
    PercentageComplete: d.percentage,
    StartedAt: iso(d.startedAt),
    CompletedAt: iso(d.completedAt),
    AppliedExtensions: [],
    KmsKeyIdentifier: d.kmsKeyIdentifier,
    VersionLabel: d.versionLabel
  }
}

export function deploymentSummaryOut(d: Deployment): Record<string, unknown> {
  return {
    DeploymentNumber: d.number,
    ConfigurationProfileId: d.profileId,
    ConfigurationName: d.profileName,
    ConfigurationVersion: d.configurationVersion,
    DeploymentDurationInMinutes: d.strategy.durationMinutes,
    GrowthType: d.strategy.growthType,
    GrowthFactor: d.strategy.growthFactor,
    FinalBakeTimeInMinutes: d.strategy.bakeMinutes,
    State: d.state,
    PercentageComplete: d.percentage,
    StartedAt: iso(d.startedAt),
    CompletedAt: iso(d.completedAt),
    VersionLabel: d.versionLabel,
    Type: d.type ?? 'USER'
  }
}
