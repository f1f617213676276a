import type { IncomingHttpHeaders } from 'node:http'
import type { AppConfigStore, Monitor } from './appconfig-store.js'
import {
  applicationOut,
  deploymentOut,
  deploymentSummaryOut,
  environmentOut,
  profileOut,
  profileSummaryOut,
  strategyOut,
  versionHeaders,
  versionSummaryOut
} from './appconfig-output.js'
import type { DeploymentEngine } from './deployment-engine.js'
import { experimentRoutes } from './experiment-api.js'
import type { ExperimentStore } from './experiment-store.js'
import type { EmulatorClock } from './emulator-clock.js'
import { appConfigReader, type InputReader } from './input-reader.js'
import { paginate } from './paginate.js'
import { checkTags, tagsOf } from './resource-tags.js'
import { badRequest, ServiceError } from './service-error.js'
import { storeHostedVersion } from './store-hosted-version.js'

/** What a handler answers; the HTTP layer writes it. Objects are sent as JSON. */
export interface Reply {
  status: number
  headers?: Record<string, string>
  body?: Buffer | Record<string, unknown>
}

export interface AppConfigContext {
  store: AppConfigStore
  engine: DeploymentEngine
  clock: EmulatorClock
  /** Hosted configuration size limit in bytes (2,048 KB by default, spec §2.4). */
  maxContentBytes: number
  /** Region and account of the resource ARNs the tag operations accept. */
  region: string
  accountId: string
  /** Experiment definitions and runs (experiment-store.ts). */
  experiments?: ExperimentStore
}

export interface Route {
  operation: string
  method: string
  regex: RegExp
  labels: string[]
  query: Record<string, string>
  /** Query keys that may repeat (`?tagKeys=a&tagKeys=b`), decoded as lists. */
  queryLists: Record<string, string>
  headers: Record<string, string>
  body: 'json' | 'blob' | 'none'
  handle: (input: InputReader, ctx: AppConfigContext) => Reply | Promise<Reply>
}

const LIST_QUERY = { max_results: 'MaxResults', next_token: 'NextToken' }
const NAME = { required: true, min: 1, max: 64 } as const
const DESCRIPTION = { max: 1024 } as const

export function route(
  operation: string,
  method: string,
  pattern: string,
  handle: Route['handle'],
  options: {
    query?: Record<string, string>
    queryLists?: Record<string, string>
    headers?: Record<string, string>
    body?: Route['body']
  } = {}
): Route {
  const labels: string[] = []
  const source = pattern.replace(/\{(\w+)\}/g, (_m, label: string) => {
    labels.push(label)
    return '([^/]+)'
  })
  return {
    operation,
    method,
    regex: new RegExp(`^${source}$`),
    labels,
    query: options.query ?? {},
    queryLists: options.queryLists ?? {},
    headers: options.headers ?? {},
    body: options.body ?? 'none',
    handle
  }
}

const APP = '/applications/{ApplicationId}'
const ENV = `${APP}/environments/{EnvironmentId}`
const PROFILE = `${APP}/configurationprofiles/{ConfigurationProfileId}`

