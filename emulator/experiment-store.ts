import { createHash } from 'node:crypto'
import type { AppConfigStore } from './appconfig-store.js'
import type { Deployment, DeploymentEngine } from './deployment-engine.js'
import type { EmulatorClock } from './emulator-clock.js'
import { newId } from './ids.js'
import type { Strategy } from './predefined-strategies.js'
import { badRequest, conflict, notFound } from './service-error.js'

/**
 * AppConfig experiments, from the service model (aws-models/appconfig-service-2.json, shapes
 * ExperimentDefinition, ExperimentRun, Treatment, FlagValue) and the user guide's
 * "Experimentation" chapter. Only what the model and the guide say is modelled; where AWS is
 * silent the emulator's reading is marked as such.
 */

/** Treatment (model): `Weight` and `FlagValue` required; `Key` names it (`__c__`, `__t1__` when served). */
export interface Treatment {
  key: string
  weight: number
  description?: string
  /** FlagValue (model): `Enabled` required, `AttributeValues` optional. */
  flagValue: { enabled: boolean; attributeValues?: Record<string, unknown> }
}

/** ExperimentDefinitionStatus (model): `ACTIVE` | `IDLE` | `ARCHIVED`. */
export type DefinitionStatus = 'ACTIVE' | 'IDLE' | 'ARCHIVED'

export interface ExperimentDefinition {
  applicationId: string
  id: string
  name: string
  hypothesis?: string
  /**
   * The model documents the values, not their meaning. The emulator's reading: ACTIVE while a
   * run is RUNNING, IDLE otherwise (ARCHIVED only when seeded so).
   */
  status: DefinitionStatus
  profileId: string
  environmentId: string
  flagKey: string
  audienceRule: string
  treatments: Treatment[]
  control: Treatment
  createdAt: number
  updatedAt: number
}

/** ExperimentRun (model); Status `RUNNING` | `DONE` (ExperimentRunStatus). */
export interface ExperimentRun {
  applicationId: string
  definitionId: string
  run: number
  description?: string
  status: 'RUNNING' | 'DONE'
  exposurePercentage: number
  startedAt: number
  updatedAt: number
  endedAt?: number
  result?: Record<string, string>
  /** The definition as it was at the start (ExperimentRun.ExperimentDefinitionSnapshot). */
  snapshot: ExperimentDefinition
  /** The MANAGED deployments AppConfig made for this run (start, stop). */
  deployments: number[]
}

/** What a client of the flag is served for one entity (Retrieving experiment treatments). */
export interface ServedFlag {
  /** `_variant`: `__c__` for the control, `__t1__`, `__t2__`… for treatments; absent outside a run. */
  variant?: string
  enabled: boolean
  attributes: Record<string, unknown>
}

/**
 * The deployments AppConfig makes for a run: DeploymentSummary.Type is `MANAGED` (model), and
 * StartExperimentRun and StopExperimentRun both take `DeploymentParameters` ("The deployment
 * parameters for the stop operation"), so both deploy. Their pace is not documented; the
 * emulator's reading is at once, with no bake (an experiment's switch is not a rollout).
 */
const MANAGED_STRATEGY: Strategy = {
  id: 'AppConfig.ExperimentManaged',
  name: 'AppConfig.ExperimentManaged',
  description: 'AppConfig-managed experiment deployment (emulator)',
  durationMinutes: 0,
  bakeMinutes: 0,
  growthFactor: 100,
  growthType: 'LINEAR',
  replicateTo: 'NONE',
  tags: {},
  predefined: true
}

/** Definitions and runs; the runs deploy through the deployment engine as MANAGED deployments. */
export class ExperimentStore {
  private readonly definitions = new Map<string, ExperimentDefinition>()
  private readonly runs = new Map<string, ExperimentRun[]>()

  constructor(
    private readonly store: AppConfigStore,
    private readonly engine: DeploymentEngine,
    private readonly clock: EmulatorClock
  ) {}

