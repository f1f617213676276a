export const id = 695;
export const ids = [695];
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

/***/ 1864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readDeployments),
/* harmony export */   VersionReader: () => (/* binding */ VersionReader)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5296);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8677);
/* harmony import */ var _deployment_states_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6317);
/* harmony import */ var _list_deployments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8916);





/**
 * Reads the environment's deployments, newest first, until it knows both whether one is in
 * progress and which version of this profile is live. Rolled-back and reverted deployments are
 * not live; errors are never swallowed (a missed page would make an old version look current:
 * koh-sh/apcdeploy#103).
 */
async function readDeployments(client, scope, versions) {
    let active;
    let latestNumber;
    let live;
    await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)("Reading the environment's deployments", 'appconfig:ListDeployments', async () => {
        for await (const item of (0,_list_deployments_js__WEBPACK_IMPORTED_MODULE_3__/* .listDeployments */ .J)(client, scope)) {
            // Listed newest first; the maximum does not rely on it.
            if (item.DeploymentNumber !== undefined &&
                (latestNumber === undefined || item.DeploymentNumber > latestNumber))
                latestNumber = item.DeploymentNumber;
            if (active === undefined && (0,_deployment_states_js__WEBPACK_IMPORTED_MODULE_2__/* .isInProgress */ .LT)(item.State)) {
                active = {
                    deploymentNumber: (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredField */ .Q)(item.DeploymentNumber, 'DeploymentNumber', 'appconfig:ListDeployments'),
                    state: item.State ?? '',
                    profileId: item.ConfigurationProfileId,
                    percentage: item.PercentageComplete
                };
            }
            if (item.ConfigurationProfileId === scope.profileId &&
                item.State === 'COMPLETE' &&
                item.ConfigurationVersion) {
                live = {
                    deploymentNumber: (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredField */ .Q)(item.DeploymentNumber, 'DeploymentNumber', 'appconfig:ListDeployments'),
                    version: item.ConfigurationVersion,
                    label: item.VersionLabel
                };
                return;
            }
        }
    });
    if (live === undefined)
        return { active, deployed: undefined, latestNumber };
    const version = Number(live.version);
    if (!Number.isInteger(version)) {
        throw new _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.AwsStepError(`Deployment ${live.deploymentNumber} names configuration version '${live.version}', which is not a hosted version number.`, "Reading the environment's deployments", 'UnexpectedAnswer');
    }
    const stored = await versions.read(version);
    return {
        active,
        latestNumber,
        deployed: {
            deploymentNumber: live.deploymentNumber,
            version,
            label: live.label ?? stored.label,
            content: stored.content
        }
    };
}
/** Reads hosted versions of one profile, each at most once per run. */
class VersionReader {
    client;
    applicationId;
    profileId;
    cache;
    constructor(client, applicationId, profileId, cache = new Map()) {
        this.client = client;
        this.applicationId = applicationId;
        this.profileId = profileId;
        this.cache = cache;
    }
    /** The same reader, sharing what it read, sending through another client (a bounded one). */
    through(client) {
        return new VersionReader(client, this.applicationId, this.profileId, this.cache);
    }
    read(number) {
        let version = this.cache.get(number);
        if (version === undefined) {
            version = this.fetch(number);
            this.cache.set(number, version);
        }
        return version;
    }
    async fetch(number) {
        const output = await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)(`Reading hosted configuration version ${number}`, 'appconfig:GetHostedConfigurationVersion', () => this.client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_4__.GetHostedConfigurationVersionCommand({
            ApplicationId: this.applicationId,
            ConfigurationProfileId: this.profileId,
            VersionNumber: number
        })));
        const text = new TextDecoder().decode(output.Content ?? new Uint8Array());
        let content;
        try {
            content = JSON.parse(text);
        }
        catch {
            throw new _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.AwsStepError(`Hosted configuration version ${number} is not JSON, so it cannot be compared with the bundle; is this really a feature-flag profile?`, `Reading hosted configuration version ${number}`, 'UnexpectedAnswer');
        }
        return { number, label: output.VersionLabel, content };
    }
}


/***/ }),

/***/ 6695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  makePlan: () => (/* binding */ makePlan),
  refusalOf: () => (/* binding */ refusalOf)
});

// EXTERNAL MODULE: ./src/alarms/read-alarms.ts
var read_alarms = __webpack_require__(9479);
// EXTERNAL MODULE: ./src/appconfig/read-deployments.ts
var read_deployments = __webpack_require__(1864);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/alarms/alarm.ts
var alarm = __webpack_require__(3495);
// EXTERNAL MODULE: ./src/plan/cap-text.ts
var cap_text = __webpack_require__(5807);
// EXTERNAL MODULE: ./src/bundle/json-object.ts
var json_object = __webpack_require__(7534);
;// CONCATENATED MODULE: ./src/plan/check-guards.ts




