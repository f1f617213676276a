/**
 * One realistic Report per outcome, for the renderer's snapshot tests and for
 * scripts/render-samples.ts, which renders them into docs/summaries/. A checkout team rolls
 * the `checkout-flags` profile of `checkout-service` out to Production with the predefined
 * Linear50PercentEvery30Seconds strategy, watched by two CloudWatch alarms.
 */
import type { GitHubContext } from '../../src/github/context.js'
import {
  findRollbackCause,
  rollbackEvent
} from '../../src/appconfig/deployment-events.js'
import type { Result } from '../../src/contract.js'
import type { Mode } from '../../src/settings.js'
import { assessHygiene } from '../../src/hygiene/assess-hygiene.js'
import type { RunningExperiment } from '../../src/appconfig/read-experiments.js'
import { experimentNote } from '../../src/modes/incident.js'
import { checkExperiments } from '../../src/plan/check-experiments.js'
import type { Planned } from '../../src/plan/make-plan.js'
import { withStoppedExperiments } from '../../src/plan/with-stopped-experiments.js'
import { at as place, keyRefs, sampleRefs } from '../hygiene/fixtures.js'
import type {
  AlarmReport,
  Failure,
  BundleReport,
  PlanReport,
  Report,
  RolloutReport,
  TargetReport,
  TimelineEvent
} from '../../src/report/report.js'

export const sampleContext: GitHubContext = {
  serverUrl: 'https://github.com',
  repository: 'octo/shop',
  sha: '4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  ref: 'refs/heads/main',
  runId: '6789012345',
  runAttempt: '1',
  actor: 'octocat',
  workflow: 'Release flags',
  workspace: '/home/runner/work/shop/shop'
}

export const ACCOUNT = '123456789012'
export const ALARM_5XX = `arn:aws:cloudwatch:eu-west-1:${ACCOUNT}:alarm:checkout-5xx`
export const ALARM_LATENCY = `arn:aws:cloudwatch:eu-west-1:${ACCOUNT}:alarm:checkout-p99-latency`

export function sampleTarget(
  overrides: Partial<TargetReport> = {}
): TargetReport {
  return {
    region: 'eu-west-1',
    application: { id: 'a1b2c3d', name: 'checkout-service' },
    environment: { id: 'e4f5g6h', name: 'Production' },
    profile: { id: 'p7q8r9s', name: 'checkout-flags' },
    strategy: {
      id: 'AppConfig.Linear50PercentEvery30Seconds',
      name: 'AppConfig.Linear50PercentEvery30Seconds',
      growthType: 'LINEAR',
      growthFactor: 50,
      durationMinutes: 1,
      finalBakeMinutes: 1
    },
    monitors: [ALARM_5XX, ALARM_LATENCY],
    ...overrides
  }
}

export function sampleBundle(
  overrides: Partial<BundleReport> = {}
): BundleReport {
  return {
    displayPath: 'flags/checkout-flags.json',
    format: 'json',
    fileBytes: 3_412,
    flagCount: 14,
    problems: [],
    errorCount: 0,
    warningCount: 0,
    ...overrides
  }
}

function alarmOk(arn: string, name: string): AlarmReport {
  return {
    arn,
    name,
    state: 'OK',
    reason:
      'Threshold Crossed: 1 out of the last 1 datapoints [0.0 (20/11/25 09:58:00)] was not greater than the threshold (5.0) (minimum 1 datapoint for ALARM -> OK transition).',
    type: 'metric',
    actionsEnabled: true,
    updatedAt: '2025-11-19T22:14:03.000Z'
  }
}

export function quietAlarms(): AlarmReport[] {
  return [
    alarmOk(ALARM_5XX, 'checkout-5xx'),
    alarmOk(ALARM_LATENCY, 'checkout-p99-latency')
  ]
}

