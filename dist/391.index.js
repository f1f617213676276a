export const id = 391;
export const ids = [391];
export const modules = {

/***/ 7279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ DISABLED_ACTIONS_DO_NOT_ROLL_BACK),
/* harmony export */   MC: () => (/* binding */ REVERT_IGNORES_ALARMS),
/* harmony export */   Z4: () => (/* binding */ ALARM_ROLLS_BACK),
/* harmony export */   of: () => (/* binding */ REVERT_WINDOW_HOURS),
/* harmony export */   rw: () => (/* binding */ REVERT_WINDOW_QUOTE)
/* harmony export */ });
/**
 * The incident record of a `set-flags` kill switch or a `mode: revert` run: who acted, when,
 * why, what the environment ran before and after, the path taken, what AppConfig does about the
 * monitored alarms on that path, and how to undo it. The summary renders it as one record.
 */
/** AppConfig user guide, "Reverting a configuration". */
const REVERT_IGNORES_ALARMS = 'Reverting also ignores alarm monitors, which may prevent a roll forward from progressing during an application emergency.';
/** AppConfig user guide, "Reverting a configuration": the window. */
const REVERT_WINDOW_QUOTE = 'AWS AppConfig will revert the deployment only if the deployment succeeded within the last 72 hours. After 72 hours, the deployment can no longer be reverted. You must create a new deployment.';
/** AppConfig user guide, "Monitoring deployments for automatic rollback". */
const ALARM_ROLLS_BACK = 'if one or more CloudWatch alarms go into the ALARM or INSUFFICIENT_DATA state during a deployment, AWS AppConfig automatically rolls back your configuration data to the previous version';
/** The same page: the one way to deploy while an alarm fires. */
const DISABLED_ACTIONS_DO_NOT_ROLL_BACK = "A deployment doesn't automatically roll back if actions have been disabled in an associated CloudWatch alarm.";
/** AppConfig's revert window, in hours. */
const REVERT_WINDOW_HOURS = 72;


/***/ }),

/***/ 5466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readRevertHistory)
/* harmony export */ });
/* harmony import */ var _appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6317);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4931);
/* harmony import */ var _aws_required_field_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8677);
/* harmony import */ var _appconfig_list_deployments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8916);




/**
 * Reads the environment's deployments, newest first, until it has the latest and the previous
 * completed deployment of the profile. Rolled-back and reverted deployments are not COMPLETE,
 * so they are skipped, as AppConfig skips them when it picks what to serve.
 */
async function readRevertHistory(client, scope) {
    let active;
    const complete = [];
    await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_1__.awsStep)("Reading the environment's deployments", 'appconfig:ListDeployments', async () => {
        for await (const item of (0,_appconfig_list_deployments_js__WEBPACK_IMPORTED_MODULE_3__/* .listDeployments */ .J)(client, scope)) {
            const deployment = {
                deploymentNumber: (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredField */ .Q)(item.DeploymentNumber, 'DeploymentNumber', 'appconfig:ListDeployments'),
                state: item.State ?? '',
                profileId: item.ConfigurationProfileId,
                version: versionNumber(item.ConfigurationVersion),
                label: item.VersionLabel,
                completedAt: item.CompletedAt
            };
            if (active === undefined && (0,_appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__/* .isInProgress */ .LT)(item.State))
                active = deployment;
            if (item.ConfigurationProfileId === scope.profileId &&
                item.State === 'COMPLETE')
                complete.push(deployment);
            if (complete.length === 2)
                return;
        }
    });
    return { active, latest: complete[0], previous: complete[1] };
}
function versionNumber(text) {
    const n = Number(text);
    return text !== undefined && text !== '' && Number.isInteger(n)
        ? n
        : undefined;
}


/***/ }),

