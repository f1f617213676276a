export const id = 104;
export const ids = [104,695];
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

/***/ 4931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AwsStepError: () => (/* binding */ AwsStepError),
/* harmony export */   awsStep: () => (/* binding */ awsStep),
/* harmony export */   describeAwsError: () => (/* binding */ describeAwsError),
/* harmony export */   errorName: () => (/* binding */ errorName),
/* harmony export */   isAwsError: () => (/* binding */ isAwsError),
/* harmony export */   isTransient: () => (/* binding */ isTransient),
/* harmony export */   problemOf: () => (/* binding */ problemOf),
/* harmony export */   requestIdOf: () => (/* binding */ requestIdOf)
/* harmony export */ });
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3609);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1633);


/**
 * AWS errors turned into messages a person can act on: the step that failed, what AWS said,
 * and what to do (the IAM action to grant, the resource that was not found...).
 */
/** An AWS call that failed, with the step and the fix; `cause` is the SDK's own error. */
class AwsStepError extends _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    step;
    errorName;
    iamAction;
    transient;
    problem;
    advice;
    /** AWS's request ID for the failed call (from the SDK error's `$metadata`), if any. */
    requestId;
    constructor(message, step, errorName, iamAction, 
    /** Throttling, 5xx or network: worth trying again later (the watch's next poll). */
    transient = false, cause, 
    /** A problem of the setup (credentials, region, network) rather than of this step. */
    problem, 
    /** What to do, also the end of `message`; the summary shows it as the advice. */
    advice) {
        super(message, cause === undefined ? undefined : { cause });
        this.step = step;
        this.errorName = errorName;
        this.iamAction = iamAction;
        this.transient = transient;
        this.problem = problem;
        this.advice = advice;
        this.name = 'AwsStepError';
        this.requestId = requestIdOf(cause);
    }
    toFailure() {
        return {
            kind: 'aws',
            message: this.message,
            step: this.step,
            errorName: this.errorName,
            iamAction: this.iamAction,
            requestId: this.requestId,
            problem: this.problem,
            advice: this.advice
        };
    }
}
/** The request ID an SDK error carries, looking through AwsStepError causes. */
function requestIdOf(error) {
    if (error instanceof AwsStepError)
        return error.requestId;
    const id = error
        ?.$metadata?.requestId;
    return typeof id === 'string' && id !== '' ? id : undefined;
}
const ACCESS_DENIED = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation'
]);
/** The name an SDK error carries (`ConflictException`, `AccessDeniedException`...). */
function errorName(error) {
    if (error instanceof AwsStepError)
        return error.errorName;
    if (typeof error === 'object' && error !== null) {
        const named = error;
        if (typeof named.name === 'string' && named.name !== 'Error')
            return named.name;
        if (typeof named.Code === 'string')
            return named.Code;
    }
    return 'Error';
}
/** True for SDK errors of this name. */
function isAwsError(error, ...names) {
    return names.includes(errorName(error));
}
/**
 * Errors worth another try on the next poll: what the SDK's own standard retry strategy
 * retries (throttling, transient network and timeout errors, 5xx), by its own classifiers.
 */
