import {
  CreateConfigurationProfileCommand,
  CreateEnvironmentCommand
} from '@aws-sdk/client-appconfig'
import {
  IDS,
  operations,
  WRITE_OPERATIONS,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'

/**
 * What the promotion e2e tests set up besides the seed (checkout-service: Beta and Production
 * both run version 1 of checkout-flags): more environments and profiles, created through the
 * API as an operator would, and another environment's deployments made "in the console".
 */

/** Waits until a deployment reaches an end state (the emulator's clock is scaled). */
export async function settle(
  e2e: E2E,
  environmentId: string,
  deploymentNumber: number,
  timeoutMs = 20_000
): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const state = e2e.emulator.control.deployment(
      IDS.application,
      environmentId,
      deploymentNumber
    )?.state
    if (state === 'COMPLETE' || state === 'ROLLED_BACK' || state === 'REVERTED')
      return state
    if (Date.now() > deadline)
      throw new Error(`Deployment ${deploymentNumber} is still ${state}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Deploys `content` to an environment the way a person would in the console, and waits for it. */
export async function deployedElsewhere(
  e2e: E2E,
  content: unknown,
  options: { environmentId: string; profileId?: string; strategyId: string }
): Promise<{ versionNumber: number; deploymentNumber: number }> {
  const done = await e2e.emulator.control.consoleDeploy({
    applicationId: IDS.application,
    environmentId: options.environmentId,
    profileId: options.profileId ?? IDS.profile,
    content,
    strategyId: options.strategyId
  })
  const state = await settle(e2e, options.environmentId, done.deploymentNumber)
  if (state !== 'COMPLETE') throw new Error(`Deployment ended ${state}`)
  return done
}

/** A new environment of checkout-service (no deployments, no monitors). */
export async function createEnvironment(
  e2e: E2E,
  name: string
): Promise<string> {
  const created = await e2e.appconfig.send(
    new CreateEnvironmentCommand({ ApplicationId: IDS.application, Name: name })
  )
  return created.Id!
}

/** A new feature-flag profile of checkout-service, hosted. */
export async function createProfile(e2e: E2E, name: string): Promise<string> {
  const created = await e2e.appconfig.send(
    new CreateConfigurationProfileCommand({
      ApplicationId: IDS.application,
      Name: name,
      LocationUri: 'hosted',
      Type: 'AWS.AppConfig.FeatureFlags'
    })
  )
  return created.Id!
}

/** The writes in the call log (after the test's own setup was cleared from it). */
export function writes(e2e: E2E): string[] {
  return operations(e2e.calls()).filter((op) => WRITE_OPERATIONS.includes(op))
}
