import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  startGitHubServer,
  writePullRequestEvent,
  type GitHubServer,
  type SeedComment
} from '../../__fixtures__/github-server.js'
import {
  awsEnv,
  changedContent,
  DEFAULT_INPUTS,
  startE2E,
  withoutFlag,
  type E2E
} from '../../__fixtures__/rollout-e2e.js'
import { spawnAction } from '../../__fixtures__/spawn-action.js'

// dist/index.js with pr-comment: true, as the runner runs it on a pull_request event, against
// the AppConfig emulator and a local server answering GitHub's issue-comment endpoints.

jest.setTimeout(60_000)

const REPO = 'octo/shop'
const PR = 42

let e2e: E2E | undefined
let github: GitHubServer | undefined
afterEach(async () => {
  await e2e?.close()
  await github?.close()
  e2e = undefined
  github = undefined
})

async function start(
  options: { readOnly?: boolean; planted?: readonly SeedComment[] } = {}
) {
  e2e = await startE2E()
  github = await startGitHubServer({
    repository: REPO,
    readOnly: options.readOnly,
    comments: [
      ...(options.planted ?? []),
      // Another target's plan on the same pull request: must be left alone.
      {
        issue: PR,
        body: '<!-- appconfig-guarded-rollout plan checkout-service/Beta/checkout-flags -->\nBeta plan',
        login: 'github-actions[bot]',
        type: 'Bot'
      }
    ]
  })
  return { e2e, github }
}

function run(
  extra: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  withAws = true
) {
  const event = writePullRequestEvent(e2e!.workspace, PR, REPO)
  return spawnAction(
    {
      ...DEFAULT_INPUTS,
      mode: 'plan',
      'pr-comment': 'true',
      'github-token': 'ghs_test',
      ...extra
    },
    {
      workspace: e2e!.workspace,
      env: {
        ...(withAws ? awsEnv(e2e!.emulator.endpoint) : {}),
        GITHUB_API_URL: github!.url,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        ...env
      }
    }
  ).finished
}

const MARKER =
  '<!-- appconfig-guarded-rollout plan checkout-service/Production/checkout-flags -->'

