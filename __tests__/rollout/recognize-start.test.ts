import { describe, expect, it } from '@jest/globals'
import type { Deployment } from '@aws-sdk/client-appconfig'
import {
  mayHaveStarted,
  recognizeStart,
  type ExpectedStart
} from '../../src/rollout/recognize-start.js'

const expected: ExpectedStart = {
  deploymentNumber: 4,
  profileId: 'prof001',
  strategyId: 'strat01',
  version: 7,
  description:
    'Deployed by AppConfig Guarded Rollout from octo/shop@abc (run 9)'
}

/** What GetDeployment answers for the deployment our start made. */
const ours: Deployment = {
  DeploymentNumber: 4,
  ConfigurationProfileId: 'prof001',
  DeploymentStrategyId: 'strat01',
  ConfigurationVersion: '7',
  Description: expected.description,
  State: 'DEPLOYING'
}

/** An SDK error as the retry middleware leaves it. */
function sdkError(name: string, status: number | undefined, attempts: number) {
  return Object.assign(new Error(name), {
    name,
    $metadata: { httpStatusCode: status, attempts }
  })
}

describe('recognizeStart', () => {
  it('takes the deployment with our number, profile, strategy, version and description as ours', () => {
    expect(recognizeStart(ours, expected)).toEqual({ ours: true })
  })

  it('says there is none when the expected number does not exist', () => {
    expect(recognizeStart(undefined, expected)).toEqual({
      ours: false,
      reason: 'there is no deployment 4'
    })
  })

  // Each field alone makes it another writer's: a person deploying the same version from the
  // console (another description), another profile or strategy in the same environment...
  it.each([
    ['number', { DeploymentNumber: 5 }, 'number 5'],
    ['profile', { ConfigurationProfileId: 'prof002' }, 'profile prof002'],
    [
      'strategy',
      { DeploymentStrategyId: 'AppConfig.AllAtOnce' },
      'strategy AppConfig.AllAtOnce'
    ],
    ['version', { ConfigurationVersion: '6' }, 'version 6'],
    [
      'description',
      { Description: 'hotfix from the console' },
      'another description'
    ],
    ['missing description', { Description: undefined }, 'another description']
  ])('refuses a deployment with another %s', (_what, change, said) => {
    const recognition = recognizeStart({ ...ours, ...change }, expected)
    expect(recognition.ours).toBe(false)
    expect(!recognition.ours && recognition.reason).toBe(
      `deployment 4 is another writer's (${said})`
    )
  })

  it('lists every difference', () => {
    const recognition = recognizeStart(
      { ...ours, ConfigurationVersion: '6', Description: 'x' },
      expected
    )
    expect(!recognition.ours && recognition.reason).toBe(
      "deployment 4 is another writer's (version 6, another description)"
    )
  })
})

describe('mayHaveStarted', () => {
  it('trusts a 409 answered to the first attempt: nothing of ours started', () => {
    expect(mayHaveStarted(sdkError('ConflictException', 409, 1))).toBe(false)
    expect(mayHaveStarted(sdkError('BadRequestException', 400, 1))).toBe(false)
  })

  // The lost answer of issue #12: the first attempt started it, the retry met it.
  it('suspects a 409 answered to a retry', () => {
    expect(mayHaveStarted(sdkError('ConflictException', 409, 2))).toBe(true)
  })

  it('suspects a 500 and a dropped connection, even on the first attempt', () => {
    expect(mayHaveStarted(sdkError('InternalServerException', 500, 1))).toBe(
      true
    )
    expect(
      mayHaveStarted(
        Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
      )
    ).toBe(true)
  })

  it('suspects a call cut by a cancel or the deadline', () => {
    expect(
      mayHaveStarted(
        Object.assign(new Error('Request aborted'), { name: 'AbortError' })
      )
    ).toBe(true)
  })
})
