export const id = 425;
export const ids = [425];
export const modules = {

/***/ 6317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   LT: () => (/* binding */ isInProgress)
/* harmony export */ });
/* unused harmony exports IN_PROGRESS_STATES, TERMINAL_STATES */
/** AppConfig deployment states (appconfig-spec.md §2.6) and what they mean for a watcher. */
/** A deployment in these states occupies the environment: another one cannot start. */
const IN_PROGRESS_STATES = new Set([
    'VALIDATING',
    'DEPLOYING',
    'BAKING',
    'ROLLING_BACK'
]);
/** The end states. BAKING, VALIDATING and ROLLING_BACK are not (koh-sh/apcdeploy#100). */
const TERMINAL_STATES = new Set([
    'COMPLETE',
    'ROLLED_BACK',
    'REVERTED'
]);
function isTerminal(state) {
    return state !== undefined && TERMINAL_STATES.has(state);
}
function isInProgress(state) {
    return state !== undefined && IN_PROGRESS_STATES.has(state);
}


/***/ }),

/***/ 8425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c4: () => (/* binding */ STATE),
  DY: () => (/* binding */ deploymentState),
  runPost: () => (/* binding */ runPost)
});

// UNUSED EXPORTS: parseSavedDeployment

// EXTERNAL MODULE: ./src/appconfig/deployment-states.ts
var deployment_states = __webpack_require__(6317);
;// CONCATENATED MODULE: ./src/appconfig/saved-deployment.ts
/**
 * The post step's checks before it stops anything (issue 25, finding 6). The saved state is a
 * file of the runner that the post step cannot prove it wrote, so it acts only on a deployment
 * that this run's main step saved, in the application and environment this step's own inputs
 * name, started by this action (its source tag), on the endpoint and region this step uses now
 * (never one the state names: the state must not choose where signed requests go). This file
 * holds what needs no AWS SDK (main.ts loads it at start-up); verify-saved-deployment.ts the rest.
 */
/** The run and step that saves or reads the state: one attempt of one step of one run. */
function runOf(env) {
    return [
        env.GITHUB_RUN_ID ?? '',
        env.GITHUB_RUN_ATTEMPT ?? '',
        env.GITHUB_ACTION ?? ''
    ].join('/');
}
/** The AppConfig endpoint an environment sets, the way the clients pick it. */
function appconfigEndpointOf(env) {
    return env.AWS_ENDPOINT_URL_APPCONFIG || env.AWS_ENDPOINT_URL || undefined;
}
/**
 * The checks that need no AWS call, made before any client exists: the state was saved by
 * this run's main step, and for the endpoint this step uses. A refusal in words, or undefined.
 */
function checkSavedState(saved, scope) {
    if (saved.run !== scope.run)
        return `the saved state names run ${JSON.stringify(saved.run ?? '(none)')}, not this one (${scope.run})`;
    if ((saved.endpoint ?? undefined) !== scope.endpoint)
        return `the saved state names the AppConfig endpoint ${JSON.stringify(saved.endpoint ?? '(the default)')}, but this step uses ${JSON.stringify(scope.endpoint ?? '(the default)')}`;
    return undefined;
}

// EXTERNAL MODULE: ./src/runner.ts + 19 modules
var src_runner = __webpack_require__(8037);
;// CONCATENATED MODULE: ./src/post.ts



/**
 * The `post:` step: a stop that survives the kill. The runner cancels a job with SIGINT,
 * SIGTERM 7.5 s later and a kill 2.5 s after that; a StopDeployment still in flight then dies
 * with the process. So the main step saves which deployment it started (main.ts, through the
 * pipeline's `track`), clears it when the deployment ends or is left running on purpose, and
 * this step, which the runner starts after the job's steps (`post-if: always()`), stops a
 * deployment that is still in progress. It never fails the job: a problem is a warning.
 */
/** The state the main step saves; `isPost` is how the shared entry knows which step it runs. */
const STATE = { isPost: 'isPost', deployment: 'deployment' };
/**
 * What the main step should save for this rollout: the deployment while it is in progress,
 * '' (cleared) once it is terminal or was never started.
 */
