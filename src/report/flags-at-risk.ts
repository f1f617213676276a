import { isFiring } from '../alarms/alarm.js'
import { formatNumber } from '../format.js'
import { escapeMarkdown } from './markdown.js'
import { inlineCode } from './inline-code.js'
import type { GuardResult, Report } from './report.js'

/** Flags named in one line before the rest are counted: a headline stays one line. */
const NAMED_IN_LINE = 3

/** "`a`", "`a` and `b`", "`a`, `b`, `c` and 2 more". */
export function nameFlags(
  keys: readonly string[],
  max = NAMED_IN_LINE
): string {
  const named = keys.slice(0, max).map((k) => inlineCode(k))
  const rest = keys.length - named.length
  if (rest > 0) return `${named.join(', ')} and ${formatNumber(rest)} more`
  if (named.length <= 1) return named.join('')
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`
}

/** The keys of the plan's removed flags. */
export function removedFlags(report: Report): string[] {
  return (report.plan?.changes ?? [])
    .filter((c) => c.kind === 'removed')
    .map((c) => c.key)
}

/** The drifted flags whose live value this deploy would change back (or did). */
export function undoneFlags(report: Report): string[] {
  return (report.plan?.drift?.flags ?? [])
    .filter((f) => f.outcome === 'refused' || f.outcome === 'overwritten')
    .map((f) => f.key)
}

/**
 * What a refusing guard protects, in a few words naming the flags (or alarms) at risk, for
 * the headline: "`legacy-coupon-field` would be removed". Empty when the guard names none.
 */
export function refusalSubject(report: Report, guard: GuardResult): string {
  const environment = report.target
    ? `**${escapeMarkdown(report.target.environment.name)}**`
    : 'the environment'
  switch (guard.guard) {
    case 'flag-removal':
    case 'flag-in-use': {
      const keys = removedFlags(report)
      if (keys.length === 0) return ''
      return `${nameFlags(keys)} would be removed${guard.guard === 'flag-in-use' ? ' while code still reads it' : ''}`
    }
    case 'drift': {
      const keys = (report.plan?.drift?.flags ?? [])
        .filter((f) => f.outcome === 'refused')
        .map((f) => f.key)
      return keys.length === 0
        ? ''
        : `the deploy would undo a live change to ${nameFlags(keys)}`
    }
    case 'alarm-firing': {
      const firing = (report.plan?.alarms ?? []).filter(isFiring)
      return firing.length === 0
        ? ''
        : `${nameFlags(firing.map((a) => a.name))} ${firing.length === 1 ? 'is' : 'are'} firing`
    }
    case 'no-alarms':
      return `${environment} has no alarms`
    case 'in-progress':
      return `another deployment is running in ${environment}`
    case 'promotion': {
      const source = report.plan?.promotion?.source.environment.name
      return `${source === undefined ? 'the `promote-from` environment' : `**${escapeMarkdown(source)}**`} does not run this content yet`
    }
    case 'min-bake':
      return "the strategy's bake is shorter than `min-bake-minutes`"
    case 'expected-plan':
      return 'what the approved plan saw has changed'
    case 'set-flags':
      return `what ${environment} runs changed under the kill switch`
    case 'revert-target':
      return `what to revert in ${environment} has changed`
    case 'experiment': {
      const keys = (report.experiments ?? report.plan?.experiments ?? [])
        .filter((e) => e.effect === 'refused')
        .map((e) => e.flag)
      return keys.length === 0
        ? ''
        : `${nameFlags(keys)} ${keys.length === 1 ? 'is' : 'are'} under a running experiment`
    }
  }
}