export function samplePlan(overrides: Partial<PlanReport> = {}): PlanReport {
  return {
    deployed: { version: 16, label: 'git-8c1d2e3', deploymentNumber: 41 },
    changed: true,
    // In the order src/plan/diff-bundles.ts gives: by key.
    changes: [
      {
        key: 'allow-bitcoin-at-checkout',
        kind: 'changed',
        toggled: 'enabled',
        details: [
          { what: 'enabled', before: 'false', after: 'true' },
          {
            what: 'attribute bitcoin-discount-percentage',
            before: '0',
            after: '5'
          },
          {
            what: 'attribute default-currency',
            before: '"EUR"',
            after: '"BTC"'
          }
        ]
      },
      {
        key: 'checkout-redesign',
        kind: 'changed',
        details: [
          {
            what: 'variant "Ten percent" rule',
            before:
              '"(and (eq $country \\"DE\\") (split pct::10 by::$customerId seed::\\"checkout-redesign\\"))"',
            after:
              '"(and (eq $country \\"DE\\") (split pct::25 by::$customerId seed::\\"checkout-redesign\\"))"'
          },
          {
            what: 'variant "QA" attribute layout',
            before: '"compact"',
            after: '"stepper"'
          }
        ]
      },
      {
        key: 'express-checkout',
        kind: 'added',
        details: [
          { what: 'enabled', after: 'false' },
          { what: 'attribute max-items', after: '10' },
          { what: 'name', after: '"Express checkout"' },
          {
            what: 'description',
            after: '"One-page checkout for returning customers."'
          },
          {
            what: 'attribute max-items definition',
            after: '{"constraints":{"maximum":50,"minimum":1,"type":"number"}}'
          }
        ]
      }
    ],
    unchangedCount: 11,
    // The messages src/plan/check-guards.ts and src/rollout.ts write.
    guards: [
      {
        guard: 'flag-removal',
        outcome: 'pass',
        message: 'The bundle removes no flags.'
      },
      {
        guard: 'no-alarms',
        outcome: 'pass',
        message:
          'The environment has 2 CloudWatch alarm monitors; AppConfig rolls back if one fires.'
      },
      {
        guard: 'alarm-firing',
        outcome: 'pass',
        message: 'All 2 monitored alarms are OK.'
      },
      {
        guard: 'in-progress',
        outcome: 'pass',
        message: 'No other deployment is in progress in Production.'
      }
    ],
    alarms: quietAlarms(),
    ...overrides
  }
}

const T0 = Date.parse('2025-11-20T10:00:00.000Z')

/** An ISO timestamp `seconds` after the deployment started. */
export function at(seconds: number): string {
  return new Date(T0 + seconds * 1000).toISOString()
}

function started(): TimelineEvent {
  return {
    at: at(0),
    type: 'DEPLOYMENT_STARTED',
    triggeredBy: 'USER',
    description: 'Deployment started'
  }
}

function percentage(seconds: number, percent: number): TimelineEvent {
  return {
    at: at(seconds),
    type: 'PERCENTAGE_UPDATED',
    triggeredBy: 'APPCONFIG',
    description: `Configuration available to ${percent.toFixed(2)}% of clients`
  }
}

function bakeStarted(seconds: number): TimelineEvent {
  return {
    at: at(seconds),
    type: 'BAKE_TIME_STARTED',
    triggeredBy: 'APPCONFIG',
    description: 'Deployment bake time started'
  }
}

function completed(seconds: number): TimelineEvent {
  return {
    at: at(seconds),
    type: 'DEPLOYMENT_COMPLETED',
    triggeredBy: 'APPCONFIG',
    description: 'Deployment completed'
  }
}

function rollbackCompleted(seconds: number): TimelineEvent {
  return {
    at: at(seconds),
    type: 'ROLLBACK_COMPLETED',
    triggeredBy: 'APPCONFIG',
    description: 'Rollback completed'
  }
}

function stoppedByUser(
  seconds: number,
  by = `AWS account ${ACCOUNT}`
): TimelineEvent {
  return {
    at: at(seconds),
    type: 'ROLLBACK_STARTED',
    triggeredBy: 'USER',
    description: `Rollback initiated by ${by}`
  }
}

