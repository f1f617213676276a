export const id = 481;
export const ids = [481];
export const modules = {

/***/ 9479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readAlarms)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4085);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _parse_alarm_arn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87);



/**
 * The monitored alarms' states: one DescribeAlarms per region (normally one call), asking for
 * both metric and composite alarms (without AlarmTypes CloudWatch returns metric alarms only).
 * An alarm CloudWatch does not return is UNKNOWN, never OK.
 */
async function readAlarms(clients, arns, signal) {
    const refs = arns.map((arn) => ({ arn, ref: (0,_parse_alarm_arn_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAlarmArn */ .S)(arn) }));
    const byRegion = new Map();
    for (const { ref } of refs) {
        if (ref === undefined)
            continue;
        byRegion.set(ref.region, [...(byRegion.get(ref.region) ?? []), ref]);
    }
    const found = new Map();
    await Promise.all([...byRegion].map(async ([region, regionRefs]) => {
        const client = clients.cloudwatch(region);
        let NextToken;
        do {
            const page = await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)('Reading the CloudWatch alarms', 'cloudwatch:DescribeAlarms', () => client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__.DescribeAlarmsCommand({
                AlarmNames: [...new Set(regionRefs.map((r) => r.name))],
                AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
                NextToken
            }), { abortSignal: signal }));
            const alarms = [
                ...(page.MetricAlarms ?? []).map((a) => ({
                    ...a,
                    type: 'metric'
                })),
                ...(page.CompositeAlarms ?? []).map((a) => ({
                    ...a,
                    type: 'composite'
                }))
            ];
            for (const alarm of alarms) {
                const report = {
                    arn: alarm.AlarmArn ?? '',
                    name: alarm.AlarmName ?? '',
                    state: alarm.StateValue === 'ALARM' ||
                        alarm.StateValue === 'INSUFFICIENT_DATA'
                        ? alarm.StateValue
                        : 'OK',
                    reason: alarm.StateReason,
                    type: alarm.type,
                    actionsEnabled: alarm.ActionsEnabled,
                    updatedAt: alarm.StateUpdatedTimestamp?.toISOString()
                };
                if (report.arn)
                    found.set(report.arn, report);
                found.set(`${region}|${report.name}`, report);
            }
            NextToken = page.NextToken;
        } while (NextToken);
    }));
    return refs.map(({ arn, ref }) => {
        if (ref === undefined) {
            return {
                arn,
                name: arn,
                state: 'UNKNOWN',
                reason: 'not a CloudWatch alarm ARN'
            };
        }
        const alarm = found.get(arn) ?? found.get(`${ref.region}|${ref.name}`);
        return (alarm ?? {
            arn,
            name: ref.name,
            state: 'UNKNOWN',
            reason: "DescribeAlarms did not return this alarm: it may be deleted, in another account, or outside the role's permissions"
        });
    });
}


/***/ }),

/***/ 390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yi: () => (/* binding */ isPipelineSource),
/* harmony export */   Z5: () => (/* binding */ SOURCE_TAG),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/**
 * How the action marks the deployments it starts, so a later run can tell them from a person's
 * change in the console: the deployment tag `appconfig-guarded-rollout:source` (a decision
 * shared with the drift and incident features).
 */
/** The tag key on every deployment the action starts. */
const SOURCE_TAG = 'appconfig-guarded-rollout:source';
const SOURCES = new Set([
    'bundle',
    'version',
    'set-flags',
    'revert'
]);
/** The source a tag map names, if it carries a known one. */
function sourceOf(tags) {
    const value = Object.hasOwn(tags, SOURCE_TAG) ? tags[SOURCE_TAG] : undefined;
    return value !== undefined && SOURCES.has(value)
        ? value
        : undefined;
}
/**
 * Whether a deployment of this source can be a drift base: only what the pipeline deployed
 * from the repository (a bundle, or a version promoted as is). A `set-flags` kill switch or a
 * revert is itself a live change the next bundle must not silently undo.
 */
function isPipelineSource(source) {
    return source === 'bundle' || source === 'version';
}


/***/ }),

/***/ 6761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uk: () => (/* binding */ stopDeployment),
/* harmony export */   i4: () => (/* binding */ startDeployment)
/* harmony export */ });
/* unused harmony export deploymentTags */
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5296);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _deployment_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(390);




/** The user's tags plus the source tag, when there is one. */
function deploymentTags(request) {
    const tags = { ...request.tags };
    if (request.source !== undefined)
        tags[_deployment_source_js__WEBPACK_IMPORTED_MODULE_1__/* .SOURCE_TAG */ .Z5] = request.source;
    return Object.keys(tags).length ? tags : undefined;
}
/**
 * Starts the deployment; a ConflictException (another deployment, a stale lock) and a lost
 * answer reach the caller as they are (the SDK's error, with `$metadata.attempts`), since
 * only the caller can tell whether the start went through.
 */
async function startDeployment(client, request, signal) {
    return client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_2__.StartDeploymentCommand({
        ApplicationId: request.applicationId,
        EnvironmentId: request.environmentId,
        ConfigurationProfileId: request.profileId,
        DeploymentStrategyId: request.strategyId,
        ConfigurationVersion: String(request.version),
        Description: request.description,
        Tags: deploymentTags(request),
        KmsKeyIdentifier: request.kmsKeyIdentifier,
        LatestDeploymentNumber: request.latestDeploymentNumber
    }), { abortSignal: signal });
}
/**
 * Stops a deployment in progress; AppConfig rolls it back (§2.7). The signal bounds it: a stop
 * runs after a cancel or a timeout, when the runner may kill the process soon.
 */
