import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  startGitHubServer,
  writePullRequestEvent,
  type GitHubServer,
  type GitHubServerOptions
} from '../../__fixtures__/github-server.js'
import {
  postPullRequestComment,
  type PostCommentOptions
} from '../../src/github/post-pull-request-comment.js'
import { planMarker, renderPlanMarkdown } from '../../src/report/render-plan.js'
import { sampleContext, samples } from '../report/sample-reports.js'

// The format planMarker writes (render-plan.ts), for two targets of one pull request.
const MARKER = '<!-- appconfig-guarded-rollout plan app1/env1/prof1 -->'
const OTHER = '<!-- appconfig-guarded-rollout plan app1/env2/prof1 -->'
const PLAN = `${MARKER}\n### 🔎 Plan: 2 flags change in \`checkout\` on **prod**\n`
const NO_PLAN = `${MARKER}\n### ❌ No plan: the bundle is invalid\n\n\`flags.yaml\` line 3: ...\n`

let dir: string
let server: GitHubServer | undefined
let sleeps: number[]
let logs: string[]

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pr-comment-'))
  sleeps = []
  logs = []
})

afterEach(async () => {
  await server?.close()
  server = undefined
  rmSync(dir, { recursive: true, force: true })
})

async function start(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  server = await startGitHubServer({ token: 'ghs_test', ...options })
  return server
}

/** The options a `pull_request` run on PR #12 of octo/proto would pass. */
function post(
  github: GitHubServer,
  overrides: Partial<PostCommentOptions> = {}
): ReturnType<typeof postPullRequestComment> {
  return postPullRequestComment({
    token: 'ghs_test',
    apiUrl: github.url,
    repository: 'octo/proto',
    eventName: 'pull_request',
    eventPath: writePullRequestEvent(dir, 12),
    marker: MARKER,
    body: PLAN,
    // One of GitHub's seconds lasts a millisecond here: the plugins wait on real timers.
    retryUnitMs: 1,
    spaceWrites: false,
    log: (message) => {
      logs.push(message)
      const wait = /trying again in (\d+) s/.exec(message)
      if (wait) sleeps.push(Number(wait[1]) * 1000)
    },
    ...overrides
  })
}

