import { describe, expect, it } from '@jest/globals'
import { OUTPUTS, type OutputName } from '../../src/contract.js'
import { toOutputs } from '../../src/report/outputs.js'
import { renderPlanMarkdown } from '../../src/report/render-plan.js'
import {
  ALARM_5XX,
  sampleContext,
  samples,
  type SampleName,
  asReport,
  type LooseReport
} from './sample-reports.js'

const IDS = {
  'application-id': 'a1b2c3d',
  'environment-id': 'e4f5g6h',
  'configuration-profile-id': 'p7q8r9s',
  'deployment-strategy-id': 'AppConfig.Linear50PercentEvery30Seconds'
}
const NO_IDS = {
  'application-id': '',
  'environment-id': '',
  'configuration-profile-id': '',
  'deployment-strategy-id': ''
}
const DIFF = {
  changed: 'true',
  'flags-added': '["express-checkout"]',
  'flags-removed': '[]',
  'flags-changed': '["allow-bitcoin-at-checkout","checkout-redesign"]'
}
const NO_DIFF = {
  changed: 'false',
  'flags-added': '[]',
  'flags-removed': '[]',
  'flags-changed': '[]'
}
const DEPLOYED = {
  'deployment-number': '42',
  'configuration-version': '17',
  'version-label': 'git-4f2a9c1'
}
const NOTHING_DEPLOYED = {
  state: '',
  'deployment-number': '',
  'configuration-version': '',
  'version-label': ''
}
/** The kill switch of the experiment samples: one flag turned off. */
const KILL_SWITCH_DIFF = {
  changed: 'true',
  'flags-added': '[]',
  'flags-removed': '[]',
  'flags-changed': '["allow-bitcoin-at-checkout"]'
}
const NO_ROLLBACK = { 'rollback-reason': '', 'triggered-alarms': '[]' }
/** The second-round outputs, written empty until their stages fill them. */
const SECOND_ROUND = {
  'plan-id': '',
  drift: '[]',
  'stale-flags': '[]',
  'unreferenced-flags': '[]'
}

/** The third-round outputs: no flag tests in any sample; no experiments once a target is known. */
type ThirdRound = { 'flag-test-results': string; experiments: string }
function thirdRound(report: {
  target?: unknown
  plan?: { experiments?: readonly unknown[] }
}): ThirdRound {
  return {
    'flag-test-results': '',
    experiments:
      report.target === undefined
        ? ''
        : report.plan?.experiments === undefined
          ? '[]'
          : EXPERIMENTS
  }
}

/** The experiment samples: the runs the plan saw, whatever became of them. */
const EXPERIMENTS = JSON.stringify([
  {
    flag: 'allow-bitcoin-at-checkout',
    experiment: 'bitcoin-discount-test',
    run: 3
  },
  { flag: 'checkout-redesign', experiment: 'redesign-layout', run: 1 }
])

/** The samples that exercise the second-round outputs. */
const SECOND_ROUND_OF: Partial<
  Record<SampleName, Partial<Record<keyof typeof SECOND_ROUND, string>>>
> = {
  'drift-refused': {
    'plan-id': 'v1.058ab2895f32.cfd2d317.41.16.16',
    drift: '["allow-bitcoin-at-checkout"]'
  },
  'plan-hygiene': {
    'stale-flags': '["legacy-coupon-field"]',
    'unreferenced-flags': '["express-checkout"]'
  },
  'plan-risks': { drift: '["checkout-redesign"]' }
}

const CONSOLE =
  'https://eu-west-1.console.aws.amazon.com/systems-manager/appconfig/applications/a1b2c3d/environments'
/** The console page of deployment #42, the one the samples start. */
const DEPLOYMENT_URL = {
  'deployment-url': `${CONSOLE}/e4f5g6h/deployments/42?region=eu-west-1`
}
/** No deployment started: the environment's page, for a job's environment.url. */
const ENVIRONMENT_URL = {
  'deployment-url': `${CONSOLE}/e4f5g6h?region=eu-west-1`
}

/** Every output but plan-markdown, which is checked against the plan renderer separately. */
const expected: Record<
  SampleName,
  Omit<
    Record<OutputName, string>,
    'plan-markdown' | keyof typeof SECOND_ROUND | keyof ThirdRound
  >
