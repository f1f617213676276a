export const id = 72;
export const ids = [72,752,95];
export const modules = {

/***/ 9479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readAlarms)
/* harmony export */ });
/* unused harmony export MAX_ALARM_NAMES */
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4085);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _parse_alarm_arn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87);



/**
 * DescribeAlarms takes up to 100 AlarmNames and returns up to MaxRecords (default 50, at most
 * 100) per page (CloudWatch API reference, DescribeAlarms): asking for 100 answers any batch of
 * names in one call.
 */
const MAX_ALARM_NAMES = 100;
/**
 * The monitored alarms' states: one DescribeAlarms per region and 100 names (normally one call), asking for
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
    const batches = [...byRegion].flatMap(([region, regionRefs]) => {
        const names = [...new Set(regionRefs.map((r) => r.name))];
        return Array.from({ length: Math.ceil(names.length / MAX_ALARM_NAMES) }, (_, i) => [
            region,
            names.slice(i * MAX_ALARM_NAMES, (i + 1) * MAX_ALARM_NAMES)
        ]);
    });
    await Promise.all(batches.map(async ([region, names]) => {
        const client = clients.cloudwatch(region);
        let NextToken;
        do {
            const page = await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)('Reading the CloudWatch alarms', 'cloudwatch:DescribeAlarms', () => client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__.DescribeAlarmsCommand({
                AlarmNames: names,
                AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
                MaxRecords: MAX_ALARM_NAMES,
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

/***/ 1327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ DISABLED_ACTIONS_DO_NOT_ROLL_BACK),
/* harmony export */   MC: () => (/* binding */ REVERT_IGNORES_ALARMS),
/* harmony export */   Z4: () => (/* binding */ ALARM_ROLLS_BACK),
/* harmony export */   of: () => (/* binding */ REVERT_WINDOW_HOURS),
/* harmony export */   rw: () => (/* binding */ REVERT_WINDOW_QUOTE)
/* harmony export */ });
/** AppConfig's documented behaviour the rollout and the incident modes rely on, in AWS's words. */
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

/***/ 305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getDeployment: () => (/* binding */ getDeployment)
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

/***/ 5323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ listHostedVersions),
/* harmony export */   e: () => (/* binding */ readLatestVersion)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5296);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8677);



/**
 * Every hosted version of a profile, or those whose label is exactly `label` (AppConfig's
 * filter treats a trailing `*` as a prefix match, so the answer is filtered again here).
 */
async function listHostedVersions(client, scope, label) {
    return (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)(label === undefined
        ? 'Listing hosted configuration versions'
        : `Looking up hosted configuration versions labelled '${label}'`, 'appconfig:ListHostedConfigurationVersions', async () => {
        const found = [];
        const pages = (0,_aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_2__.paginateListHostedConfigurationVersions)({ client, pageSize: 50 }, {
            ApplicationId: scope.applicationId,
            ConfigurationProfileId: scope.profileId,
            VersionLabel: label
        });
        for await (const page of pages)
            for (const item of page.Items ?? [])
                if (label === undefined || item.VersionLabel === label)
                    found.push({
                        number: (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredField */ .Q)(item.VersionNumber, 'VersionNumber', 'appconfig:ListHostedConfigurationVersions'),
                        label: item.VersionLabel,
                        description: item.Description
                    });
        return found;
    });
}
/** The newest hosted version's number (the listing's order is not documented); 0 when none. */
async function readLatestVersion(client, scope) {
    const versions = await listHostedVersions(client, scope);
    return versions.reduce((max, v) => Math.max(max, v.number), 0);
}


/***/ }),

/***/ 1758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   Eh: () => (/* binding */ defaultVersionLabel),
/* harmony export */   GO: () => (/* binding */ defaultDescription),
/* harmony export */   Je: () => (/* binding */ killSwitchDescription),
/* harmony export */   Pv: () => (/* binding */ killSwitchLabel),
/* harmony export */   Z7: () => (/* binding */ revertDescription)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9556);
/* harmony import */ var _inputs_header_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9078);



/**
 * The hosted version label when the input is empty (in printable ASCII, as AppConfig's headers
 * take it, by the rule writeVersion applies to every label: inputs/header-text.ts): the commit and a hash of the content, so
 * two bundles deployed from one commit (one per environment, say) never claim the same label,
 * while the same content keeps the same label. It always holds a letter, as AppConfig requires
 * (`.*[^0-9].*`), and is at most 64 characters.
 */
function defaultVersionLabel(context, content) {
    const hash = contentHash(content);
    const commit = context.sha === undefined ? 'local' : `git-${context.sha.slice(0, 12)}`;
    return (0,_inputs_header_text_js__WEBPACK_IMPORTED_MODULE_1__/* .toHeaderText */ .Q)(`${commit}-${hash}`).slice(0, 64);
}
/**
 * The 8 hex digits of the content's SHA-256 that end every label this action makes (the default
 * label here, the kill switch's `set-flags-…` label): a label ending in them likely holds the
 * same content, so a write can look for it before making a copy.
 */
function contentHash(content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex').slice(0, 8);
}
/** The description of the version and the deployment when the input is empty. */
function defaultDescription(context) {
    const parts = ['Deployed by AppConfig Guarded Rollout'];
    if (context.repository) {
        parts.push(`from ${context.repository}${context.sha ? `@${context.sha.slice(0, 12)}` : ''}`);
    }
    if (context.actor)
        parts.push(`by ${context.actor}`);
    const url = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .runUrl */ .Vp)(context);
    if (url)
        parts.push(`(${url})`);
    return (0,_inputs_header_text_js__WEBPACK_IMPORTED_MODULE_1__/* .toHeaderText */ .Q)(parts.join(' ')).slice(0, 1024);
}
/** Who, why, what and which run, in a kill switch's version and deployment description. */
function killSwitchDescription(context, reason, lines, fromVersion) {
    const url = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .runUrl */ .Vp)(context);
    const text = [
        `set-flags by ${context.actor ?? 'an unknown actor'}`,
        reason === undefined ? '(no reason given)' : `because: ${reason}`,
        `| ${lines.join(', ')} on version ${fromVersion}`,
        url === undefined ? '' : `| ${url}`
    ]
        .filter(Boolean)
        .join(' ');
    // As typed: the deployment's description is a JSON body; the hosted version's header gets its
    // ASCII spelling in writeVersion (inputs/header-text.ts).
    return text.slice(0, 1024);
}
/** `set-flags-<run>-<hash>`: unique per content, and names the run that made it. */
function killSwitchLabel(context, text) {
    const hash = contentHash(text);
    const run = context.runId === undefined
        ? 'local'
        : `r${context.runId}-${context.runAttempt ?? '1'}`;
    return (0,_inputs_header_text_js__WEBPACK_IMPORTED_MODULE_1__/* .toHeaderText */ .Q)(`set-flags-${run}-${hash}`).slice(0, 64);
}
/** A revert's deployment description: the `description` input, or which deployment and who. */
function revertDescription(context, reason, revertedDeployment) {
    const url = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .runUrl */ .Vp)(context);
    // As typed, like the kill switch's: a revert writes no hosted version, so nothing of it
    // travels in a header (writeVersion gives a version's description its ASCII spelling).
    return (reason ??
        `Revert of deployment ${revertedDeployment} by AppConfig Guarded Rollout${context.actor ? ` for ${context.actor}` : ''}${url ? ` (${url})` : ''}`).slice(0, 1024);
}