  /**
   * CreateExperimentDefinition. The flag must exist: the model's FlagKey is "The key of the
   * existing feature flag to use with the experiment", read here from what the environment runs.
   */
  define(input: {
    applicationId: string
    id?: string
    name: string
    hypothesis?: string
    profileId: string
    environmentId: string
    flagKey: string
    audienceRule?: string
    treatments: Omit<Treatment, 'key'>[]
    control: Omit<Treatment, 'key'>
    status?: DefinitionStatus
  }): ExperimentDefinition {
    const applicationId = this.applicationId(input.applicationId)
    const profile = this.profileOf(applicationId, input.profileId)
    const environment = this.environmentOf(applicationId, input.environmentId)
    if (!/^[a-z][a-zA-Z0-9_-]{1,64}/.test(input.flagKey))
      throw badRequest(
        `FlagKey ${input.flagKey} must match ^[a-z][a-zA-Z0-9_-]{1,64}`
      )
    if (input.name.startsWith('AWS.'))
      throw badRequest(
        'Name must not start with AWS. (NameWithReservedAwsPrefix)'
      )
    if (input.treatments.length === 0)
      throw badRequest('Treatments must name at least one treatment')
    if (
      !(
        input.flagKey in this.deployedFlags(applicationId, environment, profile)
      )
    )
      throw badRequest(
        `Flag ${input.flagKey} is not in the configuration ${profile} deploys to ${environment}`
      )
    if (
      [...this.definitions.values()].some(
        (d) => d.name === input.name && d.applicationId === applicationId
      )
    )
      throw conflict(
        `An experiment definition named ${input.name} already exists`
      )
    const now = this.clock.now()
    const id = input.id ?? newId((c) => this.definitions.has(c))
    if (this.definitions.has(id)) throw conflict(`Id ${id} is already in use`)
    const definition: ExperimentDefinition = {
      applicationId,
      id,
      name: input.name,
      hypothesis: input.hypothesis,
      status: input.status ?? 'IDLE',
      profileId: profile,
      environmentId: environment,
      flagKey: input.flagKey,
      audienceRule: input.audienceRule ?? '(true)',
      control: { ...input.control, key: '__c__' },
      treatments: input.treatments.map((t, i) => ({
        ...t,
        key: `__t${i + 1}__`
      })),
      createdAt: now,
      updatedAt: now
    }
    this.definitions.set(id, definition)
    return definition
  }

  /**
   * ListExperimentDefinitions: "You can filter results by application, configuration profile,
   * environment, or status." Each filter is an ID or a name (model: "The … ID or name").
   */
  list(filter: {
    applicationId?: string
    profileId?: string
    environmentId?: string
    status?: string
  }): ExperimentDefinition[] {
    const applicationId =
      filter.applicationId === undefined
        ? undefined
        : this.applicationId(filter.applicationId)
    return [...this.definitions.values()].filter(
      (d) =>
        (applicationId === undefined || d.applicationId === applicationId) &&
        (filter.profileId === undefined ||
          d.profileId ===
            this.profileOf(d.applicationId, filter.profileId, false)) &&
        (filter.environmentId === undefined ||
          d.environmentId ===
            this.environmentOf(d.applicationId, filter.environmentId, false)) &&
        (filter.status === undefined || d.status === filter.status)
    )
  }

  definition(
    applicationIdentifier: string,
    identifier: string
  ): ExperimentDefinition {
    const applicationId = this.applicationId(applicationIdentifier)
    const found =
      this.definitions.get(identifier) ??
      [...this.definitions.values()].find(
        (d) => d.applicationId === applicationId && d.name === identifier
      )
    if (found === undefined || found.applicationId !== applicationId)
      throw notFound('ExperimentDefinition', identifier)
    return found
  }

  /** ListExperimentRuns: "You can filter by status." Oldest first. */
  runsOf(
    applicationId: string,
    definitionIdentifier: string,
    status?: string
  ): ExperimentRun[] {
    const definition = this.definition(applicationId, definitionIdentifier)
    this.engine.settle()
    return (this.runs.get(definition.id) ?? []).filter(
      (r) => status === undefined || r.status === status
    )
  }

