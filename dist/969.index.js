export const id = 969;
export const ids = [969];
export const modules = {

/***/ 6969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRevert: () => (/* binding */ runRevert)
});

// EXTERNAL MODULE: ./src/alarms/alarm.ts
var alarm = __webpack_require__(3495);
// EXTERNAL MODULE: ./src/alarms/read-alarms.ts
var read_alarms = __webpack_require__(9479);
// EXTERNAL MODULE: ./src/appconfig/deployment-events.ts
var deployment_events = __webpack_require__(3982);
// EXTERNAL MODULE: ./src/appconfig/read-history.ts + 2 modules
var read_history = __webpack_require__(2121);
// EXTERNAL MODULE: ./src/appconfig/read-experiments.ts
var read_experiments = __webpack_require__(6724);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-appconfig/dist-cjs/index.js
var dist_cjs = __webpack_require__(5296);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
;// CONCATENATED MODULE: ./src/appconfig/revert-deployment.ts


/**
 * AppConfig's own revert: StopDeployment with `AllowRevert` on the latest COMPLETE deployment
 * puts the configuration before it back at once, ignoring alarm monitors ("Reverting also
 * ignores alarm monitors…"), within 72 hours of its completion; after that AppConfig answers
 * BadRequestException (user guide, "Reverting a configuration"; StopDeployment `AllowRevert`).
 */
function revertDeployment(client, scope, deploymentNumber, signal) {
    return (0,aws_error.awsStep)(`Reverting deployment ${deploymentNumber}`, 'appconfig:StopDeployment', () => client.send(new dist_cjs.StopDeploymentCommand({
        ApplicationId: scope.applicationId,
        EnvironmentId: scope.environmentId,
        DeploymentNumber: deploymentNumber,
        AllowRevert: true
    }), { abortSignal: signal }));
}

// EXTERNAL MODULE: ./src/appconfig/provenance.ts
var appconfig_provenance = __webpack_require__(1758);
;// CONCATENATED MODULE: ./src/content/revert-content.ts

/**
 * Content for a revert outside AppConfig's window: the earlier hosted version, deployed as it
 * is (no new version). Chosen again each time the planner plans; when a newer deployment of
 * the profile has completed since the revert was decided (after a wait or a 409), what to
 * revert has changed, so the choice refuses rather than undo a deployment nobody looked at.
 */
function revertChoice(target, point, provenance) {
    const { reverted, earlier } = point;
    return {
        source: 'revert',
        needsPrevious: true,
        async choose({ history }, versions) {
            const live = history.live;
            if (live?.deploymentNumber !== reverted.deploymentNumber) {
                const now = live === undefined
                    ? 'no completed deployment'
                    : `deployment ${live.deploymentNumber} (version ${live.version ?? '?'})`;
                const moved = live !== undefined &&
                    live.deploymentNumber > reverted.deploymentNumber
                    ? `deployment ${live.deploymentNumber} (version ${live.version ?? '?'}) completed in ${target.environment.name} since the revert was planned`
                    : `${target.environment.name} now runs ${now}, not deployment ${reverted.deploymentNumber} as when the revert was planned`;
                return {
                    failure: {
                        kind: 'guard',
                        message: `What to revert has changed: ${moved}. Nothing was deployed; look at what runs now, then run the revert again if it is still wanted.`
                    }
                };
            }
            const stored = await versions.read(earlier.version);
            return {
                content: {
                    source: 'revert',
                    value: stored.content,
                    text: JSON.stringify(stored.content),
                    version: { number: earlier.version, label: earlier.label },
                    description: (0,appconfig_provenance/* revertDescription */.Z7)(provenance.context, provenance.reason, reverted.deploymentNumber)
                }
            };
        }
    };
}

// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/plan/diff-bundles.ts
var diff_bundles = __webpack_require__(1204);
;// CONCATENATED MODULE: ./src/modes/revert-plan.ts

