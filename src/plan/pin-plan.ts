import { readLatestVersion } from '../appconfig/list-hosted-versions.js'
import { readDeploymentDescription } from '../appconfig/read-deployment-tags.js'
import type { Target } from '../appconfig/target.js'
import { deploymentScopeOf } from '../appconfig/read-history.js'
import type { AwsClients } from '../aws/clients.js'
import type { Settings } from '../settings.js'
import { checkExpectedPlan } from './check-expected-plan.js'
import type { Planned } from './make-plan.js'
import type { GuardResult } from './plan.js'
import {
  contentHash,
  formatPlanId,
  parsePlanId,
  targetHash,
  type PlanFacts
} from './plan-id.js'

/**
 * Gives a plan its `plan-id` (the content planned, the deployment and version the environment
 * runs, the newest hosted version, the target) and, with `expected-plan`, the guard that
 * refuses unless the id is the approved one. Reads the hosted versions; writes nothing. Only
 * in plan mode and for a deploy with `expected-plan`: elsewhere nobody reads the id, and
 * listing every hosted version of a long-lived profile is not free.
 */
export async function pinPlan(
  clients: AwsClients,
  target: Target,
  planned: Planned,
  content: unknown,
  settings: Pick<Settings, 'expectedPlan' | 'mode'>,
  /**
   * The hosted version this run wrote before planning again (after a wait or a 409), and the
   * newest version the first plan saw: the run's own write is not something that moved.
   */
  own?: { readonly version: number; readonly latestBefore: number }
): Promise<Planned> {
  if (settings.mode !== 'plan' && settings.expectedPlan === undefined)
    return planned
  const ids = deploymentScopeOf(target)
  const [hash, where, newest] = await Promise.all([
    contentHash(content),
    targetHash(ids),
    readLatestVersion(clients.appconfig, ids)
  ])
  const latestVersion =
    own !== undefined && newest === own.version ? own.latestBefore : newest
  const facts: PlanFacts = {
    content: hash,
    target: where,
    deployedDeployment: planned.deployed?.deploymentNumber ?? 0,
    deployedVersion: planned.deployed?.version ?? 0,
    latestVersion
  }
  const planId = formatPlanId(facts)
  const guards: GuardResult[] = []
  if (settings.expectedPlan !== undefined) {
    const saw = parsePlanId(settings.expectedPlan)
    // Another deployment of this profile would change what runs while the deploy waits.
    const active =
      planned.active !== undefined &&
      (planned.active.profileId === undefined ||
        planned.active.profileId === target.profile.id)
        ? planned.active
        : undefined
    const deployedMoved =
      saw !== undefined &&
      saw.deployedDeployment !== facts.deployedDeployment &&
      planned.deployed !== undefined
    guards.push(
      checkExpectedPlan(settings.expectedPlan, {
        facts,
        environmentName: target.environment.name,
        written: own?.version,
        active,
        deployed:
          deployedMoved && planned.deployed !== undefined
            ? {
                label: planned.deployed.label,
                description: await readDeploymentDescription(
                  clients.appconfig,
                  ids,
                  planned.deployed.deploymentNumber
                )
              }
            : undefined
      })
    )
  }
  return {
    ...planned,
    plan: {
      ...planned.plan,
      planId,
      guards: [...guards, ...planned.plan.guards]
    }
  }
}
