import { formatNumber, plural } from '../format.js'
import type { EnvironmentContent } from '../appconfig/read-environment-content.js'
import { isSameContent } from '../bundle/same-content.js'
import type { Mode } from '../settings.js'
import { capText } from './cap-text.js'
import { diffBundles } from './diff-bundles.js'
import type { FlagChange, GuardResult, Promotion } from './plan.js'

/** Flags named in one message; the summary's table lists them all. */
const MAX_LISTED = 10

/** A value quoted in a message is cut at this length; the table shows more. */
const VALUE_CHARS = 60

export interface PromotionCheck {
  readonly promotion: Promotion
  readonly guard: GuardResult
}

/**
 * `promote-from`: the content may go on only if the source environment's latest completed
 * deployment of the profile (not rolled back or reverted since: such deployments are not
 * COMPLETE) holds exactly this content, flag by flag and AppConfig's metadata aside, and, with
 * `soak-minutes`, completed at least that long before `now`. A plan is read ahead of time (the
 * source may finish its rollout or its soak before the deploy), so there it only warns.
 */
export function checkPromotion(
  source: EnvironmentContent,
  content: unknown,
  settings: { readonly mode: Mode; readonly soakMinutes: number },
  now: number,
  targetProfileId: string
): PromotionCheck {
  const live = source.live
  const diff = diffBundles(live?.content, content)
  const sameContent = live !== undefined && isSameContent(live.content, content)
  const completed =
    live?.completedAt === undefined ? NaN : Date.parse(live.completedAt)
  // A completion in the future (clock skew) has soaked for no time at all.
  const soakedMinutes = Number.isNaN(completed)
    ? undefined
    : Math.max(0, (now - completed) / 60_000)
  const newer = source.newer
  const promotion: Promotion = {
    source: {
      environment: source.environment,
      profile: source.profile,
      ...(live === undefined
        ? {}
        : {
            deployed: {
              version: live.version,
              label: live.label,
              deploymentNumber: live.deploymentNumber
            },
            completedAt: live.completedAt
          })
    },
    ...(newer === undefined
      ? {}
      : {
          newer: {
            deploymentNumber: newer.deploymentNumber,
            state: newer.state,
            version: newer.version,
            sameContent:
              newer.content !== undefined &&
              isSameContent(newer.content, content)
          }
        }),
    changes: diff.changes,
    unchangedCount: diff.unchangedCount,
    sameContent,
    soakMinutes: settings.soakMinutes,
    ...(soakedMinutes === undefined ? {} : { soakedMinutes })
  }
  // The profile is named only when each environment has its own.
  const where =
    source.profile.id === targetProfileId
      ? source.environment.name
      : `${source.environment.name}/${source.profile.name}`
  const problem = whyNot(promotion, where)
  if (problem === undefined) {
    const soak =
      settings.soakMinutes > 0
        ? `, completed ${minutes(soakedMinutes ?? 0)} ago (soak-minutes ${formatNumber(settings.soakMinutes, 2)})`
        : ''
    return {
      promotion,
      guard: {
        guard: 'promotion',
        outcome: 'pass',
        message: `${where} runs exactly this content (version ${live!.version}, deployment ${live!.deploymentNumber})${soak}.`
      }
    }
  }
  const isPlan = settings.mode === 'plan'
  return {
    promotion,
    guard: {
      guard: 'promotion',
      outcome: isPlan ? 'warn' : 'refuse',
      message: isPlan
        ? `A deploy now would refuse to promote from ${where}: ${problem}`
        : `Refusing to promote from ${where}: ${problem}`
    }
  }
}

/** What stands in the way of the promotion, as a sentence; undefined when nothing does. */
function whyNot(promotion: Promotion, where: string): string | undefined {
  const { source, newer } = promotion
  const deployed = source.deployed
  const runs =
    deployed === undefined
      ? `${where} has no completed deployment of this profile`
      : `${where} runs version ${deployed.version} (deployment ${deployed.deploymentNumber})`
  if (!promotion.sameContent) {
    const difference =
      deployed === undefined ? '' : ` ${describeDifference(promotion.changes)}`
    if (newer?.sameContent === true) {
      const what =
        newer.state === 'ROLLED_BACK'
          ? 'was rolled back'
          : newer.state === 'REVERTED'
            ? 'was reverted'
            : `is still in progress (${newer.state}); wait for it to complete`
      return `its deployment ${newer.deploymentNumber} of this content ${what}. ${runs}.${difference}`
    }
    if (deployed === undefined)
      return `${runs}, so this content has never run there. Deploy it to ${source.environment.name} first.`
    return `${runs}, which is not this content:${difference} Deploy this content to ${source.environment.name} first.`
  }
  const soaked = promotion.soakedMinutes
  if (promotion.soakMinutes > 0 && (soaked ?? 0) < promotion.soakMinutes) {
    if (soaked === undefined)
      return `${runs}, but AppConfig did not say when that deployment completed, so soak-minutes (${formatNumber(promotion.soakMinutes, 2)}) cannot be checked.`
    return `${runs}, completed ${minutes(soaked)} ago; soak-minutes requires ${minutes(promotion.soakMinutes)}, so ${minutes(promotion.soakMinutes - soaked)} are left to soak. Re-run after that.`
  }
  return undefined
}

/** `2 flags differ: a (attribute x: 5 → 10), b (only in the content)`. */
export function describeDifference(changes: readonly FlagChange[]): string {
  if (changes.length === 0)
    return 'The flags are the same; the difference is outside them (the top-level keys).'
  const listed = changes.slice(0, MAX_LISTED).map((change) => {
    if (change.kind === 'added') return `${change.key} (only in the content)`
    if (change.kind === 'removed') return `${change.key} (only in the source)`
    const first = change.details[0]
    const more =
      change.details.length > 1 ? ` and ${change.details.length - 1} more` : ''
    if (first === undefined) return change.key
    return `${change.key} (${first.what}: ${capText(first.before ?? 'not set', VALUE_CHARS)} → ${capText(first.after ?? 'not set', VALUE_CHARS)}${more})`
  })
  const rest = changes.length - listed.length
  return `${plural(changes.length, 'flag')} ${changes.length === 1 ? 'differs' : 'differ'}: ${listed.join(', ')}${rest > 0 ? ` and ${formatNumber(rest)} more` : ''}.`
}

/** `45 minutes`, `2 h 5 min`: a soak is read in minutes and hours. */
function minutes(n: number): string {
  const rounded = Math.round(n)
  if (rounded < 120)
    return rounded === 0 && n > 0
      ? 'less than a minute'
      : `${rounded} minute${rounded === 1 ? '' : 's'}`
  const hours = Math.floor(rounded / 60)
  const rest = rounded % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}
