import { readFileSync, writeFileSync } from 'node:fs'
import {
  createServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

/**
 * A local stand-in for the few GitHub REST endpoints the pull-request comment uses, so unit
 * tests and the e2e tests that run dist/index.js talk HTTP to something shaped like GitHub
 * and never to the real one. Response bodies are built from GitHub's own OpenAPI example
 * (__fixtures__/github/README.md says where it comes from).
 *
 *   GET   {base}/repos/{o}/{r}/issues/{n}/comments?per_page=&page=   (Link-header pagination)
 *   POST  {base}/repos/{o}/{r}/issues/{n}/comments                   (201 + Location)
 *   PATCH {base}/repos/{o}/{r}/issues/comments/{id}
 *   POST  /graphql (GHES: /api/graphql)   `query { viewer { login } }` only: who the token is
 *   GET   {base}/user                     a person's token only; an app's token gets 403
 *
 * The server runs in the test's own process: a test that runs dist/index.js must spawn it
 * asynchronously (spawnAction), since spawnSync would block the server it waits on.
 */

/** GitHub's issue-comment example (components.examples.issue-comment). */
const example = JSON.parse(
  readFileSync(
    path.join(import.meta.dirname, 'github', 'issue-comment.json'),
    'utf8'
  )
) as IssueComment

/** The fields of GitHub's `issue-comment` schema that the server fills in. */
export interface IssueComment {
  id: number
  node_id: string
  url: string
  html_url: string
  body: string
  user: {
    login: string
    id: number
    type: string
    [field: string]: unknown
  }
  created_at: string
  updated_at: string
  issue_url: string
  author_association: string
  [field: string]: unknown
}

/** A comment already on the pull request when the server starts. */
export interface SeedComment {
  readonly issue: number
  readonly body: string
  /** Default: someone else, `octocat` (a `User`). */
  readonly login?: string
  readonly type?: 'User' | 'Bot'
  /** The repository, `owner/name`; default: the server's `repository`. */
  readonly repository?: string
}

/** One answer the server gives instead of its usual one (rate limits, outages). */
export interface ScriptedAnswer {
  /** Only a request with this method takes it; default: the next request of any method. */
  readonly method?: 'GET' | 'POST' | 'PATCH'
  readonly status: number
  readonly headers?: Record<string, string>
  readonly body?: unknown
}

export interface GitHubServerOptions {
  /** A path prefix, as GitHub Enterprise Server's `/api/v3`. Default: none (github.com). */
  readonly basePath?: string
  /** `owner/name` the server knows. Default `octo/proto`. */
  readonly repository?: string
  /**
   * Who the token is: the author of the comments the server creates and the `viewer` of
   * GraphQL. A login ending in `[bot]` is an installation token (GITHUB_TOKEN, an app's).
   */
  readonly login?: string
  /** GraphQL answers 502 (so the action must fall back on `GET /user`, or on nothing). */
  readonly graphqlDown?: boolean
  readonly comments?: readonly SeedComment[]
  /** A fork's read-only token (or no `pull-requests: write`): writes answer 403. */
  readonly readOnly?: boolean
  /** The token the server accepts; a request with another answers 401. Default: any. */
  readonly token?: string
}

/** A request the server received, in order. */
export interface RecordedRequest {
  readonly method: string
  /** The path with the query string, as received (base path included). */
  readonly url: string
  readonly authorization: string | undefined
  readonly userAgent: string | undefined
  readonly body: unknown
  /** The status the server answered. */
  status: number
}

export interface GitHubServer {
  /** The API base URL, as GITHUB_API_URL would hold it (base path included). */
  readonly url: string
  /** The web URL comments link to (GITHUB_SERVER_URL). */
  readonly serverUrl: string
  close(): Promise<void>
  /** The comments now on the server, in creation order (optionally of one issue). */
  comments(issue?: number): IssueComment[]
  requests(): RecordedRequest[]
  /** Queue answers the next matching requests get instead of the usual one, in order. */
  script(...answers: ScriptedAnswer[]): void
}

const DOCS = 'https://docs.github.com/rest/issues/comments'
const RATE_LIMIT = 5000

/** Starts the server on a free loopback port. */
export async function startGitHubServer(
  options: GitHubServerOptions = {}
): Promise<GitHubServer> {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '')
  const repository = options.repository ?? 'octo/proto'
  const login = options.login ?? 'github-actions[bot]'
  const comments: Array<IssueComment & { repository: string; issue: number }> =
    []
  const requests: RecordedRequest[] = []
  const scripted: ScriptedAnswer[] = []
  let nextId = 1_000_000
  let origin = ''
  let clock = Date.parse('2026-01-05T10:00:00Z')

  const build = (
    repo: string,
    issue: number,
    body: string,
    author: string,
    type: string
  ): IssueComment & { repository: string; issue: number } => {
    const id = nextId++
    const at = new Date((clock += 1000)).toISOString().replace('.000', '')
    return {
      ...example,
      id,
      node_id: Buffer.from(`IssueComment${id}`).toString('base64'),
      url: `${origin}${basePath}/repos/${repo}/issues/comments/${id}`,
      html_url: `${origin}/${repo}/pull/${issue}#issuecomment-${id}`,
      body,
      user: { ...example.user, login: author, id: 41898282, type },
      created_at: at,
      updated_at: at,
      issue_url: `${origin}${basePath}/repos/${repo}/issues/${issue}`,
      author_association: type === 'Bot' ? 'NONE' : 'COLLABORATOR',
      repository: repo,
      issue
    }
  }
  // The server's own bookkeeping (repository, issue) is not part of GitHub's answer.
  const publicView = (
    stored: IssueComment & { repository: string; issue: number }
  ): IssueComment => {
    const comment: Partial<typeof stored> = { ...stored }
    delete comment.repository
    delete comment.issue
    return comment as IssueComment
  }

  const handle = async (
    request: IncomingMessage,
    response: ServerResponse
  ): Promise<void> => {
    const raw = await readBody(request)
    let body: unknown = undefined
    if (raw !== '') {
      try {
        body = JSON.parse(raw)
      } catch {
        body = raw
      }
    }
    const record: RecordedRequest = {
      method: request.method ?? '',
      url: request.url ?? '',
      authorization: request.headers.authorization,
      userAgent: request.headers['user-agent'],
      body,
      status: 0
    }
    requests.push(record)
    const send = (
      status: number,
      payload: unknown,
      headers: Record<string, string> = {}
    ): void => {
      record.status = status
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': String(RATE_LIMIT),
        'x-ratelimit-remaining': String(RATE_LIMIT - requests.length),
        'x-ratelimit-reset': String(Math.floor(clock / 1000) + 3600),
        'x-ratelimit-used': String(requests.length),
        'x-ratelimit-resource': 'core',
        ...headers
      })
      response.end(payload === undefined ? '' : JSON.stringify(payload))
    }

    const index = scripted.findIndex(
      (answer) =>
        answer.method === undefined || answer.method === request.method
    )
    if (index >= 0) {
      const [answer] = scripted.splice(index, 1)
      send(answer!.status, answer!.body, answer!.headers)
      return
    }
    if (
      options.token !== undefined &&
      request.headers.authorization !== `token ${options.token}`
    ) {
      send(401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401'
      })
      return
    }

    const url = new URL(request.url ?? '/', origin)
    // Octokit's graphql() posts to /graphql, or /api/graphql under GHES's /api/v3.
    const graphqlPath = basePath.endsWith('/api/v3')
      ? `${basePath.slice(0, -'/v3'.length)}/graphql`
      : `${basePath}/graphql`
    if (url.pathname === graphqlPath && request.method === 'POST') {
      const query = (body as { query?: unknown } | undefined)?.query
      if (options.graphqlDown) {
        send(502, { message: 'Server Error' })
      } else if (
        typeof query === 'string' &&
        /^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)
      ) {
        send(200, { data: { viewer: { login } } })
      } else {
        // Only the viewer query is served: any other query is a test's mistake to see.
        send(200, {
          errors: [{ message: `this server answers only the viewer query` }]
        })
      }
      return
    }
    if (!url.pathname.startsWith(`${basePath}/`)) {
      send(404, notFound())
      return
    }
    const route = url.pathname.slice(basePath.length)
    if (route === '/user' && request.method === 'GET') {
      // GET /user: "Resource not accessible by integration" for an installation token.
      if (login.endsWith('[bot]')) {
        send(403, {
          message: 'Resource not accessible by integration',
          documentation_url:
            'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '403'
        })
      } else {
        send(200, { ...example.user, login, type: 'User' })
      }
      return
    }
    const list = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(
      route
    )
    const single = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(
      route
    )
    const repo = list?.[1] ?? single?.[1]
    if (repo !== undefined && repo !== repository) {
      send(404, notFound())
      return
    }

    if (list && request.method === 'GET') {
      const issue = Number(list[2])
      const perPage = Math.min(
        100,
        Math.max(1, Number(url.searchParams.get('per_page') ?? 30))
      )
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
      const all = comments.filter((c) => c.issue === issue)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const pageUrl = (n: number): string =>
        `${origin}${basePath}${route}?per_page=${perPage}&page=${n}`
      // GitHub's Link header (components.headers.link): next/last, then first/prev.
      const links: string[] = []
      if (page < last) {
        links.push(`<${pageUrl(page + 1)}>; rel="next"`)
        links.push(`<${pageUrl(last)}>; rel="last"`)
      }
      if (page > 1) {
        links.push(`<${pageUrl(page - 1)}>; rel="prev"`)
        links.push(`<${pageUrl(1)}>; rel="first"`)
      }
      send(
        200,
        all.slice((page - 1) * perPage, page * perPage).map(publicView),
        links.length > 0 ? { link: links.join(', ') } : {}
      )
      return
    }

    if (
      (list && request.method === 'POST') ||
      (single && request.method === 'PATCH')
    ) {
      if (options.readOnly) {
        send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: list
            ? `${DOCS}#create-an-issue-comment`
            : `${DOCS}#update-an-issue-comment`,
          status: '403'
        })
        return
      }
      const text = (body as { body?: unknown } | undefined)?.body
      if (typeof text !== 'string' || text.length === 0) {
        send(422, validationFailed('missing_field', 'body is missing'))
        return
      }
      if (text.length > 65_536) {
        send(
          422,
          validationFailed(
            'custom',
            'body is too long (maximum is 65536 characters)'
          )
        )
        return
      }
      if (list) {
        const comment = build(
          repo!,
          Number(list[2]),
          text,
          login,
          login.endsWith('[bot]') ? 'Bot' : 'User'
        )
        comments.push(comment)
        send(201, publicView(comment), { location: comment.url })
        return
      }
      const comment = comments.find((c) => c.id === Number(single![2]))
      if (comment === undefined) {
        send(404, notFound())
        return
      }
      comment.body = text
      comment.updated_at = new Date((clock += 1000))
        .toISOString()
        .replace('.000', '')
      send(200, publicView(comment))
      return
    }
    send(404, notFound())
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500)
      response.end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  for (const seed of options.comments ?? []) {
    comments.push(
      build(
        seed.repository ?? repository,
        seed.issue,
        seed.body,
        seed.login ?? 'octocat',
        seed.type ?? 'User'
      )
    )
  }

  return {
    url: `${origin}${basePath}`,
    serverUrl: origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
    comments: (issue) =>
      comments
        .filter((c) => issue === undefined || c.issue === issue)
        .map((c) => structuredClone(publicView(c))),
    requests: () => [...requests],
    script: (...answers) => {
      scripted.push(...answers)
    }
  }
}

/** Writes a `pull_request` event payload (GITHUB_EVENT_PATH) into `dir`; returns its path. */
export function writePullRequestEvent(
  dir: string,
  number: number,
  repository = 'octo/proto'
): string {
  const file = path.join(dir, `event-${number}.json`)
  writeFileSync(
    file,
    JSON.stringify({
      action: 'synchronize',
      number,
      pull_request: {
        number,
        state: 'open',
        html_url: `https://github.com/${repository}/pull/${number}`
      },
      repository: { full_name: repository }
    })
  )
  return file
}

function notFound(): object {
  return {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest',
    status: '404'
  }
}

function validationFailed(code: string, message: string): object {
  return {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code, field: 'body', message }],
    documentation_url: `${DOCS}#create-an-issue-comment`,
    status: '422'
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}
