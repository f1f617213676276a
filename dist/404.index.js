export const id = 404;
export const ids = [404,661];
export const modules = {

/***/ 3495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isFiring)
/* harmony export */ });
/**
 * Whether AppConfig would roll back on this alarm now: it does on ALARM and on
 * INSUFFICIENT_DATA, and ignores alarms whose actions are disabled (appconfig-spec.md §2.8,
 * §5 item 8). The guard, the watch and the summary all count with this rule.
 */
function isFiring(alarm) {
    return ((alarm.state === 'ALARM' || alarm.state === 'INSUFFICIENT_DATA') &&
        alarm.actionsEnabled !== false);
}


/***/ }),

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

/***/ 3982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ findRollbackCause),
/* harmony export */   P9: () => (/* binding */ alarmArnsIn),
/* harmony export */   PQ: () => (/* binding */ eventsOldestFirst),
/* harmony export */   Vb: () => (/* binding */ rollbackEvent),
/* harmony export */   XL: () => (/* binding */ eventsOf),
/* harmony export */   ZJ: () => (/* binding */ eventPercentage),
/* harmony export */   d4: () => (/* binding */ rollbackReason)
/* harmony export */ });
/* harmony import */ var _alarms_parse_alarm_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87);

/** The one pattern for an alarm ARN inside AppConfig's free text. */
const ALARM_ARN = /arn:[\w-]+:cloudwatch:[\w-]+:\d*:alarm:[^\s,;"')]+/g;
/** A deployment's event log, oldest first (AppConfig lists it newest first). */
function eventsOf(deployment) {
    return eventsOldestFirst([...(deployment.EventLog ?? [])].reverse().map((e) => ({
        at: e.OccurredAt?.toISOString() ?? '',
        type: e.EventType ?? '',
        triggeredBy: e.TriggeredBy,
        description: e.Description
    })));
}
/** The events oldest first, by time, keeping the given order among equal or unknown times. */
function eventsOldestFirst(events) {
    return events
        .map((event, index) => ({ event, index, at: Date.parse(event.at) }))
        .sort((a, b) => Number.isNaN(a.at) || Number.isNaN(b.at) || a.at === b.at
        ? a.index - b.index
        : a.at - b.at)
        .map(({ event }) => event);
}
/** The percentage an event reports (`Configuration available to 50.00% of clients`). */
function eventPercentage(event) {
    if (event.type !== 'PERCENTAGE_UPDATED')
        return undefined;
    const match = /(\d+(?:\.\d+)?)\s*%/.exec(event.description ?? '');
    return match === null ? undefined : Number(match[1]);
}
/** The alarm ARNs a text names, preferring exact matches with the ARNs we know. */
function alarmArnsIn(text, known = []) {
    const exact = [...new Set(known)].filter((arn) => text.includes(arn));
    if (exact.length > 0)
        return exact;
    return [
        ...new Set((text.match(ALARM_ARN) ?? [])
            .map((arn) => arn.replace(/\.$/, ''))
            .filter((arn) => (0,_alarms_parse_alarm_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAlarmArn */ .S)(arn) !== undefined))
    ];
}
/** The event that ended the deployment early: the first rollback start or revert. */
function rollbackEvent(events) {
    return events.find((e) => e.type === 'ROLLBACK_STARTED' || e.type === 'REVERT_COMPLETED');
}
/**
 * Why a deployment was rolled back or reverted: the first ROLLBACK_STARTED (or
 * REVERT_COMPLETED) event says who triggered it; the rollout's own observations fill the gaps.
 */
function findRollbackCause(events, hints) {
    const oldestFirst = eventsOldestFirst(events);
    const trigger = rollbackEvent(oldestFirst);
    const index = trigger === undefined ? -1 : oldestFirst.indexOf(trigger);
    const before = index >= 0 ? oldestFirst.slice(0, index) : oldestFirst;
    const percentage = before
        .map(eventPercentage)
        .filter((p) => p !== undefined)
        .at(-1) ?? hints.percentage;
    const description = trigger?.description;
    const named = alarmArnsIn(description ?? '', [
        ...hints.knownAlarms,
        ...hints.triggeredAlarms
    ]);
    const alarmArns = named.length > 0 ? named : hints.triggeredAlarms;
    const by = (() => {
        switch (trigger?.triggeredBy) {
            case 'CLOUDWATCH_ALARM':
                return 'alarm';
            case 'USER':
                return hints.stopped ? 'self' : 'user';
            case 'INTERNAL_ERROR':
                return 'internal-error';
            case 'APPCONFIG':
                return 'appconfig';
        }
        if (alarmArns.length > 0)
            return 'alarm';
        return hints.stopped ? 'self' : 'unknown';
    })();
    return {
        by,
        alarmArns: by === 'alarm' ? alarmArns : [],
        description,
        percentage
    };
}
/**
 * The one-line reason for the `rollback-reason` output and the failure message: AppConfig's
 * words from the latest rollback or revert event, who triggered it, and the alarms firing.
 */
function rollbackReason(events, firingAlarmNames) {
    const event = [...eventsOldestFirst(events)]
        .reverse()
        .find((e) => e.type === 'ROLLBACK_STARTED' || e.type === 'REVERT_COMPLETED');
    if (event === undefined)
        return undefined;
    const alarms = event.triggeredBy === 'CLOUDWATCH_ALARM' && firingAlarmNames.length
        ? `: ${firingAlarmNames.join(', ')}`
        : '';
    const by = event.triggeredBy
        ? ` (triggered by ${event.triggeredBy}${alarms})`
        : '';
    return `${event.description ?? event.type}${by}`;
}


/***/ }),

/***/ 6317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   LT: () => (/* binding */ isInProgress)
/* harmony export */ });
/* unused harmony exports IN_PROGRESS_STATES, TERMINAL_STATES */
/** AppConfig deployment states (appconfig-spec.md §2.6) and what they mean for a watcher. */
/** A deployment in these states occupies the environment: another one cannot start. */
const IN_PROGRESS_STATES = new Set([
    'VALIDATING',
    'DEPLOYING',
    'BAKING',
    'ROLLING_BACK'
]);
/** The end states. BAKING, VALIDATING and ROLLING_BACK are not (koh-sh/apcdeploy#100). */
const TERMINAL_STATES = new Set([
    'COMPLETE',
    'ROLLED_BACK',
    'REVERTED'
]);
function isTerminal(state) {
    return state !== undefined && TERMINAL_STATES.has(state);
}
function isInProgress(state) {
    return state !== undefined && IN_PROGRESS_STATES.has(state);
}


/***/ }),

/***/ 5709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ toBundleReport)
/* harmony export */ });
/** The report's view of a validated bundle. */
function toBundleReport(validated, displayPath) {
    return {
        displayPath,
        format: validated.format,
        fileBytes: validated.fileBytes,
        flagCount: validated.flagCount,
        problems: validated.problems,
        errorCount: validated.errorCount,
        warningCount: validated.warningCount
    };
}


/***/ }),

/***/ 7534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   ZV: () => (/* binding */ own),
/* harmony export */   lJ: () => (/* binding */ objectAt)
/* harmony export */ });
/** A non-null, non-array object. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * `parent[key]` if it is an own property. Valid flag and attribute keys include `constructor`
 * and `toString`, so a plain index would find Object.prototype's members for a missing key.
 */
function own(parent, key) {
    return Object.hasOwn(parent, key) ? parent[key] : undefined;
}
/** `parent[key]` when `parent` is an object and that own property is one too; `{}` otherwise. */
function objectAt(parent, key) {
    const value = isObject(parent) ? own(parent, key) : undefined;
    return isObject(value) ? value : {};
}


/***/ }),

/***/ 4988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ formatPath)
/* harmony export */ });
/** Renders a path the way a person reads it: `values.ui_refresh._variants[1].rule`. */
function formatPath(path) {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(segment))
            text += text === '' ? segment : `.${segment}`;
        else
            text += `[${JSON.stringify(segment)}]`;
    }
    return text === '' ? '(root)' : text;
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

/***/ 3548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vN: () => (/* binding */ validateBundleFile),
  Y7: () => (/* binding */ validateBundleText)
});

// UNUSED EXPORTS: BundleReadError, FILE_SIZE_FACTOR, MAX_BUNDLE_BYTES, formatOf, validateBundleBytes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/failure.ts
var failure = __webpack_require__(1633);
// EXTERNAL MODULE: ./src/format.ts
var src_format = __webpack_require__(6264);
;// CONCATENATED MODULE: ./src/bundle/cap-problems.ts
/**
 * How many problems a bundle reports. A person fixes a bundle from the first few; past a
 * hundred, more lines only bury the log (GitHub shows ten error annotations per step and fifty
 * per job anyway), and each costs an annotation command in the runner's log.
 */
const MAX_PROBLEMS = 100;
/**
 * The first `max` problems (in source order), and, when there are more, one problem at the
 * first one left out that says how many were not reported, so the cut is never silent.
 */
function capProblems(problems, max = MAX_PROBLEMS) {
    const first = problems[max];
    if (first === undefined)
        return problems;
    const rest = problems.length - max;
    let errors = 0;
    for (let i = max; i < problems.length; i++)
        if (problems[i]?.severity === 'error')
            errors++;
    const counts = [
        errors ? plural(errors, 'error') : '',
        rest - errors ? plural(rest - errors, 'warning') : ''
    ]
        .filter(Boolean)
        .join(' and ');
    return [
        ...problems.slice(0, max),
        {
            rule: 'problem-limit',
            severity: errors > 0 ? 'error' : 'warning',
            message: `${counts} more, from here on, are not reported: only the first ${max} problems are; fix those and run again`,
            path: [],
            line: first.line,
            col: first.col
        }
    ];
}
const plural = (n, word) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

;// CONCATENATED MODULE: ./src/bundle/generated/validate-flag-schema.js
// Generated by scripts/schema-codegen.ts from src/bundle/schema.ts (npm run schema). Do not edit.
/* eslint-disable */
// @ts-nocheck