/***/ }),

/***/ 6761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SOURCE_TAG: () => (/* reexport safe */ _deployment_source_js__WEBPACK_IMPORTED_MODULE_1__.Z5),
/* harmony export */   deploymentTags: () => (/* binding */ deploymentTags),
/* harmony export */   startDeployment: () => (/* binding */ startDeployment),
/* harmony export */   stopDeployment: () => (/* binding */ stopDeployment)
/* harmony export */ });
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

/***/ 1464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   Gu: () => (/* binding */ targetHash),
/* harmony export */   S0: () => (/* binding */ formatPlanId),
/* harmony export */   u7: () => (/* binding */ parsePlanId)
/* harmony export */ });
/* harmony import */ var _bundle_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2113);
/* harmony import */ var _bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2976);


const PREFIX = 'v1';
/** The plan-id text of these facts. */
function formatPlanId(facts) {
    return [
        PREFIX,
        facts.content,
        facts.target,
        facts.deployedDeployment,
        facts.deployedVersion,
        facts.latestVersion
    ].join('.');
}
/** The facts in a plan-id; undefined when the text is not one this action wrote. */
function parsePlanId(text) {
    const match = /^v1\.([0-9a-f]{12})\.([0-9a-f]{8})\.(\d{1,15})\.(\d{1,15})\.(\d{1,15})$/.exec(text.trim());
    if (match === null)
        return undefined;
    // Every group is required by the pattern, so a match has them all.
    return {
        content: match[1],
        target: match[2],
        deployedDeployment: Number(match[3]),
        deployedVersion: Number(match[4]),
        latestVersion: Number(match[5])
    };
}
/** 12 hex of the content's SHA-256, metadata and key order aside. */
async function contentHash(content) {
    return (await sha256((0,_bundle_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)((0,_bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__/* .stripMetadata */ .qc)(content)))).slice(0, 12);
}
/** 8 hex of the target's SHA-256: a plan for another environment or profile never matches. */
async function targetHash(ids) {
    return (await sha256(`${ids.applicationId}/${ids.environmentId}/${ids.profileId}`)).slice(0, 8);
}

async function sha256(text) {
    // Loaded on demand: only plan and deploy hash, and validate starts without it.
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    return createHash('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 3752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   boundClients: () => (/* binding */ boundClients)
/* harmony export */ });
/**
 * The clients with every `send` bound to `signal`: a call in flight is aborted when it fires
 * (a cancel, the deadline), whoever made the call: a paginator, a reader built elsewhere, a
 * call that forgot its own signal. A signal the caller passes still counts; the call ends at
 * the first of the two. The client stays an instance of its class (paginators check that).
 */
function boundClients(clients, signal) {
    const cloudwatch = new Map();
    return {
        region: clients.region,
        appconfig: bound(clients.appconfig, signal),
        cloudwatch(region) {
            let client = cloudwatch.get(region);
            if (client === undefined) {
                client = bound(clients.cloudwatch(region), signal);
                cloudwatch.set(region, client);
            }
            return client;
        }
    };
}
function bound(client, signal) {
    const send = client.send.bind(client);
    const boundSend = (command, options) => send(command, {
        ...options,
        abortSignal: options?.abortSignal === undefined
            ? signal
            : AbortSignal.any([options.abortSignal, signal])
    });
    return new Proxy(client, {
        get(target, property, receiver) {
            if (property === 'send')
                return boundSend;
            return Reflect.get(target, property, receiver);
        }
    });
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

/***/ 9072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRollout: () => (/* binding */ runRollout)
});

// EXTERNAL MODULE: ./src/alarms/alarm.ts
var alarm = __webpack_require__(3495);
// EXTERNAL MODULE: ./src/appconfig/deployment-events.ts
var deployment_events = __webpack_require__(3982);
// EXTERNAL MODULE: ./src/appconfig/start-deployment.ts
var start_deployment = __webpack_require__(6761);
// EXTERNAL MODULE: ./src/aws/required-field.ts
var required_field = __webpack_require__(8677);
// EXTERNAL MODULE: ./src/failure.ts
var failure = __webpack_require__(1633);
// EXTERNAL MODULE: ./src/rollout/bound-clients.ts
var bound_clients = __webpack_require__(3752);
// EXTERNAL MODULE: ./src/appconfig/documented-behaviour.ts
var documented_behaviour = __webpack_require__(1327);
// EXTERNAL MODULE: ./src/appconfig/get-deployment.ts
var get_deployment = __webpack_require__(305);
// EXTERNAL MODULE: ./src/rollout/rollout-context.ts
var rollout_context = __webpack_require__(8530);
// EXTERNAL MODULE: ./src/rollout/rollout-signals.ts
var rollout_signals = __webpack_require__(6436);
// EXTERNAL MODULE: ./src/appconfig/provenance.ts
var provenance = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-appconfig/dist-cjs/index.js
var dist_cjs = __webpack_require__(5296);
// EXTERNAL MODULE: ./src/inputs/input-error.ts
var input_error = __webpack_require__(9354);
// EXTERNAL MODULE: ./src/bundle/same-content.ts
var same_content = __webpack_require__(2976);
// EXTERNAL MODULE: ./src/appconfig/list-hosted-versions.ts
var list_hosted_versions = __webpack_require__(5323);
;// CONCATENATED MODULE: ./src/appconfig/find-same-version.ts



/** How many of the newest versions are read when no label points at the content. */
const RECENT_VERSIONS_READ = 3;
/**
 * Looks for a hosted version that already holds `content` (AppConfig's `_createdAt`/`_updatedAt`
 * aside), reading as few versions as it can: first the one carrying `label`, then those whose
 * label ends in the content's hash (every label this action makes does, so the same bundle
 * deployed from another commit or by a kill switch is found), then the newest few. One listing,
 * and each version read at most once per run (VersionReader caches).
 */
