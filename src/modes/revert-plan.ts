import type { Alarm } from '../alarms/alarm.js'
import type { PastDeployment } from '../appconfig/read-history.js'
import type { VersionReader } from '../appconfig/version-reader.js'
import { diffBundles } from '../plan/diff-bundles.js'
import type { Plan } from '../plan/plan.js'

/** The plan of a revert: what going from `current` back to `earlier` changes, flag by flag. */
export async function revertPlan(
  versions: VersionReader,
  alarms: readonly Alarm[],
  current: PastDeployment,
  earlier: PastDeployment & { version: number }
): Promise<Plan | undefined> {
  if (current.version === undefined) return undefined
  const [now, before] = await Promise.all([
    versions.read(current.version),
    versions.read(earlier.version)
  ])
  const diff = diffBundles(now.content, before.content)
  return {
    deployed: {
      version: current.version,
      label: current.label ?? now.label,
      deploymentNumber: current.deploymentNumber
    },
    changed: diff.changed,
    changes: diff.changes,
    unchangedCount: diff.unchangedCount,
    guards: [],
    alarms
  }
}

/** A deployment as the incident record names it. */
export function running(deployment: PastDeployment): {
  version: number
  label?: string
  deploymentNumber: number
} {
  return {
    version: deployment.version ?? 0,
    label: deployment.label,
    deploymentNumber: deployment.deploymentNumber
  }
}

export function runningOrUndefined(
  deployment: PastDeployment
): ReturnType<typeof running> | undefined {
  return deployment.version === undefined ? undefined : running(deployment)
}

export function names(alarms: readonly Alarm[]): string {
  const list = alarms.map((a) => a.name || a.arn)
  return list.length === 1 ? `Alarm ${list[0]}` : `Alarms ${list.join(', ')}`
}

export function hoursAgo(ms: number): string {
  const hours = ms / 3_600_000
  return hours < 1
    ? `${Math.max(0, Math.round(ms / 60_000))} minutes ago`
    : `${Math.round(hours * 10) / 10} hours ago`
}
