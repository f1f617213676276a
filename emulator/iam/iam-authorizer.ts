import { ServiceError } from '../service-error.js'
import { evaluate, parsePolicy, type IamPolicy } from './iam-policy.js'
import {
  requiredPermissions,
  type Permission,
  type PermissionContext
} from './required-permissions.js'

/** The identity the emulator's callers act as, when IAM is on. */
export interface IamOptions {
  /** Identity-based policy documents (objects or JSON text) attached to the caller. */
  policies: readonly unknown[]
  /** Shown in AccessDenied messages; default an assumed role of the emulator's account. */
  principalArn?: string
}

/**
 * Authorises each request as IAM would for a caller holding `policies`: every permission the
 * request needs (required-permissions.ts) must be allowed by some statement and denied by none.
 * The first one that is not answers AccessDenied in the service's own protocol.
 */
export class IamAuthorizer {
  private readonly policies: IamPolicy[]
  readonly principalArn: string

  constructor(options: IamOptions, accountId: string) {
    this.policies = options.policies.map((p, i) =>
      parsePolicy(p, `policies[${i}]`)
    )
    this.principalArn =
      options.principalArn ??
      `arn:aws:sts::${accountId}:assumed-role/github-appconfig-deployer/GitHubActions`
  }

  /** Throws the AccessDenied ServiceError for the first permission not granted. */
  authorize(
    service: 'appconfig' | 'cloudwatch',
    operation: string,
    input: Record<string, unknown>,
    ctx: PermissionContext
  ): void {
    for (const permission of requiredPermissions(
      service,
      operation,
      input,
      ctx
    )) {
      const decision = evaluate(
        this.policies,
        permission.action,
        permission.resource
      )
      if (decision.effect === 'allow') continue
      throw accessDenied(
        service,
        this.principalArn,
        permission,
        decision.effect === 'explicit-deny'
      )
    }
  }
}

/**
 * AWS's AccessDenied answer. The message is IAM's ("User: <principal> is not authorized to
 * perform: <action> on resource: <arn> because no identity-based policy allows the <action>
 * action", or "… with an explicit deny in an identity-based policy"; IAM User Guide,
 * "Troubleshoot access denied error messages"); the resource clause is left out for actions
 * that take none. AppConfig (restJson1) answers 403 `AccessDeniedException` with `Message`;
 * CloudWatch answers 403 with the Query code `AccessDenied` (its JSON 1.0 protocol, being
 * awsQueryCompatible, carries the same code in `x-amzn-query-error`).
 */
export function accessDenied(
  service: 'appconfig' | 'cloudwatch',
  principalArn: string,
  permission: Permission,
  explicit: boolean
): ServiceError {
  const on =
    permission.resource === '*' ? '' : ` on resource: ${permission.resource}`
  const because = explicit
    ? 'with an explicit deny in an identity-based policy'
    : `because no identity-based policy allows the ${permission.action} action`
  const message = `User: ${principalArn} is not authorized to perform: ${permission.action}${on} ${because}`
  return service === 'appconfig'
    ? new ServiceError('AccessDeniedException', 403, message)
    : new ServiceError('AccessDenied', 403, message, {}, 'AccessDenied')
}
