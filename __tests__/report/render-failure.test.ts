import { describe, expect, it } from '@jest/globals'
import { byteLength } from '../../src/report/limits.js'
import { cutToLimit } from '../../src/report/fit.js'
import { renderSummary } from '../../src/report/render-summary.js'
import { toOutputs } from '../../src/report/outputs.js'
import type { Failure, Report } from '../../src/report/report.js'
import {
  ALARM_5XX,
  ALARM_LATENCY,
  at,
  sampleContext,
  samplePlan,
  sampleRollout,
  samples,
  asReport,
  type LooseReport
} from './sample-reports.js'

function render(report: LooseReport): string {
  return renderSummary(asReport(report), sampleContext)
}

function withFailure(base: LooseReport, failure: Failure): LooseReport {
  return { ...base, failure }
}

describe('what to do, by failure', () => {
  it.each<[string, LooseReport, string, string]>([
    [
      'a bad input',
      withFailure(samples.plan(), {
        kind: 'input',
        message: "Input 'timeout-minutes' has the value '-3'",
        input: 'timeout-minutes'
      }),
      '### ⛔ Invalid input',
      "**What to do:** fix the input `timeout-minutes` in the workflow's `with:` block and re-run."
    ],
    [
      'a refused plan',
      { ...samples['refused-by-guard'](), mode: 'plan' },
      '### ⛔ Plan refused by the `flag-removal` guard: `legacy-coupon-field` would be removed; deploying would be blocked',
      '**What happened:** a deploy of this bundle would stop at the `flag-removal` guard, before writing anything.'
    ],
    [
      'a resource not found',
      withFailure(samples.plan(), {
        kind: 'aws',
        step: 'Resolving the environment',
        errorName: 'ResourceNotFoundException',
        message: 'Resolving the environment failed: no environment Prod'
      }),
      '### ⛔ AWS error while resolving the environment: `ResourceNotFoundException`',
      'each must name an existing resource in `eu-west-1` (by name or ID).'
    ],
    [
      'a request AppConfig rejected',
      withFailure(samples.plan(), {
        kind: 'aws',
        errorName: 'BadRequestException',
        message: 'bad'
      }),
      '### ⛔ AWS error: `BadRequestException`',
      'AppConfig rejected the request'
    ],
    [
      'throttling',
      withFailure(samples.plan(), {
        kind: 'aws',
        errorName: 'ThrottlingException',
        message: 'slow down'
      }),
      '### ⛔ AWS error: `ThrottlingException`',
      'AWS throttled the calls'
    ],
    [
      'a quota',
      withFailure(samples.plan(), {
        kind: 'aws',
        errorName: 'ServiceQuotaExceededException',
        message: 'too many versions'
      }),
      '### ⛔ AWS error: `ServiceQuotaExceededException`',
      'an AppConfig quota is reached'
    ],
    [
      'an AWS error without a name',
      withFailure(samples.plan(), { kind: 'aws', message: 'socket hang up' }),
      '### ⛔ AWS error',
      '**What to do:** re-run the workflow; if the error persists'
    ],
    [
      'a guard refusal with no guard recorded',
      withFailure(samples.plan(), {
        kind: 'guard',
        message: 'Another deployment is in progress in Production.'
      }),
      '### ⛔ Plan refused by a guard: deploying would be blocked',
      '**Why:** Another deployment is in progress in Production.'
    ],
    [
      'a require-alarms refusal',
      {
        ...samples['no-alarms'](),
        rollout: undefined,
        result: 'failed',
        plan: samplePlan({
          guards: [
            {
              guard: 'no-alarms',
              outcome: 'refuse',
              message: 'AppConfig cannot roll back automatically.'
            }
          ]
        }),
        failure: {
          kind: 'guard',
          message: 'AppConfig cannot roll back automatically.'
        }
      },
      '### ⛔ Refused by the `no-alarms` guard: **Staging** has no alarms; nothing was deployed',
      'add CloudWatch alarms to the monitors of **Staging**'
    ],
    [
      'an alarm already firing',
      {
        ...samples['refused-by-guard'](),
        plan: samplePlan({
          guards: [
            {
              guard: 'alarm-firing',
              outcome: 'refuse',
              message: 'checkout-5xx is in ALARM.'
            },
            {
              guard: 'in-progress',
              outcome: 'refuse',
              message: 'Deployment 41 is in progress.'
            }
          ]
        })
      },
      '### ⛔ Refused by the `alarm-firing` and `in-progress` guards: another deployment is running in **Production**; nothing was deployed',
      'wait until the alarm is back to `OK`'
    ]
  ])('%s', (_, report, headline, advice) => {
    const md = render(report)
    expect(md.split('\n')[0]).toBe(headline)
    expect(md).toContain(advice)
  })

  it('gives the stop command when a timeout or cancel left the deployment running', () => {
    const base = samples['timed-out']()
    const left: LooseReport = {
      ...base,
      rollout: {
        ...base.rollout!,
        stopped: false,
        state: 'DEPLOYING',
        events: base.rollout!.events.slice(0, 2)
      },
      failure: {
        kind: 'timed-out',
        message: 'It was left running (on-timeout: leave).'
      }
    }
    const md = render(left)
    expect(md.split('\n')[0]).toBe(
      '### ⚠️ Timed out at 50% of **Production** after 1m 4s: deployment left running'
    )
    expect(md).toContain(
      'it was left running (`on-timeout: leave`, or the stop failed) and may still complete or roll back.'
    )
    // The risk callout says it may still be running, with the stop command, once.
    expect(md).toContain('> [!CAUTION]\n> **May still be running:**')
    expect(md).toContain('or stop it (AppConfig then rolls it back):')
    expect(md.match(/aws appconfig stop-deployment/g)).toHaveLength(1)
    expect(md.match(/May still be running/g)).toHaveLength(1)
  })

  it('says nothing changed when the wait for another deployment timed out', () => {
    const report: LooseReport = {
      ...samples['timed-out'](),
      rollout: undefined,
      failure: {
        kind: 'timed-out',
        message:
          'Deployment 41 was still in progress after 6 minutes; nothing was deployed.'
      }
    }
    const md = render(report)
    expect(md.split('\n')[0]).toBe(
      '### ⛔ Timed out after 1m 4s: no deployment started'
    )
    expect(md).toContain(
      '**What happened:** the wait ran out (`timeout-minutes`) before a deployment started: nothing changed in **Production**.'
    )
  })

  it('names every alarm that started a rollback, and says so when none is named', () => {
    const base = samples['rolled-back-by-alarm']()
    const two: LooseReport = {
      ...base,
      rollout: {
        ...base.rollout!,
        events: base.rollout!.events.map((e) =>
          e.type === 'ROLLBACK_STARTED'
            ? { ...e, description: `Alarms ${ALARM_5XX}, ${ALARM_LATENCY}` }
            : e
        ),
        triggeredAlarms: [ALARM_5XX, ALARM_LATENCY]
      }
    }
    expect(render(two).split('\n')[0]).toBe(
      '### ↩️ Rolled back by alarms `checkout-5xx`, `checkout-p99-latency` at 50% of **Production**'
    )
    const unnamed: LooseReport = {
      ...base,
      rollout: {
        ...base.rollout!,
        events: base.rollout!.events.map((e) =>
          e.type === 'ROLLBACK_STARTED'
            ? { ...e, description: 'Rollback initiated' }
            : e
        ),
        alarms: [],
        triggeredAlarms: [],
        rollbackReason: undefined
      }
    }
    const md = render(unnamed)
    expect(md).toContain('⚠️ Rollback started by a CloudWatch alarm')
    expect(md).toContain('**Triggered by:** a CloudWatch alarm.')
  })

  it("quotes CloudWatch's reason as a sentence, without AppConfig's words that only repeat the ARN", () => {
    const base = samples['rolled-back-by-alarm']()
    const report: LooseReport = {
      ...base,
      rollout: {
        ...base.rollout!,
        alarms: [
          { ...base.rollout!.alarms[0]!, reason: '5xx above 1% for 3 minutes' }
        ]
      }
    }
    const md = render(report)
    expect(md).toContain(
      'fired; CloudWatch says: 5xx above 1% for 3 minutes.\n'
    )
    // Issue 27: the reason once (not again in the alarm table), the ARN not at all.
    expect(md).not.toContain('Rollback initiated by CloudWatch Alarm')
    expect(md.match(/5xx above 1% for 3 minutes/g)).toHaveLength(1)
    expect(md).toContain('_quoted above, under **Triggered by**_')
  })

  it('says the cause is unknown when the event log has nothing', () => {
    const report: LooseReport = {
      ...samples['rolled-back-by-user'](),
      rollout: sampleRollout({
        state: 'ROLLED_BACK',
        events: [],
        percentage: undefined
      })
    }
    const md = render(report)
    expect(md.split('\n')[0]).toBe('### ↩️ Rolled back in **Production**')
    expect(md).toContain('**Triggered by:** not recorded in the event log.')
    expect(md).toContain('read the timeline below')
  })
})