function isTransient(error) {
    if (error instanceof AwsStepError)
        return error.transient;
    if (typeof error !== 'object' || error === null)
        return false;
    const sdkError = error;
    return ((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.isThrottlingError)(sdkError) ||
        (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.isTransientError)(sdkError) ||
        (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.isServerError)(sdkError));
}
/** Node's codes for a host that cannot be reached (DNS, refused, unroutable, timed out). */
const UNREACHABLE_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ETIMEDOUT'
]);
const INVALID_CREDENTIALS = new Set([
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'IncompleteSignature',
    'MissingAuthenticationTokenException'
]);
const EXPIRED_CREDENTIALS = new Set([
    'ExpiredToken',
    'ExpiredTokenException',
    'TokenRefreshRequired'
]);
/** The setup problem an error shows, whatever step met it first; undefined for the others. */
function problemOf(error) {
    const name = errorName(error);
    const said = messageOf(error);
    if (name === 'CredentialsProviderError' ||
        /Could not load credentials/i.test(said))
        return 'no-credentials';
    if (EXPIRED_CREDENTIALS.has(name))
        return 'expired-credentials';
    // A clock-skewed signature is "expired" too, but that is the runner's clock, not the token.
    if (INVALID_CREDENTIALS.has(name) && !/Signature expired/i.test(said))
        return 'invalid-credentials';
    if (/^Region not accepted|Invalid region/i.test(said))
        return 'region';
    const { code, host } = networkFacts(error);
    if (code !== undefined && UNREACHABLE_CODES.has(code)) {
        // An AWS host that does not resolve: the region has no such endpoint (a typo in it).
        if ((code === 'ENOTFOUND' || code === 'EAI_AGAIN') &&
            host !== undefined &&
            /\.amazonaws\.com(\.cn)?$/.test(host) &&
            /^[a-z0-9-]+\.[a-z0-9-]+\.amazonaws/.test(host) &&
            !isKnownRegionShape(host.split('.')[1]))
            return 'region';
        return 'endpoint';
    }
    if (name === 'TimeoutError' && /establishing a connection/i.test(said))
        return 'endpoint';
    return undefined;
}
/** `us-east-1`, `eu-central-2`, `cn-north-1`, `us-gov-west-1`, `ap-southeast-5`... */
function isKnownRegionShape(region) {
    return (region !== undefined &&
        /^(us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov)-(east|west|north|south|central|northeast|northwest|southeast|southwest)-\d$/.test(region));
}
/** The Node error code and the host it was about (the SDK passes Node's error through). */
function networkFacts(error) {
    const facts = error;
    const code = typeof facts?.code === 'string' ? facts.code : undefined;
    const host = typeof facts?.hostname === 'string'
        ? facts.hostname
        : typeof facts?.address === 'string'
            ? `${facts.address}${typeof facts.port === 'number' ? `:${facts.port}` : ''}`
            : undefined;
    return { code, host };
}
/** The endpoint override that applies to `api` (`appconfig:…`, `cloudwatch:…`), if one is set. */
function endpointOverride(api, env) {
    const service = (api.split(':')[0] ?? '').toUpperCase();
    for (const name of [`AWS_ENDPOINT_URL_${service}`, 'AWS_ENDPOINT_URL']) {
        const url = env[name];
        if (url)
            return { name, url };
    }
    return undefined;
}
/** Cause and advice for a setup problem; the step is not named, as it only met it first. */
function describeProblem(problem, error, api, env) {
    const name = errorName(error);
    const said = messageOf(error);
    const { code, host } = networkFacts(error);
    switch (problem) {
        case 'no-credentials':
            return {
                cause: `No AWS credentials were found, so the first AWS call (${api}) could not be made.`,
                advice: 'Add aws-actions/configure-aws-credentials before this step (role-to-assume, and `permissions: id-token: write` in the job for OIDC).'
            };
        case 'expired-credentials':
            return {
                cause: `The AWS credentials have expired (${api} answered ${name}: ${said}).`,
                advice: "Re-run the job for fresh credentials; if the rollout outlasts the session, raise role-duration-seconds in aws-actions/configure-aws-credentials (and the role's maximum session duration) above the strategy's duration plus its bake."
            };
        case 'invalid-credentials':
            return {
                cause: `AWS rejected the credentials (${api} answered ${name}: ${said}).`,
                advice: 'Check aws-actions/configure-aws-credentials: the keys or the role must exist in the account (not deleted or rotated), and no stale AWS_ACCESS_KEY_ID or AWS_SESSION_TOKEN from an earlier step may override them.'
            };
        case 'region':
            return {
                cause: `The AWS region is not valid: ${host === undefined ? said : `${host} does not exist`}.`,
                advice: "Check the input 'region' (or AWS_REGION, the aws-region of configure-aws-credentials): it must be a region code such as us-east-1."
            };
        case 'endpoint': {
            // Nothing answered: say where (an endpoint variable names it), never "throttling".
            const override = endpointOverride(api, env);
            const where = override === undefined
                ? `the AWS endpoint${host === undefined ? '' : ` (${host})`}`
                : `${override.url} (set by ${override.name}${host === undefined ? '' : `, ${host}`})`;
            return {
                cause: `Nothing answered at ${where} (${code ?? name}: ${said}); ${api} never reached a service, even after the SDK's retries.`,
                advice: override === undefined
                    ? "Check the region and the runner's network: on a self-hosted runner behind a proxy, HTTPS_PROXY and NO_PROXY (this action honours both), a firewall or a VPC endpoint; then re-run."
                    : `Check ${override.name}: is the endpoint running and the URL right? Unset it to reach AWS itself.`
            };
        }
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Runs one AWS call; a failure becomes an AwsStepError naming the step, the API and the fix.
 * `api` is the IAM action's name (`appconfig:ListApplications`).
 */
async function awsStep(step, api, call) {
    try {
        return await call();
    }
    catch (error) {
        throw describeAwsError(error, step, api);
    }
}
/** An AWS error as an AwsStepError (unchanged when it already is one). */
function describeAwsError(error, step, api, env = process.env) {
    if (error instanceof AwsStepError)
        return error;
    const name = errorName(error);
    const said = messageOf(error);
    // Credentials, region and network first: whichever step met them, it is not the step's fault.
    const problem = problemOf(error);
    if (problem !== undefined) {
        const { cause, advice } = describeProblem(problem, error, api, env);
        return new AwsStepError(`${cause} ${advice}`, step, name, undefined, 
        // An unreachable endpoint may come back by the next poll; bad credentials will not.
        problem === 'endpoint', error, problem, advice);
    }
    if (ACCESS_DENIED.has(name)) {
        return new AwsStepError(`${step} failed: access denied to ${api} (${said}). Grant the role the IAM action ${api}; the README lists the whole policy.`, step, name, api, false, error);
    }
    if (isTransient(error)) {
        return new AwsStepError(`${step} failed: ${api} kept failing after the SDK's retries (${name}: ${said}). AWS may be throttling this account or having trouble; re-run the job.`, step, name, undefined, true, error);
    }
    return new AwsStepError(`${step} failed: ${api} answered ${name}: ${said}`, step, name, undefined, false, error);
}


/***/ }),

