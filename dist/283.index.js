export const id = 283;
export const ids = [283];
export const modules = {

/***/ 4763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ INEXACT_NUMBER_RULE),
/* harmony export */   SR: () => (/* binding */ sameNumber),
/* harmony export */   ow: () => (/* binding */ describeInexact),
/* harmony export */   vI: () => (/* binding */ isSuspectNumber)
/* harmony export */ });
/**
 * Numbers JSON cannot carry exactly (issue 25, finding 8). A bundle is parsed into JavaScript
 * numbers (IEEE doubles) and uploaded as `JSON.stringify` of them, so an integer past 2^53
 * comes out rounded (`9007199254740993` is uploaded as `9007199254740992`) and a number past
 * the largest double (`1e309`) comes out as `null`. The parsers already refuse an overflow
 * (`number-range`, `yaml-value`); rule `inexact-number` warns of an integer past 2^53, rounded
 * or not (clients reading JSON numbers as doubles cannot tell it from its neighbours).
 * Messages quote the number as written, never its parsed value.
 */
const INEXACT_NUMBER_RULE = 'inexact-number';
/** Whether a parsed number may differ from its text: an integer past 2^53 (or infinite). */
function isSuspectNumber(value) {
    return (!Number.isFinite(value) ||
        (Number.isInteger(value) && !Number.isSafeInteger(value)));
}
/**
 * What an integer past 2^53 becomes in the uploaded JSON, in a sentence quoting `text` (the
 * number as written); undefined for a number JSON carries exactly. Infinite numbers are the
 * parsers' own errors (`number-range`, `yaml-value`).
 */
function describeInexact(text, value) {
    if (!Number.isFinite(value) || !isSuspectNumber(value))
        return undefined;
    const uploaded = JSON.stringify(value);
    if (!sameNumber(text, uploaded))
        return `the number ${text} is past 2^53 (9007199254740992), where JSON numbers lose digits: it would be uploaded as ${uploaded}; write it as a string if it is an ID`;
    // Exact, and written in exponent form: plainly a float, not an ID that lost its digits.
    if (!/^[+-]?\d+$/.test(text.trim()))
        return undefined;
    return `the number ${text} is past 2^53 (9007199254740992): it is uploaded as written, but clients that read JSON numbers as doubles cannot tell it from its neighbours; write it as a string if it is an ID`;
}
/** Whether two decimal literals denote the same number (digits and exponent compared). */
function sameNumber(a, b) {
    const x = decimal(a);
    const y = decimal(b);
    return (x !== undefined &&
        y !== undefined &&
        x.sign === y.sign &&
        x.digits === y.digits &&
        x.exponent === y.exponent);
}
function decimal(text) {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.replace(/_/g, ''));
    if (m === null || (m[2] === '' && (m[3] ?? '') === ''))
        return undefined;
    const fraction = m[3] ?? '';
    let digits = `${m[2]}${fraction}`.replace(/^0+/, '');
    let exponent = Number(m[4] ?? 0) - fraction.length;
    if (digits === '')
        return { sign: '', digits: '0', exponent: 0 };
    const trailing = /0+$/.exec(digits)?.[0].length ?? 0;
    digits = digits.slice(0, digits.length - trailing);
    exponent += trailing;
    return { sign: m[1] === '-' ? '-' : '', digits, exponent };
}


/***/ }),

/***/ 5569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yt: () => (/* binding */ KEY_REGEX),
/* harmony export */   bn: () => (/* binding */ KEY_PATTERN)
/* harmony export */ });
/* unused harmony exports featureFlagsSchema, editorSchema */
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


/***/ }),

/***/ 3665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   py: () => (/* binding */ OUTPUTS)
/* harmony export */ });
/* unused harmony export RESULTS */
/**
 * The action's public contract (design/action-contract.md): every input with its default and
 * allowed values, and every output. `action.yml` must agree; __tests__/contract.test.ts checks it.
 */
/**
 * No input is `required` in action.yml: application, environment, configuration-profile and
 * bundle are each needed in some modes only, and src/settings.ts says which, naming the input.
 */