async function findSameVersion(client, versions, scope, content, label) {
    const listed = await (0,list_hosted_versions/* listHostedVersions */.D)(client, scope);
    const newestFirst = [...listed].sort((a, b) => b.number - a.number);
    const latest = newestFirst[0]?.number;
    const labelled = newestFirst.filter((v) => v.label === label);
    const hashed = newestFirst.filter(pointsAt(label, content));
    const same = await firstHolding(versions, [...labelled, ...hashed, ...newestFirst.slice(0, RECENT_VERSIONS_READ)].map((v) => v.number), content);
    if (same !== undefined)
        return { latest, same, labelTakenBy: undefined };
    return { latest, same: undefined, labelTakenBy: labelled[0]?.number };
}
/**
 * Whether a version's label points at `content`: it is `label`, or it ends in the content's
 * hash, as every label this action makes does (the same bundle from another commit, a kill
 * switch's version of it).
 */
function pointsAt(label, content) {
    const suffix = `-${(0,provenance/* contentHash */.Ae)(content)}`;
    return (version) => version.label === label || version.label?.endsWith(suffix) === true;
}
/**
 * The first of `numbers`, in order, whose version holds exactly `content` (AppConfig's
 * `_createdAt`/`_updatedAt` aside); each read once (the VersionReader caches across calls).
 */
async function firstHolding(versions, numbers, content) {
    const bundle = JSON.parse(content);
    for (const number of new Set(numbers)) {
        const stored = await versions.read(number);
        if ((0,same_content/* isSameContent */.OI)(stored.content, bundle))
            return { number, label: stored.label };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/inputs/header-text.ts
var header_text = __webpack_require__(9078);
;// CONCATENATED MODULE: ./src/appconfig/write-version.ts







/** Conditional writes tried before a conflicted write gives up (a user-chosen label only). */
const CONFLICT_ATTEMPTS = 5;
/**
 * Writes the bundle as a hosted version, or reuses a version that already holds exactly this
 * content (first among the versions the run saw deployed, then findSameVersion: by label, by
 * the content hash this action's labels carry, then the newest few).
 *
 * Which lock a write takes depends on the label. A label ending in the content's hash (every
 * label this action makes) names this content only, so a concurrent writer can never make it
 * name other content: after a search the write is unconditional, and fifty runs writing one
 * profile at once all succeed. A label a person chose must name one content (AppConfig
 * documents no uniqueness rule for labels, but `configuration-version: <label>` would be
 * ambiguous): `Latest-Version-Number` makes its write conditional on the search having seen
 * every version, and on conflict the search runs again after a jittered pause, up to
 * CONFLICT_ATTEMPTS times. When the label already names other content the run stops and says so.
 */
async function writeVersion(client, versions, request) {
    const scope = {
        applicationId: request.applicationId,
        profileId: request.profileId
    };
    // Both travel in HTTP headers, which AppConfig limits to ASCII (header-text.ts).
    const label = (0,header_text/* toHeaderLabel */.l)(request.label);
    const description = (0,header_text/* toHeaderText */.Q)(request.description).slice(0, 1024);
    const respelled = {
        ...(label !== request.label && {
            label: { typed: request.label, sent: label }
        }),
        ...(description !== request.description && {
            description: { typed: request.description, sent: description }
        })
    };
    const create = async (latest) => {
        const output = await client.send(new dist_cjs.CreateHostedConfigurationVersionCommand({
            ApplicationId: request.applicationId,
            ConfigurationProfileId: request.profileId,
            Content: new TextEncoder().encode(request.content),
            ContentType: 'application/json',
            Description: description,
            VersionLabel: label,
            LatestVersionNumber: latest
        }));
        return {
            number: (0,required_field/* requiredField */.Q)(output.VersionNumber, 'VersionNumber', 'appconfig:CreateHostedConfigurationVersion'),
            label: output.VersionLabel ?? label,
            reused: false,
            ...(Object.keys(respelled).length > 0 && { respelled })
        };
    };
    const contentAddressed = label.endsWith(`-${(0,provenance/* contentHash */.Ae)(request.content)}`);
    // A promotion's source, the versions deployed here under this label or content hash, and the
    // version the write would go on top of (a Get each, cached; no List).
    const known = await firstHolding(versions, [
        ...(request.alike ?? []),
        ...(request.seen ?? [])
            .filter(pointsAt(label, request.content))
            .map((v) => v.number),
        ...(request.onTopOf === undefined ? [] : [request.onTopOf])
    ], request.content);
    if (known !== undefined)
        return { ...known, reused: true };
    if (contentAddressed && request.onTopOf !== undefined) {
        try {
            return await create(request.onTopOf);
        }
        catch (error) {
            if (!(0,aws_error.isAwsError)(error, 'ConflictException'))
                throw error;
        }
    }
    const pause = request.pause ?? jitteredPause;
    for (let attempt = 1;; attempt++) {
        const { latest, same, labelTakenBy } = await findSameVersion(client, versions, scope, request.content, label);
        if (same !== undefined)
            return { number: same.number, label: same.label, reused: true };
        if (labelTakenBy !== undefined)
            throw new input_error/* InputError */.d('version-label', `The version label '${label}' already names hosted version ${labelTakenBy} of ${request.profileName ?? 'this configuration profile'}, which holds other content. A label names one content, so nothing was written or deployed. Set the input version-label to a new label, or leave it empty: the default label is made from the commit and the content.`);
        try {
            return await create(contentAddressed ? undefined : latest);
        }
        catch (error) {
            if ((0,aws_error.isAwsError)(error, 'ConflictException') &&
                attempt < CONFLICT_ATTEMPTS) {
                await pause(attempt);
                continue;
            }
            const described = (0,aws_error.describeAwsError)(error, 'Creating the hosted configuration version', 'appconfig:CreateHostedConfigurationVersion');
            if ((0,aws_error.isAwsError)(error, 'ConflictException')) {
                const advice = (0,aws_error.conflictAdvice)('appconfig:CreateHostedConfigurationVersion');
                const said = error instanceof Error ? error.message : String(error);
                throw new aws_error.AwsStepError(`Creating the hosted configuration version failed ${CONFLICT_ATTEMPTS} times with ConflictException (AppConfig said: ${said}); nothing was deployed. ${advice}`, described.step, described.errorName, undefined, false, error, undefined, advice);
            }
            if ((0,aws_error.isAwsError)(error, 'BadRequestException')) {
                throw new aws_error.AwsStepError(`AppConfig refused the bundle although it passed local validation (${described.message}). Nothing was deployed. Please report this with the bundle, so the local checks can learn the rule.`, described.step, described.errorName, undefined, false, error);
            }
            throw described;
        }
    }
}
/** 0.5-1.5 s: runs that conflicted together do not search and write again in lock step. */
function jitteredPause() {
    return new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1000));
}