/***/ 8677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ requiredField)
/* harmony export */ });
/* harmony import */ var _aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);

/**
 * A field AWS's answer must carry. The SDK types every field as optional; a missing one is
 * reported, never replaced by a guess (a deployment number of 0 would point the watch, the
 * outputs and a stop command at the wrong deployment).
 */
function requiredField(value, field, api) {
    if (value === undefined || value === null) {
        throw new _aws_error_js__WEBPACK_IMPORTED_MODULE_0__.AwsStepError(`${api} answered without ${field}; the action cannot go on without it. Nothing after this call was done. Re-run; if it persists, report it with the AWS request ID.`, `Reading the answer of ${api}`, 'MissingField');
    }
    return value;
}


/***/ }),

/***/ 5807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ capText)
/* harmony export */ });
/* unused harmony export MAX_TEXT_LENGTH */
/** The longest before/after text or alarm reason a report carries, ellipsis included. */
const MAX_TEXT_LENGTH = 200;
/** Shortens `text` to at most `max` characters, ending in `…` when it was cut. */
function capText(text, max = MAX_TEXT_LENGTH) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    // Never split a surrogate pair: half an emoji is not valid text in a summary.
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}


/***/ }),

/***/ 1204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ diffBundles)
/* harmony export */ });
/* harmony import */ var _cap_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5807);
/* harmony import */ var _bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7534);
/* harmony import */ var _bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2976);



/** Definition keys with a detail of their own; any other key is reported as `definition <key>`. */
const DEFINITION_FIELDS = ['name', 'description', '_deprecation'];
/** Value keys that are not attribute values. */
const VALUE_FIELDS = new Set(['enabled', '_variants']);
/** Variant keys with a detail of their own; any other key is reported by its name. */
const VARIANT_FIELDS = new Set([
    'enabled',
    'rule',
    'attributeValues'
]);
const ABSENT = { definition: {}, value: {} };
/** Flag-level diff of the deployed content (undefined: nothing deployed yet) against the bundle. */
function diffBundles(deployed, bundle) {
    const strippedDeployed = (0,_bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__/* .stripMetadata */ .qc)(deployed);
    const strippedBundle = (0,_bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__/* .stripMetadata */ .qc)(bundle);
    const before = flagsOf(strippedDeployed);
    const after = flagsOf(strippedBundle);
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    const changes = [];
    let unchangedCount = 0;
    for (const key of keys) {
        const old = before.get(key);
        const next = after.get(key);
        if (old === undefined || next === undefined) {
            changes.push({
                key,
                kind: old === undefined ? 'added' : 'removed',
                details: describeFlag(old ?? ABSENT, next ?? ABSENT)
            });
        }
        else if ((0,_bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__/* .isEqualJson */ .fR)(old, next)) {
            unchangedCount += 1;
        }
        else {
            const toggled = toggleOf(old.value, next.value);
            changes.push({
                key,
                kind: 'changed',
                ...(toggled === undefined ? {} : { toggled }),
                details: describeFlag(old, next)
            });
        }
    }
    // Decided on the whole content, not the flags: `version` or stray top-level keys count too.
    const changed = !(0,_bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__/* .isEqualJson */ .fR)(strippedDeployed, strippedBundle);
    return { changes, unchangedCount, changed };
}
/** The flags of one side; non-objects anywhere (malformed content from AWS) count as empty. */
function flagsOf(bundle) {
    const definitions = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .objectAt */ .lJ)(bundle, 'flags');
    const values = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .objectAt */ .lJ)(bundle, 'values');
    const flags = new Map();
    for (const key of [...Object.keys(definitions), ...Object.keys(values)]) {
        if (flags.has(key))
            continue;
        flags.set(key, {
            definition: (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .objectAt */ .lJ)(definitions, key),
            value: (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .objectAt */ .lJ)(values, key)
        });
    }
    return flags;
}
/**
 * The details of one flag's change, most consequential first: state, attribute values,
 * variants, then the definition. Diffing against ABSENT summarises an added or removed flag.
 */
