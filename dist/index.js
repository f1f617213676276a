import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3495:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ parseAlarmArn)
/* harmony export */ });
/**
 * Parses a monitor's alarm ARN; undefined when it is not one. Alarm names may contain ':', so
 * the name is everything after `alarm:`. No AWS SDK here: the report uses it too.
 */
function parseAlarmArn(arn) {
    const parts = arn.split(':');
    if (parts.length < 7 ||
        parts[0] !== 'arn' ||
        parts[2] !== 'cloudwatch' ||
        parts[5] !== 'alarm') {
        return undefined;
    }
    const name = parts.slice(6).join(':');
    if (name === '' || parts[3] === '')
        return undefined;
    return { arn, region: parts[3], account: parts[4], name };
}


/***/ }),

/***/ 3982:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ findRollbackCause),
/* harmony export */   P9: () => (/* binding */ alarmArnsIn),
/* harmony export */   PQ: () => (/* binding */ eventsOldestFirst),
/* harmony export */   Vb: () => (/* binding */ rollbackEvent),
/* harmony export */   XL: () => (/* binding */ eventsOf),
/* harmony export */   ZJ: () => (/* binding */ eventPercentage),
/* harmony export */   d4: () => (/* binding */ rollbackReason)
/* harmony export */ });
/* harmony import */ var _alarms_parse_alarm_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(87);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 3665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   py: () => (/* binding */ OUTPUTS)
/* harmony export */ });
/* unused harmony export RESULTS */
/**
 * The action's public contract (design/action-contract.md): every input with its default and
 * allowed values, and every output. `action.yml` must agree; __tests__/contract.test.ts checks it.
 */
const INPUTS = {
    application: { required: true, default: '' },
    environment: { required: true, default: '' },
    'configuration-profile': { required: true, default: '' },
    bundle: { required: true, default: '' },
    mode: {
        required: false,
        default: 'deploy',
        allowed: ['validate', 'plan', 'deploy']
    },
    'deployment-strategy': {
        required: false,
        default: 'AppConfig.Linear50PercentEvery30Seconds'
    },
    'wait-until': {
        required: false,
        default: 'complete',
        allowed: ['complete', 'baking', 'started']
    },
    'timeout-minutes': { required: false, default: '' },
    'poll-interval-seconds': { required: false, default: '10' },
    'on-in-progress': {
        required: false,
        default: 'wait',
        allowed: ['wait', 'fail']
    },
    'on-cancel': { required: false, default: 'stop', allowed: ['stop', 'leave'] },
    'on-timeout': {
        required: false,
        default: 'stop',
        allowed: ['stop', 'leave']
    },
    'require-alarms': {
        required: false,
        default: 'false',
        allowed: ['true', 'false']
    },
    'allow-flag-removal': {
        required: false,
        default: 'false',
        allowed: ['true', 'false']
    },
    'flag-name-pattern': { required: false, default: '' },
    'deprecated-flags': {
        required: false,
        default: 'warn',
        allowed: ['warn', 'fail', 'ignore']
    },
    description: { required: false, default: '' },
    'version-label': { required: false, default: '' },
    tags: { required: false, default: '' },
    'kms-key-identifier': { required: false, default: '' },
    region: { required: false, default: '' }
};
const OUTPUTS = [
    'result',
    'state',
    'deployment-number',
    'configuration-version',
    'version-label',
    'application-id',
    'environment-id',
    'configuration-profile-id',
    'deployment-strategy-id',
    'changed',
    'flags-added',
    'flags-removed',
    'flags-changed',
    'rollback-reason',
    'triggered-alarms',
    'plan-markdown',
    'duration-seconds'
];
/** Every value the `result` output can take. */
const RESULTS = (/* unused pure expression or super */ null && ([
    'complete',
    'baking',
    'started',
    'unchanged',
    'validated',
    'planned',
    'rolled-back',
    'reverted',
    'timed-out',
    'cancelled',
    'failed'
]));


/***/ }),

/***/ 1633:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ ActionError),
/* harmony export */   w: () => (/* binding */ toFailure)
/* harmony export */ });
/**
 * Why a run failed, and the one function that turns any thrown error into that. Errors of our
 * own stages extend ActionError and say which kind of failure they are; anything else is an
 * internal error. The original error stays as `cause`, so nothing it carried (an AWS request
 * ID, a stack) is lost.
 */
/** An error a stage of the pipeline throws on purpose; it knows which failure it is. */
class ActionError extends Error {
}
/** Any thrown value as a failure; `suffix` adds what the caller knows (a deployment left running). */
function toFailure(error, suffix = '') {
    const failure = error instanceof ActionError
        ? error.toFailure()
        : {
            kind: 'internal',
            message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`
        };
    return suffix === ''
        ? failure
        : { ...failure, message: `${failure.message}${suffix}` };
}


/***/ }),

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
    const [whole, fraction] = fixed.split('.');
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73);
/** The action's entry point: runs the action; main.ts decides the exit status. */

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 73:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/contract.ts
var contract = __nccwpck_require__(3665);
// EXTERNAL MODULE: ./src/failure.ts
var failure = __nccwpck_require__(1633);
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __nccwpck_require__(9556);
;// CONCATENATED MODULE: ./src/bundle/bundle-report.ts
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/format.ts
var src_format = __nccwpck_require__(6264);
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


;// CONCATENATED MODULE: ./src/bundle/schema.ts
/**
 * The AWS.AppConfig.FeatureFlags JSON Schema (draft-07), as AppConfig publishes it
 * (appconfig-spec.md §1.2, source S1), with the published schema's no-op limits made real:
 * `maxItems: 32` variants and `maxItems: 100` enum entries (the published `maxLength` on arrays
 * does nothing). The "≤25 attribute values per flag value" limit cannot sit next to `$ref` in
 * draft-07; check-semantics.ts enforces it.
 *
 * `discriminator` picks the constraints branch by `type` so errors name the right branch; it
 * is an Ajv keyword (from OpenAPI) and is stripped from the copy written for editors.
 */
const KEY_PATTERN = '^[a-z][a-zA-Z\\d_-]{0,63}$';
const KEY_REGEX = new RegExp(KEY_PATTERN);
const constraintsOf = (kinds) => ({
    type: 'object',
    discriminator: { propertyName: 'type' },
    required: ['type'],
    oneOf: kinds.map((kind) => ({ $ref: `#/definitions/${kind}Constraints` }))
});
const featureFlagsSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'AWS AppConfig feature flags (AWS.AppConfig.FeatureFlags, version 1)',
    $ref: '#/definitions/flagSetDefinition',
    definitions: {
        flagSetDefinition: {
            type: 'object',
            properties: {
                // Not AppConfig's: lets editors find this schema. The action strips it before upload.
                $schema: { type: 'string' },
                version: { $ref: '#/definitions/flagSchemaVersions' },
                flags: { $ref: '#/definitions/flagDefinitions' },
                values: { $ref: '#/definitions/flagValues' }
            },
            required: ['version'],
            additionalProperties: false
        },
        flagSchemaVersions: { type: 'string', enum: ['1'] },
        flagDefinitions: {
            type: 'object',
            patternProperties: {
                [KEY_PATTERN]: { $ref: '#/definitions/flagDefinition' }
            },
            additionalProperties: false
        },
        flagDefinition: {
            type: 'object',
            properties: {
                name: { $ref: '#/definitions/customerDefinedName' },
                description: { $ref: '#/definitions/customerDefinedDescription' },
                _createdAt: { type: 'string' },
                _updatedAt: { type: 'string' },
                _deprecation: {
                    type: 'object',
                    properties: {
                        status: { type: 'string', enum: ['planned'] },
                        date: { type: 'string', format: 'date' }
                    },
                    additionalProperties: false
                },
                attributes: { $ref: '#/definitions/attributeDefinitions' }
            },
            additionalProperties: false
        },
        attributeDefinitions: {
            type: 'object',
            patternProperties: {
                [KEY_PATTERN]: { $ref: '#/definitions/attributeDefinition' }
            },
            maxProperties: 25,
            additionalProperties: false
        },
        attributeDefinition: {
            type: 'object',
            properties: {
                description: { $ref: '#/definitions/customerDefinedDescription' },
                constraints: constraintsOf(['number', 'string', 'array', 'bool'])
            },
            additionalProperties: false
        },
        numberConstraints: {
            type: 'object',
            properties: {
                type: { type: 'string', enum: ['number'] },
                required: { type: 'boolean' },
                minimum: { type: 'integer' },
                maximum: { type: 'integer' }
            },
            required: ['type'],
            additionalProperties: false
        },
        stringConstraints: {
            type: 'object',
            properties: {
                type: { type: 'string', enum: ['string'] },
                required: { type: 'boolean' },
                pattern: { type: 'string', maxLength: 1024 },
                enum: {
                    type: 'array',
                    maxItems: 100,
                    items: {
                        oneOf: [{ type: 'string', maxLength: 1024 }, { type: 'integer' }]
                    }
                }
            },
            required: ['type'],
            not: { required: ['pattern', 'enum'] },
            additionalProperties: false
        },
        arrayConstraints: {
            type: 'object',
            properties: {
                type: { type: 'string', enum: ['array'] },
                required: { type: 'boolean' },
                elements: { $ref: '#/definitions/elementConstraints' }
            },
            required: ['type'],
            additionalProperties: false
        },
        boolConstraints: {
            type: 'object',
            properties: {
                type: { type: 'string', enum: ['boolean'] },
                required: { type: 'boolean' }
            },
            required: ['type'],
            additionalProperties: false
        },
        elementConstraints: constraintsOf(['number', 'string']),
        flagValues: {
            type: 'object',
            patternProperties: {
                [KEY_PATTERN]: { $ref: '#/definitions/flagValue' }
            },
            additionalProperties: false
        },
        flagValue: {
            type: 'object',
            properties: {
                enabled: { type: 'boolean' },
                _createdAt: { type: 'string' },
                _updatedAt: { type: 'string' },
                _variants: {
                    type: 'array',
                    maxItems: 32,
                    items: { $ref: '#/definitions/variant' }
                }
            },
            patternProperties: {
                [KEY_PATTERN]: { $ref: '#/definitions/attributeValue' }
            },
            additionalProperties: false
        },
        attributeValue: {
            oneOf: [
                { type: 'string', maxLength: 1024 },
                { type: 'number' },
                { type: 'boolean' },
                {
                    type: 'array',
                    oneOf: [
                        { items: { type: 'string', maxLength: 1024 } },
                        { items: { type: 'number' } }
                    ]
                }
            ]
        },
        variant: {
            type: 'object',
            properties: {
                enabled: { type: 'boolean' },
                name: { $ref: '#/definitions/customerDefinedName' },
                rule: { type: 'string', maxLength: 16384 },
                attributeValues: {
                    type: 'object',
                    patternProperties: {
                        [KEY_PATTERN]: { $ref: '#/definitions/attributeValue' }
                    },
                    maxProperties: 25,
                    additionalProperties: false
                }
            },
            required: ['name', 'enabled'],
            additionalProperties: false
        },
        customerDefinedName: { type: 'string', pattern: '^[^\\n]{1,64}$' },
        customerDefinedDescription: { type: 'string', maxLength: 1024 }
    }
};
/** The schema as editors should see it: standard draft-07, without Ajv's discriminator. */
function editorSchema() {
    return JSON.parse(JSON.stringify(featureFlagsSchema), (key, value) => (key === 'discriminator' ? undefined : value));
}