export function sampleRollout(
  overrides: Partial<RolloutReport> = {}
): RolloutReport {
  return {
    version: { number: 17, label: 'git-4f2a9c1', reused: false },
    deploymentNumber: 42,
    state: 'COMPLETE',
    percentage: 100,
    startedAt: at(0),
    endedAt: at(130),
    events: [
      started(),
      percentage(33, 50),
      percentage(66, 100),
      bakeStarted(66),
      completed(130)
    ],
    alarms: quietAlarms(),
    triggeredAlarms: [],
    ...overrides
  }
}

const ALARM_REASON =
  'Threshold Crossed: 2 out of the last 2 datapoints [14.0 (20/11/25 10:00:00), 9.0 (20/11/25 09:59:00)] were greater than the threshold (5.0) (minimum 2 datapoints for OK -> ALARM transition).'

const rawSamples = {
  complete: (): LooseReport => ({
    result: 'complete',
    mode: 'deploy',
    bundle: sampleBundle(),
    target: sampleTarget(),
    plan: samplePlan(),
    rollout: sampleRollout(),
    durationSeconds: 134.6
  }),

  'rolled-back-by-alarm': (): LooseReport => {
    const description = `Rollback initiated by CloudWatch Alarm: ${ALARM_5XX}`
    // src/rollout.ts appends who triggered it to AppConfig's description.
    const reason = `${description} (triggered by CLOUDWATCH_ALARM: checkout-5xx)`
    return {
      result: 'rolled-back',
      mode: 'deploy',
      bundle: sampleBundle(),
      target: sampleTarget(),
      plan: samplePlan(),
      rollout: sampleRollout({
        state: 'ROLLED_BACK',
        percentage: 50,
        endedAt: at(82),
        events: [
          started(),
          percentage(33, 50),
          {
            at: at(52),
            type: 'ROLLBACK_STARTED',
            triggeredBy: 'CLOUDWATCH_ALARM',
            description
          },
          rollbackCompleted(82)
        ],
        alarms: [
          {
            arn: ALARM_5XX,
            name: 'checkout-5xx',
            state: 'ALARM',
            reason: ALARM_REASON,
            type: 'metric',
            actionsEnabled: true,
            updatedAt: at(49)
          },
          alarmOk(ALARM_LATENCY, 'checkout-p99-latency')
        ],
        triggeredAlarms: [ALARM_5XX],
        rollbackReason: reason
      }),
      failure: {
        kind: 'rolled-back',
        message: `AppConfig rolled back deployment 42: ${reason}`
      },
      durationSeconds: 86.2
    }
  },

  'rolled-back-by-user': (): LooseReport => ({
    result: 'rolled-back',
    mode: 'deploy',
    bundle: sampleBundle(),
    target: sampleTarget(),
    plan: samplePlan(),
    rollout: sampleRollout({
      state: 'ROLLED_BACK',
      percentage: 50,
      endedAt: at(71),
      events: [
        started(),
        percentage(33, 50),
        stoppedByUser(41),
        rollbackCompleted(71)
      ],
      rollbackReason: `Rollback initiated by AWS account ${ACCOUNT} (triggered by USER)`
    }),
    failure: {
      kind: 'rolled-back',
      message: `AppConfig rolled back deployment 42: Rollback initiated by AWS account ${ACCOUNT} (triggered by USER)`
    },
    durationSeconds: 75.9
  }),

  reverted: (): LooseReport => ({
    result: 'reverted',
    mode: 'deploy',
    bundle: sampleBundle(),
    target: sampleTarget(),
    plan: samplePlan(),
    rollout: sampleRollout({
      state: 'REVERTED',
      percentage: 100,
      endedAt: at(161),
      events: [
        started(),
        percentage(33, 50),
        percentage(66, 100),
        bakeStarted(66),
        completed(130),
        {
          at: at(161),
          type: 'REVERT_COMPLETED',
          triggeredBy: 'USER',
          description: `Deployment reverted by AWS account ${ACCOUNT}`
        }
      ],
      rollbackReason: `Deployment reverted by AWS account ${ACCOUNT} (triggered by USER)`
    }),
    failure: {
      kind: 'reverted',
      message: `Deployment 42 was reverted: Deployment reverted by AWS account ${ACCOUNT} (triggered by USER)`
    },
    durationSeconds: 165.3
  }),

  'timed-out': (): LooseReport => ({
    result: 'timed-out',
    mode: 'deploy',
    bundle: sampleBundle(),
    target: sampleTarget(),
    plan: samplePlan(),
    rollout: sampleRollout({
      state: 'ROLLING_BACK',
      percentage: 50,
      endedAt: undefined,
      events: [started(), percentage(33, 50), stoppedByUser(60)],
      stopped: true
    }),
    failure: {
      kind: 'timed-out',
      message:
        'Deployment 42 did not finish within 1 minute (last state DEPLOYING, 50%). It was stopped and AppConfig rolls it back.'
    },
    durationSeconds: 64.1
  }),

  cancelled: (): LooseReport => ({
    result: 'cancelled',
    mode: 'deploy',
    bundle: sampleBundle(),
    target: sampleTarget(),
    plan: samplePlan(),
    rollout: sampleRollout({
      state: 'ROLLING_BACK',
      percentage: 50,
      endedAt: undefined,
      events: [started(), percentage(33, 50), stoppedByUser(47)],
      stopped: true
    }),
    failure: {
      kind: 'cancelled',
      message:
        'The workflow was cancelled during deployment 42. The deployment was stopped and AppConfig rolls it back.'
    },
    durationSeconds: 51.7
  }),

  unchanged: (): LooseReport => ({
    result: 'unchanged',
    mode: 'deploy',
    bundle: sampleBundle(),
    target: sampleTarget(),
    plan: samplePlan({ changed: false, changes: [], unchangedCount: 14 }),
    durationSeconds: 2.3
  }),

  plan: (): LooseReport => ({
    result: 'planned',
    mode: 'plan',
    bundle: sampleBundle(),
    target: sampleTarget(),
    plan: samplePlan(),
    durationSeconds: 2.8
  }),

  'validation-failed': (): LooseReport => ({
    result: 'failed',
    mode: 'deploy',
    bundle: sampleBundle({
      flagCount: 15,
      errorCount: 3,
      warningCount: 1,
      problems: [
        {
          rule: 'key-format',
          severity: 'error',
          message:
            "flags: flag key 'checkout.v2' is not a valid AppConfig key: AppConfig keys start with a lowercase letter and hold only letters, digits, _ and - (at most 64 characters). AppConfig keys cannot contain '.'.",
          path: ['flags', 'checkout.v2'],
          line: 12,
          col: 5
        },
        {
          rule: 'deprecated-flag',
          severity: 'warning',
          message:
            "flag 'one-click-checkout' was due for removal on 2025-06-30 (_deprecation.date); remove it from the bundle and the code, or move the date (AppConfig does not disable it)",
          path: ['flags', 'one-click-checkout', '_deprecation', 'date'],
          line: 41,
          col: 52
        },
        {
          rule: 'attribute-enum',
          severity: 'error',
          message:
            'values.allow-bitcoin-at-checkout.default-currency is "GBP"; the attribute allows only "BTC", "USD", "EUR"',
          path: ['values', 'allow-bitcoin-at-checkout', 'default-currency'],
          line: 64,
          col: 27
        },
        {
          rule: 'type',
          severity: 'error',
          message:
            'values.one-click-checkout.enabled must be a boolean, not a string ("yes"); write true or false (YAML 1.2 reads yes/no/on/off as strings)',
          path: ['values', 'one-click-checkout', 'enabled'],
          line: 70,
          col: 36
        }
      ]
    }),
    failure: {
      kind: 'bundle',
      message:
        'The bundle flags/checkout-flags.json has 3 problems; each is annotated at its line.'
    },
    durationSeconds: 0.4
  }),

  'aws-error': (): LooseReport => ({
    result: 'failed',
    mode: 'deploy',
    bundle: sampleBundle(),
    target: sampleTarget(),
    plan: samplePlan(),
    rollout: {
      version: { number: 17, label: 'git-4f2a9c1', reused: false },
      events: [],
      alarms: quietAlarms(),
      triggeredAlarms: []
    },
    failure: {
      kind: 'aws',
      step: 'Starting the deployment',
      errorName: 'AccessDeniedException',
      iamAction: 'appconfig:StartDeployment',
      message: `Starting the deployment failed: access denied to appconfig:StartDeployment (User: arn:aws:sts::${ACCOUNT}:assumed-role/github-flags-deploy/GitHubActions is not authorized to perform: appconfig:StartDeployment on resource: arn:aws:appconfig:eu-west-1:${ACCOUNT}:application/a1b2c3d/environment/e4f5g6h/configuration/p7q8r9s because no identity-based policy allows the appconfig:StartDeployment action). Grant the role the IAM action appconfig:StartDeployment; the README lists the whole policy.`
    },
    durationSeconds: 3.1
  }),

  baking: (): LooseReport => ({
    result: 'baking',
    mode: 'deploy',
    bundle: sampleBundle(),
    target: sampleTarget(),
    plan: samplePlan(),
    rollout: sampleRollout({
      state: 'BAKING',
      endedAt: undefined,
      events: [
        started(),
        percentage(33, 50),
        percentage(66, 100),
        bakeStarted(66)
      ]
    }),
    durationSeconds: 70.4
  }),

  started: (): LooseReport => ({
    result: 'started',
    mode: 'deploy',
    bundle: sampleBundle(),
    target: sampleTarget(),
    plan: samplePlan(),
    rollout: sampleRollout({
      state: 'DEPLOYING',
      percentage: 0,
      endedAt: undefined,
      events: [started()]
    }),
    durationSeconds: 3.4
  }),

  'refused-by-guard': (): LooseReport => {
    const message =
      'Refusing to remove 1 flag not marked `_deprecation` in the deployed version: legacy-coupon-field. Mark them `_deprecation` in a release first, or set allow-flag-removal: true.'
    return {
      result: 'failed',
      mode: 'deploy',
      bundle: sampleBundle({ flagCount: 13 }),
      target: sampleTarget(),
      plan: samplePlan({
        changes: [
          ...samplePlan().changes,
          {
            key: 'legacy-coupon-field',
            kind: 'removed',
            details: [
              { what: 'enabled', before: 'true' },
              { what: 'name', before: '"Legacy coupon field"' }
            ]
          }
        ],
        unchangedCount: 10,
        guards: [
          { guard: 'flag-removal', outcome: 'refuse', message },
          ...samplePlan().guards.filter((g) => g.guard !== 'flag-removal')
        ]
      }),
      failure: { kind: 'guard', message },
      durationSeconds: 2.6
    }
  },

  'no-alarms': (): LooseReport => ({
    result: 'complete',
    mode: 'deploy',
    bundle: sampleBundle(),
    target: sampleTarget({
      environment: { id: 'q1w2e3r', name: 'Staging' },
      monitors: []
    }),
    plan: samplePlan({
      guards: [
        {
          guard: 'flag-removal',
          outcome: 'pass',
          message: 'The bundle removes no flags.'
        },
        {
          guard: 'no-alarms',
          outcome: 'warn',
          message:
            'AppConfig cannot roll back automatically: the environment has no CloudWatch alarm monitors. Add an alarm monitor to the environment; require-alarms: true refuses such rollouts.'
        },
        {
          guard: 'alarm-firing',
          outcome: 'pass',
          message: 'No monitored alarms to check.'
        },
        {
          guard: 'in-progress',
          outcome: 'pass',
          message: 'No other deployment is in progress in Staging.'
        }
      ],
      alarms: []
    }),
    rollout: sampleRollout({ alarms: [] }),
    durationSeconds: 134.2
  }),

  crashed: (): LooseReport => ({
    result: 'failed',
    mode: 'deploy',
    bundle: sampleBundle(),
    target: sampleTarget(),
    plan: samplePlan(),
    rollout: sampleRollout({
      state: 'DEPLOYING',
      percentage: 50,
      endedAt: undefined,
      events: [started(), percentage(33, 50)]
    }),
    failure: {
      kind: 'internal',
      message:
        "Unexpected error: Cannot read properties of undefined (reading 'State')"
    },
    durationSeconds: 40.8
  }),

  // Issue 13: a routine deploy that would silently undo a console change is refused.
  'drift-refused': (): LooseReport => {
    const plan = samplePlan()
    const message =
      'Refusing (on-drift: fail): 1 flag changed outside this action since this action last deployed to Production (deployment 40), and this deploy would silently change it back: allow-bitcoin-at-checkout. Put the live values into the bundle, set on-drift: keep to carry them into this deployment, or on-drift: overwrite to change them back.'
    const value = (discount: number) => ({
      definition: { name: 'Allow Bitcoin at checkout' },
      value: { enabled: true, 'bitcoin-discount-percentage': discount }
    })
    return {
      result: 'failed',
      mode: 'deploy',
      bundle: sampleBundle(),
      target: sampleTarget(),
      plan: {
        ...plan,
        planId: 'v1.058ab2895f32.cfd2d317.41.16.16',
        drift: {
          onDrift: 'fail',
          base: { deploymentNumber: 40, version: 15, label: 'git-7b0e1f2' },
          live: { deploymentNumber: 41, version: 16 },
          recognisedBy: 'tags',
          limitReached: false,
          flags: [
            {
              key: 'allow-bitcoin-at-checkout',
              kind: 'undo',
              outcome: 'refused',
              base: value(5),
              live: value(0),
              new: value(5)
            }
          ]
        },
        guards: [{ guard: 'drift', outcome: 'refuse', message }, ...plan.guards]
      },
      failure: { kind: 'guard', message },
      durationSeconds: 3.1
    }
  },

  // Issue 17: the plan with the code references of the flags.
  'plan-hygiene': (): LooseReport => ({
    result: 'planned',
    mode: 'plan',
    bundle: sampleBundle(),
    target: sampleTarget(),
    plan: samplePlan(),
    durationSeconds: 3.4,
    hygiene: assessHygiene({
      flags: [
        { key: 'allow-bitcoin-at-checkout' },
        { key: 'express-checkout' },
        { key: 'legacy-coupon-field', deprecationDate: '2025-12-31' }
      ],
      today: '2026-11-29',
      refs: sampleRefs(
        [
          keyRefs('allow-bitcoin-at-checkout', [
            place(
              'src/checkout/payment.ts',
              18,
              "if (flags.isEnabled('allow-bitcoin-at-checkout')) {"
            )
          ]),
          keyRefs('express-checkout'),
          keyRefs('legacy-coupon-field', [
            place(
              'src/checkout/coupon.tsx',
              7,
              "useFlag('legacy-coupon-field')"
            )
          ])
        ],
        { patterns: ['src/**/*.ts', 'src/**/*.tsx'] }
      )
    }),
    staleFlags: ['legacy-coupon-field']
  }),
  // Issue 23: a kill switch on a flag under a running experiment, refused (on-experiment: fail).
  'experiment-refused': (): LooseReport => {
    const { plan, incident } = killSwitchOnExperiment('fail')
    const refused = plan.guards.find((g) => g.outcome === 'refuse')!
    return {
      result: 'failed',
      mode: 'deploy',
      target: sampleTarget(),
      plan,
      incident,
      failure: { kind: 'guard', message: refused.message },
      durationSeconds: 2.2
    }
  },

  // Issue 23: the same kill switch with on-experiment: stop: the run ended first, then deployed.
  'experiment-stopped': (): LooseReport => {
    const { plan, incident } = killSwitchOnExperiment('stop')
    return {
      result: 'complete',
      mode: 'deploy',
      target: sampleTarget(),
      plan,
      incident: {
        ...incident,
        to: {
          version: 17,
          label: 'git-4f2a9c1',
          deploymentNumber: 42
        },
        path: 'deployment'
      },
      rollout: sampleRollout(),
      durationSeconds: 48.3
    }
  },

  // Issue 27: every risk a reviewer must see, named in callouts before the changes.
  'plan-risks': (): LooseReport => {
    const plan = samplePlan()
    return {
      result: 'planned',
      mode: 'plan',
      bundle: sampleBundle({ flagCount: 14 }),
      target: sampleTarget(),
      plan: {
        ...plan,
        changes: [
          ...plan.changes.filter((c) => c.key !== 'express-checkout'),
          {
            key: 'express-checkout',
            kind: 'added',
            details: [
              { what: 'enabled', after: 'true' },
              { what: 'attribute max-items', after: '10' },
              { what: 'name', after: '"Express checkout"' }
            ]
          },
          {
            key: 'legacy-coupon-field',
            kind: 'removed',
            details: [
              { what: 'enabled', before: 'false' },
              { what: 'name', before: '"Legacy coupon field"' }
            ]
          }
        ],
        unchangedCount: 10,
        drift: {
          onDrift: 'overwrite',
          base: { deploymentNumber: 40, version: 15, label: 'git-7b0e1f2' },
          live: { deploymentNumber: 41, version: 16 },
          recognisedBy: 'tags',
          limitReached: false,
          flags: [
            {
              key: 'checkout-redesign',
              kind: 'undo',
              outcome: 'overwritten',
              base: { definition: {}, value: { enabled: true } },
              live: { definition: {}, value: { enabled: false } },
              new: { definition: {}, value: { enabled: true } }
            }
          ]
        },
        guards: [
          {
            guard: 'flag-removal',
            outcome: 'warn',
            message:
              'Removes 1 flag (allowed by allow-flag-removal: true): legacy-coupon-field.'
          },
          {
            guard: 'drift',
            outcome: 'warn',
            message:
              'on-drift: overwrite: 1 flag changed outside this action since deployment 40 is changed back: checkout-redesign.'
          },
          ...plan.guards.filter((g) => g.guard !== 'flag-removal')
        ]
      },
      experiments: [
        {
          flag: 'checkout-redesign',
          experiment: 'checkout-redesign-ab',
          run: '7',
          definitionId: 'def0007',
          runNumber: 7,
          startedAt: '2025-11-18T09:00:00.000Z',
          affected: true,
          effect: 'waits'
        }
      ],
      durationSeconds: 3.2
    }
  }
} satisfies Record<string, () => LooseReport>