const INPUTS = {
    application: { required: false, default: '' },
    environment: { required: false, default: '' },
    'configuration-profile': { required: false, default: '' },
    bundle: { required: false, default: '' },
    mode: {
        required: false,
        default: 'deploy',
        allowed: ['validate', 'plan', 'deploy', 'revert']
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
    region: { required: false, default: '' },
    // Added in the second round (design/action-contract.md).
    'set-flags': { required: false, default: '' },
    'configuration-version': { required: false, default: '' },
    'expected-plan': { required: false, default: '' },
    'on-drift': {
        required: false,
        default: 'fail',
        allowed: ['fail', 'keep', 'overwrite']
    },
    'promote-from': { required: false, default: '' },
    'soak-minutes': { required: false, default: '0' },
    environments: { required: false, default: '' },
    'min-bake-minutes': { required: false, default: '' },
    'pr-comment': {
        required: false,
        default: 'false',
        allowed: ['true', 'false']
    },
    'github-token': { required: false, default: '${{ github.token }}' },
    'code-references': { required: false, default: '' },
    // Added in the third round (design/action-contract.md).
    'flag-tests': { required: false, default: '' },
    'on-experiment': {
        required: false,
        default: 'fail',
        allowed: ['fail', 'stop', 'ignore']
    }
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
    'duration-seconds',
    // Added in the second round (design/action-contract.md).
    'plan-id',
    'deployment-url',
    'drift',
    'stale-flags',
    'unreferenced-flags',
    // Added in the third round (design/action-contract.md).
    'flag-test-results',
    'experiments'
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 9078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ toHeaderText),
/* harmony export */   l: () => (/* binding */ toHeaderLabel)
/* harmony export */ });
/**
 * AppConfig takes a hosted version's description and label in HTTP headers
 * (CreateHostedConfigurationVersion: `Description` and `VersionLabel` are `location: header`
 * in the service model, whose note says "Due to HTTP limitations, this field only supports
 * ASCII characters"). Node refuses a header character above U+00FF outright and sends
 * U+0080..U+00FF as raw Latin-1 bytes, which AWS does not read as the same text. So text a
 * person typed (an en dash in an incident reason, an accent in a name) is spelled in
 * printable ASCII for those two fields, as closely as it can be; the deployment's own
 * description (a JSON body) keeps the text as typed.
 */
/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPELLED = {
    ß: 'ss',
    Æ: 'AE',
    æ: 'ae',
    Œ: 'OE',
    œ: 'oe',
    Ø: 'O',
    ø: 'o',
    Đ: 'D',
    đ: 'd',
    Ł: 'L',
    ł: 'l',
    Þ: 'Th',
    þ: 'th',
    ı: 'i',
    // Dashes and minus signs (U+2010..U+2015, U+2212), quotes, bullets.
    '\u2010': '-',
    '\u2011': '-',
    '\u2012': '-',
    '\u2013': '-',
    '\u2014': '-',
    '\u2015': '-',
    '\u2212': '-',
    '\u2018': "'",
    '\u2019': "'",
    '\u201a': "'",
    '\u201b': "'",
    '\u2032': "'",
    '\u201c': '"',
    '\u201d': '"',
    '\u201e': '"',
    '\u201f': '"',
    '\u2033': '"',
    '\u00ab': '"',
    '\u00bb': '"',
    '\u2022': '*',
    '\u00b7': '*'
};
/** `text` in printable ASCII: accents dropped, typographic punctuation plain, the rest `?`. */
function toHeaderText(text) {
    let out = '';
    for (const char of text.normalize('NFKD')) {
        if (/^[\x20-\x7e]$/.test(char))
            out += char;
        else if (/^\p{M}$/u.test(char))
            continue;
        else if (/^[\s\p{Cc}]$/u.test(char))
            out += ' ';
        else
            out += SPELLED[char] ?? '?';
    }
    return out;
}
/** The header form of a version label: ASCII, at most 64 characters (VersionLabel's max). */
function toHeaderLabel(label) {
    return toHeaderText(label).slice(0, 64);
}


/***/ }),

/***/ 9354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1633);

/** A bad input value; the message names the input and the value. */
class InputError extends _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
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


/***/ }),