// EXTERNAL MODULE: ./src/plan/make-plan.ts + 1 modules
var make_plan = __webpack_require__(6695);
// EXTERNAL MODULE: ./src/plan/plan-id.ts
var plan_id = __webpack_require__(1464);
;// CONCATENATED MODULE: ./src/plan/with-stopped-experiments.ts
/**
 * A plan made after on-experiment: stop ended the runs, with those runs kept on it (`stopped`,
 * with when AppConfig ended them) and the experiments guard saying so: AppConfig no longer lists
 * them as running, but the summary, the incident record and the `experiments` output must.
 */
function withStoppedExperiments(planned, stopped) {
    if (stopped.length === 0)
        return planned;
    const plan = planned.plan;
    const kept = stopped.map((s) => ({
        flag: s.flag,
        experiment: s.experiment,
        run: String(s.run),
        definitionId: s.definitionId,
        runNumber: s.run,
        startedAt: s.startedAt,
        endedAt: s.endedAt,
        affected: true,
        effect: 'stopped'
    }));
    const others = (plan.experiments ?? []).filter((e) => !stopped.some((s) => s.definitionId === e.definitionId && s.run === e.runNumber));
    const said = stopped
        .map((s) => `run ${s.run} of experiment ${s.experiment} (flag ${s.flag}), ended ${s.endedAt}`)
        .join('; ');
    return {
        ...planned,
        plan: {
            ...plan,
            experiments: [...kept, ...others],
            guards: plan.guards.map((g) => g.guard === 'experiment' && g.outcome === 'pass'
                ? {
                    ...g,
                    outcome: 'warn',
                    message: `Stopped before the deployment (on-experiment: stop): ${said}. Users are served the deployed flag again; this deployment changes it.`
                }
                : g)
        }
    };
}

// EXTERNAL MODULE: ./src/rollout/wait-for-environment.ts
var wait_for_environment = __webpack_require__(1134);
;// CONCATENATED MODULE: ./src/rollout/start-failures.ts

/** The failure when the workflow was cancelled before anything started. */
function cancelledBeforeStart(version) {
    return {
        kind: 'cancelled',
        message: `The workflow was cancelled before the deployment started; nothing was deployed${version === undefined ? '' : ` (hosted version ${version.number} was written)`}.`
    };
}
/** The failure when timeout-minutes ran out before anything started. */
function expiredBeforeStart(minutes) {
    return {
        kind: 'timed-out',
        message: `timeout-minutes (${(0,wait_for_environment/* minutesText */.BI)(minutes)}) ran out before the deployment started; nothing was deployed.`
    };
}

;// CONCATENATED MODULE: ./src/rollout/recognize-start.ts
/**
 * Whether a StartDeployment that failed this way may still have started the deployment. Only
 * a 4xx answered to the first attempt is a refusal we can trust: after a lost answer (a 500,
 * a dropped connection, a call cut by a cancel or the deadline) the SDK's retry meets the
 * deployment its first attempt made, and answers 409 for it.
 */
function mayHaveStarted(error) {
    const metadata = error?.$metadata;
    const attempts = typeof metadata?.attempts === 'number' ? metadata.attempts : 1;
    const status = metadata?.httpStatusCode;
    const refused = typeof status === 'number' && status >= 400 && status < 500;
    return !(refused && attempts <= 1);
}
/**
 * Whether `candidate` (the deployment with the expected number, if any) is the one our lost
 * start made: the same number, profile, strategy, version and description. Anything else is
 * another writer's, and is never watched, stopped or reported as ours.
 */
function recognizeStart(candidate, expected) {
    const n = expected.deploymentNumber;
    if (candidate === undefined)
        return { ours: false, reason: `there is no deployment ${n}` };
    const differs = [];
    if (candidate.DeploymentNumber !== n)
        differs.push(`number ${String(candidate.DeploymentNumber)}`);
    if (candidate.ConfigurationProfileId !== expected.profileId)
        differs.push(`profile ${String(candidate.ConfigurationProfileId)}`);
    if (candidate.DeploymentStrategyId !== expected.strategyId)
        differs.push(`strategy ${String(candidate.DeploymentStrategyId)}`);
    if (candidate.ConfigurationVersion !== String(expected.version))
        differs.push(`version ${String(candidate.ConfigurationVersion)}`);
    if (candidate.Description !== expected.description)
        differs.push('another description');
    return differs.length === 0
        ? { ours: true }
        : {
            ours: false,
            reason: `deployment ${n} is another writer's (${differs.join(', ')})`
        };
}

// EXTERNAL MODULE: ./src/rollout/stop-experiments-first.ts + 1 modules
var stop_experiments_first = __webpack_require__(8463);
;// CONCATENATED MODULE: ./src/rollout/start-when-free.ts














/** Conflicts with no deployment to wait for, in a row, before the run gives up. */
const MAX_CONFLICTS = 5;
/**
 * Plan → a started deployment. Every start follows a plan made with the environment as it is:
 * when a deployment is in progress, wait for it (on-in-progress: wait) and plan again; when
 * StartDeployment answers ConflictException, plan again (AppConfig refused a start from a
 * stale plan: `LatestDeploymentNumber` is the plan's newest number). Each new plan runs the
 * guards and the diff again, so a fix someone deployed meanwhile is diffed against, a tripped
 * alarm refuses, and a bundle that is now live is `unchanged`. A start whose answer was lost
 * is recognised as ours and watched, never sent again.
 *
 * `clients` are the rollout's bounded clients (every call takes the cancel and the deadline).
 */
