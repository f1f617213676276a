import type { Problem } from './problem.js'

/**
 * How many problems a bundle reports. A person fixes a bundle from the first few; past a
 * hundred, more lines only bury the log (GitHub shows ten error annotations per step and fifty
 * per job anyway), and each costs an annotation command in the runner's log.
 */
export const MAX_PROBLEMS = 100

/**
 * The first `max` problems (in source order), and, when there are more, one problem at the
 * first one left out that says how many were not reported, so the cut is never silent.
 */
export function capProblems(
  problems: readonly Problem[],
  max: number = MAX_PROBLEMS
): readonly Problem[] {
  const first = problems[max]
  if (first === undefined) return problems
  const rest = problems.length - max
  let errors = 0
  for (let i = max; i < problems.length; i++)
    if (problems[i]?.severity === 'error') errors++
  const counts = [
    errors ? plural(errors, 'error') : '',
    rest - errors ? plural(rest - errors, 'warning') : ''
  ]
    .filter(Boolean)
    .join(' and ')
  return [
    ...problems.slice(0, max),
    {
      rule: 'problem-limit',
      severity: errors > 0 ? 'error' : 'warning',
      message: `${counts} more, from here on, are not reported: only the first ${max} problems are; fix those and run again`,
      path: [],
      line: first.line,
      col: first.col
    }
  ]
}

const plural = (n: number, word: string): string =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`