const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const validate_flag_schema = (validate10);
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"AWS AppConfig feature flags (AWS.AppConfig.FeatureFlags, version 1)","$ref":"#/definitions/flagSetDefinition","definitions":{"flagSetDefinition":{"type":"object","properties":{"$schema":{"type":"string"},"version":{"$ref":"#/definitions/flagSchemaVersions"},"flags":{"$ref":"#/definitions/flagDefinitions"},"values":{"$ref":"#/definitions/flagValues"}},"required":["version"],"additionalProperties":false},"flagSchemaVersions":{"type":"string","enum":["1"]},"flagDefinitions":{"type":"object","patternProperties":{"^[a-z][a-zA-Z\\d_-]{0,63}$":{"$ref":"#/definitions/flagDefinition"}},"additionalProperties":false},"flagDefinition":{"type":"object","properties":{"name":{"$ref":"#/definitions/customerDefinedName"},"description":{"$ref":"#/definitions/customerDefinedDescription"},"_createdAt":{"type":"string"},"_updatedAt":{"type":"string"},"_deprecation":{"type":"object","properties":{"status":{"type":"string","enum":["planned"]},"date":{"type":"string","format":"date"}},"additionalProperties":false},"attributes":{"$ref":"#/definitions/attributeDefinitions"}},"additionalProperties":false},"attributeDefinitions":{"type":"object","patternProperties":{"^[a-z][a-zA-Z\\d_-]{0,63}$":{"$ref":"#/definitions/attributeDefinition"}},"maxProperties":25,"additionalProperties":false},"attributeDefinition":{"type":"object","properties":{"description":{"$ref":"#/definitions/customerDefinedDescription"},"constraints":{"type":"object","discriminator":{"propertyName":"type"},"required":["type"],"oneOf":[{"$ref":"#/definitions/numberConstraints"},{"$ref":"#/definitions/stringConstraints"},{"$ref":"#/definitions/arrayConstraints"},{"$ref":"#/definitions/boolConstraints"}]}},"additionalProperties":false},"numberConstraints":{"type":"object","properties":{"type":{"type":"string","enum":["number"]},"required":{"type":"boolean"},"minimum":{"type":"integer"},"maximum":{"type":"integer"}},"required":["type"],"additionalProperties":false},"stringConstraints":{"type":"object","properties":{"type":{"type":"string","enum":["string"]},"required":{"type":"boolean"},"pattern":{"type":"string","maxLength":1024},"enum":{"type":"array","maxItems":100,"items":{"oneOf":[{"type":"string","maxLength":1024},{"type":"integer"}]}}},"required":["type"],"not":{"required":["pattern","enum"]},"additionalProperties":false},"arrayConstraints":{"type":"object","properties":{"type":{"type":"string","enum":["array"]},"required":{"type":"boolean"},"elements":{"$ref":"#/definitions/elementConstraints"}},"required":["type"],"additionalProperties":false},"boolConstraints":{"type":"object","properties":{"type":{"type":"string","enum":["boolean"]},"required":{"type":"boolean"}},"required":["type"],"additionalProperties":false},"elementConstraints":{"type":"object","discriminator":{"propertyName":"type"},"required":["type"],"oneOf":[{"$ref":"#/definitions/numberConstraints"},{"$ref":"#/definitions/stringConstraints"}]},"flagValues":{"type":"object","patternProperties":{"^[a-z][a-zA-Z\\d_-]{0,63}$":{"$ref":"#/definitions/flagValue"}},"additionalProperties":false},"flagValue":{"type":"object","properties":{"enabled":{"type":"boolean"},"_createdAt":{"type":"string"},"_updatedAt":{"type":"string"},"_variants":{"type":"array","maxItems":32,"items":{"$ref":"#/definitions/variant"}}},"patternProperties":{"^[a-z][a-zA-Z\\d_-]{0,63}$":{"$ref":"#/definitions/attributeValue"}},"additionalProperties":false},"attributeValue":{"oneOf":[{"type":"string","maxLength":1024},{"type":"number"},{"type":"boolean"},{"type":"array","oneOf":[{"items":{"type":"string","maxLength":1024}},{"items":{"type":"number"}}]}]},"variant":{"type":"object","properties":{"enabled":{"type":"boolean"},"name":{"$ref":"#/definitions/customerDefinedName"},"rule":{"type":"string","maxLength":16384},"attributeValues":{"type":"object","patternProperties":{"^[a-z][a-zA-Z\\d_-]{0,63}$":{"$ref":"#/definitions/attributeValue"}},"maxProperties":25,"additionalProperties":false}},"required":["name","enabled"],"additionalProperties":false},"customerDefinedName":{"type":"string","pattern":"^[^\\n]{1,64}$"},"customerDefinedDescription":{"type":"string","maxLength":1024}}};
const schema12 = {"type":"object","properties":{"$schema":{"type":"string"},"version":{"$ref":"#/definitions/flagSchemaVersions"},"flags":{"$ref":"#/definitions/flagDefinitions"},"values":{"$ref":"#/definitions/flagValues"}},"required":["version"],"additionalProperties":false};
const schema13 = {"type":"string","enum":["1"]};
const schema14 = {"type":"object","patternProperties":{"^[a-z][a-zA-Z\\d_-]{0,63}$":{"$ref":"#/definitions/flagDefinition"}},"additionalProperties":false};
const pattern0 = new RegExp("^[a-z][a-zA-Z\\d_-]{0,63}$", "u");
const schema15 = {"type":"object","properties":{"name":{"$ref":"#/definitions/customerDefinedName"},"description":{"$ref":"#/definitions/customerDefinedDescription"},"_createdAt":{"type":"string"},"_updatedAt":{"type":"string"},"_deprecation":{"type":"object","properties":{"status":{"type":"string","enum":["planned"]},"date":{"type":"string","format":"date"}},"additionalProperties":false},"attributes":{"$ref":"#/definitions/attributeDefinitions"}},"additionalProperties":false};
const schema16 = {"type":"string","pattern":"^[^\\n]{1,64}$"};
const schema17 = {"type":"string","maxLength":1024};
const pattern2 = new RegExp("^[^\\n]{1,64}$", "u");
const func2 = (text) => { let n = 0; for (const _ of text) n++; return n };
const schema18 = {"type":"object","patternProperties":{"^[a-z][a-zA-Z\\d_-]{0,63}$":{"$ref":"#/definitions/attributeDefinition"}},"maxProperties":25,"additionalProperties":false};
const schema19 = {"type":"object","properties":{"description":{"$ref":"#/definitions/customerDefinedDescription"},"constraints":{"type":"object","discriminator":{"propertyName":"type"},"required":["type"],"oneOf":[{"$ref":"#/definitions/numberConstraints"},{"$ref":"#/definitions/stringConstraints"},{"$ref":"#/definitions/arrayConstraints"},{"$ref":"#/definitions/boolConstraints"}]}},"additionalProperties":false};
const schema23 = {"type":"object","properties":{"type":{"type":"string","enum":["number"]},"required":{"type":"boolean"},"minimum":{"type":"integer"},"maximum":{"type":"integer"}},"required":["type"],"additionalProperties":false};
const schema24 = {"type":"object","properties":{"type":{"type":"string","enum":["string"]},"required":{"type":"boolean"},"pattern":{"type":"string","maxLength":1024},"enum":{"type":"array","maxItems":100,"items":{"oneOf":[{"type":"string","maxLength":1024},{"type":"integer"}]}}},"required":["type"],"not":{"required":["pattern","enum"]},"additionalProperties":false};
const schema27 = {"type":"object","properties":{"type":{"type":"string","enum":["boolean"]},"required":{"type":"boolean"}},"required":["type"],"additionalProperties":false};
const schema21 = {"type":"object","properties":{"type":{"type":"string","enum":["array"]},"required":{"type":"boolean"},"elements":{"$ref":"#/definitions/elementConstraints"}},"required":["type"],"additionalProperties":false};
const schema22 = {"type":"object","discriminator":{"propertyName":"type"},"required":["type"],"oneOf":[{"$ref":"#/definitions/numberConstraints"},{"$ref":"#/definitions/stringConstraints"}]};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "number"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/definitions/numberConstraints/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "required")) || (key0 === "minimum")) || (key0 === "maximum"))){
const err2 = {instancePath,schemaPath:"#/definitions/numberConstraints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/numberConstraints/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(data0 === "number")){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/numberConstraints/properties/type/enum",keyword:"enum",params:{allowedValues: schema23.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.required !== undefined){
if(typeof data.required !== "boolean"){
const err5 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/numberConstraints/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.minimum !== undefined){
let data2 = data.minimum;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/minimum",schemaPath:"#/definitions/numberConstraints/properties/minimum/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.maximum !== undefined){
let data3 = data.maximum;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/maximum",schemaPath:"#/definitions/numberConstraints/properties/maximum/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/definitions/numberConstraints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else if(tag0 === "string"){
const _errs17 = errors;
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.pattern === undefined) && (missing0 = "pattern")) || ((data.enum === undefined) && (missing0 = "enum"))){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid6 = _errs18 === errors;
if(valid6){
const err10 = {instancePath,schemaPath:"#/definitions/stringConstraints/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err11 = {instancePath,schemaPath:"#/definitions/stringConstraints/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data){
if(!((((key1 === "type") || (key1 === "required")) || (key1 === "pattern")) || (key1 === "enum"))){
const err12 = {instancePath,schemaPath:"#/definitions/stringConstraints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/stringConstraints/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(data4 === "string")){
const err14 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/stringConstraints/properties/type/enum",keyword:"enum",params:{allowedValues: schema24.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.required !== undefined){
if(typeof data.required !== "boolean"){
const err15 = {instancePath:instancePath+"/required",schemaPath:"#/definitions/stringConstraints/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.pattern !== undefined){
let data6 = data.pattern;
if(typeof data6 === "string"){
if(func2(data6) > 1024){
const err16 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/stringConstraints/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/stringConstraints/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.enum !== undefined){
let data7 = data.enum;
if(Array.isArray(data7)){
if(data7.length > 100){
const err18 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/stringConstraints/properties/enum/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs29 = errors;
let valid10 = false;
let passing0 = null;
const _errs30 = errors;
if(typeof data8 === "string"){
if(func2(data8) > 1024){
const err19 = {instancePath:instancePath+"/enum/" + i0,schemaPath:"#/definitions/stringConstraints/properties/enum/items/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/enum/" + i0,schemaPath:"#/definitions/stringConstraints/properties/enum/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs30 === errors;
if(_valid0){
valid10 = true;
passing0 = 0;
}
const _errs32 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/enum/" + i0,schemaPath:"#/definitions/stringConstraints/properties/enum/items/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs32 === errors;
if(_valid0 && valid10){
valid10 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid10 = true;
passing0 = 1;
}
}
if(!valid10){
const err22 = {instancePath:instancePath+"/enum/" + i0,schemaPath:"#/definitions/stringConstraints/properties/enum/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err23 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/stringConstraints/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/definitions/stringConstraints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}


function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "required")) || (key0 === "elements"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data0 === "array")){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema21.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.required !== undefined){
if(typeof data.required !== "boolean"){
const err4 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.elements !== undefined){
if(!(validate17(data.elements, {instancePath:instancePath+"/elements",parentData:data,parentDataProperty:"elements",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "description") || (key0 === "constraints"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 === "string"){
if(func2(data0) > 1024){
const err1 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/customerDefinedDescription/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/customerDefinedDescription/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.constraints !== undefined){
let data1 = data.constraints;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err3 = {instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const tag0 = data1.type;
if(typeof tag0 == "string"){
if(tag0 === "number"){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err4 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/numberConstraints/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "type") || (key1 === "required")) || (key1 === "minimum")) || (key1 === "maximum"))){
const err5 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/numberConstraints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.type !== undefined){
let data2 = data1.type;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/constraints/type",schemaPath:"#/definitions/numberConstraints/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(data2 === "number")){
const err7 = {instancePath:instancePath+"/constraints/type",schemaPath:"#/definitions/numberConstraints/properties/type/enum",keyword:"enum",params:{allowedValues: schema23.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.required !== undefined){
if(typeof data1.required !== "boolean"){
const err8 = {instancePath:instancePath+"/constraints/required",schemaPath:"#/definitions/numberConstraints/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.minimum !== undefined){
let data4 = data1.minimum;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/constraints/minimum",schemaPath:"#/definitions/numberConstraints/properties/minimum/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.maximum !== undefined){
let data5 = data1.maximum;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/constraints/maximum",schemaPath:"#/definitions/numberConstraints/properties/maximum/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/numberConstraints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else if(tag0 === "string"){
const _errs23 = errors;
const _errs24 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if(((data1.pattern === undefined) && (missing0 = "pattern")) || ((data1.enum === undefined) && (missing0 = "enum"))){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var valid8 = _errs24 === errors;
if(valid8){
const err13 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/stringConstraints/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err14 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/stringConstraints/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data1){
if(!((((key2 === "type") || (key2 === "required")) || (key2 === "pattern")) || (key2 === "enum"))){
const err15 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/stringConstraints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.type !== undefined){
let data6 = data1.type;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/constraints/type",schemaPath:"#/definitions/stringConstraints/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(data6 === "string")){
const err17 = {instancePath:instancePath+"/constraints/type",schemaPath:"#/definitions/stringConstraints/properties/type/enum",keyword:"enum",params:{allowedValues: schema24.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.required !== undefined){
if(typeof data1.required !== "boolean"){
const err18 = {instancePath:instancePath+"/constraints/required",schemaPath:"#/definitions/stringConstraints/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.pattern !== undefined){
let data8 = data1.pattern;
if(typeof data8 === "string"){
if(func2(data8) > 1024){
const err19 = {instancePath:instancePath+"/constraints/pattern",schemaPath:"#/definitions/stringConstraints/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/constraints/pattern",schemaPath:"#/definitions/stringConstraints/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.enum !== undefined){
let data9 = data1.enum;
if(Array.isArray(data9)){
if(data9.length > 100){
const err21 = {instancePath:instancePath+"/constraints/enum",schemaPath:"#/definitions/stringConstraints/properties/enum/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs35 = errors;
let valid12 = false;
let passing0 = null;
const _errs36 = errors;
if(typeof data10 === "string"){
if(func2(data10) > 1024){
const err22 = {instancePath:instancePath+"/constraints/enum/" + i0,schemaPath:"#/definitions/stringConstraints/properties/enum/items/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/constraints/enum/" + i0,schemaPath:"#/definitions/stringConstraints/properties/enum/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs36 === errors;
if(_valid0){
valid12 = true;
passing0 = 0;
}
const _errs38 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err24 = {instancePath:instancePath+"/constraints/enum/" + i0,schemaPath:"#/definitions/stringConstraints/properties/enum/items/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs38 === errors;
if(_valid0 && valid12){
valid12 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid12 = true;
passing0 = 1;
}
}
if(!valid12){
const err25 = {instancePath:instancePath+"/constraints/enum/" + i0,schemaPath:"#/definitions/stringConstraints/properties/enum/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err26 = {instancePath:instancePath+"/constraints/enum",schemaPath:"#/definitions/stringConstraints/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/stringConstraints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else if(tag0 === "array"){
if(!(validate16(data1, {instancePath:instancePath+"/constraints",parentData:data,parentDataProperty:"constraints",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
else if(tag0 === "boolean"){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err28 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/boolConstraints/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key3 in data1){
if(!((key3 === "type") || (key3 === "required"))){
const err29 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/boolConstraints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data1.type !== undefined){
let data11 = data1.type;
if(typeof data11 !== "string"){
const err30 = {instancePath:instancePath+"/constraints/type",schemaPath:"#/definitions/boolConstraints/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(data11 === "boolean")){
const err31 = {instancePath:instancePath+"/constraints/type",schemaPath:"#/definitions/boolConstraints/properties/type/enum",keyword:"enum",params:{allowedValues: schema27.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data1.required !== undefined){
if(typeof data1.required !== "boolean"){
const err32 = {instancePath:instancePath+"/constraints/required",schemaPath:"#/definitions/boolConstraints/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/boolConstraints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 25){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 25},message:"must NOT have more than 25 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(pattern0.test(key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
if(pattern0.test(key1)){
if(!(validate15(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "description")) || (key0 === "_createdAt")) || (key0 === "_updatedAt")) || (key0 === "_deprecation")) || (key0 === "attributes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/customerDefinedName/pattern",keyword:"pattern",params:{pattern: "^[^\\n]{1,64}$"},message:"must match pattern \""+"^[^\\n]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/customerDefinedName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 1024){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/customerDefinedDescription/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/customerDefinedDescription/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data._createdAt !== undefined){
if(typeof data._createdAt !== "string"){
const err5 = {instancePath:instancePath+"/_createdAt",schemaPath:"#/properties/_createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data._updatedAt !== undefined){
if(typeof data._updatedAt !== "string"){
const err6 = {instancePath:instancePath+"/_updatedAt",schemaPath:"#/properties/_updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data._deprecation !== undefined){
let data4 = data._deprecation;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((key1 === "status") || (key1 === "date"))){
const err7 = {instancePath:instancePath+"/_deprecation",schemaPath:"#/properties/_deprecation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.status !== undefined){
let data5 = data4.status;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/_deprecation/status",schemaPath:"#/properties/_deprecation/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(data5 === "planned")){
const err9 = {instancePath:instancePath+"/_deprecation/status",schemaPath:"#/properties/_deprecation/properties/status/enum",keyword:"enum",params:{allowedValues: schema15.properties._deprecation.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.date !== undefined){
if(!(typeof data4.date === "string")){
const err10 = {instancePath:instancePath+"/_deprecation/date",schemaPath:"#/properties/_deprecation/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/_deprecation",schemaPath:"#/properties/_deprecation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.attributes !== undefined){
if(!(validate14(data.attributes, {instancePath:instancePath+"/attributes",parentData:data,parentDataProperty:"attributes",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(pattern0.test(key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key1 in data){
if(pattern0.test(key1)){
if(!(validate13(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":"object","patternProperties":{"^[a-z][a-zA-Z\\d_-]{0,63}$":{"$ref":"#/definitions/flagValue"}},"additionalProperties":false};
const schema29 = {"type":"object","properties":{"enabled":{"type":"boolean"},"_createdAt":{"type":"string"},"_updatedAt":{"type":"string"},"_variants":{"type":"array","maxItems":32,"items":{"$ref":"#/definitions/variant"}}},"patternProperties":{"^[a-z][a-zA-Z\\d_-]{0,63}$":{"$ref":"#/definitions/attributeValue"}},"additionalProperties":false};
const schema32 = {"oneOf":[{"type":"string","maxLength":1024},{"type":"number"},{"type":"boolean"},{"type":"array","oneOf":[{"items":{"type":"string","maxLength":1024}},{"items":{"type":"number"}}]}]};
const schema30 = {"type":"object","properties":{"enabled":{"type":"boolean"},"name":{"$ref":"#/definitions/customerDefinedName"},"rule":{"type":"string","maxLength":16384},"attributeValues":{"type":"object","patternProperties":{"^[a-z][a-zA-Z\\d_-]{0,63}$":{"$ref":"#/definitions/attributeValue"}},"maxProperties":25,"additionalProperties":false}},"required":["name","enabled"],"additionalProperties":false};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.enabled === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "enabled") || (key0 === "name")) || (key0 === "rule")) || (key0 === "attributeValues"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err3 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern2.test(data1)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/customerDefinedName/pattern",keyword:"pattern",params:{pattern: "^[^\\n]{1,64}$"},message:"must match pattern \""+"^[^\\n]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/customerDefinedName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.rule !== undefined){
let data2 = data.rule;
if(typeof data2 === "string"){
if(func2(data2) > 16384){
const err6 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/maxLength",keyword:"maxLength",params:{limit: 16384},message:"must NOT have more than 16384 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.attributeValues !== undefined){
let data3 = data.attributeValues;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 25){
const err8 = {instancePath:instancePath+"/attributeValues",schemaPath:"#/properties/attributeValues/maxProperties",keyword:"maxProperties",params:{limit: 25},message:"must NOT have more than 25 properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data3){
if(!(pattern0.test(key1))){
const err9 = {instancePath:instancePath+"/attributeValues",schemaPath:"#/properties/attributeValues/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key2 in data3){
if(pattern0.test(key2)){
let data4 = data3[key2];
const _errs14 = errors;
let valid4 = false;
let passing0 = null;
const _errs15 = errors;
if(typeof data4 === "string"){
if(func2(data4) > 1024){
const err10 = {instancePath:instancePath+"/attributeValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/attributeValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs17 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/attributeValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
const _errs19 = errors;
if(typeof data4 !== "boolean"){
const err13 = {instancePath:instancePath+"/attributeValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid4 = true;
passing0 = 2;
}
const _errs21 = errors;
if(!(Array.isArray(data4))){
const err14 = {instancePath:instancePath+"/attributeValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf/3/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs23 = errors;
let valid5 = false;
let passing1 = null;
const _errs24 = errors;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) > 1024){
const err15 = {instancePath:instancePath+"/attributeValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/definitions/attributeValue/oneOf/3/oneOf/0/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/attributeValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/definitions/attributeValue/oneOf/3/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
var _valid1 = _errs24 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs27 = errors;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data6 = data4[i1];
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err17 = {instancePath:instancePath+"/attributeValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/definitions/attributeValue/oneOf/3/oneOf/1/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
var _valid1 = _errs27 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err18 = {instancePath:instancePath+"/attributeValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf/3/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid4 = true;
passing0 = 3;
}
}
}
}
if(!valid4){
const err19 = {instancePath:instancePath+"/attributeValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/attributeValues",schemaPath:"#/properties/attributeValues/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "enabled") || (key0 === "_createdAt")) || (key0 === "_updatedAt")) || (key0 === "_variants")) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data._createdAt !== undefined){
if(typeof data._createdAt !== "string"){
const err2 = {instancePath:instancePath+"/_createdAt",schemaPath:"#/properties/_createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data._updatedAt !== undefined){
if(typeof data._updatedAt !== "string"){
const err3 = {instancePath:instancePath+"/_updatedAt",schemaPath:"#/properties/_updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data._variants !== undefined){
let data3 = data._variants;
if(Array.isArray(data3)){
if(data3.length > 32){
const err4 = {instancePath:instancePath+"/_variants",schemaPath:"#/properties/_variants/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data3[i0], {instancePath:instancePath+"/_variants/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/_variants",schemaPath:"#/properties/_variants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key1 in data){
if(pattern0.test(key1)){
let data5 = data[key1];
const _errs13 = errors;
let valid5 = false;
let passing0 = null;
const _errs14 = errors;
if(typeof data5 === "string"){
if(func2(data5) > 1024){
const err6 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs16 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err8 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs16 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
const _errs18 = errors;
if(typeof data5 !== "boolean"){
const err9 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid5 = true;
passing0 = 2;
}
const _errs20 = errors;
if(!(Array.isArray(data5))){
const err10 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf/3/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs22 = errors;
let valid6 = false;
let passing1 = null;
const _errs23 = errors;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(func2(data6) > 1024){
const err11 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/definitions/attributeValue/oneOf/3/oneOf/0/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/definitions/attributeValue/oneOf/3/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
var _valid1 = _errs23 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
}
const _errs26 = errors;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data7 = data5[i2];
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err13 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/definitions/attributeValue/oneOf/3/oneOf/1/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
var _valid1 = _errs26 === errors;
if(_valid1 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid6 = true;
passing1 = 1;
}
}
if(!valid6){
const err14 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf/3/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs20 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid5 = true;
passing0 = 3;
}
}
}
}
if(!valid5){
const err15 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/attributeValue/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(pattern0.test(key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key1 in data){
if(pattern0.test(key1)){
if(!(validate25(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "$schema") || (key0 === "version")) || (key0 === "flags")) || (key0 === "values"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/definitions/flagSchemaVersions/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(data1 === "1")){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/definitions/flagSchemaVersions/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.flags !== undefined){
if(!(validate12(data.flags, {instancePath:instancePath+"/flags",parentData:data,parentDataProperty:"flags",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.values !== undefined){
if(!(validate24(data.values, {instancePath:instancePath+"/values",parentData:data,parentDataProperty:"values",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(validate11(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
validate10.errors = vErrors;
return errors === 0;
}


// EXTERNAL MODULE: ./src/bundle/schema.ts
var schema = __webpack_require__(5569);
// EXTERNAL MODULE: ./src/bundle/problem.ts
var bundle_problem = __webpack_require__(4988);
;// CONCATENATED MODULE: ./src/bundle/check-schema.ts



/**
 * Checks a bundle against AppConfig's FeatureFlags JSON Schema and turns Ajv's errors into
 * findings a person can act on: one per problem (Ajv reports each failed oneOf branch; those are
 * folded into one message), pointing at the offending key or value.
 */
function checkSchema(value) {
    if (validate_flag_schema(value))
        return [];
    const errors = validate_flag_schema.errors ?? [];
    const findings = [];
    const seen = new Set();
    const requiredAt = new Set(errors.filter((e) => e.keyword === 'required').map((e) => e.instancePath));
    const wrongTypeAt = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
    for (const error of errors) {
        // "must be a string" already says it; "must be one of" on top adds nothing
        if (error.keyword === 'enum' && wrongTypeAt.has(error.instancePath))
            continue;
        const finding = describe(error, value, requiredAt);
        if (finding === undefined)
            continue;
        const id = `${finding.rule}|${(0,bundle_problem/* formatPath */.j)(finding.path)}|${finding.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        findings.push(finding);
    }
    return findings;
}
/** Splits a JSON pointer into keys and array indexes, reading the value to tell them apart. */
function pointerToPath(pointer, root) {
    if (pointer === '')
        return [];
    const path = [];
    let node = root;
    for (const raw of pointer.slice(1).split('/')) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node) && /^\d+$/.test(segment)) {
            path.push(Number(segment));
            node = node[Number(segment)];
        }
        else {
            path.push(segment);
            node = isObject(node) ? node[segment] : undefined;
        }
    }
    return path;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function kindOf(path) {
    const [top, , third, , fifth, sixth] = path;
    const n = path.length;
    if (n === 0)
        return 'root';
    if (top === 'flags') {
        if (n === 1)
            return 'flags';
        if (n === 2)
            return 'flag';
        if (n === 3)
            return third === '_deprecation'
                ? 'deprecation'
                : third === 'attributes'
                    ? 'attributes'
                    : 'other';
        if (third === 'attributes') {
            if (n === 4)
                return 'attribute';
            if (n === 5 && fifth === 'constraints')
                return 'constraints';
            if (n === 6 && fifth === 'constraints' && sixth === 'elements')
                return 'elements';
        }
        return 'other';
    }
    if (top === 'values') {
        if (n === 1)
            return 'values';
        if (n === 2)
            return 'value';
        if (third === '_variants') {
            if (n === 3)
                return 'variants';
            if (n === 4)
                return 'variant';
            if (n === 5 && path[4] === 'attributeValues')
                return 'attributeValues';
            if (n === 6 && path[4] === 'attributeValues')
                return 'attributeValue';
            return 'other';
        }
        if (n === 3)
            return 'attributeValue';
    }
    return 'other';
}
const ALLOWED = {
    root: 'version, flags, values',
    flag: 'name, description, attributes, _deprecation, _createdAt, _updatedAt',
    deprecation: 'status, date',
    attribute: 'description, constraints',
    constraints: 'type, required, and for numbers minimum/maximum, for strings pattern or enum, for arrays elements',
    elements: 'type, and for numbers minimum/maximum, for strings pattern or enum',
    value: "enabled, _variants, _createdAt, _updatedAt, and the flag's attribute keys",
    variant: 'name, enabled, rule, attributeValues'
};
const KEYED_MAPS = {
    flags: 'flag key',
    values: 'flag key',
    attributes: 'attribute key',
    attributeValues: 'attribute key',
    value: 'attribute key'
};
const KEY_RULE = 'AppConfig keys start with a lowercase letter and hold only letters, digits, _ and - (at most 64 characters)';
/** How to map a dotted flag name (domain.feature.variant) onto AppConfig's levels. */
const DOTTED_NAME_HINT = "Map a dotted name like payments.instant-transfer.enabled onto AppConfig's own levels: application = domain (payments), flag = feature (instant-transfer), attribute = variant or setting (enabled)";
/** The explanation for a key AppConfig refuses; dots get the mapping teams usually want. */
function keyFormatMessage(what, key) {
    let message = `${what} '${key}' is not a valid AppConfig key: ${KEY_RULE}`;
    if (key.includes('.'))
        message += `. AppConfig keys cannot contain '.'. ${DOTTED_NAME_HINT}`;
    return message;
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value} (${JSON.stringify(value)?.slice(0, 40)})`;
}
function valueAt(root, path) {
    let node = root;
    for (const segment of path) {
        if (Array.isArray(node) && typeof segment === 'number')
            node = node[segment];
        else if (isObject(node) && typeof segment === 'string')
            node = node[segment];
        else
            return undefined;
    }
    return node;
}
const YAML11_BOOLEANS = /^(y|yes|n|no|on|off|Y|Yes|YES|N|No|NO|On|ON|Off|OFF)$/;
function describe(error, root, requiredAt) {
    const path = pointerToPath(error.instancePath, root);
    const where = (0,bundle_problem/* formatPath */.j)(path);
    const kind = kindOf(path);
    const data = valueAt(root, path);
    const schemaPath = error.schemaPath;
    const finding = (rule, message, extra = {}) => ({
        rule,
        severity: 'error',
        message,
        path,
        ...extra
    });
    // Branch errors of the enum-entry oneOf are folded into the oneOf error itself.
    if (/\/enum\/items\/oneOf\/\d+\//.test(schemaPath))
        return undefined;
    // Branch errors of the attribute-value oneOf are folded into the oneOf error itself.
    if (schemaPath.startsWith('#/definitions/attributeValue/') &&
        schemaPath !== '#/definitions/attributeValue/oneOf') {
        return undefined;
    }
    if (schemaPath === '#/definitions/attributeValue/oneOf') {
        return finding('attribute-value-type', `${where}: ${attributeValueProblem(path, data)}`);
    }
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const keyPath = [...path, key];
            const mapName = KEYED_MAPS[kind];
            if (mapName !== undefined &&
                !schema/* KEY_REGEX */.Yt.test(key) &&
                !(kind === 'value' && key.startsWith('_'))) {
                return {
                    ...finding('key-format', keyFormatMessage(`${where}: ${mapName}`, key)),
                    path: keyPath,
                    at: 'key'
                };
            }
            const allowed = ALLOWED[kind];
            return {
                ...finding('unknown-property', `${where}: unknown property '${key}'${allowed ? `; allowed here: ${allowed}` : ''}`),
                path: keyPath,
                at: 'key'
            };
        }
        case 'required': {
            const missing = String(error.params.missingProperty);
            if (kind === 'constraints' || kind === 'elements') {
                const types = kind === 'elements'
                    ? 'number or string'
                    : 'number, string, array or boolean';
                return finding('constraint-type', `${where}: constraints need a 'type' (${types})`, { at: 'key' });
            }
            if (kind === 'root' && missing === 'version') {
                return finding('version', `the bundle has no "version": AppConfig feature flags need "version": "1"`);
            }
            if (kind === 'variant') {
                return finding('variant-required', `${where}: every variant needs '${missing}' (${missing === 'name' ? 'a name of 1 to 64 characters' : 'true or false'})`, { at: 'key' });
            }
            return finding('required', `${where}: missing required property '${missing}'`, { at: 'key' });
        }
        case 'discriminator': {
            const params = error.params;
            const types = kind === 'elements'
                ? 'number or string'
                : 'number, string, array or boolean';
            if (params.error === 'tag') {
                if (requiredAt.has(error.instancePath))
                    return undefined;
                return finding('constraint-type', `${where}.type must be a string: ${types}`, { path: [...path, 'type'] });
            }
            return finding('constraint-type', `${where}.type is ${JSON.stringify(params.tagValue)}; expected ${types}${kind === 'elements' ? ' (array elements are numbers or strings)' : ''}`, { path: [...path, 'type'] });
        }
        case 'not':
            return finding('pattern-enum-exclusive', `${where}: a string constraint takes either 'pattern' or 'enum', not both`, { at: 'key' });
        case 'type': {
            const expected = String(error.params.type);
            let message = `${where} must be ${expected === 'integer' ? 'an integer' : `a${/^[aeiou]/.test(expected) ? 'n' : ''} ${expected}`}, not ${typeName(data)}`;
            if (path.length === 1 && path[0] === 'version')
                message = `version must be the string "1" (in quotes), not ${typeName(data)}`;
            else if (expected === 'boolean' &&
                typeof data === 'string' &&
                YAML11_BOOLEANS.test(data)) {
                message +=
                    '; write true or false (YAML 1.2 reads yes/no/on/off as strings)';
            }
            else if (expected === 'integer' && typeof data === 'number') {
                message += '; AppConfig types minimum and maximum as integers';
            }
            return finding('type', message);
        }
        case 'enum': {
            if (path.length === 1 && path[0] === 'version') {
                return finding('version', `version must be "1" (the only AWS.AppConfig.FeatureFlags version), not ${JSON.stringify(data)}`);
            }
            const allowed = error.params
                .allowedValues;
            return finding('enum', `${where} must be ${allowed.map((v) => JSON.stringify(v)).join(' or ')}, not ${JSON.stringify(data)}`);
        }
        case 'maxItems': {
            const limit = Number(error.params.limit);
            const count = Array.isArray(data) ? data.length : 0;
            if (kind === 'variants')
                return finding('max-variants', `${where}: a flag can have at most ${limit} variants; this one has ${count}`, { at: 'key' });
            return finding('max-items', `${where}: at most ${limit} entries are allowed; found ${count}`, { at: 'key' });
        }
        case 'maxProperties': {
            const limit = Number(error.params.limit);
            const count = isObject(data) ? Object.keys(data).length : 0;
            return finding('max-attributes', `${where}: at most ${limit} attributes are allowed; found ${count}`, { at: 'key' });
        }
        case 'maxLength': {
            const limit = Number(error.params.limit);
            const length = typeof data === 'string' ? [...data].length : 0;
            return finding('max-length', `${where} is ${length} characters long; AppConfig allows at most ${limit}`);
        }
        case 'pattern':
            // customerDefinedName is the only pattern outside the key maps
            return finding('name-format', `${where} must be 1 to 64 characters without a line break`);
        case 'oneOf':
            if (/\/enum\/\d+$/.test(error.instancePath) ||
                schemaPath.includes('/enum/items/oneOf')) {
                return finding('enum-entry', `${where}: enum entries must be strings (at most 1024 characters) or integers, not ${typeName(data)}`);
            }
            return finding('schema', `${where}: ${error.message ?? 'does not match the schema'}`);
        default:
            return finding('schema', `${where}: ${error.message ?? 'does not match the schema'}`);
    }
}
function attributeValueProblem(path, data) {
    if (typeof data === 'string') {
        return `a string attribute value can be at most 1024 characters; this one has ${[...data].length}`;
    }
    if (Array.isArray(data)) {
        if (data.length === 0) {
            return "an empty array matches both array forms of AppConfig's schema (strings, numbers), which its oneOf refuses; give it elements or leave the attribute out";
        }
        const kinds = new Set(data.map((e) => e === null ? 'null' : Array.isArray(e) ? 'array' : typeof e));
        const odd = [...kinds].filter((k) => k !== 'string' && k !== 'number');
        if (odd.length > 0)
            return `array elements must be strings or numbers, not ${odd.join(' or ')}`;
        if (kinds.size > 1)
            return 'an array attribute value must hold only strings or only numbers, not both';
        return 'array strings can be at most 1024 characters each';
    }
    let message = `an attribute value must be a string, a number, a boolean or an array of strings or numbers, not ${typeName(data)}`;
    if (path[path.length - 1] === 'attributeValues' && path.length === 3) {
        message +=
            "; in a basic flag, attribute values sit directly in the flag's value object (values.<flag>.<attribute>); 'attributeValues' belongs to variants (the AppConfig CLI guide's sample gets this wrong)";
    }
    return message;
}

;// CONCATENATED MODULE: ./src/bundle/parse-rule.ts
/**
 * A parser for AppConfig's multi-variant rule language (appconfig-spec.md §1.4): prefix
 * S-expressions such as `(and (eq $country "DE") (split pct::10 by::$userId))`. AWS publishes
 * no grammar, so this checks what the documentation shows: balanced parentheses and brackets,
 * known operators with their argument counts and shapes, named arguments (`pct::`, `by::`...),
 * and the operand forms (strings, numbers, timestamps, booleans, `$context` keys, lists).
 */
const COMPARE = { positional: [2, 2], operands: 'values' };
const OPERATORS = {
    eq: COMPARE,
    gt: COMPARE,
    gte: COMPARE,
    lt: COMPARE,
    lte: COMPARE,
    begins_with: COMPARE,
    ends_with: COMPARE,
    contains: COMPARE,
    in: COMPARE,
    and: { positional: [1, Infinity], operands: 'conditions' },
    or: { positional: [1, Infinity], operands: 'conditions' },
    not: { positional: [1, 1], operands: 'conditions' },
    matches: { named: { in: true, pattern: true }, operands: 'values' },
    exists: { named: { key: true }, operands: 'values' },
    split: { named: { pct: true, by: true, seed: false }, operands: 'values' }
};
const TIMESTAMP = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const NUMBER = /^-?(\d+(\.\d+)?([eE][+-]?\d+)?|\.\d+)$/;
const CONTEXT = /^\$[A-Za-z_][\w.-]*$/;
const WORD = /[^\s()[\]",]+/y;
class RuleSyntaxError extends Error {
    index;
    constructor(message, index) {
        super(message);
        this.index = index;
    }
}
/** Parses a rule; returns its problems (empty when the rule is well formed). */
function parseRule(text) {
    const problems = [];
    const parser = new Parser(text, problems);
    try {
        parser.skipSpace();
        if (parser.atEnd()) {
            return [{ message: 'the rule is empty', index: 0 }];
        }
        if (text[parser.pos] !== '(') {
            throw new RuleSyntaxError(`a rule is one expression in parentheses, such as (eq $country "DE"); it starts with '${text[parser.pos]}'`, parser.pos);
        }
        parser.expression();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw new RuleSyntaxError(`unexpected '${text.slice(parser.pos, parser.pos + 20)}' after the end of the rule's expression (combine conditions with (and ...) or (or ...))`, parser.pos);
        }
    }
    catch (error) {
        if (!(error instanceof RuleSyntaxError))
            throw error;
        problems.push({ message: error.message, index: error.index });
    }
    return problems;
}
class Parser {
    text;
    problems;
    pos = 0;
    depth = 0;
    constructor(text, problems) {
        this.text = text;
        this.problems = problems;
    }
    atEnd() {
        return this.pos >= this.text.length;
    }
    skipSpace() {
        while (!this.atEnd() && /\s/.test(this.text.charAt(this.pos)))
            this.pos++;
    }
    /** `(` operator argument* `)` */
    expression() {
        const start = this.pos;
        this.pos++; // (
        if (++this.depth > 100)
            throw new RuleSyntaxError('the rule nests deeper than 100 levels', start);
        this.skipSpace();
        const opIndex = this.pos;
        const operator = this.word();
        if (operator === '') {
            throw new RuleSyntaxError(this.atEnd()
                ? "unbalanced parentheses: '(' is never closed"
                : "an operator was expected after '('", this.atEnd() ? start : this.pos);
        }
        const signature = OPERATORS[operator];
        if (signature === undefined) {
            this.report(`unknown operator '${operator}'; AppConfig rules use ${Object.keys(OPERATORS).join(', ')}`, opIndex);
        }
        const positional = [];
        const named = [];
        for (;;) {
            this.skipSpace();
            if (this.atEnd())
                throw new RuleSyntaxError("unbalanced parentheses: '(' is never closed", start);
            if (this.text[this.pos] === ')') {
                this.pos++;
                break;
            }
            const argIndex = this.pos;
            const name = this.namedPrefix();
            if (name !== undefined) {
                named.push({ name, value: this.operand(), index: argIndex });
            }
            else {
                positional.push(this.operand());
            }
        }
        this.depth--;
        if (signature !== undefined)
            this.checkArguments(operator, signature, positional, named, start);
        return { kind: 'expr', operator, index: start };
    }
    checkArguments(operator, signature, positional, named, start) {
        const [min, max] = signature.positional ?? [0, 0];
        if (positional.length < min || positional.length > max) {
            const expected = min === max
                ? `${min}`
                : max === Infinity
                    ? `at least ${min}`
                    : `${min} to ${max}`;
            const namedHint = signature.named
                ? ` (it takes named arguments: ${Object.keys(signature.named)
                    .map((n) => `${n}::`)
                    .join(' ')})`
                : '';
            this.report(`'${operator}' takes ${expected} operand${max === 1 ? '' : 's'}, got ${positional.length}${namedHint}`, positional[max]?.index ?? start);
        }
        for (const operand of positional) {
            if (signature.operands === 'conditions') {
                if (operand.kind !== 'expr' &&
                    operand.kind !== 'boolean' &&
                    operand.kind !== 'context') {
                    this.report(`'${operator}' combines conditions such as (eq ...), not a ${operand.kind}`, operand.index);
                }
            }
            else if (operand.kind === 'list' && operator !== 'in') {
                this.report(`a list [...] is only allowed as the second operand of 'in'`, operand.index);
            }
        }
        const list = positional.length === 2 ? positional[1] : undefined;
        if (operator === 'in' && list !== undefined) {
            if (!['list', 'context', 'invalid'].includes(list.kind)) {
                this.report(`the second operand of 'in' must be a list such as ["a", "b"]`, list.index);
            }
        }
        const seen = new Set();
        for (const arg of named) {
            const allowed = signature.named ?? {};
            if (!(arg.name in allowed)) {
                const names = Object.keys(allowed);
                this.report(`'${operator}' has no argument '${arg.name}::'${names.length ? `; it takes ${names.map((n) => `${n}::`).join(' ')}` : ''}`, arg.index);
            }
            else if (seen.has(arg.name)) {
                this.report(`'${arg.name}::' is given twice`, arg.index);
            }
            seen.add(arg.name);
            this.checkNamed(operator, arg);
        }
        for (const [name, required] of Object.entries(signature.named ?? {})) {
            if (required && !seen.has(name))
                this.report(`'${operator}' needs '${name}::'`, start);
        }
    }
    checkNamed(operator, arg) {
        const { name, value } = arg;
        if (value.kind === 'invalid')
            return; // already reported
        if (operator === 'split' && name === 'pct') {
            const pct = value.kind === 'number' ? Number(value.value) : NaN;
            if (!(pct >= 0 && pct <= 100)) {
                this.report(`'pct::' must be a number from 0 to 100`, value.index);
            }
        }
        if (operator === 'split' && name === 'by' && value.kind !== 'context') {
            this.report(`'by::' must be a context key such as $userId`, value.index);
        }
        if ((name === 'seed' || name === 'pattern' || name === 'key') &&
            value.kind !== 'string') {
            this.report(`'${name}::' must be a string in double quotes`, value.index);
        }
        if (name === 'pattern' && value.kind === 'string') {
            try {
                new RegExp(JSON.parse(value.value));
            }
            catch {
                this.report(`'pattern::' is not a valid regular expression`, value.index);
            }
        }
        if (operator === 'matches' && name === 'in' && value.kind === 'list') {
            this.report(`'in::' must be a context key or a string`, value.index);
        }
    }
    /** `name::` directly before an operand, or undefined. */
    namedPrefix() {
        const match = /([a-z_]+)::/y;
        match.lastIndex = this.pos;
        const m = match.exec(this.text);
        if (m === null)
            return undefined;
        this.pos += m[0].length;
        return m[1];
    }
    word() {
        WORD.lastIndex = this.pos;
        const m = WORD.exec(this.text);
        if (m === null)
            return '';
        this.pos += m[0].length;
        return m[0];
    }
    operand() {
        const index = this.pos;
        const c = this.text[this.pos];
        if (c === undefined || c === ')' || /\s/.test(c)) {
            throw new RuleSyntaxError('a value was expected', index);
        }
        if (c === '(')
            return this.expression();
        if (c === '"')
            return { kind: 'string', index, value: this.string() };
        if (c === '[')
            return this.list();
        if (c === ']')
            throw new RuleSyntaxError("']' without a matching '['", index);
        const word = this.word();
        if (word.includes('::')) {
            throw new RuleSyntaxError(`'${word}': named arguments are written name::value, such as pct::10`, index);
        }
        if (word === 'true' || word === 'false')
            return { kind: 'boolean', index, value: word };
        if (NUMBER.test(word))
            return { kind: 'number', index, value: word };
        if (TIMESTAMP.test(word))
            return { kind: 'timestamp', index, value: word };
        if (CONTEXT.test(word))
            return { kind: 'context', index, value: word };
        if (word.startsWith('$')) {
            this.report(`'${word}' is not a valid context key`, index);
            return { kind: 'invalid', index, value: word };
        }
        this.report(`'${word}' is not a value: strings need double quotes ("${word}"), context keys start with $ ($${word})`, index);
        return { kind: 'invalid', index, value: word };
    }
    /** A double-quoted string; returns its source text (quotes included). */
    string() {
        const start = this.pos;
        this.pos++;
        while (!this.atEnd()) {
            const c = this.text[this.pos];
            if (c === '\\')
                this.pos += 2;
            else if (c === '"') {
                this.pos++;
                return this.text.slice(start, this.pos);
            }
            else
                this.pos++;
        }
        throw new RuleSyntaxError('unterminated string: a closing " is missing', start);
    }
    list() {
        const start = this.pos;
        this.pos++; // [
        if (++this.depth > 100) {
            throw new RuleSyntaxError('the rule nests deeper than 100 levels', start);
        }
        let count = 0;
        for (;;) {
            this.skipSpace();
            if (this.atEnd())
                throw new RuleSyntaxError("unbalanced brackets: '[' is never closed", start);
            const c = this.text[this.pos];
            if (c === ']') {
                this.pos++;
                break;
            }
            if (c === ',') {
                if (count === 0)
                    this.report("a list cannot start with ','", this.pos);
                this.pos++;
                continue;
            }
            const item = this.operand();
            if (item.kind === 'expr' || item.kind === 'list') {
                this.report('list items must be strings, numbers or booleans', item.index);
            }
            count++;
        }
        this.depth--;
        return {
            kind: 'list',
            index: start,
            value: this.text.slice(start, this.pos)
        };
    }
    report(message, index) {
        this.problems.push({ message, index });
    }
}

;// CONCATENATED MODULE: ./src/bundle/check-semantics.ts




const MAX_ATTRIBUTE_VALUES = 25;
const RESERVED_VALUE_KEYS = new Set([
    'enabled',
    '_variants',
    '_createdAt',
    '_updatedAt'
]);
/**
 * The checks AppConfig makes beyond its JSON Schema (appconfig-spec.md §1.2 quirk 4, §1.4):
 * cross-references between `flags` and `values`, attribute constraints applied to values,
 * multi-variant rules, and the team's own conventions. Written defensively: the bundle may
 * also have schema errors, which are reported separately.
 */
function checkSemantics(bundle, options) {
    const findings = [];
    if (!isObject(bundle))
        return findings;
    const flags = isObject(bundle.flags) ? bundle.flags : {};
    const values = isObject(bundle.values) ? bundle.values : {};
    const add = (rule, path, message, extra = {}) => {
        findings.push({ rule, severity: 'error', message, path, ...extra });
    };
    for (const [flagKey, flag] of Object.entries(flags)) {
        const flagPath = ['flags', flagKey];
        checkFlagKey(flagKey, flagPath, options, add);
        if (!isObject(flag))
            continue;
        const attributes = isObject(flag.attributes) ? flag.attributes : {};
        for (const [attrKey, attribute] of Object.entries(attributes)) {
            const attrPath = [...flagPath, 'attributes', attrKey];
            if (attrKey === 'enabled') {
                add('reserved-attribute', attrPath, `${(0,bundle_problem/* formatPath */.j)(flagPath)}: 'enabled' is reserved by AppConfig and cannot be an attribute name`, { at: 'key' });
            }
            if (isObject(attribute) && isObject(attribute.constraints)) {
                checkConstraintDefinition(attribute.constraints, [...attrPath, 'constraints'], add);
            }
        }
        checkDeprecation(flag, flagPath, options, findings);
        if (!Object.hasOwn(values, flagKey) && schema/* KEY_REGEX */.Yt.test(flagKey)) {
            findings.push({
                rule: 'flag-without-value',
                severity: 'warning',
                message: `${(0,bundle_problem/* formatPath */.j)(flagPath)} has no entry under values; add values.${flagKey} with enabled true or false so its state is explicit`,
                path: flagPath,
                at: 'key'
            });
        }
    }
    for (const [flagKey, value] of Object.entries(values)) {
        const valuePath = ['values', flagKey];
        if (!Object.hasOwn(flags, flagKey)) {
            add('value-without-flag', valuePath, `values.${flagKey} has no flag definition: add flags.${flagKey} or remove this value`, { at: 'key' });
            continue;
        }
        const flag = flags[flagKey];
        if (!isObject(value) || !isObject(flag))
            continue;
        const attributes = isObject(flag.attributes) ? flag.attributes : {};
        const variants = Array.isArray(value._variants)
            ? value._variants
            : undefined;
        const direct = Object.fromEntries(Object.entries(value).filter(([k]) => !RESERVED_VALUE_KEYS.has(k)));
        checkAttributeValues(direct, attributes, valuePath, valuePath, { requireAll: variants === undefined, countValues: true }, add);
        if (variants !== undefined)
            checkVariants(variants, attributes, [...valuePath, '_variants'], add);
    }
    return findings;
}
function checkFlagKey(key, path, options, add) {
    const pattern = options.flagNamePattern;
    // A key AppConfig refuses is reported by the schema check, with the rule explained.
    if (pattern === undefined || pattern.test(key) || !schema/* KEY_REGEX */.Yt.test(key))
        return;
    let message = `flag key '${key}' does not match the team naming convention ${String(pattern)} (input flag-name-pattern)`;
    if (pattern.source.includes('\\.')) {
        message += `; the convention asks for '.', which AppConfig keys cannot contain. ${DOTTED_NAME_HINT}`;
    }
    add('flag-name-pattern', path, message, { at: 'key' });
}
function checkDeprecation(flag, flagPath, options, findings) {
    const deprecation = flag._deprecation;
    if (!isObject(deprecation) || typeof deprecation.date !== 'string')
        return;
    const datePath = [...flagPath, '_deprecation', 'date'];
    const date = deprecation.date;
    if (!isCalendarDate(date)) {
        findings.push({
            rule: 'deprecation-date',
            severity: 'error',
            message: `${(0,bundle_problem/* formatPath */.j)(datePath)} is '${date}'; expected a date written YYYY-MM-DD`,
            path: datePath
        });
        return;
    }
    if (options.deprecatedFlags === 'ignore' || date >= options.today)
        return;
    const severity = options.deprecatedFlags === 'fail' ? 'error' : 'warning';
    findings.push({
        rule: 'deprecated-flag',
        severity,
        message: `flag '${flagPath[1]}' was due for removal on ${date} (_deprecation.date); remove it from the bundle and the code, or move the date (AppConfig does not disable it)`,
        path: datePath
    });
}
/** A real `YYYY-MM-DD` date (JSON Schema's `format: date`). */
function isCalendarDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (m === null)
        return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const d = new Date(Date.UTC(year, month - 1, day));
    return (d.getUTCFullYear() === year &&
        d.getUTCMonth() === month - 1 &&
        d.getUTCDate() === day);
}
function checkConstraintDefinition(constraints, path, add) {
    const { minimum, maximum, pattern } = constraints;
    if (typeof minimum === 'number' &&
        typeof maximum === 'number' &&
        minimum > maximum) {
        add('constraint-range', [...path, 'minimum'], `${(0,bundle_problem/* formatPath */.j)(path)}: minimum ${minimum} is greater than maximum ${maximum}, so no value can pass`);
    }
    if (typeof pattern === 'string' && compilePattern(pattern) === undefined) {
        add('constraint-pattern', [...path, 'pattern'], `${(0,bundle_problem/* formatPath */.j)(path)}.pattern ${JSON.stringify(pattern)} is not a regular expression this action can check values against`, { severity: 'warning' });
    }
    if (isObject(constraints.elements))
        checkConstraintDefinition(constraints.elements, [...path, 'elements'], add);
}
const patterns = new Map();
function compilePattern(source) {
    if (!patterns.has(source)) {
        let compiled;
        try {
            compiled = new RegExp(source, 'u');
        }
        catch {
            try {
                compiled = new RegExp(source);
            }
            catch {
                compiled = undefined;
            }
        }
        patterns.set(source, compiled);
    }
    return patterns.get(source);
}
/** Checks one set of attribute values (a flag value's, or a variant's attributeValues). */
function checkAttributeValues(given, attributes, ownerPath, valuesPath, { requireAll, countValues }, add) {
    const keys = Object.keys(given);
    if (countValues && keys.length > MAX_ATTRIBUTE_VALUES) {
        add('max-attributes', ownerPath, `${(0,bundle_problem/* formatPath */.j)(ownerPath)}: at most ${MAX_ATTRIBUTE_VALUES} attribute values are allowed; found ${keys.length}`, { at: 'key' });
    }
    for (const [key, value] of Object.entries(given)) {
        const path = [...valuesPath, key];
        if (!schema/* KEY_REGEX */.Yt.test(key))
            continue; // the schema check reports a key AppConfig refuses
        if (!Object.hasOwn(attributes, key)) {
            const defined = Object.keys(attributes);
            add('undefined-attribute', path, `${(0,bundle_problem/* formatPath */.j)(path)}: the flag defines no attribute '${key}'${defined.length ? ` (it defines ${defined.join(', ')})` : ' (it defines no attributes)'}`, { at: 'key' });
            continue;
        }
        const attribute = attributes[key];
        if (isObject(attribute) && isObject(attribute.constraints)) {
            checkValue(value, attribute.constraints, path, add);
        }
    }
    if (!requireAll)
        return;
    for (const [key, attribute] of Object.entries(attributes)) {
        if (isObject(attribute) &&
            isObject(attribute.constraints) &&
            attribute.constraints.required === true &&
            !Object.hasOwn(given, key)) {
            add('required-attribute', ownerPath, `${(0,bundle_problem/* formatPath */.j)(ownerPath)}: the required attribute '${key}' has no value`, { at: 'key' });
        }
    }
}
/** A value against its attribute's constraints: type, pattern, enum, minimum, maximum. */
function checkValue(value, constraints, path, add) {
    const where = (0,bundle_problem/* formatPath */.j)(path);
    switch (constraints.type) {
        case 'string':
            if (typeof value !== 'string') {
                add('attribute-type', path, `${where} must be a string (the attribute's constraints say type string), not ${describeValue(value)}`);
                return;
            }
            checkString(value, constraints, path, add);
            return;
        case 'number':
            if (typeof value !== 'number') {
                add('attribute-type', path, `${where} must be a number (the attribute's constraints say type number), not ${describeValue(value)}`);
                return;
            }
            checkNumber(value, constraints, path, add);
            return;
        case 'boolean':
            if (typeof value !== 'boolean') {
                add('attribute-type', path, `${where} must be true or false (the attribute's constraints say type boolean), not ${describeValue(value)}`);
            }
            return;
        case 'array': {
            if (!Array.isArray(value)) {
                add('attribute-type', path, `${where} must be an array (the attribute's constraints say type array), not ${describeValue(value)}`);
                return;
            }
            const elements = constraints.elements;
            if (!isObject(elements))
                return;
            value.forEach((element, i) => checkValue(element, elements, [...path, i], add));
            return;
        }
        default:
            return; // an unknown type is a schema finding already
    }
}
function checkString(value, constraints, path, add) {
    const where = (0,bundle_problem/* formatPath */.j)(path);
    if (typeof constraints.pattern === 'string') {
        const regex = compilePattern(constraints.pattern);
        if (regex !== undefined && !regex.test(value)) {
            add('attribute-pattern', path, `${where} is ${JSON.stringify(value)}, which does not match the attribute's pattern ${JSON.stringify(constraints.pattern)}`);
        }
    }
    if (Array.isArray(constraints.enum)) {
        const allowed = constraints.enum.map((e) => String(e));
        if (!allowed.includes(value)) {
            const shown = allowed
                .slice(0, 10)
                .map((e) => JSON.stringify(e))
                .join(', ');
            add('attribute-enum', path, `${where} is ${JSON.stringify(value)}; the attribute allows only ${shown}${allowed.length > 10 ? `, … (${allowed.length} in all)` : ''}`);
        }
    }
}
function checkNumber(value, constraints, path, add) {
    const where = (0,bundle_problem/* formatPath */.j)(path);
    if (typeof constraints.minimum === 'number' && value < constraints.minimum) {
        add('attribute-range', path, `${where} is ${value}, below the attribute's minimum ${constraints.minimum}`);
    }
    if (typeof constraints.maximum === 'number' && value > constraints.maximum) {
        add('attribute-range', path, `${where} is ${value}, above the attribute's maximum ${constraints.maximum}`);
    }
}
function checkVariants(variants, attributes, path, add) {
    if (variants.length === 0) {
        add('variants', path, `${(0,bundle_problem/* formatPath */.j)(path)} is empty; a multi-variant flag needs at least its default variant`, { at: 'key' });
        return;
    }
    const names = new Map();
    variants.forEach((variant, i) => {
        if (!isObject(variant))
            return;
        const variantPath = [...path, i];
        const isLast = i === variants.length - 1;
        if (typeof variant.name === 'string') {
            const first = names.get(variant.name);
            if (first !== undefined) {
                add('variant-name-unique', [...variantPath, 'name'], `${(0,bundle_problem/* formatPath */.j)(variantPath)}: the variant name ${JSON.stringify(variant.name)} is already used by variant ${first}; names must be unique within a flag`);
            }
            else
                names.set(variant.name, i);
        }
        const rule = variant.rule;
        const hasRule = typeof rule === 'string' && rule.trim() !== '';
        if (isLast && hasRule) {
            add('default-variant', [...variantPath, 'rule'], `${(0,bundle_problem/* formatPath */.j)(variantPath)}: the last variant is the default variant and cannot have a rule (AppConfig answers BadRequestException); add a last variant without a rule`);
        }
        else if (!isLast && !hasRule) {
            add('default-variant', variantPath, `${(0,bundle_problem/* formatPath */.j)(variantPath)} has no rule, so it would be the default variant, which must be last; give it a rule or move it to the end`, { at: 'key' });
        }
        if (hasRule) {
            for (const problem of parseRule(rule)) {
                add('variant-rule', [...variantPath, 'rule'], `${(0,bundle_problem/* formatPath */.j)(variantPath)}.rule, at character ${problem.index + 1}: ${problem.message}`, { offset: problem.index });
            }
        }
        if (isObject(variant.attributeValues)) {
            checkAttributeValues(variant.attributeValues, attributes, variantPath, [...variantPath, 'attributeValues'], 
            // the schema's maxProperties on attributeValues already counts a variant's values
            { requireAll: false, countValues: false }, add);
        }
        checkRequiredInVariant(variant, attributes, variantPath, add);
    });
}
/** Required attributes need a value in each enabled variant that serves attributes. */
function checkRequiredInVariant(variant, attributes, variantPath, add) {
    if (variant.enabled !== true)
        return;
    const given = isObject(variant.attributeValues) ? variant.attributeValues : {};
    for (const [key, attribute] of Object.entries(attributes)) {
        if (isObject(attribute) &&
            isObject(attribute.constraints) &&
            attribute.constraints.required === true &&
            !Object.hasOwn(given, key)) {
            add('required-attribute', variantPath, `${(0,bundle_problem/* formatPath */.j)(variantPath)}: the required attribute '${key}' has no value in this enabled variant's attributeValues`, { at: 'key' });
        }
    }
}
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return `${typeof value} ${JSON.stringify(value)?.slice(0, 60)}`;
}

;// CONCATENATED MODULE: ./src/bundle/excess-nesting.ts
/**
 * How deep a bundle may nest objects and arrays (the root object is level 1). AppConfig's
 * format needs 8 at most (values → flag → _variants → variant → attributeValues → an array
 * attribute; flags → flag → attributes → attribute → constraints → elements → enum), so 64
 * leaves eight times that for hand-written oddities and is still far below the depth where
 * the parsers' recursion overflows (a few thousand levels) or their error recovery turns
 * quadratic: a megabyte of `[` used to take 12 s and 1.8 GB to refuse.
 */
const MAX_NESTING_DEPTH = 64;
/**
 * Where the text first nests deeper than `limit`, as a character offset, or undefined when it
 * does not. One pass over the text, no allocation per character, and it stops at the first
 * level too many: the parsers never see such a text, so they never build what would be refused.
 *
 * The scan reads structure the way the parsers do (strings, comments and YAML block scalars
 * hold no structure) but errs on the side of counting: in YAML a line's first node counts as a
 * block level even when it is a flow collection or a scalar (so `{"a": 1}` written as YAML
 * counts 2, and `- - x` counts 3), and a plain scalar continued on a line that starts with `- `
 * adds a level for that line. That is at most one level per line, which 64 absorbs; it never
 * misses a level a parser would build.
 */
function excessNesting(text, format, limit = MAX_NESTING_DEPTH) {
    return format === 'json'
        ? excessJsonNesting(text, limit)
        : excessYamlNesting(text, limit);
}
const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const SPACE = 0x20;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const HASH = 0x23;
const AMPERSAND = 0x26;
const BANG = 0x21;
const COMMA = 0x2c;
const DASH = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const STAR = 0x2a;
const COLON = 0x3a;
const QUESTION = 0x3f;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const PIPE = 0x7c;
const GREATER = 0x3e;
function excessJsonNesting(text, limit) {
    const n = text.length;
    let depth = 0;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            // jsonc-parser ends an unterminated string at the line's end; so does the scan, so one
            // stray quote does not hide the rest of the file.
            for (i++; i < n; i++) {
                const s = text.charCodeAt(i);
                if (s === QUOTE || s === LF)
                    break;
                if (s === BACKSLASH)
                    i++;
            }
        }
        else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
            const end = text.indexOf('\n', i);
            i = end < 0 ? n : end;
        }
        else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? n : end + 1;
        }
        else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
            if (++depth > limit)
                return i;
        }
        else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && depth > 0) {
            // Never below 0: a run of closers must not pay for a run of openers after it.
            depth--;
        }
    }
    return undefined;
}
const isBlank = (c) => c === SPACE || c === TAB || c === CR || c === LF || Number.isNaN(c);
/**
 * YAML nests two ways, and the scan counts both: block collections by indentation (a stack of
 * the columns of open blocks, plus one level for each `- `, `? ` or `: ` that opens a node on
 * the same line, as in `- - - x`), and flow collections by brackets (`[` and `{` at the start
 * of a node, anywhere inside a flow collection).
 */
function excessYamlNesting(text, limit) {
    const n = text.length;
    const indents = [];
    let flow = 0;
    /** While >= 0, lines indented deeper than this column are a block scalar's content. */
    let blockScalarParent = -1;
    let i = 0;
    while (i < n) {
        // A line starts at i.
        let p = i;
        while (text.charCodeAt(p) === SPACE)
            p++;
        const indent = p - i;
        const first = text.charCodeAt(p);
        const empty = p >= n || first === LF || first === CR;
        if (blockScalarParent >= 0) {
            if (empty || indent > blockScalarParent) {
                i = lineEnd(text, p) + 1;
                continue;
            }
            blockScalarParent = -1;
        }
        if (empty || first === HASH) {
            i = lineEnd(text, p) + 1;
            continue;
        }
        let nodeStart = true;
        if (flow === 0) {
            if (indent === 0 && isDocumentMarker(text, p)) {
                indents.length = 0;
                p += 3;
            }
            else {
                while ((indents.at(-1) ?? -1) > indent)
                    indents.pop();
                if ((indents.at(-1) ?? -1) < indent) {
                    indents.push(indent);
                    if (indents.length > limit)
                        return p;
                }
                // `- `, `? ` and `: ` at the start of a line open a node on the same line.
                for (;;) {
                    const c = text.charCodeAt(p);
                    if (c !== DASH && c !== QUESTION && c !== COLON)
                        break;
                    if (!isBlank(text.charCodeAt(p + 1)))
                        break;
                    p++;
                    while (text.charCodeAt(p) === SPACE)
                        p++;
                    const next = text.charCodeAt(p);
                    if (p >= n || next === LF || next === CR || next === HASH)
                        break;
                    indents.push(p - i);
                    if (indents.length > limit)
                        return p;
                }
            }
        }
        // The rest of the line: flow collections, quoted scalars, comments, block scalar headers.
        let afterSpace = true;
        while (p < n) {
            const c = text.charCodeAt(p);
            if (c === LF)
                break;
            if (c === SPACE || c === TAB || c === CR) {
                afterSpace = true;
                p++;
                continue;
            }
            if (c === HASH && afterSpace) {
                p = lineEnd(text, p);
                break;
            }
            afterSpace = false;
            if (nodeStart && (c === QUOTE || c === APOSTROPHE)) {
                p = quotedEnd(text, p) + 1; // may run over several lines
                nodeStart = false;
                continue;
            }
            if (nodeStart && (c === AMPERSAND || c === BANG)) {
                // an anchor or a tag: the node itself follows
                while (p < n && !isBlank(text.charCodeAt(p)))
                    p++;
                continue;
            }
            if (c === OPEN_BRACKET || c === OPEN_BRACE) {
                if (flow > 0 || nodeStart) {
                    flow++;
                    if (indents.length + flow > limit)
                        return p;
                    nodeStart = true;
                }
                else
                    nodeStart = false;
            }
            else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && flow > 0) {
                flow--;
                nodeStart = false;
            }
            else if (c === COMMA && flow > 0) {
                nodeStart = true;
            }
            else if (c === COLON && (flow > 0 || isBlank(text.charCodeAt(p + 1)))) {
                nodeStart = true;
            }
            else if (nodeStart && flow === 0 && (c === PIPE || c === GREATER)) {
                blockScalarParent = indent;
                p = lineEnd(text, p);
                break;
            }
            else {
                nodeStart = false;
            }
            p++;
        }
        i = p + 1;
    }
    return undefined;
}
/** The offset of the line feed ending the line that holds `p` (or the text's length). */
function lineEnd(text, p) {
    const end = text.indexOf('\n', p);
    return end < 0 ? text.length : end;
}
/** `---` or `...` followed by a blank: a document starts or ends. */
function isDocumentMarker(text, p) {
    const c = text.charCodeAt(p);
    return ((c === DASH || c === DOT) &&
        text.charCodeAt(p + 1) === c &&
        text.charCodeAt(p + 2) === c &&
        isBlank(text.charCodeAt(p + 3)));
}
/** The offset of the quote closing the scalar quoted at `p` (or the text's end). */
function quotedEnd(text, p) {
    const quote = text.charCodeAt(p);
    const n = text.length;
    for (let i = p + 1; i < n; i++) {
        const c = text.charCodeAt(i);
        if (quote === QUOTE && c === BACKSLASH)
            i++;
        else if (c === quote) {
            // '' is an escaped ' inside a single-quoted scalar
            if (quote === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE)
                i++;
            else
                return i;
        }
    }
    return n;
}

;// CONCATENATED MODULE: ./src/bundle/line-index.ts
/** Maps string offsets to 1-based line/column, for JSON and YAML alike. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            this.starts.push(i + 1);
        }
    }
    /** The position of a character offset (clamped to the text). */
    at(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if ((this.starts[mid] ?? Infinity) <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        const start = this.starts[low] ?? 0;
        return { line: low + 1, col: Math.max(0, offset - start) + 1 };
    }
}

;// CONCATENATED MODULE: ./src/bundle/json-locator.ts

/**
 * Locates findings in JSON text: by source offset, or by path (the key or the value; the
 * nearest existing ancestor when the path is absent) in jsonc-parser's syntax tree, parsed on
 * the first path located (findings placed by offset never need it).
 */
function jsonLocator(text, jsonc) {
    const lines = new LineIndex(text);
    let root = null;
    const tree = () => {
        if (root !== null)
            return root;
        root = undefined;
        try {
            root = jsonc.parseTree(text, [], { disallowComments: true });
        }
        catch (error) {
            if (!(error instanceof RangeError))
                throw error; // too deep to locate: line 1 it is
        }
        return root;
    };
    const children = new ObjectIndex();
    const locate = (path, at = 'value', offset = 0) => {
        let node = tree();
        if (node === undefined)
            return lines.at(0);
        let keyNode;
        for (const segment of path) {
            const child = children.child(node, segment);
            if (child === undefined) {
                keyNode = undefined;
                break;
            }
            node = child.value;
            keyNode = child.key;
        }
        if (at === 'key' && keyNode !== undefined)
            return lines.at(keyNode.offset);
        return lines.at(node.offset +
            (node.type === 'string' ? jsonStringOffset(text, node, offset) : 0));
    };
    return (f) => f.sourceOffset !== undefined
        ? lines.at(f.sourceOffset)
        : locate(f.path, f.at, f.offset);
}
/**
 * An object's properties by name, built the first time the object is searched: a bundle
 * with a hundred thousand problems in one object is located in linear time, not quadratic.
 */
class ObjectIndex {
    byNode = new WeakMap();
    child(node, segment) {
        if (node.type === 'object' && typeof segment === 'string') {
            let properties = this.byNode.get(node);
            if (properties === undefined) {
                properties = new Map();
                // Later duplicates replace earlier ones: the last is what JSON.parse (and AppConfig)
                // would keep.
                for (const property of node.children ?? []) {
                    const [key, value] = property.children ?? [];
                    if (typeof key?.value === 'string')
                        properties.set(key.value, { key, value: value ?? key });
                }
                this.byNode.set(node, properties);
            }
            return properties.get(segment);
        }
        if (node.type === 'array' && typeof segment === 'number') {
            const value = node.children?.[segment];
            return value === undefined ? undefined : { value };
        }
        return undefined;
    }
}
/** Offset in the source of the n-th character of a JSON string's decoded value. */
function jsonStringOffset(text, node, index) {
    if (index <= 0)
        return 0;
    let raw = node.offset + 1;
    const end = node.offset + node.length - 1;
    for (let decoded = 0; decoded < index && raw < end; decoded++) {
        if (text[raw] === '\\')
            raw += text[raw + 1] === 'u' ? 6 : 2;
        else
            raw += 1;
    }
    return raw - node.offset;
}

;// CONCATENATED MODULE: ./src/bundle/load-jsonc.ts
let jsonc;
/**
 * jsonc-parser, loaded on first use (JSON bundles only): its UMD start-up costs ~1 ms that a
 * YAML bundle does not need. It ships UMD: Node's ESM loader sees only a default export, the
 * bundler the names.
 */
async function loadJsonc() {
    if (jsonc !== undefined)
        return jsonc;
    const module = await __webpack_require__.e(/* import() */ 547).then(__webpack_require__.t.bind(__webpack_require__, 9547, 23));
    jsonc = module.default ?? module;
    return jsonc;
}

;// CONCATENATED MODULE: ./src/bundle/refused-source.ts
/**
 * A bundle refused before (or instead of) parsing: one syntax problem at `sourceOffset`, no
 * value, and a locator that needs no parse (the text is not worth parsing again).
 */
function refusedSource(format, message, sourceOffset, position) {
    return {
        format,
        value: undefined,
        findings: [
            { rule: 'syntax', severity: 'error', message, path: [], sourceOffset }
        ],
        locator: () => Promise.resolve((f) => position(f.sourceOffset ?? 0))
    };
}

;// CONCATENATED MODULE: ./src/bundle/read-json-source.ts




const JSON_ERRORS = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'a property name in double quotes was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: "':' was expected",
    CommaExpected: "',' was expected",
    CloseBraceExpected: "'}' was expected",
    CloseBracketExpected: "']' was expected",
    EndOfFileExpected: 'unexpected content after the end of the JSON value',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'comments are not allowed in JSON',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in string (control characters must be escaped)'
};
/**
 * JSON: the native JSON.parse for the value (about 20 times faster than a positional parse),
 * one jsonc-parser scan for what JSON.parse hides (duplicate keys, numbers out of range), and
 * jsonc-parser's syntax tree for positions, only when something must be located.
 */
async function readJsonSource(text) {
    const jsonc = await loadJsonc();
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return readBrokenJson(text, jsonc);
    }
    const findings = [];
    try {
        scanJson(text, findings, jsonc);
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        // AppConfig's format is only a few levels deep, so such a file cannot be a bundle; it
        // must not crash the action either.
        return refusedSource('json', 'the bundle is nested too deeply to read (a feature-flag bundle is only a few levels deep)', 0, () => ({ line: 1, col: 1 }));
    }
    return {
        format: 'json',
        value,
        findings,
        locator: () => Promise.resolve(jsonLocator(text, jsonc))
    };
}
/** What JSON.parse hides: duplicate keys (it keeps the last) and numbers out of range. */
function scanJson(text, findings, jsonc) {
    const keys = [];
    jsonc.visit(text, {
        onObjectBegin: () => void keys.push(new Set()),
        onObjectEnd: () => void keys.pop(),
        onObjectProperty: (name, offset) => {
            const seen = keys.at(-1);
            if (seen === undefined)
                return; // a property outside an object: a syntax error
            if (seen.has(name)) {
                findings.push({
                    rule: 'duplicate-key',
                    severity: 'error',
                    message: `duplicate key '${name}' (JSON.parse and AppConfig would silently keep only the last one)`,
                    path: [],
                    sourceOffset: offset
                });
            }
            seen.add(name);
        },
        onLiteralValue: (literal, offset, length) => {
            if (typeof literal === 'number' && !Number.isFinite(literal)) {
                findings.push({
                    rule: 'number-range',
                    severity: 'error',
                    message: `the number ${text.slice(offset, offset + Math.min(length, 40))} is too large to be represented`,
                    path: [],
                    sourceOffset: offset
                });
            }
        }
    }, { disallowComments: true });
}
/** Text JSON.parse refused: every syntax error, with its position. */
function readBrokenJson(text, jsonc) {
    const lines = new LineIndex(text);
    const findings = [];
    const addSyntax = (sourceOffset, message) => {
        findings.push({
            rule: 'syntax',
            severity: 'error',
            message,
            path: [],
            sourceOffset
        });
    };
    const errors = [];
    try {
        jsonc.parseTree(text, errors, {
            disallowComments: true,
            allowTrailingComma: false,
            allowEmptyContent: true
        });
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        addSyntax(0, 'the JSON is nested too deeply to read');
    }
    const reportedAt = new Set();
    for (const error of errors) {
        // jsonc-parser reports some mistakes twice at one offset (e.g. a trailing comma)
        if (reportedAt.has(error.offset))
            continue;
        reportedAt.add(error.offset);
        const name = jsonc.printParseErrorCode(error.error);
        let message = JSON_ERRORS[name] ?? name;
        const next = text[error.offset];
        if (next === "'")
            message += " (JSON strings use double quotes, not ')";
        else if ((next === '}' || next === ']') &&
            /,\s*$/.test(text.slice(Math.max(0, error.offset - 200), error.offset))) {
            message += ' (trailing commas are not allowed in JSON)';
        }
        addSyntax(error.offset, message);
    }
    if (findings.length === 0)
        addSyntax(0, 'the file is not valid JSON');
    return {
        format: 'json',
        value: undefined,
        findings,
        locator: () => Promise.resolve((f) => lines.at(f.sourceOffset ?? 0))
    };
}

;// CONCATENATED MODULE: ./src/bundle/parse-yaml.ts

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
/**
 * Parses YAML with `yaml`, which explains every problem with its position: syntax errors,
 * several documents, tags and values with no JSON meaning, non-string and duplicate keys.
 */
function parseYaml(text, yaml) {
    const { isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit } = yaml;
    const lines = new LineIndex(text);
    const findings = [];
    const addAt = (sourceOffset, rule, message) => {
        findings.push({ rule, severity: 'error', message, path: [], sourceOffset });
    };
    const documents = parseAllDocuments(text, {
        version: '1.2',
        schema: 'core',
        uniqueKeys: false, // duplicates are found below, so validation can go on past them
        prettyErrors: false,
        strict: true
    });
    const list = Array.isArray(documents) ? documents : [];
    const doc = list[0];
    const second = list[1];
    if (second !== undefined) {
        addAt(second.range[0], 'syntax', 'the file holds more than one YAML document; a bundle is one document');
    }
    let failed = list.length > 1;
    // One syntax error cascades: after a tab in the indentation, every later line is "not at
    // the same column". Only the first is reported, and only what stands before it (duplicate
    // keys, tags...), which is independent of it; after it, the structure is a guess.
    const rootCause = doc?.errors.reduce((first, error) => first === undefined || error.pos[0] < first.pos[0] ? error : first, undefined);
    if (rootCause !== undefined) {
        failed = true;
        addAt(rootCause.pos[0], 'syntax', syntaxMessage(rootCause));
    }
    if (doc !== undefined) {
        for (const warning of doc.warnings) {
            if (warning.code === 'TAG_RESOLVE_FAILED')
                continue; // reported below, with the tag's name
            addAt(warning.pos[0], 'yaml', firstLine(warning.message));
        }
        if (doc.contents !== null) {
            const checkNode = (node) => {
                const tag = node.tag;
                if (tag !== undefined && !CORE_TAGS.has(tag)) {
                    failed = true;
                    addAt(tagOffset(text, node.range?.[0] ?? 0), 'yaml-tag', `the YAML tag '${tag.replace('tag:yaml.org,2002:', '!!')}' has no JSON meaning; AppConfig stores JSON, so write a plain string, number, boolean, list or map`);
                }
                if (isScalar(node) &&
                    typeof node.value === 'number' &&
                    !Number.isFinite(node.value)) {
                    failed = true;
                    addAt(node.range?.[0] ?? 0, 'yaml-value', `'${String(node.source)}' (${String(node.value)}) has no JSON meaning`);
                }
            };
            // `yaml` calls the most specific visitor only (Map, Seq or Scalar), so each checks tags.
            visit(doc, {
                Scalar: (_key, node) => checkNode(node),
                Seq: (_key, node) => checkNode(node),
                Map: (_key, map) => {
                    checkNode(map);
                    const seen = new Set();
                    for (const pair of map.items) {
                        const key = isScalar(pair.key)
                            ? pair.key.value
                            : undefined;
                        if (key === undefined)
                            continue;
                        if (seen.has(key)) {
                            findings.push({
                                rule: 'duplicate-key',
                                severity: 'error',
                                message: `duplicate key '${String(key)}' (only the last one would be kept)`,
                                path: [],
                                sourceOffset: pair.key.range[0]
                            });
                        }
                        seen.add(key);
                    }
                },
                Pair: (_key, pair) => {
                    const key = pair.key;
                    if (!isScalar(key) || typeof key.value !== 'string') {
                        failed = true;
                        const shown = isScalar(key)
                            ? String(key.source ?? key.value)
                            : isCollection(key)
                                ? 'a collection'
                                : 'an empty key';
                        addAt(key?.range?.[0] ?? 0, 'yaml-key', `the key ${shown} is not a string; JSON keys are strings (quote it, e.g. "${isScalar(key) ? String(key.source ?? key.value) : 'key'}")`);
                    }
                }
            });
        }
    }
    if (rootCause !== undefined) {
        const before = findings.filter((f) => f === findings[0] || (f.sourceOffset ?? 0) < rootCause.pos[0]);
        findings.length = 0;
        for (const f of before)
            findings.push(f);
    }
    let value;
    if (doc !== undefined && !failed) {
        try {
            value = doc.toJS({ maxAliasCount: 100 });
        }
        catch (error) {
            addAt(0, 'yaml', error instanceof Error ? error.message : String(error));
        }
    }
    /**
     * A map's pairs by key, built the first time the map is searched, so a hundred thousand
     * problems in one map are located in linear time. Later duplicates replace earlier ones,
     * as in the value.
     */
    const pairIndex = new WeakMap();
    const pairsOf = (map) => {
        let pairs = pairIndex.get(map);
        if (pairs === undefined) {
            pairs = new Map();
            for (const pair of map.items)
                if (isPair(pair) && isScalar(pair.key))
                    pairs.set(pair.key.value, pair);
            pairIndex.set(map, pairs);
        }
        return pairs;
    };
    const locate = (path, at = 'value', offset = 0) => {
        let node = doc?.contents;
        let keyNode;
        for (const segment of path) {
            if (isAlias(node) && doc !== undefined)
                node = node.resolve(doc);
            let next;
            if (isMap(node) && typeof segment === 'string') {
                const pair = pairsOf(node).get(segment);
                if (pair !== undefined)
                    next = { key: pair.key, value: pair.value ?? pair.key };
            }
            else if (isSeq(node) && typeof segment === 'number') {
                const item = node.items[segment];
                if (item !== undefined)
                    next = { value: item };
            }
            if (next === undefined) {
                keyNode = undefined;
                break;
            }
            node = next.value;
            keyNode = next.key;
        }
        const start = (n) => n?.range?.[0];
        if (at === 'key' && start(keyNode) !== undefined)
            return lines.at(start(keyNode));
        const base = start(node) ?? 0;
        if (offset > 0 &&
            isScalar(node) &&
            (node.type === 'PLAIN' ||
                node.type === 'QUOTE_SINGLE' ||
                node.type === 'QUOTE_DOUBLE')) {
            const quote = node.type === 'PLAIN' ? 0 : 1;
            const source = text.slice(base + quote, base + quote + offset + 1);
            // Only when no escape or line fold sits before the offset, so the mapping is exact.
            if (!/[\\\n']/.test(source))
                return lines.at(base + quote + offset);
        }
        return lines.at(base);
    };
    return {
        value,
        findings,
        locator: (f) => f.sourceOffset !== undefined
            ? lines.at(f.sourceOffset)
            : locate(f.path, f.at, f.offset)
    };
}
/** Where the tag written before a node starts (`yaml` ranges start at the node's content). */
function tagOffset(text, nodeStart) {
    let at = text.lastIndexOf('!', nodeStart);
    if (at < 0 ||
        /[^\S]|[^!<>\w:.%/#-]/.test(text.slice(at, nodeStart).trimEnd()))
        return nodeStart;
    while (at > 0 && text[at - 1] === '!')
        at--;
    return at;
}
/** The parser's message, or a plainer one for mistakes people make by hand. */
function syntaxMessage(error) {
    if (error.code === 'TAB_AS_INDENT')
        return 'YAML does not allow tabs for indentation; indent with spaces';
    return firstLine(error.message);
}
function firstLine(message) {
    return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}

;// CONCATENATED MODULE: ./src/bundle/yaml-core-schema.ts
let coreSchema;
/**
 * The YAML 1.2 core schema, as `yaml` reads it, for js-yaml: js-yaml's own CORE_SCHEMA also
 * reads `0b11` and `1_000` as numbers, which YAML 1.2 (and `yaml`) read as strings.
 */
function yamlCoreSchema(jsYaml) {
    const scalar = (tag, resolve, construct) => new jsYaml.Type(`tag:yaml.org,2002:${tag}`, {
        kind: 'scalar',
        resolve: (data) => typeof data === 'string' && resolve(data),
        construct: (data) => construct(data)
    });
    coreSchema ??= jsYaml.FAILSAFE_SCHEMA.extend({
        implicit: [
            scalar('null', (d) => /^(?:~|null|Null|NULL)?$/.test(d), () => null),
            scalar('bool', (d) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(d), (d) => /^t/i.test(d)),
            scalar('int', (d) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(d), (d) => d.startsWith('0o')
                ? parseInt(d.slice(2), 8)
                : d.startsWith('0x')
                    ? parseInt(d.slice(2), 16)
                    : parseInt(d, 10)),
            scalar('float', (d) => /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(d), (d) => /inf$/i.test(d)
                ? d.startsWith('-')
                    ? -Infinity
                    : Infinity
                : /nan$/i.test(d)
                    ? NaN
                    : Number(d))
        ]
    });
    return coreSchema;
}

;// CONCATENATED MODULE: ./src/bundle/read-yaml-source.ts



/** A YAML scalar that the core schema would not read as a string (true, 12, null, .inf...). */
const NON_STRING_SCALAR = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/**
 * YAML: js-yaml reads the value, about ten times faster than the positional `yaml` parser and
 * a third of its start-up cost. Anything js-yaml refuses, or might have read differently from
 * what the JSON means (keys that look like numbers or booleans, infinities, alias expansions
 * larger than the text), goes through `yaml`, which explains every problem with its position.
 * `yaml` is also what locates problems, loaded only when there are some.
 */
async function readYamlSource(text) {
    // Directives (%YAML, %TAG) and tags (`!Ref`, `!!binary`) are rare, change how the rest
    // reads, and js-yaml lets some through: leave them to `yaml`, which reports them.
    if (!/^%/m.test(text) && !/(?:^|[\s[{,])!/m.test(text)) {
        const jsYaml = (await __webpack_require__.e(/* import() */ 243).then(__webpack_require__.bind(__webpack_require__, 3243))).default;
        let value;
        try {
            value = jsYaml.load(text, { schema: yamlCoreSchema(jsYaml) });
        }
        catch {
            value = undefined;
        }
        if (value !== undefined && isPlainJson(value, text.length)) {
            return {
                format: 'yaml',
                value,
                findings: [],
                locator: async () => lazyLocator(text, await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)))
            };
        }
    }
    const parsed = parseYaml(text, await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)));
    return {
        format: 'yaml',
        value: parsed.value,
        findings: parsed.findings,
        locator: () => Promise.resolve(parsed.locator)
    };
}
/**
 * True when a js-yaml result means exactly what its JSON would: no doubtful keys or numbers,
 * and no more nodes than the text has characters (aliases can multiply a small text into an
 * exponential tree; `yaml` then reports the alias limit).
 */
function isPlainJson(value, budget) {
    const stack = [value];
    let nodes = 0;
    while (stack.length > 0) {
        if (++nodes > budget)
            return false;
        const node = stack.pop();
        if (typeof node === 'number' && !Number.isFinite(node))
            return false;
        // One push per item: spreading a long list as arguments overflows the stack.
        if (Array.isArray(node))
            for (const item of node)
                stack.push(item);
        else if (typeof node === 'object' && node !== null) {
            for (const [key, child] of Object.entries(node)) {
                if (NON_STRING_SCALAR.test(key))
                    return false;
                stack.push(child);
            }
        }
    }
    return true;
}
/**
 * For what js-yaml read: findings placed by offset (a size limit) need only the line index;
 * the positional parse runs on the first finding placed by path.
 */
function lazyLocator(text, yaml) {
    let lines;
    let located;
    return (f) => {
        if (f.sourceOffset !== undefined)
            return (lines ??= new LineIndex(text)).at(f.sourceOffset);
        located ??= parseYaml(text, yaml).locator;
        return located(f);
    };
}

;// CONCATENATED MODULE: ./src/bundle/read-source.ts





/**
 * Parses bundle text as JSON or YAML, keeping source positions. A text nested deeper than any
 * bundle is refused before a parser sees it: parsers build every level, and their error
 * recovery then reports each one (a megabyte of `[` took 12 s and 1.8 GB to refuse).
 */
async function readSource(text, format) {
    const tooDeep = excessNesting(text, format);
    if (tooDeep !== undefined) {
        const lines = new LineIndex(text);
        return refusedSource(format, `the bundle nests objects and lists more than ${MAX_NESTING_DEPTH} levels deep here; a feature-flag bundle needs about 8, so it was not read further`, tooDeep, (offset) => lines.at(offset));
    }
    return format === 'yaml' ? readYamlSource(text) : readJsonSource(text);
}

;// CONCATENATED MODULE: ./src/bundle/validate-bundle.ts








/** AppConfig's default hosted-configuration size limit: 2,048 KB (appconfig-spec.md §2.4). */
const MAX_BUNDLE_BYTES = 2048 * 1024;
/**
 * How much larger than `maxBytes` the file may be. The limit is AppConfig's, on the compact
 * JSON it receives; the file is larger by its indentation, spacing and comments: the bench's
 * 4 MB pretty-printed JSON bundle is 2.1 MB compact (1.9 times), its YAML twin 1.3 times, and
 * a commented YAML file more. Four times leaves room for all of those while keeping what is
 * read and parsed bounded: 8 MB at the default limit, which the action refuses with a peak RSS
 * under 150 MB (docs/performance.md). A file larger than that is refused before it is read.
 */
const FILE_SIZE_FACTOR = 4;
/** Raised when the bundle cannot be read at all (missing file, wrong extension). */
class BundleReadError extends failure/* ActionError */.l {
    constructor(message) {
        super(message);
        this.name = 'BundleReadError';
    }
    toFailure() {
        return { kind: 'bundle', message: this.message };
    }
}
/** The format a bundle path's extension announces. */
function formatOf(file) {
    const ext = external_node_path_default().extname(file).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    throw new BundleReadError(`The bundle '${file}' has the extension '${ext || '(none)'}'; expected .json, .yaml or .yml.`);
}
/**
 * Reads a bundle file and validates it. A file more than FILE_SIZE_FACTOR times AppConfig's
 * limit is refused before it is read.
 */
async function validateBundleFile(file, options = {}) {
    const format = formatOf(file);
    const maxBytes = options.maxBytes ?? MAX_BUNDLE_BYTES;
    // Synchronous reads: node:fs/promises costs ~2 ms of start-up, and there is nothing to overlap.
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch (error) {
        const code = error.code;
        throw new BundleReadError(code === 'ENOENT'
            ? `The bundle '${file}' does not exist. The path is relative to GITHUB_WORKSPACE; did the job check out the repository?`
            : `The bundle '${file}' cannot be read: ${error.message}`);
    }
    try {
        const stats = (0,external_node_fs_.fstatSync)(fd);
        const size = stats.size;
        if (!stats.isFile()) {
            throw new BundleReadError(`The bundle '${file}' is not a file.`);
        }
        if (size > maxBytes * FILE_SIZE_FACTOR) {
            return failed(format, size, {
                rule: 'size-limit',
                message: `the file is ${(0,src_format/* formatKb */.DU)(size)}, more than ${FILE_SIZE_FACTOR} times AppConfig's hosted configuration limit of ${(0,src_format/* formatKb */.DU)(maxBytes)} (which applies to the compact JSON it receives), so it was not read`
            });
        }
        const bytes = (0,external_node_fs_.readFileSync)(fd);
        return await validateBundleBytes(bytes, format, options);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Validates bundle bytes: encoding, syntax, schema, AppConfig's semantic rules, size. */
async function validateBundleBytes(bytes, format, options = {}) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        return failed(format, bytes.length, {
            rule: 'encoding',
            message: 'the file is not valid UTF-8; save it as UTF-8'
        });
    }
    return validateBundleText(text, format, options, bytes.length);
}
/** Validates bundle text. The emulator uses this with AppConfig's own rules only. */
async function validateBundleText(text, format, options = {}, fileBytes = Buffer.byteLength(text)) {
    // A YAML file of comments only is as empty as a blank one.
    if ((format === 'yaml' ? text.replace(/^\s*#.*$/gm, '') : text).trim() === '') {
        return failed(format, fileBytes, {
            rule: 'empty',
            message: 'the bundle is empty'
        });
    }
    const source = await readSource(text, format);
    const findings = source.findings.slice();
    // push() one at a time: spreading a hundred thousand findings as arguments overflows the stack.
    const add = (more) => {
        for (const finding of more)
            findings.push(finding);
    };
    let value;
    let content;
    let uploadBytes;
    if (source.value !== undefined) {
        if (!isObject(source.value)) {
            findings.push({
                rule: 'root-type',
                severity: 'error',
                message: `the bundle must be an object with "version": "1", "flags" and "values"; this one is ${source.value === null ? 'null' : Array.isArray(source.value) ? 'an array' : `a ${typeof source.value}`}`,
                path: []
            });
        }
        else {
            value = source.value;
            add(checkSchema(value));
            add(checkSemantics(value, semanticOptions(options)));
            if (Object.hasOwn(value, '$schema')) {
                if (options.allowSchemaReference === false) {
                    findings.push({
                        rule: 'unknown-property',
                        severity: 'error',
                        message: "(root): unknown property '$schema'; allowed here: version, flags, values",
                        path: ['$schema'],
                        at: 'key'
                    });
                }
                value = Object.fromEntries(Object.entries(value).filter(([k]) => k !== '$schema'));
            }
            content = JSON.stringify(value);
            const maxBytes = options.maxBytes ?? MAX_BUNDLE_BYTES;
            uploadBytes = Buffer.byteLength(content);
            if (uploadBytes > maxBytes) {
                findings.push({
                    rule: 'size-limit',
                    severity: 'error',
                    message: `as JSON the bundle is ${(0,src_format/* formatKb */.DU)(uploadBytes)}; AppConfig's hosted configuration limit is ${(0,src_format/* formatKb */.DU)(maxBytes)}`,
                    path: [],
                    sourceOffset: 0 // the whole file: line 1, and no positional parse to say so
                });
            }
        }
    }
    const problems = findings.length
        ? locateAll(findings, await source.locator())
        : [];
    let errorCount = 0;
    for (const problem of problems)
        if (problem.severity === 'error')
            errorCount++;
    return {
        format,
        fileBytes,
        uploadBytes,
        problems: capProblems(problems),
        errorCount,
        warningCount: problems.length - errorCount,
        value,
        content: errorCount === 0 ? content : undefined,
        flagCount: value !== undefined && isObject(value.flags)
            ? Object.keys(value.flags).length
            : 0
    };
}
function semanticOptions(options) {
    return {
        flagNamePattern: options.flagNamePattern,
        deprecatedFlags: options.deprecatedFlags ?? 'warn',
        today: options.today ?? new Date().toISOString().slice(0, 10)
    };
}
function locateAll(findings, locate) {
    return findings
        .map((f) => {
        const { line, col } = locate(f);
        return {
            rule: f.rule,
            severity: f.severity,
            message: f.message,
            path: f.path,
            line,
            col
        };
    })
        .sort((a, b) => a.line - b.line || a.col - b.col);
}
function failed(format, fileBytes, problem) {
    return {
        format,
        fileBytes,
        uploadBytes: undefined,
        problems: [{ ...problem, severity: 'error', path: [], line: 1, col: 1 }],
        errorCount: 1,
        warningCount: 0,
        value: undefined,
        content: undefined,
        flagCount: 0
    };
}


/***/ }),

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ formatKb),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZV: () => (/* binding */ formatNumber)
/* harmony export */ });
/**
 * Number formatting without Intl: the first toLocaleString call initialises ICU, which costs
 * about 7 ms of start-up, a fifth of bare Node 24's.
 */
/** 1234567 → "1,234,567"; fractions keep at most `digits` decimals. */
function formatNumber(n, digits = 0) {
    const raw = n.toFixed(digits);
    const fixed = raw.includes('.') ? raw.replace(/\.?0+$/, '') : raw;
    const [whole = '', fraction] = fixed.split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return fraction ? `${grouped}.${fraction}` : grouped;
}
/** "1 flag", "2 flags". */
function plural(n, word) {
    return `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;
}
/** Bytes as kilobytes, AppConfig's unit: 2,097,152 → "2,048 KB". */
function formatKb(bytes) {
    return `${formatNumber(bytes / 1024, 1)} KB`;
}


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ readGitHubContext),
/* harmony export */   MK: () => (/* binding */ fileLineUrl),
/* harmony export */   Vp: () => (/* binding */ runUrl)
/* harmony export */ });
/**
 * The runner exports the context as GITHUB_* variables; reading them directly keeps
 * @actions/github (and Octokit) out of start-up, which validate mode must keep fast.
 */
function readGitHubContext(env = process.env) {
    const value = (name) => env[name] || undefined;
    return {
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        repository: value('GITHUB_REPOSITORY'),
        sha: value('GITHUB_SHA'),
        ref: value('GITHUB_REF'),
        runId: value('GITHUB_RUN_ID'),
        runAttempt: value('GITHUB_RUN_ATTEMPT'),
        actor: value('GITHUB_ACTOR'),
        workflow: value('GITHUB_WORKFLOW'),
        workspace: env.GITHUB_WORKSPACE || process.cwd()
    };
}
/** The URL of the workflow run, when the context has one. */
function runUrl(context) {
    if (context.repository === undefined || context.runId === undefined)
        return undefined;
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}
/** A link to a line of a file in the repository at the run's commit. */
function fileLineUrl(context, file, line) {
    if (context.repository === undefined ||
        context.sha === undefined ||
        file.startsWith('/')) {
        return undefined;
    }
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    return `${context.serverUrl}/${context.repository}/blob/${context.sha}/${encoded}#L${line}`;
}


/***/ }),

/***/ 6404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/appconfig/deployment-states.ts
var deployment_states = __webpack_require__(6317);
// EXTERNAL MODULE: ./src/contract.ts
var contract = __webpack_require__(3665);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/failure.ts
var failure = __webpack_require__(1633);
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/bundle/bundle-report.ts
var bundle_report = __webpack_require__(5709);
// EXTERNAL MODULE: ./src/bundle/validate-bundle.ts + 15 modules
var validate_bundle = __webpack_require__(3548);
;// CONCATENATED MODULE: ./src/content/read-bundle-content.ts


/** The `bundle` file, read and validated (no AWS). */
async function readBundleContent(settings, today) {
    const { bundlePath, bundleDisplayPath } = settings;
    if (bundlePath === undefined || bundleDisplayPath === undefined)
        return {
            failure: {
                kind: 'internal',
                message: 'No bundle to read: the input bundle is empty.'
            }
        };
    const validated = await (0,validate_bundle/* validateBundleFile */.vN)(bundlePath, {
        flagNamePattern: settings.flagNamePattern,
        deprecatedFlags: settings.deprecatedFlags,
        today
    });
    const bundle = (0,bundle_report/* toBundleReport */.o)(validated, bundleDisplayPath);
    if (validated.errorCount > 0 ||
        validated.content === undefined ||
        validated.value === undefined)
        return {
            bundle,
            failure: {
                kind: 'bundle',
                message: `The bundle ${bundleDisplayPath} has ${validated.errorCount} problem${validated.errorCount === 1 ? '' : 's'}; each is annotated at its line.`
            }
        };
    return {
        content: {
            source: 'bundle',
            value: validated.value,
            text: validated.content,
            bundle
        }
    };
}

// EXTERNAL MODULE: ./src/bundle/json-object.ts
var json_object = __webpack_require__(7534);
;// CONCATENATED MODULE: ./src/hygiene/hygiene-flags.ts

/** The content's flags with their `_deprecation.date`, for the stale check and the code search. */
function hygieneFlags(content) {
    const definitions = (0,json_object/* objectAt */.lJ)(content, 'flags');
    return Object.keys(definitions).map((key) => {
        const deprecation = (0,json_object/* own */.ZV)(definitions, key);
        const date = (0,json_object/* isObject */.Gv)(deprecation)
            ? (0,json_object/* own */.ZV)((0,json_object/* objectAt */.lJ)(deprecation, '_deprecation'), 'date')
            : undefined;
        return typeof date === 'string' ? { key, deprecationDate: date } : { key };
    });
}
/** Keys whose `_deprecation.date` has passed (`today` is `YYYY-MM-DD`, UTC; due today is not stale). */
function staleKeys(flags, today) {
    return flags
        .filter((f) => f.deprecationDate !== undefined && f.deprecationDate < today)
        .map((f) => f.key)
        .sort();
}

;// CONCATENATED MODULE: ./src/pipeline.ts



/**
 * Settings → Content → Target → Plan → Rollout, an early return per mode (validate after
 * Content, plan after Plan, revert from Target straight to Rollout). Every outcome, including
 * a refused bundle or an AWS error, is returned as a report, never thrown; the report keeps
 * everything learned and everything written before the run ended.
 */
async function runPipeline(settings, deps) {
    const progress = {
        mode: settings.mode,
        requested: {
            application: settings.application,
            environment: settings.environment,
            profile: settings.configurationProfile,
            bundle: settings.bundleDisplayPath
        }
    };
    try {
        // Content: a bundle is read and validated here, with no AWS; a version or a set-flags
        // patch of what runs after Target; revert deploys no content of its own.
        let content;
        let search;
        if (settings.bundlePath !== undefined && settings.mode !== 'revert') {
            const read = await readBundleContent(settings, deps.today);
            progress.bundle = read.content?.bundle ?? read.bundle;
            if (read.failure !== undefined)
                return { ...progress, result: 'failed', failure: read.failure };
            content = read.content;
            search = await checkHygiene(content, settings, deps, progress);
            if (settings.mode === 'validate')
                return { ...progress, result: 'validated' };
        }
        else if (settings.configurationVersion === undefined &&
            settings.setFlags === undefined &&
            settings.mode !== 'revert')
            return {
                ...progress,
                result: 'failed',
                failure: {
                    kind: 'input',
                    input: 'bundle',
                    message: 'Nothing to deploy: set the input bundle, set-flags or configuration-version.'
                }
            };
        // Target: names → IDs. The AWS SDK is loaded only from here on, so validate starts fast.
        const aws = await __webpack_require__.e(/* import() */ 417).then(__webpack_require__.bind(__webpack_require__, 4798));
        const { resolveTarget } = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(279), __webpack_require__.e(609), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(275)]).then(__webpack_require__.bind(__webpack_require__, 4275));
        const { VersionReader } = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(279), __webpack_require__.e(609), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(864)]).then(__webpack_require__.bind(__webpack_require__, 1864));
        const clients = await (deps.createClients ?? aws.createClients)(aws.resolveRegion(settings.region, deps.env), { env: deps.env, debug: deps.debug });
        // Until the rollout binds its own (cancel + deadline), a cancel cuts any call in flight.
        const { boundClients } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.bind(__webpack_require__, 3752));
        const calls = boundClients(clients, deps.signal);
        const target = await resolveTarget(calls, settings);
        progress.target = target;
        const versions = new VersionReader(calls.appconfig, target.application.id, target.profile.id);
        const record = (rollout) => {
            progress.rollout = rollout;
            deps.track?.(rollout, target);
        };
        // Revert: Target straight to Rollout.
        if (settings.mode === 'revert') {
            const { runRevert } = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(279), __webpack_require__.e(609), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(85), __webpack_require__.e(104), __webpack_require__.e(73), __webpack_require__.e(713), __webpack_require__.e(365)]).then(__webpack_require__.bind(__webpack_require__, 365));
            const outcome = await runRevert({
                clients,
                target,
                versions,
                settings,
                deps,
                record
            });
            return { ...progress, ...outcome };
        }
        // set-flags: the content is what the environment runs, changed by the lines.
        if (settings.setFlags !== undefined) {
            const { runSetFlags } = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(279), __webpack_require__.e(609), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(85), __webpack_require__.e(104), __webpack_require__.e(73), __webpack_require__.e(713), __webpack_require__.e(706)]).then(__webpack_require__.bind(__webpack_require__, 5706));
            const outcome = await runSetFlags({
                clients,
                target,
                versions,
                settings,
                setFlags: settings.setFlags,
                deps,
                record,
                learned: progress
            });
            return { ...progress, ...outcome };
        }
        if (content === undefined) {
            // Content: configuration-version, an existing hosted version validated like a bundle.
            const { readVersionContent } = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(279), __webpack_require__.e(609), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(840)]).then(__webpack_require__.bind(__webpack_require__, 1840));
            const read = await readVersionContent(calls.appconfig, target, versions, settings, deps.today);
            progress.bundle = read.content?.bundle ?? read.bundle;
            if (read.failure !== undefined)
                return { ...progress, result: 'failed', failure: read.failure };
            content = read.content;
            search = await checkHygiene(content, settings, deps, progress);
        }
        // Plan: one reading of the environment, the drift merge, the diff, every guard and the
        // plan-id; the rollout plans again with the same planner before each start.
        const { createPlanner } = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(279), __webpack_require__.e(609), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(85), __webpack_require__.e(104), __webpack_require__.e(73)]).then(__webpack_require__.bind(__webpack_require__, 2073));
        const { refusalOf } = await __webpack_require__.e(/* import() */ 695).then(__webpack_require__.bind(__webpack_require__, 6695));
        const { fixedContent } = await __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 4270));
        const planner = createPlanner({
            target,
            settings,
            choice: fixedContent(content),
            search,
            now: deps.now,
            debug: deps.debug
        });
        const planned = await planner(calls, versions);
        progress.plan = planned.plan;
        deps.planned?.(planned.plan);
        for (const guard of planned.plan.guards)
            // Nothing to deploy: the no-alarms warning would be noise (the summary drops it too).
            if (guard.outcome === 'warn' &&
                !(guard.guard === 'no-alarms' && !planned.plan.changed))
                deps.warn(guard.message);
        const refused = refusalOf(planned.plan);
        if (refused !== undefined)
            return { ...progress, result: 'failed', failure: refused };
        if (settings.mode === 'plan')
            return { ...progress, result: 'planned' };
        // Rollout: version, deployment, watch.
        const { runRollout } = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(279), __webpack_require__.e(609), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(85), __webpack_require__.e(104), __webpack_require__.e(713)]).then(__webpack_require__.bind(__webpack_require__, 2713));
        const outcome = await runRollout({
            clients,
            target,
            versions,
            settings,
            planned,
            plan: planner,
            deps,
            record
        });
        return { ...progress, ...outcome };
    }
    catch (error) {
        // A call the cancel cut short, before anything was written (the rollout reports its own).
        if (deps.signal.aborted && progress.rollout === undefined)
            return {
                ...progress,
                result: 'cancelled',
                failure: {
                    kind: 'cancelled',
                    message: 'The workflow was cancelled before the deployment started; nothing was deployed.'
                }
            };
        return { ...progress, result: 'failed', failure: (0,failure/* toFailure */.w)(error) };
    }
}
/**
 * Hygiene: the content's stale flags, and with `code-references` where the code reads each
 * flag (the search module loads only then). Returns the search, for the removed flags later.
 */
async function checkHygiene(content, settings, deps, progress) {
    const flags = hygieneFlags(content.value);
    progress.staleFlags = staleKeys(flags, deps.today);
    if (settings.codeReferences.length === 0)
        return undefined;
    const { findCodeReferences } = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(675)]).then(__webpack_require__.bind(__webpack_require__, 675));
    const { assessHygiene } = await __webpack_require__.e(/* import() */ 395).then(__webpack_require__.bind(__webpack_require__, 4395));
    const search = (keys) => findCodeReferences({
        root: deps.context.workspace,
        patterns: [...settings.codeReferences],
        keys: [...keys],
        signal: deps.signal
    });
    progress.hygiene = assessHygiene({
        flags,
        today: deps.today,
        refs: await search(flags.map((f) => f.key))
    });
    return search;
}

// EXTERNAL MODULE: ./src/report/render-plan.ts
var render_plan = __webpack_require__(7594);
// EXTERNAL MODULE: ./src/report/console-url.ts
var console_url = __webpack_require__(167);
// EXTERNAL MODULE: ./src/report/report-links.ts
var report_links = __webpack_require__(7026);
;// CONCATENATED MODULE: ./src/report/outputs.ts



/**
 * Every output for a report, derived from it alone; empty values are written too, so later
 * steps can rely on them. `context` gives `plan-markdown` its commit and run links.
 */
function toOutputs(report, context = report_links/* NO_CONTEXT */.SH) {
    const { target, plan, rollout } = report;
    const keys = (kind) => JSON.stringify((plan?.changes ?? []).filter((c) => c.kind === kind).map((c) => c.key));
    return {
        result: report.result,
        state: rollout?.state ?? '',
        'deployment-number': outputs_text(rollout?.deploymentNumber),
        'configuration-version': outputs_text(rollout?.version?.number),
        'version-label': rollout?.version?.label ?? '',
        'application-id': target?.application.id ?? '',
        'environment-id': target?.environment.id ?? '',
        'configuration-profile-id': target?.profile.id ?? '',
        'deployment-strategy-id': target?.strategy.id ?? '',
        changed: plan?.changed === true ? 'true' : 'false',
        'flags-added': keys('added'),
        'flags-removed': keys('removed'),
        'flags-changed': keys('changed'),
        'rollback-reason': rollbackReason(report),
        'triggered-alarms': JSON.stringify(rollout?.triggeredAlarms ?? []),
        'plan-markdown': planMarkdown(report, context),
        'duration-seconds': report.durationSeconds.toFixed(1),
        // Second-round outputs: written (empty) on every path until their stages fill them.
        'plan-id': plan?.planId ?? '',
        'deployment-url': consoleUrl(report),
        drift: JSON.stringify((plan?.drift?.flags ?? []).map((f) => f.key)),
        'stale-flags': JSON.stringify(report.hygiene?.stale.map((s) => s.key) ?? report.staleFlags ?? []),
        'unreferenced-flags': JSON.stringify(report.hygiene?.unreferenced ?? []),
        // Third-round outputs: written on every path; their stages (rule tests, experiments) fill them.
        'flag-test-results': '',
        experiments: target === undefined ? '' : '[]'
    };
}
/** The plan comment; main.ts sets outputs in `finally`, so a renderer bug must not throw. */
function planMarkdown(report, context) {
    try {
        return (0,render_plan/* renderPlanMarkdown */.d$)(report, context);
    }
    catch (error) {
        const said = error instanceof Error ? error.message : String(error);
        return `The plan could not be rendered (${said.replace(/[<>`|\r\n]/g, ' ')}); the job summary and the step log have the details.\n`;
    }
}
/**
 * The console page of the deployment this run started, else of the environment (for a job's
 * `environment.url`); '' before the target was resolved or where there is no public console.
 */
function consoleUrl(report) {
    const target = report.target;
    if (target === undefined)
        return '';
    return ((0,report_links/* deploymentUrl */.PM)(report) ??
        (0,console_url/* environmentConsoleUrl */.uu)(target.region, target.application.id, target.environment.id) ??
        '');
}
function outputs_text(value) {
    return value === undefined ? '' : String(value);
}
/** AppConfig's reason, from the report or else from the event log, when it rolled back. */
function rollbackReason(report) {
    const rollout = report.rollout;
    if (rollout === undefined)
        return '';
    if (rollout.rollbackReason !== undefined)
        return rollout.rollbackReason;
    if (!['ROLLED_BACK', 'REVERTED', 'ROLLING_BACK'].includes(rollout.state ?? ''))
        return '';
    return rollout.cause?.description ?? '';
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/render-summary.ts + 2 modules
var render_summary = __webpack_require__(3428);
// EXTERNAL MODULE: ./src/runner.ts + 19 modules
var src_runner = __webpack_require__(8037);
// EXTERNAL MODULE: ./src/post.ts
var post = __webpack_require__(6661);
// EXTERNAL MODULE: ./src/settings.ts + 5 modules
var src_settings = __webpack_require__(6586);
;// CONCATENATED MODULE: ./src/sleep.ts
/** A sleep that ends early, rejecting, when the signal aborts. */
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted) {
            reject(new Error('aborted'));
            return;
        }
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(new Error('aborted'));
        };
        signal.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/main.ts














/**
 * The action: inputs → settings → pipeline → outputs, annotations and job summary (written on
 * every path) → pass or fail, decided once. The only module that talks to the runner.
 */
async function run(options = {}) {
    // Every annotation goes through the cap, so none GitHub would hide is emitted.
    const runner = (0,src_runner/* capAnnotations */.XO)(options.runner ?? src_runner/* processRunner */.qc);
    // First thing: a post step that finds this knows it is the post step (src/index.ts).
    runner.saveState(post/* STATE */.c4.isPost, 'true');
    // Masked before anything can log it (a debug line, an error quoting inputs).
    const token = runner.getInput('github-token');
    if (token !== '')
        runner.setSecret(token);
    const now = options.now ?? Date.now;
    const context = (0,github_context/* readGitHubContext */.L7)(options.env ?? process.env);
    const started = now();
    const cancel = options.signal === undefined ? cancelOnSignals(runner) : undefined;
    const env = options.env ?? process.env;
    let settings;
    // The deployment the post step would stop; '' when there is none (src/post.ts).
    let saved = '';
    const save = (value) => {
        if (value === saved)
            return;
        saved = value;
        runner.saveState(post/* STATE */.c4.deployment, value);
    };
    let loggedPlan;
    let partial = {
        result: 'failed',
        mode: undefined,
        failure: {
            kind: 'internal',
            message: 'The action ended before it started.'
        }
    };
    // pr-comment: only known once the inputs parse; plan and validate modes comment.
    let comment = false;
    try {
        settings = (0,src_settings/* parseSettings */.P$)((name) => runner.getInput(name), context.workspace);
        partial = { ...partial, mode: settings.mode };
        comment =
            settings.prComment &&
                (settings.mode === 'plan' || settings.mode === 'validate');
        for (const line of (0,src_settings/* describeSettings */.TR)(settings))
            runner.debug(line);
        partial = await (options.pipeline ?? runPipeline)(settings, {
            today: new Date(now()).toISOString().slice(0, 10),
            env,
            context,
            now,
            sleep: options.sleep ?? abortableSleep,
            log: (line) => runner.info(line),
            warn: (line) => runner.warning(line),
            signal: options.signal ?? cancel.signal,
            createClients: options.createClients,
            debug: runner.isDebug() ? (line) => runner.debug(line) : undefined,
            // The plan and the guards' verdicts in the log as soon as they are decided, not after
            // an hour-long rollout.
            planned: (plan) => {
                logPlan(runner, plan);
                loggedPlan = plan;
            },
            // Saved as soon as a deployment starts, so a kill before the end still leaves it.
            track: (rollout, target) => save((0,post/* deploymentState */.DY)(rollout, target, env))
        });
    }
    catch (error) {
        partial = {
            ...partial,
            // Invalid inputs still leave a mode in force when `mode` itself was valid.
            mode: error instanceof src_settings/* InputErrors */.G ? error.mode : partial.mode,
            result: 'failed',
            failure: (0,failure/* toFailure */.w)(error)
        };
    }
    finally {
        cancel?.dispose();
        const report = {
            ...partial,
            durationSeconds: (now() - started) / 1000
        };
        if (!leftForPostStep(report, settings))
            save('');
        logDetails(runner, report, loggedPlan);
        publish(runner, report, context);
        const commented = comment
            ? await postComment(runner, report, context, token, options.env)
            : '';
        await writeSummary(runner, (0,render_summary/* renderSummary */.Br)(report, context) + commented);
        if ((0,report_report/* isSuccess */.o)(report)) {
            const line = resultLine(report);
            if (line !== undefined)
                runner.info(line);
        }
        else {
            runner.setFailed(report.failure?.message ?? `The rollout ended as ${report.result}.`);
        }
    }
}
/**
 * The pull-request comment (pr-comment: true), posted before the summary so the summary can
 * link it. A comment that cannot be posted is a notice or a warning, never the step's failure.
 */
async function postComment(runner, report, context, token, env = process.env) {
    const { publishComment } = await __webpack_require__.e(/* import() */ 437).then(__webpack_require__.bind(__webpack_require__, 6437));
    const outcome = await publishComment(report, {
        token,
        env,
        context,
        log: (line) => runner.debug(line)
    });
    switch (outcome.status) {
        case 'created':
        case 'updated':
            runner.info(`Plan comment ${outcome.status} on the pull request: ${outcome.url ?? ''}`);
            return `\n<sub>💬 The plan comment was ${outcome.status} on the pull request${outcome.url ? `: ${outcome.url}` : ''}.</sub>\n`;
        case 'skipped':
        case 'forbidden':
            runner.notice(outcome.notice ?? `pr-comment: ${outcome.status}.`);
            return `\n<sub>💬 No pull-request comment: ${(0,markdown/* escapeMarkdown */.FV)(outcome.notice ?? outcome.status)}</sub>\n`;
        case 'failed':
            runner.warning(outcome.notice ?? 'The pull-request comment failed.');
            return `\n<sub>💬 The pull-request comment failed: ${(0,markdown/* escapeMarkdown */.FV)(outcome.notice ?? 'unknown error')}</sub>\n`;
    }
}
/**
 * Whether the post step should still stop the deployment once this step ends: only when this
 * step meant to stop it (on-cancel / on-timeout: stop) and the stop did not happen. Otherwise
 * the deployment ended, or was left running on purpose (wait-until started/baking, on-cancel
 * or on-timeout: leave, a failed watch whose message says it was left running).
 */
function leftForPostStep(report, settings) {
    const rollout = report.rollout;
    if (rollout?.deploymentNumber === undefined || rollout.stopped === true)
        return false;
    if ((0,deployment_states/* isTerminal */.Hd)(rollout.state))
        return false;
    return ((report.result === 'cancelled' && settings?.onCancel === 'stop') ||
        (report.result === 'timed-out' && settings?.onTimeout === 'stop'));
}
/**
 * SIGINT/SIGTERM (the runner cancelling the job) abort the pipeline instead of killing the
 * process, so the deployment can be stopped and the outputs and summary still written. The
 * runner sends SIGTERM 7.5 s after SIGINT and kills 2.5 s later.
 */
function cancelOnSignals(runner) {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (!controller.signal.aborted)
            runner.info(`Received ${name}: the workflow is being cancelled.`);
        controller.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose() {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        }
    };
}
/**
 * Outputs (all of them, on every path) and one annotation per bundle problem, as many as
 * GitHub shows: past the cap, one notice says how many more the summary lists.
 */
function publish(runner, report, context) {
    try {
        const outputs = toOutputs(report, context);
        for (const name of contract/* OUTPUTS */.py)
            runner.setOutput(name, outputs[name]);
    }
    catch (error) {
        runner.warning(`Could not write the step outputs: ${errorText(error)}`);
    }
    const bundle = report.bundle;
    if (bundle === undefined)
        return;
    const hiddenBefore = runner.hidden();
    for (const problem of bundle.problems) {
        // The title carries the rule id, so the message does not repeat it.
        const properties = {
            title: `AppConfig bundle: ${problem.rule}`,
            file: bundle.displayPath,
            startLine: problem.line,
            startColumn: problem.col
        };
        if (problem.severity === 'error')
            runner.error(problem.message, properties);
        else
            runner.warning(problem.message, properties);
    }
    const hidden = runner.hidden() - hiddenBefore;
    if (hidden > 0) {
        runner.notice(`${(0,format/* plural */.LS)(hidden, 'more bundle problem')} than GitHub shows as annotations (at most 10 errors and 10 warnings per step): the job summary lists them with links to their lines, and the step log's validation group lists them all.`);
    }
}
/** Log groups for the long parts (the bundle's problems, the plan), folded in the log. */
function logDetails(runner, report, logged) {
    const bundle = report.bundle;
    if (bundle !== undefined && bundle.problems.length > 0) {
        runner.startGroup(`Validation of ${bundle.displayPath}: ${(0,format/* plural */.LS)(bundle.errorCount, 'error')}, ${(0,format/* plural */.LS)(bundle.warningCount, 'warning')}`);
        for (const p of bundle.problems) {
            runner.info(`${bundle.displayPath}:${p.line}:${p.col} ${p.severity} ${p.rule}: ${p.message}`);
        }
        runner.endGroup();
    }
    // The plan as it ended: logged here unless it was logged when decided and stayed the same.
    if (report.plan !== undefined && report.plan !== logged)
        logPlan(runner, report.plan);
}
/** The plan group: each change, the drift, each guard's verdict (logged when it is decided). */
function logPlan(runner, plan) {
    {
        runner.startGroup(`Plan: ${(0,format/* plural */.LS)(plan.changes.length, 'flag change')}, ${(0,format/* plural */.LS)(plan.unchangedCount, 'flag')} unchanged`);
        for (const change of plan.changes) {
            const mark = { added: '+', removed: '-', changed: '~' }[change.kind];
            runner.info(`${mark} ${change.key}`);
            for (const d of change.details) {
                runner.info(`    ${d.what}: ${d.before ?? '(not set)'} → ${d.after ?? '(not set)'}`);
            }
        }
        for (const flag of plan.drift?.flags ?? [])
            runner.info(`drift ${flag.key}: ${flag.kind}, ${flag.outcome}`);
        for (const guard of plan.guards) {
            runner.info(`guard ${guard.guard}: ${guard.outcome}: ${guard.message}`);
        }
        runner.endGroup();
    }
}
/** The one line a successful `validate` or `plan` ends its log with. */
function resultLine(report) {
    const bundle = report.bundle;
    if (report.result === 'validated' && bundle !== undefined) {
        return `Validated bundle ${bundle.displayPath}: ${(0,format/* plural */.LS)(bundle.flagCount, 'flag')}, ${(0,format/* plural */.LS)(bundle.errorCount, 'error')}, ${(0,format/* plural */.LS)(bundle.warningCount, 'warning')}.`;
    }
    const plan = report.plan;
    if (report.result === 'planned' && plan !== undefined) {
        const count = (kind) => plan.changes.filter((c) => c.kind === kind).length;
        const where = report.target === undefined
            ? ''
            : ` ${report.target.profile.name} in ${report.target.environment.name}`;
        const changes = plan.changed
            ? `${(0,format/* plural */.LS)(plan.changes.length, 'flag change')} (${count('added')} added, ${count('removed')} removed, ${count('changed')} changed)`
            : 'no change';
        return `Planned${where}: ${changes}, ${(0,format/* plural */.LS)(plan.unchangedCount, 'flag')} unchanged.`;
    }
    return undefined;
}
async function writeSummary(runner, markdown) {
    try {
        await runner.appendSummary(markdown);
    }
    catch (error) {
        // A summary that cannot be written must not hide the real outcome.
        runner.warning(`Could not write the job summary: ${errorText(error)}`);
    }
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DY: () => (/* binding */ deploymentState),
/* harmony export */   c4: () => (/* binding */ STATE),
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* unused harmony export parseSavedDeployment */
/* harmony import */ var _appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6317);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8037);


/**
 * The `post:` step: a stop that survives the kill. The runner cancels a job with SIGINT,
 * SIGTERM 7.5 s later and a kill 2.5 s after that; a StopDeployment still in flight then dies
 * with the process. So the main step saves which deployment it started (main.ts, through the
 * pipeline's `track`), clears it when the deployment ends or is left running on purpose, and
 * this step, which the runner starts after the job's steps (`post-if: always()`), stops a
 * deployment that is still in progress. It never fails the job: a problem is a warning.
 */
/** The state the main step saves; `isPost` is how the shared entry knows which step it runs. */
const STATE = { isPost: 'isPost', deployment: 'deployment' };
/**
 * What the main step should save for this rollout: the deployment while it is in progress,
 * '' (cleared) once it is terminal or was never started.
 */
function deploymentState(rollout, target, env) {
    if (rollout.deploymentNumber === undefined || (0,_appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__/* .isTerminal */ .Hd)(rollout.state))
        return '';
    const endpoint = env.AWS_ENDPOINT_URL_APPCONFIG || env.AWS_ENDPOINT_URL;
    const saved = {
        applicationId: target.application.id,
        environmentId: target.environment.id,
        deploymentNumber: rollout.deploymentNumber,
        region: target.region,
        ...(endpoint ? { endpoint } : {})
    };
    return JSON.stringify(saved);
}
/** The saved deployment, or undefined when there is none (or it cannot be read). */
function parseSavedDeployment(text) {
    if (text.trim() === '')
        return undefined;
    try {
        const value = JSON.parse(text);
        if (typeof value.applicationId === 'string' &&
            typeof value.environmentId === 'string' &&
            typeof value.deploymentNumber === 'number' &&
            typeof value.region === 'string')
            return value;
    }
    catch {
        // Falls through: a state this version did not write.
    }
    return undefined;
}
/** The post step's bound and its per-request timeout: short, since the job is ending. */
const DEADLINE_MS = 30_000;
const REQUEST_TIMEOUT_MS = 10_000;
/** Stops the deployment the main step left in progress, and says what it did. */
async function runPost(options = {}) {
    const runner = options.runner ?? _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .processRunner */ .qc;
    const saved = parseSavedDeployment(runner.getState(STATE.deployment));
    if (saved === undefined) {
        runner.debug('No deployment left in progress by the main step.');
        return;
    }
    const name = `deployment ${saved.deploymentNumber} (application ${saved.applicationId}, environment ${saved.environmentId}, ${saved.region})`;
    const signal = AbortSignal.timeout(options.deadlineMs ?? DEADLINE_MS);
    try {
        const [aws, sdk, { describeAwsError }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(586), __webpack_require__.e(798)]).then(__webpack_require__.bind(__webpack_require__, 4798)),
            Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(279), __webpack_require__.e(609), __webpack_require__.e(861), __webpack_require__.e(296)]).then(__webpack_require__.t.bind(__webpack_require__, 5296, 19)),
            Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(609), __webpack_require__.e(931)]).then(__webpack_require__.bind(__webpack_require__, 4931))
        ]);
        const clients = await (options.createClients ?? aws.createClients)(saved.region, {
            env: options.env ?? process.env,
            appconfigEndpoint: saved.endpoint,
            timeouts: { requestMs: REQUEST_TIMEOUT_MS }
        });
        const scope = {
            ApplicationId: saved.applicationId,
            EnvironmentId: saved.environmentId,
            DeploymentNumber: saved.deploymentNumber
        };
        const call = async (step, api, send) => {
            try {
                return await send();
            }
            catch (error) {
                throw describeAwsError(error, step, api);
            }
        };
        const current = await call(`Reading ${name}`, 'appconfig:GetDeployment', () => clients.appconfig.send(new sdk.GetDeploymentCommand(scope), {
            abortSignal: signal
        }));
        const state = current.State;
        // ROLLING_BACK is on its way back already: nothing for a stop to add.
        if (!(0,_appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__/* .isInProgress */ .LT)(state) || state === 'ROLLING_BACK') {
            runner.info(`Post step: ${name} is ${state ?? 'in an unknown state'}; nothing to stop.`);
            return;
        }
        const stopped = await call(`Stopping ${name}`, 'appconfig:StopDeployment', () => clients.appconfig.send(new sdk.StopDeploymentCommand(scope), {
            abortSignal: signal
        }));
        const at = current.PercentageComplete === undefined
            ? ''
            : ` at ${Number(current.PercentageComplete.toFixed(2))}%`;
        runner.notice(`Post step: stopped ${name}, which was still ${state}${at} after the main step ended (the run was cancelled or killed before its own stop finished); AppConfig rolls it back (now ${stopped.State ?? 'ROLLING_BACK'}).`);
    }
    catch (error) {
        runner.warning(`Post step: could not stop ${name}: ${error instanceof Error ? error.message : String(error)} Check it in the AppConfig console; stop it there or with aws appconfig stop-deployment if it is still running.`);
    }
}


/***/ }),

/***/ 167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yn: () => (/* binding */ deploymentConsoleUrl),
/* harmony export */   iw: () => (/* binding */ alarmConsoleUrl),
/* harmony export */   uu: () => (/* binding */ environmentConsoleUrl)
/* harmony export */ });
/* unused harmony export consoleOrigin */
/* harmony import */ var _alarms_parse_alarm_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87);


/**
 * Links into the AWS console, partition aware: China regions live on console.amazonaws.cn,
 * GovCloud on console.amazonaws-us-gov.com; the isolated partitions have no public console.
 */
/** The console origin for a region, or undefined where there is no public console. */
function consoleOrigin(region) {
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))
        return undefined;
    if (region.startsWith('cn-'))
        return `https://${region}.console.amazonaws.cn`;
    if (region.startsWith('us-gov-'))
        return 'https://console.amazonaws-us-gov.com';
    if (/^[a-z]{2}-iso/.test(region))
        return undefined;
    return `https://${region}.console.aws.amazon.com`;
}
/** The AppConfig console page of an environment (its deployments, its monitors). */
function environmentConsoleUrl(region, applicationId, environmentId) {
    return appconfigConsoleUrl(region, applicationId, environmentId, []);
}
/** The AppConfig console page of one deployment. */
function deploymentConsoleUrl(region, applicationId, environmentId, deploymentNumber) {
    return appconfigConsoleUrl(region, applicationId, environmentId, [
        'deployments',
        String(deploymentNumber)
    ]);
}
/** A page under an environment of the AppConfig console, in the region's partition. */
function appconfigConsoleUrl(region, applicationId, environmentId, below) {
    const origin = consoleOrigin(region);
    if (origin === undefined)
        return undefined;
    const path = [
        'systems-manager/appconfig/applications',
        segment(applicationId),
        'environments',
        segment(environmentId),
        ...below
    ].join('/');
    return `${origin}/${path}?region=${region}`;
}
/** The CloudWatch console page of an alarm, from its ARN. */
function alarmConsoleUrl(arn) {
    const parsed = (0,_alarms_parse_alarm_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAlarmArn */ .S)(arn);
    if (parsed === undefined)
        return undefined;
    const origin = consoleOrigin(parsed.region);
    if (origin === undefined)
        return undefined;
    return `${origin}/cloudwatch/home?region=${parsed.region}#alarmsV2:alarm/${segment(parsed.name)}`;
}
/** encodeURIComponent, plus the characters it leaves that end a markdown link. */
function segment(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}


/***/ }),

/***/ 877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ cutToLimit),
/* harmony export */   z: () => (/* binding */ fitRows)
/* harmony export */ });
/**
 * Keeping markdown under a size limit by degrading, the way dorny/test-reporter does: first
 * show fewer rows of the one table that can grow without bound (the flag diff), and only if
 * that is not enough, cut the text at a line and say so.
 */
/**
 * Renders with all `total` rows if that fits, else with the most rows that fit (found by
 * bisection; `render` must grow with its argument), else cuts the zero-row rendering.
 */
function fitRows(total, render, limit, measure) {
    const full = render(total);
    if (measure(full) <= limit)
        return full;
    let low = 0;
    let high = total - 1;
    const fits = (shown) => measure(render(shown)) <= limit;
    if (!fits(0))
        return cutToLimit(render(0), limit, measure);
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(middle))
            low = middle;
        else
            high = middle - 1;
    }
    return render(low);
}
/**
 * The last resort: whole lines up to the limit, open `<details>` and code fences closed,
 * and a visible note that the rest was cut.
 */
function cutToLimit(text, limit, measure) {
    if (measure(text) <= limit)
        return text;
    const lines = text.split('\n');
    const keep = (kept) => {
        const head = lines.slice(0, kept);
        const cut = lines.length - kept;
        return [
            ...head,
            closers(head),
            '',
            `**The rest of this report (${cut} lines) was cut to stay under GitHub's size limit; the step log and the outputs have the details.**\n`
        ].join('\n');
    };
    if (measure(keep(0)) > limit)
        return '';
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (measure(keep(middle)) <= limit)
            low = middle;
        else
            high = middle - 1;
    }
    return keep(low);
}
function closers(lines) {
    let fence;
    let open = 0;
    for (const line of lines) {
        const marker = /^(`{3,})/.exec(line)?.[1];
        if (marker !== undefined) {
            if (fence === undefined)
                fence = marker;
            else if (line.trim() === fence)
                fence = undefined;
            continue;
        }
        if (fence !== undefined)
            continue;
        open += (line.match(/<details[\s>]/g) ?? []).length;
        open -= (line.match(/<\/details>/g) ?? []).length;
    }
    const parts = [];
    if (fence !== undefined)
        parts.push(fence);
    for (let i = 0; i < open; i++)
        parts.push('\n</details>');
    return parts.join('\n');
}


/***/ }),

/***/ 5964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ formatTimestamp),
/* harmony export */   O1: () => (/* binding */ secondsBetween),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   dp: () => (/* binding */ formatMinutes),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6264);

/**
 * Seconds as a person reads an elapsed time: "0.4s", "45s", "2m 10s", "1h 5m", "2d 3h".
 * No Intl (see src/format.ts); the largest two units are enough at a glance.
 */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return '?';
    if (seconds < 9.95)
        return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(seconds, 1)}s`;
    const total = Math.round(seconds);
    const units = [
        [Math.floor(total / 86_400), 'd'],
        [Math.floor(total / 3_600) % 24, 'h'],
        [Math.floor(total / 60) % 60, 'm'],
        [total % 60, 's']
    ];
    const first = units.findIndex(([value]) => value > 0);
    return units
        .slice(first, first + 2)
        .filter(([value]) => value > 0)
        .map(([value, unit]) => `${value}${unit}`)
        .join(' ');
}
/** Minutes of a strategy (duration, bake) as a duration: 1 → "1m", 0.5 → "30s". */
function formatMinutes(minutes) {
    return minutes === 0 ? '0m' : formatDuration(minutes * 60);
}
/** A percentage of clients: 50 → "50%", 12.5 → "12.5%", 33.333 → "33.33%". */
function formatPercent(percentage) {
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(percentage, 2)}%`;
}
/** Seconds between two ISO timestamps; undefined when either is missing or unreadable. */
function secondsBetween(from, to) {
    if (from === undefined || to === undefined)
        return undefined;
    const ms = Date.parse(to) - Date.parse(from);
    return Number.isNaN(ms) ? undefined : ms / 1000;
}
/** `2025-11-20T10:00:33.000Z` → `2025-11-20 10:00:33 UTC`; other text is returned as is. */
function formatTimestamp(iso) {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(iso);
    return match === null ? iso : `${match[1]} ${match[2]} UTC`;
}


/***/ }),

/***/ 7776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ alarmName),
/* harmony export */   u: () => (/* binding */ knownAlarms)
/* harmony export */ });
/* harmony import */ var _alarms_parse_alarm_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87);

/** The alarms the report knows of: the rollout's last snapshot, else the plan's. */
function knownAlarms(report) {
    const fromRollout = report.rollout?.alarms ?? [];
    return fromRollout.length > 0 ? fromRollout : (report.plan?.alarms ?? []);
}
/** The display name of an alarm: from the snapshot, else from its ARN. */
function alarmName(arn, alarms) {
    return (alarms.find((alarm) => alarm.arn === arn)?.name ??
        (0,_alarms_parse_alarm_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAlarmArn */ .S)(arn)?.name ??
        arn);
}


/***/ }),

/***/ 5356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ TEXT_MAX_CHARS),
/* harmony export */   Pz: () => (/* binding */ VALUE_MAX_CHARS),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   dq: () => (/* binding */ COMMENT_MAX_CHARS),
/* harmony export */   eR: () => (/* binding */ SUMMARY_MAX_BYTES),
/* harmony export */   oW: () => (/* binding */ FOLD_ROWS),
/* harmony export */   t$: () => (/* binding */ MAX_PROBLEM_ROWS)
/* harmony export */ });
/**
 * Size limits the rendered markdown must respect, and the thresholds at which it folds.
 */
/** GitHub's limit for one step's job summary: 1 MiB, counted in bytes (UTF-8). */
const SUMMARY_MAX_BYTES = 1_048_576;
/** GitHub's limit for an issue or pull-request comment body, in characters. */
const COMMENT_MAX_CHARS = 65_536;
/** Tables with more rows than this are folded in `<details>`. */
const FOLD_ROWS = 20;
/** A flag value longer than this is cut in tables (the outputs keep every key). */
const VALUE_MAX_CHARS = 100;
/** Free text from AWS or the user (alarm reasons, event descriptions) is cut at this length. */
const TEXT_MAX_CHARS = 500;
/** How many validation problems the summary lists before it counts the rest. */
const MAX_PROBLEM_ROWS = 100;
/** The size of a text as GitHub counts it for the job summary. */
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   PP: () => (/* binding */ tableHead),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   hC: () => (/* binding */ escapeMessage),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/**
 * Escapes user-supplied text (flag names, values, messages) for a markdown table cell or
 * paragraph: HTML is neutralised, markdown syntax (GitHub's `$` math included) is shown
 * literally, and line breaks cannot end a table row.
 */
function escapeMarkdown(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~$])/g, '\\$1')
        .replace(/\r?\n|\r/g, ' ');
}
/**
 * Escapes a message of our own that marks names with backticks (`allow-flag-removal`,
 * `_deprecation`) and may quote user text: each backticked part becomes inline code, the
 * rest is escaped. Safe for any input, since every character ends up in one or the other.
 */
function escapeMessage(text) {
    let out = '';
    let last = 0;
    // The group is not optional, so every match has it.
    for (const match of text.matchAll(/`([^`\r\n]+)`/g)) {
        out += escapeMarkdown(text.slice(last, match.index)) + code(match[1]);
        last = match.index + match[0].length;
    }
    return out + escapeMarkdown(text.slice(last));
}
/** Inline code that survives backticks and pipes in its content. */
function code(text) {
    const clean = text.replace(/\r?\n|\r/g, ' ');
    if (clean.trim() === '')
        return clean === '' ? '` `' : `\`${clean}\``;
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // CommonMark strips one space from each end when both are there: pad to keep them.
    const pad = clean.startsWith('`') ||
        clean.endsWith('`') ||
        (clean.startsWith(' ') && clean.endsWith(' '))
        ? ' '
        : '';
    return `${fence}${pad}${clean.replace(/\|/g, '\\|')}${pad}${fence}`;
}
/** A fenced code block whose fence is longer than any backtick run in the content. */
function codeBlock(text, language = '') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text}\n${fence}`;
}
/**
 * A link whose destination cannot end early or run script: only http(s) URLs are linked, and
 * the characters that close a markdown link destination are percent-encoded.
 */
function link(text, url) {
    if (url === undefined || !/^https?:\/\//.test(url))
        return text;
    const safe = url.replace(/[()<>\s"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${text}](${safe})`;
}
/** A markdown table from a header row and body rows (cells already escaped). */
function table(header, rows) {
    return [tableHead(header), ...rows.map(tableRow)].join('\n');
}
/** The header and delimiter lines of a table, for callers that add rows themselves. */
function tableHead(header) {
    return `${tableRow(header)}\n${tableRow(header.map(() => '---'))}`;
}
/** One table row (cells already escaped). */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/**
 * A folded block. The summary line is ours, never user text: GitHub does not render markdown
 * inside `<summary>`, so it could not be escaped the usual way.
 */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Shortens text to `max` characters, marking the cut with `…`. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, Math.max(0, max - 1))}…`;
}


/***/ }),

/***/ 3283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ renderAlarms),
/* harmony export */   k: () => (/* binding */ renderNoAlarmsWarning)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6264);
/* harmony import */ var _console_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87);
/* harmony import */ var _console_url_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(167);
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5964);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5356);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _alarms_alarm_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3495);
/* harmony import */ var _known_alarms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7776);







const STATE_ORDER = [
    'ALARM',
    'INSUFFICIENT_DATA',
    'UNKNOWN',
    'OK'
];
const STATE_ICON = {
    ALARM: '🔴',
    INSUFFICIENT_DATA: '🟠',
    UNKNOWN: '⚪',
    OK: '🟢'
};
/**
 * The visible warning for an environment without alarm monitors: nothing can roll the
 * deployment back automatically. Empty when the environment has monitors.
 */
function renderNoAlarmsWarning(report) {
    const target = report.target;
    if (target === undefined || target.monitors.length > 0)
        return '';
    const environment = `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(target.environment.name)}**`;
    return [
        `> ⚠️ **No alarms watched.** ${environment} has no CloudWatch alarm monitors, so AppConfig cannot roll a bad deployment back by itself.`,
        "> Add alarms to the environment's monitors; `require-alarms: true` refuses to deploy without them."
    ].join('\n');
}
/**
 * The alarms the environment monitors with their last state, firing ones first, with the
 * reason CloudWatch gives; those that fired during the rollout are marked. `compact` gives
 * one line instead of a table when every alarm is OK and none fired.
 */
function renderAlarms(report, compact = false) {
    const target = report.target;
    if (target === undefined || target.monitors.length === 0)
        return '';
    const fired = new Set(report.rollout?.triggeredAlarms ?? []);
    const seen = (0,_known_alarms_js__WEBPACK_IMPORTED_MODULE_1__/* .knownAlarms */ .u)(report);
    const alarms = [...seen];
    // A monitor DescribeAlarms was never asked about (the run ended first) or an alarm that
    // fired but is gone from the last snapshot still belongs in the table.
    for (const arn of [...target.monitors, ...fired]) {
        if (!alarms.some((a) => a.arn === arn))
            alarms.push({
                arn,
                name: (0,_console_url_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAlarmArn */ .S)(arn)?.name ?? arn,
                state: 'UNKNOWN'
            });
    }
    const rank = (a) => (fired.has(a.arn) ? 0 : 10) + STATE_ORDER.indexOf(a.state);
    alarms.sort((a, b) => rank(a) !== rank(b)
        ? rank(a) - rank(b)
        : a.name < b.name
            ? -1
            : a.name > b.name
                ? 1
                : 0);
    // The one rule (src/alarms/alarm.ts): a muted alarm in ALARM is shown, not counted as firing.
    const firing = alarms.filter(_alarms_alarm_js__WEBPACK_IMPORTED_MODULE_3__/* .isFiring */ .G).length;
    if (compact && alarms.every((a) => a.state === 'OK' && !fired.has(a.arn)))
        return `**Alarms:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(alarms.length, 'alarm')} watched, all OK: ${alarms.map((a) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(a.name), (0,_console_url_js__WEBPACK_IMPORTED_MODULE_5__/* .alarmConsoleUrl */ .iw)(a.arn))).join(', ')}.`;
    const heading = firing > 0
        ? `#### Alarms: ${firing} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(alarms.length, 'alarm')} firing`
        : `#### Alarms: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(alarms.length, 'alarm')} watched, none firing`;
    const rows = alarms.map((alarm) => {
        const marks = [`${STATE_ICON[alarm.state]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(alarm.state)}`];
        if (fired.has(alarm.arn))
            marks.push('fired during the rollout');
        if (alarm.actionsEnabled === false)
            marks.push('actions disabled: AppConfig ignores it');
        const name = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(alarm.name), (0,_console_url_js__WEBPACK_IMPORTED_MODULE_5__/* .alarmConsoleUrl */ .iw)(alarm.arn));
        const kind = alarm.type === 'composite' ? ' (composite)' : '';
        return [
            marks.join('<br>'),
            `${name}${kind}`,
            reason(alarm, seen.length === 0),
            alarm.updatedAt === undefined
                ? ''
                : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_format_duration_js__WEBPACK_IMPORTED_MODULE_6__/* .formatTimestamp */ .Ey)(alarm.updatedAt))
        ];
    });
    return [heading, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['state', 'alarm', 'reason', 'since'], rows)].join('\n\n');
}
function reason(alarm, neverRead) {
    // An OK alarm's reason ("… was not greater than the threshold") is noise next to the others.
    if (alarm.state === 'OK')
        return '';
    if (alarm.reason !== undefined && alarm.reason !== '')
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(alarm.reason, _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .TEXT_MAX_CHARS */ .JG));
    if (alarm.state !== 'UNKNOWN')
        return '';
    return neverRead
        ? 'Not read: the run ended before the alarms were described.'
        : 'DescribeAlarms did not return it: it was deleted, is in another account or region, or this role cannot read it.';
}


/***/ }),

/***/ 9400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O1: () => (/* binding */ renderChanges),
/* harmony export */   Yz: () => (/* binding */ renderChangeRows)
/* harmony export */ });
/* unused harmony exports sortChanges, summariseChanges */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6264);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5356);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);



/** At most this many differences are listed inside one flag's row. */
const MAX_DETAILS_PER_FLAG = 10;
/** Riskiest first: a reviewer reads removals and switches before additions. */
const ORDER = ['removed', 'on', 'off', 'changed', 'added'];
const LABEL = {
    removed: '➖ removed',
    on: '🟢 turned on',
    off: '⚫ turned off',
    changed: '✏️ changed',
    added: '➕ added'
};
const COUNT_WORD = {
    removed: 'removed',
    on: 'turned on',
    off: 'turned off',
    changed: 'changed',
    added: 'added'
};
function categorise(change) {
    if (change.kind !== 'changed')
        return change.kind;
    if (change.toggled === 'enabled')
        return 'on';
    if (change.toggled === 'disabled')
        return 'off';
    return 'changed';
}
/** The plan's changes, riskiest first, by key within each kind. */
function sortChanges(changes) {
    const rank = (c) => ORDER.indexOf(categorise(c));
    return [...changes].sort((a, b) => rank(a) !== rank(b)
        ? rank(a) - rank(b)
        : a.key < b.key
            ? -1
            : a.key > b.key
                ? 1
                : 0);
}
/** One table row per changed flag, rendered once so the size budget can pick how many fit. */
function renderChangeRows(plan) {
    return sortChanges(plan.changes).map((change) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRow */ .jD)([
        LABEL[categorise(change)],
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(change.key),
        renderDetails(change)
    ]));
}
function renderDetails(change) {
    // The toggle already says what `enabled` did; listing it again is noise.
    const shown = change.details.filter((d) => !(change.toggled !== undefined && d.what === 'enabled'));
    const lines = shown
        .slice(0, MAX_DETAILS_PER_FLAG)
        .map((d) => renderDetail(change.kind, d));
    const rest = shown.length - lines.length;
    if (rest > 0)
        lines.push(`… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(rest, 'more difference')}`);
    if (lines.length > 0)
        return lines.join('<br>');
    if (change.kind === 'changed' && change.toggled !== undefined)
        return change.toggled === 'enabled' ? 'was off' : 'was on';
    return '—';
}
function renderDetail(kind, detail) {
    const what = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(detail.what);
    if (kind === 'added')
        return `${what}: ${value(detail.after)}`;
    if (kind === 'removed')
        return `${what} was ${value(detail.before)}`;
    return `${what}: ${value(detail.before)} → ${value(detail.after)}`;
}
function value(json) {
    return json === undefined
        ? '_not set_'
        : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(json, _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .VALUE_MAX_CHARS */ .Pz));
}
/** "3 flags change: 1 turned on, 1 changed, 1 added · 11 unchanged, not listed". */
function summariseChanges(plan) {
    const counts = new Map();
    for (const change of plan.changes) {
        const category = categorise(change);
        counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    const parts = ORDER.filter((c) => counts.has(c)).map((c) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(counts.get(c))} ${COUNT_WORD[c]}`);
    const n = plan.changes.length;
    const head = `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(n, 'flag')} ${n === 1 ? 'changes' : 'change'}**: ${parts.join(', ')}`;
    return plan.unchangedCount > 0
        ? `${head} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(plan.unchangedCount)} unchanged, not listed`
        : head;
}
/** What the table says when nothing changes or nothing was deployed before. */
function context(plan) {
    if (plan.changes.length === 0) {
        const version = plan.deployed === undefined ? '' : ` (version ${plan.deployed.version})`;
        return `No flag changes: the bundle matches the deployed configuration${version}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(plan.unchangedCount, 'flag')}.`;
    }
    return plan.deployed === undefined
        ? 'Nothing is deployed for this profile yet, so every flag is new.'
        : '';
}
/**
 * The flag diff: a count line, then one row per changed flag (the first `shown` of `rows`),
 * folded when long; `more` explains where the flags left out can be found.
 */
function renderChanges(plan, rows, shown, more) {
    const parts = ['#### Flag changes'];
    const note = context(plan);
    if (plan.changes.length === 0)
        return [...parts, note].join('\n\n');
    parts.push(note === '' ? summariseChanges(plan) : `${summariseChanges(plan)}. ${note}`);
    if (shown > 0) {
        const body = [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableHead */ .PP)(['change', 'flag', 'old → new']),
            ...rows.slice(0, shown)
        ].join('\n');
        parts.push(shown > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .FOLD_ROWS */ .oW
            ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`Show ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(shown, 'changed flag')}`, body)
            : body);
    }
    const rest = rows.length - Math.max(0, shown);
    if (rest > 0)
        parts.push(`… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rest)} more ${rest === 1 ? 'flag' : 'flags'} ${more}`);
    return parts.join('\n\n');
}


/***/ }),

/***/ 1906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ renderDrift)
/* harmony export */ });
/* harmony import */ var _bundle_json_object_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7534);
/* harmony import */ var _bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2976);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6264);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5356);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);





/** Drifted flags listed in the table; the `drift` output lists every key. */
const MAX_DRIFT_ROWS = 50;
const OUTCOME = {
    refused: '⛔ refused',
    kept: '📌 live value kept',
    overwritten: '✏️ overwritten by the new content',
    unchanged: '✅ new content already has it'
};
const KIND = {
    undo: 'new = base: deploying it would change the live value back',
    conflict: 'conflict: changed on both sides',
    converged: 'new = live'
};
/**
 * Flags changed outside the action since its last deployment, each as base → live → new, and
 * what this deploy does with them under `on-drift`. Shown before the ordinary diff, since a
 * reviewer must see first what the deploy would undo. Empty when drift was not computed.
 */
function renderDrift(plan) {
    const drift = plan?.drift;
    if (drift === undefined)
        return '';
    const heading = '#### Drift since this action last deployed';
    const how = drift.recognisedBy === 'description'
        ? ' (recognised by their description: no account ID for deployment tags; set `AWS_ACCOUNT_ID` for a sure answer)'
        : '';
    if (drift.base === undefined)
        return [
            heading,
            `No base: no earlier deployment of a bundle or version by this action was found${drift.limitReached ? ' among the latest completed deployments' : ''}${how}, so drift was not checked. This deployment becomes the base for the next one.`
        ].join('\n\n');
    const facts = `Base: ${point(drift.base)} · live: ${drift.live === undefined ? 'nothing' : point(drift.live)} · ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`on-drift: ${drift.onDrift}`)}`;
    if (drift.flags.length === 0)
        return [
            heading,
            `${facts}\n\nNo drift: every flag runs as this action left it${how}.`
        ].join('\n\n');
    const rows = drift.flags.slice(0, MAX_DRIFT_ROWS).map((flag) => {
        const keys = differingKeys(flag);
        return [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(flag.key),
            describe(flag.base, keys),
            describe(flag.live, keys, flag.base),
            describe(flag.new, keys, flag.live),
            `${OUTCOME[flag.outcome]} (${KIND[flag.kind]})`
        ];
    });
    const rest = drift.flags.length - rows.length;
    return [
        heading,
        `${facts}${how}`,
        `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(drift.flags.length, 'flag')} changed outside this action:**`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['flag', 'base', 'live', 'new', 'this deploy'], rows),
        rest > 0
            ? `… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(rest, 'more flag')}; the \`drift\` output lists every key.`
            : ''
    ]
        .filter(Boolean)
        .join('\n\n');
}
function point(p) {
    const reverted = p.state === 'REVERTED' ? ', reverted since' : '';
    return `deployment #${p.deploymentNumber} (version ${p.version}${p.label ? ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(p.label)}` : ''}${reverted})`;
}
/** The value keys (`enabled`, attributes, `_variants`) that differ between the three sides. */
function differingKeys(flag) {
    const sides = [flag.base, flag.live, flag.new].filter((side) => side !== undefined);
    const [first] = sides;
    if (first === undefined)
        return [];
    const keys = [...new Set(sides.flatMap((side) => Object.keys(side.value)))];
    return keys.filter((key) => sides.some((side) => !(0,_bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__/* .isEqualJson */ .fR)((0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_3__/* .own */ .ZV)(side.value, key), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_3__/* .own */ .ZV)(first.value, key))));
}
/**
 * One side of a drifted flag in a few words: only the value keys that differ between the
 * sides (`on`/`off`, attribute values, the number of variants), or `absent`; when the values
 * agree, the definition (name, description, constraints) is what differs from `previous`.
 */
function describe(flag, keys, previous) {
    if (flag === undefined)
        return '*absent*';
    const parts = keys.map((key) => {
        const item = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_3__/* .own */ .ZV)(flag.value, key);
        if (key === 'enabled')
            return item === true ? 'on' : 'off';
        if (item === undefined)
            return `${key}: not set`;
        if (key === '_variants')
            return Array.isArray(item) ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(item.length, 'variant') : 'variants';
        return `${key}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(JSON.stringify(item) ?? 'null', _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .VALUE_MAX_CHARS */ .Pz)}`;
    });
    if (parts.length === 0)
        parts.push(previous !== undefined &&
            !(0,_bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__/* .isEqualJson */ .fR)(previous.definition, flag.definition)
            ? 'definition differs'
            : 'same value');
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(parts.join(', '));
}


/***/ }),

/***/ 3179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ renderGuards)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5356);


const ICON = {
    refuse: '⛔',
    warn: '⚠️',
    pass: '✅'
};
/** The checks made before writing anything: refusals and warnings with their message. */
function renderGuards(plan) {
    if (plan.guards.length === 0)
        return '';
    const notable = [
        ...plan.guards.filter((g) => g.outcome === 'refuse'),
        ...plan.guards.filter((g) => g.outcome === 'warn')
    ].map((g) => `- ${ICON[g.outcome]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(g.guard)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMessage */ .hC)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(g.message, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT_MAX_CHARS */ .JG))}`);
    const passed = plan.guards.filter((g) => g.outcome === 'pass');
    if (passed.length > 0)
        notable.push(`- ✅ passed: ${passed.map((g) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(g.guard)).join(', ')}`);
    return ['#### Checks before deploying', notable.join('\n')].join('\n\n');
}


/***/ }),

/***/ 7553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ renderHeadline),
/* harmony export */   WU: () => (/* binding */ flagsChange),
/* harmony export */   sG: () => (/* binding */ outcomeOf)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6264);
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5964);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _known_alarms_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7776);
/* harmony import */ var _render_incident_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6759);





/** The failure kind, or for a report that lacks one, what its result implies. */
function outcomeOf(report) {
    return report.failure?.kind ?? report.result;
}
/** "1 flag changes", "2 flags change". */
function flagsChange(n) {
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(n, 'flag')} ${n === 1 ? 'changes' : 'change'}`;
}
/** The one line a reviewer reads first: the outcome, with the target and the numbers. */
function renderHeadline(report) {
    const incident = (0,_render_incident_js__WEBPACK_IMPORTED_MODULE_0__/* .incidentHeadline */ .Z)(report);
    if (incident !== undefined)
        return incident;
    const bundle = report.bundle;
    const failure = report.failure;
    const environment = report.target
        ? `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(report.target.environment.name)}**`
        : 'the environment';
    const version = report.rollout?.version?.number;
    const profile = report.target
        ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(report.target.profile.name)}${version === undefined ? '' : ` v${version}`}`
        : 'the configuration';
    const rollout = report.rollout;
    const at = rollout?.percentage === undefined
        ? ''
        : ` at ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercent */ .l9)(rollout.percentage)} of ${environment}`;
    switch (outcomeOf(report)) {
        case 'bundle':
            return bundle
                ? `❌ Validation failed: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(bundle.errorCount, 'problem')} in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(bundle.displayPath)}`
                : '❌ Could not read the bundle';
        case 'input':
            return failure?.region === undefined
                ? '❌ Invalid input'
                : `❌ Not found in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(failure.region)}: wrong input or wrong region?`;
        case 'internal':
        case 'failed':
            return '❌ The action failed: unexpected error';
        case 'guard': {
            const guards = (report.plan?.guards ?? [])
                .filter((g) => g.outcome === 'refuse')
                .map((g) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(g.guard));
            const by = guards.length === 0
                ? 'a guard'
                : `the ${guards.join(' and ')} ${guards.length === 1 ? 'guard' : 'guards'}`;
            return report.mode === 'plan'
                ? `⛔ Plan refused by ${by}: deploying would be blocked`
                : `⛔ Refused by ${by}: nothing was deployed`;
        }
        case 'aws':
            return awsHeadline(failure);
        case 'rolled-back': {
            const cause = rollout?.cause;
            const where = cause?.percentage === undefined
                ? ` in ${environment}`
                : ` at ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercent */ .l9)(cause.percentage)} of ${environment}`;
            switch (cause?.by) {
                case 'alarm': {
                    const names = cause.alarmArns.map((arn) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_known_alarms_js__WEBPACK_IMPORTED_MODULE_4__/* .alarmName */ .V)(arn, (0,_known_alarms_js__WEBPACK_IMPORTED_MODULE_4__/* .knownAlarms */ .u)(report))));
                    return `❌ Rolled back by ${names.length === 1 ? 'alarm' : 'alarms'} ${names.join(', ')}${where}`;
                }
                case 'user':
                    return `❌ Rolled back${where}: stopped by a user`;
                case 'self':
                    return `❌ Rolled back${where}: stopped by this run`;
                case 'internal-error':
                    return `❌ Rolled back${where}: AppConfig internal error`;
                default:
                    return `❌ Rolled back${where}`;
            }
        }
        case 'reverted': {
            const deployed = report.plan?.deployed;
            return deployed === undefined
                ? `❌ Reverted: ${profile} was taken back out of ${environment}`
                : `❌ Reverted: ${environment} is back on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(report.target?.profile.name ?? '')} v${deployed.version}`;
        }
        case 'timed-out': {
            const after = ` after ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(report.durationSeconds)}`;
            const what = rollout?.deploymentNumber === undefined
                ? 'no deployment started'
                : rollout.stopped === true
                    ? 'deployment stopped'
                    : 'deployment left running';
            return `⏱️ Timed out${at}${after}: ${what}`;
        }
        case 'cancelled':
            if (rollout?.deploymentNumber === undefined)
                return '⏹️ Cancelled before a deployment started: nothing changed';
            return rollout.stopped === true
                ? `⏹️ Cancelled: deployment stopped${at}`
                : `⏹️ Cancelled: deployment left running${at}`;
        case 'complete': {
            const took = (0,_format_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .secondsBetween */ .O1)(rollout?.startedAt, rollout?.endedAt) ??
                report.durationSeconds;
            return `✅ ${profile} deployed to ${environment} in ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(took)}`;
        }
        case 'baking': {
            const bake = report.target?.strategy.finalBakeMinutes;
            return `✅ ${profile} reached 100% of ${environment}${bake ? `, now baking for ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(bake * 60)}` : ' and is baking'}`;
        }
        case 'started': {
            const number = rollout?.deploymentNumber;
            return `✅ ${profile} started deploying to ${environment}${number === undefined ? '' : ` (deployment #${number})`}`;
        }
        case 'unchanged': {
            const deployed = report.plan?.deployed;
            const running = deployed === undefined
                ? ''
                : ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(report.target?.profile.name ?? '')} v${deployed.version})`;
            return report.mode === 'plan'
                ? `🔎 Plan: no change, ${environment} already runs this bundle${running}`
                : `✅ No change: ${environment} already runs this bundle${running}`;
        }
        case 'planned': {
            const n = report.plan?.changes.length ?? 0;
            return `🔎 Plan: ${n === 0 ? 'no flag changes' : flagsChange(n)} in ${profile} on ${environment}`;
        }
        case 'validated': {
            if (bundle === undefined)
                return '✅ The bundle is valid';
            const warnings = bundle.warningCount
                ? ` with ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(bundle.warningCount, 'warning')}`
                : '';
            return `✅ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(bundle.displayPath)} is valid: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(bundle.flagCount, 'flag')}${warnings}`;
        }
    }
}
/** Setup problems, named for what they are rather than for the first step that met them. */
const PROBLEM_HEADLINES = {
    'no-credentials': '❌ No AWS credentials: nothing was read or changed',
    'expired-credentials': '❌ The AWS credentials expired',
    'invalid-credentials': '❌ AWS rejected the credentials',
    region: '❌ Not a valid AWS region',
    endpoint: '❌ Could not reach AWS'
};
function awsHeadline(failure) {
    if (failure?.problem !== undefined)
        return PROBLEM_HEADLINES[failure.problem];
    if (failure?.iamAction !== undefined)
        return `❌ Access denied: this role may not call ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(failure.iamAction)}`;
    // Steps are phrases ("Starting the deployment"), so they read after "while".
    const step = failure?.step === undefined
        ? ''
        : ` while ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(failure.step.charAt(0).toLowerCase() + failure.step.slice(1))}`;
    const name = failure?.errorName === undefined ? '' : `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(failure.errorName)}`;
    return `❌ AWS error${step}${name}`;
}


