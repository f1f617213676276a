export const id = 254;
export const ids = [254];
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
            const page = await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .awsStep */ .ak)('Reading the CloudWatch alarms', 'cloudwatch:DescribeAlarms', () => client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__.DescribeAlarmsCommand({
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

/***/ 4931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ AwsStepError),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   ak: () => (/* binding */ awsStep),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   m_: () => (/* binding */ isAwsError)
/* harmony export */ });
/* unused harmony exports requestIdOf, errorName */
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
    /** AWS's request ID for the failed call (from the SDK error's `$metadata`), if any. */
    requestId;
    constructor(message, step, errorName, iamAction, 
    /** Throttling, 5xx or network: worth trying again later (the watch's next poll). */
    transient = false, cause) {
        super(message, cause === undefined ? undefined : { cause });
        this.step = step;
        this.errorName = errorName;
        this.iamAction = iamAction;
        this.transient = transient;
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
            requestId: this.requestId
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
    'UnauthorizedOperation',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'ExpiredToken',
    'ExpiredTokenException'
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
/** Errors worth another try on the next poll: throttling, 5xx, network. */
function isTransient(error) {
    if (error instanceof AwsStepError)
        return error.transient;
    const name = errorName(error);
    if (/Throttl|TooManyRequests|RequestLimitExceeded|InternalServer|ServiceUnavailable|TimeoutError|RequestTimeout/.test(name))
        return true;
    const status = error
        .$metadata?.httpStatusCode;
    if (status !== undefined && (status >= 500 || status === 429))
        return true;
    const code = error.code;
    return (typeof code === 'string' &&
        /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN)$/.test(code));
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
function describeAwsError(error, step, api) {
    if (error instanceof AwsStepError)
        return error;
    const name = errorName(error);
    const said = messageOf(error);
    if (ACCESS_DENIED.has(name)) {
        const credentials = /token|client/i.test(name)
            ? ' The credentials are missing, invalid or expired: check the aws-actions/configure-aws-credentials step (role-to-assume, id-token: write permission).'
            : '';
        return new AwsStepError(`${step} failed: access denied to ${api} (${said}).${credentials} Grant the role the IAM action ${api}; the README lists the whole policy.`, step, name, api, false, error);
    }
    if (name === 'CredentialsProviderError' ||
        /Could not load credentials/i.test(said)) {
        return new AwsStepError(`${step} failed: no AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (with permissions id-token: write for OIDC).`, step, name, undefined, false, error);
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
        throw new _aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsStepError */ .Ac(`${api} answered without ${field}; the action cannot go on without it. Nothing after this call was done. Re-run; if it persists, report it with the AWS request ID.`, `Reading the answer of ${api}`, 'MissingField');
    }
    return value;
}


/***/ }),

/***/ 2976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OI: () => (/* binding */ isSameContent),
/* harmony export */   fR: () => (/* binding */ isEqualJson),
/* harmony export */   qc: () => (/* binding */ stripMetadata)
/* harmony export */ });
/* unused harmony export METADATA_KEYS */
/* harmony import */ var _json_object_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7534);

/**
 * Keys AppConfig adds to flags and values when it stores a version (appconfig-spec.md §1.1).
 * Stripping them at any depth is safe: every customer-chosen key must match
 * `^[a-z][a-zA-Z\d_-]{0,63}$`, so none can start with `_`.
 */
const METADATA_KEYS = new Set([
    '_createdAt',
    '_updatedAt'
]);
/** A deep copy of a bundle without AppConfig's `_createdAt`/`_updatedAt` keys or a top-level `$schema`. */
function stripMetadata(bundle) {
    if (!(0,_json_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(bundle))
        return copyWithoutMetadata(bundle);
    // `$schema` only helps editors; the reader accepts it at the top and AppConfig never sees it.
    return copyObject(bundle, (key) => key !== '$schema' && !METADATA_KEYS.has(key));
}
/** Whether two bundles have the same content: metadata and object key order ignored, array order kept. */
function isSameContent(a, b) {
    return isEqualJson(stripMetadata(a), stripMetadata(b));
}
function copyWithoutMetadata(value) {
    if (Array.isArray(value))
        return value.map(copyWithoutMetadata);
    if (!(0,_json_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value))
        return value;
    return copyObject(value, (key) => !METADATA_KEYS.has(key));
}
function copyObject(value, keep) {
    // Object.fromEntries defines own properties, so a `__proto__` key from JSON.parse stays a key.
    return Object.fromEntries(Object.entries(value)
        .filter(([key]) => keep(key))
        .map(([key, item]) => [key, copyWithoutMetadata(item)]));
}
/** Deep equality of JSON values; object key order is ignored, array order is not. */
function isEqualJson(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        return (Array.isArray(b) &&
            a.length === b.length &&
            a.every((item, i) => isEqualJson(item, b[i])));
    }
    if (!(0,_json_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(a) || !(0,_json_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(b))
        return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length)
        return false;
    return keys.every((key) => Object.hasOwn(b, key) && isEqualJson(a[key], b[key]));
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
    if (sharedBefore.some((v, i) => v.label !== sharedAfter[i].label)) {
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


/***/ })

};