function describeFlag(before, after) {
    const details = [];
    const b = before.value;
    const a = after.value;
    // Every key of a value is covered: `enabled`, `_variants`, and attribute values for the rest.
    pushIfDifferent(details, 'enabled', (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(b, 'enabled'), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(a, 'enabled'));
    const attributeKeys = unionOfKeys(b, a).filter((k) => !VALUE_FIELDS.has(k));
    for (const name of attributeKeys) {
        pushIfDifferent(details, `attribute ${name}`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(b, name), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(a, name));
    }
    details.push(...describeVariants((0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(b, '_variants'), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(a, '_variants')));
    const definitionDetails = [];
    const bd = before.definition;
    const ad = after.definition;
    for (const field of DEFINITION_FIELDS) {
        pushIfDifferent(definitionDetails, field, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(bd, field), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(ad, field));
    }
    const bAttributes = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .objectAt */ .lJ)(bd, 'attributes');
    const aAttributes = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .objectAt */ .lJ)(ad, 'attributes');
    for (const name of unionOfKeys(bAttributes, aAttributes)) {
        pushIfDifferent(definitionDetails, `attribute ${name} definition`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(bAttributes, name), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(aAttributes, name));
    }
    const known = new Set([...DEFINITION_FIELDS, 'attributes']);
    for (const field of unionOfKeys(bd, ad).filter((k) => !known.has(k))) {
        pushIfDifferent(definitionDetails, `definition ${field}`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(bd, field), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(ad, field));
    }
    // E.g. `attributes` was not an object on one side: say what differs rather than nothing.
    if (definitionDetails.length === 0 && !(0,_bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__/* .isEqualJson */ .fR)(bd, ad)) {
        definitionDetails.push(detail('definition', bd, ad));
    }
    return [...details, ...definitionDetails];
}
/** A basic flag's state flip; undefined for multi-variant flags, whose state is per variant. */
function toggleOf(before, after) {
    if (Array.isArray((0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(before, '_variants')) ||
        Array.isArray((0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(after, '_variants'))) {
        return undefined;
    }
    // Only a definite flip counts: AppConfig does not document what a missing `enabled` means.
    const was = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(before, 'enabled');
    const is = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(after, 'enabled');
    if (typeof was !== 'boolean' || typeof is !== 'boolean' || was === is) {
        return undefined;
    }
    return is ? 'enabled' : 'disabled';
}
/**
 * Variant changes, matched by name (names identify variants; order decides which rule wins,
 * appconfig-spec.md §1.4, so a reorder of the variants both sides share is a detail too).
 */
function describeVariants(before, after) {
    if ((0,_bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__/* .isEqualJson */ .fR)(before, after))
        return [];
    const old = labelVariants(before);
    const next = labelVariants(after);
    const oldByLabel = new Map(old.map((v) => [v.label, v]));
    const nextLabels = new Set(next.map((v) => v.label));
    const details = [];
    for (const { label, variant } of next) {
        const previous = oldByLabel.get(label);
        if (previous === undefined)
            details.push(detail(label, undefined, variant));
        else
            details.push(...describeVariant(label, previous.variant, variant));
    }
    for (const { label, variant } of old) {
        if (!nextLabels.has(label))
            details.push(detail(label, variant, undefined));
    }
    const sharedBefore = old.filter((v) => nextLabels.has(v.label));
    const sharedAfter = next.filter((v) => oldByLabel.has(v.label));
    if (sharedBefore.some((v, i) => v.label !== sharedAfter[i]?.label)) {
        details.push(detail('variant order', old.map((v) => v.shortName), next.map((v) => v.shortName)));
    }
    // E.g. `_variants` went from [] to absent, or from a non-array: still say what differs.
    if (details.length === 0)
        details.push(detail('variants', before, after));
    return details;
}
/** One changed variant: a detail per changed field. */
function describeVariant(label, before, after) {
    if ((0,_bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__/* .isEqualJson */ .fR)(before, after))
        return [];
    const details = [];
    pushIfDifferent(details, `${label} enabled`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(before, 'enabled'), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(after, 'enabled'));
    pushIfDifferent(details, `${label} rule`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(before, 'rule'), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(after, 'rule'));
    const bValues = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .objectAt */ .lJ)(before, 'attributeValues');
    const aValues = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .objectAt */ .lJ)(after, 'attributeValues');
    for (const name of unionOfKeys(bValues, aValues)) {
        pushIfDifferent(details, `${label} attribute ${name}`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(bValues, name), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(aValues, name));
    }
    for (const field of unionOfKeys(before, after)) {
        if (VARIANT_FIELDS.has(field))
            continue;
        pushIfDifferent(details, `${label} ${field}`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(before, field), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(after, field));
    }
    if (details.length === 0)
        details.push(detail(label, before, after));
    return details;
}
/**
 * Labels `variant "QA"`; a variant without a string name is `variant #n` (1-based position)
 * and a repeated name gets its position too, so every label on one side is unique.
 */
