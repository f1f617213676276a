import { describe, expect, it } from '@jest/globals'
import {
  AwsStepError,
  awsStep,
  describeAwsError,
  isTransient
} from '../../src/aws/aws-error.js'

const named = (name: string, message = 'x', extra: object = {}) =>
  Object.assign(new Error(message), { name, ...extra })

describe('AWS errors', () => {
  it('names the step, the API and the IAM action for access denied', () => {
    const error = describeAwsError(
      named(
        'AccessDeniedException',
        'not authorized to perform appconfig:StartDeployment'
      ),
      'Starting the deployment',
      'appconfig:StartDeployment'
    )
    expect(error.iamAction).toBe('appconfig:StartDeployment')
    expect(error.message).toMatch(
      /^Starting the deployment failed: access denied to appconfig:StartDeployment .* Grant the role the IAM action appconfig:StartDeployment/
    )
  })

  it('points at configure-aws-credentials when there are no credentials or they expired', () => {
    expect(
      describeAwsError(
        named(
          'CredentialsProviderError',
          'Could not load credentials from any providers'
        ),
        'S',
        'appconfig:X'
      ).message
    ).toContain('aws-actions/configure-aws-credentials')
    expect(
      describeAwsError(named('ExpiredTokenException'), 'S', 'appconfig:X')
        .message
    ).toContain('expired')
  })

  it.each([
    [named('ThrottlingException'), true],
    [named('InternalServerException'), true],
    [named('Whatever', 'x', { $metadata: { httpStatusCode: 503 } }), true],
    [named('Error', 'socket hang up', { code: 'ECONNRESET' }), true],
    [named('BadRequestException'), false],
    [named('ResourceNotFoundException'), false],
    [named('AccessDeniedException'), false]
  ])('isTransient(%p) is %p', (error, transient) => {
    expect(isTransient(error)).toBe(transient)
  })

  it('wraps failures of a step once', async () => {
    const inner = awsStep('Inner', 'appconfig:A', () =>
      Promise.reject(
        named(
          'ResourceNotFoundException',
          'Application with Id x could not be found'
        )
      )
    )
    const error = await awsStep('Outer', 'appconfig:B', () => inner).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AwsStepError)
    expect((error as Error).message).toBe(
      'Inner failed: appconfig:A answered ResourceNotFoundException: Application with Id x could not be found'
    )
  })
})