/** The AppConfig operations the emulator serves, with their restJson1 bindings (spec §3.1). */
export const APPCONFIG_ROUTES: readonly Route[] = [
  route('CreateApplication', 'POST', '/applications', createApplication, {
    body: 'json'
  }),
  route('ListApplications', 'GET', '/applications', listApplications, {
    query: LIST_QUERY
  }),
  route('GetApplication', 'GET', APP, (r, c) =>
    ok(applicationOut(c.store.application(id(r, 'ApplicationId'))))
  ),
  route('CreateEnvironment', 'POST', `${APP}/environments`, createEnvironment, {
    body: 'json'
  }),
  route('ListEnvironments', 'GET', `${APP}/environments`, listEnvironments, {
    query: LIST_QUERY
  }),
  route('GetEnvironment', 'GET', ENV, getEnvironment),
  route(
    'CreateConfigurationProfile',
    'POST',
    `${APP}/configurationprofiles`,
    createProfile,
    { body: 'json' }
  ),
  route(
    'ListConfigurationProfiles',
    'GET',
    `${APP}/configurationprofiles`,
    listProfiles,
    {
      query: { ...LIST_QUERY, type: 'Type' }
    }
  ),
  route('GetConfigurationProfile', 'GET', PROFILE, (r, c) =>
    ok(
      profileOut(
        c.store.profile(id(r, 'ApplicationId'), id(r, 'ConfigurationProfileId'))
      )
    )
  ),
  route(
    'CreateDeploymentStrategy',
    'POST',
    '/deploymentstrategies',
    createStrategy,
    { body: 'json' }
  ),
  route(
    'ListDeploymentStrategies',
    'GET',
    '/deploymentstrategies',
    listStrategies,
    { query: LIST_QUERY }
  ),
  route(
    'GetDeploymentStrategy',
    'GET',
    '/deploymentstrategies/{DeploymentStrategyId}',
    (r, c) => ok(strategyOut(c.store.strategy(id(r, 'DeploymentStrategyId'))))
  ),
  route(
    'CreateHostedConfigurationVersion',
    'POST',
    `${PROFILE}/hostedconfigurationversions`,
    createVersion,
    {
      body: 'blob',
      headers: {
        'content-type': 'ContentType',
        description: 'Description',
        'latest-version-number': 'LatestVersionNumber',
        versionlabel: 'VersionLabel'
      }
    }
  ),
  route(
    'ListHostedConfigurationVersions',
    'GET',
    `${PROFILE}/hostedconfigurationversions`,
    listVersions,
    {
      query: { ...LIST_QUERY, version_label: 'VersionLabel' }
    }
  ),
  route(
    'GetHostedConfigurationVersion',
    'GET',
    `${PROFILE}/hostedconfigurationversions/{VersionNumber}`,
    getVersion
  ),
  route('StartDeployment', 'POST', `${ENV}/deployments`, startDeployment, {
    body: 'json'
  }),
  route('ListDeployments', 'GET', `${ENV}/deployments`, listDeployments, {
    query: LIST_QUERY
  }),
  route(
    'GetDeployment',
    'GET',
    `${ENV}/deployments/{DeploymentNumber}`,
    (r, c) =>
      ok(
        deploymentOut(
          c.engine.deployment(
            id(r, 'ApplicationId'),
            id(r, 'EnvironmentId'),
            deploymentNumber(r)
          )
        )
      )
  ),
  route(
    'StopDeployment',
    'DELETE',
    `${ENV}/deployments/{DeploymentNumber}`,
    stopDeployment,
    {
      headers: { 'allow-revert': 'AllowRevert' }
    }
  ),
  // The ARN is one path label; the SDK percent-encodes its `:` and `/`.
  route('ListTagsForResource', 'GET', '/tags/{ResourceArn}', (r, c) =>
    ok({ Tags: { ...resourceTags(r, c) } })
  ),
  route('TagResource', 'POST', '/tags/{ResourceArn}', tagResource, {
    body: 'json'
  }),
  route('UntagResource', 'DELETE', '/tags/{ResourceArn}', untagResource, {
    queryLists: { tagKeys: 'TagKeys' }
  })
]

/** A request matched to its operation, with the model-level input decoded from path, query, headers and body. */
export interface MatchedRequest {
  operation: string
  input: Record<string, unknown>
  route: Route
}

/** Finds the route for a method + path (labels still percent-encoded); undefined when not served. */
export function matchAppConfig(
  method: string,
  pathname: string
): { route: Route; labels: Record<string, string> } | undefined {
  for (const candidate of [...APPCONFIG_ROUTES, ...experimentRoutes()]) {
    if (candidate.method !== method) continue
    const match = candidate.regex.exec(pathname)
    if (match === null) continue
    const labels: Record<string, string> = {}
    // One required group per label (appConfigRoute), so each is in the match.
    candidate.labels.forEach((label, i) => (labels[label] = match[i + 1]!))
    return { route: candidate, labels }
  }
  return undefined
}