/***/ 4283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ input_error/* InputError */.d),
  G: () => (/* binding */ InputErrors),
  TR: () => (/* binding */ describeSettings),
  P$: () => (/* binding */ parseSettings)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/contract.ts
var contract = __webpack_require__(3665);
// EXTERNAL MODULE: ./src/inputs/input-error.ts
var input_error = __webpack_require__(9354);
;// CONCATENATED MODULE: ./src/inputs/read-input.ts
/**
 * Readers of one raw input each (required, defaulted, one of its allowed values, a boolean, a
 * number in a range, a regular expression): every error names the input and the value it got.
 */


/** A plain decimal number: no sign, exponent or hex (Number() would take them all). */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
function required(raw, name) {
    const value = raw(name);
    if (value === '') {
        throw new input_error/* InputError */.d(name, `Input '${name}' is required but was empty.`);
    }
    return value;
}
function withDefault(raw, name) {
    return raw(name) || contract/* INPUTS */.mc[name].default;
}
function oneOf(raw, name) {
    const definition = contract/* INPUTS */.mc[name];
    const allowed = definition.allowed ?? [];
    const value = raw(name) || definition.default;
    if (!allowed.includes(value)) {
        throw new input_error/* InputError */.d(name, `Input '${name}' has the value '${value}'; expected one of: ${allowed.join(', ')}.`);
    }
    return value;
}
function read_input_boolean(raw, name) {
    const value = raw(name) || contract/* INPUTS */.mc[name].default;
    // The same spellings as core.getBooleanInput (YAML 1.2 core schema).
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new input_error/* InputError */.d(name, `Input '${name}' has the value '${value}'; expected true or false.`);
}
function positiveNumber(name, value, limits) {
    const n = DECIMAL.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(n) || n < limits.min || n <= 0 || n > limits.max) {
        const floor = limits.min > Number.MIN_VALUE ? `at least ${limits.min}` : 'above 0';
        throw new input_error/* InputError */.d(name, `Input '${name}' has the value '${value}'; expected a number of ${limits.unit} ${floor} and at most ${limits.max} (for example 10 or 2.5).`);
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
        throw new input_error/* InputError */.d(name, `Input '${name}' has the value '${value}', which is not a valid regular expression: ${reason}`);
    }
}
function nonNegativeNumber(name, value, limits) {
    const n = DECIMAL.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(n) || n < 0 || n > limits.max) {
        throw new input_error/* InputError */.d(name, `Input '${name}' has the value '${value}'; expected a number of minutes from 0 to ${limits.max} (for example 30 or 2.5).`);
    }
    return n;
}

;// CONCATENATED MODULE: ./src/inputs/input-lines.ts
/** The non-blank lines of a multi-line input that are not `#` comments, numbered from 1. */
function inputLines(value) {
    return value
        .split(/\r?\n/)
        .map((text, index) => ({ line: index + 1, text: text.trim() }))
        .filter(({ text }) => text !== '' && !text.startsWith('#'));
}

;// CONCATENATED MODULE: ./src/inputs/parse-kms-key.ts
/** `kms-key-identifier`: one of the four shapes AWS KMS accepts for a key. */

const KEY_ID = '(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})';
const ALIAS = 'alias/[a-zA-Z0-9/_-]{1,250}';
const ARN_PREFIX = 'arn:aws(?:-[a-z]+)*:kms:[a-z]{2}(?:-[a-z]+)+-\\d:\\d{12}:';
/**
 * The shapes "KeyId" takes in the AWS KMS API reference (Encrypt, DescribeKey): a key ID
 * (`1234abcd-12ab-34cd-56ef-1234567890ab`, or `mrk-…` for a multi-Region key), a key ARN
 * (`arn:aws:kms:<region>:<account>:key/<key ID>`), an alias name (`alias/<name>`, the name of
 * letters, digits, `/`, `_` and `-`, at most 256 characters with the prefix) or an alias ARN
 * (`arn:aws:kms:<region>:<account>:alias/<name>`). StartDeployment's KmsKeyIdentifier is "the
 * KMS key identifier (key ID, key alias, or key ARN)" (AppConfig model, 1 to 2048 characters);
 * anything else would only fail after the hosted version was written.
 */