;// CONCATENATED MODULE: ./src/bundle/problem.ts
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
        const id = `${finding.rule}|${formatPath(finding.path)}|${finding.message}`;
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
    const where = formatPath(path);
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
                !KEY_REGEX.test(key) &&
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
        while (!this.atEnd() && /\s/.test(this.text[this.pos]))
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
        if (operator === 'in' && positional.length === 2) {
            const list = positional[1];
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
                add('reserved-attribute', attrPath, `${formatPath(flagPath)}: 'enabled' is reserved by AppConfig and cannot be an attribute name`, { at: 'key' });
            }
            if (isObject(attribute) && isObject(attribute.constraints)) {
                checkConstraintDefinition(attribute.constraints, [...attrPath, 'constraints'], add);
            }
        }
        checkDeprecation(flag, flagPath, options, findings);
        if (!Object.hasOwn(values, flagKey) && KEY_REGEX.test(flagKey)) {
            findings.push({
                rule: 'flag-without-value',
                severity: 'warning',
                message: `${formatPath(flagPath)} has no entry under values; add values.${flagKey} with enabled true or false so its state is explicit`,
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
    if (pattern === undefined || pattern.test(key) || !KEY_REGEX.test(key))
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
            message: `${formatPath(datePath)} is '${date}'; expected a date written YYYY-MM-DD`,
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
        add('constraint-range', [...path, 'minimum'], `${formatPath(path)}: minimum ${minimum} is greater than maximum ${maximum}, so no value can pass`);
    }
    if (typeof pattern === 'string' && compilePattern(pattern) === undefined) {
        add('constraint-pattern', [...path, 'pattern'], `${formatPath(path)}.pattern ${JSON.stringify(pattern)} is not a regular expression this action can check values against`, { severity: 'warning' });
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
        add('max-attributes', ownerPath, `${formatPath(ownerPath)}: at most ${MAX_ATTRIBUTE_VALUES} attribute values are allowed; found ${keys.length}`, { at: 'key' });
    }
    for (const [key, value] of Object.entries(given)) {
        const path = [...valuesPath, key];
        if (!KEY_REGEX.test(key))
            continue; // the schema check reports a key AppConfig refuses
        if (!Object.hasOwn(attributes, key)) {
            const defined = Object.keys(attributes);
            add('undefined-attribute', path, `${formatPath(path)}: the flag defines no attribute '${key}'${defined.length ? ` (it defines ${defined.join(', ')})` : ' (it defines no attributes)'}`, { at: 'key' });
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
            add('required-attribute', ownerPath, `${formatPath(ownerPath)}: the required attribute '${key}' has no value`, { at: 'key' });
        }
    }
}
/** A value against its attribute's constraints: type, pattern, enum, minimum, maximum. */
function checkValue(value, constraints, path, add) {
    const where = formatPath(path);
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
    const where = formatPath(path);
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
    const where = formatPath(path);
    if (typeof constraints.minimum === 'number' && value < constraints.minimum) {
        add('attribute-range', path, `${where} is ${value}, below the attribute's minimum ${constraints.minimum}`);
    }
    if (typeof constraints.maximum === 'number' && value > constraints.maximum) {
        add('attribute-range', path, `${where} is ${value}, above the attribute's maximum ${constraints.maximum}`);
    }
}
function checkVariants(variants, attributes, path, add) {
    if (variants.length === 0) {
        add('variants', path, `${formatPath(path)} is empty; a multi-variant flag needs at least its default variant`, { at: 'key' });
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
                add('variant-name-unique', [...variantPath, 'name'], `${formatPath(variantPath)}: the variant name ${JSON.stringify(variant.name)} is already used by variant ${first}; names must be unique within a flag`);
            }
            else
                names.set(variant.name, i);
        }
        const rule = variant.rule;
        const hasRule = typeof rule === 'string' && rule.trim() !== '';
        if (isLast && hasRule) {
            add('default-variant', [...variantPath, 'rule'], `${formatPath(variantPath)}: the last variant is the default variant and cannot have a rule (AppConfig answers BadRequestException); add a last variant without a rule`);
        }
        else if (!isLast && !hasRule) {
            add('default-variant', variantPath, `${formatPath(variantPath)} has no rule, so it would be the default variant, which must be last; give it a rule or move it to the end`, { at: 'key' });
        }
        if (hasRule) {
            for (const problem of parseRule(rule)) {
                add('variant-rule', [...variantPath, 'rule'], `${formatPath(variantPath)}.rule, at character ${problem.index + 1}: ${problem.message}`, { offset: problem.index });
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
            add('required-attribute', variantPath, `${formatPath(variantPath)}: the required attribute '${key}' has no value in this enabled variant's attributeValues`, { at: 'key' });
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
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, col: Math.max(0, offset - this.starts[low]) + 1 };
    }
}

;// CONCATENATED MODULE: ./src/bundle/read-source.ts

// jsonc-parser is loaded on first use (JSON bundles only): its UMD start-up costs ~1 ms that a
// YAML bundle does not need. It ships UMD: Node's ESM loader sees only a default export, the
// bundler the names.
let jsonc;
async function loadJsonc() {
    if (jsonc !== undefined)
        return;
    const module = await __nccwpck_require__.e(/* import() */ 547).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9547, 23));
    jsonc =
        module.default ?? module;
}
/** Parses bundle text as JSON or YAML, keeping source positions. */
async function readSource(text, format) {
    if (format === 'yaml')
        return readYaml(text);
    await loadJsonc();
    return readJson(text);
}
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
function readJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return readBrokenJson(text);
    }
    const findings = [];
    const keys = [];
    try {
        scanJson(text, findings, keys);
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        return tooDeep('json');
    }
    return {
        format: 'json',
        value,
        findings,
        locator: () => Promise.resolve(jsonLocator(text))
    };
}
/**
 * A bundle nested deeper than the parsers' recursion allows. AppConfig's format is only a few
 * levels deep, so such a file cannot be a bundle; it must not crash the action either.
 */