/***/ }),

/***/ 3398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ renderHygiene)
/* harmony export */ });
/* unused harmony export lineUrl */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6264);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5356);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(877);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);




/** Rows of the stale and undefined tables, and names in the unreferenced list. */
const MAX_ROWS = 50;
const MAX_NAMES = 100;
/** Places shown in one cell. */
const MAX_PLACES = 5;
/** Quoted code in the every-match table. */
const QUOTE_MAX_CHARS = 80;
/** `https://github.com/o/r/blob/<sha>/src/a.ts#L12`, or undefined without a repository and commit. */
function lineUrl(links, path, line) {
    if (links.repository === undefined || links.sha === undefined)
        return undefined;
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encoded}#L${line}`;
}
function place(links, ref) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(`${ref.path}:${ref.line}`), lineUrl(links, ref.path, ref.line));
}
/** The first places of a key, linked, and how many more there are. */
function places(links, refs) {
    if (refs.total === 0)
        return '—';
    const shown = refs.matches.slice(0, MAX_PLACES).map((m) => place(links, m));
    const rest = refs.total - shown.length;
    if (rest > 0)
        shown.push(`… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rest)} more`);
    return shown.join('<br>');
}
function counts(h) {
    const parts = [
        `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(h.flagCount, 'flag')}**`,
        `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(h.referencedCount)} read in code`,
        `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(h.unreferenced.length)} unreferenced`,
        `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(h.stale.length)} stale`
    ];
    if (h.undefinedReads.length > 0)
        parts.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(h.undefinedReads.length, 'undefined key')} read like flags`);
    return parts.join(' · ');
}
function searched(h) {
    const { scan } = h;
    const patterns = scan.patterns
        .map((p) => p.trim())
        .filter((p) => p !== '' && !p.startsWith('#'));
    const shownPatterns = patterns.slice(0, 5).map((p) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(p, 80)));
    if (patterns.length > 5)
        shownPatterns.push(`and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(patterns.length - 5)} more`);
    const skipped = [
        scan.skipped.binary > 0
            ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(scan.skipped.binary)} binary`
            : '',
        scan.skipped.tooLarge > 0
            ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(scan.skipped.tooLarge)} over ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKb */ .DU)(scan.maxFileBytes)}`
            : '',
        scan.skipped.unreadable > 0
            ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(scan.skipped.unreadable)} unreadable`
            : ''
    ].filter(Boolean);
    const line = `Searched ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(scan.filesScanned, 'file')} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKb */ .DU)(scan.bytesScanned)}) matching ${shownPatterns.join(', ')}${skipped.length > 0 ? `; skipped ${skipped.join(', ')}` : ''}.`;
    return scan.filesScanned === 0
        ? `${line} ⚠️ No file was searched, so no flag is called unreferenced: check the \`code-references\` patterns.`
        : line;
}
function staleTable(h, links) {
    if (h.stale.length === 0)
        return '';
    const rows = h.stale
        .slice(0, MAX_ROWS)
        .map((s) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRow */ .jD)([
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.key),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(s.date),
        s.references.total === 0
            ? 'read nowhere: remove it from the bundle'
            : places(links, s.references)
    ]));
    return [
        '**⏰ Stale flags**: past their `_deprecation.date`; remove the code that reads them, then the flag.',
        [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableHead */ .PP)(['flag', 'due', 'still read at']), ...rows].join('\n'),
        more(h.stale.length, rows.length, 'stale flag')
    ]
        .filter(Boolean)
        .join('\n\n');
}
function unreferencedList(h) {
    if (h.unreferenced.length === 0)
        return '';
    const names = h.unreferenced.slice(0, MAX_NAMES).map(_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY);
    const rest = h.unreferenced.length - names.length;
    if (rest > 0)
        names.push(`… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rest)} more`);
    return `**🧹 Unreferenced flags**: in the bundle, read in no searched file (cleanup candidates): ${names.join(', ')}`;
}
function undefinedTable(h, links) {
    if (h.undefinedReads.length === 0)
        return '';
    const rows = h.undefinedReads
        .slice(0, MAX_ROWS)
        .map((u) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRow */ .jD)([
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(u.key),
        u.accessors.map((a) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(a)).join(', '),
        places(links, u)
    ]));
    return [
        '**❓ Read but not defined**: the code passes these to the calls it reads flags with, but the bundle has no such flag (a typo, or a flag removed too early).',
        [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableHead */ .PP)(['key', 'read with', 'at']), ...rows].join('\n'),
        more(h.undefinedReads.length, rows.length, 'key')
    ]
        .filter(Boolean)
        .join('\n\n');
}
function more(total, shown, word) {
    const rest = total - shown;
    return rest > 0 ? `… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(rest, word)} more, in the outputs.` : '';
}
/** One row per referenced flag, for the every-match table. */
function matchRows(h, links) {
    return h.references
        .filter((r) => r.total > 0)
        .map((r) => {
        const lines = r.matches
            .slice(0, MAX_PLACES)
            .map((m) => `${place(links, m)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(m.text, QUOTE_MAX_CHARS))}`);
        const rest = r.total - lines.length;
        if (rest > 0)
            lines.push(`… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rest)} more`);
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRow */ .jD)([
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.key),
            `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(r.total)} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(r.files, 'file')}`,
            lines.join('<br>')
        ]);
    });
}
/**
 * The "Flag hygiene" section: counts, stale flags with the lines that still read them,
 * unreferenced flags, keys read but not defined, then every match folded, so a team can see
 * false positives. Lists are capped; the match table keeps as many rows as fit in `limit`.
 */