describe('postPullRequestComment', () => {
  it('creates the comment on the first run', async () => {
    const github = await start()
    const outcome = await post(github)

    const [comment] = github.comments(12)
    expect(github.comments()).toHaveLength(1)
    expect(comment!.body).toBe(PLAN)
    expect(comment!.user.login).toBe('github-actions[bot]')
    expect(outcome).toEqual({ status: 'created', url: comment!.html_url })
    const methods = github.requests().map((r) => `${r.method} ${r.url}`)
    expect(methods).toEqual([
      'GET /repos/octo/proto/issues/12/comments?per_page=100',
      'POST /repos/octo/proto/issues/12/comments'
    ])
    expect(github.requests()[1]!.authorization).toBe('token ghs_test')
    expect(github.requests()[1]!.userAgent).toMatch(
      /^appconfig-guarded-rollout octokit-core\.js\//
    )
  })

  it('updates the same comment in place on the next run', async () => {
    const github = await start()
    const first = await post(github)
    const second = await post(github, {
      body: PLAN.replace('2 flags', '3 flags')
    })

    expect(github.comments()).toHaveLength(1)
    expect(github.comments()[0]!.body).toContain('3 flags change')
    expect(second).toEqual({ status: 'updated', url: first.url })
    expect(github.requests().at(-1)?.method).toBe('PATCH')
    expect(github.requests().at(-1)?.url).toBe(
      `/repos/octo/proto/issues/comments/${github.comments()[0]!.id}`
    )
  })

  it("replaces the plan with a failing run's reason, leaving no stale plan", async () => {
    const github = await start()
    await post(github, { body: PLAN })
    const outcome = await post(github, { body: NO_PLAN })

    expect(outcome.status).toBe('updated')
    expect(github.comments()).toHaveLength(1)
    expect(github.comments()[0]!.body).toBe(NO_PLAN)
    expect(github.comments()[0]!.body).not.toContain('Plan: 2 flags')
  })

  it("leaves another target's comment and people's comments alone", async () => {
    const github = await start({
      comments: [
        { issue: 12, body: 'Looks good to me' },
        {
          issue: 12,
          body: `${OTHER}\nplan of env2`,
          login: 'github-actions[bot]',
          type: 'Bot'
        },
        { issue: 13, body: `${MARKER}\nthe same target on another PR` }
      ]
    })
    const before = github.comments()
    const outcome = await post(github)

    expect(outcome.status).toBe('created')
    const after = github.comments()
    expect(after).toHaveLength(4)
    expect(after.slice(0, 3)).toEqual(before)
    expect(after[3]!.body).toBe(PLAN)
  })

  it('pages past 100 comments and prefers the one its own bot wrote', async () => {
    const chatter = Array.from({ length: 140 }, (_, i) => ({
      issue: 12,
      body: `comment ${i}`
    }))
    // A person who pasted the marker (page 1) and the bot's own comment (page 2).
    chatter[5] = { issue: 12, body: `quoting: ${MARKER}` }
    chatter[130] = {
      issue: 12,
      body: `${MARKER}\nold plan`,
      login: 'github-actions[bot]',
      type: 'Bot'
    } as (typeof chatter)[number]
    const github = await start({ comments: chatter })
    const outcome = await post(github)

    const comments = github.comments(12)
    expect(outcome.status).toBe('updated')
    expect(comments[130]!.body).toBe(PLAN)
    expect(comments[5]!.body).toBe(`quoting: ${MARKER}`)
    expect(outcome.url).toBe(comments[130]!.html_url)
    expect(
      github
        .requests()
        .filter((r) => r.method === 'GET')
        .map((r) => r.url)
    ).toEqual([
      '/repos/octo/proto/issues/12/comments?per_page=100',
      `/repos/octo/proto/issues/12/comments?per_page=100&page=2`
    ])
  })

  it('never updates a marked comment someone else planted: it creates its own', async () => {
    // A pull-request author who posts the (predictable) marker must not own "the plan".
    const planted = `${MARKER}\nI will edit this after the bot writes the plan`
    const github = await start({ comments: [{ issue: 12, body: planted }] })
    const outcome = await post(github)

    expect(outcome.status).toBe('created')
    const comments = github.comments(12)
    expect(comments).toHaveLength(2)
    expect(comments[0]!.body).toBe(planted)
    expect(comments[0]!.user.login).toBe('octocat')
    expect(comments[1]!.body).toBe(PLAN)
    expect(comments[1]!.user.login).toBe('github-actions[bot]')
    expect(github.requests().filter((r) => r.method === 'PATCH')).toEqual([])
    expect(logs.join('\n')).toMatch(
      /written by octocat, not by the token's account github-actions\[bot\]/
    )

    // The next run updates its own comment, still leaving the planted one alone.
    const next = await post(github, {
      body: PLAN.replace('2 flags', '5 flags')
    })
    expect(next).toEqual({ status: 'updated', url: comments[1]!.html_url })
    expect(github.comments(12).map((c) => c.body)).toEqual([
      planted,
      PLAN.replace('2 flags', '5 flags')
    ])
  })

  it("never updates another bot's marked comment either", async () => {
    const github = await start({
      comments: [
        {
          issue: 12,
          body: `${MARKER}\nfrom some other app`,
          login: 'other-app[bot]',
          type: 'Bot'
        }
      ]
    })
    const outcome = await post(github)
    expect(outcome.status).toBe('created')
    expect(github.comments(12)[0]!.body).toBe(`${MARKER}\nfrom some other app`)
  })

  it.each([
    ['a GitHub App installation token', 'deploy-helper[bot]', 'Bot'],
    ['a personal access token', 'release-manager', 'User']
  ] as const)(
    'with %s, updates the comment its own account wrote',
    async (_, login, type) => {
      const github = await start({
        login,
        comments: [
          { issue: 12, body: `${MARKER}\nplanted` },
          { issue: 12, body: `${MARKER}\nold plan`, login, type }
        ]
      })
      const outcome = await post(github)

      expect(outcome.status).toBe('updated')
      expect(github.comments(12).map((c) => c.body)).toEqual([
        `${MARKER}\nplanted`,
        PLAN
      ])
      expect(
        github
          .requests()
          .some((r) => r.method === 'POST' && r.url === '/graphql')
      ).toBe(true)
    }
  )

  it("falls back on GET /user for a person's token when GraphQL fails", async () => {
    const github = await start({
      login: 'release-manager',
      graphqlDown: true,
      comments: [
        {
          issue: 12,
          body: `${MARKER}\nold plan`,
          login: 'release-manager',
          type: 'User'
        }
      ]
    })
    const outcome = await post(github)
    expect(outcome.status).toBe('updated')
    expect(github.requests().map((r) => `${r.method} ${r.url}`)).toContain(
      'GET /user'
    )
  })

  it('creates a new comment when it cannot learn who the token is', async () => {
    // An installation token cannot read GET /user: with GraphQL down too, nothing proves
    // which marked comment is its own, so none is updated.
    const github = await start({
      graphqlDown: true,
      comments: [
        {
          issue: 12,
          body: `${MARKER}\nold plan`,
          login: 'github-actions[bot]',
          type: 'Bot'
        }
      ]
    })
    const outcome = await post(github)
    expect(outcome.status).toBe('created')
    expect(github.comments(12)).toHaveLength(2)
    expect(logs.join('\n')).toContain(
      'could not learn which account the token acts as'
    )
  })

  it('comments on a pull_request_target event too', async () => {
    const github = await start()
    const outcome = await post(github, { eventName: 'pull_request_target' })
    expect(outcome.status).toBe('created')
  })

  it("gives a notice, not a failure, on a fork's read-only token", async () => {
    const github = await start({ readOnly: true })
    const outcome = await post(github)

    expect(outcome.status).toBe('forbidden')
    expect(outcome.url).toBeUndefined()
    expect(outcome.notice).toContain('Resource not accessible by integration')
    expect(outcome.notice).toContain('permissions: pull-requests: write')
    expect(outcome.notice).toContain('#12')
    // A missing permission is not a rate limit: asked once, never waited on.
    expect(github.requests().filter((r) => r.method === 'POST')).toHaveLength(1)
    expect(sleeps).toEqual([])
  })

  it('works under a GitHub Enterprise Server API path (/api/v3)', async () => {
    const github = await start({ basePath: '/api/v3' })
    expect(github.url).toMatch(/\/api\/v3$/)
    const first = await post(github)
    const second = await post(github, { apiUrl: `${github.url}/` })

    expect(first.status).toBe('created')
    expect(second.status).toBe('updated')
    expect(github.requests().map((r) => r.url.split('?')[0])).toEqual([
      '/api/v3/repos/octo/proto/issues/12/comments',
      '/api/v3/repos/octo/proto/issues/12/comments',
      '/api/v3/repos/octo/proto/issues/12/comments',
      '/api/graphql',
      `/api/v3/repos/octo/proto/issues/comments/${github.comments()[0]!.id}`
    ])
  })

  it('posts a real plan-markdown body and finds it again by its marker', async () => {
    const report = samples.plan()
    const github = await start()
    const body = (limit: number): string =>
      renderPlanMarkdown(report, sampleContext, limit)
    await post(github, { marker: planMarker(report), body })
    const outcome = await post(github, { marker: planMarker(report), body })

    expect(outcome.status).toBe('updated')
    expect(github.comments()).toHaveLength(1)
    expect(github.comments()[0]!.body).toBe(body(65_536))
  })
})

