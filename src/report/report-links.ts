import type { GitHubContext } from '../github/context.js'
import { deploymentConsoleUrl } from './console-url.js'
import type { Report } from './report.js'

/** The commit the run built, on GitHub. */
export function commitUrl(context: GitHubContext): string | undefined {
  if (context.repository === undefined || context.sha === undefined)
    return undefined
  return `${context.serverUrl}/${context.repository}/commit/${context.sha}`
}

/** The AppConfig console page of the report's deployment, when one was started. */
export function deploymentUrl(report: Report): string | undefined {
  return consoleUrlOf(report, report.rollout?.deploymentNumber)
}

/** The AppConfig console page of the deployment the environment ran before, if any. */
export function deployedUrl(report: Report): string | undefined {
  return consoleUrlOf(report, report.plan?.deployed?.deploymentNumber)
}

function consoleUrlOf(
  report: Report,
  number: number | undefined
): string | undefined {
  const target = report.target
  if (number === undefined || target === undefined) return undefined
  return deploymentConsoleUrl(
    target.region,
    target.application.id,
    target.environment.id,
    number
  )
}

/** A GitHubContext with nothing in it: no links, for callers without one. */
export const NO_CONTEXT: GitHubContext = {
  serverUrl: 'https://github.com',
  repository: undefined,
  sha: undefined,
  ref: undefined,
  runId: undefined,
  runAttempt: undefined,
  actor: undefined,
  workflow: undefined,
  workspace: ''
}