function renderHygiene(h, links, options = {}) {
    const limit = options.limit ?? 60_000;
    const measure = options.measure ?? _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp;
    const head = [
        '#### Flag hygiene',
        `${counts(h)}. ${searched(h)}`,
        staleTable(h, links),
        unreferencedList(h),
        undefinedTable(h, links)
    ].filter(Boolean);
    const rows = matchRows(h, links);
    const render = (shown) => {
        if (rows.length === 0)
            return head.join('\n\n');
        const total = h.references.reduce((n, r) => n + r.total, 0);
        const body = [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableHead */ .PP)(['flag', 'matches', 'where (first places)']),
            ...rows.slice(0, shown)
        ].join('\n');
        const rest = rows.length - shown;
        const note = rest > 0
            ? `\n\n… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(rest, 'more flag')} with matches, left out to keep this summary small.`
            : '';
        const summary = `Every match: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(total, 'place')} for ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(rows.length, 'flag')}`;
        return [
            ...head,
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(summary, shown > 0 ? `${body}${note}` : note.trim())
        ]
            .filter(Boolean)
            .join('\n\n');
    };
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_3__/* .fitRows */ .z)(rows.length, render, limit, measure);
}


/***/ }),

/***/ 6759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ incidentHeadline),
/* harmony export */   z: () => (/* binding */ renderIncident)
/* harmony export */ });
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5964);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5356);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);



