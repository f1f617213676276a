import { newId } from './ids.js'
import {
  PREDEFINED_STRATEGIES,
  type Strategy
} from './predefined-strategies.js'
import {
  badRequest,
  conflict,
  notFound,
  ServiceError
} from './service-error.js'

export type { Strategy }

export interface Application {
  id: string
  name: string
  description?: string
  tags: Record<string, string>
}

export interface Monitor {
  alarmArn: string
  alarmRoleArn?: string
}

export interface Environment {
  applicationId: string
  id: string
  name: string
  description?: string
  monitors: Monitor[]
  tags: Record<string, string>
}

export interface Validator {
  Type: string
  Content: string
}

export interface ConfigurationProfile {
  applicationId: string
  id: string
  name: string
  description?: string
  locationUri: string
  type: string
  validators: Validator[]
  retrievalRoleArn?: string
  kmsKeyIdentifier?: string
  tags: Record<string, string>
}

export interface HostedVersion {
  applicationId: string
  profileId: string
  versionNumber: number
  content: Buffer
  contentType: string
  description?: string
  versionLabel?: string
  createdAt: number
}

export const FEATURE_FLAGS_TYPE = 'AWS.AppConfig.FeatureFlags'

/** Applications, environments, profiles, strategies and hosted versions: AppConfig's resources. */
export class AppConfigStore {
  readonly applications = new Map<string, Application>()
  readonly environments = new Map<string, Environment>()
  readonly profiles = new Map<string, ConfigurationProfile>()
  readonly strategies = new Map<string, Strategy>()
  /** Keyed by profile ID; versions in creation order. */
  readonly versions = new Map<string, HostedVersion[]>()
  private readonly ids = new Set<string>()

  constructor() {
    for (const strategy of PREDEFINED_STRATEGIES)
      this.strategies.set(strategy.id, { ...strategy })
  }

  private claimId(id: string | undefined): string {
    if (id !== undefined) {
      if (!/^[a-z0-9]{4,7}$/.test(id))
        throw badRequest(`Id ${id} must match [a-z0-9]{4,7}`)
      if (this.ids.has(id)) throw conflict(`Id ${id} is already in use`)
      this.ids.add(id)
      return id
    }
    const fresh = newId((candidate) => this.ids.has(candidate))
    this.ids.add(fresh)
    return fresh
  }

  createApplication(
    input: Omit<Application, 'id' | 'tags'> & {
      id?: string
      tags?: Record<string, string>
    }
  ): Application {
    const application: Application = {
      ...input,
      id: this.claimId(input.id),
      tags: input.tags ?? {}
    }
    this.applications.set(application.id, application)
    return application
  }

  application(id: string): Application {
    const application = this.applications.get(id)
    if (application === undefined) throw notFound('Application', id)
    return application
  }

  createEnvironment(
    input: Omit<Environment, 'id' | 'tags' | 'monitors'> & {
      id?: string
      tags?: Record<string, string>
      monitors?: Monitor[]
    }
  ): Environment {
    this.application(input.applicationId)
    const environment: Environment = {
      ...input,
      id: this.claimId(input.id),
      monitors: input.monitors ?? [],
      tags: input.tags ?? {}
    }
    this.environments.set(environment.id, environment)
    return environment
  }

  environment(applicationId: string, id: string): Environment {
    this.application(applicationId)
    const environment = this.environments.get(id)
    if (
      environment === undefined ||
      environment.applicationId !== applicationId
    )
      throw notFound('Environment', id)
    return environment
  }

  environmentsOf(applicationId: string): Environment[] {
    this.application(applicationId)
    return [...this.environments.values()].filter(
      (e) => e.applicationId === applicationId
    )
  }

  createProfile(
    input: Omit<ConfigurationProfile, 'id' | 'tags' | 'validators' | 'type'> & {
      id?: string
      tags?: Record<string, string>
      validators?: Validator[]
      type?: string
    }
  ): ConfigurationProfile {
    this.application(input.applicationId)
    const profile: ConfigurationProfile = {
      ...input,
      id: this.claimId(input.id),
      type: input.type ?? 'AWS.Freeform',
      validators: input.validators ?? [],
      tags: input.tags ?? {}
    }
    this.profiles.set(profile.id, profile)
    this.versions.set(profile.id, [])
    return profile
  }

  profile(applicationId: string, id: string): ConfigurationProfile {
    this.application(applicationId)
    const profile = this.profiles.get(id)
    if (profile === undefined || profile.applicationId !== applicationId)
      throw notFound('ConfigurationProfile', id)
    return profile
  }