describe('postPullRequestComment on rate limits', () => {
  it('waits until x-ratelimit-reset when the primary limit is spent (403)', async () => {
    const github = await start()
    github.script({
      method: 'GET',
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        // The throttling plugin reads the reset against the real clock.
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 30)
      },
      body: { message: 'API rate limit exceeded for installation ID 1.' }
    })
    const outcome = await post(github)

    expect(outcome.status).toBe('created')
    expect(sleeps).toHaveLength(1)
    expect(sleeps[0]).toBeGreaterThanOrEqual(30_000)
    expect(sleeps[0]).toBeLessThanOrEqual(31_000)
    expect(github.requests().map((r) => r.status)).toEqual([403, 200, 201])
    expect(logs.join('\n')).toContain('GitHub answered with its rate limit')
  })

  it('waits retry-after seconds on a 429, even for the POST', async () => {
    const github = await start()
    github.script({
      method: 'POST',
      status: 429,
      headers: { 'retry-after': '7' },
      body: { message: 'You have exceeded a secondary rate limit.' }
    })
    const outcome = await post(github)

    expect(outcome.status).toBe('created')
    expect(sleeps).toEqual([7_000])
    expect(github.comments()).toHaveLength(1)
  })

  it("waits a minute on a secondary rate limit without retry-after (the plugin's fallback), within the budget", async () => {
    const github = await start()
    const secondary = {
      method: 'GET' as const,
      status: 403,
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
      }
    }
    github.script(secondary)
    const outcome = await post(github)
    expect(outcome.status).toBe('created')
    expect(sleeps).toEqual([60_000])

    github.script(secondary, secondary, secondary)
    const again = await post(github)
    // A third minute would pass the 120 s budget: it gives up after two waits.
    expect(again.status).toBe('failed')
    expect(again.notice).toContain('rate limit')
    expect(sleeps).toEqual([60_000, 60_000, 60_000])
  })

  it('gives up at once when GitHub asks for longer than it waits', async () => {
    const github = await start()
    github.script({
      status: 403,
      headers: { 'retry-after': '600' },
      body: { message: 'You have exceeded a secondary rate limit.' }
    })
    const outcome = await post(github)

    expect(outcome.status).toBe('failed')
    expect(outcome.notice).toMatch(/wait 600 s more, past the 120 s/)
    expect(sleeps).toEqual([])
    expect(github.comments()).toHaveLength(0)
  })

  it('stops after three retries', async () => {
    const github = await start()
    const limited = {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { message: 'secondary rate limit' }
    }
    github.script(limited, limited, limited, limited)
    const outcome = await post(github)

    expect(outcome.status).toBe('failed')
    expect(outcome.notice).toContain(
      "GitHub's rate limit refused the request (429"
    )
    expect(sleeps).toEqual([1_000, 1_000, 1_000])
    expect(github.requests()).toHaveLength(4)
  })

  it('retries a server error on the list and on the update', async () => {
    const github = await start()
    github.script({
      method: 'GET',
      status: 502,
      body: { message: 'Bad gateway' }
    })
    expect((await post(github)).status).toBe('created')
    expect(sleeps).toEqual([1_000])

    github.script({ method: 'PATCH', status: 503, body: { message: 'busy' } })
    expect((await post(github)).status).toBe('updated')
    expect(sleeps).toEqual([1_000, 1_000])
  })

  it('never sends the create again after a server error', async () => {
    // A POST that failed with a 5xx may have been stored: sending it again could
    // leave a duplicate that would go stale.
    const github = await start()
    github.script({ method: 'POST', status: 500, body: { message: 'oops' } })
    const outcome = await post(github)

    expect(outcome.status).toBe('failed')
    expect(outcome.notice).toContain('GitHub answered 500: oops')
    expect(github.requests().filter((r) => r.method === 'POST')).toHaveLength(1)
    expect(sleeps).toEqual([])
  })
})