/** Names listed in one message; a bundle that drops 3,000 flags should not print 3,000 names. */
const MAX_LISTED = 10;
/** Flags the bundle removes: refused unless announced with `_deprecation` in the deployed version or allowed. */
function checkFlagRemoval(deployed, changes, allowFlagRemoval) {
    const removed = changes.filter((c) => c.kind === 'removed').map((c) => c.key);
    if (removed.length === 0) {
        return removal('pass', 'The bundle removes no flags.');
    }
    // The deployed version, not the bundle: the announcement must have shipped before the removal.
    const definitions = (0,json_object/* objectAt */.lJ)(deployed, 'flags');
    const unannounced = removed.filter((key) => !(0,json_object/* isObject */.Gv)((0,json_object/* own */.ZV)((0,json_object/* objectAt */.lJ)(definitions, key), '_deprecation')));
    if (unannounced.length === 0) {
        return removal('pass', `Removes ${(0,format/* plural */.LS)(removed.length, 'flag')} announced with \`_deprecation\` in the deployed version: ${listOf(removed)}.`);
    }
    if (allowFlagRemoval) {
        return removal('warn', `Removes ${(0,format/* plural */.LS)(removed.length, 'flag')} (allowed by allow-flag-removal: true): ${listOf(removed)}.`);
    }
    return removal('refuse', `Refusing to remove ${(0,format/* plural */.LS)(unannounced.length, 'flag')} not marked \`_deprecation\` in the deployed version: ${listOf(unannounced)}. Mark them \`_deprecation\` in a release first, or set allow-flag-removal: true.`);
}
/** Whether AppConfig can roll back on its own: the environment needs CloudWatch alarm monitors. */
function checkMonitors(monitorArns, requireAlarms) {
    if (monitorArns.length > 0) {
        return {
            guard: 'no-alarms',
            outcome: 'pass',
            message: `The environment has ${(0,format/* plural */.LS)(monitorArns.length, 'CloudWatch alarm monitor')}; AppConfig rolls back if one fires.`
        };
    }
    const problem = 'AppConfig cannot roll back automatically: the environment has no CloudWatch alarm monitors.';
    return requireAlarms
        ? {
            guard: 'no-alarms',
            outcome: 'refuse',
            message: `${problem} Add an alarm monitor to the environment, or set require-alarms: false.`
        }
        : {
            guard: 'no-alarms',
            outcome: 'warn',
            message: `${problem} Add an alarm monitor to the environment; require-alarms: true refuses such rollouts.`
        };
}
/** The monitored alarms before a rollout: one already firing would make AppConfig roll back at once. */
function checkAlarms(alarms) {
    const blocking = alarms.filter(alarm/* isFiring */.G);
    // Alarms with actions disabled protect nothing, firing or not: say so.
    const muted = alarms.filter((a) => a.actionsEnabled === false && a.state !== 'UNKNOWN');
    const unknown = alarms.filter((a) => a.state === 'UNKNOWN');
    const notes = [];
    if (unknown.length > 0) {
        notes.push(`${(0,format/* plural */.LS)(unknown.length, 'monitored alarm')} could not be read (deleted, in another account or region, or no cloudwatch:DescribeAlarms permission), so ${unknown.length === 1 ? 'its' : 'their'} state is unknown: ${listOf(unknown.map(alarmName))}.`);
    }
    if (muted.length > 0) {
        const one = muted.length === 1;
        notes.push(`${listOf(muted.map(describeAlarm), '; ')} ${one ? 'has' : 'have'} actions disabled, so AppConfig ignores ${one ? 'it' : 'them'}: ${one ? 'it' : 'they'} cannot roll this deployment back.`);
    }
    if (blocking.length > 0) {
        const one = blocking.length === 1;
        const message = `${(0,format/* plural */.LS)(blocking.length, 'monitored alarm')} ${one ? 'is' : 'are'} in ALARM or INSUFFICIENT_DATA, so AppConfig would roll back at once: ${listOf(blocking.map(describeAlarm), '; ')}. Wait until ${one ? 'it is' : 'they are'} OK, then run again.`;
        return firingGuard('refuse', [message, ...notes].join(' '));
    }
    if (notes.length > 0)
        return firingGuard('warn', notes.join(' '));
    const [first] = alarms;
    if (first === undefined) {
        return firingGuard('pass', 'No monitored alarms to check.');
    }
    return firingGuard('pass', alarms.length === 1
        ? `The monitored alarm ${alarmName(first)} is OK.`
        : `All ${(0,format/* formatNumber */.ZV)(alarms.length)} monitored alarms are OK.`);
}
function removal(outcome, message) {
    return { guard: 'flag-removal', outcome, message };
}
function firingGuard(outcome, message) {
    return { guard: 'alarm-firing', outcome, message };
}
/** `high-5xx (ALARM: Threshold Crossed: …)`: the name with the state and CloudWatch's reason. */
function describeAlarm(alarm) {
    const reason = alarm.reason?.trim();
    const why = reason ? `${alarm.state}: ${(0,cap_text/* capText */.y)(reason)}` : alarm.state;
    return `${alarmName(alarm)} (${why})`;
}
function alarmName(alarm) {
    return alarm.name === '' ? alarm.arn : alarm.name;
}
/** `a, b, c`, or the first ten and `and 2,990 more`; alarms take `; ` since reasons hold commas. */
function listOf(names, separator = ', ') {
    if (names.length <= MAX_LISTED)
        return names.join(separator);
    const rest = (0,format/* formatNumber */.ZV)(names.length - MAX_LISTED);
    return `${names.slice(0, MAX_LISTED).join(separator)} and ${rest} more`;
}

