import { describe, expect, it } from '@jest/globals'
import { NO_CONTEXT } from '../../src/report/report-links.js'
import { renderSummary } from '../../src/report/render-summary.js'
import {
  ALARM_5XX,
  sampleContext,
  samplePlan,
  sampleRollout,
  samples,
  type SampleName,
  asReport,
  type LooseReport
} from './sample-reports.js'

const names = Object.keys(samples) as SampleName[]

function render(report: LooseReport): string {
  return renderSummary(asReport(report), sampleContext)
}

function headline(markdown: string): string {
  return markdown.split('\n')[0]!
}

describe('renderSummary: one snapshot per outcome', () => {
  it.each(names)('%s', (name) => {
    expect(render(samples[name]())).toMatchSnapshot()
  })
})

describe('renderSummary: headlines', () => {
  it.each<[SampleName, string]>([
    [
      'complete',
      '### ✅ `checkout-flags` v17 deployed to **Production** in 2m 10s'
    ],
    [
      'rolled-back-by-alarm',
      '### ↩️ Rolled back by alarm `checkout-5xx` at 50% of **Production**'
    ],
    [
      'rolled-back-by-user',
      '### ↩️ Rolled back at 50% of **Production**: stopped by a user'
    ],
    [
      'reverted',
      '### ↩️ Reverted: **Production** is back on `checkout-flags` v16'
    ],
    [
      'timed-out',
      '### ↩️ Timed out at 50% of **Production** after 1m 4s: deployment stopped, rolling back'
    ],
    [
      'cancelled',
      '### ↩️ Cancelled: deployment stopped at 50% of **Production**, rolling back'
    ],
    [
      'unchanged',
      '### ✅ No change: **Production** already runs this bundle (`checkout-flags` v16)'
    ],
    [
      'plan',
      '### 🔎 Plan: 3 flags change in `checkout-flags` on **Production**'
    ],
    [
      'validation-failed',
      '### ⛔ Validation failed: 3 errors and 1 warning in `flags/checkout-flags.json`'
    ],
    [
      'aws-error',
      '### ⛔ Access denied: this role may not call `appconfig:StartDeployment`'
    ],
    [
      'baking',
      '### ⏳ `checkout-flags` v17 reached 100% of **Production**, now baking for 1m'
    ],
    [
      'started',
      '### ⏳ `checkout-flags` v17 started deploying to **Production** (deployment #42)'
    ],
    [
      'refused-by-guard',
      '### ⛔ Refused by the `flag-removal` guard: `legacy-coupon-field` would be removed; nothing was deployed'
    ],
    [
      'no-alarms',
      '### ✅ `checkout-flags` v17 deployed to **Staging** in 2m 10s'
    ],
    [
      'crashed',
      '### ⚠️ The action failed while deployment #42 was running: it may still be running in **Production**'
    ]
  ])('%s', (name, expected) => {
    expect(headline(render(samples[name]()))).toBe(expected)
  })

  it('says "1 flag changes" for a single change', () => {
    const plan = samplePlan()
    const report: LooseReport = {
      ...samples.plan(),
      plan: { ...plan, changes: plan.changes.slice(0, 1) }
    }
    expect(headline(render(report))).toBe(
      '### 🔎 Plan: 1 flag changes in `checkout-flags` on **Production**'
    )
  })

  it('names an unchanged plan as a plan, not a deployment', () => {
    const report: LooseReport = { ...samples.unchanged(), mode: 'plan' }
    expect(headline(render(report))).toBe(
      '### 🔎 Plan: no change, **Production** already runs this bundle (`checkout-flags` v16)'
    )
  })

  it('says a cancel or timeout before any deployment changed nothing', () => {
    const before = { ...samples.cancelled(), rollout: undefined }
    expect(headline(render(before))).toBe(
      '### ⛔ Cancelled before a deployment started: nothing changed'
    )
    const left = samples.cancelled()
    const leftRunning: LooseReport = {
      ...left,
      rollout: { ...left.rollout!, stopped: false, state: 'DEPLOYING' }
    }
    expect(headline(render(leftRunning))).toBe(
      '### ⚠️ Cancelled: deployment left running at 50% of **Production**'
    )
  })

  it('still names the outcome when the pipeline left out the failure', () => {
    const { failure, ...rest } = samples['rolled-back-by-alarm']()
    expect(failure).toBeDefined()
    expect(headline(render(rest))).toBe(
      '### ↩️ Rolled back by alarm `checkout-5xx` at 50% of **Production**'
    )
  })
})

