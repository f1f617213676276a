export const id = 468;
export const ids = [468];
export const modules = {

/***/ 87:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ parseAlarmArn)
/* harmony export */ });
/**
 * Parses a monitor's alarm ARN; undefined when it is not one. Alarm names may contain ':', so
 * the name is everything after `alarm:`. No AWS SDK here: the report uses it too.
 */
function parseAlarmArn(arn) {
    const parts = arn.split(':');
    const [prefix, , service, region, account, resource] = parts;
    if (parts.length < 7 ||
        prefix !== 'arn' ||
        service !== 'cloudwatch' ||
        resource !== 'alarm' ||
        region === undefined ||
        account === undefined) {
        return undefined;
    }
    const name = parts.slice(6).join(':');
    if (name === '' || region === '')
        return undefined;
    return { arn, region, account, name };
}


/***/ }),

/***/ 2900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ partitionOf),
/* harmony export */   j: () => (/* binding */ deploymentArn)
/* harmony export */ });
/**
 * A deployment's ARN. AppConfig returns no ARN for a deployment (the model has none), so it is
 * built the way the Terraform provider and the emulator build it:
 * `arn:<partition>:appconfig:<region>:<account>:application/<app>/environment/<env>/deployment/<n>`.
 */
function deploymentArn(scope, applicationId, environmentId, deploymentNumber) {
    return `arn:${scope.partition}:appconfig:${scope.region}:${scope.account}:application/${applicationId}/environment/${environmentId}/deployment/${deploymentNumber}`;
}
/** The ARN partition of a region: `aws`, `aws-cn` or `aws-us-gov` (others fall back to `aws`). */
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
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

/***/ 6891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ resolveAccount)
/* harmony export */ });
/* harmony import */ var _alarms_parse_alarm_arn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87);
/* harmony import */ var _deployment_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2900);


/**
 * The account of the run's AppConfig resources, needed to build deployment ARNs (AppConfig
 * answers no ARN and no account). No STS call, so no extra client and no extra permission:
 * 1. the SDK credentials' `accountId`: set from AWS_ACCOUNT_ID, a profile's `aws_account_id`,
 *    SSO, or an AssumeRoleWithWebIdentity answer;
 * 2. else the account in one of the environment's alarm monitor ARNs (AppConfig monitors live
 *    in the environment's account);
 * undefined when neither says, and the caller falls back (read-history.ts).
 */
async function resolveAccount(client, region, monitors) {
    const fromCredentials = await credentialsAccount(client);
    if (fromCredentials !== undefined)
        return {
            partition: (0,_deployment_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .partitionOf */ .i)(region),
            region,
            account: fromCredentials,
            origin: 'credentials'
        };
    for (const arn of monitors) {
        const alarm = (0,_alarms_parse_alarm_arn_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAlarmArn */ .S)(arn);
        // Field 1 of an ARN is its partition (always there when the ARN parsed).
        const partition = arn.split(':')[1];
        if (alarm !== undefined &&
            partition !== undefined &&
            /^\d{12}$/.test(alarm.account))
            return {
                partition,
                region,
                account: alarm.account,
                origin: 'alarm-monitor'
            };
    }
    return undefined;
}
async function credentialsAccount(client) {
    try {
        const provider = client.config.credentials;
        if (typeof provider !== 'function')
            return undefined;
        const identity = (await provider());
        const account = identity?.accountId;
        return typeof account === 'string' && /^\d{12}$/.test(account)
            ? account
            : undefined;
    }
    catch {
        // No credentials at all fails the first AppConfig call with a clear message; not here.
        return undefined;
    }
}


/***/ }),

/***/ 7468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifySavedDeployment: () => (/* binding */ verifySavedDeployment)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5296);
/* harmony import */ var _deployment_arn_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2900);
/* harmony import */ var _deployment_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(390);
/* harmony import */ var _resolve_account_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6891);




/**
 * The checks that need AppConfig, before the deployment is read: the region this step's
 * client uses, the application and environment the inputs name (by ID or name), and the
 * action's source tag on the deployment. A refusal in words, or undefined.
 */
async function verifySavedDeployment(client, saved, scope, signal) {
    const region = await client.config.region();
    if (region !== saved.region)
        return `the saved state names region ${saved.region}, but this step uses ${region}`;
    // The list calls the main step resolves names with: the IAM policy needs nothing more.
    let application = {};
    for await (const page of (0,_aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__.paginateListApplications)({ client, pageSize: 50 }, {}, { abortSignal: signal }))
        application =
            page.Items?.find((a) => a.Id === saved.applicationId) ?? application;
    if (!names(application, scope.application))
        return `the saved application ${saved.applicationId} (${application.Name ?? 'no name'}) is not the one the input application names (${scope.application})`;
    let environment = {};
    for await (const page of (0,_aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__.paginateListEnvironments)({ client, pageSize: 50 }, { ApplicationId: saved.applicationId }, { abortSignal: signal }))
        environment =
            page.Items?.find((e) => e.Id === saved.environmentId) ?? environment;
    if (!names(environment, scope.environment))
        return `the saved environment ${saved.environmentId} (${environment.Name ?? 'no name'}) is not the one the input environment names (${scope.environment})`;
    const account = await (0,_resolve_account_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveAccount */ .u)(client, region, (environment.Monitors ?? []).flatMap((m) => m.AlarmArn === undefined ? [] : [m.AlarmArn]));
    if (account === undefined)
        return `the account is unknown (set AWS_ACCOUNT_ID, or give the environment an alarm monitor), so the deployment's ${_deployment_source_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCE_TAG */ .Z5} tag cannot be read to show this action started it`;
    const tags = await client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__.ListTagsForResourceCommand({
        ResourceArn: (0,_deployment_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .deploymentArn */ .j)({ ...account, partition: (0,_deployment_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .partitionOf */ .i)(region) }, saved.applicationId, saved.environmentId, saved.deploymentNumber)
    }), { abortSignal: signal });
    if ((0,_deployment_source_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceOf */ .vz)(tags.Tags ?? {}) === undefined)
        return `deployment ${saved.deploymentNumber} carries no ${_deployment_source_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCE_TAG */ .Z5} tag, so this action did not start it`;
    return undefined;
}
/** Whether an input names this resource, by its ID or its name. */
function names(resource, input) {
    return input !== '' && (input === resource.Id || input === resource.Name);
}


/***/ })

};
