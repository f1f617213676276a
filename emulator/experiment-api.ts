import type { AppConfigContext, Route } from './appconfig-api.js'
import { route } from './appconfig-api.js'
import { iso } from './appconfig-output.js'
import type {
  ExperimentDefinition,
  ExperimentRun,
  Treatment
} from './experiment-store.js'
import type { InputReader } from './input-reader.js'
import { paginate } from './paginate.js'
import { badRequest } from './service-error.js'

/**
 * The experiment operations, with their restJson1 bindings from the service model
 * (aws-models/appconfig-service-2.json): `http.method`/`requestUri`, query `locationName`s,
 * `responseCode`. Built on first use, so the route table they join is already defined.
 */
export function experimentRoutes(): readonly Route[] {
  routes ??= build()
  return routes
}

let routes: readonly Route[] | undefined

const DEF = '/applications/{ApplicationIdentifier}/experimentdefinitions'
const ONE = `${DEF}/{ExperimentDefinitionIdentifier}`
const RUNS = `${ONE}/experimentruns`
const LIST = { max_results: 'MaxResults', next_token: 'NextToken' }

function build(): readonly Route[] {
  return [
    // ListExperimentDefinitions: GET /experimentdefinitions, filters in the query string.
    route(
      'ListExperimentDefinitions',
      'GET',
      '/experimentdefinitions',
      listDefinitions,
      {
        query: {
          ...LIST,
          application_identifier: 'ApplicationIdentifier',
          configuration_profile_identifier: 'ConfigurationProfileIdentifier',
          environment_identifier: 'EnvironmentIdentifier',
          status: 'Status'
        }
      }
    ),
    // CreateExperimentDefinition: POST …/experimentdefinitions, 201.
    route('CreateExperimentDefinition', 'POST', DEF, createDefinition, {
      body: 'json'
    }),
    route('GetExperimentDefinition', 'GET', ONE, (r, c) =>
      ok(definitionOut(experiments(c).definition(app(r), definitionId(r))))
    ),
    // ListExperimentRuns: GET …/experimentruns, `status` filter (ExperimentRunStatus).
    route('ListExperimentRuns', 'GET', RUNS, listRuns, {
      query: { ...LIST, status: 'Status' }
    }),
    // StartExperimentRun: POST …/experimentruns, 201.
    route('StartExperimentRun', 'POST', RUNS, startRun, { body: 'json' }),
    route('GetExperimentRun', 'GET', `${RUNS}/{Run}`, (r, c) =>
      ok(runOut(experiments(c).run(app(r), definitionId(r), runNumber(r))))
    ),
    // StopExperimentRun: PATCH …/experimentruns/{Run}/stop, 200.
    route('StopExperimentRun', 'PATCH', `${RUNS}/{Run}/stop`, stopRun, {
      body: 'json'
    })
  ]
}

function experiments(
  c: AppConfigContext
): NonNullable<AppConfigContext['experiments']> {
  if (c.experiments === undefined)
    throw badRequest('Experiments are not enabled in this emulator')
  return c.experiments
}

function ok(
  body: Record<string, unknown>,
  status = 200
): {
  status: number
  body: Record<string, unknown>
} {
  return { status, body }
}

/** Identifier (model): "ID or name", 1 to 2048 characters. */
function ident(r: InputReader, key: string, required: true): string
function ident(
  r: InputReader,
  key: string,
  required?: false
): string | undefined
function ident(
  r: InputReader,
  key: string,
  required = false
): string | undefined {
  return required
    ? r.str(key, { required: true, min: 1, max: 2048 })
    : r.str(key, { min: 1, max: 2048 })
}

function app(r: InputReader): string {
  return ident(r, 'ApplicationIdentifier', true)
}

function definitionId(r: InputReader): string {
  return ident(r, 'ExperimentDefinitionIdentifier', true)
}

/** Run: PositiveInteger (model), minimum 1. */
function runNumber(r: InputReader): number {
  return r.num('Run', { required: true, integer: true, min: 1 })
}

function page<T>(
  r: InputReader,
  all: readonly T[],
  out: (item: T) => Record<string, unknown>
) {
  const size = r.num('MaxResults', { integer: true, min: 1, max: 50 }) ?? 50
  const token = r.str('NextToken', { min: 1, max: 2048 })
  const result = paginate(all, size, token, () =>
    badRequest('The next token is invalid')
  )
  return ok({ Items: result.items.map(out), NextToken: result.nextToken })
}

function listDefinitions(r: InputReader, c: AppConfigContext) {
  const status = r.oneOf('Status', ['ACTIVE', 'IDLE', 'ARCHIVED'] as const)
  const all = experiments(c).list({
    applicationId: ident(r, 'ApplicationIdentifier'),
    profileId: ident(r, 'ConfigurationProfileIdentifier'),
    environmentId: ident(r, 'EnvironmentIdentifier'),
    status
  })
  return page(r, all, definitionSummaryOut)
}

