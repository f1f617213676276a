import type { Report } from './report.js'

/**
 * What the environment serves when the run ends: the one thing the headline's icon says
 * (issue 27). One icon per state, never per result, so ❌ cannot mean both "production is
 * safe again" and "a deployment may still be running".
 */
export type ProductionState =
  | 'complete'
  | 'rolling'
  | 'rolled-back'
  | 'may-be-running'
  | 'nothing-happened'
  | 'looked'

/** The icon and its meaning, in the order docs/summaries/README.md lists them. */
export const PRODUCTION_STATES: Record<
  ProductionState,
  { readonly icon: string; readonly meaning: string }
> = {
  complete: {
    icon: '✅',
    meaning:
      'The environment serves the content to every client and the deployment is over (also: it already ran this content).'
  },
  rolling: {
    icon: '⏳',
    meaning:
      'The deployment is still rolling out or baking (`wait-until: started` or `baking`): AppConfig can still roll it back.'
  },
  'rolled-back': {
    icon: '↩️',
    meaning:
      'Rolled back, reverted or stopped: the environment serves (or is returning to) what it served before. Safe, but the change did not ship.'
  },
  'may-be-running': {
    icon: '⚠️',
    meaning:
      'The run ended (a crash, an error, `on-timeout`/`on-cancel: leave`) while its deployment was still moving: it may still be running. Follow or stop it.'
  },
  'nothing-happened': {
    icon: '⛔',
    meaning:
      'Nothing was deployed: the bundle failed validation, a guard refused, an input or AWS error stopped the run first.'
  },
  looked: {
    icon: '🔎',
    meaning:
      '`mode: plan` or `validate`: nothing is deployed by design; the summary says what a deploy would do.'
  }
}

/** The state the environment is in at the end of this run. */
export function productionState(report: Report): ProductionState {
  const rollout = report.rollout
  const ok = report.failure === undefined
  switch (report.result) {
    case 'validated':
    case 'planned':
      if (ok) return 'looked'
      break
    case 'unchanged':
      if (ok) return report.mode === 'plan' ? 'looked' : 'complete'
      break
    case 'complete':
      if (ok) return 'complete'
      break
    case 'started':
    case 'baking':
      if (ok) return 'rolling'
      break
    case 'rolled-back':
      return 'rolled-back'
    case 'reverted':
      // What `mode: revert` asked for is done; anywhere else a revert undid this deployment.
      return ok && report.mode === 'revert' ? 'complete' : 'rolled-back'
    default:
      break
  }
  if (report.failure?.kind === 'rolled-back') return 'rolled-back'
  if (rollout?.deploymentNumber === undefined) return 'nothing-happened'
  if (rollout.stopped === true) return 'rolled-back'
  switch (rollout.state) {
    case 'COMPLETE':
      return 'complete'
    case 'ROLLED_BACK':
    case 'REVERTED':
    case 'ROLLING_BACK':
      return 'rolled-back'
    default:
      return 'may-be-running'
  }
}

/** The headline icon for a report. */
export function stateIcon(report: Report): string {
  return PRODUCTION_STATES[productionState(report)].icon
}
