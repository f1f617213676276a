import type { GuardResult } from './plan.js'
import { formatPlanId, parsePlanId, type PlanFacts } from './plan-id.js'

/** What the deploy sees now, beyond the plan-id's facts, to explain a difference. */
export interface PinnedNow {
  readonly facts: PlanFacts
  readonly environmentName: string
  /** The deployment the environment runs now, when it is not the one the plan saw. */
  readonly deployed?: {
    readonly label: string | undefined
    readonly description: string | undefined
  }
  /** The hosted version this run wrote before planning again (after a wait or a 409). */
  readonly written?: number
  /** A deployment of this profile in progress now (it would change what runs). */
  readonly active?: {
    readonly deploymentNumber: number
    readonly state: string
  }
}

/**
 * `expected-plan`: the deploy goes ahead only when its plan-id is the approved one. A refusal
 * says what moved since (a deployment, a new hosted version, the content, the target), so the
 * approver knows what to look at again.
 */
export function checkExpectedPlan(
  expected: string,
  now: PinnedNow
): GuardResult {
  const id = formatPlanId(now.facts)
  const saw = parsePlanId(expected)
  if (saw === undefined)
    return refuse(
      `expected-plan '${expected.slice(0, 80)}' is not a plan-id this action wrote (it looks like v1.<12 hex>.<8 hex>.<n>.<n>.<n>); pass the plan job's \`plan-id\` output unchanged. This deploy's plan-id is ${id}.`
    )
  const moved = whatMoved(saw, now)
  if (moved.length === 0)
    return {
      guard: 'expected-plan',
      outcome: 'pass',
      message: `The content and ${now.environmentName} are exactly what the approved plan ${id} saw.`
    }
  return refuse(
    `What the approved plan ${expected} saw has changed: ${moved.join('; ')}. ${now.written === undefined ? 'Nothing was written.' : `Nothing was deployed (hosted version ${now.written}, written by this run before the change, is not deployed).`} Run the plan again and have it reviewed (its plan-id is now ${id}).`
  )
}

function refuse(message: string): GuardResult {
  return { guard: 'expected-plan', outcome: 'refuse', message }
}

function whatMoved(saw: PlanFacts, now: PinnedNow): string[] {
  const facts = now.facts
  const env = now.environmentName
  const moved: string[] = []
  if (saw.target !== facts.target)
    return [
      'the plan was made for another application, environment or configuration profile'
    ]
  if (saw.deployedDeployment !== facts.deployedDeployment) {
    const running =
      facts.deployedDeployment === 0
        ? 'nothing'
        : `deployment ${facts.deployedDeployment} (version ${facts.deployedVersion}${now.deployed?.label ? `, ${now.deployed.label}` : ''}${now.deployed?.description ? `, "${now.deployed.description.slice(0, 200)}"` : ''})`
    const was =
      saw.deployedDeployment === 0
        ? 'none'
        : `deployment ${saw.deployedDeployment} (version ${saw.deployedVersion})`
    moved.push(
      facts.deployedDeployment > saw.deployedDeployment
        ? `${running} completed in ${env} since the plan, which saw ${was}`
        : `${env} now runs ${running}, not ${was} as at the plan: that deployment was reverted or rolled back since`
    )
  } else if (saw.deployedVersion !== facts.deployedVersion) {
    moved.push(
      `${env} runs version ${facts.deployedVersion}, the plan saw version ${saw.deployedVersion}`
    )
  }
  if (now.active !== undefined)
    moved.push(
      `deployment ${now.active.deploymentNumber} is in progress in ${env} (${now.active.state}) and will change what runs`
    )
  if (saw.latestVersion !== facts.latestVersion)
    moved.push(
      facts.latestVersion > saw.latestVersion
        ? `hosted version ${facts.latestVersion} was created since the plan, which saw ${saw.latestVersion === 0 ? 'none' : `version ${saw.latestVersion}`} as the newest`
        : `the newest hosted version is ${facts.latestVersion}, the plan saw ${saw.latestVersion} (versions were deleted)`
    )
  if (saw.content !== facts.content)
    moved.push(
      "the content to deploy is not the plan's (the bundle or the version changed, or on-drift carries different live values)"
    )
  return moved
}