describe('renderSummary: content', () => {
  it('lists changes riskiest first as old → new and counts the unchanged flags', () => {
    const md = render(samples.complete())
    const keys = md
      .split('\n')
      .filter((l) => /^`[^`]+` · (➖|➕|🟢|⚫|✏️) /.test(l))
      .map((l) => l.split(' · ')[0])
    expect(keys).toEqual([
      '`allow-bitcoin-at-checkout`',
      '`checkout-redesign`',
      '`express-checkout`'
    ])
    expect(md).toContain(
      '```diff\n- attribute bitcoin-discount-percentage: 0\n+ attribute bitcoin-discount-percentage: 5\n- attribute default-currency: "EUR"\n+ attribute default-currency: "BTC"\n```'
    )
    // The verdict says what `enabled` did; it is not listed twice.
    expect(md).not.toContain('enabled: false')
    expect(md).toContain('11 unchanged, not listed')
    // An added flag's definition is folded under its diff.
    expect(md).toContain(
      '`express-checkout` · ➕ **added, off**\n\n```diff\n+ attribute max-items: 10\n```\n\n<details><summary>Definition: name, description, attribute constraints</summary>'
    )
  })

  it('puts the firing alarm first with its reason, and marks it as the trigger', () => {
    const md = render(samples['rolled-back-by-alarm']())
    const alarmRows = md.split('\n').filter((l) => /^\| (🔴|🟢) `/.test(l))
    expect(alarmRows[0]).toMatch(
      /^\| 🔴 `ALARM`<br>fired during the rollout \| \[`checkout-5xx`\]/
    )
    // The reason is quoted once, under Triggered by, not again in the table (issue 27).
    expect(alarmRows[0]).toContain('_quoted above, under **Triggered by**_')
    expect(md.match(/were greater than the threshold/g)).toHaveLength(1)
    expect(alarmRows[1]).toContain('`checkout-p99-latency`')
    expect(md).toContain(
      'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:alarm/checkout-5xx'
    )
  })

  it('orders the timeline oldest first with elapsed times, whatever order AppConfig used', () => {
    const report = samples['rolled-back-by-alarm']()
    const newestFirst: LooseReport = {
      ...report,
      rollout: {
        ...report.rollout!,
        events: [...report.rollout!.events].reverse()
      }
    }
    const md = render(newestFirst)
    const events = md
      .split('\n')
      .filter((l) => /^\| \+/.test(l))
      .map((l) => l.split(' | ').slice(0, 1).join(''))
    expect(events).toEqual(['| +0s', '| +33s', '| +52s', '| +1m 22s'])
    expect(md).toContain('⚠️ Rollback started by alarm [`checkout-5xx`]')
  })

  it('links the deployment in the AppConfig console and the commit, but not the run page it is on', () => {
    const md = render(samples.complete())
    expect(md).toContain(
      '[#42](https://eu-west-1.console.aws.amazon.com/systems-manager/appconfig/applications/a1b2c3d/environments/e4f5g6h/deployments/42?region=eu-west-1)'
    )
    expect(md).toContain(
      'commit [`4f2a9c1`](https://github.com/octo/shop/commit/4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39)'
    )
    // Issue 27: the summary is on the run's page; a link to it goes nowhere new.
    expect(md).not.toContain('actions/runs/6789012345')
    expect(md).toContain('linear, +50% every 30s over 1m, then a 1m bake')
  })

  it('renders without links when the context has no repository', () => {
    const md = renderSummary(samples.complete(), NO_CONTEXT)
    expect(md).not.toContain('github.com')
    expect(md).not.toContain('| Source |')
  })

  it('warns visibly when the environment has no alarms', () => {
    const md = render(samples['no-alarms']())
    expect(md).toContain(
      '> - **No alarms:** **Staging** has no CloudWatch alarm monitors'
    )
    expect(md).toContain('> [!WARNING]')
    // Said once: the checks leave their no-alarms warning out.
    expect(md).not.toContain('⚠️ `no-alarms`')
    expect(md).not.toContain('#### Alarms')
  })

  it('tells how to stop a deployment the run left running, and how to revert a completed one', () => {
    const crashed = render(samples.crashed())
    expect(crashed).toContain(
      '> [!CAUTION]\n> **May still be running:** [Deployment #42]'
    )
    expect(crashed).toContain('was last seen `DEPLOYING` at 50% of clients')
    expect(crashed).toContain(
      '> aws appconfig stop-deployment \\\n>   --application-id a1b2c3d \\\n>   --environment-id e4f5g6h \\\n>   --deployment-number 42 \\\n>   --region eu-west-1'
    )
    const complete = render(samples.complete())
    expect(complete).toContain('<details><summary>How to revert</summary>')
    expect(complete).toContain('--allow-revert')
    const stopped = render(samples.cancelled())
    expect(stopped).not.toContain('stop-deployment')
  })

  it('gives the IAM action to grant for an access-denied error', () => {
    const md = render(samples['aws-error']())
    expect(md).toContain(
      '**What to do:** grant `appconfig:StartDeployment` to the role this workflow assumes'
    )
  })

  it('advises by AWS error name when no IAM action is known', () => {
    const base = samples['aws-error']()
    const conflict: LooseReport = {
      ...base,
      failure: {
        kind: 'aws',
        step: 'Starting the deployment',
        errorName: 'ConflictException',
        message:
          'Starting the deployment failed: appconfig:StartDeployment answered ConflictException: Deployment number 41 is in progress.'
      }
    }
    const md = render(conflict)
    expect(headline(md)).toBe(
      '### ⛔ AWS error while starting the deployment: `ConflictException`'
    )
    expect(md).toContain('another deployment is in progress in **Production**')
    expect(md).toContain('`on-in-progress: wait` (the default)')
  })

  // Issue 26: a CreateHostedConfigurationVersion conflict was advised as a deployment in progress.
  it('never advises a deployment in progress for a conflict of another call', () => {
    const base = samples['aws-error']()
    const md = render({
      ...base,
      failure: {
        kind: 'aws',
        step: 'Creating the hosted configuration version',
        errorName: 'ConflictException',
        message:
          'Creating the hosted configuration version failed: appconfig:CreateHostedConfigurationVersion answered ConflictException: busy'
      }
    })
    expect(md).not.toContain('in progress')
    expect(md).toContain(
      '**What to do:** AppConfig refused creating the hosted configuration version because something changed at the same moment: re-run the job.'
    )
  })

  it('names the missing bundle file problem instead of a generic failure', () => {
    const report: LooseReport = {
      result: 'failed',
      mode: 'validate',
      failure: {
        kind: 'bundle',
        message: "The bundle file 'nope.yaml' does not exist."
      },
      durationSeconds: 0.1
    }
    const md = render(report)
    expect(headline(md)).toBe('### ⛔ Could not read the bundle')
    expect(md).toContain("'nope.yaml' does not exist")
    expect(md).toContain('`actions/checkout`')
  })

  it('shows a rollback by AppConfig after an internal error', () => {
    const report = samples['rolled-back-by-user']()
    const internal: LooseReport = {
      ...report,
      rollout: {
        ...report.rollout!,
        events: report.rollout!.events.map((e) =>
          e.type === 'ROLLBACK_STARTED'
            ? {
                ...e,
                triggeredBy: 'INTERNAL_ERROR',
                description: 'Internal error; please start a new deployment'
              }
            : e
        ),
        rollbackReason: undefined
      }
    }
    const md = render(internal)
    expect(headline(md)).toBe(
      '### ↩️ Rolled back at 50% of **Production**: AppConfig internal error'
    )
    expect(md).toContain('AppConfig recommends a new deployment')
  })

  it('falls back to the triggered alarms when the event log is empty', () => {
    const report: LooseReport = {
      ...samples['rolled-back-by-alarm'](),
      rollout: sampleRollout({
        state: 'ROLLED_BACK',
        percentage: 50,
        events: [],
        triggeredAlarms: [ALARM_5XX]
      })
    }
    const md = render(report)
    expect(headline(md)).toBe(
      '### ↩️ Rolled back by alarm `checkout-5xx` at 50% of **Production**'
    )
    expect(md).toContain('AppConfig returned no events for this deployment.')
  })

  it('ends with a newline and the footer', () => {
    const md = render(samples.plan())
    expect(
      md.endsWith(
        '<sub>AppConfig Guarded Rollout · mode `plan` · 2.8 s</sub>\n'
      )
    ).toBe(true)
  })
})