describe('alarms and timeline details', () => {
  it('marks composite, unreadable, muted and never-described alarms', () => {
    const base = samples.complete()
    const report: LooseReport = {
      ...base,
      target: {
        ...base.target!,
        monitors: [
          ALARM_5XX,
          ALARM_LATENCY,
          'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:gone'
        ]
      },
      rollout: {
        ...base.rollout!,
        alarms: [
          {
            arn: ALARM_5XX,
            name: 'checkout-5xx',
            state: 'INSUFFICIENT_DATA',
            reason: 'no data',
            type: 'composite'
          },
          {
            arn: ALARM_LATENCY,
            name: 'checkout-p99-latency',
            state: 'OK',
            actionsEnabled: false
          }
        ]
      }
    }
    const md = render(report)
    expect(md).toContain('#### Alarms: 1 of 3 alarms firing')
    const rows = md.split('\n').filter((l) => /^\| (🟠|⚪|🟢) `/.test(l))
    expect(rows[0]).toMatch(
      /^\| 🟠 `INSUFFICIENT_DATA` \| \[`checkout-5xx`\]\(.*\) \(composite\) \| no data \|/
    )
    expect(rows[1]).toMatch(/^\| ⚪ `UNKNOWN` \| \[`gone`\]/)
    expect(rows[1]).toContain('DescribeAlarms did not return it')
    expect(rows[2]).toContain('actions disabled: AppConfig ignores it')

    const neverRead: LooseReport = {
      ...report,
      rollout: { ...report.rollout!, alarms: [] },
      plan: { ...report.plan!, alarms: [] }
    }
    expect(render(neverRead)).toContain(
      'Not read: the run ended before the alarms were described.'
    )
  })

  it('shows unknown event types with their description, and folds a long timeline', () => {
    const events = Array.from({ length: 25 }, (_, i) => ({
      at: at(i * 10),
      type: i === 3 ? 'EXTENSION_INVOKED' : 'PERCENTAGE_UPDATED',
      triggeredBy: 'APPCONFIG',
      description:
        i === 3
          ? 'Extension <b>ran</b>'
          : `Configuration available to ${4 * i}.00% of clients`
    }))
    const md = render({
      ...samples.complete(),
      rollout: sampleRollout({ events })
    })
    expect(md).toContain(
      '| +30s | 10:00:30 | `EXTENSION_INVOKED` — Extension &lt;b&gt;ran&lt;/b&gt; |'
    )
    expect(md).toContain('<details><summary>Show 25 events</summary>')
  })

  it('caps the differences listed for one flag and says what a bare toggle did', () => {
    const plan = samplePlan({
      changes: [
        {
          key: 'many-attributes',
          kind: 'changed',
          details: Array.from({ length: 14 }, (_, i) => ({
            what: `attribute a${i}`,
            before: String(i),
            after: String(i + 1)
          }))
        },
        {
          key: 'switch-off',
          kind: 'changed',
          toggled: 'disabled',
          details: []
        },
        {
          key: 'long-value',
          kind: 'changed',
          details: [
            {
              what: 'attribute text',
              before: '"a"',
              after: JSON.stringify('x'.repeat(300))
            }
          ]
        }
      ]
    })
    const md = render({ ...samples.plan(), plan })
    expect(md).toContain('- attribute a9: 9\n+ attribute a9: 10\n```')
    // Issue 25: the differences left out are named, never just counted.
    expect(md).toContain(
      '… and 4 more differences, not drawn: `attribute a10`, `attribute a11`, `attribute a12`, `attribute a13`.'
    )
    expect(md).not.toContain('- attribute a10:')
    expect(md).toContain('`switch-off` · ⚫ **turned off**')
    expect(md).toContain(
      `  attribute text (first difference at character 2):\n- "a"\n+ "${'x'.repeat(78)}…\n`
    )
  })

  it('says when the deployment was the first for the profile', () => {
    const plan = samplePlan({ deployed: undefined })
    const md = render({ ...samples.plan(), plan })
    expect(md).toContain(
      'nothing is deployed for this profile yet, so every flag is new'
    )
    expect(md).toContain('| Deployed now | nothing deployed yet |')
  })

  it('cuts inside a code block by closing the fence first', () => {
    const text = [
      'intro',
      '```sh',
      ...Array.from({ length: 300 }, (_, i) => `echo ${i}`),
      '```',
      'after'
    ].join('\n')
    const cut = cutToLimit(text, 500, byteLength)
    expect(byteLength(cut)).toBeLessThanOrEqual(500)
    expect(cut.match(/^```/gm)).toHaveLength(2)
  })
})

describe('a report the renderer cannot handle', () => {
  // Malformed on purpose: the pipeline's types say this cannot happen; the renderer copes anyway.
  const broken = {
    ...samples['rolled-back-by-alarm'](),
    plan: { ...samplePlan(), changes: null }
  } as unknown as Report

  it('still gives a summary with the outcome instead of throwing', () => {
    const md = render(broken)
    expect(md.split('\n')[0]).toBe('### ❌ Result: `rolled-back`')
    expect(md).toContain(
      '**What happened:** AppConfig rolled back deployment 42'
    )
    expect(md).toContain('The full summary could not be rendered (')
  })

  it('still gives every output, with a note in plan-markdown', () => {
    const broken2 = {
      ...samples.plan(),
      plan: { ...samplePlan(), guards: null }
    } as unknown as Report
    const outputs = toOutputs(broken2)
    expect(outputs.result).toBe('planned')
    expect(outputs['plan-markdown']).toMatch(
      /^The plan could not be rendered \(/
    )
  })
})

// A setup problem meets whichever AWS call comes first: the summary names the problem, not
// that call's step, and gives the same advice as the log (the message ends with it).
describe('setup problems: their own cause and advice', () => {
  const aws = (problem: Failure['problem'], cause: string, advice: string) =>
    asReport({
      result: 'failed',
      mode: 'deploy',
      bundle: samples.plan().bundle,
      failure: {
        kind: 'aws',
        message: `${cause} ${advice}`,
        step: 'Resolving the deployment strategy',
        errorName: 'CredentialsProviderError',
        problem,
        advice
      },
      durationSeconds: 1.2
    })

  it.each([
    [
      'no-credentials',
      '### ⛔ No AWS credentials: nothing was read or changed'
    ],
    ['expired-credentials', '### ⛔ The AWS credentials expired'],
    ['invalid-credentials', '### ⛔ AWS rejected the credentials'],
    ['region', '### ⛔ Not a valid AWS region'],
    ['endpoint', '### ⛔ Could not reach AWS']
  ] as const)(
    '%s: headline %p, the advice once, no step blamed',
    (problem, heading) => {
      const advice =
        'Add aws-actions/configure-aws-credentials before this step.'
      const markdown = render(
        aws(
          problem,
          'No AWS credentials were found, so the first AWS call, appconfig:ListDeploymentStrategies, could not be made.',
          advice
        )
      )
      expect(markdown.split('\n')[0]).toBe(heading)
      expect(markdown).toContain(
        '**What happened:** No AWS credentials were found, so the first AWS call, appconfig:ListDeploymentStrategies, could not be made.\n'
      )
      expect(markdown).toContain(
        '**What to do:** add aws-actions/configure-aws-credentials before this step.'
      )
      expect(markdown.split('configure-aws-credentials')).toHaveLength(2)
      expect(markdown).not.toMatch(/resolving the deployment strategy/i)
      expect(markdown).not.toContain('report it')
    }
  )

  it('a target not found in the region says which region was searched and to check it', () => {
    const markdown = render({
      result: 'failed',
      mode: 'deploy',
      bundle: samples.plan().bundle,
      failure: {
        kind: 'input',
        input: 'application',
        region: 'eu-west-3',
        message:
          "No AppConfig application 'checkout-service' in eu-west-3: no ID or name matches exactly (there are none)."
      },
      durationSeconds: 1
    })
    expect(markdown.split('\n')[0]).toBe(
      '### ⛔ Not found in `eu-west-3`: wrong input or wrong region?'
    )
    expect(markdown).toMatch(
      /\*\*What to do:\*\* check the region first: this run looked in `eu-west-3` .* If the `application` is in another region, set `region` to it; otherwise fix the input `application` and re-run\./
    )
  })
})
