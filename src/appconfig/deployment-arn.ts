/** The account a run's AppConfig resources live in, and ARNs built from it. */
export interface AccountScope {
  readonly partition: string
  readonly region: string
  readonly account: string
}

/**
 * A deployment's ARN. AppConfig returns no ARN for a deployment (the model has none), so it is
 * built the way the Terraform provider and the emulator build it:
 * `arn:<partition>:appconfig:<region>:<account>:application/<app>/environment/<env>/deployment/<n>`.
 */
export function deploymentArn(
  scope: AccountScope,
  applicationId: string,
  environmentId: string,
  deploymentNumber: number
): string {
  return `arn:${scope.partition}:appconfig:${scope.region}:${scope.account}:application/${applicationId}/environment/${environmentId}/deployment/${deploymentNumber}`
}

/** The ARN partition of a region: `aws`, `aws-cn` or `aws-us-gov` (others fall back to `aws`). */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}
