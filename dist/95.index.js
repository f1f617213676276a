export const id = 95;
export const ids = [95];
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


/***/ })

};
