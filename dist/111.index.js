export const id = 111;
export const ids = [111];
export const modules = {

/***/ 2111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postPullRequestComment: () => (/* binding */ postPullRequestComment)
});

// UNUSED EXPORTS: MAX_RETRIES, MAX_TOTAL_WAIT_SECONDS, REQUEST_TIMEOUT_MS

// EXTERNAL MODULE: ./src/report/fit.ts
var fit = __webpack_require__(877);
// EXTERNAL MODULE: ./src/report/limits.ts
var limits = __webpack_require__(5356);
;// CONCATENATED MODULE: ./src/github/fit-comment.ts


/** GitHub counts a comment's limit in characters; a UTF-16 length never undercounts them. */
const characters = (text) => text.length;
/**
 * The body to post: it carries `marker` (added on top when the body lacks it, so the next
 * run finds the comment again) and stays within GitHub's 65,536 characters, degraded the way
 * the job summary is: the renderer first (fewer rows), and only if that is not enough, whole
 * lines cut with a visible note (report/fit.ts).
 */
function fitComment(body, marker, limit = limits/* COMMENT_MAX_CHARS */.dq) {
    const render = typeof body === 'function'
        ? body
        : (room) => (0,fit/* cutToLimit */.b)(body, room, characters);
    const marked = (room) => {
        const text = render(room);
        return text.includes(marker) ? text : `${marker}\n${text}`;
    };
    let text = marked(limit);
    if (characters(text) > limit)
        text = marked(limit - marker.length - 1);
    // A renderer that overshoots its own limit still must not lose the comment.
    if (characters(text) > limit)
        text = (0,fit/* cutToLimit */.b)(text, limit, characters);
    return text;
}

;// CONCATENATED MODULE: ./src/github/find-marked-comment.ts
/**
 * Of the comments carrying `marker`, the one to update: the first that `login` (the account
 * the token acts as) wrote, and no other. The marker is public and predictable, so anyone
 * can post a comment carrying it; updating such a comment would put the plan under its
 * author's control (they can edit it afterwards). Comments of other targets carry other
 * markers and are never chosen.
 */
function findMarkedComment(comments, marker, login) {
    return comments.find((c) => c.body?.includes(marker) === true && c.user?.login === login);
}

;// CONCATENATED MODULE: ./src/github/http-failure.ts
/** Reads the status, headers and message of an Octokit RequestError; undefined otherwise. */
function httpFailure(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const { status, response, message } = error;
    if (typeof status !== 'number')
        return undefined;
    const data = response?.data;
    return {
        status,
        headers: typeof response?.headers === 'object' && response.headers !== null
            ? response.headers
            : {},
        message: typeof data?.message === 'string'
            ? data.message
            : typeof message === 'string'
                ? message
                : ''
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/github/read-pull-request-number.ts

/** The events whose payload carries the pull request a plan comment belongs on. */
const PULL_REQUEST_EVENTS = [
    'pull_request',
    'pull_request_target'
];
/**
 * Reads `pull_request.number` from the event payload the runner wrote (GITHUB_EVENT_PATH),
 * only for `pull_request` and `pull_request_target` events: a push has no pull request, and
 * a comment on some other event's pull request would be a guess.
 */
async function readPullRequestNumber(eventName, eventPath) {
    if (eventName === undefined || !PULL_REQUEST_EVENTS.includes(eventName)) {
        return {
            reason: `pr-comment: not a pull_request event (the event is ${eventName ? `\`${eventName}\`` : 'unknown'}); no comment posted.`
        };
    }
    if (!eventPath) {
        return {
            reason: `pr-comment: GITHUB_EVENT_PATH is not set, so the pull request of this \`${eventName}\` event is unknown; no comment posted.`
        };
    }
    let payload;
    try {
        payload = JSON.parse(await (0,promises_.readFile)(eventPath, 'utf8'));
    }
    catch (error) {
        return {
            reason: `pr-comment: could not read the event payload ${eventPath} (${error instanceof Error ? error.message : String(error)}); no comment posted.`
        };
    }
    const number = payload
        ?.pull_request?.number;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
        return {
            reason: `pr-comment: the \`${eventName}\` event payload has no pull_request.number; no comment posted.`
        };
    }
    return { number };
}

;// CONCATENATED MODULE: ./src/github/read-token-login.ts
/**
 * The login the token comments as: a person's login for a personal or OAuth token,
 * `<app-slug>[bot]` for a GitHub App installation token, `github-actions[bot]` for the
 * workflow's GITHUB_TOKEN (an installation token of the GitHub Actions app). GraphQL's
 * `viewer` answers for every kind of token; REST `GET /user` answers only for tokens of a
 * person (an installation token gets 403 "Resource not accessible by integration") and
 * `GET /app` needs the app's JWT, so `viewer` is asked first and `GET /user` is the fallback.
 * A login ending in `[bot]` can only be an app's: GitHub logins allow no brackets.
 */