describe('postPullRequestComment keeps under 65,536 characters', () => {
  it('cuts an oversized body at a line, keeping its marker, with a note', async () => {
    const github = await start()
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `| \`flag-${i}\` | ${'x'.repeat(40)} |`
    )
    const body = `### Plan\n\n| flag | change |\n| --- | --- |\n${rows.join('\n')}\n`
    expect(body.length).toBeGreaterThan(65_536)
    const outcome = await post(github, { body })

    expect(outcome.status).toBe('created')
    const posted = github.comments()[0]!.body
    expect(posted.length).toBeLessThanOrEqual(65_536)
    expect(posted.length).toBeGreaterThan(60_000)
    expect(posted.startsWith(`${MARKER}\n### Plan`)).toBe(true)
    expect(posted).toContain('was cut to stay under')
  })

  it('asks a renderer for the room it has', async () => {
    const github = await start()
    const limits: number[] = []
    const body = (limit: number): string => {
      limits.push(limit)
      return `${MARKER}\n${'y'.repeat(limit - MARKER.length - 1)}`
    }
    await post(github, { body })

    expect(limits).toEqual([65_536])
    expect(github.comments()[0]!.body).toHaveLength(65_536)
  })

  it('still cuts a renderer that ignores its limit, marker first', async () => {
    const github = await start()
    const body = (): string => `${'z'.repeat(50)}\n`.repeat(2000)
    const outcome = await post(github, { body })

    expect(outcome.status).toBe('created')
    const posted = github.comments()[0]!.body
    expect(posted.length).toBeLessThanOrEqual(65_536)
    expect(posted.startsWith(`${MARKER}\nzzz`)).toBe(true)
    expect(posted).toContain('was cut to stay under')
  })
})