/** The plan of a revert: what going from `current` back to `earlier` changes, flag by flag. */
async function revertPlan(versions, alarms, current, earlier) {
    if (current.version === undefined)
        return undefined;
    const [now, before] = await Promise.all([
        versions.read(current.version),
        versions.read(earlier.version)
    ]);
    const diff = (0,diff_bundles/* diffBundles */.V)(now.content, before.content);
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
/** A deployment as the incident record names it. */
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

// EXTERNAL MODULE: ./src/plan/check-experiments.ts
var check_experiments = __webpack_require__(3714);
// EXTERNAL MODULE: ./src/plan/make-plan.ts + 1 modules
var make_plan = __webpack_require__(6695);
// EXTERNAL MODULE: ./src/plan/planner.ts + 8 modules
var plan_planner = __webpack_require__(2650);
// EXTERNAL MODULE: ./src/rollout/rollout-context.ts
var rollout_context = __webpack_require__(8530);
// EXTERNAL MODULE: ./src/rollout/run-rollout.ts + 6 modules
var run_rollout = __webpack_require__(9072);
// EXTERNAL MODULE: ./src/rollout/stop-experiments-first.ts + 1 modules
var stop_experiments_first = __webpack_require__(8463);
// EXTERNAL MODULE: ./src/rollout/wait-for-environment.ts
var wait_for_environment = __webpack_require__(1134);
// EXTERNAL MODULE: ./src/appconfig/documented-behaviour.ts
var documented_behaviour = __webpack_require__(1327);
// EXTERNAL MODULE: ./src/appconfig/start-deployment.ts
var start_deployment = __webpack_require__(6761);
// EXTERNAL MODULE: ./src/rollout/bound-clients.ts
var bound_clients = __webpack_require__(3752);
// EXTERNAL MODULE: ./src/rollout/rollout-signals.ts
var rollout_signals = __webpack_require__(6436);
// EXTERNAL MODULE: ./src/rollout/watch-deps.ts
var watch_deps = __webpack_require__(5037);
// EXTERNAL MODULE: ./src/rollout/watch-deployment.ts
var watch_deployment = __webpack_require__(1512);
;// CONCATENATED MODULE: ./src/rollout/stop-in-progress.ts






/**
 * Stops a deployment in progress ("If StopDeployment is called on an in-progress deployment,
 * the resulting deployment state will be ROLLED_BACK") and watches the rollback to its end,
 * with the rollout's bounds: the stop has its own bound, every read takes the cancel and the
 * deadline (`timeout-minutes`), so a revert can never outlive either.
 */
async function stopInProgress(ctx, deploymentNumber) {
    const { target, settings, deps } = ctx;
    const timeoutMinutes = settings.timeoutMinutes ??
        target.strategy.durationMinutes + target.strategy.finalBakeMinutes + 5;
    const deadline = deps.now() + timeoutMinutes * 60_000;
    const signals = (0,rollout_signals/* rolloutSignals */.Rf)(deps.signal, deadline, deps.now);
    try {
        const stopped = await (0,start_deployment.stopDeployment)(ctx.clients.appconfig, (0,rollout_context/* scopeOf */.O)(target), deploymentNumber, (0,rollout_signals/* boundAfterEnd */.gx)(rollout_signals/* STOP_BOUND_MS */.nA));
        deps.log(`Stopped deployment ${deploymentNumber} (${stopped.State ?? 'stopping'}): AppConfig rolls it back.`);
        const clients = (0,bound_clients.boundClients)(ctx.clients, signals.calls);
        const watched = await (0,watch_deployment/* watchDeployment */.Jh)((0,watch_deps/* watchDeps */.K)(clients, target, deploymentNumber, deps, signals.expired), {
            deploymentNumber,
            waitUntil: 'complete',
            deadline,
            pollMs: settings.pollIntervalSeconds * 1000
        });
        return {
            stopped,
            last: watched.deployment ?? stopped,
            outcome: watched.outcome
        };
    }
    finally {
        signals.dispose();
    }
}

;// CONCATENATED MODULE: ./src/modes/revert-in-progress.ts



/**
 * A revert when a deployment of the profile is still in progress: stopping it makes AppConfig
 * roll it back to what ran before ("If StopDeployment is called on an in-progress deployment,
 * the resulting deployment state will be ROLLED_BACK"); the rollback is watched to its end with
 * the rollout's bounds (rollout/stop-in-progress.ts).
 */
async function revertInProgress(ctx, inProgress, servedBefore) {
    const { alarms, incident, recorded } = ctx;
    const profile = ctx.target.profile.name;
    const plan = servedBefore?.version === undefined
        ? undefined
        : await revertPlan(ctx.versions, alarms, inProgress, {
            ...servedBefore,
            version: servedBefore.version
        });
    const { stopped, last, outcome } = await stopInProgress(ctx, inProgress.deploymentNumber);
    const rollout = recorded({
        version: servedBefore?.version === undefined
            ? undefined
            : {
                number: servedBefore.version,
                label: servedBefore.label,
                reused: true
            },
        deploymentNumber: inProgress.deploymentNumber,
        state: last.State ?? stopped.State,
        percentage: last.PercentageComplete,
        events: (0,deployment_events/* eventsOf */.XL)(last),
        alarms,
        triggeredAlarms: [],
        stopped: true,
        rollbackReason: (0,deployment_events/* rollbackReason */.d4)((0,deployment_events/* eventsOf */.XL)(last), [])
    });
    const record = incident({
        from: runningOrUndefined(inProgress),
        to: servedBefore && runningOrUndefined(servedBefore),
        path: 'stop',
        pathReason: `Deployment ${inProgress.deploymentNumber} of ${profile} was still ${inProgress.state}: stopping it makes AppConfig roll it back to ${servedBefore?.version === undefined ? 'what ran before it' : `version ${servedBefore.version}`} (AppConfig: "If StopDeployment is called on an in-progress deployment, the resulting deployment state will be ROLLED_BACK").`,
        alarmNote: 'A rollback is what a firing alarm would make AppConfig do; the alarms do not hold it up.',
        undo: inProgress.version === undefined
            ? undefined
            : `Deploy version ${inProgress.version} again (configuration-version: ${inProgress.version}).`
    });
    if (outcome === 'rolled-back')
        return { result: 'reverted', plan, rollout, incident: record };
    const kind = outcome === 'cancelled' ? 'cancelled' : 'timed-out';
    return {
        result: kind,
        plan,
        rollout,
        incident: record,
        failure: {
            kind,
            message: `Deployment ${inProgress.deploymentNumber} was stopped, but it had not finished rolling back (last state ${last.State ?? 'unknown'}) when the run ended; AppConfig completes the rollback on its own.`
        }
    };
}

;// CONCATENATED MODULE: ./src/modes/revert.ts



















/**
 * `mode: revert`: puts the environment back on the configuration it ran before its latest
 * completed deployment of the profile. It only chooses the path: a deployment of the profile
 * still in progress is stopped (AppConfig rolls it back); inside AppConfig's 72-hour window,
 * AppConfig's own revert (StopDeployment with AllowRevert), which ignores alarm monitors; past
 * it, the earlier version is handed to the planner and the rollout like any content, so the new
 * deployment takes the lock, lost-answer recognition, the bounds and the watch of every start.
 */
async function runRevert(ctx) {
    const { clients, target, settings, deps } = ctx;
    const scope = (0,read_history/* deploymentScopeOf */.rO)(target);
    const timeoutMinutes = settings.timeoutMinutes ??
        target.strategy.durationMinutes + target.strategy.finalBakeMinutes + 5;
    const base = {
        kind: 'revert',
        actor: deps.context.actor,
        reason: settings.description,
        runUrl: (0,context/* runUrl */.Vp)(deps.context)
    };
    const incident = (more = {}) => ({
        ...base,
        at: new Date(deps.now()).toISOString(),
        ...more
    });
    const env = target.environment.name;
    const profile = target.profile.name;
    const refuse = (message, more = {}) => {
        const { plan, ...record } = more;
        return {
            result: 'failed',
            plan,
            incident: incident(record),
            failure: { kind: 'guard', message }
        };
    };
    const recorded = (rollout) => {
        ctx.record(rollout);
        return rollout;
    };
    const [firstHistory, alarms] = await Promise.all([
        (0,read_history/* readHistory */.Lu)(clients.appconfig, scope, { previous: true }),
        target.monitors.length
            ? (0,read_alarms/* readAlarms */.t)(clients, target.monitors)
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
        const waited = await (0,wait_for_environment/* waitForEnvironment */.yW)(ctx, (0,rollout_context/* scopeOf */.O)(target), other.deploymentNumber, deps.now() + timeoutMinutes * 60_000, settings.pollIntervalSeconds * 1000);
        if (waited !== 'ended')
            return {
                result: waited,
                incident: incident(),
                failure: {
                    kind: waited,
                    message: `${busy} It had not ended within ${(0,wait_for_environment/* minutesText */.BI)(timeoutMinutes)}; nothing was reverted.`
                }
            };
        history = await (0,read_history/* readHistory */.Lu)(clients.appconfig, scope, { previous: true });
    }
    const { active, live: latest, previous } = history;
    if (active !== undefined && active.profileId === target.profile.id)
        return revertInProgress({ ...ctx, alarms, incident, recorded }, active, latest);
    if (latest === undefined)
        return refuse(`Nothing to revert: ${profile} has no completed deployment in ${env}.`);
    if (previous?.version === undefined)
        return refuse(`Nothing to revert to: deployment ${latest.deploymentNumber} (version ${latest.version ?? '?'}) is the first completed deployment of ${profile} in ${env}, so there is no earlier configuration to go back to.`);
    const earlier = { ...previous, version: previous.version };
    // AppConfig's own revert does not go through the planner: the experiments guard runs here.
    const plan = await withExperiments(await revertPlan(ctx.versions, alarms, latest, earlier));
    const from = running(latest);
    const to = running(earlier);
    const firing = alarms.filter(alarm/* isFiring */.G);
    // AppConfig's window is counted from completion on AppConfig's clock; ours may differ, so a
    // refusal inside it is answered by the other path, never by giving up.
    const age = latest.completedAt === undefined
        ? 0
        : deps.now() - latest.completedAt.getTime();
    let pathReason;
    if (age < documented_behaviour/* REVERT_WINDOW_HOURS */.of * 3_600_000) {
        // AppConfig's own revert does not go through the planner: its experiments guard holds here
        // too (refuse, or stop the runs first), as planOf ran it.
        const refused = plan === undefined ? undefined : (0,make_plan.refusalOf)(plan);
        if (refused !== undefined)
            return refuse(refused.message, { plan, from, to, path: 'revert' });
        if (plan !== undefined)
            await (0,stop_experiments_first/* stopExperimentsFirst */.P)(ctx, clients, plan, {
                deadline: deps.now() + timeoutMinutes * 60_000,
                pollMs: settings.pollIntervalSeconds * 1000,
                signal: deps.signal
            });
        try {
            const reverted = await revertDeployment(clients.appconfig, scope, latest.deploymentNumber, deps.signal);
            const rollout = recorded({
                version: { number: to.version, label: to.label, reused: true },
                deploymentNumber: latest.deploymentNumber,
                state: reverted.State,
                percentage: reverted.PercentageComplete,
                startedAt: reverted.StartedAt?.toISOString(),
                endedAt: reverted.CompletedAt?.toISOString(),
                events: (0,deployment_events/* eventsOf */.XL)(reverted),
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
                    pathReason: `Deployment ${latest.deploymentNumber} completed ${hoursAgo(age)}, inside AppConfig's ${documented_behaviour/* REVERT_WINDOW_HOURS */.of}-hour revert window, so AppConfig's own revert (StopDeployment with AllowRevert) put the earlier version back at once.`,
                    alarmNote: firing.length > 0
                        ? `${names(firing)} ${firing.length === 1 ? 'is' : 'are'} firing; AppConfig's revert does not wait for them: "${documented_behaviour/* REVERT_IGNORES_ALARMS */.MC}"`
                        : `AppConfig's revert does not consult the alarm monitors: "${documented_behaviour/* REVERT_IGNORES_ALARMS */.MC}"`,
                    undo: `Deploy version ${from.version} again (configuration-version: ${from.version}); a reverted deployment cannot itself be reverted.`
                })
            };
        }
        catch (error) {
            if (!(0,aws_error.isAwsError)(error, 'BadRequestException'))
                throw error;
            pathReason = `AppConfig refused to revert deployment ${latest.deploymentNumber} (${error instanceof Error ? error.message : String(error)}): "${documented_behaviour/* REVERT_WINDOW_QUOTE */.rw}" So a new deployment of version ${to.version} with ${target.strategy.name} puts it back.`;
        }
    }
    else {
        pathReason = `Deployment ${latest.deploymentNumber} completed ${hoursAgo(age)}, outside AppConfig's ${documented_behaviour/* REVERT_WINDOW_HOURS */.of}-hour revert window: "${documented_behaviour/* REVERT_WINDOW_QUOTE */.rw}" So a new deployment of version ${to.version} with ${target.strategy.name} puts it back.`;
    }
    if (firing.length > 0)
        return refuse(`Cannot revert ${env} to version ${to.version} now: ${pathReason} But ${names(firing)} ${firing.length === 1 ? 'is' : 'are'} firing, and AppConfig would roll that deployment back at once ("${documented_behaviour/* ALARM_ROLLS_BACK */.Z4}"), putting version ${from.version} back. To deploy it anyway: disable the alarm's actions (aws cloudwatch disable-alarm-actions --alarm-names ${firing.map((a) => a.name).join(' ')}; "${documented_behaviour/* DISABLED_ACTIONS_DO_NOT_ROLL_BACK */.B4}"), run this again, then enable them.`, { plan, from, to, path: 'deployment', pathReason });
    // Outside the window: the earlier version is content like any other, for the one planner and
    // the one start path.
    const planner = (0,plan_planner.createPlanner)({
        target,
        settings,
        choice: revertChoice(target, { reverted: latest, earlier }, { context: deps.context, reason: settings.description }),
        now: deps.now
    });
    const planned = await planner(clients, ctx.versions);
    const record = {
        from,
        to,
        path: 'deployment',
        pathReason,
        alarmNote: `The new deployment is watched by the alarm monitors like any other: "${documented_behaviour/* ALARM_ROLLS_BACK */.Z4}".`
    };
    const failure = planned.failure ?? (0,make_plan.refusalOf)(planned.plan);
    if (failure !== undefined)
        return {
            result: 'failed',
            plan: planned.plan,
            incident: incident(record),
            failure
        };
    const outcome = await (0,run_rollout.runRollout)({
        clients,
        target,
        versions: ctx.versions,
        settings,
        planned,
        plan: planner,
        deps,
        record: ctx.record
    });
    const number = outcome.rollout?.deploymentNumber;
    const done = incident({
        ...record,
        to: { ...to, deploymentNumber: number },
        undo: `Deploy version ${from.version} again (configuration-version: ${from.version})${number === undefined ? '' : `, or revert deployment ${number} within ${documented_behaviour/* REVERT_WINDOW_HOURS */.of} hours of its completion`}.`
    });
    switch (outcome.result) {
        case 'complete':
            return { ...outcome, result: 'reverted', incident: done };
        case 'rolled-back':
        case 'reverted':
            return {
                ...outcome,
                result: 'rolled-back',
                incident: done,
                failure: {
                    kind: 'rolled-back',
                    message: `Deployment ${number ?? '?'} of version ${to.version} was rolled back (${outcome.rollout.rollbackReason ?? 'no reason in the event log'}); ${env} still runs version ${from.version}.`
                }
            };
        case 'unchanged':
            // What runs already is the earlier version's content: nothing to put back.
            return { result: 'reverted', plan: outcome.plan, incident: done };
        case 'baking':
        case 'started':
            return {
                result: outcome.result,
                plan: outcome.plan,
                rollout: outcome.rollout,
                incident: done
            };
        default:
            return {
                result: outcome.result,
                plan: outcome.plan,
                rollout: outcome.rollout,
                incident: done,
                failure: outcome.failure
            };
    }
    /** The revert's plan with the experiments guard (check-experiments.ts), as the planner runs it. */
    async function withExperiments(plan) {
        if (plan === undefined)
            return undefined;
        const experiments = await (0,read_experiments/* readExperiments */.B)(clients.appconfig, scope);
        const checked = (0,check_experiments/* checkExperiments */.Rw)(experiments, plan.changes, settings, {
            environment: env,
            application: target.application.id
        });
        return {
            ...plan,
            guards: [...plan.guards, checked.guard],
            experiments: checked.experiments
        };
    }
}


/***/ })

};