const PATHS = {
    revert: "AppConfig's revert (StopDeployment with AllowRevert)",
    stop: 'stopped the deployment in progress (AppConfig rolls it back)',
    deployment: 'a new deployment with the deployment strategy'
};
/**
 * The incident record of a set-flags or revert run, as one table a responder can paste into a
 * post-mortem: who, when, why, what changed from what to what, the path taken and why, what
 * AppConfig does about the alarms, and how to undo it. Empty for any other run.
 */
function renderIncident(report) {
    const incident = report.incident;
    if (incident === undefined)
        return '';
    // The record quotes AppConfig's documentation: longer than a table cell usually gets.
    const text = (value) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMessage */ .hC)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(value, 4 * _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT_MAX_CHARS */ .JG));
    const rows = [
        ['Who', incident.actor === undefined ? 'unknown' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(incident.actor)],
        ['When', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_format_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTimestamp */ .Ey)(incident.at))],
        [
            'Why',
            incident.reason === undefined
                ? '_no reason given (the `description` input)_'
                : text(incident.reason)
        ]
    ];
    if (incident.lines !== undefined)
        rows.push(['Asked', incident.lines.map(_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join('<br>')]);
    if (incident.from !== undefined || incident.to !== undefined)
        rows.push([
            'Configuration',
            `${version(incident.from)} → ${version(incident.to)}`
        ]);
    if (incident.path !== undefined)
        rows.push([
            'Path',
            `${PATHS[incident.path]}${incident.pathReason ? `: ${text(incident.pathReason)}` : ''}`
        ]);
    if (incident.alarmNote !== undefined)
        rows.push(['Alarms', text(incident.alarmNote)]);
    if (incident.runUrl !== undefined)
        rows.push(['Run', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)('workflow run', incident.runUrl)]);
    const parts = [
        `#### ${incident.kind === 'revert' ? 'Revert' : 'Kill switch'} record`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', ''], rows)
    ];
    if (incident.undo !== undefined) {
        const [first = '', ...rest] = incident.undo.split('\n');
        parts.push(`**How to undo it:** ${text(first)}`, rest.length ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(rest.join('\n'), 'yaml') : '');
    }
    return parts.filter(Boolean).join('\n\n');
}
/** The headline of a revert or kill-switch run, when it needs its own words. */
function incidentHeadline(report) {
    const incident = report.incident;
    if (incident === undefined)
        return undefined;
    const environment = report.target
        ? `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.target.environment.name)}**`
        : 'the environment';
    const profile = report.target ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.target.profile.name) : 'it';
    const to = incident.to?.version;
    if (report.mode === 'revert') {
        if (report.failure === undefined && report.result === 'reverted')
            return `⏪ Reverted: ${environment} is back on ${profile} v${to ?? '?'}${incident.path === undefined ? '' : ` (${incident.path === 'revert' ? "AppConfig's revert" : incident.path === 'stop' ? 'deployment in progress stopped' : 'new deployment'})`}`;
        if (report.failure?.kind === 'guard')
            return `⛔ Nothing reverted in ${environment}`;
        return undefined;
    }
    if (report.failure?.kind === 'rolled-back' && report.result === 'failed')
        return `❌ The change will not hold: AppConfig is rolling back deployment #${report.rollout?.deploymentNumber ?? '?'} in ${environment}`;
    if (report.failure === undefined && incident.path === 'revert')
        return `✅ ${environment} runs the change asked for, by AppConfig's revert to ${profile} v${to ?? '?'}`;
    return undefined;
}
function version(running) {
    if (running === undefined)
        return '?';
    const label = running.label === undefined ? '' : ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(running.label)})`;
    const deployment = running.deploymentNumber === undefined
        ? ''
        : `, deployment #${running.deploymentNumber}`;
    return `v${running.version}${label}${deployment}`;
}