async function readTokenLogin(octokit) {
    const reasons = [];
    try {
        const answer = await octokit.graphql('query { viewer { login } }');
        const login = answer.viewer?.login;
        if (typeof login === 'string' && login !== '')
            return { login };
        reasons.push('GraphQL `viewer` had no login');
    }
    catch (error) {
        reasons.push(`GraphQL \`viewer\`: ${messageOf(error)}`);
    }
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        if (typeof data.login === 'string' && data.login !== '') {
            return { login: data.login };
        }
        reasons.push('`GET /user` had no login');
    }
    catch (error) {
        reasons.push(`\`GET /user\`: ${messageOf(error)}`);
    }
    return { reason: reasons.join('; ') };
}
function messageOf(error) {
    const status = error?.status;
    const message = error instanceof Error ? error.message : String(error);
    return typeof status === 'number' ? `${status} ${message}` : message;
}

;// CONCATENATED MODULE: ./src/github/post-pull-request-comment.ts





/** One request may take this long before it is abandoned (and, if idempotent, retried). */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * Posts `body` as the pull request's comment for the target `marker` names: updates the
 * comment an earlier run left (found by its marker), else creates one, so each target keeps
 * exactly one comment that always shows the latest run, a failing one included. Loads
 * Octokit only here. Never throws: a push event, a fork's read-only token or a GitHub outage
 * is an outcome with a notice, never the action's failure.
 */