/** Every sample, by the name of its file in docs/summaries/, shaped as the pipeline shapes it. */
export const samples = Object.fromEntries(
  Object.entries(rawSamples).map(([name, make]) => [
    name,
    () => asReport(make())
  ])
) as { [K in keyof typeof rawSamples]: () => Report }

export type SampleName = keyof typeof samples

/** What each sample shows, for docs/summaries/README.md. */
export const sampleTitles: Record<SampleName, string> = {
  complete: 'Deployed: the rollout completed',
  'rolled-back-by-alarm': 'Rolled back by a CloudWatch alarm',
  'rolled-back-by-user': 'Rolled back: someone stopped the deployment',
  reverted: 'Reverted after completing',
  'timed-out': 'Timed out (on-timeout: stop)',
  cancelled: 'Workflow cancelled (on-cancel: stop)',
  unchanged: 'Unchanged: nothing to deploy',
  plan: 'Plan (mode: plan)',
  'validation-failed': 'Validation failed',
  'aws-error': 'AWS error: a missing IAM permission',
  baking: 'Baking (wait-until: baking)',
  started: 'Started (wait-until: started)',
  'refused-by-guard': 'Refused by a guard: a flag would be removed',
  'no-alarms': 'Deployed to an environment without alarms',
  crashed: 'Crash inside the pipeline while a deployment runs',
  'drift-refused':
    'Refused: the deploy would undo a change made in the console (drift)',
  'plan-hygiene': 'Plan with flag hygiene (code-references)',
  'experiment-refused':
    'Refused: a kill switch on a flag under a running AppConfig experiment (on-experiment: fail)',
  'experiment-stopped':
    'Kill switch with on-experiment: stop: the experiment run ended first, then the flag deployed',
  'plan-risks':
    'Plan with risks: a removal, a flag added on, a live change undone, an experiment'
}