/***/ 3391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRevert: () => (/* binding */ runRevert)
/* harmony export */ });
/* harmony import */ var _rollout_signals_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(6436);
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(5296);
/* harmony import */ var _alarms_alarm_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3495);
/* harmony import */ var _alarms_read_alarms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9479);
/* harmony import */ var _appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3982);
/* harmony import */ var _appconfig_start_deployment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6761);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4931);
/* harmony import */ var _aws_required_field_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8677);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9556);
/* harmony import */ var _plan_diff_bundles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1204);
/* harmony import */ var _incident_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7279);
/* harmony import */ var _revert_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5466);
/* harmony import */ var _rollout_context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8530);
/* harmony import */ var _wait_for_environment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1134);
/* harmony import */ var _watch_deps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5037);
/* harmony import */ var _watch_deployment_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1512);
















/**
 * `mode: revert`: puts the environment back on the configuration it ran before its latest
 * completed deployment of the profile. A deployment of the profile still in progress is
 * stopped (AppConfig rolls it back). Otherwise AppConfig's own revert (StopDeployment with
 * AllowRevert) while its 72-hour window allows, which ignores alarm monitors; past it, a new
 * deployment of that earlier version with the deployment strategy, which a firing alarm would
 * roll back at once, so it is refused then, with what to do.
 */