  run(
    applicationId: string,
    definitionIdentifier: string,
    run: number
  ): ExperimentRun {
    const found = this.runsOf(applicationId, definitionIdentifier).find(
      (r) => r.run === run
    )
    if (found === undefined) throw notFound('ExperimentRun', String(run))
    return found
  }

  /**
   * StartExperimentRun: "An experiment run delivers treatments to the target audience", through
   * a MANAGED deployment. One RUNNING run per definition at a time is the emulator's reading of
   * the model's ConflictException ("You can start multiple experiment runs from the same
   * experiment definition" is read as one after another).
   */
  start(input: {
    applicationId: string
    definitionId: string
    description?: string
    exposurePercentage?: number
  }): ExperimentRun {
    const definition = this.definition(input.applicationId, input.definitionId)
    if (definition.status === 'ARCHIVED')
      throw conflict(`Experiment definition ${definition.id} is archived`)
    const list = this.runs.get(definition.id) ?? []
    if (list.some((r) => r.status === 'RUNNING'))
      throw conflict(
        `Experiment definition ${definition.id} already has a RUNNING run`
      )
    const deployment = this.deploy(definition)
    const now = this.clock.now()
    const run: ExperimentRun = {
      applicationId: definition.applicationId,
      definitionId: definition.id,
      run: (list.at(-1)?.run ?? 0) + 1,
      description: input.description,
      status: 'RUNNING',
      exposurePercentage: input.exposurePercentage ?? 100,
      startedAt: now,
      updatedAt: now,
      snapshot: structuredClone(definition),
      deployments: [deployment.number]
    }
    list.push(run)
    this.runs.set(definition.id, list)
    definition.status = 'ACTIVE'
    definition.updatedAt = now
    return run
  }

  /**
   * StopExperimentRun: "Stopping an experiment run ends audience exposure and returns users to
   * the currently deployed feature flag configuration." No winner is named: the request has only
   * `Result` (a write-up) and `DeploymentParameters`, both optional. A run that is not RUNNING
   * answers the model's ConflictException.
   */
  stop(input: {
    applicationId: string
    definitionId: string
    run: number
    result?: Record<string, string>
  }): ExperimentRun {
    const run = this.run(input.applicationId, input.definitionId, input.run)
    if (run.status !== 'RUNNING')
      throw conflict(
        `Experiment run ${run.run} of ${run.definitionId} is ${run.status}, not RUNNING`
      )
    const definition = this.definition(input.applicationId, input.definitionId)
    const deployment = this.deploy(definition)
    const now = this.clock.now()
    run.status = 'DONE'
    run.endedAt = now
    run.updatedAt = now
    run.result = input.result
    run.deployments.push(deployment.number)
    if (
      !(this.runs.get(definition.id) ?? []).some((r) => r.status === 'RUNNING')
    )
      definition.status = definition.status === 'ARCHIVED' ? 'ARCHIVED' : 'IDLE'
    definition.updatedAt = now
    return run
  }

  /**
   * What the flag serves to one entity in an environment: while a run is RUNNING, the treatment
   * it is assigned ("The agent returns the same treatment for the same entity for the life of
   * the run"; `_variant` `__c__` / `__t1__`…), for the exposed share of entities; otherwise, and
   * after the run, the deployed flag ("AppConfig stops managing the flag, and your application
   * begins serving the configuration you deployed").
   */
  served(input: {
    applicationId: string
    environmentId: string
    profileId: string
    flagKey: string
    entityId: string
  }): ServedFlag | undefined {
    this.engine.settle()
    const running = [...this.definitions.values()]
      .filter(
        (d) =>
          d.applicationId === input.applicationId &&
          d.environmentId === input.environmentId &&
          d.profileId === input.profileId &&
          d.flagKey === input.flagKey
      )
      .flatMap((d) =>
        (this.runs.get(d.id) ?? []).filter((r) => r.status === 'RUNNING')
      )
      .at(-1)
    if (running !== undefined) {
      const treatment = assign(running, input.entityId)
      if (treatment !== undefined)
        return {
          variant: treatment.key,
          enabled: treatment.flagValue.enabled,
          attributes: { ...(treatment.flagValue.attributeValues ?? {}) }
        }
    }
    const flags = this.deployedFlags(
      input.applicationId,
      input.environmentId,
      input.profileId
    )
    const value = flags[input.flagKey]
    if (value === undefined) return undefined
    // AppConfig's own `_createdAt` / `_updatedAt` stamps are metadata, not attributes.
    const attributes = Object.fromEntries(
      Object.entries(value).filter(
        ([k]) => k !== 'enabled' && !k.startsWith('_')
      )
    )
    return { enabled: value.enabled === true, attributes }
  }

