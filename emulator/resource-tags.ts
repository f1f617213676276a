import type { AppConfigStore } from './appconfig-store.js'
import type { DeploymentEngine } from './deployment-engine.js'
import { badRequest, notFound } from './service-error.js'

/** Where an AppConfig ARN points: the region and account the emulator answers for. */
export interface ArnScope {
  region: string
  accountId: string
}

/**
 * AppConfig resource ARNs, `arn:aws:appconfig:<region>:<account>:<resource>` with resource
 * `application/<app>`, `application/<app>/environment/<env>`,
 * `application/<app>/configurationprofile/<profile>`, `deploymentstrategy/<id>` and, for a
 * deployment, `application/<app>/environment/<env>/deployment/<number>`. The model does not spell
 * these out; the deployment shape is the one hashicorp/terraform-provider-aws builds for
 * `aws_appconfig_deployment.arn` (observed, not AWS documentation).
 */
export function appConfigArn(scope: ArnScope, resource: string): string {
  return `arn:aws:appconfig:${scope.region}:${scope.accountId}:${resource}`
}

export function deploymentArn(
  scope: ArnScope,
  applicationId: string,
  environmentId: string,
  number: number
): string {
  return appConfigArn(
    scope,
    `application/${applicationId}/environment/${environmentId}/deployment/${number}`
  )
}

const ARN = /^arn:aws[a-zA-Z-]*:appconfig:([a-z0-9-]*):(\d{12}):(.+)$/

/**
 * The live tag map of the resource an ARN names (TagResource / UntagResource change it in
 * place). Malformed ARNs → 400 BadRequestException; well-formed ones naming nothing → 404.
 */
export function tagsOf(
  arn: string,
  scope: ArnScope,
  store: AppConfigStore,
  engine: DeploymentEngine
): Record<string, string> {
  const match = ARN.exec(arn)
  if (match === null)
    throw badRequest(`ResourceArn ${arn} is not an AppConfig ARN`)
  const [, region, accountId, resource = ''] = match
  if (region !== scope.region || accountId !== scope.accountId)
    throw notFound('Resource', arn)
  const parts = resource.split('/')
  const [kind, id, child, childId, sub, number] = parts
  if (id === undefined) throw notFound('Resource', arn)
  if (kind === 'deploymentstrategy' && parts.length === 2)
    return store.strategy(id).tags
  if (kind !== 'application') throw notFound('Resource', arn)
  if (parts.length === 2) return store.application(id).tags
  if (childId === undefined) throw notFound('Resource', arn)
  if (parts.length === 4 && child === 'configurationprofile')
    return store.profile(id, childId).tags
  if (child !== 'environment') throw notFound('Resource', arn)
  if (parts.length === 4) return store.environment(id, childId).tags
  if (
    parts.length === 6 &&
    sub === 'deployment' &&
    number !== undefined &&
    /^\d+$/.test(number)
  )
    return engine.deployment(id, childId, Number(number)).tags
  throw notFound('Resource', arn)
}

/** The model's TagMap: at most 50 entries, keys 1–128 characters, values up to 256. */
export function checkTags(tags: Record<string, string>, what = 'Tags'): void {
  const entries = Object.entries(tags)
  if (entries.length > 50)
    throw badRequest(`${what} can hold at most 50 tags, got ${entries.length}`)
  for (const [key, value] of entries) {
    if (key.length < 1 || key.length > 128)
      throw badRequest(`${what}: tag key ${key} must be 1 to 128 characters`)
    // TagResource's documentation: the key "must not start with aws:".
    if (key.toLowerCase().startsWith('aws:'))
      throw badRequest(`${what}: tag key ${key} must not start with aws:`)
    if (value.length > 256)
      throw badRequest(
        `${what}: the value of tag ${key} is over 256 characters`
      )
  }
}