async function runRevert(ctx) {
    const { clients, target, settings, deps } = ctx;
    const scope = { ...(0,_rollout_context_js__WEBPACK_IMPORTED_MODULE_9__/* .scopeOf */ .O)(target), profileId: target.profile.id };
    const timeoutMinutes = settings.timeoutMinutes ??
        target.strategy.durationMinutes + target.strategy.finalBakeMinutes + 5;
    const deadline = deps.now() + timeoutMinutes * 60_000;
    const pollMs = settings.pollIntervalSeconds * 1000;
    const base = {
        kind: 'revert',
        actor: deps.context.actor,
        reason: settings.description,
        runUrl: (0,_github_context_js__WEBPACK_IMPORTED_MODULE_10__/* .runUrl */ .Vp)(deps.context)
    };
    const incident = (more = {}) => ({
        ...base,
        at: new Date(deps.now()).toISOString(),
        ...more
    });
    const env = target.environment.name;
    const profile = target.profile.name;
    const [firstHistory, alarms] = await Promise.all([
        (0,_revert_history_js__WEBPACK_IMPORTED_MODULE_5__/* .readRevertHistory */ .V)(clients.appconfig, scope),
        target.monitors.length
            ? (0,_alarms_read_alarms_js__WEBPACK_IMPORTED_MODULE_0__/* .readAlarms */ .t)(clients, target.monitors)
            : Promise.resolve([])
    ]);
    let history = firstHistory;
    if (history.active !== undefined &&
        history.active.profileId !== target.profile.id) {
        const other = history.active;
        const busy = `Deployment ${other.deploymentNumber} of another profile is ${other.state} in ${env}; AppConfig runs one deployment per environment at a time.`;
        if (settings.onInProgress === 'fail')
            return refuse(`${busy} on-in-progress is fail; re-run when it has ended.`);
        deps.warn(`${busy} Waiting for it to end (on-in-progress: wait).`);
        const waited = await (0,_wait_for_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .waitForEnvironment */ .yW)(ctx, (0,_rollout_context_js__WEBPACK_IMPORTED_MODULE_9__/* .scopeOf */ .O)(target), other.deploymentNumber, deadline, pollMs);
        if (waited !== 'ended')
            return {
                result: waited,
                incident: incident(),
                failure: {
                    kind: waited,
                    message: `${busy} It had not ended within ${(0,_wait_for_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .minutesText */ .BI)(timeoutMinutes)}; nothing was reverted.`
                }
            };
        history = await (0,_revert_history_js__WEBPACK_IMPORTED_MODULE_5__/* .readRevertHistory */ .V)(clients.appconfig, scope);
    }
    const { active, latest, previous } = history;
    if (active !== undefined && active.profileId === target.profile.id)
        return stopInProgress(active, latest);
    if (latest === undefined)
        return refuse(`Nothing to revert: ${profile} has no completed deployment in ${env}.`);
    if (previous === undefined || previous.version === undefined)
        return refuse(`Nothing to revert to: deployment ${latest.deploymentNumber} (version ${latest.version ?? '?'}) is the first completed deployment of ${profile} in ${env}, so there is no earlier configuration to go back to.`);
    const plan = await planOf(latest, previous);
    const from = running(latest);
    const to = running(previous);
    const firing = alarms.filter(_alarms_alarm_js__WEBPACK_IMPORTED_MODULE_11__/* .isFiring */ .G);
    // AppConfig's window is counted from completion on AppConfig's clock; ours may differ, so a
    // refusal inside it is answered by the other path, never by giving up.
    const age = latest.completedAt === undefined
        ? 0
        : deps.now() - latest.completedAt.getTime();
    let pathReason;
    if (age < _incident_js__WEBPACK_IMPORTED_MODULE_12__/* .REVERT_WINDOW_HOURS */ .of * 3_600_000) {
        try {
            const reverted = await revertDeployment(latest.deploymentNumber);
            const rollout = recorded({
                version: { number: to.version, label: to.label, reused: true },
                deploymentNumber: latest.deploymentNumber,
                state: reverted.State,
                percentage: reverted.PercentageComplete,
                startedAt: reverted.StartedAt?.toISOString(),
                endedAt: reverted.CompletedAt?.toISOString(),
                events: (0,_appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_13__/* .eventsOf */ .XL)(reverted),
                alarms,
                triggeredAlarms: [],
                stopped: true
            });
            deps.log(`Reverted deployment ${latest.deploymentNumber}: ${env} serves ${profile} version ${to.version} again.`);
            return {
                result: 'reverted',
                plan,
                rollout,
                incident: incident({
                    from,
                    to,
                    path: 'revert',
                    pathReason: `Deployment ${latest.deploymentNumber} completed ${hoursAgo(age)}, inside AppConfig's ${_incident_js__WEBPACK_IMPORTED_MODULE_12__/* .REVERT_WINDOW_HOURS */ .of}-hour revert window, so AppConfig's own revert (StopDeployment with AllowRevert) put the earlier version back at once.`,
                    alarmNote: firing.length > 0
                        ? `${names(firing)} ${firing.length === 1 ? 'is' : 'are'} firing; AppConfig's revert does not wait for them: "${_incident_js__WEBPACK_IMPORTED_MODULE_12__/* .REVERT_IGNORES_ALARMS */ .MC}"`
                        : `AppConfig's revert does not consult the alarm monitors: "${_incident_js__WEBPACK_IMPORTED_MODULE_12__/* .REVERT_IGNORES_ALARMS */ .MC}"`,
                    undo: `Deploy version ${from.version} again (configuration-version: ${from.version}); a reverted deployment cannot itself be reverted.`
                })
            };
        }
        catch (error) {
            if (!(0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_2__.isAwsError)(error, 'BadRequestException'))
                throw error;
            pathReason = `AppConfig refused to revert deployment ${latest.deploymentNumber} (${error instanceof Error ? error.message : String(error)}): "${_incident_js__WEBPACK_IMPORTED_MODULE_12__/* .REVERT_WINDOW_QUOTE */ .rw}" So a new deployment of version ${to.version} with ${target.strategy.name} puts it back.`;
        }
    }
    else {
        pathReason = `Deployment ${latest.deploymentNumber} completed ${hoursAgo(age)}, outside AppConfig's ${_incident_js__WEBPACK_IMPORTED_MODULE_12__/* .REVERT_WINDOW_HOURS */ .of}-hour revert window: "${_incident_js__WEBPACK_IMPORTED_MODULE_12__/* .REVERT_WINDOW_QUOTE */ .rw}" So a new deployment of version ${to.version} with ${target.strategy.name} puts it back.`;
    }
    if (firing.length > 0)
        return refuse(`Cannot revert ${env} to version ${to.version} now: ${pathReason} But ${names(firing)} ${firing.length === 1 ? 'is' : 'are'} firing, and AppConfig would roll that deployment back at once ("${_incident_js__WEBPACK_IMPORTED_MODULE_12__/* .ALARM_ROLLS_BACK */ .Z4}"), putting version ${from.version} back. To deploy it anyway: disable the alarm's actions (aws cloudwatch disable-alarm-actions --alarm-names ${firing.map((a) => a.name).join(' ')}; "${_incident_js__WEBPACK_IMPORTED_MODULE_12__/* .DISABLED_ACTIONS_DO_NOT_ROLL_BACK */ .B4}"), run this again, then enable them.`, { plan, from, to, path: 'deployment', pathReason });
    return deployVersion(previous, latest, plan, pathReason);
    async function stopInProgress(running, servedBefore) {
        const plan = servedBefore === undefined
            ? undefined
            : await planOf(running, servedBefore);
        const stopped = await (0,_appconfig_start_deployment_js__WEBPACK_IMPORTED_MODULE_1__/* .stopDeployment */ .Uk)(clients.appconfig, (0,_rollout_context_js__WEBPACK_IMPORTED_MODULE_9__/* .scopeOf */ .O)(target), running.deploymentNumber, (0,_rollout_signals_js__WEBPACK_IMPORTED_MODULE_14__/* .boundAfterEnd */ .gx)(_rollout_signals_js__WEBPACK_IMPORTED_MODULE_14__/* .STOP_BOUND_MS */ .nA));
        deps.log(`Stopped deployment ${running.deploymentNumber} (${running.state}): AppConfig rolls it back.`);
        const rollout = recorded({
            version: servedBefore?.version === undefined
                ? undefined
                : {
                    number: servedBefore.version,
                    label: servedBefore.label,
                    reused: true
                },
            deploymentNumber: running.deploymentNumber,
            state: stopped.State,
            events: (0,_appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_13__/* .eventsOf */ .XL)(stopped),
            alarms,
            triggeredAlarms: [],
            stopped: true
        });
        const record = {
            from: runningOrUndefined(running),
            to: servedBefore && runningOrUndefined(servedBefore),
            path: 'stop',
            pathReason: `Deployment ${running.deploymentNumber} of ${profile} was still ${running.state}: stopping it makes AppConfig roll it back to ${servedBefore?.version === undefined ? 'what ran before it' : `version ${servedBefore.version}`} (AppConfig: "If StopDeployment is called on an in-progress deployment, the resulting deployment state will be ROLLED_BACK").`,
            alarmNote: 'A rollback is what a firing alarm would make AppConfig do; the alarms do not hold it up.',
            undo: running.version === undefined
                ? undefined
                : `Deploy version ${running.version} again (configuration-version: ${running.version}).`
        };
        const watched = await watch(running.deploymentNumber, 'complete');
        const last = watched.deployment ?? stopped;
        const final = recorded({
            ...rollout,
            state: last.State,
            percentage: last.PercentageComplete,
            events: (0,_appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_13__/* .eventsOf */ .XL)(last),
            rollbackReason: (0,_appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_13__/* .rollbackReason */ .d4)((0,_appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_13__/* .eventsOf */ .XL)(last), [])
        });
        if (watched.outcome === 'rolled-back')
            return {
                result: 'reverted',
                plan,
                rollout: final,
                incident: incident(record)
            };
        return {
            result: watched.outcome === 'cancelled' ? 'cancelled' : 'timed-out',
            plan,
            rollout: final,
            incident: incident(record),
            failure: {
                kind: watched.outcome === 'cancelled' ? 'cancelled' : 'timed-out',
                message: `Deployment ${running.deploymentNumber} was stopped, but it had not finished rolling back (last state ${last.State ?? 'unknown'}) when the run ended; AppConfig completes the rollback on its own.`
            }
        };
    }
    async function deployVersion(earlier, current, plan, reason) {
        const version = earlier.version;
        const from = running(current);
        const to = running(earlier);
        const description = (settings.description ??
            `Revert of deployment ${current.deploymentNumber} by AppConfig Guarded Rollout${deps.context.actor ? ` for ${deps.context.actor}` : ''}${base.runUrl ? ` (${base.runUrl})` : ''}`).slice(0, 1024);
        let started;
        try {
            started = await (0,_appconfig_start_deployment_js__WEBPACK_IMPORTED_MODULE_1__/* .startDeployment */ .i4)(clients.appconfig, {
                ...(0,_rollout_context_js__WEBPACK_IMPORTED_MODULE_9__/* .scopeOf */ .O)(target),
                profileId: target.profile.id,
                strategyId: target.strategy.id,
                version,
                description,
                tags: settings.tags,
                kmsKeyIdentifier: settings.kmsKeyIdentifier,
                // A revert deploys whatever ran before; it must not wait on another run's plan.
                latestDeploymentNumber: undefined,
                source: 'revert'
            }, deps.signal);
        }
        catch (error) {
            throw (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_2__.describeAwsError)(error, 'Starting the deployment of the earlier version', 'appconfig:StartDeployment');
        }
        const number = (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredField */ .Q)(started.DeploymentNumber, 'DeploymentNumber', 'appconfig:StartDeployment');
        deps.log(`Started deployment ${number} of version ${version} to ${env} with ${target.strategy.name}.`);
        const rollout = recorded({
            version: { number: version, label: earlier.label, reused: true },
            deploymentNumber: number,
            state: started.State,
            startedAt: started.StartedAt?.toISOString(),
            events: (0,_appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_13__/* .eventsOf */ .XL)(started),
            alarms,
            triggeredAlarms: []
        });
        const record = {
            from,
            to: { ...to, deploymentNumber: number },
            path: 'deployment',
            pathReason: reason,
            alarmNote: `The new deployment is watched by the alarm monitors like any other: "${_incident_js__WEBPACK_IMPORTED_MODULE_12__/* .ALARM_ROLLS_BACK */ .Z4}".`,
            undo: `Deploy version ${from.version} again (configuration-version: ${from.version}), or revert deployment ${number} within ${_incident_js__WEBPACK_IMPORTED_MODULE_12__/* .REVERT_WINDOW_HOURS */ .of} hours of its completion.`
        };
        const watched = await watch(number, settings.waitUntil);
        const last = watched.deployment ?? started;
        const events = (0,_appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_13__/* .eventsOf */ .XL)(last);
        const firing = watched.alarms.filter(_alarms_alarm_js__WEBPACK_IMPORTED_MODULE_11__/* .isFiring */ .G);
        const final = recorded({
            ...rollout,
            state: last.State,
            percentage: last.PercentageComplete,
            endedAt: last.CompletedAt?.toISOString(),
            events,
            alarms: watched.alarms.length ? watched.alarms : alarms,
            triggeredAlarms: watched.triggeredAlarms,
            rollbackReason: (0,_appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_13__/* .rollbackReason */ .d4)(events, firing.map((a) => a.name))
        });
        switch (watched.outcome) {
            case 'complete':
                return {
                    result: 'reverted',
                    plan,
                    rollout: final,
                    incident: incident(record)
                };
            case 'baking':
            case 'started':
                // Not back yet while an alarm fires: AppConfig is about to roll it back.
                if (firing.length > 0)
                    return {
                        result: 'failed',
                        plan,
                        rollout: final,
                        incident: incident(record),
                        failure: {
                            kind: 'rolled-back',
                            message: `${names(firing)} fires while deployment ${number} is ${last.State ?? 'running'}; AppConfig rolls it back ("${_incident_js__WEBPACK_IMPORTED_MODULE_12__/* .ALARM_ROLLS_BACK */ .Z4}"), so ${env} stays on version ${from.version}.`
                        }
                    };
                return {
                    result: watched.outcome,
                    plan,
                    rollout: final,
                    incident: incident(record)
                };
            case 'rolled-back':
            case 'reverted':
                return {
                    result: 'rolled-back',
                    plan,
                    rollout: {
                        ...final,
                        cause: (0,_appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_13__/* .findRollbackCause */ .H7)(events, {
                            triggeredAlarms: final.triggeredAlarms,
                            knownAlarms: target.monitors,
                            stopped: false,
                            percentage: final.percentage
                        })
                    },
                    incident: incident(record),
                    failure: {
                        kind: 'rolled-back',
                        message: `Deployment ${number} of version ${version} was rolled back (${final.rollbackReason ?? 'no reason in the event log'}); ${env} still runs version ${from.version}.`
                    }
                };
            default: {
                const stop = (watched.outcome === 'timed-out' && settings.onTimeout === 'stop') ||
                    (watched.outcome === 'cancelled' && settings.onCancel === 'stop');
                if (stop)
                    // After a cancel or a timeout: bounded to fit the runner's kill window.
                    await (0,_appconfig_start_deployment_js__WEBPACK_IMPORTED_MODULE_1__/* .stopDeployment */ .Uk)(clients.appconfig, (0,_rollout_context_js__WEBPACK_IMPORTED_MODULE_9__/* .scopeOf */ .O)(target), number, (0,_rollout_signals_js__WEBPACK_IMPORTED_MODULE_14__/* .boundAfterEnd */ .gx)(_rollout_signals_js__WEBPACK_IMPORTED_MODULE_14__/* .STOP_BOUND_MS */ .nA));
                return {
                    result: watched.outcome,
                    plan,
                    rollout: recorded({ ...final, stopped: stop }),
                    incident: incident(record),
                    failure: {
                        kind: watched.outcome,
                        message: `Deployment ${number} of version ${version} did not finish within ${(0,_wait_for_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .minutesText */ .BI)(timeoutMinutes)}${watched.outcome === 'cancelled' ? ' (the workflow was cancelled)' : ''}; ${stop ? 'it was stopped and AppConfig rolls it back' : 'it was left running'}.`
                    }
                };
            }
        }
    }
    function watch(deploymentNumber, waitUntil) {
        return (0,_watch_deployment_js__WEBPACK_IMPORTED_MODULE_8__/* .watchDeployment */ .Jh)((0,_watch_deps_js__WEBPACK_IMPORTED_MODULE_7__/* .watchDeps */ .K)(clients, target, deploymentNumber, deps), {
            deploymentNumber,
            waitUntil,
            deadline,
            pollMs,
            initialAlarms: alarms
        });
    }
    function revertDeployment(deploymentNumber) {
        return (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_2__.awsStep)(`Reverting deployment ${deploymentNumber}`, 'appconfig:StopDeployment', () => clients.appconfig.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_15__.StopDeploymentCommand({
            ApplicationId: target.application.id,
            EnvironmentId: target.environment.id,
            DeploymentNumber: deploymentNumber,
            AllowRevert: true
        })));
    }
    /** The plan of a revert: what going from `current` back to `earlier` changes, flag by flag. */
    async function planOf(current, earlier) {
        if (current.version === undefined || earlier.version === undefined)
            return undefined;
        const [now, before] = await Promise.all([
            ctx.versions.read(current.version),
            ctx.versions.read(earlier.version)
        ]);
        const diff = (0,_plan_diff_bundles_js__WEBPACK_IMPORTED_MODULE_4__/* .diffBundles */ .V)(now.content, before.content);
        return {
            deployed: {
                version: current.version,
                label: current.label ?? now.label,
                deploymentNumber: current.deploymentNumber
            },
            changed: diff.changed,
            changes: diff.changes,
            unchangedCount: diff.unchangedCount,
            guards: [],
            alarms
        };
    }
    function recorded(rollout) {
        ctx.record(rollout);
        return rollout;
    }
    function refuse(message, more = {}) {
        const { plan, ...record } = more;
        return {
            result: 'failed',
            plan,
            incident: incident(record),
            failure: { kind: 'guard', message }
        };
    }
}
function running(deployment) {
    return {
        version: deployment.version ?? 0,
        label: deployment.label,
        deploymentNumber: deployment.deploymentNumber
    };
}
function runningOrUndefined(deployment) {
    return deployment.version === undefined ? undefined : running(deployment);
}
function names(alarms) {
    const list = alarms.map((a) => a.name || a.arn);
    return list.length === 1 ? `Alarm ${list[0]}` : `Alarms ${list.join(', ')}`;
}
function hoursAgo(ms) {
    const hours = ms / 3_600_000;
    return hours < 1
        ? `${Math.max(0, Math.round(ms / 60_000))} minutes ago`
        : `${Math.round(hours * 10) / 10} hours ago`;
}


/***/ })

};