async function startWhenFree(ctx, clients, signals, timing) {
    const { target, settings, deps } = ctx;
    const scope = (0,rollout_context/* scopeOf */.O)(target);
    const versions = ctx.versions.through(clients.appconfig);
    let current = ctx.planned;
    // The pipeline (or the mode) ran the first plan's guards; every later plan is checked here.
    let fresh = false;
    let version;
    // The content the written version holds: a replan may choose other content (set-flags).
    let writtenText;
    let conflicts = 0;
    // Experiment runs this start stopped (on-experiment: stop): every later plan keeps them.
    const stopped = [];
    // The same planner, every guard: a replan is the first plan made again with what runs now.
    const replan = async () => {
        const before = new Set(current.plan.guards.map((g) => g.message));
        const next = withStoppedExperiments(await ctx.plan(clients, versions, version), stopped);
        // A warning the new plan makes (another deployment's changes, a rebased kill switch) is
        // said now, as the first plan's were.
        for (const guard of next.plan.guards)
            if (guard.outcome === 'warn' && !before.has(guard.message))
                deps.warn(guard.message);
        return next;
    };
    const ended = (result, failure) => ({ kind: 'ended', plan: current.plan, result, failure });
    try {
        for (;;) {
            if (fresh) {
                if (current.failure !== undefined)
                    return ended('failed', current.failure);
                const refused = (0,make_plan.refusalOf)(current.plan);
                if (refused !== undefined)
                    return ended('failed', refused);
            }
            const content = current.content;
            const description = content.description ??
                settings.description ??
                (0,provenance/* defaultDescription */.GO)(deps.context);
            const active = current.active;
            if (active !== undefined) {
                const waited = await (0,wait_for_environment/* waitForEnvironment */.yW)({ clients, deps }, scope, active.deploymentNumber, timing.deadline, timing.pollMs, signals.expired);
                if (waited !== 'ended')
                    return ended(waited, (0,wait_for_environment/* waitFailure */.MG)(waited, active, timing.timeoutMinutes));
                // The other deployment may have changed what is live, or tripped an alarm: plan again.
                current = await replan();
                fresh = true;
                continue;
            }
            if (!current.plan.changed) {
                deps.log(`The bundle matches what ${target.environment.name} runs (version ${current.deployed?.version ?? '?'}): nothing to deploy.`);
                return { kind: 'ended', plan: current.plan, result: 'unchanged' };
            }
            if (signals.cancel.aborted)
                return ended('cancelled', cancelledBeforeStart(version));
            // on-experiment: stop: the runs end first, then the plan is made again (stop-experiments-first.ts).
            const stoppedNow = await (0,stop_experiments_first/* stopExperimentsFirst */.P)(ctx, clients, current.plan, {
                ...timing,
                signal: signals.calls
            });
            if (stoppedNow.length > 0) {
                stopped.push(...stoppedNow);
                current = await replan();
                fresh = true;
                continue;
            }
            // The replan chose other content than the version written holds: write it anew.
            if (version !== undefined && writtenText !== content.text)
                version = undefined;
            // configuration-version, a revert: the hosted version already exists; deploy it as is.
            const existing = content.version;
            if (version === undefined && existing !== undefined) {
                writtenText = content.text;
                version = { ...existing, reused: true };
                ctx.record(newRollout(version, current.plan));
                deps.log(`Deploying hosted version ${existing.number} (${existing.label ?? 'no label'}) as it is.`);
            }
            if (version === undefined) {
                const promoted = promotedVersion(current.plan.promotion, target);
                version = await writeVersion(clients.appconfig, versions, {
                    applicationId: target.application.id,
                    profileId: target.profile.id,
                    content: content.text,
                    profileName: target.profile.name,
                    label: content.label ??
                        settings.versionLabel ??
                        (0,provenance/* defaultVersionLabel */.Eh)(deps.context, content.text),
                    description,
                    // The newest version the walk saw (a kill switch's is what runs), or the plan-id's
                    // newest when a pinned plan listed them already: one call, no listing here.
                    onTopOf: newestOf([
                        ...(current.seenVersions ?? []),
                        ...promoted,
                        ...pinnedNewest(current.plan)
                    ]),
                    seen: current.seenVersions,
                    alike: promoted.map((v) => v.number)
                });
                writtenText = content.text;
                ctx.record(newRollout(version, current.plan));
                deps.log(version.reused
                    ? `Reusing hosted version ${version.number} (${version.label ?? 'no label'}): it already holds this bundle.`
                    : `Created hosted version ${version.number} (${version.label ?? 'no label'}).`);
            }
            const expected = {
                deploymentNumber: (current.latestDeploymentNumber ?? 0) + 1,
                profileId: target.profile.id,
                strategyId: target.strategy.id,
                version: version.number,
                description
            };
            const attempt = await startOrRecognise(ctx, clients, signals, {
                expected,
                latestDeploymentNumber: current.latestDeploymentNumber,
                source: content.source
            });
            switch (attempt.kind) {
                case 'started':
                    return {
                        kind: 'started',
                        plan: current.plan,
                        version,
                        deployment: attempt.deployment,
                        adopted: attempt.adopted
                    };
                case 'not-started':
                    return signals.cancel.aborted
                        ? ended('cancelled', cancelledBeforeStart(version))
                        : ended('timed-out', expiredBeforeStart(timing.timeoutMinutes));
                case 'unknown':
                    return ended(signals.cancel.aborted ? 'cancelled' : 'timed-out', attempt.failure);
                case 'conflict':
                    if (++conflicts > MAX_CONFLICTS)
                        return ended('failed', {
                            kind: 'guard',
                            message: `StartDeployment answered ConflictException ${MAX_CONFLICTS + 1} times in a row (${attempt.message}), with no deployment in progress to wait for. Nothing was deployed; re-run the job.`
                        });
                    deps.warn(`AppConfig refused the start: ${attempt.message} Another deployment started after the plan; planning again.`);
                    current = await replan();
                    fresh = true;
                    // A conflict that leaves a deployment to wait for is progress, not a repeat.
                    if (current.active !== undefined)
                        conflicts = 0;
            }
        }
    }
    catch (error) {
        // A call cut short by the cancel or the deadline: say so, not "AbortError".
        if (signals.cancel.aborted)
            return ended('cancelled', cancelledBeforeStart(version));
        if (signals.expired.aborted)
            return ended('timed-out', expiredBeforeStart(timing.timeoutMinutes));
        throw error;
    }
}
/**
 * One StartDeployment. If it fails in a way that may hide a start (mayHaveStarted), the
 * deployment it would have made is read back; if that one is ours, it is the result, and it is
 * never started a second time.
 */