// EXTERNAL MODULE: ./src/plan/diff-bundles.ts
var diff_bundles = __webpack_require__(1204);
;// CONCATENATED MODULE: ./src/plan/make-plan.ts




/**
 * Target → Plan: reads what the environment runs and the monitored alarms, diffs the content
 * against it and runs the guards. Writes nothing.
 */
async function makePlan(clients, target, versions, settings, content) {
    const scope = {
        applicationId: target.application.id,
        environmentId: target.environment.id,
        profileId: target.profile.id
    };
    const [deployments, alarms] = await Promise.all([
        (0,read_deployments/* readDeployments */.F)(clients.appconfig, scope, versions),
        target.monitors.length
            ? (0,read_alarms/* readAlarms */.t)(clients, target.monitors)
            : Promise.resolve([])
    ]);
    const diff = (0,diff_bundles/* diffBundles */.V)(deployments.deployed?.content, content);
    const guards = [
        checkFlagRemoval(deployments.deployed?.content, diff.changes, settings.allowFlagRemoval),
        checkMonitors(target.monitors, settings.requireAlarms),
        soften(checkAlarms(alarms), settings.mode === 'plan'),
        checkInProgress(deployments.active, settings, target)
    ];
    return {
        active: deployments.active,
        deployed: deployments.deployed,
        latestDeploymentNumber: deployments.latestNumber,
        plan: {
            deployed: deployments.deployed && {
                version: deployments.deployed.version,
                label: deployments.deployed.label,
                deploymentNumber: deployments.deployed.deploymentNumber
            },
            changed: diff.changed,
            changes: diff.changes,
            unchangedCount: diff.unchangedCount,
            guards,
            alarms
        }
    };
}
/** The failure a plan's refusing guards make, if any refuses. */
function refusalOf(plan) {
    const refused = plan.guards.filter((g) => g.outcome === 'refuse');
    if (refused.length === 0)
        return undefined;
    return { kind: 'guard', message: refused.map((g) => g.message).join(' ') };
}
/** A plan is read ahead of time: a firing alarm may clear before the deploy, so it only warns. */
function soften(guard, isPlan) {
    return isPlan && guard.outcome === 'refuse'
        ? { ...guard, outcome: 'warn' }
        : guard;
}
/** Another deployment occupying the environment: wait for it, or refuse with on-in-progress: fail. */
function checkInProgress(active, settings, target) {
    if (active === undefined) {
        return {
            guard: 'in-progress',
            outcome: 'pass',
            message: `No other deployment is in progress in ${target.environment.name}.`
        };
    }
    const what = `Deployment ${active.deploymentNumber} (${active.state}${active.percentage !== undefined ? `, ${Number(active.percentage.toFixed(2))}%` : ''}) is in progress in ${target.environment.name}; AppConfig runs one deployment per environment at a time.`;
    if (settings.mode === 'deploy' && settings.onInProgress === 'fail') {
        return {
            guard: 'in-progress',
            outcome: 'refuse',
            message: `${what} Refusing because on-in-progress is fail; re-run when it has ended, or set on-in-progress: wait.`
        };
    }
    return {
        guard: 'in-progress',
        outcome: 'warn',
        message: `${what} ${settings.mode === 'deploy' ? 'Waiting for it to end (on-in-progress: wait).' : 'A deploy would wait for it (on-in-progress: wait) or fail (fail).'}`
    };
}


/***/ })

};
