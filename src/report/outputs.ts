import type { OutputName } from '../contract.js'
import type { Report } from './report.js'

/** Every output for a report; empty values are written too, so later steps can rely on them. */
export function toOutputs(report: Report): Record<OutputName, string> {
  return {
    result: report.result,
    state: '',
    'deployment-number': '',
    'configuration-version': '',
    'version-label': '',
    'application-id': '',
    'environment-id': '',
    'configuration-profile-id': '',
    'deployment-strategy-id': '',
    changed: 'false',
    'flags-added': '[]',
    'flags-removed': '[]',
    'flags-changed': '[]',
    'rollback-reason': '',
    'triggered-alarms': '[]',
    'plan-markdown': '',
    'duration-seconds': report.durationSeconds.toFixed(1)
  }
}