async function startOrRecognise(ctx, clients, signals, request) {
    const { target, settings, deps } = ctx;
    const scope = (0,rollout_context/* scopeOf */.O)(target);
    const { expected } = request;
    try {
        const deployment = await (0,start_deployment.startDeployment)(clients.appconfig, {
            ...scope,
            profileId: expected.profileId,
            strategyId: expected.strategyId,
            version: expected.version,
            description: expected.description,
            tags: settings.tags,
            kmsKeyIdentifier: settings.kmsKeyIdentifier,
            latestDeploymentNumber: request.latestDeploymentNumber,
            source: request.source
        }, signals.calls);
        return { kind: 'started', deployment, adopted: false };
    }
    catch (error) {
        const said = `${(0,aws_error.errorName)(error)}: ${error instanceof Error ? error.message : String(error)}`;
        if (!mayHaveStarted(error)) {
            if ((0,aws_error.isAwsError)(error, 'ConflictException'))
                return { kind: 'conflict', message: `${said}.` };
            throw (0,aws_error.describeAwsError)(error, 'Starting the deployment', 'appconfig:StartDeployment');
        }
        // The start may have gone through and only its answer been lost. After a cancel or the
        // deadline the rollout's signal has fired, so the lookup gets a bound of its own.
        const n = expected.deploymentNumber;
        const lookupSignal = signals.calls.aborted
            ? (0,rollout_signals/* boundAfterEnd */.gx)(rollout_signals/* LOOKUP_BOUND_MS */.Z_)
            : signals.calls;
        let candidate;
        try {
            candidate = await (0,get_deployment.getDeployment)(ctx.clients, scope, n, `Checking whether deployment ${n} started`, lookupSignal);
        }
        catch (lookupError) {
            if (!(0,aws_error.isAwsError)(lookupError, 'ResourceNotFoundException')) {
                const message = `StartDeployment did not answer (${said}) and deployment ${n} could not be read (${lookupError instanceof Error ? lookupError.message : String(lookupError)}): it may have started. Check ${target.environment.name} in the AppConfig console before re-running.`;
                if (signals.calls.aborted)
                    return {
                        kind: 'unknown',
                        failure: {
                            kind: signals.cancel.aborted ? 'cancelled' : 'timed-out',
                            message
                        }
                    };
                throw new aws_error.AwsStepError(message, 'Starting the deployment', (0,aws_error.errorName)(error), undefined, false, error);
            }
        }
        const recognition = recognizeStart(candidate, expected);
        if (recognition.ours) {
            deps.warn(`StartDeployment's answer was lost (${said}), but deployment ${n} is this run's (version ${expected.version}, this description): watching it, not starting another.`);
            return { kind: 'started', deployment: candidate, adopted: true };
        }
        if ((0,aws_error.isAwsError)(error, 'ConflictException'))
            return { kind: 'conflict', message: `${said}; ${recognition.reason}.` };
        if (signals.calls.aborted)
            return { kind: 'not-started' };
        throw (0,aws_error.describeAwsError)(error, 'Starting the deployment', 'appconfig:StartDeployment');
    }
}
/** What the rollout holds once the version is written. */
function newRollout(version, plan) {
    return { version, events: [], alarms: plan.alarms, triggeredAlarms: [] };
}
function newestOf(seen) {
    return seen?.length ? Math.max(...seen.map((v) => v.number)) : undefined;
}
/** The version a `promote-from` source runs, when it holds this content in this very profile. */
function promotedVersion(promotion, target) {
    const deployed = promotion?.source.deployed;
    return promotion?.sameContent === true &&
        promotion.source.profile.id === target.profile.id &&
        deployed !== undefined
        ? [{ number: deployed.version }]
        : [];
}
/** The newest hosted version a plan-id pinned (pin-plan.ts listed them); none without a plan-id. */
function pinnedNewest(plan) {
    const latest = plan.planId === undefined
        ? undefined
        : (0,plan_id/* parsePlanId */.u7)(plan.planId)?.latestVersion;
    return latest === undefined || latest === 0 ? [] : [{ number: latest }];
}

// EXTERNAL MODULE: ./src/rollout/watch-deps.ts
var watch_deps = __webpack_require__(5037);
// EXTERNAL MODULE: ./src/rollout/watch-deployment.ts
var watch_deployment = __webpack_require__(1512);
;// CONCATENATED MODULE: ./src/rollout/run-rollout.ts














/**
 * Plan → Rollout: wait for a busy environment (and plan again), write the version, start the
 * deployment (or recognise it after a lost answer), watch it and the alarms, stop it on a
 * cancel or a timeout, and say how it ended.
 * A rollback, a timeout or a cancel is an outcome; an AWS error is thrown, and whatever was
 * written before it has already been recorded through `ctx.record`.
 */
