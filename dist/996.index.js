export const id = 996;
export const ids = [996];
export const modules = {

/***/ 5996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postPullRequestComment: () => (/* binding */ postPullRequestComment)
});

// UNUSED EXPORTS: REQUEST_TIMEOUT_MS

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
/** The author of comments made with a workflow's GITHUB_TOKEN. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/**
 * Of the comments carrying `marker`, the one to update: the one `author` wrote (the account
 * the token acts as), else one a bot wrote, else the first. Comments of other targets carry
 * other markers and are never chosen.
 */
function findMarkedComment(comments, marker, author = ACTIONS_BOT_LOGIN) {
    const marked = comments.filter((c) => c.body?.includes(marker) === true);
    return (marked.find((c) => c.user?.login === author) ??
        marked.find((c) => c.user?.type === 'Bot') ??
        marked[0]);
}

;// CONCATENATED MODULE: ./src/github/rate-limit-wait.ts
/**
 * When GitHub says "slow down": how long to wait before trying a request again, following
 * GitHub's "Rate limits for the REST API" guidance. A primary limit (403/429 with
 * `x-ratelimit-remaining: 0`) lifts at `x-ratelimit-reset`; a secondary limit (403/429 with
 * `retry-after`, or a message naming it) after `retry-after` seconds, else after at least a
 * minute, growing exponentially on each further refusal.
 */
/** The wait GitHub asks for when no `retry-after` says otherwise. */
const SECONDARY_RATE_LIMIT_WAIT_MS = 60_000;
/**
 * Milliseconds to wait before retry number `retry` (1-based), or undefined when the failure
 * is not a rate limit (a 403 for a missing permission must not be retried).
 */
function rateLimitWait(failure, retry, now) {
    if (failure.status !== 403 && failure.status !== 429)
        return undefined;
    const header = (name) => {
        const value = failure.headers[name];
        return value === undefined ? undefined : String(value);
    };
    const retryAfter = header('retry-after');
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) {
        return Number(retryAfter) * 1000;
    }
    const reset = header('x-ratelimit-reset');
    if (header('x-ratelimit-remaining') === '0' &&
        reset !== undefined &&
        /^\d+$/.test(reset.trim())) {
        // One more second: the reset is in whole seconds and clocks differ a little.
        return Math.max(0, Number(reset) * 1000 - now) + 1000;
    }
    if (failure.status === 429 || /secondary rate limit/i.test(failure.message)) {
        return SECONDARY_RATE_LIMIT_WAIT_MS * 2 ** (retry - 1);
    }
    return undefined;
}
/** Whether a failure is worth one more try: GitHub's transient server errors. */
function isServerError(failure) {
    return [500, 502, 503, 504].includes(failure.status);
}
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

;// CONCATENATED MODULE: ./src/github/retry-github-request.ts

/** How many times one request is tried again, at most. */
const MAX_RETRIES = 3;
/**
 * The most the comment waits on GitHub in all, per request: a plan comment is worth a
 * couple of minutes of a job, not the hour a spent primary rate limit can take to reset.
 */
const MAX_TOTAL_WAIT_MS = 120_000;
/** The first wait after a server error; it doubles on each further one. */
const SERVER_ERROR_WAIT_MS = 1_000;
/** GitHub kept refusing for its rate limit: the last answer and how long it asked to wait. */
class RateLimitedError extends Error {
    failure;
    waitMs;
    constructor(failure, waitMs) {
        super(`GitHub's rate limit refused the request (${failure.status}${failure.message ? `: ${failure.message}` : ''}) and asked to wait ${Math.ceil(waitMs / 1000)} s more, past the ${MAX_TOTAL_WAIT_MS / 1000} s pr-comment waits`);
        this.failure = failure;
        this.waitMs = waitMs;
        this.name = 'RateLimitedError';
    }
}
/**
 * Sends a request, and again after the wait GitHub asks for when it answers with a rate
 * limit (bounded by MAX_RETRIES and MAX_TOTAL_WAIT_MS), or after a short backoff on a server
 * error when the request is idempotent: a POST that failed with a 5xx may have been stored,
 * and sending it again could leave two comments, one of which would go stale.
 */
async function retryGitHubRequest(send, method, clock) {
    let waited = 0;
    for (let retry = 1;; retry++) {
        try {
            return await send();
        }
        catch (error) {
            const failure = httpFailure(error);
            if (failure === undefined || retry > MAX_RETRIES)
                throw error;
            const rateLimit = rateLimitWait(failure, retry, clock.now());
            const wait = rateLimit ??
                (isServerError(failure) && method !== 'POST'
                    ? SERVER_ERROR_WAIT_MS * 2 ** (retry - 1)
                    : undefined);
            if (wait === undefined)
                throw error;
            if (waited + wait > MAX_TOTAL_WAIT_MS) {
                if (rateLimit !== undefined)
                    throw new RateLimitedError(failure, wait);
                throw error;
            }
            clock.log(`pr-comment: GitHub answered ${failure.status}${rateLimit !== undefined ? ' (rate limit)' : ''}; trying again in ${Math.ceil(wait / 1000)} s (retry ${retry} of ${MAX_RETRIES}).`);
            await clock.sleep(wait);
            waited += wait;
        }
    }
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
    try {
        const body = fitComment(options.body, options.marker);
        const octokit = await createClient(options.token, options.apiUrl, {
            sleep: options.sleep ?? defaultSleep,
            now: options.now ?? Date.now,
            log
        });
        const existing = await findComment(octokit, { owner, repo, issue_number: number }, options.marker, options.author ?? ACTIONS_BOT_LOGIN);
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
        return failedOutcome(error, number);
    }
}
async function createClient(token, apiUrl, clock) {
    // Loaded here, not at start-up: only a run that comments pays for Octokit.
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token, {
        baseUrl: (apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
        // Names the action in GitHub's logs (Octokit appends its own agent).
        userAgent: 'appconfig-guarded-rollout',
        log: {
            debug: () => { },
            info: () => { },
            warn: (message) => clock.log(`pr-comment: ${message}`),
            error: (message) => clock.log(`pr-comment: ${message}`)
        }
    });
    octokit.hook.wrap('request', (request, requestOptions) => retryGitHubRequest(async () => await request({
        ...requestOptions,
        request: {
            ...requestOptions.request,
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
        }
    }), requestOptions.method, clock));
    return octokit;
}
/** Pages through the pull request's comments (100 a page) for the one with the marker. */
async function findComment(octokit, issue, marker, author) {
    const marked = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 })) {
        for (const comment of page.data) {
            if (comment.body?.includes(marker) !== true)
                continue;
            // The author's own comment is the one to update: no need to read further pages.
            if (comment.user?.login === author)
                return comment;
            marked.push(comment);
        }
    }
    return findMarkedComment(marked, marker, author);
}
function failedOutcome(error, number) {
    if (error instanceof RateLimitedError) {
        return {
            status: 'failed',
            notice: `pr-comment: could not comment on pull request #${number}: ${error.message}.`
        };
    }
    const failure = httpFailure(error);
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
function defaultSleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ })

};