function tooDeep(format) {
    return {
        format,
        value: undefined,
        findings: [
            {
                rule: 'syntax',
                severity: 'error',
                message: 'the bundle is nested too deeply to read (a feature-flag bundle is only a few levels deep)',
                path: [],
                sourceOffset: 0
            }
        ],
        locator: () => Promise.resolve(() => ({ line: 1, col: 1 }))
    };
}
/** What JSON.parse hides: duplicate keys (it keeps the last) and numbers out of range. */
function scanJson(text, findings, keys) {
    jsonc.visit(text, {
        onObjectBegin: () => void keys.push(new Set()),
        onObjectEnd: () => void keys.pop(),
        onObjectProperty: (name, offset) => {
            const seen = keys[keys.length - 1];
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
function readBrokenJson(text) {
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
function jsonLocator(text) {
    const lines = new LineIndex(text);
    let root;
    try {
        root = jsonc.parseTree(text, [], { disallowComments: true });
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error; // too deep to locate: line 1 it is
    }
    const locate = (path, at = 'value', offset = 0) => {
        if (root === undefined)
            return lines.at(0);
        let node = root;
        let keyNode;
        for (const segment of path) {
            const child = jsonChild(node, segment);
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
function jsonChild(node, segment) {
    if (node.type === 'object' && typeof segment === 'string') {
        // The last of duplicate keys, as JSON.parse (and AppConfig) would read it.
        for (let i = (node.children ?? []).length - 1; i >= 0; i--) {
            const property = node.children[i];
            const [key, value] = property.children ?? [];
            if (key?.value === segment)
                return { key, value: value ?? key };
        }
    }
    if (node.type === 'array' && typeof segment === 'number') {
        const value = node.children?.[segment];
        return value === undefined ? undefined : { value };
    }
    return undefined;
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
/** A YAML scalar that the core schema would not read as a string (true, 12, null, .inf...). */
const NON_STRING_SCALAR = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/**
 * YAML: js-yaml reads the value, about ten times faster than the positional `yaml` parser and
 * a third of its start-up cost. Anything js-yaml refuses, or might have read differently from
 * what the JSON means (keys that look like numbers or booleans, infinities, alias expansions
 * larger than the text), goes through `yaml`, which explains every problem with its position.
 * `yaml` is also what locates problems, loaded only when there are some.
 */
async function readYaml(text) {
    // Directives (%YAML, %TAG) and tags (`!Ref`, `!!binary`) are rare, change how the rest
    // reads, and js-yaml lets some through: leave them to `yaml`, which reports them.
    if (!/^%/m.test(text) && !/(?:^|[\s[{,])!/m.test(text)) {
        const jsYaml = (await __nccwpck_require__.e(/* import() */ 243).then(__nccwpck_require__.bind(__nccwpck_require__, 3243))).default;
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
                locator: async () => parseYaml(text, await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19))).locator
            };
        }
    }
    const parsed = parseYaml(text, await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)));
    return {
        format: 'yaml',
        value: parsed.value,
        findings: parsed.findings,
        locator: () => Promise.resolve(parsed.locator)
    };
}
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
        if (Array.isArray(node))
            stack.push(...node);
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
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
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
    if (list.length > 1) {
        addAt(list[1].range[0], 'syntax', 'the file holds more than one YAML document; a bundle is one document');
    }
    let failed = list.length > 1;
    if (doc !== undefined) {
        for (const error of doc.errors) {
            failed = true;
            addAt(error.pos[0], 'syntax', firstLine(error.message));
        }
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
    let value;
    if (doc !== undefined && !failed) {
        try {
            value = doc.toJS({ maxAliasCount: 100 });
        }
        catch (error) {
            addAt(0, 'yaml', error instanceof Error ? error.message : String(error));
        }
    }
    const locate = (path, at = 'value', offset = 0) => {
        let node = doc?.contents;
        let keyNode;
        for (const segment of path) {
            if (isAlias(node) && doc !== undefined)
                node = node.resolve(doc);
            let next;
            if (isMap(node) && typeof segment === 'string') {
                const pair = [...node.items]
                    .reverse()
                    .find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment);
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
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

;// CONCATENATED MODULE: ./src/bundle/validate-bundle.ts







/** AppConfig's default hosted-configuration size limit: 2,048 KB (appconfig-spec.md §2.4). */
const MAX_BUNDLE_BYTES = 2048 * 1024;
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
/** Reads a bundle file (size checked before it is read whole) and validates it. */
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
        if (size > maxBytes) {
            return failed(format, size, {
                rule: 'size-limit',
                message: `the file is ${(0,src_format/* formatKb */.DU)(size)}; AppConfig's hosted configuration limit is ${(0,src_format/* formatKb */.DU)(maxBytes)}, so it was not read further`
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
    const findings = [...source.findings];
    let value;
    let content;
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
            findings.push(...checkSchema(value), ...checkSemantics(value, semanticOptions(options)));
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
            const uploadBytes = Buffer.byteLength(content);
            if (uploadBytes > maxBytes) {
                findings.push({
                    rule: 'size-limit',
                    severity: 'error',
                    message: `as JSON the bundle is ${(0,src_format/* formatKb */.DU)(uploadBytes)}; AppConfig's hosted configuration limit is ${(0,src_format/* formatKb */.DU)(maxBytes)}`,
                    path: []
                });
            }
        }
    }
    const problems = findings.length
        ? locateAll(findings, await source.locator())
        : [];
    const errorCount = problems.filter((p) => p.severity === 'error').length;
    return {
        format,
        fileBytes,
        problems,
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
        problems: [{ ...problem, severity: 'error', path: [], line: 1, col: 1 }],
        errorCount: 1,
        warningCount: 0,
        value: undefined,
        content: undefined,
        flagCount: 0
    };
}

;// CONCATENATED MODULE: ./src/pipeline.ts



/**
 * Settings → Bundle → Target → Plan → Rollout, an early return per mode. Every outcome,
 * including a refused bundle or an AWS error, is returned as a report, never thrown; the
 * report keeps everything learned and everything written before the run ended.
 */
async function runPipeline(settings, deps) {
    const progress = {
        mode: settings.mode
    };
    try {
        // Bundle: read and validate, no AWS.
        const validated = await validateBundleFile(settings.bundlePath, {
            flagNamePattern: settings.flagNamePattern,
            deprecatedFlags: settings.deprecatedFlags,
            today: deps.today
        });
        progress.bundle = toBundleReport(validated, settings.bundleDisplayPath);
        if (validated.errorCount > 0 || validated.content === undefined)
            return {
                ...progress,
                result: 'failed',
                failure: {
                    kind: 'bundle',
                    message: `The bundle ${settings.bundleDisplayPath} has ${validated.errorCount} problem${validated.errorCount === 1 ? '' : 's'}; each is annotated at its line.`
                }
            };
        if (settings.mode === 'validate')
            return { ...progress, result: 'validated' };
        // Target: names → IDs. The AWS SDK is loaded only from here on, so validate starts fast.
        const aws = await __nccwpck_require__.e(/* import() */ 201).then(__nccwpck_require__.bind(__nccwpck_require__, 201));
        const { resolveTarget } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(296), __nccwpck_require__.e(174)]).then(__nccwpck_require__.bind(__nccwpck_require__, 174));
        const { VersionReader } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(296), __nccwpck_require__.e(864)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1864));
        const clients = await (deps.createClients ?? aws.createClients)(aws.resolveRegion(settings.region, deps.env));
        const target = await resolveTarget(clients, settings);
        progress.target = target;
        // Plan: diff against what runs, guards.
        const { makePlan, refusalOf } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(296), __nccwpck_require__.e(85), __nccwpck_require__.e(697)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9697));
        const versions = new VersionReader(clients.appconfig, target.application.id, target.profile.id);
        const planned = await makePlan(clients, target, versions, settings, validated.value);
        progress.plan = planned.plan;
        for (const guard of planned.plan.guards)
            if (guard.outcome === 'warn')
                deps.warn(guard.message);
        const refused = refusalOf(planned.plan);
        if (refused !== undefined)
            return { ...progress, result: 'failed', failure: refused };
        if (settings.mode === 'plan')
            return { ...progress, result: 'planned' };
        // Rollout: version, deployment, watch.
        const { runRollout } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(296), __nccwpck_require__.e(85), __nccwpck_require__.e(697), __nccwpck_require__.e(560)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2560));
        const outcome = await runRollout({
            clients,
            target,
            versions,
            settings,
            content: { value: validated.value, text: validated.content },
            planned,
            deps,
            record: (rollout) => {
                progress.rollout = rollout;
            }
        });
        return { ...progress, ...outcome };
    }
    catch (error) {
        return { ...progress, result: 'failed', failure: (0,failure/* toFailure */.w)(error) };
    }
}