  /** A MANAGED deployment of what the environment runs for the profile, at AppConfig's own pace. */
  private deploy(definition: ExperimentDefinition): Deployment {
    const live = this.engine.deployedConfiguration(
      definition.applicationId,
      definition.environmentId,
      definition.profileId
    )
    if (live === undefined)
      throw badRequest(
        `Nothing of profile ${definition.profileId} is deployed to ${definition.environmentId}`
      )
    // The engine refuses while another deployment is in progress: the model's ConflictException.
    return this.engine.start({
      applicationId: definition.applicationId,
      environmentId: definition.environmentId,
      strategyId: MANAGED_STRATEGY.id,
      profileId: definition.profileId,
      configurationVersion: live.configurationVersion,
      description: `AppConfig experiment ${definition.name}`,
      managed: { strategy: MANAGED_STRATEGY }
    })
  }

  /** The `values` of the flags the environment runs for the profile (its newest COMPLETE deployment). */
  private deployedFlags(
    applicationId: string,
    environmentId: string,
    profileId: string
  ): Record<string, Record<string, unknown>> {
    const live = this.engine.deployedConfiguration(
      applicationId,
      environmentId,
      profileId
    )
    if (live === undefined) return {}
    const version = this.store.version(
      applicationId,
      profileId,
      Number(live.configurationVersion)
    )
    try {
      const parsed = JSON.parse(version.content.toString('utf8')) as {
        values?: Record<string, Record<string, unknown>>
      }
      return parsed.values ?? {}
    } catch {
      return {}
    }
  }

  private applicationId(identifier: string): string {
    if (this.store.applications.has(identifier)) return identifier
    const byName = [...this.store.applications.values()].find(
      (a) => a.name === identifier
    )
    if (byName === undefined) throw notFound('Application', identifier)
    return byName.id
  }

  private profileOf(
    applicationId: string,
    identifier: string,
    strict = true
  ): string {
    const found = this.store
      .profilesOf(applicationId)
      .find((p) => p.id === identifier || p.name === identifier)
    if (found === undefined) {
      if (strict) throw notFound('ConfigurationProfile', identifier)
      return identifier
    }
    return found.id
  }

  private environmentOf(
    applicationId: string,
    identifier: string,
    strict = true
  ): string {
    const found = this.store
      .environmentsOf(applicationId)
      .find((e) => e.id === identifier || e.name === identifier)
    if (found === undefined) {
      if (strict) throw notFound('Environment', identifier)
      return identifier
    }
    return found.id
  }
}

/**
 * The run's treatment for an entity: stable for the life of the run (a hash of run and entity),
 * exposed to `ExposurePercentage` of entities, split by the treatments' weights (control
 * included). Undefined: the entity is outside the exposure and gets the deployed flag.
 */
function assign(run: ExperimentRun, entityId: string): Treatment | undefined {
  const digest = createHash('sha256')
    .update(`${run.definitionId}/${run.run}/${entityId}`)
    .digest()
  const exposure = (digest.readUInt32BE(0) / 0x1_0000_0000) * 100
  if (exposure >= run.exposurePercentage) return undefined
  const all = [run.snapshot.control, ...run.snapshot.treatments]
  const total = all.reduce((sum, t) => sum + t.weight, 0)
  let pick = (digest.readUInt32BE(4) / 0x1_0000_0000) * total
  for (const treatment of all) {
    pick -= treatment.weight
    if (pick < 0) return treatment
  }
  return all.at(-1)
}