describe('postPullRequestComment skips', () => {
  it.each([
    ['push', 'push', 'not a pull_request event (the event is `push`)'],
    ['workflow_dispatch', 'workflow_dispatch', 'not a pull_request event'],
    ['no', undefined, 'the event is unknown']
  ])('on %s event, without a request', async (_, eventName, reason) => {
    const github = await start()
    const outcome = await post(github, { eventName })
    expect(outcome.status).toBe('skipped')
    expect(outcome.notice).toContain(reason)
    expect(github.requests()).toEqual([])
  })

  it.each([
    ['no event path', { eventPath: undefined }, 'GITHUB_EVENT_PATH is not set'],
    [
      'a missing event file',
      { eventPath: '/nonexistent/event.json' },
      'could not read the event payload'
    ],
    ['no token', { token: '' }, 'no github-token'],
    ['a bad repository', { repository: 'octo' }, '`octo`, not `owner/name`']
  ])('on %s, without a request', async (_, overrides, reason) => {
    const github = await start()
    const outcome = await post(github, overrides)
    expect(outcome.status).toBe('skipped')
    expect(outcome.notice).toContain(reason)
    expect(github.requests()).toEqual([])
  })

  it('on an event payload without pull_request.number', async () => {
    const github = await start()
    const eventPath = path.join(dir, 'event.json')
    writeFileSync(eventPath, JSON.stringify({ action: 'opened' }))
    const outcome = await post(github, { eventPath })
    expect(outcome).toEqual({
      status: 'skipped',
      notice:
        'pr-comment: the `pull_request` event payload has no pull_request.number; no comment posted.'
    })
  })
})

describe('postPullRequestComment never throws', () => {
  it('returns failed when GitHub cannot be reached', async () => {
    const github = await start()
    const apiUrl = github.url
    await github.close()
    server = undefined
    const outcome = await post(github, { apiUrl })

    expect(outcome.status).toBe('failed')
    expect(outcome.notice).toMatch(
      /^pr-comment: could not comment on pull request #12/
    )
    // The list is safe to ask again: the retry plugin's three backed-off retries, then the outcome.
    expect(sleeps).toEqual([1_000, 4_000, 9_000])
  })

  it('returns failed on a rejected token', async () => {
    const github = await start()
    const outcome = await post(github, { token: 'wrong' })
    expect(outcome.status).toBe('failed')
    expect(outcome.notice).toContain('401: Bad credentials')
  })
})