describe('pr-comment: the plan on the pull request', () => {
  it('creates the comment once, updates it in place, and a failing push replaces the plan', async () => {
    await start()
    e2e!.writeBundle(changedContent())

    const first = await run({})
    expect(first.outputs.result).toBe('planned')
    expect(first.code).toBe(0)
    const mine = () =>
      github!.comments(PR).filter((c) => c.body.includes(MARKER))
    expect(mine()).toHaveLength(1)
    expect(mine()[0]!.body).toContain('Plan: 1 flag changes')
    expect(first.summary).toContain('The plan comment was created')

    e2e!.writeBundle(changedContent(20))
    const second = await run({})
    expect(second.code).toBe(0)
    expect(mine()).toHaveLength(1)
    expect(mine()[0]!.body).toContain('20')
    expect(second.summary).toContain('The plan comment was updated')

    // An invalid bundle: no plan, and the comment now says so instead of the happy plan.
    e2e!.writeBundle(
      '{ "version": "1", "flags": { "Bad Key": {} }, "values": {} }'
    )
    const failing = await run({})
    expect(failing.outputs.result).toBe('failed')
    expect(failing.code).toBe(1)
    expect(mine()).toHaveLength(1)
    expect(mine()[0]!.body).not.toContain('Plan: 1 flag changes')
    expect(mine()[0]!.body).toContain('Validation failed')
    expect(mine()[0]!.body).toMatch(/flags\.json:1:\d+/)

    // Another target's comment was never touched.
    const beta = github!.comments(PR).find((c) => c.body.includes('Beta plan'))
    expect(beta?.body).toContain('Beta plan')
    expect(
      github!
        .requests()
        .filter((r) => r.method === 'PATCH')
        .every((r) => !JSON.stringify(r.body).includes('Beta plan'))
    ).toBe(true)
  })

  it('never writes the plan into a comment someone else planted with the marker', async () => {
    const planted = `${MARKER}\n### 🔎 Plan: nothing changes (trust me)`
    await start({ planted: [{ issue: PR, body: planted, login: 'mallory' }] })
    e2e!.writeBundle(changedContent())

    const first = await run({})
    expect(first.code).toBe(0)
    expect(first.summary).toContain('The plan comment was created')
    const marked = () =>
      github!.comments(PR).filter((c) => c.body.includes(MARKER))
    expect(
      marked().map((c) => [
        c.user.login,
        c.body.includes('Plan: 1 flag changes')
      ])
    ).toEqual([
      ['mallory', false],
      ['github-actions[bot]', true]
    ])
    expect(marked()[0]!.body).toBe(planted)

    // The next run updates the action's own comment, never mallory's.
    e2e!.writeBundle(changedContent(20))
    const second = await run({})
    expect(second.summary).toContain('The plan comment was updated')
    expect(marked()).toHaveLength(2)
    expect(marked()[0]!.body).toBe(planted)
    const patched = github!.requests().filter((r) => r.method === 'PATCH')
    expect(patched).toHaveLength(1)
    expect(patched[0]!.url).toBe(
      `/repos/${REPO}/issues/comments/${marked()[1]!.id}`
    )
  })

  it('bundle text in the comment, summary and log mentions no one, links nothing, hides nothing (issue 25)', async () => {
    await start()
    const hostile =
      '@octocat #12 https://evil.example \u202egnp.exe \u001b[31mred'
    e2e!.writeBundle(
      JSON.stringify({
        version: '1',
        flags: { [hostile]: {} },
        values: {}
      })
    )
    const failed = await run({})
    expect(failed.outputs.result).toBe('failed')
    const body = github!.comments(PR).find((c) => c.body.includes(MARKER))!.body
    for (const text of [body, failed.summary]) {
      expect(text).toContain('@&#8203;octocat')
      expect(text).toContain('#&#8203;12')
      expect(text).toContain('https&#8203;://evil')
      expect(text.includes('\u202e') || text.includes('\u001b')).toBe(false)
    }
    expect(body).not.toMatch(/(^|[^;])@octocat/)
    expect(
      failed.stdout.includes('\u202e') || failed.stdout.includes('\u001b')
    ).toBe(false)
  })

  it('a refused guard replaces the plan with the refusal', async () => {
    await start()
    e2e!.writeBundle(changedContent())
    await run({})
    e2e!.writeBundle(withoutFlag())
    const refused = await run({})
    expect(refused.outputs.result).toBe('failed')
    const body = github!.comments(PR).find((c) => c.body.includes(MARKER))!.body
    expect(body).toContain(
      '⛔ Plan refused by the `flag-removal` guard: `allow-bitcoin-at-checkout` would be removed'
    )
  })

  it("gives a notice on a fork's read-only token, and the exit status comes from the plan alone", async () => {
    await start({ readOnly: true })
    e2e!.writeBundle(changedContent())
    const planned = await run({})
    expect(planned.outputs.result).toBe('planned')
    expect(planned.code).toBe(0)
    expect(planned.stdout).toMatch(/::notice::.*pull-requests: write/)
    expect(planned.summary).toContain('No pull-request comment')
    expect(github!.comments(PR).filter((c) => c.body.includes(MARKER))).toEqual(
      []
    )
  })

  it('validate mode comments without AWS credentials (a fork has no OIDC token)', async () => {
    await start()
    e2e!.writeBundle(changedContent())
    const validated = await run(
      {
        mode: 'validate',
        application: '',
        environment: '',
        'configuration-profile': ''
      },
      {},
      false
    )
    expect(validated.outputs.result).toBe('validated')
    expect(validated.code).toBe(0)
    const body = github!
      .comments(PR)
      .find((c) =>
        c.body.includes(
          '<!-- appconfig-guarded-rollout plan validate flags.json -->'
        )
      )?.body
    expect(body).toContain('flags.json')
    expect(e2e!.calls()).toEqual([])
  })
})