const SHAPES = new RegExp(`^(?:${KEY_ID}|${ARN_PREFIX}key/${KEY_ID}|${ALIAS}|${ARN_PREFIX}${ALIAS})$`);
function kmsKeyIdentifier(value) {
    if (value === '')
        return undefined;
    if (value.length > 2048 || !SHAPES.test(value)) {
        throw new input_error/* InputError */.d('kms-key-identifier', `Input 'kms-key-identifier' has the value '${value.slice(0, 200)}', which is none of the shapes AWS KMS accepts: a key ID (1234abcd-12ab-34cd-56ef-1234567890ab), a key ARN (arn:aws:kms:eu-west-1:111122223333:key/<key ID>), an alias name (alias/my-key) or an alias ARN (arn:aws:kms:eu-west-1:111122223333:alias/my-key).`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/inputs/parse-environment-ref.ts


/** `ENVIRONMENT` or `ENVIRONMENT/PROFILE`. */
function parseEnvironmentRef(name, value, where = `Input '${name}' has the value '${value}'`) {
    if (value === '')
        return undefined;
    const parts = value.split('/').map((part) => part.trim());
    const [environment, profile] = parts;
    if (parts.length > 2 ||
        environment === undefined ||
        parts.some((part) => part === '')) {
        throw new input_error/* InputError */.d(name, `${where}; expected ENVIRONMENT or ENVIRONMENT/PROFILE (a name or ID each).`);
    }
    return profile === undefined ? { environment } : { environment, profile };
}
/** `environments`: one ENVIRONMENT or ENVIRONMENT/PROFILE per line, each once. */
function parseEnvironmentList(value) {
    const result = [];
    const seen = new Set();
    for (const { line, text } of inputLines(value)) {
        const where = `Line ${line} of input 'environments' ('${text}')`;
        const ref = parseEnvironmentRef('environments', text, where);
        const key = `${ref.environment}/${ref.profile ?? ''}`;
        if (seen.has(key)) {
            throw new input_error/* InputError */.d('environments', `${where} repeats an earlier line.`);
        }
        seen.add(key);
        result.push(ref);
    }
    return result;
}

// EXTERNAL MODULE: ./src/bundle/check-numbers.ts
var check_numbers = __webpack_require__(4763);
// EXTERNAL MODULE: ./src/bundle/schema.ts
var schema = __webpack_require__(5569);
;// CONCATENATED MODULE: ./src/inputs/parse-set-flags.ts




const KEY = new RegExp(schema/* KEY_PATTERN */.bn);
/**
 * `set-flags`: `FLAG=on`, `FLAG=off` or `FLAG.ATTRIBUTE=<JSON>`, one per line. Only the
 * syntax is checked here; whether the flag and attribute exist, and the value fits the
 * attribute's constraints, is checked against the deployed content later.
 */
function parseSetFlags(value) {
    const result = [];
    const seen = new Set();
    for (const { line, text } of inputLines(value)) {
        const where = `line ${line} of input 'set-flags' ('${text}')`;
        const eq = text.indexOf('=');
        if (eq < 0) {
            throw new input_error/* InputError */.d('set-flags', `${where} has no '='; write FLAG=on, FLAG=off or FLAG.ATTRIBUTE=<JSON value>.`);
        }
        const left = text.slice(0, eq).trim();
        const right = text.slice(eq + 1).trim();
        const dot = left.indexOf('.');
        const flag = dot < 0 ? left : left.slice(0, dot);
        const attribute = dot < 0 ? undefined : left.slice(dot + 1);
        if (!KEY.test(flag)) {
            throw new input_error/* InputError */.d('set-flags', `${where}: '${flag}' is not a valid AppConfig flag key (a lowercase letter, then up to 63 letters, digits, '_' or '-').`);
        }
        const target = attribute === undefined ? flag : `${flag}.${attribute}`;
        if (seen.has(target)) {
            throw new input_error/* InputError */.d('set-flags', `${where}: '${target}' is already set on an earlier line.`);
        }
        seen.add(target);
        if (attribute === undefined) {
            if (right !== 'on' && right !== 'off') {
                throw new input_error/* InputError */.d('set-flags', `${where}: a flag is set to 'on' or 'off', not '${right}'; to set an attribute write ${flag}.ATTRIBUTE=<JSON value>.`);
            }
            result.push({ line, flag, kind: 'enabled', enabled: right === 'on' });
            continue;
        }
        if (attribute === 'enabled') {
            throw new input_error/* InputError */.d('set-flags', `${where}: 'enabled' is not an attribute; write ${flag}=on or ${flag}=off.`);
        }
        if (!KEY.test(attribute)) {
            throw new input_error/* InputError */.d('set-flags', `${where}: '${attribute}' is not a valid AppConfig attribute name (a lowercase letter, then up to 63 letters, digits, '_' or '-').`);
        }
        let parsed;
        try {
            parsed = JSON.parse(right);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new input_error/* InputError */.d('set-flags', `${where}: the value '${right}' is not JSON (${reason}); quote strings, for example ${flag}.${attribute}="blue".`);
        }
        const inexact = inexactNumber(right);
        if (inexact !== undefined)
            throw new input_error/* InputError */.d('set-flags', `${where}: ${inexact}.`);
        result.push({
            line,
            flag,
            kind: 'attribute',
            attribute,
            value: parsed,
            text: right
        });
    }
    return result.length === 0 ? undefined : result;
}
/**
 * A kill switch deploys exactly what was typed, or nothing: a number JSON cannot carry (an
 * overflow that would become null, an integer past 2^53 that would be rounded) is refused,
 * quoting the number as typed. A sentence, or undefined when every number survives.
 */
function inexactNumber(text) {
    // Number tokens of valid JSON text, strings skipped.
    for (const [token] of text.matchAll(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)) {
        if (token.startsWith('"'))
            continue;
        const n = Number(token);
        if (!Number.isFinite(n))
            return `the number ${token} is past the largest number JSON can carry (about 1.8e308); it would be deployed as null`;
        if ((0,check_numbers/* isSuspectNumber */.vI)(n) && !(0,check_numbers/* sameNumber */.SR)(token, JSON.stringify(n)))
            return (0,check_numbers/* describeInexact */.ow)(token, n);
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/inputs/header-text.ts
var header_text = __webpack_require__(9078);
;// CONCATENATED MODULE: ./src/inputs/parse-text-inputs.ts
/** The free-text inputs: description, version-label, tags, region, configuration-version. */


/**
 * `description`: any text up to AppConfig's 1024 characters. The deployment carries it as
 * typed; the hosted version's description header gets its ASCII spelling (toHeaderText), so
 * an incident reason with a typographic dash or an accent never stops a kill switch.
 */
function description(value) {
    if (value === '')
        return undefined;
    if (value.length > 1024) {
        throw new input_error/* InputError */.d('description', `Input 'description' is ${value.length} characters long; AppConfig allows at most 1024.`);
    }
    return value;
}
/**
 * `version-label`: any text of 1 to 64 characters; it travels in a header, so AppConfig
 * stores its ASCII spelling (toHeaderLabel), which must keep a non-digit (the model's
 * VersionLabel pattern `.*[^0-9].*`, which tells a label from a version number).
 */
function versionLabel(value) {
    if (value === '')
        return undefined;
    const sent = (0,header_text/* toHeaderLabel */.l)(value);
    if (value.length > 64 || !/[^0-9]/.test(sent)) {
        throw new input_error/* InputError */.d('version-label', `Input 'version-label' has the value '${value}'${sent !== value ? ` (in ASCII, as AppConfig stores it: '${sent}')` : ''}; AppConfig needs 1 to 64 characters with at least one non-digit (for example v1.4.0).`);
    }
    return value;
}
/** AppConfig's 50 tags per resource, less the one the action adds to every deployment. */
const MAX_USER_TAGS = 49;
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
            throw new input_error/* InputError */.d('tags', `${where} has no '='; write key=value.`);
        }
        const key = text.slice(0, eq).trim();
        const tagValue = text.slice(eq + 1).trim();
        if (key === '' || key.length > 128) {
            throw new input_error/* InputError */.d('tags', `${where}: the key must be 1 to 128 characters.`);
        }
        if (tagValue.length > 256) {
            throw new input_error/* InputError */.d('tags', `${where}: the value must be at most 256 characters.`);
        }
        // TagResource: "The key must not start with aws:" (reserved for AWS's own tags).
        if (key.toLowerCase().startsWith('aws:')) {
            throw new input_error/* InputError */.d('tags', `${where}: keys starting with 'aws:' are reserved for AWS; choose another key.`);
        }
        // The action's own tag (appconfig/deployment-source.ts): a user value would replace it and
        // later runs would no longer recognise the deployment.
        if (key.startsWith('appconfig-guarded-rollout:')) {
            throw new input_error/* InputError */.d('tags', `${where}: keys starting with 'appconfig-guarded-rollout:' are the action's own; choose another key.`);
        }
        if (Object.hasOwn(result, key)) {
            throw new input_error/* InputError */.d('tags', `${where}: the key '${key}' is repeated.`);
        }
        Object.defineProperty(result, key, {
            value: tagValue,
            enumerable: true,
            writable: true,
            configurable: true
        });
    });
    // AppConfig's TagMap holds at most 50 tags, and every deployment carries the action's
    // source tag (appconfig-guarded-rollout:source) beside the user's: 49 are left.
    if (Object.keys(result).length > MAX_USER_TAGS) {
        throw new input_error/* InputError */.d('tags', `Input 'tags' has ${Object.keys(result).length} tags; at most ${MAX_USER_TAGS} are allowed (AppConfig allows 50 per deployment and the action adds its own appconfig-guarded-rollout:source tag).`);
    }
    return result;
}
function region(value) {
    if (value === '')
        return undefined;
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(value)) {
        throw new input_error/* InputError */.d('region', `Input 'region' has the value '${value}', which is not an AWS region name (for example eu-west-1).`);
    }
    return value;
}
/** `configuration-version`: a hosted version number, or else its label. */
function versionReference(value) {
    if (value === '')
        return undefined;
    if (/^\d+$/.test(value)) {
        const n = Number(value);
        if (n < 1 || !Number.isSafeInteger(n)) {
            throw new input_error/* InputError */.d('configuration-version', `Input 'configuration-version' has the value '${value}'; a version number is 1 or more.`);
        }
        return n;
    }
    // AppConfig labels always have a non-digit, so all-digit text above is a number.
    if (value.length > 64) {
        throw new input_error/* InputError */.d('configuration-version', `Input 'configuration-version' has the value '${value}'; a version label is at most 64 characters.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/settings.ts









/** The first of `errors`; InputErrors is only made with at least one. */
function firstOf(errors) {
    const [first] = errors;
    if (first === undefined)
        throw new Error('InputErrors needs at least one error');
    return first;
}
/**
 * Every bad input of a run, reported at once so a workflow author fixes them in one go. It is
 * an InputError for the first of them; `mode` is the mode in force, when that input was valid.
 */
class InputErrors extends input_error/* InputError */.d {
    errors;
    mode;
    constructor(errors, mode) {
        super(firstOf(errors).input, errors.length === 1
            ? firstOf(errors).message
            : `${errors.length} inputs are invalid:\n${errors.map((e) => e.message).join('\n')}`);
        this.errors = errors;
        this.mode = mode;
        this.name = 'InputErrors';
    }
    /** The inputs at fault, each once, in the order found. */
    get inputs() {
        return [...new Set(this.errors.map((e) => e.input))];
    }
    /** The summary names every input at fault; the message lists every problem. */
    toFailure() {
        return {
            kind: 'input',
            message: this.message,
            input: this.inputs.join(', ')
        };
    }
}
const MAX_TIMEOUT_MINUTES = 35_000; // setTimeout's 2^31 ms ceiling is ~35,791 minutes
const MAX_POLL_SECONDS = 3_600;
const MAX_BAKE_MINUTES = 1_440; // AppConfig's FinalBakeTimeInMinutes ceiling
/**
 * Parses and checks every input; throws InputErrors listing every bad one (each message names
 * its input and value), including the rules that tie inputs to modes.
 */
function parseSettings(read, workspace = process.cwd()) {
    const raw = (name) => read(name).trim();
    const errors = [];
    /** Runs one parser, collecting its error; `fallback` stands in so parsing goes on. */
    const attempt = (parse, fallback) => {
        try {
            return parse();
        }
        catch (error) {
            if (!(error instanceof input_error/* InputError */.d))
                throw error;
            errors.push(error);
            return fallback;
        }
    };
    const modeValid = attempt(() => oneOf(raw, 'mode'), undefined);
    const mode = modeValid ?? 'deploy';
    const setFlags = attempt(() => parseSetFlags(read('set-flags')), undefined);
    const configurationVersion = attempt(() => versionReference(raw('configuration-version')), undefined);
    const bundle = raw('bundle');
    const sources = [
        ['bundle', bundle !== ''],
        ['set-flags', raw('set-flags') !== ''],
        ['configuration-version', raw('configuration-version') !== '']
    ]
        .filter(([, given]) => given)
        .map(([name]) => name);
    if (modeValid !== undefined) {
        errors.push(...modeRules(mode, sources, raw));
    }
    // application/environment/profile are only needed once we talk to AWS.
    const needsTarget = mode !== 'validate';
    const target = (name) => needsTarget ? attempt(() => required(raw, name), '') : raw(name);
    // revert never reads a bundle, whatever `bundle` says.
    const readsBundle = mode !== 'revert' && bundle !== '';
    const bundlePath = readsBundle ? external_node_path_default().resolve(workspace, bundle) : undefined;
    const timeoutRaw = raw('timeout-minutes');
    const promoteFrom = attempt(() => parseEnvironmentRef('promote-from', raw('promote-from')), undefined);
    const soakMinutes = attempt(() => nonNegativeNumber('soak-minutes', withDefault(raw, 'soak-minutes'), {
        max: MAX_TIMEOUT_MINUTES
    }), 0);
    if (soakMinutes > 0 && raw('promote-from') === '') {
        errors.push(new input_error/* InputError */.d('soak-minutes', `Input 'soak-minutes' has the value '${raw('soak-minutes')}', but it only counts with 'promote-from' (how long the content must have run there), which is empty.`));
    }
    const minBakeRaw = raw('min-bake-minutes');
    const settings = {
        mode,
        application: target('application'),
        environment: target('environment'),
        configurationProfile: target('configuration-profile'),
        bundlePath,
        bundleDisplayPath: bundlePath === undefined ? undefined : displayPath(workspace, bundlePath),
        deploymentStrategy: withDefault(raw, 'deployment-strategy'),
        waitUntil: attempt(() => oneOf(raw, 'wait-until'), 'complete'),
        timeoutMinutes: attempt(() => timeoutRaw === ''
            ? undefined
            : positiveNumber('timeout-minutes', timeoutRaw, {
                min: Number.MIN_VALUE,
                max: MAX_TIMEOUT_MINUTES,
                unit: 'minutes'
            }), undefined),
        pollIntervalSeconds: attempt(() => positiveNumber('poll-interval-seconds', withDefault(raw, 'poll-interval-seconds'), { min: 0.1, max: MAX_POLL_SECONDS, unit: 'seconds' }), 10),
        onInProgress: attempt(() => oneOf(raw, 'on-in-progress'), 'wait'),
        onExperiment: attempt(() => oneOf(raw, 'on-experiment'), 'fail'),
        onCancel: attempt(() => oneOf(raw, 'on-cancel'), 'stop'),
        onTimeout: attempt(() => oneOf(raw, 'on-timeout'), 'stop'),
        requireAlarms: attempt(() => read_input_boolean(raw, 'require-alarms'), false),
        allowFlagRemoval: attempt(() => read_input_boolean(raw, 'allow-flag-removal'), false),
        flagNamePattern: attempt(() => regex(raw, 'flag-name-pattern'), undefined),
        deprecatedFlags: attempt(() => oneOf(raw, 'deprecated-flags'), 'warn'),
        description: attempt(() => description(raw('description')), undefined),
        versionLabel: attempt(() => versionLabel(raw('version-label')), undefined),
        tags: attempt(() => tags(read('tags')), {}),
        kmsKeyIdentifier: attempt(() => kmsKeyIdentifier(raw('kms-key-identifier')), undefined),
        region: attempt(() => region(raw('region')), undefined),
        setFlags,
        configurationVersion,
        expectedPlan: raw('expected-plan') || undefined,
        onDrift: attempt(() => oneOf(raw, 'on-drift'), 'fail'),
        promoteFrom,
        soakMinutes,
        environments: attempt(() => parseEnvironmentList(read('environments')), []),
        minBakeMinutes: attempt(() => minBakeRaw === ''
            ? undefined
            : nonNegativeNumber('min-bake-minutes', minBakeRaw, {
                max: MAX_BAKE_MINUTES
            }), undefined),
        prComment: attempt(() => read_input_boolean(raw, 'pr-comment'), false),
        githubToken: raw('github-token'),
        codeReferences: inputLines(read('code-references')).map(({ text }) => text),
        flagTests: attempt(() => flagTestsFile(raw('flag-tests'), workspace), undefined)
    };
    if (errors.length > 0)
        throw new InputErrors(errors, modeValid);
    return settings;
}
/**
 * Which inputs each mode needs or refuses: one source of content (bundle, set-flags or
 * configuration-version) in validate, plan and deploy; none in revert; expected-plan in deploy
 * only. Returns the broken rules, each naming an input.
 */
function modeRules(mode, sources, raw) {
    const errors = [];
    const quoted = sources.map((s) => `'${s}'`).join(' and ');
    if (mode === 'revert') {
        // bundle is tolerated (a shared `with:` block), but what would be deployed is not.
        const [content] = sources.filter((s) => s !== 'bundle');
        if (content !== undefined)
            errors.push(new input_error/* InputError */.d(content, `Input '${content}' is set, but mode 'revert' deploys the configuration the environment ran before, not new content; remove '${content}' or use mode 'deploy'.`));
    }
    else if (sources.length === 0) {
        errors.push(new input_error/* InputError */.d('bundle', `Input 'bundle' is required in mode '${mode}' unless 'set-flags' or 'configuration-version' says what to deploy; all three are empty.`));
    }
    else if (sources[1] !== undefined) {
        errors.push(new input_error/* InputError */.d(sources[1], `Inputs ${quoted} are both set; give exactly one of 'bundle', 'set-flags' and 'configuration-version' (each says what to deploy).`));
    }
    if (mode === 'validate') {
        const [needsAws] = sources.filter((s) => s !== 'bundle');
        if (needsAws !== undefined)
            errors.push(new input_error/* InputError */.d(needsAws, `Input '${needsAws}' needs the environment's deployed content, but mode 'validate' makes no AWS call; use mode 'plan' to check it.`));
    }
    if (mode !== 'deploy' && raw('expected-plan') !== '') {
        errors.push(new input_error/* InputError */.d('expected-plan', `Input 'expected-plan' is set, but it only applies in mode 'deploy' (the mode is '${mode}').`));
    }
    return errors;
}
/** `flag-tests`: a .json, .yaml or .yml path, resolved like `bundle`. */
function flagTestsFile(value, workspace) {
    if (value === '')
        return undefined;
    if (!/\.(json|ya?ml)$/i.test(value))
        throw new input_error/* InputError */.d('flag-tests', `Input 'flag-tests' has the value '${value}'; expected the path of a .yaml, .yml or .json test file.`);
    const absolute = external_node_path_default().resolve(workspace, value);
    return { path: absolute, displayPath: displayPath(workspace, absolute) };
}
function displayPath(workspace, bundlePath) {
    const relative = external_node_path_default().relative(workspace, bundlePath);
    return relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative)
        ? relative.split((external_node_path_default()).sep).join('/')
        : bundlePath;
}
/**
 * The settings as debug lines (`ACTIONS_STEP_DEBUG`), one per field; the token is never shown,
 * only whether it is set.
 */
function describeSettings(settings) {
    return Object.entries(settings).map(([key, value]) => {
        const shown = key === 'githubToken'
            ? value === ''
                ? '(not set)'
                : '(set, masked)'
            : value instanceof RegExp
                ? String(value)
                : value === undefined
                    ? '(not set)'
                    : JSON.stringify(value);
        return `setting ${key}: ${shown}`;
    });
}


/***/ })

};