;// CONCATENATED MODULE: ./src/report/fit.ts
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

;// CONCATENATED MODULE: ./src/report/limits.ts
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

;// CONCATENATED MODULE: ./src/report/markdown.ts
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
function markdown_link(text, url) {
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

// EXTERNAL MODULE: ./src/alarms/parse-alarm-arn.ts
var parse_alarm_arn = __nccwpck_require__(87);
;// CONCATENATED MODULE: ./src/report/console-url.ts


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
/** The AppConfig console page of one deployment. */
function deploymentConsoleUrl(region, applicationId, environmentId, deploymentNumber) {
    const origin = consoleOrigin(region);
    if (origin === undefined)
        return undefined;
    const path = [
        'systems-manager/appconfig/applications',
        segment(applicationId),
        'environments',
        segment(environmentId),
        'deployments',
        String(deploymentNumber)
    ].join('/');
    return `${origin}/${path}?region=${region}`;
}
/** The CloudWatch console page of an alarm, from its ARN. */
function alarmConsoleUrl(arn) {
    const parsed = (0,parse_alarm_arn/* parseAlarmArn */.S)(arn);
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

;// CONCATENATED MODULE: ./src/report/format-duration.ts

/**
 * Seconds as a person reads an elapsed time: "0.4s", "45s", "2m 10s", "1h 5m", "2d 3h".
 * No Intl (see src/format.ts); the largest two units are enough at a glance.
 */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return '?';
    if (seconds < 9.95)
        return `${(0,src_format/* formatNumber */.ZV)(seconds, 1)}s`;
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
    return `${(0,src_format/* formatNumber */.ZV)(percentage, 2)}%`;
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

// EXTERNAL MODULE: ./src/alarms/alarm.ts
var alarm = __nccwpck_require__(3495);
;// CONCATENATED MODULE: ./src/report/known-alarms.ts

/** The alarms the report knows of: the rollout's last snapshot, else the plan's. */
function knownAlarms(report) {
    const fromRollout = report.rollout?.alarms ?? [];
    return fromRollout.length > 0 ? fromRollout : (report.plan?.alarms ?? []);
}
/** The display name of an alarm: from the snapshot, else from its ARN. */
function alarmName(arn, alarms) {
    return (alarms.find((alarm) => alarm.arn === arn)?.name ??
        (0,parse_alarm_arn/* parseAlarmArn */.S)(arn)?.name ??
        arn);
}

;// CONCATENATED MODULE: ./src/report/render-alarms.ts







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
    const environment = `**${escapeMarkdown(target.environment.name)}**`;
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
    const seen = knownAlarms(report);
    const alarms = [...seen];
    // A monitor DescribeAlarms was never asked about (the run ended first) or an alarm that
    // fired but is gone from the last snapshot still belongs in the table.
    for (const arn of [...target.monitors, ...fired]) {
        if (!alarms.some((a) => a.arn === arn))
            alarms.push({
                arn,
                name: (0,parse_alarm_arn/* parseAlarmArn */.S)(arn)?.name ?? arn,
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
    const firing = alarms.filter(alarm/* isFiring */.G).length;
    if (compact && alarms.every((a) => a.state === 'OK' && !fired.has(a.arn)))
        return `**Alarms:** ${(0,src_format/* plural */.LS)(alarms.length, 'alarm')} watched, all OK: ${alarms.map((a) => markdown_link(code(a.name), alarmConsoleUrl(a.arn))).join(', ')}.`;
    const heading = firing > 0
        ? `#### Alarms: ${firing} of ${(0,src_format/* plural */.LS)(alarms.length, 'alarm')} firing`
        : `#### Alarms: ${(0,src_format/* plural */.LS)(alarms.length, 'alarm')} watched, none firing`;
    const rows = alarms.map((alarm) => {
        const marks = [`${STATE_ICON[alarm.state]} ${code(alarm.state)}`];
        if (fired.has(alarm.arn))
            marks.push('fired during the rollout');
        if (alarm.actionsEnabled === false)
            marks.push('actions disabled: AppConfig ignores it');
        const name = markdown_link(code(alarm.name), alarmConsoleUrl(alarm.arn));
        const kind = alarm.type === 'composite' ? ' (composite)' : '';
        return [
            marks.join('<br>'),
            `${name}${kind}`,
            reason(alarm, seen.length === 0),
            alarm.updatedAt === undefined
                ? ''
                : escapeMarkdown(formatTimestamp(alarm.updatedAt))
        ];
    });
    return [heading, table(['state', 'alarm', 'reason', 'since'], rows)].join('\n\n');
}
function reason(alarm, neverRead) {
    // An OK alarm's reason ("… was not greater than the threshold") is noise next to the others.
    if (alarm.state === 'OK')
        return '';
    if (alarm.reason !== undefined && alarm.reason !== '')
        return escapeMarkdown(truncate(alarm.reason, TEXT_MAX_CHARS));
    if (alarm.state !== 'UNKNOWN')
        return '';
    return neverRead
        ? 'Not read: the run ended before the alarms were described.'
        : 'DescribeAlarms did not return it: it was deleted, is in another account or region, or this role cannot read it.';
}

;// CONCATENATED MODULE: ./src/report/render-changes.ts



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
    return sortChanges(plan.changes).map((change) => tableRow([
        LABEL[categorise(change)],
        code(change.key),
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
        lines.push(`… and ${(0,src_format/* plural */.LS)(rest, 'more difference')}`);
    if (lines.length > 0)
        return lines.join('<br>');
    if (change.kind === 'changed' && change.toggled !== undefined)
        return change.toggled === 'enabled' ? 'was off' : 'was on';
    return '—';
}
function renderDetail(kind, detail) {
    const what = escapeMarkdown(detail.what);
    if (kind === 'added')
        return `${what}: ${value(detail.after)}`;
    if (kind === 'removed')
        return `${what} was ${value(detail.before)}`;
    return `${what}: ${value(detail.before)} → ${value(detail.after)}`;
}
function value(json) {
    return json === undefined
        ? '_not set_'
        : code(truncate(json, VALUE_MAX_CHARS));
}
/** "3 flags change: 1 turned on, 1 changed, 1 added · 11 unchanged, not listed". */
function summariseChanges(plan) {
    const counts = new Map();
    for (const change of plan.changes) {
        const category = categorise(change);
        counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    const parts = ORDER.filter((c) => counts.has(c)).map((c) => `${(0,src_format/* formatNumber */.ZV)(counts.get(c))} ${COUNT_WORD[c]}`);
    const n = plan.changes.length;
    const head = `**${(0,src_format/* plural */.LS)(n, 'flag')} ${n === 1 ? 'changes' : 'change'}**: ${parts.join(', ')}`;
    return plan.unchangedCount > 0
        ? `${head} · ${(0,src_format/* formatNumber */.ZV)(plan.unchangedCount)} unchanged, not listed`
        : head;
}
/** What the table says when nothing changes or nothing was deployed before. */
function context(plan) {
    if (plan.changes.length === 0) {
        const version = plan.deployed === undefined ? '' : ` (version ${plan.deployed.version})`;
        return `No flag changes: the bundle matches the deployed configuration${version}, ${(0,src_format/* plural */.LS)(plan.unchangedCount, 'flag')}.`;
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
            tableHead(['change', 'flag', 'old → new']),
            ...rows.slice(0, shown)
        ].join('\n');
        parts.push(shown > FOLD_ROWS
            ? details(`Show ${(0,src_format/* plural */.LS)(shown, 'changed flag')}`, body)
            : body);
    }
    const rest = rows.length - Math.max(0, shown);
    if (rest > 0)
        parts.push(`… and ${(0,src_format/* formatNumber */.ZV)(rest)} more ${rest === 1 ? 'flag' : 'flags'} ${more}`);
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/render-guards.ts


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
    ].map((g) => `- ${ICON[g.outcome]} ${code(g.guard)}: ${escapeMessage(truncate(g.message, TEXT_MAX_CHARS))}`);
    const passed = plan.guards.filter((g) => g.outcome === 'pass');
    if (passed.length > 0)
        notable.push(`- ✅ passed: ${passed.map((g) => code(g.guard)).join(', ')}`);
    return ['#### Checks before deploying', notable.join('\n')].join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/render-headline.ts




/** The failure kind, or for a report that lacks one, what its result implies. */
function outcomeOf(report) {
    return report.failure?.kind ?? report.result;
}
/** "1 flag changes", "2 flags change". */
function flagsChange(n) {
    return `${(0,src_format/* plural */.LS)(n, 'flag')} ${n === 1 ? 'changes' : 'change'}`;
}
/** The one line a reviewer reads first: the outcome, with the target and the numbers. */
function renderHeadline(report) {
    const bundle = report.bundle;
    const failure = report.failure;
    const environment = report.target
        ? `**${escapeMarkdown(report.target.environment.name)}**`
        : 'the environment';
    const version = report.rollout?.version?.number;
    const profile = report.target
        ? `${code(report.target.profile.name)}${version === undefined ? '' : ` v${version}`}`
        : 'the configuration';
    const rollout = report.rollout;
    const at = rollout?.percentage === undefined
        ? ''
        : ` at ${formatPercent(rollout.percentage)} of ${environment}`;
    switch (outcomeOf(report)) {
        case 'bundle':
            return bundle
                ? `❌ Validation failed: ${(0,src_format/* plural */.LS)(bundle.errorCount, 'problem')} in ${code(bundle.displayPath)}`
                : '❌ Could not read the bundle';
        case 'input':
            return '❌ Invalid input';
        case 'internal':
        case 'failed':
            return '❌ The action failed: unexpected error';
        case 'guard': {
            const guards = (report.plan?.guards ?? [])
                .filter((g) => g.outcome === 'refuse')
                .map((g) => code(g.guard));
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
                : ` at ${formatPercent(cause.percentage)} of ${environment}`;
            switch (cause?.by) {
                case 'alarm': {
                    const names = cause.alarmArns.map((arn) => code(alarmName(arn, knownAlarms(report))));
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
                : `❌ Reverted: ${environment} is back on ${code(report.target?.profile.name ?? '')} v${deployed.version}`;
        }
        case 'timed-out': {
            const after = ` after ${formatDuration(report.durationSeconds)}`;
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
            const took = secondsBetween(rollout?.startedAt, rollout?.endedAt) ??
                report.durationSeconds;
            return `✅ ${profile} deployed to ${environment} in ${formatDuration(took)}`;
        }
        case 'baking': {
            const bake = report.target?.strategy.finalBakeMinutes;
            return `✅ ${profile} reached 100% of ${environment}${bake ? `, now baking for ${formatDuration(bake * 60)}` : ' and is baking'}`;
        }
        case 'started': {
            const number = rollout?.deploymentNumber;
            return `✅ ${profile} started deploying to ${environment}${number === undefined ? '' : ` (deployment #${number})`}`;
        }
        case 'unchanged': {
            const deployed = report.plan?.deployed;
            const running = deployed === undefined
                ? ''
                : ` (${code(report.target?.profile.name ?? '')} v${deployed.version})`;
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
                ? ` with ${(0,src_format/* plural */.LS)(bundle.warningCount, 'warning')}`
                : '';
            return `✅ ${code(bundle.displayPath)} is valid: ${(0,src_format/* plural */.LS)(bundle.flagCount, 'flag')}${warnings}`;
        }
    }
}
function awsHeadline(failure) {
    if (failure?.iamAction !== undefined)
        return `❌ Access denied: this role may not call ${code(failure.iamAction)}`;
    // Steps are phrases ("Starting the deployment"), so they read after "while".
    const step = failure?.step === undefined
        ? ''
        : ` while ${escapeMarkdown(failure.step.charAt(0).toLowerCase() + failure.step.slice(1))}`;
    const name = failure?.errorName === undefined ? '' : `: ${code(failure.errorName)}`;
    return `❌ AWS error${step}${name}`;
}

;// CONCATENATED MODULE: ./src/report/report-links.ts

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
    return deploymentConsoleUrl(target.region, target.application.id, target.environment.id, number);
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

;// CONCATENATED MODULE: ./src/report/render-target.ts




/** What a strategy does, in words: "linear, +50% every 30s over 1m, then a 1m bake". */
function describeStrategy(strategy) {
    const { growthFactor, durationMinutes, finalBakeMinutes } = strategy;
    const bake = finalBakeMinutes > 0
        ? `then a ${formatMinutes(finalBakeMinutes)} bake`
        : 'no bake';
    if (durationMinutes === 0 || growthFactor >= 100)
        return `all at once, ${bake}`;
    const steps = strategy.growthType === 'LINEAR'
        ? Math.ceil(100 / growthFactor - 1e-9)
        : Math.ceil(Math.log2(100 / growthFactor) - 1e-9) + 1;
    const every = formatMinutes(durationMinutes / steps);
    const growth = strategy.growthType === 'LINEAR'
        ? `linear, +${formatPercent(growthFactor)} every ${every}`
        : `exponential, from ${formatPercent(growthFactor)} doubling every ${every}`;
    return `${growth} over ${formatMinutes(durationMinutes)}, ${bake}`;
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
        ['Application', named(target.application, code)],
        [
            'Environment',
            `${named(target.environment, bold)} · region ${code(target.region)}`
        ],
        ['Configuration profile', named(target.profile, code)],
        [
            'Strategy',
            `${named(target.strategy, code)}: ${describeStrategy(target.strategy)}`
        ]
    ];
    const deployed = report.plan?.deployed;
    const before = deployed === undefined
        ? 'nothing deployed yet'
        : `**${deployed.version}**${label(deployed.label)} from ${markdown_link(`deployment #${deployed.deploymentNumber}`, deployedUrl(report))}`;
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
        const facts = [markdown_link(`#${rollout.deploymentNumber}`, deploymentUrl(report))];
        if (rollout.state !== undefined)
            facts.push(code(rollout.state));
        if (rollout.percentage !== undefined)
            facts.push(`${formatPercent(rollout.percentage)} of clients`);
        rows.push(['Deployment', facts.join(' · ')]);
    }
    const source = renderSource(context);
    if (source !== '')
        rows.push(['Source', source]);
    return table(['Target', ''], rows);
}
/** The commit and the workflow run, linked. */
function renderSource(context) {
    const parts = [];
    if (context.sha !== undefined)
        parts.push(`commit ${markdown_link(code(context.sha.slice(0, 7)), commitUrl(context))}`);
    const run = (0,github_context/* runUrl */.Vp)(context);
    if (run !== undefined)
        parts.push(markdown_link('workflow run', run));
    return parts.join(' · ');
}
function named(resource, show) {
    return resource.id === resource.name || resource.id === ''
        ? show(resource.name)
        : `${show(resource.name)} (ID ${code(resource.id)})`;
}
function bold(text) {
    return `**${escapeMarkdown(text)}**`;
}
function label(text) {
    return text === undefined || text === '' ? '' : ` ${code(text)}`;
}

;// CONCATENATED MODULE: ./src/report/render-plan.ts








/**
 * A hidden marker naming the target, so a workflow can find and update its earlier plan
 * comment on the pull request instead of adding a new one each push.
 */
function planMarker(report) {
    const target = report.target;
    const id = target
        ? [target.application.id, target.environment.id, target.profile.id]
            .map((part) => part.replace(/[^\w.:]/g, '_'))
            .join('/')
        : 'unknown';
    return `<!-- appconfig-guarded-rollout plan ${id} -->`;
}
/** The plan's headline: what deploying the bundle changes, whatever the run's outcome. */
function renderPlanHeadline(report) {
    const plan = report.plan;
    const target = report.target;
    const environment = target
        ? `**${escapeMarkdown(target.environment.name)}**`
        : 'the environment';
    const profile = target ? code(target.profile.name) : 'the configuration';
    const refused = plan?.guards.some((g) => g.outcome === 'refuse') === true;
    const n = plan?.changes.length ?? 0;
    const what = n === 0
        ? `no change, ${environment} already runs this bundle`
        : `${flagsChange(n)} in ${profile} on ${environment}`;
    return `${refused ? '⛔' : '🔎'} Plan: ${what}${refused ? ' (refused by a guard)' : ''}`;
}
/**
 * The plan as a pull-request comment (the `plan-markdown` output): the same target and flag
 * diff as the job summary, kept under `maxChars` (GitHub's 65,536 for a comment) by showing
 * fewer flags with a count of the rest. Empty when the run got no plan.
 */
function renderPlanMarkdown(report, context, maxChars = COMMENT_MAX_CHARS) {
    const plan = report.plan;
    if (plan === undefined)
        return '';
    const rows = renderChangeRows(plan);
    const render = (shown) => {
        const source = renderSource(context);
        return `${[
            planMarker(report),
            `### ${renderPlanHeadline(report)}`,
            renderNoAlarmsWarning(report),
            renderTarget(report, context, { rollout: false }),
            renderGuards(plan),
            renderChanges(plan, rows, shown, 'not shown, to fit a pull-request comment; the job summary and the `flags-added`, `flags-removed` and `flags-changed` outputs list more.'),
            renderAlarms(report, true),
            `<sub>AppConfig Guarded Rollout plan${source === '' ? '' : ` · ${source}`}</sub>`
        ]
            .filter(Boolean)
            .join('\n\n')}\n`;
    };
    return fitRows(rows.length, render, maxChars, (text) => text.length);
}

;// CONCATENATED MODULE: ./src/report/outputs.ts


/**
 * Every output for a report, derived from it alone; empty values are written too, so later
 * steps can rely on them. `context` gives `plan-markdown` its commit and run links.
 */
function toOutputs(report, context = NO_CONTEXT) {
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
        'duration-seconds': report.durationSeconds.toFixed(1)
    };
}
/** The plan comment; main.ts sets outputs in `finally`, so a renderer bug must not throw. */
function planMarkdown(report, context) {
    try {
        return renderPlanMarkdown(report, context);
    }
    catch (error) {
        const said = error instanceof Error ? error.message : String(error);
        return `The plan could not be rendered (${said.replace(/[<>`|\r\n]/g, ' ')}); the job summary and the step log have the details.\n`;
    }
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

;// CONCATENATED MODULE: ./src/report/report.ts
/** Whether the step succeeds for this report. */
function isSuccess(report) {
    return report.failure === undefined;
}

// EXTERNAL MODULE: ./src/appconfig/deployment-states.ts
var deployment_states = __nccwpck_require__(6317);
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
    const outcome = outcomeOf(report);
    if (failure === undefined &&
        !['rolled-back', 'reverted', 'timed-out', 'cancelled', 'failed'].includes(outcome))
        return '';
    if (outcome === 'bundle' && report.bundle !== undefined)
        return '';
    const message = failure === undefined
        ? ''
        : escapeMessage(truncate(failure.message, MESSAGE_MAX_CHARS));
    const environment = report.target
        ? `**${escapeMarkdown(report.target.environment.name)}**`
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
            say('What to do', `fix the input ${code(failure?.input ?? '')} in the workflow's \`with:\` block and re-run.`);
            break;
        case 'bundle':
            say('What happened', message);
            say('What to do', 'check the `bundle` input: the path is relative to `GITHUB_WORKSPACE`, and the file must be checked out (`actions/checkout`) before this step.');
            break;
        case 'guard': {
            const refused = (report.plan?.guards ?? []).filter((g) => g.outcome === 'refuse');
            const names = refused.map((g) => code(g.guard)).join(' and ');
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
        case 'aws':
            // The message already names the step and what AWS said (src/appconfig/aws-error.ts).
            say('What happened', message);
            say('What to do', awsAdvice(report, environment));
            break;
        case 'rolled-back': {
            const cause = rollout?.cause;
            const at = cause?.percentage === undefined
                ? ''
                : ` at ${formatPercent(cause.percentage)} of clients`;
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
                    : ` had reached ${formatPercent(rollout.percentage)} of clients`;
                const state = rollout.state === undefined
                    ? ''
                    : ` (last state seen ${code(rollout.state)})`;
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
            say('What happened', message || `The rollout ended as ${code(report.result)}.`);
            say('What to do', 're-run with step debug logging (`ACTIONS_STEP_DEBUG: true`) and report the error if it persists.');
        }
    }
    if (isDeploymentRunning(report)) {
        if (!['timed-out', 'cancelled'].includes(outcome))
            lines.push(`> ⚠️ ${capitalise(deployment)} was last seen ${code(report.rollout?.state ?? 'running')}: it may still be running. Follow it in the console, or stop it with the command below.`);
        const command = stopCommand(report);
        if (command !== undefined)
            lines.push(codeBlock(command, 'sh'));
    }
    return lines.join('\n\n');
}
function deploymentLink(report) {
    const number = report.rollout?.deploymentNumber;
    if (number === undefined)
        return 'the deployment';
    return markdown_link(`deployment #${number}`, deploymentUrl(report));
}
/** AppConfig's own words about a rollback, escaped, as a trailing sentence. */
function said(cause) {
    return cause.description === undefined || cause.description === ''
        ? ''
        : ` AppConfig says: ${escapeMarkdown(truncate(cause.description, TEXT_MAX_CHARS))}`;
}
function describeCause(report, cause) {
    const says = said(cause);
    switch (cause.by) {
        case 'alarm': {
            const alarms = knownAlarms(report);
            const names = cause.alarmArns.map((arn) => markdown_link(code(alarmName(arn, alarms)), alarmConsoleUrl(arn)));
            if (names.length === 0)
                return `a CloudWatch alarm.${says}`;
            if (names.length > 1)
                return `alarms ${names.join(', ')} fired (their reasons are in the alarm table below).${says}`;
            const reason = alarms.find((a) => a.arn === cause.alarmArns[0])?.reason;
            return reason === undefined || reason === ''
                ? `alarm ${names[0]} fired.${says}`
                : `alarm ${names[0]} fired; CloudWatch says: ${escapeMarkdown(sentence(truncate(reason, TEXT_MAX_CHARS)))}${says}`;
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
                .map((arn) => code(alarmName(arn, knownAlarms(report))))
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
        case 'no-alarms':
            return `Add CloudWatch alarms to the monitors of ${environment}, or set \`require-alarms: false\` to deploy without them.`;
        case 'alarm-firing':
            return "Wait until the alarm is back to `OK` (the alarm table below gives CloudWatch's reason), then re-run.";
        case 'in-progress':
            return 'Wait for the other deployment to end, or set `on-in-progress: wait`.';
    }
}
function awsAdvice(report, environment) {
    const failure = report.failure;
    if (failure?.iamAction !== undefined)
        return `grant ${code(failure.iamAction)} to the role this workflow assumes (its policy in IAM, or the \`role-to-assume\` of \`aws-actions/configure-aws-credentials\`), then re-run.`;
    const region = report.target?.region;
    switch (failure?.errorName) {
        case 'ConflictException':
            return `another deployment is in progress in ${environment}: wait for it to end, or set \`on-in-progress: wait\`, then re-run.`;
        case 'ResourceNotFoundException':
            return `check the \`application\`, \`environment\`, \`configuration-profile\` and \`deployment-strategy\` inputs: each must name an existing resource${region === undefined ? '' : ` in ${code(region)}`} (by name or ID).`;
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

// EXTERNAL MODULE: ./src/appconfig/deployment-events.ts
var deployment_events = __nccwpck_require__(3982);
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
        facts.push(`started ${escapeMarkdown(formatTimestamp(origin))}`);
    if (rollout.endedAt !== undefined) {
        const took = secondsBetween(origin, rollout.endedAt);
        facts.push(`ended ${escapeMarkdown(formatTimestamp(rollout.endedAt))}${took === undefined ? '' : ` (${formatDuration(took)})`}`);
    }
    if (rollout.state !== undefined)
        facts.push(`last state seen ${code(rollout.state)}`);
    const parts = ['#### Timeline'];
    if (facts.length > 0)
        parts.push(render_timeline_capitalise(facts.join(' · ')));
    if (events.length === 0) {
        parts.push('AppConfig returned no events for this deployment.');
        return parts.join('\n\n');
    }
    const known = [...alarms.map((a) => a.arn), ...rollout.triggeredAlarms];
    const rows = events.map((event) => {
        const elapsed = secondsBetween(origin, event.at);
        return [
            elapsed === undefined ? '' : `+${formatDuration(Math.max(0, elapsed))}`,
            escapeMarkdown(timeOfDay(event.at)),
            describeEvent(event, rollout, alarms, known, strategy)
        ];
    });
    const body = table(['elapsed', 'time (UTC)', 'event'], rows);
    parts.push(rows.length > FOLD_ROWS
        ? details(`Show ${(0,src_format/* plural */.LS)(rows.length, 'event')}`, body)
        : body);
    return parts.join('\n\n');
}
function describeEvent(event, rollout, alarms, known, strategy) {
    const said = event.description === undefined || event.description === ''
        ? ''
        : ` — ${escapeMarkdown(truncate(event.description, TEXT_MAX_CHARS))}`;
    switch (event.type) {
        case 'DEPLOYMENT_STARTED':
            return '🚀 Deployment started';
        case 'PERCENTAGE_UPDATED': {
            const percentage = (0,deployment_events/* eventPercentage */.ZJ)(event);
            return percentage === undefined
                ? `📈 Percentage updated${said}`
                : `📈 ${formatPercent(percentage)} of clients`;
        }
        case 'BAKE_TIME_STARTED':
            return strategy === undefined || strategy.finalBakeMinutes === 0
                ? '⏳ Bake started'
                : `⏳ Bake started (${formatMinutes(strategy.finalBakeMinutes)})`;
        case 'DEPLOYMENT_COMPLETED':
            return '✅ Deployment completed';
        case 'ROLLBACK_STARTED':
            return `⚠️ Rollback started by ${trigger(event, rollout, alarms, known)}${said}`;
        case 'ROLLBACK_COMPLETED':
            return '↩️ Rolled back';
        case 'REVERT_COMPLETED':
            return `↩️ Reverted by ${trigger(event, rollout, alarms, known)}${said}`;
        default:
            return `${code(event.type)}${said}`;
    }
}
function trigger(event, rollout, alarms, known) {
    switch (event.triggeredBy) {
        case 'CLOUDWATCH_ALARM': {
            const arns = (0,deployment_events/* alarmArnsIn */.P9)(event.description ?? '', known);
            if (arns.length === 0)
                return 'a CloudWatch alarm';
            return `alarm ${arns.map((arn) => markdown_link(code(alarmName(arn, alarms)), alarmConsoleUrl(arn))).join(', ')}`;
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
            return code(event.triggeredBy);
    }
}
function render_timeline_capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/report/render-summary.ts















/**
 * Renders the job summary for a report: pure, so every outcome can be snapshot-tested.
 * Degrades to stay under `maxBytes` (GitHub's 1 MiB): the flag table is folded when long,
 * then shortened with a count of what was left out, then, as a last resort, cut.
 */
function renderSummary(report, context, maxBytes = SUMMARY_MAX_BYTES) {
    try {
        const rows = report.plan === undefined ? [] : renderChangeRows(report.plan);
        const sections = (shown) => `${compose(report, context, rows, shown).filter(Boolean).join('\n\n')}\n`;
        return fitRows(rows.length, sections, maxBytes, byteLength);
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
        ? `\n\n**What happened:** ${escapeMarkdown(truncate(report.failure.message, TEXT_MAX_CHARS))}`
        : '';
    return `### ${isSuccess(report) ? '✅' : '❌'} Result: ${code(String(report.result))}${failure}\n\nThe full summary could not be rendered (${escapeMarkdown(truncate(said, TEXT_MAX_CHARS))}); the outputs and the step log have the details.\n`;
}
function compose(report, context, rows, shown) {
    const plan = report.plan;
    const rollout = report.rollout;
    // In validate mode the bundle is the whole story; with a target it is one section of many.
    const bundleHeading = report.mode !== 'validate' && report.target !== undefined;
    return [
        `### ${renderHeadline(report)}`,
        renderFailure(report),
        renderNoAlarmsWarning(report),
        renderTarget(report, context),
        plan === undefined ? '' : renderGuards(plan),
        plan === undefined
            ? ''
            : renderChanges(plan, rows, shown, "not shown, to keep this summary under GitHub's 1 MiB limit; the `flags-added`, `flags-removed` and `flags-changed` outputs list every key."),
        rollout === undefined
            ? ''
            : renderTimeline(rollout, knownAlarms(report), report.target?.strategy),
        renderAlarms(report, true),
        report.bundle === undefined
            ? ''
            : bundleSection(report.bundle, context, bundleHeading),
        nextSteps(report),
        footer(report, context)
    ];
}
function footer(report, context) {
    const run = (0,github_context/* runUrl */.Vp)(context);
    return `<sub>AppConfig Guarded Rollout · mode ${code(report.mode ?? 'unknown')} · ${report.durationSeconds.toFixed(1)} s${run ? ` · ${markdown_link('workflow run', run)}` : ''}</sub>`;
}
/** After a success, how to undo it: revert a completed deployment, stop a running one. */
function nextSteps(report) {
    if (report.failure !== undefined)
        return '';
    const previous = report.plan?.deployed === undefined
        ? 'the previous configuration'
        : `version ${report.plan.deployed.version}`;
    if (report.result === 'complete') {
        const command = stopCommand(report, true);
        if (command === undefined)
            return '';
        return details('How to revert', `Within 72 hours of completion AppConfig can revert this deployment, so that clients get ${previous} back (a revert does not wait for the alarms):\n\n${codeBlock(command, 'sh')}`);
    }
    if (report.result === 'baking' || report.result === 'started') {
        const command = stopCommand(report);
        if (command === undefined)
            return '';
        return details('How to stop it', `The deployment is still running; AppConfig rolls it back if an alarm fires. To stop it yourself (AppConfig then rolls it back to ${previous}):\n\n${codeBlock(command, 'sh')}`);
    }
    return '';
}
function bundleSection(bundle, context, heading) {
    const facts = `${code(bundle.displayPath)} · ${bundle.format.toUpperCase()} · ${(0,src_format/* formatKb */.DU)(bundle.fileBytes)} · ${(0,src_format/* plural */.LS)(bundle.flagCount, 'flag')}`;
    const parts = heading ? ['#### Bundle', facts] : [facts];
    if (bundle.problems.length === 0)
        return parts.join('\n\n');
    const rows = bundle.problems.slice(0, MAX_PROBLEM_ROWS).map((p) => {
        const where = `${bundle.displayPath}:${p.line}:${p.col}`;
        const url = (0,github_context/* fileLineUrl */.MK)(context, bundle.displayPath, p.line);
        return [
            p.severity === 'error' ? '❌ error' : '⚠️ warning',
            markdown_link(escapeMarkdown(where), url),
            code(p.rule),
            escapeMarkdown(truncate(p.message, TEXT_MAX_CHARS))
        ];
    });
    const rest = bundle.problems.length - rows.length;
    const counts = [
        bundle.errorCount ? (0,src_format/* plural */.LS)(bundle.errorCount, 'error') : '',
        bundle.warningCount ? (0,src_format/* plural */.LS)(bundle.warningCount, 'warning') : ''
    ].filter(Boolean);
    parts.push(`**${counts.join(', ')}**`, table(['', 'where', 'rule', 'problem'], rows));
    if (rest > 0)
        parts.push(`… and ${(0,src_format/* plural */.LS)(rest, 'more problem')}, listed in the step log as annotations.`);
    return parts.join('\n\n');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/runner.ts


function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** A `::command key=value,...::message` line, as @actions/core's Command.toString. */
function formatCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${command}${pairs.length ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}
function annotation(properties = {}) {
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        col: properties.startColumn
    };
}
function appendToFile(variable, text) {
    const file = process.env[variable];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${variable}`);
    (0,external_node_fs_.appendFileSync)(file, text, { encoding: 'utf8' });
}
/**
 * A random UUID (v4), as @actions/core's delimiters use. node:crypto costs ~4 ms of start-up on
 * Node 24 (it loads streams and the cipher bindings), a fifth of bare Node's start; the same
 * kernel randomness is one read of /dev/urandom away. Elsewhere (Windows) node:crypto it is.
 */
function randomUuid() {
    let bytes;
    try {
        const fd = (0,external_node_fs_.openSync)('/dev/urandom', 'r');
        try {
            bytes = Buffer.alloc(16);
            if ((0,external_node_fs_.readSync)(fd, bytes, 0, 16, null) !== 16)
                bytes = undefined;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        bytes = undefined;
    }
    if (bytes === undefined)
        return process.getBuiltinModule('node:crypto').randomUUID();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** The runner of the current process. */
const processRunner = {
    getInput: (name) => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput(name, value) {
        if (!process.env.GITHUB_OUTPUT) {
            process.stdout.write(external_node_os_.EOL);
            process.stdout.write(`${formatCommand('set-output', { name }, value)}${external_node_os_.EOL}`);
            return;
        }
        const delimiter = `ghadelimiter_${randomUuid()}`;
        if (name.includes(delimiter) || value.includes(delimiter)) {
            throw new Error('Unexpected input: an output contains the heredoc delimiter');
        }
        appendToFile('GITHUB_OUTPUT', `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`);
    },
    info: (message) => void process.stdout.write(`${message}${external_node_os_.EOL}`),
    warning: (message, properties) => void process.stdout.write(`${formatCommand('warning', annotation(properties), message)}${external_node_os_.EOL}`),
    error: (message, properties) => void process.stdout.write(`${formatCommand('error', annotation(properties), message)}${external_node_os_.EOL}`),
    appendSummary: (markdown) => appendToFile('GITHUB_STEP_SUMMARY', markdown),
    setFailed(message) {
        process.exitCode = 1;
        this.error(message);
    }
};

// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __nccwpck_require__(8750);
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
    const runner = options.runner ?? processRunner;
    const now = options.now ?? Date.now;
    const context = (0,github_context/* readGitHubContext */.L7)(options.env ?? process.env);
    const started = now();
    const cancel = options.signal === undefined ? cancelOnSignals(runner) : undefined;
    let partial = {
        result: 'failed',
        mode: undefined,
        failure: {
            kind: 'internal',
            message: 'The action ended before it started.'
        }
    };
    try {
        const settings = (0,src_settings/* parseSettings */.P)((name) => runner.getInput(name), context.workspace);
        partial = { ...partial, mode: settings.mode };
        partial = await (options.pipeline ?? runPipeline)(settings, {
            today: new Date(now()).toISOString().slice(0, 10),
            env: options.env ?? process.env,
            context,
            now,
            sleep: options.sleep ?? abortableSleep,
            log: (line) => runner.info(line),
            warn: (line) => runner.warning(line),
            signal: options.signal ?? cancel.signal,
            createClients: options.createClients
        });
    }
    catch (error) {
        partial = { ...partial, result: 'failed', failure: (0,failure/* toFailure */.w)(error) };
    }
    finally {
        cancel?.dispose();
        const report = {
            ...partial,
            durationSeconds: (now() - started) / 1000
        };
        publish(runner, report, context);
        writeSummary(runner, renderSummary(report, context));
        if (!isSuccess(report)) {
            runner.setFailed(report.failure?.message ?? `The rollout ended as ${report.result}.`);
        }
    }
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
/** Outputs (all of them, on every path) and one annotation per bundle problem. */
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
    for (const problem of bundle.problems) {
        const properties = {
            title: `AppConfig bundle: ${problem.rule}`,
            file: bundle.displayPath,
            startLine: problem.line,
            startColumn: problem.col
        };
        const text = `${problem.rule}: ${problem.message}`;
        if (problem.severity === 'error')
            runner.error(text, properties);
        else
            runner.warning(text, properties);
    }
}
function writeSummary(runner, markdown) {
    try {
        runner.appendSummary(markdown);
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

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseSettings),
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3665);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1633);



/** A bad input value; the message names the input and the value. */
class InputError extends _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'InputError';
    }
    toFailure() {
        return { kind: 'input', message: this.message, input: this.input };
    }
}
const MAX_TIMEOUT_MINUTES = 35_000; // setTimeout's 2^31 ms ceiling is ~35,791 minutes
const MAX_POLL_SECONDS = 3_600;
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Parses and checks every input; throws InputError on the first bad one. */
function parseSettings(read, workspace = process.cwd()) {
    const raw = (name) => read(name).trim();
    const mode = oneOf(raw, 'mode');
    // application/environment/profile are only needed once we talk to AWS.
    const needsTarget = mode !== 'validate';
    const bundle = required(raw, 'bundle');
    const bundlePath = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, bundle);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, bundlePath);
    const bundleDisplayPath = relative && !relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative)
        ? relative.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/')
        : bundlePath;
    const timeoutRaw = raw('timeout-minutes');
    return {
        mode,
        application: needsTarget
            ? required(raw, 'application')
            : raw('application'),
        environment: needsTarget
            ? required(raw, 'environment')
            : raw('environment'),
        configurationProfile: needsTarget
            ? required(raw, 'configuration-profile')
            : raw('configuration-profile'),
        bundlePath,
        bundleDisplayPath,
        deploymentStrategy: withDefault(raw, 'deployment-strategy'),
        waitUntil: oneOf(raw, 'wait-until'),
        timeoutMinutes: timeoutRaw === ''
            ? undefined
            : positiveNumber('timeout-minutes', timeoutRaw, {
                min: Number.MIN_VALUE,
                max: MAX_TIMEOUT_MINUTES,
                unit: 'minutes'
            }),
        pollIntervalSeconds: positiveNumber('poll-interval-seconds', withDefault(raw, 'poll-interval-seconds'), { min: 0.1, max: MAX_POLL_SECONDS, unit: 'seconds' }),
        onInProgress: oneOf(raw, 'on-in-progress'),
        onCancel: oneOf(raw, 'on-cancel'),
        onTimeout: oneOf(raw, 'on-timeout'),
        requireAlarms: boolean(raw, 'require-alarms'),
        allowFlagRemoval: boolean(raw, 'allow-flag-removal'),
        flagNamePattern: regex(raw, 'flag-name-pattern'),
        deprecatedFlags: oneOf(raw, 'deprecated-flags'),
        description: description(raw('description')),
        versionLabel: versionLabel(raw('version-label')),
        tags: tags(read('tags')),
        kmsKeyIdentifier: optional(raw, 'kms-key-identifier', 2048),
        region: region(raw('region'))
    };
}
function required(raw, name) {
    const value = raw(name);
    if (value === '') {
        throw new InputError(name, `Input '${name}' is required but was empty.`);
    }
    return value;
}
function withDefault(raw, name) {
    return raw(name) || _contract_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[name].default;
}
function optional(raw, name, maxLength) {
    const value = raw(name);
    if (value.length > maxLength) {
        throw new InputError(name, `Input '${name}' is ${value.length} characters long; at most ${maxLength} are allowed.`);
    }
    return value === '' ? undefined : value;
}
function oneOf(raw, name) {
    const definition = _contract_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[name];
    const allowed = definition.allowed ?? [];
    const value = raw(name) || definition.default;
    if (!allowed.includes(value)) {
        throw new InputError(name, `Input '${name}' has the value '${value}'; expected one of: ${allowed.join(', ')}.`);
    }
    return value;
}
function boolean(raw, name) {
    const value = raw(name) || _contract_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[name].default;
    // The same spellings as core.getBooleanInput (YAML 1.2 core schema).
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(name, `Input '${name}' has the value '${value}'; expected true or false.`);
}
function positiveNumber(name, value, limits) {
    const n = DECIMAL.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(n) || n < limits.min || n <= 0 || n > limits.max) {
        const floor = limits.min > Number.MIN_VALUE ? `at least ${limits.min}` : 'above 0';
        throw new InputError(name, `Input '${name}' has the value '${value}'; expected a number of ${limits.unit} ${floor} and at most ${limits.max} (for example 10 or 2.5).`);
    }
    return n;
}
function regex(raw, name) {
    const value = raw(name);
    if (value === '')
        return undefined;
    try {
        return new RegExp(value);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new InputError(name, `Input '${name}' has the value '${value}', which is not a valid regular expression: ${reason}`);
    }
}
function description(value) {
    if (value === '')
        return undefined;
    if (value.length > 1024) {
        throw new InputError('description', `Input 'description' is ${value.length} characters long; AppConfig allows at most 1024.`);
    }
    // The hosted-version description travels in an HTTP header, which AppConfig limits to ASCII.
    const bad = [...value].find((c) => c.charCodeAt(0) > 0x7e || c < ' ');
    if (bad !== undefined) {
        throw new InputError('description', `Input 'description' contains ${JSON.stringify(bad)}; AppConfig sends the description in an HTTP header, so only printable ASCII is allowed.`);
    }
    return value;
}
function versionLabel(value) {
    if (value === '')
        return undefined;
    if (value.length > 64 || !/[^0-9]/.test(value)) {
        throw new InputError('version-label', `Input 'version-label' has the value '${value}'; AppConfig needs 1 to 64 characters with at least one non-digit (for example v1.4.0).`);
    }
    if ([...value].some((c) => c.charCodeAt(0) > 0x7e || c < ' ')) {
        throw new InputError('version-label', `Input 'version-label' has the value '${value}'; only printable ASCII is allowed (it travels in an HTTP header).`);
    }
    return value;
}
function tags(value) {
    const result = {};
    const lines = value.split(/\r?\n/);
    lines.forEach((line, index) => {
        const text = line.trim();
        if (text === '' || text.startsWith('#'))
            return;
        const where = `line ${index + 1} of input 'tags' ('${text}')`;
        const eq = text.indexOf('=');
        if (eq < 0) {
            throw new InputError('tags', `${where} has no '='; write key=value.`);
        }
        const key = text.slice(0, eq).trim();
        const tagValue = text.slice(eq + 1).trim();
        if (key === '' || key.length > 128) {
            throw new InputError('tags', `${where}: the key must be 1 to 128 characters.`);
        }
        if (tagValue.length > 256) {
            throw new InputError('tags', `${where}: the value must be at most 256 characters.`);
        }
        if (Object.hasOwn(result, key)) {
            throw new InputError('tags', `${where}: the key '${key}' is repeated.`);
        }
        Object.defineProperty(result, key, {
            value: tagValue,
            enumerable: true,
            writable: true,
            configurable: true
        });
    });
    if (Object.keys(result).length > 50) {
        throw new InputError('tags', `Input 'tags' has ${Object.keys(result).length} tags; AppConfig allows at most 50.`);
    }
    return result;
}
function region(value) {
    if (value === '')
        return undefined;
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(value)) {
        throw new InputError('region', `Input 'region' has the value '${value}', which is not an AWS region name (for example eu-west-1).`);
    }
    return value;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map