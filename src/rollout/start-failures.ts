import type { WrittenVersion } from '../appconfig/written-version.js'
import type { Failure } from '../failure.js'
import { minutesText } from './wait-for-environment.js'

/** The failure when the workflow was cancelled before anything started. */
export function cancelledBeforeStart(version?: WrittenVersion): Failure {
  return {
    kind: 'cancelled',
    message: `The workflow was cancelled before the deployment started; nothing was deployed${version === undefined ? '' : ` (hosted version ${version.number} was written)`}.`
  }
}

/** The failure when timeout-minutes ran out before anything started. */
export function expiredBeforeStart(minutes: number): Failure {
  return {
    kind: 'timed-out',
    message: `timeout-minutes (${minutesText(minutes)}) ran out before the deployment started; nothing was deployed.`
  }
}