> = {
  complete: {
    result: 'complete',
    state: 'COMPLETE',
    ...DEPLOYED,
    ...IDS,
    ...DIFF,
    ...NO_ROLLBACK,
    ...DEPLOYMENT_URL,
    'duration-seconds': '134.6'
  },
  'rolled-back-by-alarm': {
    result: 'rolled-back',
    state: 'ROLLED_BACK',
    ...DEPLOYED,
    ...IDS,
    ...DIFF,
    'rollback-reason': `Rollback initiated by CloudWatch Alarm: ${ALARM_5XX} (triggered by CLOUDWATCH_ALARM: checkout-5xx)`,
    'triggered-alarms': JSON.stringify([ALARM_5XX]),
    ...DEPLOYMENT_URL,
    'duration-seconds': '86.2'
  },
  'rolled-back-by-user': {
    result: 'rolled-back',
    state: 'ROLLED_BACK',
    ...DEPLOYED,
    ...IDS,
    ...DIFF,
    'rollback-reason':
      'Rollback initiated by AWS account 123456789012 (triggered by USER)',
    'triggered-alarms': '[]',
    ...DEPLOYMENT_URL,
    'duration-seconds': '75.9'
  },
  reverted: {
    result: 'reverted',
    state: 'REVERTED',
    ...DEPLOYED,
    ...IDS,
    ...DIFF,
    'rollback-reason':
      'Deployment reverted by AWS account 123456789012 (triggered by USER)',
    'triggered-alarms': '[]',
    ...DEPLOYMENT_URL,
    'duration-seconds': '165.3'
  },
  'timed-out': {
    result: 'timed-out',
    state: 'ROLLING_BACK',
    ...DEPLOYED,
    ...IDS,
    ...DIFF,
    // No rollbackReason in the report: taken from the ROLLBACK_STARTED event.
    'rollback-reason': 'Rollback initiated by AWS account 123456789012',
    'triggered-alarms': '[]',
    ...DEPLOYMENT_URL,
    'duration-seconds': '64.1'
  },
  cancelled: {
    result: 'cancelled',
    state: 'ROLLING_BACK',
    ...DEPLOYED,
    ...IDS,
    ...DIFF,
    'rollback-reason': 'Rollback initiated by AWS account 123456789012',
    'triggered-alarms': '[]',
    ...DEPLOYMENT_URL,
    'duration-seconds': '51.7'
  },
  unchanged: {
    result: 'unchanged',
    ...NOTHING_DEPLOYED,
    ...IDS,
    ...NO_DIFF,
    ...NO_ROLLBACK,
    ...ENVIRONMENT_URL,
    'duration-seconds': '2.3'
  },
  plan: {
    result: 'planned',
    ...NOTHING_DEPLOYED,
    ...IDS,
    ...DIFF,
    ...NO_ROLLBACK,
    ...ENVIRONMENT_URL,
    'duration-seconds': '2.8'
  },
  'drift-refused': {
    result: 'failed',
    ...NOTHING_DEPLOYED,
    ...IDS,
    ...DIFF,
    ...NO_ROLLBACK,
    ...ENVIRONMENT_URL,
    'duration-seconds': '3.1'
  },
  'plan-hygiene': {
    result: 'planned',
    ...NOTHING_DEPLOYED,
    ...IDS,
    ...DIFF,
    ...NO_ROLLBACK,
    ...ENVIRONMENT_URL,
    'duration-seconds': '3.4'
  },
  'validation-failed': {
    result: 'failed',
    ...NOTHING_DEPLOYED,
    ...NO_IDS,
    ...NO_DIFF,
    ...NO_ROLLBACK,
    'deployment-url': '',
    'duration-seconds': '0.4'
  },
  'aws-error': {
    result: 'failed',
    state: '',
    'deployment-number': '',
    'configuration-version': '17',
    'version-label': 'git-4f2a9c1',
    ...IDS,
    ...DIFF,
    ...NO_ROLLBACK,
    ...ENVIRONMENT_URL,
    'duration-seconds': '3.1'
  },
  baking: {
    result: 'baking',
    state: 'BAKING',
    ...DEPLOYED,
    ...IDS,
    ...DIFF,
    ...NO_ROLLBACK,
    ...DEPLOYMENT_URL,
    'duration-seconds': '70.4'
  },
  started: {
    result: 'started',
    state: 'DEPLOYING',
    ...DEPLOYED,
    ...IDS,
    ...DIFF,
    ...NO_ROLLBACK,
    ...DEPLOYMENT_URL,
    'duration-seconds': '3.4'
  },
  'plan-risks': {
    result: 'planned',
    ...NOTHING_DEPLOYED,
    ...IDS,
    changed: 'true',
    'flags-added': '["express-checkout"]',
    'flags-removed': '["legacy-coupon-field"]',
    'flags-changed': '["allow-bitcoin-at-checkout","checkout-redesign"]',
    ...NO_ROLLBACK,
    ...ENVIRONMENT_URL,
    'duration-seconds': '3.2'
  },
  'refused-by-guard': {
    result: 'failed',
    ...NOTHING_DEPLOYED,
    ...IDS,
    changed: 'true',
    'flags-added': '["express-checkout"]',
    'flags-removed': '["legacy-coupon-field"]',
    'flags-changed': '["allow-bitcoin-at-checkout","checkout-redesign"]',
    ...NO_ROLLBACK,
    ...ENVIRONMENT_URL,
    'duration-seconds': '2.6'
  },
  'no-alarms': {
    result: 'complete',
    state: 'COMPLETE',
    ...DEPLOYED,
    ...IDS,
    'environment-id': 'q1w2e3r',
    ...DIFF,
    ...NO_ROLLBACK,
    // Its environment is Staging (q1w2e3r).
    'deployment-url': `${CONSOLE}/q1w2e3r/deployments/42?region=eu-west-1`,
    'duration-seconds': '134.2'
  },
  crashed: {
    result: 'failed',
    state: 'DEPLOYING',
    ...DEPLOYED,
    ...IDS,
    ...DIFF,
    ...NO_ROLLBACK,
    ...DEPLOYMENT_URL,
    'duration-seconds': '40.8'
  },
  'experiment-refused': {
    result: 'failed',
    ...NOTHING_DEPLOYED,
    ...IDS,
    ...KILL_SWITCH_DIFF,
    ...NO_ROLLBACK,
    ...ENVIRONMENT_URL,
    'duration-seconds': '2.2'
  },
  'experiment-stopped': {
    result: 'complete',
    state: 'COMPLETE',
    ...DEPLOYED,
    ...IDS,
    ...KILL_SWITCH_DIFF,
    ...NO_ROLLBACK,
    ...DEPLOYMENT_URL,
    'duration-seconds': '48.3'
  }
}