  profilesOf(applicationId: string): ConfigurationProfile[] {
    this.application(applicationId)
    return [...this.profiles.values()].filter(
      (p) => p.applicationId === applicationId
    )
  }

  createStrategy(
    input: Omit<Strategy, 'id' | 'predefined' | 'tags'> & {
      id?: string
      tags?: Record<string, string>
    }
  ): Strategy {
    const strategy: Strategy = {
      ...input,
      id: this.claimId(input.id),
      tags: input.tags ?? {},
      predefined: false
    }
    this.strategies.set(strategy.id, strategy)
    return strategy
  }

  strategy(id: string): Strategy {
    const strategy = this.strategies.get(id)
    if (strategy === undefined) throw notFound('DeploymentStrategy', id)
    return strategy
  }

  /** Custom strategies first, then the predefined ones, as ListDeploymentStrategies returns them. */
  strategyList(): Strategy[] {
    const all = [...this.strategies.values()]
    return [
      ...all.filter((s) => !s.predefined),
      ...all.filter((s) => s.predefined)
    ]
  }

  /** The hosted versions of a profile, newest first. */
  versionsOf(applicationId: string, profileId: string): HostedVersion[] {
    this.requireHosted(applicationId, profileId)
    return [...(this.versions.get(profileId) ?? [])].reverse()
  }

  version(
    applicationId: string,
    profileId: string,
    versionNumber: number
  ): HostedVersion {
    const found = this.versionsOf(applicationId, profileId).find(
      (v) => v.versionNumber === versionNumber
    )
    if (found === undefined)
      throw notFound('HostedConfigurationVersion', String(versionNumber))
    return found
  }

  latestVersion(profileId: string): HostedVersion | undefined {
    return this.versions.get(profileId)?.at(-1)
  }

  /**
   * Stores a new hosted version. `latestVersionNumber` is AppConfig's optimistic lock: if it is
   * not the current latest number, someone else wrote in between → 409.
   */
  addVersion(input: {
    applicationId: string
    profileId: string
    content: Buffer
    contentType: string
    description?: string
    versionLabel?: string
    latestVersionNumber?: number
    createdAt: number
  }): HostedVersion {
    this.requireHosted(input.applicationId, input.profileId)
    const list = this.versions.get(input.profileId) ?? []
    const latest = list.at(-1)?.versionNumber ?? 0
    if (
      input.latestVersionNumber !== undefined &&
      input.latestVersionNumber !== latest
    )
      throw conflict(
        `LatestVersionNumber ${input.latestVersionNumber} does not match the latest hosted configuration version ${latest}`
      )
    // No uniqueness check on VersionLabel: the API Reference documents only its length (1–64)
    // and pattern `.*[^0-9].*`, checked in appconfig-api.ts, and no error for a label already in
    // use (https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_CreateHostedConfigurationVersion.html,
    // and the `VersionLabel` shape in the service model, aws-models/appconfig-service-2.json).
    // Its ConflictException here is LatestVersionNumber's lock only. The action itself never
    // writes a label twice (src/appconfig/find-same-version.ts).
    const version: HostedVersion = {
      applicationId: input.applicationId,
      profileId: input.profileId,
      versionNumber: latest + 1,
      content: input.content,
      contentType: input.contentType,
      description: input.description,
      versionLabel: input.versionLabel,
      createdAt: input.createdAt
    }
    list.push(version)
    this.versions.set(input.profileId, list)
    return version
  }

  /** StartDeployment's ConfigurationVersion: a hosted version number or its label. */
  resolveVersion(
    applicationId: string,
    profileId: string,
    versionOrLabel: string
  ): HostedVersion {
    const list = this.versionsOf(applicationId, profileId)
    const found = /^\d+$/.test(versionOrLabel)
      ? list.find((v) => v.versionNumber === Number(versionOrLabel))
      : list.find((v) => v.versionLabel === versionOrLabel)
    if (found === undefined)
      throw notFound('HostedConfigurationVersion', versionOrLabel)
    return found
  }

  private requireHosted(
    applicationId: string,
    profileId: string
  ): ConfigurationProfile {
    const profile = this.profile(applicationId, profileId)
    if (profile.locationUri !== 'hosted')
      throw new ServiceError(
        'BadRequestException',
        400,
        `Configuration profile ${profileId} is not stored in the AppConfig hosted configuration store (LocationUri ${profile.locationUri})`
      )
    return profile
  }
}