/** A report as tests like to build it, by spreading samples: any result with any failure. */
export interface LooseReport {
  readonly result: Result
  readonly mode: Mode | undefined
  readonly requested?: Report['requested']
  readonly bundle?: BundleReport
  readonly target?: TargetReport
  readonly plan?: PlanReport
  readonly rollout?: RolloutReport
  readonly failure?: Failure
  readonly hygiene?: Report['hygiene']
  readonly staleFlags?: Report['staleFlags']
  readonly incident?: Report['incident']
  readonly experiments?: Report['experiments']
  readonly durationSeconds: number
}

/**
 * A loose report in the pipeline's shape: the rollback cause that src/rollout/run-rollout.ts
 * reads once from the event log is read here the same way. The union's invariants are the
 * renderers' to rely on; tests that break them on purpose say so.
 */
export function asReport(report: LooseReport): Report {
  const rollout = report.rollout
  if (
    rollout === undefined ||
    (rollbackEvent(rollout.events) === undefined &&
      report.result !== 'rolled-back' &&
      report.result !== 'reverted')
  )
    return report as Report
  const cause = findRollbackCause(rollout.events, {
    triggeredAlarms: rollout.triggeredAlarms,
    knownAlarms: [
      ...(report.target?.monitors ?? []),
      ...rollout.alarms.map((a) => a.arn),
      ...(report.plan?.alarms ?? []).map((a) => a.arn)
    ],
    stopped: rollout.stopped === true,
    percentage: rollout.percentage
  })
  return {
    ...report,
    rollout: {
      ...rollout,
      cause: {
        ...cause,
        description: cause.description ?? rollout.rollbackReason
      }
    }
  } as Report
}