function deploymentState(rollout, target, env) {
    if (rollout.deploymentNumber === undefined || (0,deployment_states/* isTerminal */.Hd)(rollout.state))
        return '';
    const endpoint = appconfigEndpointOf(env);
    const saved = {
        applicationId: target.application.id,
        environmentId: target.environment.id,
        deploymentNumber: rollout.deploymentNumber,
        region: target.region,
        ...(endpoint ? { endpoint } : {}),
        run: runOf(env)
    };
    return JSON.stringify(saved);
}
/** The saved deployment, or undefined when there is none (or it cannot be read). */
function parseSavedDeployment(text) {
    if (text.trim() === '')
        return undefined;
    try {
        const value = JSON.parse(text);
        if (typeof value.applicationId === 'string' &&
            typeof value.environmentId === 'string' &&
            typeof value.deploymentNumber === 'number' &&
            typeof value.region === 'string' &&
            (value.endpoint === undefined || typeof value.endpoint === 'string') &&
            (value.run === undefined || typeof value.run === 'string'))
            return value;
    }
    catch {
        // Falls through: a state this version did not write.
    }
    return undefined;
}
/** The post step's bound and its per-request timeout: short, since the job is ending. */
const DEADLINE_MS = 30_000;
const REQUEST_TIMEOUT_MS = 10_000;
/** Stops the deployment the main step left in progress, and says what it did. */
async function runPost(options = {}) {
    const runner = options.runner ?? src_runner/* processRunner */.qc;
    const saved = parseSavedDeployment(runner.getState(STATE.deployment));
    if (saved === undefined) {
        runner.debug('No deployment left in progress by the main step.');
        return;
    }
    const name = `deployment ${saved.deploymentNumber} (application ${saved.applicationId}, environment ${saved.environmentId}, ${saved.region})`;
    const env = options.env ?? process.env;
    const scope = {
        application: runner.getInput('application').trim(),
        environment: runner.getInput('environment').trim(),
        endpoint: appconfigEndpointOf(env),
        run: runOf(env)
    };
    const refuse = (why) => runner.warning(`Post step: ${name} is left alone: ${why}. If it is still running and should not be, stop it in the AppConfig console.`);
    // Before any client exists: the state must not choose where signed requests go.
    const unsaved = checkSavedState(saved, scope);
    if (unsaved !== undefined)
        return refuse(unsaved);
    const signal = AbortSignal.timeout(options.deadlineMs ?? DEADLINE_MS);
    try {
        const [aws, { describeAwsError }, { verifySavedDeployment }, { getDeployment }, { stopDeployment }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(283), __webpack_require__.e(908)]).then(__webpack_require__.bind(__webpack_require__, 2908)),
            Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(931)]).then(__webpack_require__.bind(__webpack_require__, 4931)),
            Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(468)]).then(__webpack_require__.bind(__webpack_require__, 7468)),
            Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 305)),
            Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 6761))
        ]);
        // The region and endpoint this step resolves for itself (its inputs and environment).
        const clients = await (options.createClients ?? aws.createClients)(aws.resolveRegion(runner.getInput('region').trim(), env), { env, timeouts: { requestMs: REQUEST_TIMEOUT_MS } });
        const ids = {
            applicationId: saved.applicationId,
            environmentId: saved.environmentId
        };
        const call = async (step, api, send) => {
            try {
                return await send();
            }
            catch (error) {
                throw describeAwsError(error, step, api);
            }
        };
        const refused = await call(`Checking ${name}`, 'appconfig:ListApplications, ListEnvironments, ListTagsForResource', () => verifySavedDeployment(clients.appconfig, saved, scope, signal));
        if (refused !== undefined)
            return refuse(refused);
        // Through appconfig/, like every other AppConfig call of the action.
        const current = await getDeployment(clients, ids, saved.deploymentNumber, `Reading ${name}`, signal);
        const state = current.State;
        // ROLLING_BACK is on its way back already: nothing for a stop to add.
        if (!(0,deployment_states/* isInProgress */.LT)(state) || state === 'ROLLING_BACK') {
            runner.info(`Post step: ${name} is ${state ?? 'in an unknown state'}; nothing to stop.`);
            return;
        }
        const stopped = await stopDeployment(clients.appconfig, ids, saved.deploymentNumber, signal);
        const at = current.PercentageComplete === undefined
            ? ''
            : ` at ${Number(current.PercentageComplete.toFixed(2))}%`;
        runner.notice(`Post step: stopped ${name}, which was still ${state}${at} after the main step ended (the run was cancelled or killed before its own stop finished); AppConfig rolls it back (now ${stopped.State ?? 'ROLLING_BACK'}).`);
    }
    catch (error) {
        runner.warning(`Post step: could not stop ${name}: ${error instanceof Error ? error.message : String(error)} Check it in the AppConfig console; stop it there or with aws appconfig stop-deployment if it is still running.`);
    }
}


/***/ })

};