async function runRollout(ctx) {
    const { target, settings, deps } = ctx;
    const scope = (0,rollout_context/* scopeOf */.O)(target);
    const timeoutMinutes = settings.timeoutMinutes ??
        target.strategy.durationMinutes + target.strategy.finalBakeMinutes + 5;
    const timing = {
        deadline: deps.now() + timeoutMinutes * 60_000,
        pollMs: settings.pollIntervalSeconds * 1000,
        timeoutMinutes
    };
    // Every call of the rollout takes the cancel and the deadline: none can outlive either.
    const signals = (0,rollout_signals/* rolloutSignals */.Rf)(deps.signal, timing.deadline, deps.now);
    try {
        return await rollOut(ctx, (0,bound_clients.boundClients)(ctx.clients, signals.calls), {
            scope,
            timing,
            signals
        });
    }
    finally {
        signals.dispose();
    }
}
async function rollOut(ctx, clients, { scope, timing, signals }) {
    const { target, settings, deps } = ctx;
    const { timeoutMinutes } = timing;
    const start = await startWhenFree(ctx, clients, signals, timing);
    if (start.kind === 'ended') {
        return start.result === 'unchanged'
            ? { result: start.result, plan: start.plan }
            : { result: start.result, plan: start.plan, failure: start.failure };
    }
    const { plan, version } = start;
    const deploymentNumber = (0,required_field/* requiredField */.Q)(start.deployment.DeploymentNumber, 'DeploymentNumber', 'appconfig:StartDeployment');
    let rollout = withDeployment({ version, events: [], alarms: plan.alarms, triggeredAlarms: [] }, deploymentNumber, start.deployment);
    ctx.record(rollout);
    deps.log(`${start.adopted ? 'Recognised' : 'Started'} deployment ${deploymentNumber} of version ${version.number} to ${target.environment.name} with ${target.strategy.name}.`);
    let watched;
    try {
        watched = await (0,watch_deployment/* watchDeployment */.Jh)((0,watch_deps/* watchDeps */.K)(clients, target, deploymentNumber, deps, signals.expired), {
            deploymentNumber,
            waitUntil: settings.waitUntil,
            deadline: timing.deadline,
            pollMs: timing.pollMs,
            initialAlarms: plan.alarms
        });
    }
    catch (error) {
        // The watch itself failed (not the deployment): leave it running, say so.
        return {
            result: 'failed',
            plan,
            rollout,
            failure: (0,failure/* toFailure */.w)(error, ` Deployment ${deploymentNumber} was left running; check it in the AppConfig console.`)
        };
    }
    let last = watched.deployment ?? start.deployment;
    let stopped = false;
    const outcome = watched.outcome;
    if ((outcome === 'timed-out' && settings.onTimeout === 'stop') ||
        (outcome === 'cancelled' && settings.onCancel === 'stop')) {
        // The rollout's signal has fired (cancel, deadline): the stop, and the check after a lost
        // answer, share a bound of their own, so they end before the runner's SIGTERM.
        const bound = (0,rollout_signals/* boundAfterEnd */.gx)(rollout_signals/* STOP_BOUND_MS */.nA);
        try {
            last = await (0,start_deployment.stopDeployment)(ctx.clients.appconfig, scope, deploymentNumber, bound);
            stopped = true;
            deps.log(`Stopped deployment ${deploymentNumber}: AppConfig rolls it back.`);
        }
        catch (error) {
            // A stop whose answer was lost (its retry then meets a stopped deployment and is
            // refused) still stopped it: look before saying it failed.
            const now = await (0,get_deployment.getDeployment)(ctx.clients, scope, deploymentNumber, `Checking whether deployment ${deploymentNumber} stopped`, bound).catch(() => undefined);
            if (now?.State === 'ROLLING_BACK' || now?.State === 'ROLLED_BACK') {
                last = now;
                stopped = true;
                deps.log(`Stopped deployment ${deploymentNumber} (StopDeployment's answer was lost; it is ${now.State}): AppConfig rolls it back.`);
            }
            else
                deps.warn(`Could not stop deployment ${deploymentNumber}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    const firing = watched.alarms.filter(alarm/* isFiring */.G).map((a) => a.name);
    const events = (0,deployment_events/* eventsOf */.XL)(last);
    rollout = {
        ...withDeployment(rollout, deploymentNumber, last),
        events,
        alarms: watched.alarms.length ? watched.alarms : rollout.alarms,
        triggeredAlarms: watched.triggeredAlarms,
        rollbackReason: (0,deployment_events/* rollbackReason */.d4)(events, firing),
        stopped
    };
    // AppConfig's log says who rolled it back; read once, here, for every later reader.
    if ((0,deployment_events/* rollbackEvent */.Vb)(events) !== undefined ||
        outcome === 'rolled-back' ||
        outcome === 'reverted')
        rollout = {
            ...rollout,
            cause: (0,deployment_events/* findRollbackCause */.H7)(events, {
                triggeredAlarms: rollout.triggeredAlarms,
                knownAlarms: target.monitors,
                stopped,
                percentage: rollout.percentage
            })
        };
    ctx.record(rollout);
    const stateText = `last state ${last.State ?? 'unknown'}${last.PercentageComplete !== undefined ? `, ${Number(last.PercentageComplete.toFixed(2))}%` : ''}`;
    switch (outcome) {
        case 'baking':
        case 'started':
            // Not a success while an alarm fires: AppConfig is about to roll the deployment back.
            if (firing.length > 0)
                return {
                    result: 'failed',
                    plan,
                    rollout,
                    failure: {
                        kind: 'rolled-back',
                        message: `${firing.join(', ')} ${firing.length === 1 ? 'fires' : 'fire'} while deployment ${deploymentNumber} is ${last.State ?? 'running'}: AppConfig rolls it back ("${documented_behaviour/* ALARM_ROLLS_BACK */.Z4}"), so the change will not hold.`
                    }
                };
            return { result: outcome, plan, rollout };
        case 'complete':
            return { result: outcome, plan, rollout };
        case 'rolled-back':
        case 'reverted': {
            const cause = rollout.cause ??
                (0,deployment_events/* findRollbackCause */.H7)(events, {
                    triggeredAlarms: rollout.triggeredAlarms,
                    knownAlarms: target.monitors,
                    stopped,
                    percentage: rollout.percentage
                });
            const reason = rollout.rollbackReason ?? 'no reason in the event log';
            return {
                result: outcome,
                plan,
                rollout: { ...rollout, cause },
                failure: outcome === 'rolled-back'
                    ? {
                        kind: 'rolled-back',
                        message: `AppConfig rolled back deployment ${deploymentNumber}: ${reason}`
                    }
                    : {
                        kind: 'reverted',
                        message: `Deployment ${deploymentNumber} was reverted: ${reason}`
                    }
            };
        }
        case 'timed-out':
            return {
                result: 'timed-out',
                plan,
                rollout,
                failure: {
                    kind: 'timed-out',
                    message: `Deployment ${deploymentNumber} did not finish within ${(0,wait_for_environment/* minutesText */.BI)(timeoutMinutes)} (${stateText}). ${stopped ? 'It was stopped and AppConfig rolls it back.' : settings.onTimeout === 'stop' ? 'Stopping it failed; it is still running.' : 'It was left running (on-timeout: leave).'}`
                }
            };
        case 'cancelled':
            return {
                result: 'cancelled',
                plan,
                rollout,
                failure: {
                    kind: 'cancelled',
                    message: `The workflow was cancelled during deployment ${deploymentNumber}. ${stopped ? 'The deployment was stopped and AppConfig rolls it back.' : settings.onCancel === 'stop' ? 'Stopping it failed; it is still running.' : 'It was left running (on-cancel: leave).'}`
                }
            };
    }
}
/** The rollout with what a GetDeployment or StartDeployment answer says of the deployment. */
function withDeployment(rollout, deploymentNumber, deployment) {
    return {
        ...rollout,
        deploymentNumber,
        state: deployment.State,
        percentage: deployment.PercentageComplete,
        startedAt: deployment.StartedAt?.toISOString(),
        endedAt: deployment.CompletedAt?.toISOString(),
        events: (0,deployment_events/* eventsOf */.XL)(deployment)
    };
}


/***/ }),

/***/ 8463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ stopExperimentsFirst)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-appconfig/dist-cjs/index.js
var dist_cjs = __webpack_require__(5296);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
;// CONCATENATED MODULE: ./src/appconfig/stop-experiment-runs.ts


/**
 * Stops each run (StopExperimentRun: "Stopping an experiment run ends audience exposure and
 * returns users to the currently deployed feature flag configuration") and waits, bounded by
 * `deadline`, until GetExperimentRun says DONE. No winner is declared: the request's only
 * members besides the run are `Result` (a write-up) and `DeploymentParameters`, both optional.
 * A run that ended meanwhile (ConflictException, then DONE) counts as stopped.
 */
async function stopExperimentRuns(client, applicationId, runs, timing) {
    const stopped = [];
    for (const run of runs) {
        const step = `Stopping run ${run.run} of experiment ${run.experiment} (flag ${run.flag})`;
        const input = {
            ApplicationIdentifier: applicationId,
            ExperimentDefinitionIdentifier: run.definitionId,
            Run: run.run
        };
        try {
            await client.send(new dist_cjs.StopExperimentRunCommand(input), {
                abortSignal: timing.signal
            });
        }
        catch (error) {
            // Already DONE (someone stopped it, or our earlier answer was lost): read it below.
            if (!(0,aws_error.isAwsError)(error, 'ConflictException'))
                throw (0,aws_error.describeAwsError)(error, step, 'appconfig:StopExperimentRun');
        }
        for (;;) {
            const now = await (0,aws_error.awsStep)(`Waiting for run ${run.run} of experiment ${run.experiment} to end`, 'appconfig:GetExperimentRun', () => client.send(new dist_cjs.GetExperimentRunCommand(input), {
                abortSignal: timing.signal
            }));
            if (now.Status === 'DONE') {
                stopped.push({
                    ...run,
                    endedAt: (now.EndedAt ?? new Date(timing.now())).toISOString()
                });
                break;
            }
            if (timing.now() + timing.pollMs > timing.deadline)
                throw new aws_error.AwsStepError(`Run ${run.run} of experiment ${run.experiment} was asked to stop but is still ${now.Status ?? 'not DONE'}; nothing was deployed. Check it in the AppConfig console and re-run.`, step, 'ExperimentStillRunning');
            await timing.sleep(timing.pollMs, timing.signal);
        }
    }
    return stopped;
}

;// CONCATENATED MODULE: ./src/rollout/stop-experiments-first.ts

/**
 * on-experiment: stop, in the start path before anything is written or started: the runs the
 * plan marked `stop` are stopped and waited for until AppConfig says DONE ("Stopping an
 * experiment run ends audience exposure and returns users to the currently deployed feature
 * flag configuration"). The caller then plans again, so AppConfig's own (MANAGED) deployment
 * for the stop is waited for and the start's LatestDeploymentNumber lock is taken after it.
 * Returns the runs stopped (none when the plan marks none).
 */
async function stopExperimentsFirst(ctx, clients, plan, timing) {
    const toStop = (plan.experiments ?? []).filter((e) => e.effect === 'stop');
    if (toStop.length === 0)
        return [];
    const { deps } = ctx;
    const ended = await stopExperimentRuns(clients.appconfig, ctx.target.application.id, toStop.map((e) => ({
        flag: e.flag,
        definitionId: e.definitionId,
        experiment: e.experiment,
        run: e.runNumber,
        startedAt: e.startedAt
    })), { now: deps.now, sleep: deps.sleep, ...timing });
    for (const e of ended)
        deps.log(`Stopped run ${e.run} of experiment ${e.experiment} on flag ${e.flag} (on-experiment: stop); AppConfig says it ended at ${e.endedAt}.`);
    return ended;
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
/* harmony import */ var _appconfig_get_deployment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(305);
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
            deployment = await (0,_appconfig_get_deployment_js__WEBPACK_IMPORTED_MODULE_2__.getDeployment)(ctx.clients, scope, deploymentNumber, 'Waiting for the deployment in progress', deps.signal);
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
/* unused harmony exports ALARM_POLL_MS, POLL_JITTER, FAST_POLL_MS, expectedChangeAt, nextSleepMs, jitter */
/* harmony import */ var _alarms_alarm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3495);
/* harmony import */ var _appconfig_deployment_events_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3982);
/* harmony import */ var _appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6317);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4931);




/**
 * After this many failed ticks in a row (each after the SDK's own retries), the watch fails.
 * Throttled ticks do not count: AWS said "later", not "no", and the deadline bounds the wait.
 */
const MAX_FAILED_TICKS = 5;
/**
 * Alarm states are read at most this often (real ms). CloudWatch evaluates an alarm once per
 * period, and the shortest period an alarm can have is 10 s (high-resolution metrics; standard
 * ones evaluate each minute), so reading more often sees nothing new; AppConfig acts on the alarm
 * itself. DescribeAlarms is 9 a second per account: at one read per 10 s, 90 watches fit. When
 * the deployment starts rolling back, the alarms are read at once so the log names the one that
 * fired.
 */
const ALARM_POLL_MS = 10_000;
/**
 * Each sleep is stretched or shrunk by up to this fraction at random, so that a matrix of jobs
 * started together does not poll in lock step (and spend a second's quota in one instant).
 */
const POLL_JITTER = 0.1;
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
 * per tick and one batched DescribeAlarms at most every ALARM_POLL_MS, one log line per change of state, percentage or alarm
 * state. Ends only on COMPLETE, ROLLED_BACK or REVERTED (VALIDATING, BAKING and ROLLING_BACK are
 * not terminal), on the deadline, or when `signal` aborts. A tick that fails transiently does
 * not end the watch; a throttled one never does while the deadline allows another try.
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
    let alarmsReadAt;
    let rollbackSeen = false;
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
        let throttled = false;
        try {
            const tickAt = deps.now();
            const alarmsDue = alarmsReadAt === undefined || tickAt - alarmsReadAt >= ALARM_POLL_MS;
            const [current, alarmsRead] = await Promise.all([
                deps.getDeployment(deps.signal),
                alarmsDue ? deps.readAlarms?.(deps.signal) : undefined
            ]);
            let latestAlarms = alarmsRead;
            if (alarmsDue)
                alarmsReadAt = tickAt;
            const rollingBack = current.State === 'ROLLING_BACK' || current.State === 'ROLLED_BACK';
            if (rollingBack && !rollbackSeen && !alarmsDue) {
                latestAlarms = await deps.readAlarms?.(deps.signal);
                alarmsReadAt = tickAt;
            }
            rollbackSeen ||= rollingBack;
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
            throttled = (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_1__.isThrottled)(error);
            if (!throttled)
                failedTicks++;
            if (!(0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_1__.isTransient)(error) || failedTicks >= MAX_FAILED_TICKS)
                throw error;
            const message = error instanceof Error ? error.message : String(error);
            deps.warn(throttled
                ? `[${elapsed()}] Reading deployment ${options.deploymentNumber} was throttled by AWS (${message}); trying again at the next poll until the deadline.`
                : `[${elapsed()}] Reading deployment ${options.deploymentNumber} failed (${message}); trying again at the next poll (${failedTicks}/${MAX_FAILED_TICKS}).`);
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
        const planned = nextSleepMs(options.pollMs, deps.now(), deployment, troubleSince, options.waitUntil);
        // After a throttle, no fast polling: the account's budget is what ran out.
        const sleepMs = jitter(throttled ? Math.max(planned, options.pollMs) : planned, deps.random);
        try {
            await deps.sleep(Math.min(sleepMs, remaining), deps.signal);
        }
        catch {
            // the sleep only rejects when cancelled
        }
    }
}
/** `ms` stretched or shrunk by up to POLL_JITTER at random; exact without a random source. */
function jitter(ms, random) {
    if (random === undefined)
        return ms;
    return Math.max(0, Math.round(ms * (1 + POLL_JITTER * (2 * random() - 1))));
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
/* harmony import */ var _appconfig_get_deployment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(305);
/* harmony import */ var _rollout_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8530);



/**
 * What the watch of one deployment reads (GetDeployment, and the target's alarms when it has
 * monitors) and runs on, for the rollout and the revert alike.
 */
function watchDeps(clients, target, deploymentNumber, deps, expired) {
    return {
        getDeployment: (signal) => (0,_appconfig_get_deployment_js__WEBPACK_IMPORTED_MODULE_1__.getDeployment)(clients, (0,_rollout_context_js__WEBPACK_IMPORTED_MODULE_2__/* .scopeOf */ .O)(target), deploymentNumber, 'Watching the deployment', signal),
        readAlarms: target.monitors.length
            ? (signal) => (0,_alarms_read_alarms_js__WEBPACK_IMPORTED_MODULE_0__/* .readAlarms */ .t)(clients, target.monitors, signal)
            : undefined,
        sleep: deps.sleep,
        now: deps.now,
        log: deps.log,
        warn: deps.warn,
        signal: deps.signal,
        expired,
        random: Math.random
    };
}


/***/ })

};
