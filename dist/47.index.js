export const id = 47;
export const ids = [47];
export const modules = {

/***/ 6761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uk: () => (/* binding */ stopDeployment),
/* harmony export */   i4: () => (/* binding */ startDeployment)
/* harmony export */ });
/* unused harmony exports SOURCE_TAG, deploymentTags */
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5296);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);


/** The deployment tag that marks the action's deployments. */
const SOURCE_TAG = 'appconfig-guarded-rollout:source';
/** The user's tags plus the source tag, when there is one. */
function deploymentTags(request) {
    const tags = { ...request.tags };
    if (request.source !== undefined)
        tags[SOURCE_TAG] = request.source;
    return Object.keys(tags).length ? tags : undefined;
}
/** Starts the deployment; a ConflictException (another deployment) reaches the caller as is. */
async function startDeployment(client, request) {
    return client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__.StartDeploymentCommand({
        ApplicationId: request.applicationId,
        EnvironmentId: request.environmentId,
        ConfigurationProfileId: request.profileId,
        DeploymentStrategyId: request.strategyId,
        ConfigurationVersion: String(request.version),
        Description: request.description,
        Tags: deploymentTags(request),
        KmsKeyIdentifier: request.kmsKeyIdentifier
    }));
}
/** Stops a deployment in progress; AppConfig rolls it back (§2.7). */
async function stopDeployment(client, scope, deploymentNumber) {
    return (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .awsStep */ .ak)(`Stopping deployment ${deploymentNumber}`, 'appconfig:StopDeployment', () => client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__.StopDeploymentCommand({
        ApplicationId: scope.applicationId,
        EnvironmentId: scope.environmentId,
        DeploymentNumber: deploymentNumber
    })));
}


/***/ }),

/***/ 4629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ getDeployment)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5296);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);


/**
 * One GetDeployment, for the watch and for the wait alike; `step` names what the run was doing
 * in an error. The signal aborts the call itself, not only the loop around it.
 */
function getDeployment(clients, scope, deploymentNumber, step, signal) {
    return (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .awsStep */ .ak)(step, 'appconfig:GetDeployment', () => clients.appconfig.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__.GetDeploymentCommand({
        ApplicationId: scope.applicationId,
        EnvironmentId: scope.environmentId,
        DeploymentNumber: deploymentNumber
    }), { abortSignal: signal }));
}


/***/ }),

/***/ 8530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ scopeOf)
/* harmony export */ });
/** The scope of a rollout's target. */
function scopeOf(target) {
    return {
        applicationId: target.application.id,
        environmentId: target.environment.id
    };
}


/***/ }),

/***/ 1134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ minutesText),
/* harmony export */   MG: () => (/* binding */ waitFailure),
/* harmony export */   yW: () => (/* binding */ waitForEnvironment)
/* harmony export */ });
/* harmony import */ var _appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6317);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4931);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6264);
/* harmony import */ var _get_deployment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4629);
/* harmony import */ var _watch_deployment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1512);





/**
 * Polls another deployment until it ends (or the deadline, or a cancel), with the same
 * GetDeployment as the watch; a poll that fails transiently is tried again at the next one.
 */
