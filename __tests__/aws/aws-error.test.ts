import { describe, expect, it } from '@jest/globals'
import {
  AwsStepError,
  awsStep,
  describeAwsError,
  isTransient,
  problemOf
} from '../../src/aws/aws-error.js'

const named = (name: string, message = 'x', extra: object = {}) =>
  Object.assign(new Error(message), { name, ...extra })

/** The `$metadata` an SDK service error carries. */
const sdk = (httpStatusCode: number) => ({
  $metadata: { httpStatusCode, requestId: 'req-1', attempts: 1 }
})

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

  it('names the action and resource IAM refused when it is not the API’s own (StartDeployment with tags)', () => {
    const arn =
      'arn:aws:appconfig:us-east-1:123456789012:application/chkout1/environment/prod001/deployment/2'
    const error = describeAwsError(
      named(
        'AccessDeniedException',
        `User: arn:aws:sts::123456789012:assumed-role/deployer/s is not authorized to perform: appconfig:TagResource on resource: ${arn} because no identity-based policy allows the appconfig:TagResource action`
      ),
      'Starting the deployment',
      'appconfig:StartDeployment'
    )
    expect(error.iamAction).toBe('appconfig:TagResource')
    expect(error.message).toContain(
      `Grant the role the IAM action appconfig:TagResource on ${arn};`
    )
  })

  it('reads an action refused on no resource (CloudWatch, explicit deny)', () => {
    const error = describeAwsError(
      named(
        'AccessDenied',
        'User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: cloudwatch:DescribeAlarms with an explicit deny in an identity-based policy'
      ),
      'Reading the alarms',
      'cloudwatch:DescribeAlarms'
    )
    expect(error.iamAction).toBe('cloudwatch:DescribeAlarms')
    expect(error.message).toContain(
      'Grant the role the IAM action cloudwatch:DescribeAlarms;'
    )
  })

  // The setup problems: the first AWS call meets them, so the message must not blame its step.
  it.each([
    [
      named(
        'CredentialsProviderError',
        'Could not load credentials from any providers'
      ),
      'no-credentials',
      /^No AWS credentials were found, so the first AWS call \(appconfig:ListDeploymentStrategies\) could not be made\. Add aws-actions\/configure-aws-credentials before this step/
    ],
    [
      named(
        'ExpiredTokenException',
        'The security token included in the request is expired',
        sdk(403)
      ),
      'expired-credentials',
      /^The AWS credentials have expired .* Re-run the job for fresh credentials; .*role-duration-seconds/
    ],
    [
      named(
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
        sdk(403)
      ),
      'invalid-credentials',
      /^AWS rejected the credentials \(appconfig:ListDeploymentStrategies answered UnrecognizedClientException/
    ],
    [
      named(
        'Error',
        'getaddrinfo ENOTFOUND appconfig.us-esat-1.amazonaws.com',
        {
          code: 'ENOTFOUND',
          hostname: 'appconfig.us-esat-1.amazonaws.com'
        }
      ),
      'region',
      /^The AWS region is not valid: appconfig\.us-esat-1\.amazonaws\.com does not exist\. Check the input 'region'/
    ],
    [
      named(
        'Error',
        'Region not accepted: region="us east 1" is not a valid hostname component.'
      ),
      'region',
      /^The AWS region is not valid: Region not accepted/
    ],
    [
      named('Error', 'connect ECONNREFUSED 127.0.0.1:9', {
        code: 'ECONNREFUSED',
        address: '127.0.0.1',
        port: 9
      }),
      'endpoint',
      /^Nothing answered at the AWS endpoint \(127\.0\.0\.1:9\) \(ECONNREFUSED: .*\); appconfig:\w+ never reached a service, even after the SDK's retries\. .*HTTPS_PROXY and NO_PROXY/
    ],
    [
      // A valid region whose endpoint does not resolve: the network (DNS, proxy), not the region.
      named(
        'Error',
        'getaddrinfo ENOTFOUND appconfig.eu-west-3.amazonaws.com',
        {
          code: 'ENOTFOUND',
          hostname: 'appconfig.eu-west-3.amazonaws.com'
        }
      ),
      'endpoint',
      /^Nothing answered at the AWS endpoint \(appconfig\.eu-west-3\.amazonaws\.com\)/
    ]
  ])(
    '%p is a setup problem (%s) with its own cause and advice',
    (error, problem, message) => {
      const described = describeAwsError(
        error,
        'Resolving the deployment strategy',
        'appconfig:ListDeploymentStrategies'
      )
      expect(problemOf(error)).toBe(problem)
      expect(described.problem).toBe(problem)
      expect(described.message).toMatch(message)
      expect(described.message).not.toContain(
        'Resolving the deployment strategy'
      )
      expect(described.advice).toBeDefined()
      expect(described.message.endsWith(described.advice!)).toBe(true)
      const failure = described.toFailure()
      expect(failure).toMatchObject({
        kind: 'aws',
        problem,
        advice: described.advice
      })
      expect(failure.iamAction).toBeUndefined()
    }
  )

  it('keeps a clock-skewed signature out of the credential problems', () => {
    expect(
      problemOf(
        named(
          'InvalidSignatureException',
          'Signature expired: 20260101T000000Z is now earlier than ...',
          sdk(403)
        )
      )
    ).toBeUndefined()
  })

  // Shaped like the SDK's errors: a name, and $metadata with the HTTP status.
  it.each([
    [named('ThrottlingException', 'x', sdk(429)), true],
    [named('ThrottlingException', 'x', sdk(400)), true],
    [named('InternalServerException', 'x', sdk(500)), true],
    [named('Whatever', 'x', sdk(503)), true],
    [named('NotImplemented', 'x', sdk(501)), true],
    [named('Error', 'socket hang up', { code: 'ECONNRESET' }), true],
    [named('TimeoutError', 'Request timed out'), true],
    [named('BadRequestException', 'x', sdk(400)), false],
    [named('ResourceNotFoundException', 'x', sdk(404)), false],
    [named('AccessDeniedException', 'x', sdk(403)), false],
    // The poll was cancelled: not worth another try.
    [named('AbortError', 'Request aborted'), false],
    ['a string', false]
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

// Issue 26: every ConflictException was advised as "another deployment is in progress".
describe('ConflictException advice by the call that failed', () => {
  it.each([
    ['appconfig:StartDeployment', /in progress in the environment/],
    [
      'appconfig:CreateHostedConfigurationVersion',
      /created a version of this profile at the same moment/
    ],
    ['appconfig:StopDeployment', /can no longer be stopped/],
    ['appconfig:DeleteEnvironment', /changed the resource while/]
  ])('%s', (api, advice) => {
    const error = describeAwsError(
      named('ConflictException', 'conflict', sdk(409)),
      'A step',
      api
    )
    expect(error.advice).toMatch(advice)
    expect(error.message.endsWith(error.advice ?? '?')).toBe(true)
    expect(/in progress/.test(error.message)).toBe(
      api === 'appconfig:StartDeployment'
    )
  })
})

describe('a refused proxy (issue 25)', () => {
  it('names the proxy, without its password, when one is in use', () => {
    const error = named(
      'Error',
      'getaddrinfo ENOTFOUND appconfig.eu-west-3.amazonaws.com',
      { code: 'ENOTFOUND', hostname: 'appconfig.eu-west-3.amazonaws.com' }
    )
    const described = describeAwsError(
      error,
      'Resolving the deployment strategy',
      'appconfig:ListDeploymentStrategies',
      { HTTPS_PROXY: 'http://ci:s3cret@proxy.corp:3128' }
    )
    expect(described.message).toMatch(
      /^Nothing answered at the AWS endpoint \(appconfig\.eu-west-3\.amazonaws\.com\) through the proxy http:\/\/ci@proxy\.corp:3128 /
    )
    expect(described.message).toContain('Check the proxy')
    expect(described.message).not.toContain('s3cret')
  })

  it('says nothing of a proxy NO_PROXY exempts the host from', () => {
    const error = named('Error', 'connect ECONNREFUSED 127.0.0.1:9', {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port: 9
    })
    const described = describeAwsError(error, 'Listing', 'appconfig:List', {
      HTTPS_PROXY: 'http://proxy.corp:3128',
      NO_PROXY: '*'
    })
    expect(described.message).not.toContain('through the proxy')
  })
})