/** Turns the wire request into the operation's input, as the SDK's serializer built it. */
export function decodeAppConfigInput(
  route: Route,
  labels: Record<string, string>,
  query: URLSearchParams,
  headers: IncomingHttpHeaders,
  body: Buffer
): Record<string, unknown> {
  const input: Record<string, unknown> = {}
  if (route.body === 'json' && body.length > 0) {
    let parsed: unknown
    try {
      parsed = JSON.parse(body.toString('utf8'))
    } catch {
      throw new ServiceError(
        'BadRequestException',
        400,
        'Could not parse the request body as JSON'
      )
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new ServiceError(
        'BadRequestException',
        400,
        'The request body must be a JSON object'
      )
    Object.assign(input, parsed)
  }
  if (route.body === 'blob') input.Content = body
  for (const [wire, member] of Object.entries(route.query)) {
    const value = query.get(wire)
    if (value !== null) input[member] = value
  }
  for (const [wire, member] of Object.entries(route.queryLists)) {
    const values = query.getAll(wire)
    if (values.length > 0) input[member] = values
  }
  for (const [wire, member] of Object.entries(route.headers)) {
    const value = headers[wire]
    if (typeof value === 'string') input[member] = value
  }
  for (const [label, raw] of Object.entries(labels)) {
    try {
      input[label] = decodeURIComponent(raw)
    } catch {
      throw new ServiceError(
        'BadRequestException',
        400,
        `${label} is not a valid URI path segment`
      )
    }
  }
  // Path, query and header members arrive as text; type them as the model does, so the call
  // log reads like the SDK input (`MaxResults: 2`, `AllowRevert: true`).
  for (const key of INTEGER_MEMBERS)
    if (typeof input[key] === 'string' && /^-?\d+$/.test(input[key]))
      input[key] = Number(input[key])
  if (input.AllowRevert === 'true' || input.AllowRevert === 'false')
    input.AllowRevert = input.AllowRevert === 'true'
  return input
}

const INTEGER_MEMBERS = [
  'MaxResults',
  'LatestVersionNumber',
  'VersionNumber',
  'DeploymentNumber',
  'Run'
]

export function handleAppConfig(
  route: Route,
  input: Record<string, unknown>,
  ctx: AppConfigContext
): Reply | Promise<Reply> {
  return route.handle(appConfigReader(input), ctx)
}

function ok(body: Record<string, unknown>, status = 200): Reply {
  return { status, body }
}

function id(r: InputReader, key: string): string {
  return r.str(key, { required: true, min: 1, max: 128 })
}

function deploymentNumber(r: InputReader): number {
  return r.num('DeploymentNumber', { required: true, integer: true, min: 1 })
}

function page<T>(
  r: InputReader,
  all: readonly T[],
  out: (item: T) => Record<string, unknown>
): Reply {
  const size = r.num('MaxResults', { integer: true, min: 1, max: 50 }) ?? 50
  const token = r.str('NextToken', { min: 1, max: 2048 })
  const result = paginate(all, size, token, () =>
    badRequest('The next token is invalid')
  )
  return ok({ Items: result.items.map(out), NextToken: result.nextToken })
}

function createApplication(r: InputReader, c: AppConfigContext): Reply {
  const application = c.store.createApplication({
    name: r.str('Name', NAME),
    description: r.str('Description', DESCRIPTION),
    tags: r.tags()
  })
  return ok(applicationOut(application), 201)
}

function listApplications(r: InputReader, c: AppConfigContext): Reply {
  return page(r, [...c.store.applications.values()], applicationOut)
}

function readMonitors(r: InputReader): Monitor[] {
  return r.list('Monitors', { max: 5 }).map((item, i) => {
    const m = r.child(item, `Monitors[${i}]`)
    return {
      alarmArn: m.str('AlarmArn', { required: true, min: 1, max: 2048 }),
      alarmRoleArn: m.str('AlarmRoleArn', { min: 20, max: 2048 })
    }
  })
}

function createEnvironment(r: InputReader, c: AppConfigContext): Reply {
  const environment = c.store.createEnvironment({
    applicationId: id(r, 'ApplicationId'),
    name: r.str('Name', NAME),
    description: r.str('Description', DESCRIPTION),
    monitors: readMonitors(r),
    tags: r.tags()
  })
  return ok(
    environmentOut(environment, c.engine.environmentState(environment.id)),
    201
  )
}

function listEnvironments(r: InputReader, c: AppConfigContext): Reply {
  return page(r, c.store.environmentsOf(id(r, 'ApplicationId')), (e) =>
    environmentOut(e, c.engine.environmentState(e.id))
  )
}

function getEnvironment(r: InputReader, c: AppConfigContext): Reply {
  const environment = c.store.environment(
    id(r, 'ApplicationId'),
    id(r, 'EnvironmentId')
  )
  return ok(
    environmentOut(environment, c.engine.environmentState(environment.id))
  )
}

function createProfile(r: InputReader, c: AppConfigContext): Reply {
  const validators = r.list('Validators', { max: 2 }).map((item, i) => {
    const v = r.child(item, `Validators[${i}]`)
    return {
      Type:
        v.oneOf('Type', ['JSON_SCHEMA', 'LAMBDA'] as const) ?? 'JSON_SCHEMA',
      Content: v.str('Content', { required: true, max: 32768 })
    }
  })
  const profile = c.store.createProfile({
    applicationId: id(r, 'ApplicationId'),
    name: r.str('Name', { required: true, min: 1, max: 128 }),
    description: r.str('Description', DESCRIPTION),
    locationUri: r.str('LocationUri', { required: true, min: 1, max: 2048 }),
    type: r.str('Type', { pattern: /^[a-zA-Z0-9.-]+$/ }),
    retrievalRoleArn: r.str('RetrievalRoleArn', { min: 20, max: 2048 }),
    kmsKeyIdentifier: r.str('KmsKeyIdentifier', { min: 1, max: 2048 }),
    validators,
    tags: r.tags()
  })
  return ok(profileOut(profile), 201)
}

function listProfiles(r: InputReader, c: AppConfigContext): Reply {
  const type = r.str('Type')
  const all = c.store
    .profilesOf(id(r, 'ApplicationId'))
    .filter((p) => type === undefined || p.type === type)
  return page(r, all, profileSummaryOut)
}

function createStrategy(r: InputReader, c: AppConfigContext): Reply {
  const strategy = c.store.createStrategy({
    name: r.str('Name', NAME),
    description: r.str('Description', DESCRIPTION),
    durationMinutes: r.num('DeploymentDurationInMinutes', {
      required: true,
      integer: true,
      min: 0,
      max: 1440
    }),
    bakeMinutes:
      r.num('FinalBakeTimeInMinutes', { integer: true, min: 0, max: 1440 }) ??
      0,
    growthFactor: r.num('GrowthFactor', { required: true, min: 1, max: 100 }),
    growthType:
      r.oneOf('GrowthType', ['LINEAR', 'EXPONENTIAL'] as const, 'LINEAR') ??
      'LINEAR',
    replicateTo:
      r.oneOf('ReplicateTo', ['NONE', 'SSM_DOCUMENT'] as const, 'NONE') ??
      'NONE',
    tags: r.tags()
  })
  return ok(strategyOut(strategy), 201)
}

function listStrategies(r: InputReader, c: AppConfigContext): Reply {
  return page(r, c.store.strategyList(), strategyOut)
}

async function createVersion(
  r: InputReader,
  c: AppConfigContext
): Promise<Reply> {
  const applicationId = id(r, 'ApplicationId')
  const profileId = id(r, 'ConfigurationProfileId')
  c.store.profile(applicationId, profileId)
  const raw = r.input.Content
  const content = raw instanceof Uint8Array ? Buffer.from(raw) : Buffer.alloc(0)
  const contentType = r.str('ContentType', { required: true, min: 1, max: 255 })
  const description = r.str('Description', DESCRIPTION)
  const versionLabel = r.str('VersionLabel', {
    min: 1,
    max: 64,
    pattern: /[^0-9]/
  })
  const latestVersionNumber = r.num('LatestVersionNumber', { integer: true })
  if (description !== undefined && !/^[\x20-\x7e]*$/.test(description))
    throw badRequest(
      'Description must be ASCII text (it travels in an HTTP header)'
    )
  const version = await storeHostedVersion(c, {
    applicationId,
    profileId,
    content,
    contentType,
    description,
    versionLabel,
    latestVersionNumber
  })
  return {
    status: 201,
    headers: versionHeaders(version),
    body: version.content
  }
}

function listVersions(r: InputReader, c: AppConfigContext): Reply {
  const label = r.str('VersionLabel', { min: 1, max: 64 })
  // Model: "This parameter supports filtering by prefix using a wildcard, for example "v2*". If
  // you don't specify an asterisk at the end of the value, only an exact match is returned."
  const matches = (versionLabel: string | undefined): boolean =>
    label === undefined ||
    (label.endsWith('*')
      ? (versionLabel ?? '').startsWith(label.slice(0, -1))
      : versionLabel === label)
  const all = c.store
    .versionsOf(id(r, 'ApplicationId'), id(r, 'ConfigurationProfileId'))
    .filter((v) => matches(v.versionLabel))
  return page(r, all, versionSummaryOut)
}

function getVersion(r: InputReader, c: AppConfigContext): Reply {
  const version = c.store.version(
    id(r, 'ApplicationId'),
    id(r, 'ConfigurationProfileId'),
    r.num('VersionNumber', { required: true, integer: true })
  )
  return {
    status: 200,
    headers: versionHeaders(version),
    body: version.content
  }
}

/** StartDeployment; `Tags` is "Metadata to assign to the deployment" (model), kept for ListTagsForResource. */
function startDeployment(r: InputReader, c: AppConfigContext): Reply {
  const deployment = c.engine.start({
    applicationId: id(r, 'ApplicationId'),
    environmentId: id(r, 'EnvironmentId'),
    strategyId: r.str('DeploymentStrategyId', {
      required: true,
      min: 1,
      max: 128
    }),
    profileId: r.str('ConfigurationProfileId', {
      required: true,
      min: 1,
      max: 128
    }),
    configurationVersion: r.str('ConfigurationVersion', {
      required: true,
      min: 1,
      max: 1024
    }),
    description: r.str('Description', DESCRIPTION),
    kmsKeyIdentifier: r.str('KmsKeyIdentifier', { min: 1, max: 2048 }),
    tags: checkedTags(r),
    latestDeploymentNumber: r.num('LatestDeploymentNumber', { integer: true })
  })
  return ok(deploymentOut(deployment), 201)
}

function listDeployments(r: InputReader, c: AppConfigContext): Reply {
  return page(
    r,
    c.engine.deploymentsOf(id(r, 'ApplicationId'), id(r, 'EnvironmentId')),
    deploymentSummaryOut
  )
}

function stopDeployment(r: InputReader, c: AppConfigContext): Reply {
  const deployment = c.engine.stop(
    id(r, 'ApplicationId'),
    id(r, 'EnvironmentId'),
    deploymentNumber(r),
    r.bool('AllowRevert') ?? false
  )
  return ok(deploymentOut(deployment), 202)
}

function checkedTags(r: InputReader): Record<string, string> {
  const tags = r.tags()
  checkTags(tags)
  return tags
}

function resourceTags(
  r: InputReader,
  c: AppConfigContext
): Record<string, string> {
  return tagsOf(
    r.str('ResourceArn', { required: true, min: 20, max: 2048 }),
    c,
    c.store,
    c.engine
  )
}

function tagResource(r: InputReader, c: AppConfigContext): Reply {
  const tags = resourceTags(r, c)
  if (!r.has('Tags')) throw badRequest('Tags is required')
  const added = r.tags()
  // The model's TagMap limit (50) applies to what the resource ends up with.
  checkTags({ ...tags, ...added })
  Object.assign(tags, added)
  return { status: 204 }
}

function untagResource(r: InputReader, c: AppConfigContext): Reply {
  const tags = resourceTags(r, c)
  if (!r.has('TagKeys')) throw badRequest('TagKeys is required')
  for (const key of r.strList('TagKeys', { max: 50 })) delete tags[key]
  return { status: 204 }
}
