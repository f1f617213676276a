import type { InitializeMiddleware, MetadataBearer } from '@smithy/types'

/** The input fields that say what a call is about, with the short name a debug line uses. */
const TARGET_FIELDS: readonly (readonly [string, string])[] = [
  ['ApplicationId', 'application'],
  ['EnvironmentId', 'environment'],
  ['ConfigurationProfileId', 'profile'],
  ['DeploymentStrategyId', 'strategy'],
  ['DeploymentNumber', 'deployment'],
  ['VersionNumber', 'version'],
  ['ResourceArn', 'resource']
]

/**
 * A middleware at the start of the stack (the `initialize` step, outside the SDK's retries)
 * that writes one debug line per AWS call once it has ended: the operation, what it was
 * about, the outcome, AWS's request ID and how many attempts the SDK made.
 */
export function debugMiddleware(
  debug: (line: string) => void
): InitializeMiddleware<object, MetadataBearer> {
  return (next, context) => async (args) => {
    const operation = `${serviceOf(context.clientName)}:${(typeof context.commandName === 'string' ? context.commandName : 'call').replace(/Command$/, '')}`
    const target = describeTarget(args.input as Record<string, unknown>)
    try {
      const result = await next(args)
      debug(line(operation, target, 'ok', result.output.$metadata))
      return result
    } catch (error) {
      const metadata = (error as Partial<MetadataBearer> | undefined)?.$metadata
      const name = error instanceof Error ? error.name : 'Error'
      debug(line(operation, target, name, metadata))
      throw error
    }
  }
}

function serviceOf(clientName: unknown): string {
  const name = (typeof clientName === 'string' ? clientName : 'aws').replace(
    /Client$/,
    ''
  )
  return name === 'CloudWatch' ? 'cloudwatch' : name.toLowerCase()
}

function describeTarget(input: Record<string, unknown>): string {
  const parts = TARGET_FIELDS.filter(
    ([field]) => input?.[field] !== undefined
  ).map(([field, label]) => `${label}=${String(input[field])}`)
  const alarms = input?.AlarmNames
  if (Array.isArray(alarms)) parts.push(`alarms=${alarms.length}`)
  return parts.length === 0 ? '' : ` ${parts.join(' ')}`
}

function line(
  operation: string,
  target: string,
  outcome: string,
  metadata: MetadataBearer['$metadata'] | undefined
): string {
  const status =
    metadata?.httpStatusCode === undefined
      ? ''
      : ` (HTTP ${metadata.httpStatusCode})`
  const request = metadata?.requestId ? `, request ${metadata.requestId}` : ''
  const attempts = metadata?.attempts ?? 1
  return `AWS ${operation}${target}: ${outcome}${status}${request}, ${attempts} attempt${attempts === 1 ? '' : 's'}`
}
