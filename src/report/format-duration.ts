import { formatNumber } from '../format.js'

/**
 * Seconds as a person reads an elapsed time: "0.4s", "45s", "2m 10s", "1h 5m", "2d 3h".
 * No Intl (see src/format.ts); the largest two units are enough at a glance.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?'
  if (seconds < 9.95) return `${formatNumber(seconds, 1)}s`
  const total = Math.round(seconds)
  const units: [number, string][] = [
    [Math.floor(total / 86_400), 'd'],
    [Math.floor(total / 3_600) % 24, 'h'],
    [Math.floor(total / 60) % 60, 'm'],
    [total % 60, 's']
  ]
  const first = units.findIndex(([value]) => value > 0)
  return units
    .slice(first, first + 2)
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${value}${unit}`)
    .join(' ')
}

/** Minutes of a strategy (duration, bake) as a duration: 1 → "1m", 0.5 → "30s". */
export function formatMinutes(minutes: number): string {
  return minutes === 0 ? '0m' : formatDuration(minutes * 60)
}

/** A percentage of clients: 50 → "50%", 12.5 → "12.5%", 33.333 → "33.33%". */
export function formatPercent(percentage: number): string {
  return `${formatNumber(percentage, 2)}%`
}

/** Seconds between two ISO timestamps; undefined when either is missing or unreadable. */
export function secondsBetween(
  from: string | undefined,
  to: string | undefined
): number | undefined {
  if (from === undefined || to === undefined) return undefined
  const ms = Date.parse(to) - Date.parse(from)
  return Number.isNaN(ms) ? undefined : ms / 1000
}

/**
 * `2025-11-20T10:00:33.000Z` → `2025-11-20 10:00:33 UTC` (`minute`: `2025-11-20 10:00 UTC`, for
 * narrow tables); other text is returned as is.
 */
export function formatTimestamp(
  iso: string,
  precision: 'second' | 'minute' = 'second'
): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})(?:\.\d+)?Z$/.exec(
    iso
  )
  if (match === null) return iso
  return `${match[1]} ${match[2]}${precision === 'second' ? match[3] : ''} UTC`
}
