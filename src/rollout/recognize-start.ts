import type { Deployment } from '@aws-sdk/client-appconfig'

/** The deployment a StartDeployment of ours would have made. */
export interface ExpectedStart {
  /** The plan's newest deployment number + 1: the start sends the lock, so no other number. */
  readonly deploymentNumber: number
  readonly profileId: string
  readonly strategyId: string
  readonly version: number
  readonly description: string
}

export type Recognition =
  { readonly ours: true } | { readonly ours: false; readonly reason: string }

/**
 * Whether a StartDeployment that failed this way may still have started the deployment. Only
 * a 4xx answered to the first attempt is a refusal we can trust: after a lost answer (a 500,
 * a dropped connection, a call cut by a cancel or the deadline) the SDK's retry meets the
 * deployment its first attempt made, and answers 409 for it.
 */
export function mayHaveStarted(error: unknown): boolean {
  const metadata = (
    error as
      | { $metadata?: { attempts?: unknown; httpStatusCode?: unknown } }
      | undefined
  )?.$metadata
  const attempts =
    typeof metadata?.attempts === 'number' ? metadata.attempts : 1
  const status = metadata?.httpStatusCode
  const refused = typeof status === 'number' && status >= 400 && status < 500
  return !(refused && attempts <= 1)
}

/**
 * Whether `candidate` (the deployment with the expected number, if any) is the one our lost
 * start made: the same number, profile, strategy, version and description. Anything else is
 * another writer's, and is never watched, stopped or reported as ours.
 */
export function recognizeStart(
  candidate: Deployment | undefined,
  expected: ExpectedStart
): Recognition {
  const n = expected.deploymentNumber
  if (candidate === undefined)
    return { ours: false, reason: `there is no deployment ${n}` }
  const differs: string[] = []
  if (candidate.DeploymentNumber !== n)
    differs.push(`number ${String(candidate.DeploymentNumber)}`)
  if (candidate.ConfigurationProfileId !== expected.profileId)
    differs.push(`profile ${String(candidate.ConfigurationProfileId)}`)
  if (candidate.DeploymentStrategyId !== expected.strategyId)
    differs.push(`strategy ${String(candidate.DeploymentStrategyId)}`)
  if (candidate.ConfigurationVersion !== String(expected.version))
    differs.push(`version ${String(candidate.ConfigurationVersion)}`)
  if (candidate.Description !== expected.description)
    differs.push('another description')
  return differs.length === 0
    ? { ours: true }
    : {
        ours: false,
        reason: `deployment ${n} is another writer's (${differs.join(', ')})`
      }
}