function labelVariants(variants) {
    if (!Array.isArray(variants))
        return [];
    const seen = new Set();
    return variants.map((raw, index) => {
        const variant = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw) ? raw : {};
        const position = `#${index + 1}`;
        const name = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(variant, 'name');
        if (typeof name !== 'string') {
            return { label: `variant ${position}`, shortName: position, variant };
        }
        const quoted = `variant ${JSON.stringify(name)}`;
        const label = seen.has(quoted) ? `${quoted} ${position}` : quoted;
        seen.add(quoted);
        return { label, shortName: name, variant };
    });
}
function pushIfDifferent(details, what, before, after) {
    if (!(0,_bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__/* .isEqualJson */ .fR)(before, after))
        details.push(detail(what, before, after));
}
/** A detail with compact, key-sorted JSON text; an absent side is left out. */
function detail(what, before, after) {
    return {
        what,
        ...(before === undefined ? {} : { before: (0,_cap_text_js__WEBPACK_IMPORTED_MODULE_2__/* .capText */ .y)(toJsonText(before)) }),
        ...(after === undefined ? {} : { after: (0,_cap_text_js__WEBPACK_IMPORTED_MODULE_2__/* .capText */ .y)(toJsonText(after)) })
    };
}
/** Compact JSON with object keys sorted, so equal values always read the same. */
function toJsonText(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (!(0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(value, key))]));
}
/** Sorted union of two objects' keys (code-unit order, so the same in every locale). */
function unionOfKeys(a, b) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}


/***/ }),

/***/ 6695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ assessPlan),
  refusalOf: () => (/* binding */ refusalOf)
});

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
    return {
        ...removal('refuse', `Refusing to remove ${(0,format/* plural */.LS)(unannounced.length, 'flag')} not marked \`_deprecation\` in the deployed version: ${listOf(unannounced)}. Mark them \`_deprecation\` in a release first, or set allow-flag-removal: true.`),
        detail: { flags: unannounced }
    };
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
 * Reading → Plan: diffs the content against what runs and runs the guards every deployment
 * takes. A revert puts back a configuration the environment ran before, so removing the flags
 * the reverted deployment added is what was asked, not a removal to refuse. Pure.
 */
function assessPlan(reading, target, settings, content) {
    const { deployed, active, alarms } = reading;
    const diff = (0,diff_bundles/* diffBundles */.V)(deployed?.content, content.value);
    const guards = [
        ...(content.source === 'revert'
            ? []
            : [
                checkFlagRemoval(deployed?.content, diff.changes, settings.allowFlagRemoval)
            ]),
        checkMonitors(target.monitors, settings.requireAlarms),
        soften(checkAlarms(alarms), settings.mode === 'plan'),
        checkInProgress(active, settings, target)
    ];
    return {
        content,
        active,
        deployed,
        latestDeploymentNumber: reading.latestNumber,
        plan: {
            deployed: deployed && {
                version: deployed.version,
                label: deployed.label,
                deploymentNumber: deployed.deploymentNumber
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