async function waitForEnvironment(ctx, scope, deploymentNumber, deadline, pollMs) {
    const { deps } = ctx;
    let lastState = '';
    let failedTicks = 0;
    for (;;) {
        if (deps.signal.aborted)
            return 'cancelled';
        let deployment;
        try {
            deployment = await (0,_get_deployment_js__WEBPACK_IMPORTED_MODULE_2__/* .getDeployment */ .i)(ctx.clients, scope, deploymentNumber, 'Waiting for the deployment in progress', deps.signal);
            failedTicks = 0;
        }
        catch (error) {
            if (deps.signal.aborted)
                return 'cancelled';
            if (!(0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error) || ++failedTicks >= _watch_deployment_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FAILED_TICKS */ .Ie)
                throw error;
            deps.warn(`${error instanceof Error ? error.message : String(error)} Trying again (${failedTicks}/${_watch_deployment_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FAILED_TICKS */ .Ie}).`);
        }
        if (deployment !== undefined && !(0,_appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__/* .isInProgress */ .LT)(deployment.State)) {
            deps.log(`Deployment ${deploymentNumber} ended: ${deployment.State ?? 'unknown'}.`);
            return 'ended';
        }
        if (deployment !== undefined && deployment.State !== lastState) {
            deps.log(`Waiting for deployment ${deploymentNumber}: ${deployment.State ?? ''}`);
            lastState = deployment.State ?? '';
        }
        const remaining = deadline - deps.now();
        if (remaining <= 0)
            return 'timed-out';
        try {
            await deps.sleep(Math.min(pollMs, remaining), deps.signal);
        }
        catch {
            // cancelled: checked at the top of the loop
        }
    }
}
/** The failure when the wait for another deployment did not end in time. */
function waitFailure(outcome, active, minutes) {
    return outcome === 'cancelled'
        ? {
            kind: 'cancelled',
            message: `The workflow was cancelled while waiting for deployment ${active.deploymentNumber}; nothing was deployed.`
        }
        : {
            kind: 'timed-out',
            message: `Deployment ${active.deploymentNumber} was still in progress after ${minutesText(minutes)}; nothing was deployed. Re-run later or raise timeout-minutes.`
        };
}
/** "1 minute", "2.5 minutes", "0.01 minutes". */
function minutesText(minutes) {
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(minutes, 2)} minute${minutes === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 1512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ MAX_FAILED_TICKS),
/* harmony export */   Jh: () => (/* binding */ watchDeployment)
/* harmony export */ });
/* unused harmony exports FAST_POLL_MS, expectedChangeAt, nextSleepMs */
/* harmony import */ var _alarms_alarm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3495);
/* harmony import */ var _appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3982);
/* harmony import */ var _appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6317);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4931);




/** After this many failed ticks in a row (each after the SDK's own retries), the watch fails. */
const MAX_FAILED_TICKS = 5;
/** The poll interval near an expected change and while trouble is visible (capped by pollMs). */
const FAST_POLL_MS = 1000;
/** A predicted change is polled for this long after it is due. */
const PREDICTION_MARGIN_MS = 250;
/** How long after a predicted change that has not shown the watch keeps polling fast. */
const PREDICTION_GRACE_MS = 15_000;
/**
 * How long the watch polls fast once trouble shows (ROLLING_BACK, a monitored alarm firing): a
 * rollback ends within it, and an alarm AppConfig does not act on (it cannot read it, say) does
 * not keep the watch at FAST_POLL_MS for the rest of the rollout.
 */
const TROUBLE_FAST_MS = 60_000;
/**
 * When the deployment should next reach a state the watch waits for, on its own (epoch ms):
 * the end of the bake while BAKING; before that, StartedAt plus the strategy's duration (and bake,
 * unless waiting for BAKING): a lower bound, as VALIDATING takes a while. Undefined when unknown.
 */
function expectedChangeAt(deployment, waitUntil) {
    const minutes = (m) => (m ?? 0) * 60_000;
    const bake = minutes(deployment.FinalBakeTimeInMinutes);
    if (deployment.State === 'BAKING') {
        const bakeStarted = deployment.EventLog?.find((e) => e.EventType === 'BAKE_TIME_STARTED')?.OccurredAt;
        return bakeStarted && bakeStarted.getTime() + bake;
    }
    if (deployment.State === 'VALIDATING' || deployment.State === 'DEPLOYING') {
        const started = deployment.StartedAt?.getTime();
        if (started === undefined)
            return undefined;
        return (started +
            minutes(deployment.DeploymentDurationInMinutes) +
            (waitUntil === 'baking' ? 0 : bake));
    }
    return undefined;
}
/**
 * The sleep before the next tick: the poll interval, shortened so a tick lands just after the
 * deployment is expected to end (and polls each FAST_POLL_MS for a while if it has not yet), and
 * FAST_POLL_MS for a while after trouble shows (`troubleSince`: ROLLING_BACK or a monitored alarm
 * firing, AppConfig is about to roll back): the end is noticed at once without polling fast the
 * rest of the time.
 */
function nextSleepMs(pollMs, now, deployment, troubleSince, waitUntil) {
    const fast = Math.min(pollMs, FAST_POLL_MS);
    if (deployment === undefined)
        return pollMs;
    if (troubleSince !== undefined && now - troubleSince < TROUBLE_FAST_MS)
        return fast;
    const expected = expectedChangeAt(deployment, waitUntil);
    if (expected === undefined)
        return pollMs;
    const due = expected + PREDICTION_MARGIN_MS - now;
    if (due > 0)
        return Math.min(pollMs, Math.max(due, 100));
    return -due < PREDICTION_GRACE_MS ? fast : pollMs;
}
/**
 * Watches a deployment until it ends or reaches what `waitUntil` asks for: one GetDeployment
 * and one batched DescribeAlarms per tick, one log line per change of state, percentage or alarm
 * state. Ends only on COMPLETE, ROLLED_BACK or REVERTED (VALIDATING, BAKING and ROLLING_BACK are
 * not terminal), on the deadline, or when `signal` aborts. A tick that fails transiently does
 * not end the watch.
 */