describe('toOutputs', () => {
  it.each(Object.keys(samples) as SampleName[])(
    '%s: every output of the contract, derived from the report',
    (name) => {
      const report = samples[name]()
      const outputs = toOutputs(report, sampleContext)
      expect(Object.keys(outputs).sort()).toEqual([...OUTPUTS].sort())
      const { 'plan-markdown': planMarkdown, ...rest } = outputs
      expect(rest).toEqual({
        ...SECOND_ROUND,
        ...SECOND_ROUND_OF[name],
        ...thirdRound(report),
        ...expected[name]
      })
      // The plan renderer's output whenever the run got as far as a plan.
      expect(planMarkdown).toBe(
        report.plan === undefined
          ? ''
          : renderPlanMarkdown(report, sampleContext)
      )
      expect(planMarkdown === '').toBe(name === 'validation-failed')
    }
  )

  it('writes empty values, not missing ones, when the run failed before anything', () => {
    const report: LooseReport = {
      result: 'failed',
      mode: undefined,
      failure: { kind: 'input', message: 'bad', input: 'mode' },
      durationSeconds: 0.04
    }
    expect(toOutputs(asReport(report))).toEqual({
      result: 'failed',
      ...NOTHING_DEPLOYED,
      ...NO_IDS,
      ...NO_DIFF,
      ...NO_ROLLBACK,
      'plan-markdown': '',
      'duration-seconds': '0.0',
      'deployment-url': '',
      ...SECOND_ROUND,
      ...thirdRound({})
    })
  })

  it('leaves plan-markdown without GitHub links when no context is given', () => {
    const markdown = toOutputs(samples.plan())['plan-markdown']
    expect(markdown).toContain('#### 3 flags change')
    expect(markdown).not.toContain('github.com')
  })
})

describe('deployment-url', () => {
  it("points at the partition's console, and is empty where there is no public one", () => {
    const report = samples.complete()
    const at = (region: string) =>
      toOutputs({ ...report, target: { ...report.target!, region } })[
        'deployment-url'
      ]
    expect(at('cn-north-1')).toBe(
      'https://cn-north-1.console.amazonaws.cn/systems-manager/appconfig/applications/a1b2c3d/environments/e4f5g6h/deployments/42?region=cn-north-1'
    )
    expect(at('us-gov-west-1')).toMatch(
      /^https:\/\/console\.amazonaws-us-gov\.com\/systems-manager\/appconfig\/.*\?region=us-gov-west-1$/
    )
    expect(at('us-iso-east-1')).toBe('')
  })
})
