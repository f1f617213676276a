import { readAlarms } from '../alarms/read-alarms.js'
import type { Alarm } from '../alarms/alarm.js'
import type { VersionReader } from '../appconfig/version-reader.js'
import {
  deploymentScopeOf,
  readHistory,
  type DeployedVersion,
  type PastDeployment
} from '../appconfig/read-history.js'
import { readExperiments } from '../appconfig/read-experiments.js'
import { resolveAccount } from '../appconfig/resolve-account.js'
import type { Target } from '../appconfig/target.js'
import type { WrittenVersion } from '../appconfig/written-version.js'
import type { AwsClients } from '../aws/clients.js'
import type { ContentChoice } from '../content/content-choice.js'
import type { CodeReferences } from '../hygiene/find-code-references.js'
import type { Settings } from '../settings.js'
import { mergeDrift, type DriftResult } from './drift.js'
import { assessPlan, type Planned } from './make-plan.js'
import { pinPlan } from './pin-plan.js'
import { parsePlanId } from './plan-id.js'
import type { GuardResult } from './plan.js'
import { withReleaseChecks } from './release-checks.js'

/** Searches the code for flag keys (code-references). */
export type Search = (keys: readonly string[]) => Promise<CodeReferences>

/** What every plan of one run is made with; the mode's part is only `choice`. */
export interface PlannerInput {
  readonly target: Target
  readonly settings: Settings
  /** What to deploy, chosen from what runs each time the planner plans. */
  readonly choice: ContentChoice
  /** The code search, for refusing to remove a flag the code still reads. */
  readonly search?: Search
  readonly now: () => number
  readonly debug?: (line: string) => void
}

/**
 * One plan from one reading of the environment. `written` is the hosted version this run
 * wrote before planning again (after a wait or a 409): its own write is not a change to refuse.
 */
export type Planner = (
  clients: AwsClients,
  versions: VersionReader,
  written?: WrittenVersion
) => Promise<Planned>

/**
 * The one planner every deployment takes (bundle, version, kill switch, revert), first and
 * again before each start: one `ListDeployments` walk (what runs, what is in progress, the
 * newest number for the lock, the drift base, a revert's target), the alarms, the content the
 * mode chooses from that reading, the drift merge, the diff and every guard (removal, alarms,
 * monitors, in progress, promotion, bake, code references, `expected-plan`), and the plan-id.
 * A replan that no longer matches `expected-plan` refuses, naming what moved. Writes nothing.
 */
export function createPlanner(input: PlannerInput): Planner {
  const { target, settings, choice } = input
  const scope = deploymentScopeOf(target)
  // Only content from the repository has a drift base; a patch or a revert starts from what runs.
  const drifts = choice.source === 'bundle' || choice.source === 'version'
  let account: ReturnType<typeof resolveAccount> | undefined
  let firstLatestVersion: number | undefined

  return async (clients, versions, written) => {
    const baseAccount = drifts
      ? await (account ??= accountOf(clients, input))
      : undefined
    const [history, alarms, experiments] = await Promise.all([
      readHistory(clients.appconfig, scope, {
        previous: choice.needsPrevious,
        base: drifts ? { account: baseAccount } : undefined
      }),
      target.monitors.length
        ? readAlarms(clients, target.monitors)
        : Promise.resolve<Alarm[]>([]),
      readExperiments(clients.appconfig, scope)
    ])
    const [deployed, base] = await Promise.all([
      contentOf(history.live, versions),
      contentOf(history.base, versions)
    ])
    const reading = {
      active: history.active,
      latestNumber: history.latestNumber,
      deployed,
      alarms,
      experiments,
      experimentDeployment: history.experimentDeployment
    }
    const chosen = await choice.choose({ history, deployed }, versions)
    if (chosen.failure !== undefined) {
      // Nothing to deploy: the plan shows what runs, and the failure says why.
      const nothing = assessPlan(reading, target, settings, {
        source: choice.source,
        value: deployed?.content,
        text: ''
      })
      return {
        ...nothing,
        failure: chosen.failure,
        seenVersions: history.seenVersions
      }
    }
    let content = chosen.content
    let drift: DriftResult | undefined
    if (drifts) {
      drift = mergeDrift({
        base: base && { ...base, state: history.base?.state ?? 'COMPLETE' },
        live: deployed && { ...deployed, state: 'COMPLETE' },
        content: content.value as Record<string, unknown>,
        onDrift: settings.onDrift,
        recognisedBy: history.recognisedBy ?? 'description',
        limitReached: history.limitReached,
        environmentName: target.environment.name
      })
      // Live values carried in (on-drift: keep) make new content: written as a new version.
      if (drift.merged)
        content = {
          ...content,
          value: drift.content,
          text: JSON.stringify(drift.content),
          version: undefined
        }
    }
    let planned = assessPlan(reading, target, settings, content)
    if (drift !== undefined)
      planned = withGuard(
        { ...planned, plan: { ...planned.plan, drift: drift.drift } },
        drift.guard,
        'first'
      )
    planned = withGuard(planned, chosen.note)
    planned = await withReleaseChecks(
      planned,
      clients,
      target,
      versions,
      // A revert puts back what ran before: there is no source environment to promote from.
      choice.source === 'revert'
        ? { ...settings, promoteFrom: undefined }
        : settings,
      content.value,
      input.now()
    )
    planned = withGuard(
      planned,
      await checkRemovedInUse(planned, input.search, settings)
    )
    planned = await pinPlan(
      clients,
      target,
      planned,
      content.value,
      settings,
      written !== undefined &&
        !written.reused &&
        firstLatestVersion !== undefined
        ? { version: written.number, latestBefore: firstLatestVersion }
        : undefined
    )
    if (firstLatestVersion === undefined && planned.plan.planId !== undefined)
      firstLatestVersion = parsePlanId(planned.plan.planId)?.latestVersion
    return { ...planned, seenVersions: history.seenVersions }
  }
}