async function watchDeployment(deps, options) {
    const started = deps.now();
    const elapsed = () => `${((deps.now() - started) / 1000).toFixed(1)}s`;
    let deployment;
    let alarms = options.initialAlarms ?? [];
    const triggered = new Set();
    let lastLine = '';
    let failedTicks = 0;
    let ticks = 0;
    let troubleSince;
    const result = (outcome) => ({
        outcome,
        deployment,
        alarms,
        triggeredAlarms: [...triggered],
        ticks
    });
    for (;;) {
        if (deps.signal.aborted)
            return result('cancelled');
        ticks++;
        try {
            const [current, latestAlarms] = await Promise.all([
                deps.getDeployment(deps.signal),
                deps.readAlarms?.(deps.signal)
            ]);
            failedTicks = 0;
            deployment = current;
            if (latestAlarms !== undefined) {
                logAlarmChanges(alarms, latestAlarms, deps.log, elapsed);
                alarms = latestAlarms;
            }
            const line = describe(options.deploymentNumber, current);
            if (line !== lastLine) {
                deps.log(`[${elapsed()}] ${line}`);
                lastLine = line;
            }
        }
        catch (error) {
            if (deps.signal.aborted)
                return result('cancelled');
            failedTicks++;
            if (!(0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error) || failedTicks >= MAX_FAILED_TICKS)
                throw error;
            deps.warn(`[${elapsed()}] Reading deployment ${options.deploymentNumber} failed (${error instanceof Error ? error.message : String(error)}); trying again at the next poll (${failedTicks}/${MAX_FAILED_TICKS}).`);
        }
        for (const alarm of alarms)
            if ((0,_alarms_alarm_js__WEBPACK_IMPORTED_MODULE_2__/* .isFiring */ .G)(alarm))
                triggered.add(alarm.arn);
        for (const event of deployment?.EventLog ?? []) {
            if (event.EventType === 'ROLLBACK_STARTED' &&
                event.TriggeredBy === 'CLOUDWATCH_ALARM') {
                for (const arn of (0,_appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_3__/* .alarmArnsIn */ .P9)(event.Description ?? ''))
                    triggered.add(arn);
            }
        }
        const state = deployment?.State;
        if (state === 'COMPLETE')
            return result('complete');
        if (state === 'ROLLED_BACK')
            return result('rolled-back');
        if (state === 'REVERTED')
            return result('reverted');
        if (deployment !== undefined && !(0,_appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__/* .isTerminal */ .Hd)(state)) {
            if (options.waitUntil === 'started')
                return result('started');
            if (options.waitUntil === 'baking' && state === 'BAKING')
                return result('baking');
        }
        const remaining = options.deadline - deps.now();
        if (remaining <= 0)
            return result('timed-out');
        const trouble = deployment?.State === 'ROLLING_BACK' || alarms.some(_alarms_alarm_js__WEBPACK_IMPORTED_MODULE_2__/* .isFiring */ .G);
        troubleSince = trouble ? (troubleSince ?? deps.now()) : undefined;
        const sleepMs = nextSleepMs(options.pollMs, deps.now(), deployment, troubleSince, options.waitUntil);
        try {
            await deps.sleep(Math.min(sleepMs, remaining), deps.signal);
        }
        catch {
            // the sleep only rejects when cancelled
        }
    }
}
function describe(number, deployment) {
    const percentage = deployment.PercentageComplete;
    const shown = percentage === undefined ? '' : ` ${Number(percentage.toFixed(2))}%`;
    return `Deployment ${number}: ${deployment.State ?? 'unknown state'}${shown}`;
}
function logAlarmChanges(before, after, log, elapsed) {
    const previous = new Map(before.map((a) => [a.arn, a.state]));
    for (const alarm of after) {
        const was = previous.get(alarm.arn);
        if (was === alarm.state)
            continue;
        const reason = alarm.reason ? ` (${alarm.reason})` : '';
        log(`[${elapsed()}] Alarm ${alarm.name}: ${was ?? 'watching'} → ${alarm.state}${reason}`);
    }
}


/***/ })

};