/***/ }),

/***/ 4874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ renderEnvironments)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6264);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(877);
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5964);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5356);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
/* harmony import */ var _render_changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9400);






/**
 * The release pipeline around this deployment: the promotion check (what the `promote-from`
 * environment runs, and how it differs) and the environments side by side. Each part keeps
 * under its share of `limit` (measured by `measure`) by listing fewer flags and counting the
 * rest, so it never crowds out the rest of the report. Empty when neither input was given.
 */
function renderEnvironments(plan, targetProfile, limit, measure) {
    const parts = [];
    if (plan.promotion !== undefined)
        parts.push(renderPromotion(plan, plan.promotion, targetProfile, limit / 2, measure));
    if (plan.overview !== undefined) {
        const { columns, rows, unchangedCount } = plan.overview;
        const rendered = rows.map((row) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .tableRow */ .jD)([(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(row.key), ...row.cells.map(renderCell)]));
        const head = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .tableHead */ .PP)([
            'flag',
            ...columns.map((c) => columnLabel(c, targetProfile)),
            '**new content**'
        ]);
        const render = (shown) => overviewSection(columns.length, head, rendered, shown, unchangedCount);
        parts.push((0,_fit_js__WEBPACK_IMPORTED_MODULE_2__/* .fitRows */ .z)(rendered.length, render, limit / 2, measure));
    }
    return parts.join('\n\n');
}
function overviewSection(environments, head, rows, shown, unchangedCount) {
    const parts = ['#### Environments'];
    const same = unchangedCount > 0
        ? ` · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(unchangedCount)} the same everywhere, not listed`
        : '';
    if (rows.length === 0) {
        parts.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(environments, 'environment')} and the new content: every flag is the same everywhere (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(unchangedCount, 'flag')}).`);
        return parts.join('\n\n');
    }
    parts.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(environments, 'environment')} and the new content: **${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(rows.length, 'flag')} ${rows.length === 1 ? 'differs' : 'differ'}** somewhere${same}. ✓ marks a flag that already matches the new content.`);
    if (shown > 0) {
        const body = [head, ...rows.slice(0, shown)].join('\n');
        parts.push(shown > _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .FOLD_ROWS */ .oW
            ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Show ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(shown, 'flag')} across the environments`, body)
            : body);
    }
    const rest = rows.length - Math.max(0, shown);
    if (rest > 0)
        parts.push(`… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(rest)} more ${rest === 1 ? 'flag differs' : 'flags differ'}, not shown to stay under GitHub's size limit.`);
    return parts.join('\n\n');
}
/** `Dev`, with the profile when it is not the target's, and the version it runs. */
function columnLabel(column, target) {
    const name = target === undefined || column.profile.id === target.id
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(column.environment.name)
        : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(column.environment.name)} / ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(column.profile.name)}`;
    const runs = column.deployed === undefined
        ? '_nothing deployed_'
        : `v${column.deployed.version}`;
    return `**${name}**<br>${runs}`;
}
function renderCell(cell) {
    const mark = cell.sameAsNew ? ' ✓' : '';
    if (!cell.present)
        return `_absent_${mark}`;
    const state = cell.enabled === undefined ? 'no value' : cell.enabled ? '🟢 on' : '⚫ off';
    const lines = cell.details.map((d) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(d.what)}: ${d.value === undefined ? '_not set_' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(d.value, _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .VALUE_MAX_CHARS */ .Pz))}`);
    return [`${state}${mark}`, ...lines].join('<br>');
}
function renderPromotion(plan, promotion, targetProfile, limit, measure) {
    const { source, newer } = promotion;
    const where = targetProfile === undefined || source.profile.id === targetProfile.id
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(source.environment.name)
        : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(source.environment.name)} / ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(source.profile.name)}`;
    const title = `#### Promotion from ${where}`;
    const facts = [];
    const deployed = source.deployed;
    if (deployed === undefined) {
        facts.push(`**${where}** has no completed deployment of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(source.profile.name)}: this content has never run there.`);
    }
    else {
        const when = source.completedAt === undefined
            ? ''
            : `, completed ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .formatTimestamp */ .Ey)(source.completedAt)}${promotion.soakedMinutes === undefined ? '' : ` (${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(promotion.soakedMinutes * 60)} ago)`}`;
        facts.push(`**${where}** runs version ${deployed.version}${deployed.label === undefined ? '' : ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(deployed.label)})`}, deployment ${deployed.deploymentNumber}${when}.`);
    }
    if (newer !== undefined && newer.sameContent)
        facts.push(`Its deployment ${newer.deploymentNumber} of this content is ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(newer.state)}.`);
    if (promotion.sameContent) {
        facts.push(promotion.soakMinutes > 0
            ? `It runs exactly this content; \`soak-minutes\` asks for ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(promotion.soakMinutes * 60)} since completion.`
            : 'It runs exactly this content.');
        return [title, facts.join(' ')].join('\n\n');
    }
    if (deployed === undefined)
        return [title, facts.join(' ')].join('\n\n');
    const rows = (0,_render_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .renderChangeRows */ .Yz)({ ...plan, changes: promotion.changes });
    const n = promotion.changes.length;
    const unchanged = promotion.unchangedCount > 0
        ? ` · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(promotion.unchangedCount)} the same, not listed`
        : '';
    const render = (shown) => {
        const parts = [
            title,
            facts.join(' '),
            n === 0
                ? 'The flags are the same; the content differs outside them (its top-level keys).'
                : `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(n, 'flag')} ${n === 1 ? 'differs' : 'differ'}** from the content to deploy${unchanged}:`
        ];
        if (shown > 0)
            parts.push([
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .tableHead */ .PP)([
                    'change',
                    'flag',
                    `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(source.environment.name)} → new`
                ]),
                ...rows.slice(0, shown)
            ].join('\n'));
        const rest = rows.length - Math.max(0, shown);
        if (rest > 0)
            parts.push(`… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(rest)} more, not shown to stay under GitHub's size limit.`);
        return parts.join('\n\n');
    };
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_2__/* .fitRows */ .z)(rows.length, render, limit, measure);
}