/** The account for the drift base's deployment ARNs, once per run. */
async function accountOf(clients: AwsClients, input: PlannerInput) {
  const account = await resolveAccount(
    clients.appconfig,
    input.target.region,
    input.target.monitors
  )
  input.debug?.(
    account === undefined
      ? 'Drift: no account ID (AWS_ACCOUNT_ID, the credentials, an alarm monitor), so deployments are recognised by their description.'
      : `Drift: deployments recognised by their tags (account from the ${account.origin}).`
  )
  return account
}

/** A deployment with the content of its hosted version (read once per run by the reader). */
async function contentOf(
  deployment: PastDeployment | undefined,
  versions: VersionReader
): Promise<DeployedVersion | undefined> {
  if (deployment?.version === undefined) return undefined
  const stored = await versions.read(deployment.version)
  return {
    deploymentNumber: deployment.deploymentNumber,
    version: deployment.version,
    label: deployment.label ?? stored.label,
    content: stored.content,
    state: deployment.state
  }
}

/**
 * Removing a flag the code still reads breaks that code, deprecated or not; `allow-flag-removal`
 * turns the refusal into a warning. Undefined when nothing was searched or removed.
 */
async function checkRemovedInUse(
  planned: Planned,
  search: Search | undefined,
  settings: Pick<Settings, 'allowFlagRemoval'>
): Promise<GuardResult | undefined> {
  const removed = planned.plan.changes
    .filter((c) => c.kind === 'removed')
    .map((c) => c.key)
  if (search === undefined || removed.length === 0) return undefined
  const { checkReferencedRemoval } =
    await import('../hygiene/check-referenced-removal.js')
  const inUse = checkReferencedRemoval(removed, await search(removed))
  const allowed = inUse.outcome === 'refuse' && settings.allowFlagRemoval
  return {
    guard: inUse.guard,
    outcome: allowed ? 'warn' : inUse.outcome,
    message: allowed
      ? `${inUse.message} Going ahead: allow-flag-removal is true.`
      : inUse.message,
    detail: { flags: inUse.inUse.map((r) => r.key) }
  }
}

/** The plan with one more guard, when there is one (the drift verdict goes first). */
function withGuard(
  planned: Planned,
  guard: GuardResult | undefined,
  where: 'first' | 'last' = 'last'
): Planned {
  if (guard === undefined) return planned
  const guards =
    where === 'first'
      ? [guard, ...planned.plan.guards]
      : [...planned.plan.guards, guard]
  return { ...planned, plan: { ...planned.plan, guards } }
}
