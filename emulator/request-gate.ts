import type { DeploymentEngine } from './deployment-engine.js'
import { IamAuthorizer, type IamOptions } from './iam/iam-authorizer.js'
import type { PermissionContext } from './iam/required-permissions.js'
import type { ModelCheck } from './model/model-check.js'
import type { ArnScope } from './resource-tags.js'

/**
 * What every request passes before its operation runs: the service model's constraints
 * (model/, on unless turned off) and IAM (iam/, only when policies are given). The request
 * handler calls `check` once per request; both parts throw the service's own error.
 */
export class RequestGate {
  private authorizer: IamAuthorizer | undefined
  private readonly context: PermissionContext

  constructor(
    scope: ArnScope,
    engine: DeploymentEngine,
    private readonly model: ModelCheck | undefined,
    iam: IamOptions | undefined
  ) {
    this.context = {
      region: scope.region,
      accountId: scope.accountId,
      nextDeploymentNumber: (applicationId, environmentId) => {
        try {
          return engine.deploymentsOf(applicationId, environmentId).length + 1
        } catch {
          return 1
        }
      }
    }
    this.setIam(iam, scope.accountId)
  }

  /** Turns IAM on with these policies, or off with undefined (control surface, tests). */
  setIam(
    iam: IamOptions | undefined,
    accountId = this.context.accountId
  ): void {
    this.authorizer =
      iam === undefined ? undefined : new IamAuthorizer(iam, accountId)
  }

  get iamEnabled(): boolean {
    return this.authorizer !== undefined
  }

  check(
    service: 'appconfig' | 'cloudwatch',
    operation: string,
    input: Record<string, unknown>
  ): void {
    this.model?.check(service, operation, input)
    this.authorizer?.authorize(service, operation, input, this.context)
  }
}