async function stopDeployment(client, scope, deploymentNumber, signal) {
    return (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)(`Stopping deployment ${deploymentNumber}`, 'appconfig:StopDeployment', () => client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_2__.StopDeploymentCommand({
        ApplicationId: scope.applicationId,
        EnvironmentId: scope.environmentId,
        DeploymentNumber: deploymentNumber
    }), { abortSignal: signal }));
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
    return (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)(step, 'appconfig:GetDeployment', () => clients.appconfig.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__.GetDeploymentCommand({
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

/***/ 6436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rf: () => (/* binding */ rolloutSignals),
/* harmony export */   Z_: () => (/* binding */ LOOKUP_BOUND_MS),
/* harmony export */   gx: () => (/* binding */ boundAfterEnd),
/* harmony export */   nA: () => (/* binding */ STOP_BOUND_MS)
/* harmony export */ });
/**
 * The runner sends SIGTERM 7.5 s after SIGINT and kills 2.5 s later. After a cancel the action
 * may still have to find out whether a start it sent went through, then stop it: each of those
 * calls has its own bound, and together they fit before SIGTERM.
 */
const LOOKUP_BOUND_MS = 2_500;
const STOP_BOUND_MS = 5_000;
/**
 * Signals for a rollout that must end by `deadline` (epoch ms on `now`'s clock). The deadline
 * is a real timer (unref'd, so it never keeps the process alive) set for the time left now.
 */
function rolloutSignals(cancel, deadline, now) {
    const expiry = new AbortController();
    const left = deadline - now();
    let timer;
    if (left <= 0)
        expiry.abort(deadlineReason());
    else {
        // setTimeout's delay is a 32-bit int: a deadline further out than ~24.8 days never fires.
        timer = setTimeout(() => expiry.abort(deadlineReason()), Math.min(left, 2 ** 31 - 1));
        timer.unref();
    }
    return {
        cancel,
        expired: expiry.signal,
        calls: AbortSignal.any([cancel, expiry.signal]),
        dispose() {
            if (timer !== undefined)
                clearTimeout(timer);
        }
    };
}
function deadlineReason() {
    const error = new Error('timeout-minutes ran out');
    error.name = 'TimeoutError';
    return error;
}
/**
 * The signal for a call that must run after the rollout's own signals fired (the lookup of a
 * start that may have gone through, the stop): bounded on its own, so the runner's kill does
 * not catch it first.
 */
function boundAfterEnd(ms) {
    return AbortSignal.timeout(ms);
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
 * `expired` fires at the deadline: a poll it cuts short ends the wait as timed out.
 */
async function waitForEnvironment(ctx, scope, deploymentNumber, deadline, pollMs, expired) {
    const { deps } = ctx;
    let lastState = '';
    let failedTicks = 0;
    for (;;) {
        if (deps.signal.aborted)
            return 'cancelled';
        if (expired?.aborted)
            return 'timed-out';
        let deployment;
        try {
            deployment = await (0,_get_deployment_js__WEBPACK_IMPORTED_MODULE_2__/* .getDeployment */ .i)(ctx.clients, scope, deploymentNumber, 'Waiting for the deployment in progress', deps.signal);
            failedTicks = 0;
        }
        catch (error) {
            if (deps.signal.aborted)
                return 'cancelled';
            if (expired?.aborted)
                return 'timed-out';
            if (!(0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_1__.isTransient)(error) || ++failedTicks >= _watch_deployment_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FAILED_TICKS */ .Ie)
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
        if (deps.expired?.aborted)
            return result('timed-out');
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
            if (deps.expired?.aborted)
                return result('timed-out');
            failedTicks++;
            if (!(0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_1__.isTransient)(error) || failedTicks >= MAX_FAILED_TICKS)
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


/***/ }),

/***/ 5037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ watchDeps)
/* harmony export */ });
/* harmony import */ var _alarms_read_alarms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9479);
/* harmony import */ var _get_deployment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4629);
/* harmony import */ var _rollout_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8530);



/**
 * What the watch of one deployment reads (GetDeployment, and the target's alarms when it has
 * monitors) and runs on, for the rollout and the revert alike.
 */
function watchDeps(clients, target, deploymentNumber, deps, expired) {
    return {
        getDeployment: (signal) => (0,_get_deployment_js__WEBPACK_IMPORTED_MODULE_1__/* .getDeployment */ .i)(clients, (0,_rollout_context_js__WEBPACK_IMPORTED_MODULE_2__/* .scopeOf */ .O)(target), deploymentNumber, 'Watching the deployment', signal),
        readAlarms: target.monitors.length
            ? (signal) => (0,_alarms_read_alarms_js__WEBPACK_IMPORTED_MODULE_0__/* .readAlarms */ .t)(clients, target.monitors, signal)
            : undefined,
        sleep: deps.sleep,
        now: deps.now,
        log: deps.log,
        warn: deps.warn,
        signal: deps.signal,
        expired
    };
}


/***/ })

};
