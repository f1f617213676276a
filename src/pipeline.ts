import type { Content } from './content/content.js'
import { readBundleContent } from './content/read-bundle-content.js'
import type { AwsClients } from './aws/clients.js'
import { toFailure } from './failure.js'
import type { PipelineReport, Report } from './report/report.js'
import type { StageDeps } from './rollout/rollout-context.js'
import type { Settings } from './settings.js'
import type { Planned } from './plan/make-plan.js'
import type { DriftResult } from './plan/drift.js'

/** What the pipeline needs from outside besides settings (injected so tests control it). */
export interface PipelineDeps extends StageDeps {
  readonly env: NodeJS.ProcessEnv
  /** Today's date, `YYYY-MM-DD`, for `_deprecation.date`. */
  readonly today: string
  readonly createClients?: (region: string) => Promise<AwsClients>
}

export type { PipelineReport }

/** What the run has learned so far: kept whatever happens next, so a failure reports it. */
type Progress = {
  -readonly [K in 'mode' | 'bundle' | 'target' | 'plan' | 'rollout']: Report[K]
}

/**
 * Settings → Bundle → Target → Plan → Rollout, an early return per mode. Every outcome,
 * including a refused bundle or an AWS error, is returned as a report, never thrown; the
 * report keeps everything learned and everything written before the run ended.
 */
export async function runPipeline(
  settings: Settings,
  deps: PipelineDeps
): Promise<PipelineReport> {
  const progress: Partial<Progress> & Pick<Progress, 'mode'> = {
    mode: settings.mode
  }
  try {
    // Content: a bundle is read and validated here, with no AWS; a version after Target.
    let content: Content | undefined
    if (settings.bundlePath !== undefined) {
      const read = await readBundleContent(settings, deps.today)
      progress.bundle = read.content?.bundle ?? read.bundle
      if (read.failure !== undefined)
        return { ...progress, result: 'failed', failure: read.failure }
      content = read.content
    } else if (settings.configurationVersion === undefined)
      return {
        ...progress,
        result: 'failed',
        failure: {
          kind: 'internal',
          message: `Mode '${settings.mode}' without a bundle is not implemented yet.`
        }
      }
    if (settings.mode === 'validate')
      return { ...progress, result: 'validated' }

    // Target: names → IDs. The AWS SDK is loaded only from here on, so validate starts fast.
    const aws = await import('./aws/clients.js')
    const { resolveTarget } = await import('./appconfig/resolve-target.js')
    const { VersionReader } = await import('./appconfig/read-deployments.js')
    const clients = await (deps.createClients ?? aws.createClients)(
      aws.resolveRegion(settings.region, deps.env)
    )
    const target = await resolveTarget(clients, settings)
    progress.target = target
    const versions = new VersionReader(
      clients.appconfig,
      target.application.id,
      target.profile.id
    )
    if (content === undefined) {
      // Content: configuration-version, an existing hosted version validated like a bundle.
      const { readVersionContent } =
        await import('./content/read-version-content.js')
      const read = await readVersionContent(
        clients.appconfig,
        target,
        versions,
        settings,
        deps.today
      )
      progress.bundle = read.content?.bundle ?? read.bundle
      if (read.failure !== undefined)
        return { ...progress, result: 'failed', failure: read.failure }
      content = read.content
    }

    // Plan: drift against this action's last deployment, diff against what runs, guards, id.
    const { makePlan, refusalOf } = await import('./plan/make-plan.js')
    const { planDrift } = await import('./plan/plan-drift.js')
    const { pinPlan } = await import('./plan/pin-plan.js')
    const drifted = await planDrift(
      clients,
      target,
      versions,
      settings,
      content
    )
    const value = drifted?.content ?? content.value
    const planned = await pinPlan(
      clients,
      target,
      withDrift(
        await makePlan(clients, target, versions, settings, value),
        drifted
      ),
      value,
      settings
    )
    progress.plan = planned.plan
    for (const guard of planned.plan.guards)
      if (guard.outcome === 'warn') deps.warn(guard.message)
    const refused = refusalOf(planned.plan)
    if (refused !== undefined)
      return { ...progress, result: 'failed', failure: refused }
    if (settings.mode === 'plan') return { ...progress, result: 'planned' }

    // Rollout: version, deployment, watch.
    const { runRollout } = await import('./rollout/run-rollout.js')
    const merged = drifted?.merged === true
    const outcome = await runRollout({
      clients,
      target,
      versions,
      settings,
      // Live values carried in (on-drift: keep) make new content: written as a new version.
      content: {
        value,
        text: merged ? JSON.stringify(value) : content.text,
        source: content.source,
        version: merged ? undefined : content.version
      },
      planned,
      deps,
      record: (rollout) => {
        progress.rollout = rollout
      }
    })
    // After waiting, the rollout planned again: the drift and the plan-id stay this run's.
    const plan =
      outcome.plan === planned.plan
        ? outcome.plan
        : {
            ...outcome.plan,
            planId: planned.plan.planId,
            drift: planned.plan.drift
          }
    return { ...progress, ...outcome, plan }
  } catch (error) {
    return { ...progress, result: 'failed', failure: toFailure(error) }
  }
}

/** The plan with the drift merge's result: its table, and its guard first. */
function withDrift(
  planned: Planned,
  drifted: DriftResult | undefined
): Planned {
  if (drifted === undefined) return planned
  return {
    ...planned,
    plan: {
      ...planned.plan,
      drift: drifted.drift,
      guards: [drifted.guard, ...planned.plan.guards]
    }
  }
}