/***/ }),

/***/ 3342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ renderPlanId)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

/**
 * The plan's `plan-id`, so the approver can match the plan they read with the deploy that
 * names it in `expected-plan`. Empty when the plan has none.
 */
function renderPlanId(plan) {
    if (plan?.planId === undefined)
        return '';
    return `**Plan ID:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(plan.planId)} (pass it to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)('expected-plan')} to deploy exactly this)`;
}


/***/ }),

/***/ 7594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YH: () => (/* binding */ planMarker),
/* harmony export */   d$: () => (/* binding */ renderPlanMarkdown)
/* harmony export */ });
/* unused harmony export renderPlanHeadline */
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(877);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5356);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4285);
/* harmony import */ var _render_alarms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3283);
/* harmony import */ var _render_changes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9400);
/* harmony import */ var _render_drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1906);
/* harmony import */ var _render_guards_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3179);
/* harmony import */ var _render_hygiene_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3398);
/* harmony import */ var _render_overview_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4874);
/* harmony import */ var _render_headline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7553);
/* harmony import */ var _render_plan_id_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3342);
/* harmony import */ var _render_target_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9792);












/** The hygiene section's share of a pull-request comment; the flag diff keeps the rest. */
const HYGIENE_COMMENT_MAX_CHARS = 12_000;
/**
 * A hidden marker naming the target, so the action (or a workflow) finds and updates its
 * earlier plan comment on the pull request instead of adding a new one each push. It names the
 * target as the inputs do, so a run that fails before the target resolves (an invalid bundle,
 * an AWS error) still replaces the previous push's plan; validate mode names the bundle.
 */
function planMarker(report) {
    const requested = report.requested;
    const target = report.target;
    // Nothing in the marker may end the HTML comment (`-->`) or break the line.
    const safe = (part) => part.replace(/[^\w.:/@-]/g, '_').replace(/-{2,}/g, '-');
    const id = requested !== undefined && report.mode === 'validate'
        ? `validate ${safe(requested.bundle ?? 'bundle')}`
        : requested !== undefined && requested.application !== ''
            ? [requested.application, requested.environment, requested.profile]
                .map((part) => safe(part.replace(/\//g, '_')))
                .join('/')
            : target
                ? [target.application.id, target.environment.id, target.profile.id]
                    .map(safe)
                    .join('/')
                : 'unknown';
    return `<!-- appconfig-guarded-rollout plan ${id} -->`;
}
/** The plan's headline: what deploying the bundle changes, whatever the run's outcome. */
function renderPlanHeadline(report) {
    const plan = report.plan;
    const target = report.target;
    const environment = target
        ? `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(target.environment.name)}**`
        : 'the environment';
    const profile = target ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(target.profile.name) : 'the configuration';
    const refused = plan?.guards.some((g) => g.outcome === 'refuse') === true;
    const n = plan?.changes.length ?? 0;
    const what = n === 0
        ? `no change, ${environment} already runs this bundle`
        : `${(0,_render_headline_js__WEBPACK_IMPORTED_MODULE_5__/* .flagsChange */ .WU)(n)} in ${profile} on ${environment}`;
    return `${refused ? '⛔' : '🔎'} Plan: ${what}${refused ? ' (refused by a guard)' : ''}`;
}
/**
 * The plan as a pull-request comment (the `plan-markdown` output): the same target and flag
 * diff as the job summary, kept under `maxChars` (GitHub's 65,536 for a comment) by showing
 * fewer flags with a count of the rest. Empty when the run got no plan.
 */
function renderPlanMarkdown(report, context, maxChars = _limits_js__WEBPACK_IMPORTED_MODULE_8__/* .COMMENT_MAX_CHARS */ .dq) {
    const plan = report.plan;
    if (plan === undefined)
        return '';
    const rows = (0,_render_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .renderChangeRows */ .Yz)(plan);
    const environments = (0,_render_overview_js__WEBPACK_IMPORTED_MODULE_4__/* .renderEnvironments */ .Z)(plan, report.target?.profile, maxChars / 2, (text) => text.length);
    const render = (shown) => {
        const source = (0,_render_target_js__WEBPACK_IMPORTED_MODULE_6__/* .renderSource */ .uc)(context);
        return `${[
            planMarker(report),
            `### ${renderPlanHeadline(report)}`,
            (0,_render_alarms_js__WEBPACK_IMPORTED_MODULE_0__/* .renderNoAlarmsWarning */ .k)(report),
            (0,_render_target_js__WEBPACK_IMPORTED_MODULE_6__/* .renderTarget */ .S_)(report, context, { rollout: false }),
            (0,_render_plan_id_js__WEBPACK_IMPORTED_MODULE_9__/* .renderPlanId */ .J)(plan),
            (0,_render_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .renderDrift */ .i)(plan),
            (0,_render_guards_js__WEBPACK_IMPORTED_MODULE_3__/* .renderGuards */ .T)(plan),
            (0,_render_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .renderChanges */ .O1)(plan, rows, shown, 'not shown, to fit a pull-request comment; the job summary and the `flags-added`, `flags-removed` and `flags-changed` outputs list more.'),
            environments,
            (0,_render_alarms_js__WEBPACK_IMPORTED_MODULE_0__/* .renderAlarms */ .X)(report, true),
            report.hygiene === undefined
                ? ''
                : (0,_render_hygiene_js__WEBPACK_IMPORTED_MODULE_10__/* .renderHygiene */ .W)(report.hygiene, context, {
                    limit: HYGIENE_COMMENT_MAX_CHARS,
                    measure: (text) => text.length
                }),
            `<sub>AppConfig Guarded Rollout plan${source === '' ? '' : ` · ${source}`}</sub>`
        ]
            .filter(Boolean)
            .join('\n\n')}\n`;
    };
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_11__/* .fitRows */ .z)(rows.length, render, maxChars, (text) => text.length);
}


/***/ }),

/***/ 3428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Br: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: MAX_PROBLEM_ROWS, renderFallback

// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/report/fit.ts
var fit = __webpack_require__(877);
// EXTERNAL MODULE: ./src/report/limits.ts
var limits = __webpack_require__(5356);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/render-alarms.ts
var render_alarms = __webpack_require__(3283);
// EXTERNAL MODULE: ./src/report/render-changes.ts
var render_changes = __webpack_require__(9400);
// EXTERNAL MODULE: ./src/report/render-drift.ts
var render_drift = __webpack_require__(1906);
// EXTERNAL MODULE: ./src/appconfig/deployment-states.ts
var deployment_states = __webpack_require__(6317);
// EXTERNAL MODULE: ./src/report/console-url.ts
var console_url = __webpack_require__(167);
// EXTERNAL MODULE: ./src/report/format-duration.ts
var format_duration = __webpack_require__(5964);
// EXTERNAL MODULE: ./src/report/render-headline.ts
var render_headline = __webpack_require__(7553);
// EXTERNAL MODULE: ./src/report/report-links.ts
var report_links = __webpack_require__(7026);
// EXTERNAL MODULE: ./src/report/known-alarms.ts
var known_alarms = __webpack_require__(7776);
;// CONCATENATED MODULE: ./src/report/render-failure.ts








/** A failure message can be long (an AWS error with a request ID); this is plenty. */
const MESSAGE_MAX_CHARS = 2_000;
/** The AWS CLI command that stops (or, after completion, reverts) the report's deployment. */
function stopCommand(report, revert = false) {
    const target = report.target;
    const number = report.rollout?.deploymentNumber;
    if (target === undefined || number === undefined)
        return undefined;
    return [
        'aws appconfig stop-deployment',
        `--application-id ${shellWord(target.application.id)}`,
        `--environment-id ${shellWord(target.environment.id)}`,
        `--deployment-number ${number}`,
        ...(revert ? ['--allow-revert'] : []),
        `--region ${shellWord(target.region)}`
    ].join(' \\\n  ');
}
function shellWord(text) {
    return /^[\w.:/-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/** True when the run ended while its deployment was still moving. */
function isDeploymentRunning(report) {
    const rollout = report.rollout;
    return (rollout?.deploymentNumber !== undefined &&
        !(0,deployment_states/* isTerminal */.Hd)(rollout.state) &&
        rollout.stopped !== true);
}
/**
 * What happened, what triggered it and what to do next, for a failed run. Bundle problems
 * have their own table, so a refused bundle gets no section here.
 */
function renderFailure(report) {
    const failure = report.failure;
    const outcome = (0,render_headline/* outcomeOf */.sG)(report);
    // A revert that did what mode: revert asked is no failure.
    if (failure === undefined && report.mode === 'revert')
        return '';
    if (failure === undefined &&
        !['rolled-back', 'reverted', 'timed-out', 'cancelled', 'failed'].includes(outcome))
        return '';
    if (outcome === 'bundle' && report.bundle !== undefined)
        return '';
    const message = failure === undefined
        ? ''
        : (0,markdown/* escapeMessage */.hC)((0,markdown/* truncate */.xv)(failure.message, MESSAGE_MAX_CHARS));
    const environment = report.target
        ? `**${(0,markdown/* escapeMarkdown */.FV)(report.target.environment.name)}**`
        : 'the environment';
    const deployed = report.plan?.deployed;
    const previous = deployed === undefined
        ? 'the previous configuration'
        : `version ${deployed.version}`;
    const deployment = deploymentLink(report);
    const rollout = report.rollout;
    const lines = [];
    const say = (label, text) => {
        if (text !== '')
            lines.push(`**${label}:** ${text}`);
    };
    switch (outcome) {
        case 'input':
            say('What happened', message);
            say('What to do', failure?.region === undefined
                ? `fix the input ${(0,markdown/* code */.aY)(failure?.input ?? '')} in the workflow's \`with:\` block and re-run.`
                : `check the region first: this run looked in ${(0,markdown/* code */.aY)(failure.region)} (the \`region\` input, else \`AWS_REGION\`, e.g. the \`aws-region\` of \`aws-actions/configure-aws-credentials\`). If the ${(0,markdown/* code */.aY)(failure.input ?? '')} is in another region, set \`region\` to it; otherwise fix the input ${(0,markdown/* code */.aY)(failure.input ?? '')} and re-run.`);
            break;
        case 'bundle':
            say('What happened', message);
            say('What to do', 'check the `bundle` input: the path is relative to `GITHUB_WORKSPACE`, and the file must be checked out (`actions/checkout`) before this step.');
            break;
        case 'guard': {
            const refused = (report.plan?.guards ?? []).filter((g) => g.outcome === 'refuse');
            const names = refused.map((g) => (0,markdown/* code */.aY)(g.guard)).join(' and ');
            const by = names === ''
                ? 'a guard'
                : `the ${names} ${refused.length === 1 ? 'guard' : 'guards'}`;
            say('What happened', report.mode === 'plan'
                ? `a deploy of this bundle would stop at ${by}, before writing anything.`
                : `${by} refused the rollout before anything was written: ${environment} still serves ${previous}.`);
            if (refused.length === 0)
                say('Why', message);
            say('What to do', lowerFirst(refused.map((g) => guardAdvice(g, environment)).join(' ')) ||
                'read the guard messages below, fix the cause, and re-run.');
            break;
        }
        case 'aws': {
            // The message already names the step and what AWS said (src/aws/aws-error.ts). When
            // the error knows its own advice (credentials, region, network), the message ends with
            // it for the log; the summary shows it once, as what to do.
            const advice = failure?.advice;
            if (advice !== undefined && advice !== '') {
                const text = failure?.message ?? '';
                const cause = text.endsWith(advice)
                    ? text.slice(0, -advice.length).trim()
                    : text;
                say('What happened', (0,markdown/* escapeMessage */.hC)((0,markdown/* truncate */.xv)(cause, MESSAGE_MAX_CHARS)));
                say('What to do', lowerFirst((0,markdown/* escapeMessage */.hC)(advice)));
            }
            else {
                say('What happened', message);
                say('What to do', awsAdvice(report, environment));
            }
            break;
        }
        case 'rolled-back': {
            const cause = rollout?.cause;
            const at = cause?.percentage === undefined
                ? ''
                : ` at ${(0,format_duration/* formatPercent */.l9)(cause.percentage)} of clients`;
            say('What happened', `AppConfig rolled back ${deployment}${at}: ${environment} serves ${previous} again.`);
            say('Triggered by', cause ? describeCause(report, cause) : message);
            say('What to do', rollbackAdvice(report, cause));
            break;
        }
        case 'reverted': {
            const cause = rollout?.cause;
            say('What happened', `${capitalise(deployment)} was reverted after it completed: ${environment} serves ${previous} again.`);
            say('Triggered by', cause?.by === 'user'
                ? `a user reverted it (StopDeployment with AllowRevert, from the console, the CLI or another workflow).${said(cause)}`
                : cause
                    ? describeCause(report, cause)
                    : message);
            say('What to do', 'a revert is deliberate: find out why before re-running this workflow to deploy again.');
            break;
        }
        case 'timed-out':
        case 'cancelled': {
            say('What happened', message ||
                (outcome === 'timed-out'
                    ? 'The wait timed out.'
                    : 'The workflow run was cancelled.'));
            const input = outcome === 'timed-out' ? 'on-timeout' : 'on-cancel';
            if (rollout?.deploymentNumber === undefined) {
                say('Deployment', `none was started: nothing changed in ${environment}.`);
            }
            else {
                const reached = rollout.percentage === undefined
                    ? ''
                    : ` had reached ${(0,format_duration/* formatPercent */.l9)(rollout.percentage)} of clients`;
                const state = rollout.state === undefined
                    ? ''
                    : ` (last state seen ${(0,markdown/* code */.aY)(rollout.state)})`;
                const then = rollout.stopped === true
                    ? `stopped by this run (\`${input}: stop\`), so AppConfig rolls it back: ${environment} returns to ${previous}.`
                    : `left running (\`${input}: leave\` or the stop failed): it may still complete or roll back.`;
                say('Deployment', `${deployment}${reached}${state}; ${then}`);
            }
            const advice = outcome === 'timed-out'
                ? [
                    "if the strategy is slow by design, raise `timeout-minutes` (empty means the strategy's duration plus its bake plus 5 minutes), then re-run."
                ]
                : ['re-run the workflow to deploy again.'];
            if (isDeploymentRunning(report))
                advice.push(`Follow ${deployment} in the console, or stop it (AppConfig then rolls it back) with the command below.`);
            say('What to do', advice.join(' '));
            break;
        }
        default: {
            say('What happened', message || `The rollout ended as ${(0,markdown/* code */.aY)(report.result)}.`);
            say('What to do', 're-run with step debug logging (`ACTIONS_STEP_DEBUG: true`) and report the error if it persists.');
        }
    }
    if (isDeploymentRunning(report)) {
        if (!['timed-out', 'cancelled'].includes(outcome))
            lines.push(`> ⚠️ ${capitalise(deployment)} was last seen ${(0,markdown/* code */.aY)(report.rollout?.state ?? 'running')}: it may still be running. Follow it in the console, or stop it with the command below.`);
        const command = stopCommand(report);
        if (command !== undefined)
            lines.push((0,markdown/* codeBlock */.DV)(command, 'sh'));
    }
    return lines.join('\n\n');
}
function deploymentLink(report) {
    const number = report.rollout?.deploymentNumber;
    if (number === undefined)
        return 'the deployment';
    return (0,markdown/* link */.nf)(`deployment #${number}`, (0,report_links/* deploymentUrl */.PM)(report));
}
/** AppConfig's own words about a rollback, escaped, as a trailing sentence. */
function said(cause) {
    return cause.description === undefined || cause.description === ''
        ? ''
        : ` AppConfig says: ${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(cause.description, limits/* TEXT_MAX_CHARS */.JG))}`;
}
function describeCause(report, cause) {
    const says = said(cause);
    switch (cause.by) {
        case 'alarm': {
            const alarms = (0,known_alarms/* knownAlarms */.u)(report);
            const names = cause.alarmArns.map((arn) => (0,markdown/* link */.nf)((0,markdown/* code */.aY)((0,known_alarms/* alarmName */.V)(arn, alarms)), (0,console_url/* alarmConsoleUrl */.iw)(arn)));
            if (names.length === 0)
                return `a CloudWatch alarm.${says}`;
            if (names.length > 1)
                return `alarms ${names.join(', ')} fired (their reasons are in the alarm table below).${says}`;
            const reason = alarms.find((a) => a.arn === cause.alarmArns[0])?.reason;
            return reason === undefined || reason === ''
                ? `alarm ${names[0]} fired.${says}`
                : `alarm ${names[0]} fired; CloudWatch says: ${(0,markdown/* escapeMarkdown */.FV)(sentence((0,markdown/* truncate */.xv)(reason, limits/* TEXT_MAX_CHARS */.JG)))}${says}`;
        }
        case 'user':
            return `a user stopped the deployment (StopDeployment, from the console, the CLI or another workflow).${says}`;
        case 'self':
            return `this run stopped the deployment.${says}`;
        case 'internal-error':
            return `an AppConfig internal error.${says}`;
        case 'appconfig':
            return `AppConfig.${says}`;
        case 'unknown':
            return says === '' ? 'not recorded in the event log.' : says.trim();
    }
}
function rollbackAdvice(report, cause) {
    const rerun = 're-run this workflow to deploy again';
    switch (cause?.by) {
        case 'alarm': {
            const names = cause.alarmArns
                .map((arn) => (0,markdown/* code */.aY)((0,known_alarms/* alarmName */.V)(arn, (0,known_alarms/* knownAlarms */.u)(report))))
                .join(', ');
            return `find out why ${names || 'the alarm'} fired (the alarm table below links to CloudWatch), fix the cause, then ${rerun}. Nothing needs reverting: the rollback already restored the previous version.`;
        }
        case 'user':
            return `ask whoever stopped it why; ${rerun} when the rollout should go ahead.`;
        case 'internal-error':
            return `${rerun}: AppConfig recommends a new deployment after an internal error.`;
        default:
            return `read the timeline below for what AppConfig recorded, then ${rerun}.`;
    }
}
function guardAdvice(guard, environment) {
    switch (guard.guard) {
        case 'flag-removal':
            return 'Keep the flags in the bundle, mark them `_deprecation` in a deployed version first, or set `allow-flag-removal: true` if removing them is intended.';
        case 'flag-in-use':
            return 'Remove the code that reads these flags first (the flag hygiene section lists each place), then the flags; or set `allow-flag-removal: true` if the code copes with their absence.';
        case 'no-alarms':
            return `Add CloudWatch alarms to the monitors of ${environment}, or set \`require-alarms: false\` to deploy without them.`;
        case 'alarm-firing':
            return "Wait until the alarm is back to `OK` (the alarm table below gives CloudWatch's reason), then re-run.";
        case 'in-progress':
            return 'Wait for the other deployment to end, or set `on-in-progress: wait`.';
        case 'promotion':
            return 'Deploy exactly this content to the `promote-from` environment first, let it complete (and soak for `soak-minutes`), then re-run; the promotion section below shows what differs.';
        case 'min-bake':
            return 'Choose a deployment strategy whose final bake time is at least `min-bake-minutes`.';
        case 'drift':
            // A conflict cannot be kept: only the bundle or overwrite resolves it.
            if (guard.detail?.conflict === true)
                return 'The drift table below shows each flag as base → live → new: put the live values into the bundle, or set `on-drift: overwrite` to deploy the new content over them.';
            return 'The drift table below shows each flag as base → live → new: put the live values into the bundle, or choose `on-drift: keep` (carry them) or `overwrite` (change them back).';
        case 'expected-plan':
            return 'Run the plan again, have the new plan reviewed, and deploy with its `plan-id`.';
        case 'set-flags':
            return `Read what ${environment} runs now, then run the kill switch again.`;
        case 'revert-target':
            return `Look at what ${environment} runs now, then run the revert again if it is still wanted.`;
    }
}
function awsAdvice(report, environment) {
    const failure = report.failure;
    if (failure?.iamAction !== undefined)
        return `grant ${(0,markdown/* code */.aY)(failure.iamAction)} to the role this workflow assumes (its policy in IAM, or the \`role-to-assume\` of \`aws-actions/configure-aws-credentials\`), then re-run.`;
    const region = report.target?.region;
    switch (failure?.errorName) {
        case 'ConflictException':
            return `another deployment is in progress in ${environment}: wait for it to end, or set \`on-in-progress: wait\`, then re-run.`;
        case 'ResourceNotFoundException':
            return `check the \`application\`, \`environment\`, \`configuration-profile\` and \`deployment-strategy\` inputs: each must name an existing resource${region === undefined ? '' : ` in ${(0,markdown/* code */.aY)(region)}`} (by name or ID).`;
        case 'BadRequestException':
            return 'AppConfig rejected the request; its message above names the field. Fix the input or the bundle and re-run.';
        case 'ThrottlingException':
        case 'TooManyRequestsException':
            return 'AWS throttled the calls: re-run later, or run fewer deployments at the same time.';
        case 'ServiceQuotaExceededException':
            return 'an AppConfig quota is reached (hosted versions per profile, for example): delete old versions or ask for a higher quota, then re-run.';
        default:
            return 're-run the workflow; if the error persists, re-run with step debug logging (`ACTIONS_STEP_DEBUG: true`) and report it.';
    }
}
/** Text that ends like a sentence, so the next one does not run into it. */
function sentence(text) {
    const trimmed = text.trim();
    return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}