async function postPullRequestComment(options) {
    const log = options.log ?? (() => { });
    const pullRequest = await readPullRequestNumber(options.eventName, options.eventPath);
    if ('reason' in pullRequest) {
        return { status: 'skipped', notice: pullRequest.reason };
    }
    const number = pullRequest.number;
    if (!options.token) {
        return {
            status: 'skipped',
            notice: `pr-comment: no github-token, so pull request #${number} gets no comment; the plan is in the job summary and the \`plan-markdown\` output.`
        };
    }
    const [owner, repo, ...rest] = (options.repository ?? '').split('/');
    if (!owner || !repo || rest.length > 0) {
        return {
            status: 'skipped',
            notice: `pr-comment: GITHUB_REPOSITORY is ${options.repository ? `\`${options.repository}\`, not \`owner/name\`` : 'not set'}; no comment posted.`
        };
    }
    const refusals = [];
    try {
        const body = fitComment(options.body, options.marker);
        const octokit = await createClient(options.token, options.apiUrl, log, options.retryUnitMs ?? 1000, options.spaceWrites ?? true, refusals);
        const existing = await findOwnComment(octokit, { owner, repo, issue_number: number }, options.marker, log);
        if (existing !== undefined) {
            const { data } = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: existing.id,
                body
            });
            log(`pr-comment: updated ${data.html_url}`);
            return { status: 'updated', url: data.html_url };
        }
        const { data } = await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: number,
            body
        });
        log(`pr-comment: created ${data.html_url}`);
        return { status: 'created', url: data.html_url };
    }
    catch (error) {
        return failedOutcome(error, number, refusals.at(-1));
    }
}
/** How many times one request is tried again, at most (rate limit or server error). */
const MAX_RETRIES = 3;
/**
 * The most the comment waits on GitHub's rate limits in all: a plan comment is worth a couple
 * of minutes of a job, not the hour a spent primary rate limit can take to reset.
 */
const MAX_TOTAL_WAIT_SECONDS = 120;
/** A limiter group that runs each job at once (the throttling plugin's `write` shape). */
const UNSPACED = {
    key: () => ({
        schedule: (_options, job, ...args) => job(...args)
    })
};
/**
 * Octokit with GitHub's own retry and rate-limit plugins (@octokit/plugin-retry and
 * @octokit/plugin-throttling, which @actions/github's getOctokit takes as plugins): server
 * errors are retried with the retry plugin's backoff, and a rate limit waits what GitHub asks
 * (`retry-after`, `x-ratelimit-reset`), within MAX_RETRIES and MAX_TOTAL_WAIT_SECONDS. A POST
 * is never retried after a server error: it may have been stored, and a second one would
 * leave a duplicate comment to go stale. `retryUnitMs` is the length of one of GitHub's
 * seconds (tests shrink it; the plugins sleep on real timers).
 */
async function createClient(token, apiUrl, log, retryUnitMs, spaceWrites, refusals) {
    // Loaded here, not at start-up: only a run that comments pays for Octokit.
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 9377)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(475)]).then(__webpack_require__.bind(__webpack_require__, 6856))
    ]);
    let waited = 0;
    const onLimit = (retryAfter, options, _octokit, retryCount) => {
        if (retryCount >= MAX_RETRIES ||
            waited + retryAfter > MAX_TOTAL_WAIT_SECONDS) {
            refusals.push({ status: 0, retryAfter });
            return false;
        }
        waited += retryAfter;
        log(`pr-comment: GitHub answered with its rate limit (${options.method} ${options.url}); trying again in ${retryAfter} s (retry ${retryCount + 1} of ${MAX_RETRIES}).`);
        return true;
    };
    const octokit = getOctokit(token, {
        baseUrl: (apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
        // Names the action in GitHub's logs (Octokit appends its own agent).
        userAgent: 'appconfig-guarded-rollout',
        log: {
            debug: () => { },
            info: () => { },
            warn: (message) => log(`pr-comment: ${message}`),
            error: (message) => log(`pr-comment: ${message}`)
        },
        retry: {
            retries: MAX_RETRIES,
            retryAfterBaseValue: retryUnitMs,
            // Rate limits (403, 429) are the throttling plugin's; these are not worth a retry.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
        },
        throttle: {
            retryAfterBaseValue: retryUnitMs,
            onRateLimit: onLimit,
            onSecondaryRateLimit: onLimit,
            // GitHub asks for a second between writes and more between comments; the plugin
            // spaces them process-wide. One run writes once, so only tests writing in a row opt out.
            ...(spaceWrites ? {} : { write: UNSPACED, notifications: UNSPACED })
        }
    }, attemptTimeout(log), retry, throttling);
    // Outermost: a create is sent once whatever a server error says (see above). The hooks
    // share one options object per request (before-after-hook binds it), so it is set in place.
    octokit.hook.wrap('request', (request, options) => {
        if (options.method === 'POST')
            options.request.retries = 0;
        return request(options);
    });
    return octokit;
}
/**
 * A plugin applied before the retry plugins, so it sees every attempt: each gets its own
 * REQUEST_TIMEOUT_MS, and a server error the retry plugin will try again is logged.
 */
function attemptTimeout(log) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            try {
                return await request({
                    ...options,
                    request: {
                        ...options.request,
                        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
                    }
                });
            }
            catch (error) {
                const failure = httpFailure(error);
                // The retry plugin counts the attempts in request.retryCount (0 or unset at first).
                const attempt = Number(options.request.retryCount ?? 0);
                if (failure !== undefined &&
                    failure.status >= 500 &&
                    options.method !== 'POST' &&
                    attempt < MAX_RETRIES)
                    log(`pr-comment: GitHub answered ${failure.status}; trying again in ${(attempt + 1) ** 2} s (retry ${attempt + 1} of ${MAX_RETRIES}).`);
                throw error;
            }
        });
    };
}
/**
 * The comment of this target that the token itself wrote, if any: pages through the pull
 * request's comments (100 a page) for those carrying the marker and, only when there are
 * some, asks who the token is. A marked comment someone else wrote is never chosen (a new
 * comment is created instead), nor is any when the token's login cannot be learned.
 */
async function findOwnComment(octokit, issue, marker, log) {
    const marked = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 })) {
        for (const comment of page.data) {
            if (comment.body?.includes(marker) === true)
                marked.push(comment);
        }
    }
    if (marked.length === 0)
        return undefined;
    const token = await readTokenLogin(octokit);
    if ('reason' in token) {
        log(`pr-comment: could not learn which account the token acts as (${token.reason}), so no existing comment is updated; a new one is created.`);
        return undefined;
    }
    const own = findMarkedComment(marked, marker, token.login);
    if (own === undefined) {
        const others = [...new Set(marked.map((c) => c.user?.login ?? '?'))];
        log(`pr-comment: ${marked.length} comment(s) carry this target's marker but were written by ${others.join(', ')}, not by the token's account ${token.login}; they are left alone and a new comment is created.`);
    }
    return own;
}
function failedOutcome(error, number, refused) {
    const failure = httpFailure(error);
    if (refused !== undefined &&
        (failure?.status === 403 || failure?.status === 429)) {
        return {
            status: 'failed',
            notice: `pr-comment: could not comment on pull request #${number}: GitHub's rate limit refused the request (${failure.status}${failure.message ? `: ${failure.message}` : ''}) and asked to wait ${refused.retryAfter} s more, past the ${MAX_TOTAL_WAIT_SECONDS} s (or ${MAX_RETRIES} retries) pr-comment waits.`
        };
    }
    if (failure?.status === 403) {
        return {
            status: 'forbidden',
            notice: `pr-comment: the token may not comment on pull request #${number} (GitHub answered 403${failure.message ? `: ${failure.message}` : ''}). Give the job \`permissions: pull-requests: write\`. A pull request from a fork gets a read-only token whatever the workflow asks: its plan stays in the job summary and the \`plan-markdown\` output.`
        };
    }
    const reason = failure
        ? `GitHub answered ${failure.status}${failure.message ? `: ${failure.message}` : ''}`
        : error instanceof Error
            ? error.message
            : String(error);
    return {
        status: 'failed',
        notice: `pr-comment: could not comment on pull request #${number} (${reason}).`
    };
}


/***/ })

};