/**
 * `set-flags: allow-bitcoin-at-checkout=off` while run 3 of `bitcoin-discount-test` runs on
 * that flag (and run 1 of `redesign-layout` on another): the plan the real guard makes under
 * `on-experiment`, and for `stop` the plan after the run ended (withStoppedExperiments).
 */
function killSwitchOnExperiment(onExperiment: 'fail' | 'stop') {
  const flag = 'allow-bitcoin-at-checkout'
  const running: RunningExperiment[] = [
    {
      flag,
      definitionId: 'exp7k2q',
      experiment: 'bitcoin-discount-test',
      run: 3,
      startedAt: '2025-11-06T09:00:00.000Z'
    },
    {
      flag: 'checkout-redesign',
      definitionId: 'exp9m4r',
      experiment: 'redesign-layout',
      run: 1,
      startedAt: '2025-11-12T14:30:00.000Z'
    }
  ]
  const base = samplePlan()
  const changes = [
    {
      key: flag,
      kind: 'changed' as const,
      toggled: 'disabled' as const,
      details: [{ what: 'enabled', before: 'true', after: 'false' }]
    }
  ]
  const checked = checkExperiments(
    running,
    changes,
    { mode: 'deploy', onExperiment },
    { environment: 'Production', application: 'a1b2c3d' }
  )
  let plan: PlanReport = {
    ...base,
    changes,
    unchangedCount: 11,
    guards: [...base.guards, checked.guard],
    experiments: checked.experiments
  }
  if (onExperiment === 'stop') {
    // After the stop the planner no longer sees the run: the guard passes, the run is kept.
    const after = checkExperiments(
      running.slice(1),
      changes,
      { mode: 'deploy', onExperiment },
      { environment: 'Production', application: 'a1b2c3d' }
    )
    plan = withStoppedExperiments(
      {
        plan: {
          ...plan,
          guards: [...base.guards, after.guard],
          experiments: after.experiments
        },
        content: { source: 'set-flags', value: {}, text: '{}' },
        active: undefined,
        deployed: undefined,
        latestDeploymentNumber: 42
      } satisfies Planned,
      [{ ...running[0]!, endedAt: '2025-11-20T09:59:57.000Z' }]
    ).plan
  }
  const incident: NonNullable<Report['incident']> = {
    kind: 'set-flags',
    actor: 'oncall-ana',
    at: '2025-11-20T10:00:00.000Z',
    reason: 'bitcoin payments failing (INC-2231)',
    lines: [`${flag}=off`],
    from: { version: 16, label: 'git-8c1d2e3', deploymentNumber: 41 },
    undo: `Run this again with set-flags:\n${flag}=on`,
    experimentNote: experimentNote(plan.experiments)
  }
  return { plan, incident }
}