describe('renderSummary: validate mode (unchanged behaviour)', () => {
  it('keeps the headline, facts and problem table with file:line links', () => {
    const report = samples['validation-failed']()
    const md = render({ ...report, mode: 'validate' })
    expect(md).toContain('⛔ Validation failed: 3 errors and 1 warning')
    expect(md).toContain(
      '[flags/checkout-flags.json:64:27](https://github.com/octo/shop/blob/4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39/flags/checkout-flags.json#L64)'
    )
    expect(md).toContain('**3 errors, 1 warning**')
    expect(md).not.toContain('#### Bundle')
  })

  it('says a valid bundle is valid, with its warnings counted', () => {
    const report: LooseReport = {
      result: 'validated',
      mode: 'validate',
      bundle: samples.complete().bundle,
      durationSeconds: 0.2
    }
    expect(headline(render(report))).toBe(
      '### 🔎 `flags/checkout-flags.json` is valid: 14 flags'
    )
  })

  it('counts the problems past the first 100', () => {
    const one = samples['validation-failed']().bundle!.problems[0]
    const report: LooseReport = {
      ...samples['validation-failed'](),
      bundle: {
        ...samples['validation-failed']().bundle!,
        problems: Array.from({ length: 130 }, () => one!),
        errorCount: 130,
        warningCount: 0
      }
    }
    expect(render(report)).toContain(
      '… and 30 more problems, listed in the step log as annotations.'
    )
  })
})

describe('the no-alarms warning', () => {
  const count = (markdown: string): number =>
    markdown.split(/no CloudWatch alarm monitors/).length - 1

  it('appears once when a deployment ran without alarms: the callout, not the check too', () => {
    const markdown = render(samples['no-alarms']())
    expect(count(markdown)).toBe(1)
    expect(markdown).toContain('> - **No alarms:**')
    expect(markdown).not.toContain('⚠️ `no-alarms`')
  })

  it('does not appear on an unchanged result: nothing was deployed', () => {
    const noAlarms = samples['no-alarms']()
    const markdown = render({
      ...samples.unchanged(),
      target: noAlarms.target,
      plan: { ...noAlarms.plan!, changed: false, changes: [] }
    })
    expect(markdown).toContain('No change')
    expect(count(markdown)).toBe(0)
  })

  it('appears once, as the callout, in a plan', () => {
    const noAlarms = samples['no-alarms']()
    const markdown = render({
      ...samples.plan(),
      target: noAlarms.target,
      plan: noAlarms.plan
    })
    expect(count(markdown)).toBe(1)
    expect(markdown).toContain('> - **No alarms:**')
    expect(markdown).not.toContain('⚠️ `no-alarms`')
  })
})