function capitalise(text) {
    return text.replace(/^(\[?)([a-z])/, (_, bracket, c) => `${bracket}${c.toUpperCase()}`);
}

// EXTERNAL MODULE: ./src/report/render-hygiene.ts
var render_hygiene = __webpack_require__(3398);
// EXTERNAL MODULE: ./src/report/render-guards.ts
var render_guards = __webpack_require__(3179);
// EXTERNAL MODULE: ./src/report/render-incident.ts
var render_incident = __webpack_require__(6759);
// EXTERNAL MODULE: ./src/report/render-overview.ts
var render_overview = __webpack_require__(4874);
// EXTERNAL MODULE: ./src/report/render-plan-id.ts
var render_plan_id = __webpack_require__(3342);
// EXTERNAL MODULE: ./src/report/render-target.ts
var render_target = __webpack_require__(9792);
// EXTERNAL MODULE: ./src/appconfig/deployment-events.ts
var deployment_events = __webpack_require__(3982);
;// CONCATENATED MODULE: ./src/report/render-timeline.ts







/** `2025-11-20T10:00:33.000Z` → `10:00:33`. */
function timeOfDay(iso) {
    return /T(\d{2}:\d{2}:\d{2})/.exec(iso)?.[1] ?? iso;
}
/**
 * The deployment's event log as a table, oldest first, with the time elapsed since the
 * deployment started: started, each percentage, bake, completed or rollback and by whom.
 */
function renderTimeline(rollout, alarms, strategy) {
    if (rollout.deploymentNumber === undefined)
        return '';
    const events = (0,deployment_events/* eventsOldestFirst */.PQ)(rollout.events);
    const origin = rollout.startedAt ?? events[0]?.at;
    const facts = [];
    if (origin !== undefined)
        facts.push(`started ${(0,markdown/* escapeMarkdown */.FV)((0,format_duration/* formatTimestamp */.Ey)(origin))}`);
    if (rollout.endedAt !== undefined) {
        const took = (0,format_duration/* secondsBetween */.O1)(origin, rollout.endedAt);
        facts.push(`ended ${(0,markdown/* escapeMarkdown */.FV)((0,format_duration/* formatTimestamp */.Ey)(rollout.endedAt))}${took === undefined ? '' : ` (${(0,format_duration/* formatDuration */.a3)(took)})`}`);
    }
    if (rollout.state !== undefined)
        facts.push(`last state seen ${(0,markdown/* code */.aY)(rollout.state)}`);
    const parts = ['#### Timeline'];
    if (facts.length > 0)
        parts.push(render_timeline_capitalise(facts.join(' · ')));
    if (events.length === 0) {
        parts.push('AppConfig returned no events for this deployment.');
        return parts.join('\n\n');
    }
    const known = [...alarms.map((a) => a.arn), ...rollout.triggeredAlarms];
    const rows = events.map((event) => {
        const elapsed = (0,format_duration/* secondsBetween */.O1)(origin, event.at);
        return [
            elapsed === undefined ? '' : `+${(0,format_duration/* formatDuration */.a3)(Math.max(0, elapsed))}`,
            (0,markdown/* escapeMarkdown */.FV)(timeOfDay(event.at)),
            describeEvent(event, rollout, alarms, known, strategy)
        ];
    });
    const body = (0,markdown/* table */.tp)(['elapsed', 'time (UTC)', 'event'], rows);
    parts.push(rows.length > limits/* FOLD_ROWS */.oW
        ? (0,markdown/* details */.zH)(`Show ${(0,format/* plural */.LS)(rows.length, 'event')}`, body)
        : body);
    return parts.join('\n\n');
}
function describeEvent(event, rollout, alarms, known, strategy) {
    const said = event.description === undefined || event.description === ''
        ? ''
        : ` — ${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(event.description, limits/* TEXT_MAX_CHARS */.JG))}`;
    switch (event.type) {
        case 'DEPLOYMENT_STARTED':
            return '🚀 Deployment started';
        case 'PERCENTAGE_UPDATED': {
            const percentage = (0,deployment_events/* eventPercentage */.ZJ)(event);
            return percentage === undefined
                ? `📈 Percentage updated${said}`
                : `📈 ${(0,format_duration/* formatPercent */.l9)(percentage)} of clients`;
        }
        case 'BAKE_TIME_STARTED':
            return strategy === undefined || strategy.finalBakeMinutes === 0
                ? '⏳ Bake started'
                : `⏳ Bake started (${(0,format_duration/* formatMinutes */.dp)(strategy.finalBakeMinutes)})`;
        case 'DEPLOYMENT_COMPLETED':
            return '✅ Deployment completed';
        case 'ROLLBACK_STARTED':
            return `⚠️ Rollback started by ${trigger(event, rollout, alarms, known)}${said}`;
        case 'ROLLBACK_COMPLETED':
            return '↩️ Rolled back';
        case 'REVERT_COMPLETED':
            return `↩️ Reverted by ${trigger(event, rollout, alarms, known)}${said}`;
        default:
            return `${(0,markdown/* code */.aY)(event.type)}${said}`;
    }
}
function trigger(event, rollout, alarms, known) {
    switch (event.triggeredBy) {
        case 'CLOUDWATCH_ALARM': {
            const arns = (0,deployment_events/* alarmArnsIn */.P9)(event.description ?? '', known);
            if (arns.length === 0)
                return 'a CloudWatch alarm';
            return `alarm ${arns.map((arn) => (0,markdown/* link */.nf)((0,markdown/* code */.aY)((0,known_alarms/* alarmName */.V)(arn, alarms)), (0,console_url/* alarmConsoleUrl */.iw)(arn))).join(', ')}`;
        }
        case 'USER':
            return rollout.stopped === true ? 'this run (StopDeployment)' : 'a user';
        case 'INTERNAL_ERROR':
            return 'an AppConfig internal error';
        case 'APPCONFIG':
            return 'AppConfig';
        case undefined:
            return 'an unknown trigger';
        default:
            return (0,markdown/* code */.aY)(event.triggeredBy);
    }
}
function render_timeline_capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
;// CONCATENATED MODULE: ./src/report/render-summary.ts




















/**
 * Renders the job summary for a report: pure, so every outcome can be snapshot-tested.
 * Degrades to stay under `maxBytes` (GitHub's 1 MiB): the flag table is folded when long,
 * then shortened with a count of what was left out, then, as a last resort, cut.
 */
function renderSummary(report, context, maxBytes = limits/* SUMMARY_MAX_BYTES */.eR) {
    try {
        const rows = report.plan === undefined ? [] : (0,render_changes/* renderChangeRows */.Yz)(report.plan);
        // The environments get half the budget at most, sized once; the flag table fits the rest.
        const environments = report.plan === undefined
            ? ''
            : (0,render_overview/* renderEnvironments */.Z)(report.plan, report.target?.profile, maxBytes / 2, limits/* byteLength */.dp);
        const sections = (shown) => `${compose(report, context, rows, shown, environments).filter(Boolean).join('\n\n')}\n`;
        return (0,fit/* fitRows */.z)(rows.length, sections, maxBytes, limits/* byteLength */.dp);
    }
    catch (error) {
        // main.ts renders in `finally`: a renderer bug must not cost the summary or the failure.
        return renderFallback(report, error);
    }
}
/** A summary that cannot fail, for a report the renderer choked on. */
function renderFallback(report, error) {
    const said = error instanceof Error ? error.message : String(error);
    const failure = typeof report.failure?.message === 'string'
        ? `\n\n**What happened:** ${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(report.failure.message, limits/* TEXT_MAX_CHARS */.JG))}`
        : '';
    return `### ${(0,report_report/* isSuccess */.o)(report) ? '✅' : '❌'} Result: ${(0,markdown/* code */.aY)(String(report.result))}${failure}\n\nThe full summary could not be rendered (${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(said, limits/* TEXT_MAX_CHARS */.JG))}); the outputs and the step log have the details.\n`;
}
function compose(report, context, rows, shown, environments) {
    const plan = report.plan;
    const rollout = report.rollout;
    // In validate mode the bundle is the whole story; with a target it is one section of many.
    const bundleHeading = report.mode !== 'validate' && report.target !== undefined;
    // The no-alarms warning once: as the callout when a deployment ran without alarms, else in
    // the checks (a plan, a refusal), and not at all when nothing was to be deployed.
    const callout = rollout?.deploymentNumber === undefined ? '' : (0,render_alarms/* renderNoAlarmsWarning */.k)(report);
    const quiet = callout !== '' || report.result === 'unchanged';
    const guards = plan === undefined
        ? undefined
        : quiet
            ? {
                ...plan,
                guards: plan.guards.filter((g) => !(g.guard === 'no-alarms' && g.outcome === 'warn'))
            }
            : plan;
    return [
        `### ${(0,render_headline/* renderHeadline */.Lf)(report)}`,
        renderFailure(report),
        (0,render_incident/* renderIncident */.z)(report),
        callout,
        (0,render_target/* renderTarget */.S_)(report, context),
        (0,render_plan_id/* renderPlanId */.J)(plan),
        (0,render_drift/* renderDrift */.i)(plan),
        guards === undefined ? '' : (0,render_guards/* renderGuards */.T)(guards),
        plan === undefined
            ? ''
            : (0,render_changes/* renderChanges */.O1)(plan, rows, shown, "not shown, to keep this summary under GitHub's 1 MiB limit; the `flags-added`, `flags-removed` and `flags-changed` outputs list every key."),
        report.hygiene === undefined ? '' : (0,render_hygiene/* renderHygiene */.W)(report.hygiene, context),
        environments,
        rollout === undefined
            ? ''
            : renderTimeline(rollout, (0,known_alarms/* knownAlarms */.u)(report), report.target?.strategy),
        (0,render_alarms/* renderAlarms */.X)(report, true),
        report.bundle === undefined
            ? ''
            : bundleSection(report.bundle, context, bundleHeading),
        nextSteps(report),
        footer(report, context)
    ];
}
/** The mode in force (none when the inputs could not say), the duration and the run. */
function footer(report, context) {
    const run = (0,github_context/* runUrl */.Vp)(context);
    const mode = report.mode === undefined
        ? 'no mode in force (invalid inputs)'
        : `mode ${(0,markdown/* code */.aY)(report.mode)}`;
    return `<sub>AppConfig Guarded Rollout · ${mode} · ${report.durationSeconds.toFixed(1)} s${run ? ` · ${(0,markdown/* link */.nf)('workflow run', run)}` : ''}</sub>`;
}
/** After a success, how to undo it: revert a completed deployment, stop a running one. */
function nextSteps(report) {
    // An incident record says how to undo it itself.
    if (report.failure !== undefined || report.incident !== undefined)
        return '';
    const previous = report.plan?.deployed === undefined
        ? 'the previous configuration'
        : `version ${report.plan.deployed.version}`;
    if (report.result === 'complete') {
        const command = stopCommand(report, true);
        if (command === undefined)
            return '';
        return (0,markdown/* details */.zH)('How to revert', `Within 72 hours of completion AppConfig can revert this deployment, so that clients get ${previous} back (a revert does not wait for the alarms):\n\n${(0,markdown/* codeBlock */.DV)(command, 'sh')}`);
    }
    if (report.result === 'baking' || report.result === 'started') {
        const command = stopCommand(report);
        if (command === undefined)
            return '';
        return (0,markdown/* details */.zH)('How to stop it', `The deployment is still running; AppConfig rolls it back if an alarm fires. To stop it yourself (AppConfig then rolls it back to ${previous}):\n\n${(0,markdown/* codeBlock */.DV)(command, 'sh')}`);
    }
    return '';
}
function bundleSection(bundle, context, heading) {
    const facts = `${(0,markdown/* code */.aY)(bundle.displayPath)} · ${bundle.format.toUpperCase()} · ${(0,format/* formatKb */.DU)(bundle.fileBytes)} · ${(0,format/* plural */.LS)(bundle.flagCount, 'flag')}`;
    const parts = heading ? ['#### Bundle', facts] : [facts];
    if (bundle.problems.length === 0)
        return parts.join('\n\n');
    const rows = bundle.problems.slice(0, limits/* MAX_PROBLEM_ROWS */.t$).map((p) => {
        const where = `${bundle.displayPath}:${p.line}:${p.col}`;
        const url = (0,github_context/* fileLineUrl */.MK)(context, bundle.displayPath, p.line);
        return [
            p.severity === 'error' ? '❌ error' : '⚠️ warning',
            (0,markdown/* link */.nf)((0,markdown/* escapeMarkdown */.FV)(where), url),
            (0,markdown/* code */.aY)(p.rule),
            (0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(p.message, limits/* TEXT_MAX_CHARS */.JG))
        ];
    });
    const rest = bundle.problems.length - rows.length;
    const counts = [
        bundle.errorCount ? (0,format/* plural */.LS)(bundle.errorCount, 'error') : '',
        bundle.warningCount ? (0,format/* plural */.LS)(bundle.warningCount, 'warning') : ''
    ].filter(Boolean);
    parts.push(`**${counts.join(', ')}**`, (0,markdown/* table */.tp)(['', 'where', 'rule', 'problem'], rows));
    if (rest > 0)
        parts.push(`… and ${(0,format/* plural */.LS)(rest, 'more problem')}, listed in the step log as annotations.`);
    return parts.join('\n\n');
}


/***/ }),

/***/ 9792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S_: () => (/* binding */ renderTarget),
/* harmony export */   uc: () => (/* binding */ renderSource)
/* harmony export */ });
/* unused harmony export describeStrategy */
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9556);
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5964);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _report_links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7026);




/** What a strategy does, in words: "linear, +50% every 30s over 1m, then a 1m bake". */
function describeStrategy(strategy) {
    const { growthFactor, durationMinutes, finalBakeMinutes } = strategy;
    const bake = finalBakeMinutes > 0
        ? `then a ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(finalBakeMinutes)} bake`
        : 'no bake';
    if (durationMinutes === 0 || growthFactor >= 100)
        return `all at once, ${bake}`;
    const steps = strategy.growthType === 'LINEAR'
        ? Math.ceil(100 / growthFactor - 1e-9)
        : Math.ceil(Math.log2(100 / growthFactor) - 1e-9) + 1;
    const every = (0,_format_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(durationMinutes / steps);
    const growth = strategy.growthType === 'LINEAR'
        ? `linear, +${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(growthFactor)} every ${every}`
        : `exponential, from ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(growthFactor)} doubling every ${every}`;
    return `${growth} over ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(durationMinutes)}, ${bake}`;
}
/**
 * Where the bundle goes and what carries it: application, environment, profile, strategy,
 * version, deployment and links to the console, the commit and the run.
 */
function renderTarget(report, context, options = {}) {
    const target = report.target;
    if (target === undefined)
        return '';
    const rows = [
        ['Application', named(target.application, _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)],
        [
            'Environment',
            `${named(target.environment, bold)} · region ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(target.region)}`
        ],
        ['Configuration profile', named(target.profile, _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)],
        [
            'Strategy',
            `${named(target.strategy, _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)}: ${describeStrategy(target.strategy)}`
        ]
    ];
    const deployed = report.plan?.deployed;
    const before = deployed === undefined
        ? 'nothing deployed yet'
        : `**${deployed.version}**${label(deployed.label)} from ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(`deployment #${deployed.deploymentNumber}`, (0,_report_links_js__WEBPACK_IMPORTED_MODULE_0__/* .deployedUrl */ .s5)(report))}`;
    const version = report.rollout?.version;
    if (options.rollout !== false && version !== undefined) {
        const origin = version.reused
            ? 'reused: identical to the latest hosted version'
            : 'new hosted version';
        rows.push([
            'Version',
            `**${version.number}**${label(version.label)} (${origin}) · before: ${before}`
        ]);
    }
    else if (report.plan !== undefined) {
        rows.push(['Deployed now', before]);
    }
    const rollout = report.rollout;
    if (options.rollout !== false && rollout?.deploymentNumber !== undefined) {
        const facts = [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(`#${rollout.deploymentNumber}`, (0,_report_links_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentUrl */ .PM)(report))];
        if (rollout.state !== undefined)
            facts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(rollout.state));
        if (rollout.percentage !== undefined)
            facts.push(`${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(rollout.percentage)} of clients`);
        rows.push(['Deployment', facts.join(' · ')]);
    }
    const source = renderSource(context);
    if (source !== '')
        rows.push(['Source', source]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Target', ''], rows);
}
/** The commit and the workflow run, linked. */
function renderSource(context) {
    const parts = [];
    if (context.sha !== undefined)
        parts.push(`commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(context.sha.slice(0, 7)), (0,_report_links_js__WEBPACK_IMPORTED_MODULE_0__/* .commitUrl */ .Bg)(context))}`);
    const run = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_3__/* .runUrl */ .Vp)(context);
    if (run !== undefined)
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)('workflow run', run));
    return parts.join(' · ');
}
function named(resource, show) {
    return resource.id === resource.name || resource.id === ''
        ? show(resource.name)
        : `${show(resource.name)} (ID ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(resource.id)})`;
}
function bold(text) {
    return `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(text)}**`;
}
function label(text) {
    return text === undefined || text === '' ? '' : ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(text)}`;
}


/***/ }),

/***/ 7026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ commitUrl),
/* harmony export */   PM: () => (/* binding */ deploymentUrl),
/* harmony export */   SH: () => (/* binding */ NO_CONTEXT),
/* harmony export */   s5: () => (/* binding */ deployedUrl)
/* harmony export */ });
/* harmony import */ var _console_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(167);

/** The commit the run built, on GitHub. */
function commitUrl(context) {
    if (context.repository === undefined || context.sha === undefined)
        return undefined;
    return `${context.serverUrl}/${context.repository}/commit/${context.sha}`;
}
/** The AppConfig console page of the report's deployment, when one was started. */
function deploymentUrl(report) {
    return consoleUrlOf(report, report.rollout?.deploymentNumber);
}
/** The AppConfig console page of the deployment the environment ran before, if any. */
function deployedUrl(report) {
    return consoleUrlOf(report, report.plan?.deployed?.deploymentNumber);
}
function consoleUrlOf(report, number) {
    const target = report.target;
    if (number === undefined || target === undefined)
        return undefined;
    return (0,_console_url_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentConsoleUrl */ .Yn)(target.region, target.application.id, target.environment.id, number);
}
/** A GitHubContext with nothing in it: no links, for callers without one. */
const NO_CONTEXT = {
    serverUrl: 'https://github.com',
    repository: undefined,
    sha: undefined,
    ref: undefined,
    runId: undefined,
    runAttempt: undefined,
    actor: undefined,
    workflow: undefined,
    workspace: ''
};


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ isSuccess)
/* harmony export */ });
/** Whether the step succeeds for this report. */
function isSuccess(report) {
    return report.failure === undefined;
}


/***/ })

};