function listRuns(r: InputReader, c: AppConfigContext) {
  const status = r.oneOf('Status', ['RUNNING', 'DONE'] as const)
  return page(
    r,
    experiments(c).runsOf(app(r), definitionId(r), status),
    runSummaryOut
  )
}

function treatmentIn(
  r: InputReader,
  value: unknown,
  where: string
): Omit<Treatment, 'key'> {
  const t = r.child(value, where)
  const flag = t.child(t.input.FlagValue, `${where}.FlagValue`)
  const enabled = flag.bool('Enabled')
  if (enabled === undefined)
    throw badRequest(`${where}.FlagValue.Enabled is required`)
  const attributes = flag.input.AttributeValues
  return {
    weight: t.num('Weight', { required: true, min: 0 }),
    description: t.str('Description', { max: 1024 }),
    flagValue: {
      enabled,
      attributeValues:
        attributes !== null && typeof attributes === 'object'
          ? (attributes as Record<string, unknown>)
          : undefined
    }
  }
}

function createDefinition(r: InputReader, c: AppConfigContext) {
  const definition = experiments(c).define({
    applicationId: app(r),
    name: r.str('Name', { required: true, min: 1, max: 64 }),
    hypothesis: r.str('Hypothesis', { max: 1024 }),
    profileId: ident(r, 'ConfigurationProfileIdentifier', true),
    environmentId: ident(r, 'EnvironmentIdentifier', true),
    flagKey: r.str('FlagKey', { required: true, min: 1, max: 66 }),
    audienceRule: r.str('AudienceRule', { required: true, min: 1, max: 16384 }),
    treatments: r
      .list('Treatments')
      .map((t, i) => treatmentIn(r, t, `Treatments[${i}]`)),
    control: treatmentIn(r, r.input.Control, 'Control')
  })
  return ok(definitionOut(definition), 201)
}

function startRun(r: InputReader, c: AppConfigContext) {
  const run = experiments(c).start({
    applicationId: app(r),
    definitionId: definitionId(r),
    description: r.str('Description', { max: 1024 }),
    exposurePercentage: r.num('ExposurePercentage', { min: 0, max: 100 })
  })
  return ok(runOut(run), 201)
}

function stopRun(r: InputReader, c: AppConfigContext) {
  const result = r.has('Result') ? r.child(r.input.Result, 'Result') : undefined
  const run = experiments(c).stop({
    applicationId: app(r),
    definitionId: definitionId(r),
    run: runNumber(r),
    result:
      result === undefined
        ? undefined
        : Object.fromEntries(
            [
              'ExecutiveSummary',
              'ReasonsToLaunch',
              'ReasonsNotToLaunch'
            ].flatMap((k) => {
              const v = result.str(k, { max: 1024 })
              return v === undefined ? [] : [[k, v]]
            })
          )
  })
  return ok(runOut(run))
}

function treatmentOut(t: Treatment): Record<string, unknown> {
  return {
    Key: t.key,
    Weight: t.weight,
    Description: t.description,
    FlagValue: {
      Enabled: t.flagValue.enabled,
      AttributeValues: t.flagValue.attributeValues
    }
  }
}

/** ExperimentDefinitionSummary (model). */
function definitionSummaryOut(
  d: ExperimentDefinition
): Record<string, unknown> {
  return {
    ApplicationId: d.applicationId,
    Id: d.id,
    Name: d.name,
    Hypothesis: d.hypothesis,
    Status: d.status,
    ConfigurationProfileId: d.profileId,
    EnvironmentId: d.environmentId,
    FlagKey: d.flagKey,
    CreatedAt: iso(d.createdAt),
    UpdatedAt: iso(d.updatedAt)
  }
}

/** ExperimentDefinition (model). */
function definitionOut(d: ExperimentDefinition): Record<string, unknown> {
  return {
    ...definitionSummaryOut(d),
    AudienceRule: d.audienceRule,
    Treatments: d.treatments.map(treatmentOut),
    Control: treatmentOut(d.control)
  }
}

/** ExperimentRunSummary (model). */
function runSummaryOut(r: ExperimentRun): Record<string, unknown> {
  return {
    ExperimentDefinitionId: r.definitionId,
    Run: r.run,
    Description: r.description,
    Status: r.status,
    StartedAt: iso(r.startedAt),
    UpdatedAt: iso(r.updatedAt),
    EndedAt: iso(r.endedAt)
  }
}

/** ExperimentRun (model). */
function runOut(r: ExperimentRun): Record<string, unknown> {
  const s = r.snapshot
  return {
    ApplicationId: r.applicationId,
    ...runSummaryOut(r),
    ExposurePercentage: r.exposurePercentage,
    Result: r.result,
    ExperimentDefinitionSnapshot: {
      ApplicationId: s.applicationId,
      Id: s.id,
      Name: s.name,
      Hypothesis: s.hypothesis,
      ConfigurationProfileId: s.profileId,
      EnvironmentId: s.environmentId,
      FlagKey: s.flagKey,
      AudienceRule: s.audienceRule,
      Treatments: s.treatments.map(treatmentOut),
      Control: treatmentOut(s.control)
    }
  }
}
