export const id = 661;
export const ids = [661];
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

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DY: () => (/* binding */ deploymentState),
/* harmony export */   c4: () => (/* binding */ STATE),
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* unused harmony export parseSavedDeployment */
/* harmony import */ var _appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6317);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8037);


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
    if (rollout.deploymentNumber === undefined || (0,_appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__/* .isTerminal */ .Hd)(rollout.state))
        return '';
    const endpoint = env.AWS_ENDPOINT_URL_APPCONFIG || env.AWS_ENDPOINT_URL;
    const saved = {
        applicationId: target.application.id,
        environmentId: target.environment.id,
        deploymentNumber: rollout.deploymentNumber,
        region: target.region,
        ...(endpoint ? { endpoint } : {})
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
            typeof value.region === 'string')
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
    const runner = options.runner ?? _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .processRunner */ .qc;
    const saved = parseSavedDeployment(runner.getState(STATE.deployment));
    if (saved === undefined) {
        runner.debug('No deployment left in progress by the main step.');
        return;
    }
    const name = `deployment ${saved.deploymentNumber} (application ${saved.applicationId}, environment ${saved.environmentId}, ${saved.region})`;
    const signal = AbortSignal.timeout(options.deadlineMs ?? DEADLINE_MS);
    try {
        const [aws, { getDeployment }, { stopDeployment }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(184), __webpack_require__.e(798)]).then(__webpack_require__.bind(__webpack_require__, 4798)),
            Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 305)),
            Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 6761))
        ]);
        const clients = await (options.createClients ?? aws.createClients)(saved.region, {
            env: options.env ?? process.env,
            appconfigEndpoint: saved.endpoint,
            timeouts: { requestMs: REQUEST_TIMEOUT_MS }
        });
        const scope = {
            applicationId: saved.applicationId,
            environmentId: saved.environmentId
        };
        const current = await getDeployment(clients, scope, saved.deploymentNumber, `Reading ${name}`, signal);
        const state = current.State;
        // ROLLING_BACK is on its way back already: nothing for a stop to add.
        if (!(0,_appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__/* .isInProgress */ .LT)(state) || state === 'ROLLING_BACK') {
            runner.info(`Post step: ${name} is ${state ?? 'in an unknown state'}; nothing to stop.`);
            return;
        }
        const stopped = await stopDeployment(clients.appconfig, scope, saved.deploymentNumber, signal);
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
