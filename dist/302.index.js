export const id = 302;
export const ids = [302,425];
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

/***/ 9885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
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


/***/ }),

/***/ 5208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ loadJsonc)
/* harmony export */ });
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


/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parseRuleTree),
/* harmony export */   i: () => (/* binding */ parseRule)
/* harmony export */ });
/**
 * A parser for AppConfig's multi-variant rule language (appconfig-spec.md §1.4), prefix
 * S-expressions: AWS publishes no grammar, so this checks what its documentation shows (balanced
 * brackets, known operators and their arguments, named `pct::`/`by::`..., operand forms) and
 * builds the tree src/rules/ evaluates.
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
    return parseRuleTree(text).problems;
}
/**
 * Parses a rule into its tree (for the evaluator in src/rules/) and its problems; the tree is
 * undefined when the text is not one expression. Use the tree only when there are no problems.
 */
function parseRuleTree(text) {
    const problems = [];
    const parser = new Parser(text, problems);
    let tree;
    try {
        parser.skipSpace();
        if (parser.atEnd()) {
            return {
                tree: undefined,
                problems: [{ message: 'the rule is empty', index: 0 }]
            };
        }
        if (text[parser.pos] !== '(') {
            throw new RuleSyntaxError(`a rule is one expression in parentheses, such as (eq $country "DE"); it starts with '${text[parser.pos]}'`, parser.pos);
        }
        tree = parser.expression();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw new RuleSyntaxError(`unexpected '${text.slice(parser.pos, parser.pos + 20)}' after the end of the rule's expression (combine conditions with (and ...) or (or ...))`, parser.pos);
        }
    }
    catch (error) {
        if (!(error instanceof RuleSyntaxError))
            throw error;
        problems.push({ message: error.message, index: error.index });
        tree = undefined;
    }
    return { tree, problems };
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
        return {
            kind: 'expr',
            operator,
            index: start,
            end: this.pos,
            args: positional,
            named
        };
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
        const items = [];
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
                if (items.length === 0)
                    this.report("a list cannot start with ','", this.pos);
                this.pos++;
                continue;
            }
            const item = this.operand();
            if (item.kind === 'expr' || item.kind === 'list') {
                this.report('list items must be strings, numbers or booleans', item.index);
            }
            items.push(item);
        }
        this.depth--;
        return {
            kind: 'list',
            index: start,
            value: this.text.slice(start, this.pos),
            items
        };
    }
    report(message, index) {
        this.problems.push({ message, index });
    }
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

/***/ 2720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ readSource)
});

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

// EXTERNAL MODULE: ./src/bundle/line-index.ts
var line_index = __webpack_require__(9885);
// EXTERNAL MODULE: ./src/bundle/check-numbers.ts
var check_numbers = __webpack_require__(4763);
;// CONCATENATED MODULE: ./src/bundle/json-locator.ts

/**
 * Locates findings in JSON text: by source offset, or by path (the key or the value; the
 * nearest existing ancestor when the path is absent) in jsonc-parser's syntax tree, parsed on
 * the first path located (findings placed by offset never need it).
 */
function jsonLocator(text, jsonc) {
    const lines = new line_index/* LineIndex */.r(text);
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

// EXTERNAL MODULE: ./src/bundle/load-jsonc.ts
var load_jsonc = __webpack_require__(5208);
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
    const jsonc = await (0,load_jsonc/* loadJsonc */.K)();
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
/**
 * What JSON.parse hides: duplicate keys (it keeps the last), numbers out of range and integers
 * it rounds (check-numbers.ts).
 */
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
            else if (typeof literal === 'number' && (0,check_numbers/* isSuspectNumber */.vI)(literal)) {
                const message = (0,check_numbers/* describeInexact */.ow)(text.slice(offset, offset + Math.min(length, 80)), literal);
                if (message !== undefined)
                    findings.push({
                        rule: check_numbers/* INEXACT_NUMBER_RULE */.EY,
                        severity: 'warning',
                        message,
                        path: [],
                        sourceOffset: offset
                    });
            }
        }
    }, { disallowComments: true });
}
/** Text JSON.parse refused: every syntax error, with its position. */
function readBrokenJson(text, jsonc) {
    const lines = new line_index/* LineIndex */.r(text);
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
    const lines = new line_index/* LineIndex */.r(text);
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
                else if (isScalar(node) &&
                    typeof node.value === 'number' &&
                    (0,check_numbers/* isSuspectNumber */.vI)(node.value)) {
                    const message = (0,check_numbers/* describeInexact */.ow)(String(node.source ?? node.value), node.value);
                    // A warning: the bundle can still be deployed, so the parse has not failed.
                    if (message !== undefined)
                        findings.push({
                            rule: check_numbers/* INEXACT_NUMBER_RULE */.EY,
                            severity: 'warning',
                            message,
                            path: [],
                            sourceOffset: node.range?.[0] ?? 0
                        });
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
        // An infinity, or an integer past 2^53 (check-numbers.ts): `yaml` then reads its source.
        if (typeof node === 'number' && (0,check_numbers/* isSuspectNumber */.vI)(node))
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
            return (lines ??= new line_index/* LineIndex */.r(text)).at(f.sourceOffset);
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
        const lines = new line_index/* LineIndex */.r(text);
        return refusedSource(format, `the bundle nests objects and lists more than ${MAX_NESTING_DEPTH} levels deep here; a feature-flag bundle needs about 8, so it was not read further`, tooDeep, (offset) => lines.at(offset));
    }
    return format === 'yaml' ? readYamlSource(text) : readJsonSource(text);
}


/***/ }),

/***/ 3477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ linkMessage),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   K5: () => (/* binding */ resolveWorkspaceFile),
/* harmony export */   gR: () => (/* binding */ WorkspaceLinkError)
/* harmony export */ });
/* unused harmony export readWorkspaceFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1633);



/**
 * The workspace holds what a pull request wrote, symbolic links included: a committed link
 * `flags.json -> /proc/self/environ` would make the action read (and summarise) a file of the
 * runner. So a file an input names *inside* the workspace must really be inside it once every
 * link on its path is followed. A path the input itself names outside the workspace (absolute,
 * or with `..`) is the workflow author's own choice, written in the workflow, and is read as
 * written. Every file read because of an input goes through here: `bundle`, `flag-tests`,
 * and each `code-references` file (list-source-files.ts checks the links its walk meets).
 */
/** A file an input names inside the workspace leads outside it through a symbolic link. */
class WorkspaceLinkError extends _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'WorkspaceLinkError';
    }
    toFailure() {
        return { kind: 'input', input: this.input, message: this.message };
    }
}
/** True when `file` (absolute, normalised) is `dir` or lies under it. */
function isInside(dir, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(dir, file);
    return (relative === '' ||
        (!relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) &&
            relative !== '..' &&
            !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)));
}
/** The workspace with its own links followed (a runner's work folder may be one). */
function realWorkspace(workspace) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    }
}
/**
 * The path to open for `file` (relative to `workspace`, or absolute), named by `input`:
 * written outside the workspace → as written; inside → its real path, which must stay in
 * the workspace, else a WorkspaceLinkError. A path that does not exist is returned as it is,
 * for the caller's own "does not exist".
 */
function resolveWorkspaceFile(file, workspace, input) {
    const named = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, file);
    if (!isInside(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace), named))
        return named;
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(named);
    }
    catch {
        return named;
    }
    const root = realWorkspace(workspace);
    if (!isInside(root, real)) {
        const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace), named)
            .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))
            .join('/');
        throw new WorkspaceLinkError(input, linkMessage(input, shown, real));
    }
    return real;
}
/** Reads a file an input names, as resolveWorkspaceFile allows. */
function readWorkspaceFile(file, workspace, input) {
    return readFileSync(resolveWorkspaceFile(file, workspace, input));
}
/** The refusal, naming the input, the path as written and where the link leads. */
function linkMessage(input, file, target) {
    return `Input '${input}': '${file}' is in the workspace, but a symbolic link on its path leads outside it (to '${target}'). A pull request can commit such a link, so it is not followed and nothing was read from it. If a file outside the workspace is meant, name it in the input itself (an absolute path, or one with '..').`;
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

/***/ 7502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vN: () => (/* binding */ validateBundleFile),
  Y7: () => (/* binding */ validateBundleText)
});

// UNUSED EXPORTS: BundleReadError, FILE_SIZE_FACTOR, MAX_BUNDLE_BYTES, formatOf, validateBundleBytes

// EXTERNAL MODULE: ./src/bundle/read-workspace-file.ts
var read_workspace_file = __webpack_require__(3477);
;// CONCATENATED MODULE: ./src/bundle/pattern-engine.ts
/**
 * Runs a bundle's attribute `pattern` constraints in linear time (issue 25, finding 3). The
 * patterns are ECMA-262 regular expressions (JSON Schema's `pattern`), and V8's backtracking
 * engine takes exponential time on some of them: `^(a+)+$` against 30 `a`s and a `!` took 45 s
 * and held the main thread, so neither a timeout nor a cancel could run. RE2 (here `re2js`, its
 * pure-JavaScript port: no native build, no WebAssembly, ~60 KB in dist) guarantees time linear
 * in the value's length, for the patterns RE2's syntax has: everything a flag's constraint
 * usually needs (classes, anchors, groups, alternation, repetition, `\d`, `\w`, `\p{…}`).
 * Lookaround and backreferences have no linear-time algorithm, so such a pattern is reported
 * as not checked (a warning) rather than run. Differences that remain: RE2's `\s` and `\b`
 * are ASCII-only, where ECMA's also take Unicode spaces.
 */
let engine;
/** Loads the engine (lazily: only bundles with patterns pay for it). */
async function loadPatternEngine() {
    engine ??= await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
}
/**
 * Linear time still adds up: 2 MB of values takes RE2's JavaScript port about a second. So one
 * validation spends at most this long matching; the values left are reported as unchecked.
 */
const PATTERN_BUDGET_MS = 250;
const budget = { deadline: Infinity, skipped: 0 };
/** Starts a validation's matching budget (validate-bundle.ts, before its semantic checks). */
function startPatternBudget(ms = PATTERN_BUDGET_MS, now = performance.now.bind(performance)) {
    budget.deadline = now() + ms;
    budget.skipped = 0;
    clock = now;
    return { skipped: () => budget.skipped };
}
let clock = performance.now.bind(performance);
function withinBudget() {
    if (clock() <= budget.deadline)
        return true;
    budget.skipped++;
    return false;
}
const cache = new Map();
/**
 * Compiles an ECMA pattern for linear-time matching; undefined when it is no regular
 * expression at all (V8 refuses it too). Needs loadPatternEngine() first.
 */
function compilePattern(source) {
    if (cache.has(source))
        return cache.get(source);
    let compiled;
    if (!isEcmaPattern(source))
        compiled = undefined;
    else {
        if (engine === undefined)
            throw new Error('compilePattern: loadPatternEngine() was not awaited');
        try {
            const re = engine.RE2JS.compile(toRe2Syntax(source));
            compiled = {
                test: (value) => (withinBudget() ? re.test(value) : undefined)
            };
        }
        catch (error) {
            compiled = {
                unsupported: /\(\?[=!<]|\\[1-9]|\\k</.test(source)
                    ? 'it uses lookahead, lookbehind or a backreference'
                    : `RE2 cannot read it (${error instanceof Error ? error.message : String(error)})`
            };
        }
    }
    cache.set(source, compiled);
    return compiled;
}
/** V8 compiles without running: checking that a pattern is valid ECMA takes linear time. */
function isEcmaPattern(source) {
    for (const flags of ['u', '']) {
        try {
            new RegExp(source, flags);
            return true;
        }
        catch {
            // try the next
        }
    }
    return false;
}
/** ECMA escapes RE2 spells otherwise: `\uXXXX`, `\u{X}` → `\x{X}`; `\0` → `\x00`; `\/` → `/`. */
function toRe2Syntax(source) {
    let out = '';
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char !== '\\' || i + 1 >= source.length) {
            out += char;
            continue;
        }
        const next = source[i + 1];
        const hex4 = /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2, i + 6));
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(i + 2));
        if (next === 'u' && braced !== null) {
            out += `\\x{${braced[1]}}`;
            i += 1 + braced[0].length;
        }
        else if (next === 'u' && hex4 !== null) {
            out += `\\x{${hex4[0]}}`;
            i += 5;
        }
        else if (next === '0' && !/[0-9]/.test(source[i + 2] ?? '')) {
            out += '\\x00';
            i += 1;
        }
        else if (next === '/') {
            out += '/';
            i += 1;
        }
        else {
            out += char + next;
            i += 1;
        }
    }
    return out;
}

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

;// CONCATENATED MODULE: ./src/bundle/fold-follow-ons.ts
/**
 * Problems that only exist because of a misspelt key, folded into the problem of that key, so
 * a typo reads as one error with its fix rather than one error and its echoes (issue 26:
 * `attrbutes` gave one real error and four "the flag defines no attribute" ones).
 *
 * A finding may say which key it most likely meant (`meant`, from didYouMean); for the keys
 * whose absence causes other problems, those are removed and counted in the typo's message.
 */
function foldFollowOns(findings) {
    const folds = findings.flatMap((finding) => {
        const caused = causedBy(finding);
        return caused === undefined ? [] : [{ finding, caused }];
    });
    if (folds.length === 0)
        return findings.slice();
    const folded = new Map();
    const dropped = new Set();
    for (const { finding, caused } of folds) {
        const echoes = findings.filter((other) => other !== finding && !dropped.has(other) && caused(other));
        for (const echo of echoes)
            dropped.add(echo);
        folded.set(finding, echoes);
    }
    return findings
        .filter((finding) => !dropped.has(finding))
        .map((finding) => {
        const echoes = folded.get(finding);
        if (echoes === undefined || echoes.length === 0)
            return finding;
        const where = [...new Set(echoes.map((e) => pathText(e.path)))];
        const shown = where.slice(0, 3).join(', ');
        const more = where.length > 3 ? ` and ${where.length - 3} more` : '';
        return {
            ...finding,
            message: `${finding.message} (it also explains ${echoes.length} follow-on ${echoes.length === 1 ? 'problem' : 'problems'}, at ${shown}${more}, not reported separately)`
        };
    });
}
/** Which other findings a misspelt key causes, if it is one whose absence has echoes. */
function causedBy(finding) {
    if (finding.rule !== 'unknown-property' || finding.meant === undefined)
        return undefined;
    const path = finding.path;
    // flags.<flag>.attrbutes: every value of an attribute of that flag is "not defined".
    if (finding.meant === 'attributes' &&
        path.length === 3 &&
        path[0] === 'flags') {
        const flag = path[1];
        return (other) => ['undefined-attribute', 'max-attributes'].includes(other.rule) &&
            other.path[0] === 'values' &&
            other.path[1] === flag;
    }
    // The root's flags or values misspelt: it is "missing", and every flag or value is orphaned.
    if (path.length === 1 && finding.meant === 'flags')
        return (other) => (other.rule === 'required' &&
            other.path.length === 0 &&
            /'flags'/.test(other.message)) ||
            other.rule === 'value-without-flag';
    if (path.length === 1 && finding.meant === 'values')
        return (other) => (other.rule === 'required' &&
            other.path.length === 0 &&
            /'values'/.test(other.message)) ||
            other.rule === 'flag-without-value';
    return undefined;
}
function pathText(path) {
    return path.map(String).join('.');
}

;// CONCATENATED MODULE: ./src/did-you-mean.ts
/**
 * The candidate a misspelt name most likely meant (`attrbutes` → `attributes`), or undefined
 * when none is close: at most one edit for names of up to 4 characters, two for longer ones
 * (insert, delete, substitute, or swap two neighbours), case ignored. A tie keeps the first
 * candidate. Shared by the bundle's unknown keys and any other file of keys a person types.
 */
function didYouMean(word, candidates) {
    const lower = word.toLowerCase();
    const limit = word.length <= 4 ? 1 : 2;
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (candidate === word)
            continue;
        const distance = editDistance(lower, candidate.toLowerCase(), limit);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** Optimal string alignment distance, or limit + 1 once it is sure to exceed `limit`. */
function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let before = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, before[j - 2] + 1);
            current.push(value);
            rowMin = Math.min(rowMin, value);
        }
        if (rowMin > limit)
            return limit + 1;
        before = previous;
        previous = current;
    }
    return previous[b.length];
}

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
;// CONCATENATED MODULE: ./src/bundle/schema-kinds.ts
/*
 * The shapes of a feature-flag document the schema check names in its messages: what a path
 * points at (a flag, a value, an attribute…), which keys each kind allows, and the key rule.
 */
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
    // JSON.stringify says `null` for an overflow (1e309): the parser's own error quotes the text.
    if (typeof value === 'number' && !Number.isFinite(value))
        return 'a number too large for JSON';
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
            // The allowed names themselves (not the prose around them) are what a typo may have meant.
            const meant = didYouMean(key, (allowed ?? '').match(/[A-Za-z_]\w*/g)?.filter((w) => w !== 'and') ?? []);
            return {
                ...finding('unknown-property', `${where}: unknown property '${key}'${meant === undefined ? '' : ` (did you mean '${meant}'?)`}${allowed ? `; allowed here: ${allowed}` : ''}`),
                path: keyPath,
                at: 'key',
                ...(meant === undefined ? {} : { meant })
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

// EXTERNAL MODULE: ./src/bundle/parse-rule.ts
var parse_rule = __webpack_require__(6402);
;// CONCATENATED MODULE: ./src/bundle/check-value.ts



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
        if (regex !== undefined && 'test' in regex && regex.test(value) === false) {
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
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return `${typeof value} ${JSON.stringify(value)?.slice(0, 60)}`;
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
    const compiled = typeof pattern === 'string' ? compilePattern(pattern) : undefined;
    if (compiled !== undefined && 'unsupported' in compiled) {
        add('constraint-pattern', [...path, 'pattern'], `${(0,bundle_problem/* formatPath */.j)(path)}.pattern ${JSON.stringify(pattern)}: ${compiled.unsupported}, which no engine can check in time linear in the value, so values are not checked against it here (AppConfig still checks them)`, { severity: 'warning' });
    }
    else if (typeof pattern === 'string' && compiled === undefined) {
        add('constraint-pattern', [...path, 'pattern'], `${(0,bundle_problem/* formatPath */.j)(path)}.pattern ${JSON.stringify(pattern)} is not a regular expression this action can check values against`, { severity: 'warning' });
    }
    if (isObject(constraints.elements))
        checkConstraintDefinition(constraints.elements, [...path, 'elements'], add);
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
            const meant = didYouMean(key, defined);
            add('undefined-attribute', path, `${(0,bundle_problem/* formatPath */.j)(path)}: the flag defines no attribute '${key}'${meant === undefined ? '' : ` (did you mean '${meant}'?)`}${defined.length ? ` (it defines ${defined.join(', ')})` : ' (it defines no attributes)'}`, { at: 'key' });
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
            for (const problem of (0,parse_rule/* parseRule */.i)(rule)) {
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

// EXTERNAL MODULE: ./src/bundle/json-object.ts
var json_object = __webpack_require__(7534);
// EXTERNAL MODULE: ./src/rules/evaluate-rule.ts
var evaluate_rule = __webpack_require__(1655);
;// CONCATENATED MODULE: ./src/rules/lint-rules.ts




/**
 * Rule lint: warnings about multi-variant rules that are valid but probably wrong, each with
 * its own rule id, at the rule in the bundle:
 * - `rule-unreachable-variant`: a variant after an always-true rule, or after a `split` on the
 *   same `by` and `seed` with a percentage at least as large (AWS's ordering example: A then B
 *   at 20 % each gives B 0 %), can never be served;
 * - `rule-key-spelling`: one context key spelled two ways across a flag's rules (`$userId`,
 *   `$user_id`): the client sends one of them, so the other never matches;
 * - `rule-key-type`: a key compared with a number in one place and a string in another;
 * - `rule-duplicate-in`: an `in` list naming the same entry twice;
 * - `rule-not-boolean`: a context value used as a condition: the rule is boolean (as AWS
 *   requires) only if the client sends exactly true or false.
 */
function lintRules(bundle) {
    const findings = [];
    const values = (0,json_object/* isObject */.Gv)(bundle) && (0,json_object/* isObject */.Gv)(bundle.values) ? bundle.values : {};
    for (const [flag, value] of Object.entries(values)) {
        if (!(0,json_object/* isObject */.Gv)(value) || !Array.isArray(value._variants))
            continue;
        lintFlag(flag, value._variants, findings);
    }
    return findings;
}
function lintFlag(flag, variants, findings) {
    const warn = (rule, path, message, offset, at) => findings.push({ rule, severity: 'warning', message, path, offset, at });
    const uses = [];
    let shadow;
    const splits = [];
    variants.forEach((variant, i) => {
        if (!(0,json_object/* isObject */.Gv)(variant))
            return;
        const path = ['values', flag, '_variants', i];
        const name = typeof variant.name === 'string' ? variant.name : `#${i}`;
        const rulePath = [...path, 'rule'];
        const text = typeof variant.rule === 'string' && variant.rule.trim() !== ''
            ? variant.rule
            : undefined;
        if (shadow !== undefined) {
            warn('rule-unreachable-variant', text === undefined ? path : rulePath, `${(0,bundle_problem/* formatPath */.j)(path)} (${JSON.stringify(name)}) can never be served: ${shadow}`, undefined, text === undefined ? 'key' : undefined);
            return;
        }
        if (text === undefined)
            return;
        const { tree, problems } = (0,parse_rule/* parseRuleTree */._)(text);
        if (tree === undefined || problems.length > 0)
            return; // the validator reports these
        const split = topSplit(tree);
        if (split !== undefined) {
            const wider = splits.find((s) => s.by === split.by && s.seed === split.seed && s.pct >= split.pct);
            if (wider !== undefined)
                warn('rule-unreachable-variant', rulePath, `${(0,bundle_problem/* formatPath */.j)(path)} (${JSON.stringify(name)}) can never be served: variant ${JSON.stringify(wider.name)} before it splits on the same ${split.by}${split.seed === undefined ? '' : ` and seed ${JSON.stringify(split.seed)}`} with ${wider.pct} % ≥ ${split.pct} %, and the first match wins (AWS's own example: two 20 % splits give the second 0 %)`, 0);
            splits.push({ ...split, name });
        }
        if ((0,evaluate_rule/* evaluateRule */.kx)(tree, { lookup: () => evaluate_rule/* ANY */.x4, split: () => 'unknown' }) === true)
            shadow = `variant ${JSON.stringify(name)} before it has a rule that is true for every context (${text.length > 80 ? `${text.slice(0, 80)}…` : text}), and the first match wins`;
        walk(tree, rulePath, uses, warn, false);
    });
    lintKeys(uses, flag, warn);
}
function topSplit(tree) {
    if (tree.kind !== 'expr' || tree.operator !== 'split')
        return undefined;
    const arg = (n) => tree.named.find((a) => a.name === n)?.value;
    const by = arg('by');
    const pct = arg('pct');
    if (by?.kind !== 'context' || pct?.kind !== 'number')
        return undefined;
    return { by: by.value, seed: (0,evaluate_rule/* stringOf */.Je)(arg('seed')), pct: Number(pct.value) };
}
/** Collects key uses and warns about duplicate `in` entries and non-boolean conditions. */
function walk(node, path, uses, warn, isCondition) {
    if (node.kind === 'context') {
        uses.push({
            key: node.value.slice(1),
            as: undefined,
            path,
            offset: node.index
        });
        if (isCondition)
            warn('rule-not-boolean', path, `${(0,bundle_problem/* formatPath */.j)(path)}: ${node.value} is used as a condition, so the rule is true or false (as AppConfig requires) only when the client sends exactly true or false; compare it instead, e.g. (eq ${node.value} "yes")`, node.index);
        return;
    }
    if (node.kind !== 'expr')
        return;
    const logical = ['and', 'or', 'not'].includes(node.operator);
    for (const arg of node.args)
        walk(arg, path, uses, warn, logical);
    for (const named of node.named) {
        if (named.name === 'key') {
            const key = (0,evaluate_rule/* stringOf */.Je)(named.value);
            if (key !== undefined)
                uses.push({ key, as: undefined, path, offset: named.value.index });
        }
        else
            walk(named.value, path, uses, warn, false);
    }
    const [left, right] = node.args;
    if (['eq', 'gt', 'gte', 'lt', 'lte'].includes(node.operator) &&
        left &&
        right) {
        const typed = (a, b) => {
            if (a.kind === 'context' && (b.kind === 'number' || b.kind === 'string'))
                uses.push({ key: a.value.slice(1), as: b.kind, path, offset: a.index });
        };
        typed(left, right);
        typed(right, left);
    }
    if (node.operator === 'in' &&
        left?.kind === 'context' &&
        right?.kind === 'list') {
        const seen = new Set();
        for (const item of right.items) {
            const id = item.kind === 'string'
                ? JSON.stringify((0,evaluate_rule/* stringOf */.Je)(item))
                : item.kind === 'list' || item.kind === 'expr'
                    ? undefined
                    : item.value;
            if (id === undefined)
                continue;
            if (seen.has(id))
                warn('rule-duplicate-in', path, `${(0,bundle_problem/* formatPath */.j)(path)}: the list of ${left.value} names ${id} twice`, item.index);
            seen.add(id);
            if (item.kind === 'number' || item.kind === 'string')
                uses.push({
                    key: left.value.slice(1),
                    as: item.kind,
                    path,
                    offset: left.index
                });
        }
    }
}
/** Keys spelled two ways, and keys compared as a number in one place and a string in another. */
function lintKeys(uses, flag, warn) {
    const spellings = new Map();
    const reported = new Set();
    for (const use of uses) {
        const norm = use.key.toLowerCase().replace(/[-_.]/g, '');
        const first = spellings.get(norm);
        if (first === undefined)
            spellings.set(norm, use);
        else if (first.key !== use.key &&
            !reported.has(`${first.key}|${use.key}`)) {
            reported.add(`${first.key}|${use.key}`);
            warn('rule-key-spelling', use.path, `${(0,bundle_problem/* formatPath */.j)(use.path)}: the context key $${use.key} is spelled $${first.key} in ${(0,bundle_problem/* formatPath */.j)(first.path)}; a client sends one of them, so the rules that use the other never match`, use.offset);
        }
    }
    const typed = new Map();
    for (const use of uses) {
        if (use.as === undefined)
            continue;
        const first = typed.get(use.key);
        if (first === undefined)
            typed.set(use.key, use);
        else if (first.as !== use.as && !reported.has(`type ${use.key}`)) {
            reported.add(`type ${use.key}`);
            warn('rule-key-type', use.path, `${(0,bundle_problem/* formatPath */.j)(use.path)}: $${use.key} is compared with a ${use.as} here but with a ${first.as} in ${(0,bundle_problem/* formatPath */.j)(first.path)} (flag ${flag}); one of them is probably wrong`, use.offset);
        }
    }
}

// EXTERNAL MODULE: ./src/bundle/read-source.ts + 7 modules
var read_source = __webpack_require__(2720);
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
    const open = options.workspace === undefined
        ? file
        : (0,read_workspace_file/* resolveWorkspaceFile */.K5)(file, options.workspace, 'bundle');
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(open, 'r');
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
    const source = await (0,read_source/* readSource */.o)(text, format);
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
            // Patterns run on RE2's linear-time engine, loaded only for bundles that have one.
            if (text.includes('pattern'))
                await loadPatternEngine();
            const patterns = startPatternBudget();
            add(checkSemantics(value, semanticOptions(options)));
            // Rule lint (issue 24): warnings about valid rules that are probably wrong.
            add(lintRules(value));
            if (patterns.skipped() > 0)
                findings.push({
                    rule: 'pattern-budget',
                    severity: 'warning',
                    message: `${patterns.skipped()} attribute value${patterns.skipped() === 1 ? ' was' : 's were'} not checked against ${patterns.skipped() === 1 ? 'its' : 'their'} pattern: matching stopped after ${PATTERN_BUDGET_MS} ms, so a bundle's patterns cannot hold up the job (AppConfig checks them when the version is written)`,
                    path: [],
                    sourceOffset: 0
                });
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
        ? locateAll(foldFollowOns(findings), await source.locator())
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

/***/ 9302:
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
// EXTERNAL MODULE: ./src/bundle/validate-bundle.ts + 10 modules
var validate_bundle = __webpack_require__(7502);
;// CONCATENATED MODULE: ./src/content/read-bundle-content.ts


/** The `bundle` file, read and validated (no AWS). */
async function readBundleContent(settings, today, 
/** GITHUB_WORKSPACE: a bundle named in it must not lead out of it through a link. */
workspace) {
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
        today,
        workspace
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

// EXTERNAL MODULE: ./src/rules/compile-flag.ts
var compile_flag = __webpack_require__(1465);
// EXTERNAL MODULE: ./src/rules/run-flag-tests.ts
var run_flag_tests = __webpack_require__(4129);
// EXTERNAL MODULE: ./src/rules/select-variant.ts
var select_variant = __webpack_require__(2027);
;// CONCATENATED MODULE: ./src/rules/diff-behaviour.ts




/** How many behaviour changes a plan lists; the summary counts the rest. */
const MAX_BEHAVIOUR_CHANGES = 200;
/**
 * The plan's behavioural diff: for the cases of the changed flags, what each is served today
 * (`before`, what the environment runs) and with the content (`after`), where the two differ.
 * This is what a reviewer of a rule change wants to see: who moves to which variant.
 */
async function diffBehaviour(file, before, after, changedFlags) {
    const old = new compile_flag/* CompiledContent */.T((0,json_object/* isObject */.Gv)(before) ? before : {});
    const now = new compile_flag/* CompiledContent */.T(after);
    const outcome = (content, flag, context) => {
        const compiled = content.flag(flag);
        if (compiled === undefined)
            return '(no such flag)';
        return (0,select_variant/* selectVariant */.g)(compiled, context)
            .map((s) => {
            // Attributes are served only while enabled; a changed value is a change of behaviour.
            const attributes = Object.keys(s.attributes).length
                ? ` with ${JSON.stringify(s.attributes)}`
                : '';
            return `${(0,run_flag_tests/* describeServed */.JA)(s)}${s.enabled ? attributes : ''}`;
        })
            .join(' or ');
    };
    const changed = [];
    for (const c of file.cases) {
        if (!changedFlags.has(c.flag))
            continue;
        const was = outcome(old, c.flag, c.context);
        const is = outcome(now, c.flag, c.context);
        if (was !== is)
            changed.push({ c, before: was, after: is });
        if (changed.length >= MAX_BEHAVIOUR_CHANGES)
            break;
    }
    if (changed.length === 0)
        return [];
    const place = await file.caseLocator();
    return changed.map(({ c, before: b, after: a }) => ({
        case: c,
        before: b,
        after: a,
        line: place(c.index).line
    }));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/bundle/problem.ts
var problem = __webpack_require__(4988);
// EXTERNAL MODULE: ./src/bundle/read-source.ts + 7 modules
var read_source = __webpack_require__(2720);
// EXTERNAL MODULE: ./src/bundle/line-index.ts
var line_index = __webpack_require__(9885);
// EXTERNAL MODULE: ./src/bundle/load-jsonc.ts
var load_jsonc = __webpack_require__(5208);
;// CONCATENATED MODULE: ./src/rules/locate-cases.ts


/**
 * Where each case of a test file starts, found in one positional parse. The bundle's locator
 * resolves one path at a time by walking the tree (fine for a bundle's few problems); a test
 * file can have thousands of failing cases, so they are all placed at once.
 */
async function locateCases(text, format, count) {
    const lines = new line_index/* LineIndex */.r(text);
    let offsets = [];
    if (format === 'yaml') {
        // Most test files are a block list under a top-level `cases:`: a line scan finds its
        // items in milliseconds, where the positional parser takes about a second for 10,000
        // cases. When the scan does not find exactly the items the file has, the parser decides.
        offsets = scanBlockItems(text);
        if (offsets.length === count)
            return (index) => lines.at(offsets[index] ?? 0);
        offsets = [];
    }
    if (format === 'json') {
        const jsonc = await (0,load_jsonc/* loadJsonc */.K)();
        const root = jsonc.parseTree(text);
        const cases = root && jsonc.findNodeAtLocation(root, ['cases']);
        for (const item of cases?.children ?? [])
            offsets.push(item.offset);
    }
    else {
        const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        const doc = yaml.parseDocument(text, { keepSourceTokens: false });
        const cases = doc.get('cases', true);
        if (yaml.isSeq(cases))
            for (const item of cases.items)
                offsets.push((yaml.isNode(item) ? item.range?.[0] : undefined) ?? 0);
    }
    return (index) => lines.at(offsets[index] ?? 0);
}
/** Offsets of the items of a top-level `cases:` block list (just after each `- `). */
function scanBlockItems(text) {
    const offsets = [];
    const head = /^cases[ \t]*:[ \t]*(?:#.*)?$/m.exec(text);
    if (head === null)
        return offsets;
    const item = /^([ \t]*)-([ \t]+|$)/;
    let indent;
    let at = head.index + head[0].length + 1;
    while (at < text.length) {
        const end = text.indexOf('\n', at);
        const line = text.slice(at, end < 0 ? text.length : end);
        const m = item.exec(line);
        if (m !== null && (indent === undefined || m[1] === indent)) {
            indent ??= m[1];
            offsets.push(at + m[0].length);
        }
        else if (/^\S/.test(line) && !line.startsWith('#'))
            break;
        if (end < 0)
            break;
        at = end + 1;
    }
    return offsets;
}

;// CONCATENATED MODULE: ./src/rules/read-flag-tests.ts






/** A test file larger than this is refused unread: 10,000 cases take about 2 MB. */
const MAX_TEST_FILE_BYTES = 16 * 1024 * 1024;
const CASE_KEYS = ['name', 'flag', 'context', 'expect'];
const EXPECT_KEYS = ['enabled', 'variant', 'attributes'];
/** The format a test file's extension announces; undefined when it is neither. */
function testFileFormat(file) {
    const ext = external_node_path_default().extname(file).toLowerCase();
    return ext === '.json'
        ? 'json'
        : ext === '.yaml' || ext === '.yml'
            ? 'yaml'
            : undefined;
}
/**
 * Reads a `flag-tests` file (docs/action-contract.md: `cases` of `name`, `flag`, `context`,
 * `expect`) with the bundle's readers, so every problem has a line. A missing or unreadable
 * file is one problem at line 1; unknown keys and wrong types are problems at their key.
 */
async function readFlagTests(file) {
    const format = testFileFormat(file) ?? 'yaml';
    let text;
    try {
        const fd = (0,external_node_fs_.openSync)(file, 'r');
        try {
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            if (size > MAX_TEST_FILE_BYTES)
                return refused(format, `the test file is ${size} bytes, more than ${MAX_TEST_FILE_BYTES}; split it`);
            text = new TextDecoder('utf-8', { fatal: true }).decode((0,external_node_fs_.readFileSync)(fd));
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (error) {
        const code = error.code;
        return refused(format, code === 'ENOENT'
            ? 'the test file does not exist (the path is relative to GITHUB_WORKSPACE; is the repository checked out?)'
            : code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
                ? 'the test file is not valid UTF-8; save it as UTF-8'
                : `the test file cannot be read: ${error.message}`);
    }
    const source = await (0,read_source/* readSource */.o)(text, format);
    const findings = [...source.findings];
    const cases = [];
    if (source.value !== undefined)
        readCases(source.value, findings, cases);
    else if (findings.length === 0)
        findings.push(read_flag_tests_problem('empty', [], 'the test file is empty'));
    let placed;
    return {
        format,
        cases,
        findings,
        locator: () => source.locator(),
        caseLocator: () => (placed ??= locateCases(text, format, itemCount(source.value)))
    };
}
function refused(format, message) {
    return {
        format,
        cases: [],
        findings: [{ ...read_flag_tests_problem('file', [], message), sourceOffset: 0 }],
        locator: () => Promise.resolve(() => ({ line: 1, col: 1 })),
        caseLocator: () => Promise.resolve(() => ({ line: 1, col: 1 }))
    };
}
function read_flag_tests_problem(rule, at, message, where = 'value') {
    return { rule, severity: 'error', message, path: at, at: where };
}
function readCases(root, findings, cases) {
    const add = (...args) => findings.push(read_flag_tests_problem(...args));
    if (!(0,json_object/* isObject */.Gv)(root)) {
        add('type', [], 'a test file is an object with a list of cases: `cases: [...]`');
        return;
    }
    unknownKeys(root, [], ['cases', '$schema'], add);
    if (!Array.isArray(root.cases)) {
        add(root.cases === undefined ? 'missing' : 'type', root.cases === undefined ? [] : ['cases'], '`cases` must be a list of cases, each with flag, context and expect');
        return;
    }
    if (root.cases.length === 0)
        add('empty', ['cases'], '`cases` is empty: there is nothing to test');
    root.cases.forEach((item, index) => {
        const at = ['cases', index];
        const before = findings.length;
        if (!(0,json_object/* isObject */.Gv)(item)) {
            add('type', at, `${(0,problem/* formatPath */.j)(at)} must be an object with flag, context and expect`);
            return;
        }
        unknownKeys(item, at, CASE_KEYS, add);
        const name = item.name;
        if (name !== undefined && typeof name !== 'string')
            add('type', [...at, 'name'], `${(0,problem/* formatPath */.j)([...at, 'name'])} must be a string`);
        if (typeof item.flag !== 'string' || item.flag === '')
            add(item.flag === undefined ? 'missing' : 'type', item.flag === undefined ? at : [...at, 'flag'], `${(0,problem/* formatPath */.j)(at)} needs \`flag\`: the key of a flag of the content`);
        const context = readContext(item.context, [...at, 'context'], add);
        const expect = readExpect(item.expect, at, add);
        if (findings.length === before && typeof item.flag === 'string')
            cases.push({
                index,
                name: typeof name === 'string' ? name : undefined,
                flag: item.flag,
                context,
                expect
            });
    });
}
function unknownKeys(object, at, allowed, add) {
    for (const key of Object.keys(object))
        if (!allowed.includes(key))
            add('unknown-key', [...at, key], `${(0,problem/* formatPath */.j)(at)}: unknown key '${key}'; allowed here: ${allowed.filter((k) => k !== '$schema').join(', ')}`, 'key');
}
function readContext(value, at, add) {
    if (value === undefined)
        return {};
    if (!(0,json_object/* isObject */.Gv)(value)) {
        add('type', at, `${(0,problem/* formatPath */.j)(at)} must be an object of context keys and values`);
        return {};
    }
    const context = {};
    for (const [key, v] of Object.entries(value)) {
        if (!/^[A-Za-z_][\w.-]*$/.test(key))
            add('context-key', [...at, key], `${(0,problem/* formatPath */.j)(at)}: '${key}' cannot be a context key (rules name keys as $key: a letter or _, then letters, digits, _ . -)`, 'key');
        if (typeof v === 'string' ||
            typeof v === 'boolean' ||
            (typeof v === 'number' && Number.isFinite(v)))
            context[key] = v;
        else
            add('type', [...at, key], `${(0,problem/* formatPath */.j)([...at, key])} must be a string, number or boolean (what a client can send as context)`);
    }
    return context;
}
function readExpect(value, caseAt, add) {
    const at = [...caseAt, 'expect'];
    if (!(0,json_object/* isObject */.Gv)(value)) {
        add(value === undefined ? 'missing' : 'type', value === undefined ? caseAt : at, `${(0,problem/* formatPath */.j)(caseAt)} needs \`expect\`: an object with enabled, variant and/or attributes`);
        return {};
    }
    unknownKeys(value, at, EXPECT_KEYS, add);
    const expect = {};
    if (value.enabled !== undefined) {
        if (typeof value.enabled === 'boolean')
            expect.enabled = value.enabled;
        else
            add('type', [...at, 'enabled'], `${(0,problem/* formatPath */.j)([...at, 'enabled'])} must be true or false`);
    }
    const variant = value.variant;
    if (variant !== undefined) {
        const list = typeof variant === 'string' ? [variant] : variant;
        if (Array.isArray(list) &&
            list.length > 0 &&
            list.every((v) => typeof v === 'string' && v !== ''))
            expect.variants = list;
        else
            add('type', [...at, 'variant'], `${(0,problem/* formatPath */.j)([...at, 'variant'])} must be a variant name or a non-empty list of them`);
    }
    if (value.attributes !== undefined) {
        if ((0,json_object/* isObject */.Gv)(value.attributes))
            expect.attributes = value.attributes;
        else
            add('type', [...at, 'attributes'], `${(0,problem/* formatPath */.j)([...at, 'attributes'])} must be an object of attribute names and values`);
    }
    if (value.enabled === undefined &&
        variant === undefined &&
        value.attributes === undefined)
        add('missing', at, `${(0,problem/* formatPath */.j)(at)} is empty: expect enabled, variant and/or attributes`);
    return expect;
}
/** How many items `cases` has, well formed or not. */
function itemCount(root) {
    return (0,json_object/* isObject */.Gv)(root) && Array.isArray(root.cases) ? root.cases.length : 0;
}

;// CONCATENATED MODULE: ./src/rules/rule-tests.ts





/** The rule tests of the file `flag-tests` names. */
function ruleTests(file) {
    let read;
    const load = () => (read ??= readFlagTests(file.path));
    const test = async (content) => {
        const report = await (0,run_flag_tests/* runFlagTests */.d8)(await load(), (0,json_object/* isObject */.Gv)(content) ? content : {}, file.displayPath);
        return { report, failure: failureOf(report) };
    };
    return {
        test,
        async plan(content, deployed, changedFlags) {
            const run = await test(content);
            if (run.report.problems.length > 0)
                return run;
            const behaviour = await diffBehaviour(await load(), deployed, (0,json_object/* isObject */.Gv)(content) ? content : {}, new Set(changedFlags));
            return { ...run, report: { ...run.report, behaviour } };
        }
    };
}
function failureOf(report) {
    if (report.problems.length > 0)
        return {
            kind: 'flag-tests',
            message: `The rule-test file ${report.displayPath} has ${(0,format/* plural */.LS)(report.problems.length, 'problem')}; each is annotated at its line.`
        };
    if (report.failed > 0)
        return {
            kind: 'flag-tests',
            message: `${(0,format/* plural */.LS)(report.failed, 'rule test')} of ${report.displayPath} ${report.failed === 1 ? 'does' : 'do'} not hold for the content this run would deploy; each is annotated at its line.`
        };
    return undefined;
}

;// CONCATENATED MODULE: ./src/pipeline.ts




/**
 * Settings → Content → Target → Plan → Rollout, an early return per mode (validate after
 * Content, plan after Plan, revert from Target straight to Rollout). Every outcome, including
 * a refused bundle or an AWS error, is returned as a report, never thrown; the report keeps
 * everything learned and everything written before the run ended.
 */
async function runPipeline(settings, deps) {
    const report = await runStages(settings, deps);
    // The experiments the planner saw (and what became of them), at the report's top.
    return report.plan?.experiments === undefined
        ? report
        : { ...report, experiments: report.plan.experiments };
}
async function runStages(settings, deps) {
    const progress = {
        mode: settings.mode,
        requested: {
            application: settings.application,
            environment: settings.environment,
            profile: settings.configurationProfile,
            bundle: settings.bundleDisplayPath
        }
    };
    // Rule tests (issue 24): the flag-tests file, read once; revert deploys no new content.
    const tests = settings.flagTests === undefined || settings.mode === 'revert'
        ? undefined
        : ruleTests(settings.flagTests);
    try {
        // Content: a bundle is read and validated here, with no AWS; a version or a set-flags
        // patch of what runs after Target; revert deploys no content of its own.
        let content;
        let search;
        if (settings.bundlePath !== undefined && settings.mode !== 'revert') {
            const read = await readBundleContent(settings, deps.today, deps.context.workspace);
            progress.bundle = read.content?.bundle ?? read.bundle;
            if (read.failure !== undefined)
                return { ...progress, result: 'failed', failure: read.failure };
            content = read.content;
            search = await checkHygiene(content, settings, deps, progress);
            // Rule tests (issue 24), after Content: a failing case stops the run here, before AWS.
            const tested = await tests?.test(content.value);
            progress.flagTests = tested?.report;
            if (tested?.failure !== undefined)
                return { ...progress, result: 'failed', failure: tested.failure };
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
        const aws = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(527)]).then(__webpack_require__.bind(__webpack_require__, 2908));
        const { resolveTarget } = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(275)]).then(__webpack_require__.bind(__webpack_require__, 4275));
        const { VersionReader } = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(409)]).then(__webpack_require__.bind(__webpack_require__, 7409));
        const clients = await (deps.createClients ?? aws.createClients)(aws.resolveRegion(settings.region, deps.env), { env: deps.env, debug: deps.debug, onThrottle: deps.onThrottle });
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
            const { runRevert } = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(85), __webpack_require__.e(695), __webpack_require__.e(275), __webpack_require__.e(72), __webpack_require__.e(650), __webpack_require__.e(969)]).then(__webpack_require__.bind(__webpack_require__, 6969));
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
            const { runSetFlags } = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(85), __webpack_require__.e(695), __webpack_require__.e(275), __webpack_require__.e(72), __webpack_require__.e(650), __webpack_require__.e(969), __webpack_require__.e(394)]).then(__webpack_require__.bind(__webpack_require__, 5394));
            const outcome = await runSetFlags({
                clients,
                target,
                versions,
                settings,
                setFlags: settings.setFlags,
                deps,
                record,
                learned: progress,
                // Rule tests (issue 24) against the patched content, before it is planned.
                testContent: tests &&
                    (async (value) => {
                        const tested = await tests.test(value);
                        progress.flagTests = tested.report;
                        return tested.failure;
                    })
            });
            return { ...progress, ...outcome };
        }
        if (content === undefined) {
            // Content: configuration-version, an existing hosted version validated like a bundle.
            const { readVersionContent } = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(840)]).then(__webpack_require__.bind(__webpack_require__, 1840));
            const read = await readVersionContent(calls.appconfig, target, versions, settings, deps.today);
            progress.bundle = read.content?.bundle ?? read.bundle;
            if (read.failure !== undefined)
                return { ...progress, result: 'failed', failure: read.failure };
            content = read.content;
            search = await checkHygiene(content, settings, deps, progress);
            // Rule tests (issue 24), after Content (the version named).
            const tested = await tests?.test(content.value);
            progress.flagTests = tested?.report;
            if (tested?.failure !== undefined)
                return { ...progress, result: 'failed', failure: tested.failure };
        }
        // Plan: one reading of the environment, the drift merge, the diff, every guard and the
        // plan-id; the rollout plans again with the same planner before each start.
        const { createPlanner } = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(85), __webpack_require__.e(695), __webpack_require__.e(275), __webpack_require__.e(650), __webpack_require__.e(95)]).then(__webpack_require__.bind(__webpack_require__, 2650));
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
        // Rule tests (issue 24), plan stage: the content as planned, and who is served differently.
        const planTested = await tests?.plan(planned.content.value, planned.deployed?.content, planned.plan.changes.map((c) => c.key));
        progress.flagTests = planTested?.report ?? progress.flagTests;
        if (planTested?.failure !== undefined)
            return { ...progress, result: 'failed', failure: planTested.failure };
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
        const { runRollout } = await Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(85), __webpack_require__.e(695), __webpack_require__.e(72), __webpack_require__.e(677)]).then(__webpack_require__.bind(__webpack_require__, 9072));
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
// EXTERNAL MODULE: ./src/report/render-experiments.ts
var render_experiments = __webpack_require__(2265);
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
        'flag-test-results': report.flagTests === undefined
            ? ''
            : JSON.stringify({
                passed: report.flagTests.passed,
                failed: report.flagTests.failed,
                undetermined: report.flagTests.undetermined
            }),
        // '' before a target (validate, bad input); else every run the plan saw, `[]` when none.
        experiments: target === undefined ? '' : (0,render_experiments/* experimentsOutput */.u)(plan)
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
// EXTERNAL MODULE: ./src/report/render-summary.ts + 1 modules
var render_summary = __webpack_require__(4521);
// EXTERNAL MODULE: ./src/report/render-changes.ts + 1 modules
var render_changes = __webpack_require__(3276);
// EXTERNAL MODULE: ./src/runner.ts + 19 modules
var src_runner = __webpack_require__(8037);
// EXTERNAL MODULE: ./src/post.ts + 1 modules
var post = __webpack_require__(8425);
// EXTERNAL MODULE: ./src/settings.ts + 6 modules
var src_settings = __webpack_require__(4283);
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
    // Attempts AWS throttled, counted by the clients for the summary footer.
    let throttled = 0;
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
            onThrottle: () => throttled++,
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
            durationSeconds: (now() - started) / 1000,
            ...(throttled > 0 && { throttled })
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
    // Rule tests (issue 24): the file's problems and failing cases as errors, undetermined as notices.
    publishFlagTests(runner, report);
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
/** Annotations of the rule tests, each at its line of the test file (issue 24). */
function publishFlagTests(runner, report) {
    const tests = report.flagTests;
    if (tests === undefined)
        return;
    const file = tests.displayPath;
    for (const p of tests.problems)
        runner.error(p.message, {
            title: `Rule tests: ${p.rule}`,
            file,
            startLine: p.line,
            startColumn: p.col
        });
    for (const r of tests.results) {
        const properties = {
            title: `Rule test ${r.verdict}${r.case.name === undefined ? '' : `: ${r.case.name}`}`,
            file,
            startLine: r.line,
            startColumn: r.col
        };
        if (r.verdict === 'failed')
            runner.error(r.message, properties);
        else
            runner.notice(r.message, properties);
    }
    runner.info(`Rule tests ${file}: ${tests.passed} passed, ${tests.failed} failed, ${tests.undetermined} undetermined.`);
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
        // The summary and the comment point at this group by its title (issue 25).
        runner.startGroup((0,render_changes/* planLogGroup */.PC)(plan));
        for (const change of plan.changes) {
            const mark = { added: '+', removed: '-', changed: '~' }[change.kind];
            runner.info(`${mark} ${change.key}`);
            for (const d of change.details) {
                const from = d.offset === undefined ? '' : ` (from character ${d.offset + 1})`;
                runner.info(`    ${d.what}${from}: ${d.before ?? '(not set)'} → ${d.after ?? '(not set)'}`);
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

/***/ 5807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RH: () => (/* binding */ capPair),
/* harmony export */   at: () => (/* binding */ firstDifference),
/* harmony export */   yA: () => (/* binding */ capText)
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
/** Characters kept before the first difference when a pair of values is cut around it. */
const LEAD = 40;
/**
 * Cuts two versions of one value so that the cut never hides their difference (issue 25): a
 * change at character 300 of two 400-character values would otherwise be cut to two equal
 * strings. Both sides start at the same place, a little before the first difference, and
 * keep at most `max` characters (an ellipsis marks a cut end).
 */
function capPair(before, after, max = MAX_TEXT_LENGTH) {
    if (before.length <= max && after.length <= max)
        return { before, after };
    const first = firstDifference(before, after);
    let start = first < max - LEAD ? 0 : first - LEAD;
    // Never start on the second half of a surrogate pair.
    const code = before.charCodeAt(start);
    if (start > 0 && code >= 0xdc00 && code <= 0xdfff)
        start -= 1;
    const cut = (text) => capText(text.slice(start), max);
    return start === 0
        ? { before: cut(before), after: cut(after) }
        : { before: cut(before), after: cut(after), offset: start };
}
/** The index of the first character where two texts differ (the shorter length if one is a prefix). */
function firstDifference(a, b) {
    const n = Math.min(a.length, b.length);
    let i = 0;
    while (i < n && a.charCodeAt(i) === b.charCodeAt(i))
        i++;
    return i;
}


/***/ }),

/***/ 8425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c4: () => (/* binding */ STATE),
  DY: () => (/* binding */ deploymentState),
  runPost: () => (/* binding */ runPost)
});

// UNUSED EXPORTS: parseSavedDeployment

// EXTERNAL MODULE: ./src/appconfig/deployment-states.ts
var deployment_states = __webpack_require__(6317);
;// CONCATENATED MODULE: ./src/appconfig/saved-deployment.ts
/**
 * The post step's checks before it stops anything (issue 25, finding 6). The saved state is a
 * file of the runner that the post step cannot prove it wrote, so it acts only on a deployment
 * that this run's main step saved, in the application and environment this step's own inputs
 * name, started by this action (its source tag), on the endpoint and region this step uses now
 * (never one the state names: the state must not choose where signed requests go). This file
 * holds what needs no AWS SDK (main.ts loads it at start-up); verify-saved-deployment.ts the rest.
 */
/** The run and step that saves or reads the state: one attempt of one step of one run. */
function runOf(env) {
    return [
        env.GITHUB_RUN_ID ?? '',
        env.GITHUB_RUN_ATTEMPT ?? '',
        env.GITHUB_ACTION ?? ''
    ].join('/');
}
/** The AppConfig endpoint an environment sets, the way the clients pick it. */
function appconfigEndpointOf(env) {
    return env.AWS_ENDPOINT_URL_APPCONFIG || env.AWS_ENDPOINT_URL || undefined;
}
/**
 * The checks that need no AWS call, made before any client exists: the state was saved by
 * this run's main step, and for the endpoint this step uses. A refusal in words, or undefined.
 */
function checkSavedState(saved, scope) {
    if (saved.run !== scope.run)
        return `the saved state names run ${JSON.stringify(saved.run ?? '(none)')}, not this one (${scope.run})`;
    if ((saved.endpoint ?? undefined) !== scope.endpoint)
        return `the saved state names the AppConfig endpoint ${JSON.stringify(saved.endpoint ?? '(the default)')}, but this step uses ${JSON.stringify(scope.endpoint ?? '(the default)')}`;
    return undefined;
}

// EXTERNAL MODULE: ./src/runner.ts + 19 modules
var src_runner = __webpack_require__(8037);
;// CONCATENATED MODULE: ./src/post.ts



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
    if (rollout.deploymentNumber === undefined || (0,deployment_states/* isTerminal */.Hd)(rollout.state))
        return '';
    const endpoint = appconfigEndpointOf(env);
    const saved = {
        applicationId: target.application.id,
        environmentId: target.environment.id,
        deploymentNumber: rollout.deploymentNumber,
        region: target.region,
        ...(endpoint ? { endpoint } : {}),
        run: runOf(env)
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
            typeof value.region === 'string' &&
            (value.endpoint === undefined || typeof value.endpoint === 'string') &&
            (value.run === undefined || typeof value.run === 'string'))
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
    const runner = options.runner ?? src_runner/* processRunner */.qc;
    const saved = parseSavedDeployment(runner.getState(STATE.deployment));
    if (saved === undefined) {
        runner.debug('No deployment left in progress by the main step.');
        return;
    }
    const name = `deployment ${saved.deploymentNumber} (application ${saved.applicationId}, environment ${saved.environmentId}, ${saved.region})`;
    const env = options.env ?? process.env;
    const scope = {
        application: runner.getInput('application').trim(),
        environment: runner.getInput('environment').trim(),
        endpoint: appconfigEndpointOf(env),
        run: runOf(env)
    };
    const refuse = (why) => runner.warning(`Post step: ${name} is left alone: ${why}. If it is still running and should not be, stop it in the AppConfig console.`);
    // Before any client exists: the state must not choose where signed requests go.
    const unsaved = checkSavedState(saved, scope);
    if (unsaved !== undefined)
        return refuse(unsaved);
    const signal = AbortSignal.timeout(options.deadlineMs ?? DEADLINE_MS);
    try {
        const [aws, { describeAwsError }, { verifySavedDeployment }, { getDeployment }, { stopDeployment }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(283), __webpack_require__.e(908)]).then(__webpack_require__.bind(__webpack_require__, 2908)),
            Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(931)]).then(__webpack_require__.bind(__webpack_require__, 4931)),
            Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(468)]).then(__webpack_require__.bind(__webpack_require__, 7468)),
            Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 305)),
            Promise.all(/* import() */[__webpack_require__.e(609), __webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 6761))
        ]);
        // The region and endpoint this step resolves for itself (its inputs and environment).
        const clients = await (options.createClients ?? aws.createClients)(aws.resolveRegion(runner.getInput('region').trim(), env), { env, timeouts: { requestMs: REQUEST_TIMEOUT_MS } });
        const ids = {
            applicationId: saved.applicationId,
            environmentId: saved.environmentId
        };
        const call = async (step, api, send) => {
            try {
                return await send();
            }
            catch (error) {
                throw describeAwsError(error, step, api);
            }
        };
        const refused = await call(`Checking ${name}`, 'appconfig:ListApplications, ListEnvironments, ListTagsForResource', () => verifySavedDeployment(clients.appconfig, saved, scope, signal));
        if (refused !== undefined)
            return refuse(refused);
        // Through appconfig/, like every other AppConfig call of the action.
        const current = await getDeployment(clients, ids, saved.deploymentNumber, `Reading ${name}`, signal);
        const state = current.State;
        // ROLLING_BACK is on its way back already: nothing for a stop to add.
        if (!(0,deployment_states/* isInProgress */.LT)(state) || state === 'ROLLING_BACK') {
            runner.info(`Post step: ${name} is ${state ?? 'in an unknown state'}; nothing to stop.`);
            return;
        }
        const stopped = await stopDeployment(clients.appconfig, ids, saved.deploymentNumber, signal);
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

/***/ 4143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ nameFlags),
/* harmony export */   RY: () => (/* binding */ undoneFlags),
/* harmony export */   cM: () => (/* binding */ removedFlags),
/* harmony export */   pC: () => (/* binding */ refusalSubject)
/* harmony export */ });
/* harmony import */ var _alarms_alarm_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3495);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6264);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _inline_code_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2923);




/** Flags named in one line before the rest are counted: a headline stays one line. */
const NAMED_IN_LINE = 3;
/** "`a`", "`a` and `b`", "`a`, `b`, `c` and 2 more". */
function nameFlags(keys, max = NAMED_IN_LINE) {
    const named = keys.slice(0, max).map((k) => (0,_inline_code_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .t)(k));
    const rest = keys.length - named.length;
    if (rest > 0)
        return `${named.join(', ')} and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rest)} more`;
    if (named.length <= 1)
        return named.join('');
    return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}
/** The keys of the plan's removed flags. */
function removedFlags(report) {
    return (report.plan?.changes ?? [])
        .filter((c) => c.kind === 'removed')
        .map((c) => c.key);
}
/** The drifted flags whose live value this deploy would change back (or did). */
function undoneFlags(report) {
    return (report.plan?.drift?.flags ?? [])
        .filter((f) => f.outcome === 'refused' || f.outcome === 'overwritten')
        .map((f) => f.key);
}
/**
 * What a refusing guard protects, in a few words naming the flags (or alarms) at risk, for
 * the headline: "`legacy-coupon-field` would be removed". Empty when the guard names none.
 */
function refusalSubject(report, guard) {
    const environment = report.target
        ? `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(report.target.environment.name)}**`
        : 'the environment';
    switch (guard.guard) {
        case 'flag-removal':
        case 'flag-in-use': {
            const keys = removedFlags(report);
            if (keys.length === 0)
                return '';
            return `${nameFlags(keys)} would be removed${guard.guard === 'flag-in-use' ? ' while code still reads it' : ''}`;
        }
        case 'drift': {
            const keys = (report.plan?.drift?.flags ?? [])
                .filter((f) => f.outcome === 'refused')
                .map((f) => f.key);
            return keys.length === 0
                ? ''
                : `the deploy would undo a live change to ${nameFlags(keys)}`;
        }
        case 'alarm-firing': {
            const firing = (report.plan?.alarms ?? []).filter(_alarms_alarm_js__WEBPACK_IMPORTED_MODULE_3__/* .isFiring */ .G);
            return firing.length === 0
                ? ''
                : `${nameFlags(firing.map((a) => a.name))} ${firing.length === 1 ? 'is' : 'are'} firing`;
        }
        case 'no-alarms':
            return `${environment} has no alarms`;
        case 'in-progress':
            return `another deployment is running in ${environment}`;
        case 'promotion': {
            const source = report.plan?.promotion?.source.environment.name;
            return `${source === undefined ? 'the `promote-from` environment' : `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(source)}**`} does not run this content yet`;
        }
        case 'min-bake':
            return "the strategy's bake is shorter than `min-bake-minutes`";
        case 'expected-plan':
            return 'what the approved plan saw has changed';
        case 'set-flags':
            return `what ${environment} runs changed under the kill switch`;
        case 'revert-target':
            return `what to revert in ${environment} has changed`;
        case 'experiment': {
            const keys = (report.experiments ?? report.plan?.experiments ?? [])
                .filter((e) => e.effect === 'refused')
                .map((e) => e.flag);
            return keys.length === 0
                ? ''
                : `${nameFlags(keys)} ${keys.length === 1 ? 'is' : 'are'} under a running experiment`;
        }
    }
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
/**
 * `2025-11-20T10:00:33.000Z` → `2025-11-20 10:00:33 UTC` (`minute`: `2025-11-20 10:00 UTC`, for
 * narrow tables); other text is returned as is.
 */
function formatTimestamp(iso, precision = 'second') {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})(?:\.\d+)?Z$/.exec(iso);
    if (match === null)
        return iso;
    return `${match[1]} ${match[2]}${precision === 'second' ? match[3] : ''} UTC`;
}


/***/ }),

/***/ 2923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ inlineCode)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

/**
 * Inline code for a paragraph or a heading, not a table cell: `code` escapes `|` so a cell
 * cannot end early, but outside a table GitHub shows that backslash literally (`a \| b`).
 * `code` puts exactly one backslash before every pipe, so removing one gives the text back.
 */
function inlineCode(text) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(text).replace(/\\\|/g, '|');
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
/* unused harmony export neutraliseReferences */
/* harmony import */ var _strip_controls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7820);

/**
 * Escapes user-supplied text (flag names, values, messages) for a markdown table cell or
 * paragraph: HTML is neutralised, markdown syntax (GitHub's `$` math included) is shown
 * literally, and line breaks cannot end a table row.
 */
function escapeMarkdown(text) {
    return neutraliseReferences((0,_strip_controls_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControls */ .$)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~$])/g, '\\$1')
        .replace(/\r?\n|\r/g, ' '));
}
/**
 * GitHub turns `@name` into a mention (a notification), `#123` into a link to that issue and
 * bare `https://…` or `www.…` into links, in comments and summaries alike; text from a bundle
 * must do none of that. A zero-width space (as an entity, so it survives editors) breaks each
 * pattern while the text reads the same. Runs on escaped text: `&` is already `&amp;`.
 */
function neutraliseReferences(escaped) {
    return (escaped
        // `#` first: the entities inserted next hold a `#` and digits themselves.
        .replace(/#(?=\d)/g, '#&#8203;')
        .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')
        .replace(/\b(https?)(?=:\/\/)/gi, '$1&#8203;')
        .replace(/\b(www)(?=\.)/gi, '$1&#8203;'));
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
    const clean = (0,_strip_controls_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControls */ .$)(text).replace(/\r?\n|\r/g, ' ');
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
function codeBlock(raw, language = '') {
    const text = (0,_strip_controls_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControls */ .$)(raw);
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

/***/ 2527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ productionState),
/* harmony export */   hZ: () => (/* binding */ stateIcon)
/* harmony export */ });
/* unused harmony export PRODUCTION_STATES */
/** The icon and its meaning, in the order docs/summaries/README.md lists them. */
const PRODUCTION_STATES = {
    complete: {
        icon: '✅',
        meaning: 'The environment serves the content to every client and the deployment is over (also: it already ran this content).'
    },
    rolling: {
        icon: '⏳',
        meaning: 'The deployment is still rolling out or baking (`wait-until: started` or `baking`): AppConfig can still roll it back.'
    },
    'rolled-back': {
        icon: '↩️',
        meaning: 'Rolled back, reverted or stopped: the environment serves (or is returning to) what it served before. Safe, but the change did not ship.'
    },
    'may-be-running': {
        icon: '⚠️',
        meaning: 'The run ended (a crash, an error, `on-timeout`/`on-cancel: leave`) while its deployment was still moving: it may still be running. Follow or stop it.'
    },
    'nothing-happened': {
        icon: '⛔',
        meaning: 'Nothing was deployed: the bundle failed validation, a guard refused, an input or AWS error stopped the run first.'
    },
    looked: {
        icon: '🔎',
        meaning: '`mode: plan` or `validate`: nothing is deployed by design; the summary says what a deploy would do.'
    }
};
/** The state the environment is in at the end of this run. */
function productionState(report) {
    const rollout = report.rollout;
    const ok = report.failure === undefined;
    switch (report.result) {
        case 'validated':
        case 'planned':
            if (ok)
                return 'looked';
            break;
        case 'unchanged':
            if (ok)
                return report.mode === 'plan' ? 'looked' : 'complete';
            break;
        case 'complete':
            if (ok)
                return 'complete';
            break;
        case 'started':
        case 'baking':
            if (ok)
                return 'rolling';
            break;
        case 'rolled-back':
            return 'rolled-back';
        case 'reverted':
            // What `mode: revert` asked for is done; anywhere else a revert undid this deployment.
            return ok && report.mode === 'revert' ? 'complete' : 'rolled-back';
        default:
            break;
    }
    if (report.failure?.kind === 'rolled-back')
        return 'rolled-back';
    if (rollout?.deploymentNumber === undefined)
        return 'nothing-happened';
    if (rollout.stopped === true)
        return 'rolled-back';
    switch (rollout.state) {
        case 'COMPLETE':
            return 'complete';
        case 'ROLLED_BACK':
        case 'REVERTED':
        case 'ROLLING_BACK':
            return 'rolled-back';
        default:
            return 'may-be-running';
    }
}
/** The headline icon for a report. */
function stateIcon(report) {
    return PRODUCTION_STATES[productionState(report)].icon;
}


/***/ }),

/***/ 3283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ renderAlarms)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6264);
/* harmony import */ var _console_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87);
/* harmony import */ var _console_url_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(167);
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5964);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5356);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4285);
/* harmony import */ var _alarms_alarm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3495);
/* harmony import */ var _known_alarms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7776);







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
 * The alarms the environment monitors with their last state, firing ones first, with the
 * reason CloudWatch gives; those that fired during the rollout are marked. `compact` gives
 * one line instead of a table when every alarm is OK and none fired. `quoted` is the ARN of
 * an alarm whose reason the summary already quotes above (issue 27: said once, not thrice).
 */
function renderAlarms(report, compact = false, quoted) {
    const target = report.target;
    if (target === undefined || target.monitors.length === 0)
        return '';
    const fired = new Set(report.rollout?.triggeredAlarms ?? []);
    const seen = (0,_known_alarms_js__WEBPACK_IMPORTED_MODULE_0__/* .knownAlarms */ .u)(report);
    const alarms = [...seen];
    // A monitor DescribeAlarms was never asked about (the run ended first) or an alarm that
    // fired but is gone from the last snapshot still belongs in the table.
    for (const arn of [...target.monitors, ...fired]) {
        if (!alarms.some((a) => a.arn === arn))
            alarms.push({
                arn,
                name: (0,_console_url_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAlarmArn */ .S)(arn)?.name ?? arn,
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
    const firing = alarms.filter(_alarms_alarm_js__WEBPACK_IMPORTED_MODULE_2__/* .isFiring */ .G).length;
    if (compact && alarms.every((a) => a.state === 'OK' && !fired.has(a.arn)))
        return `**Alarms:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(alarms.length, 'alarm')} watched, all OK: ${alarms.map((a) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(a.name), (0,_console_url_js__WEBPACK_IMPORTED_MODULE_5__/* .alarmConsoleUrl */ .iw)(a.arn))).join(', ')}.`;
    const heading = firing > 0
        ? `#### Alarms: ${firing} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(alarms.length, 'alarm')} firing`
        : `#### Alarms: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(alarms.length, 'alarm')} watched, none firing`;
    const rows = alarms.map((alarm) => {
        const marks = [`${STATE_ICON[alarm.state]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(alarm.state)}`];
        if (fired.has(alarm.arn))
            marks.push('fired during the rollout');
        if (alarm.actionsEnabled === false)
            marks.push('actions disabled: AppConfig ignores it');
        const name = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(alarm.name), (0,_console_url_js__WEBPACK_IMPORTED_MODULE_5__/* .alarmConsoleUrl */ .iw)(alarm.arn));
        const kind = alarm.type === 'composite' ? ' (composite)' : '';
        return [
            marks.join('<br>'),
            `${name}${kind}`,
            alarm.arn === quoted
                ? '_quoted above, under **Triggered by**_'
                : reason(alarm, seen.length === 0),
            alarm.updatedAt === undefined
                ? ''
                : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)((0,_format_duration_js__WEBPACK_IMPORTED_MODULE_6__/* .formatTimestamp */ .Ey)(alarm.updatedAt))
        ];
    });
    return [heading, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['state', 'alarm', 'reason', 'since'], rows)].join('\n\n');
}
function reason(alarm, neverRead) {
    // An OK alarm's reason ("… was not greater than the threshold") is noise next to the others.
    if (alarm.state === 'OK')
        return '';
    if (alarm.reason !== undefined && alarm.reason !== '')
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .truncate */ .xv)(alarm.reason, _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .TEXT_MAX_CHARS */ .JG));
    if (alarm.state !== 'UNKNOWN')
        return '';
    return neverRead
        ? 'Not read: the run ended before the alarms were described.'
        : 'DescribeAlarms did not return it: it was deleted, is in another account or region, or this role cannot read it.';
}


/***/ }),

/***/ 3276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vB: () => (/* binding */ addedKeys),
  XF: () => (/* binding */ categorise),
  UZ: () => (/* binding */ isAddedOn),
  PC: () => (/* binding */ planLogGroup),
  Yz: () => (/* binding */ renderChangeRows),
  O1: () => (/* binding */ renderChanges),
  gQ: () => (/* binding */ sortChanges)
});

// UNUSED EXPORTS: MAX_DETAILS_PER_FLAG, summariseChanges

// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/report/limits.ts
var limits = __webpack_require__(5356);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/inline-code.ts
var inline_code = __webpack_require__(2923);
// EXTERNAL MODULE: ./src/plan/cap-text.ts
var cap_text = __webpack_require__(5807);
;// CONCATENATED MODULE: ./src/report/value-window.ts

/** The longest value a diff line shows; a longer one is shown as a window of this size. */
const WINDOW_CHARS = 80;
/** Characters of a window shown before the first difference. */
const WINDOW_LEAD = 24;
/**
 * The two sides of a difference as a reader can compare them (issue 25): short values whole;
 * a long value as a window of `max` characters around the first difference, the same window
 * on both sides, with the difference's character offset, so a cut never shows two equal
 * strings. A one-sided value (added, removed) is cut at the end.
 */
function windowValues(detail, max = WINDOW_CHARS) {
    const { before, after } = detail;
    const offset = detail.offset ?? 0;
    if (before === undefined || after === undefined)
        return {
            ...(before === undefined ? {} : { before: cutEnd(before, max) }),
            ...(after === undefined ? {} : { after: cutEnd(after, max) })
        };
    const first = (0,cap_text/* firstDifference */.at)(before, after);
    if (offset === 0 && before.length <= max && after.length <= max)
        return { before, after };
    const start = first < max - WINDOW_LEAD ? 0 : first - WINDOW_LEAD;
    const show = (text) => {
        const lead = start > 0 || offset > 0 ? '…' : '';
        const body = text.slice(start);
        if (body.length <= max - lead.length)
            return `${lead}${body}`;
        const kept = body.slice(0, max - lead.length - 1);
        return `${lead}${kept.endsWith('…') ? kept : `${kept}…`}`;
    };
    return { before: show(before), after: show(after), at: offset + first + 1 };
}
function cutEnd(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

;// CONCATENATED MODULE: ./src/report/render-changes.ts





/** At most this many value differences are drawn in one flag's diff; the rest are named. */
const MAX_DETAILS_PER_FLAG = 10;
/** At most this many names of differences left out of a flag's diff are listed. */
const MAX_NAMES = 30;
/** With more changed flags than FOLD_ROWS, this many stay unfolded (the riskiest). */
const SHOWN_BEFORE_FOLD = 10;
/** Riskiest first: a reviewer reads removals and switches before additions. */
const ORDER = ['removed', 'on', 'off', 'changed', 'added'];
const ICON = {
    removed: '➖',
    on: '🟢',
    off: '⚫',
    changed: '✏️',
    added: '➕'
};
const COUNT_WORD = {
    removed: 'removed',
    on: 'turned on',
    off: 'turned off',
    changed: 'changed',
    added: 'added'
};
/** The kind of change a reviewer reads first: removed, turned on/off, changed, added. */
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
/** Whether an added flag starts switched on (`enabled: true` in its value). */
function isAddedOn(change) {
    return (change.kind === 'added' &&
        change.details.some((d) => d.what === 'enabled' && d.after === 'true'));
}
/** The keys a plan adds (hygiene does not call a flag that arrives now a cleanup candidate). */
function addedKeys(plan) {
    return new Set((plan?.changes ?? []).filter((c) => c.kind === 'added').map((c) => c.key));
}
/** Parts of a flag's definition (name, description, constraints), folded under its diff. */
function isDefinition(what) {
    return (['name', 'description', '_deprecation', 'definition'].includes(what) ||
        what.startsWith('definition ') ||
        (what.startsWith('attribute ') && what.endsWith(' definition')));
}
/** The short verdict after a flag's key: "🟢 turned on", "➕ added, off", "➖ removed (was on)". */
function verdict(change) {
    const category = categorise(change);
    const enabled = change.details.find((d) => d.what === 'enabled');
    const state = (json) => json === 'true' ? 'on' : json === 'false' ? 'off' : '';
    let word = COUNT_WORD[category];
    if (category === 'added' && state(enabled?.after) !== '')
        word = `added, ${state(enabled?.after)}`;
    if (category === 'removed' && state(enabled?.before) !== '')
        word = `removed (was ${state(enabled?.before)})`;
    return `${ICON[category]} **${word}**`;
}
/**
 * One block per changed flag, riskiest first, rendered once so the size budget can pick how
 * many fit: the key unbroken on its own line with a short verdict, its value differences as a
 * `diff` block (long values as a window around the first difference), its definition folded.
 */
function renderChangeRows(plan) {
    return sortChanges(plan.changes).map(renderFlag);
}
function renderFlag(change) {
    // The verdict already says what `enabled` did; a diff line for it would repeat it.
    const saysEnabled = change.toggled !== undefined || change.kind !== 'changed';
    const shown = change.details.filter((d) => !(saysEnabled && d.what === 'enabled'));
    const values = shown.filter((d) => !isDefinition(d.what));
    const definition = shown.filter((d) => isDefinition(d.what));
    const parts = [`${(0,inline_code/* inlineCode */.t)(change.key)} · ${verdict(change)}`];
    const drawn = values.slice(0, MAX_DETAILS_PER_FLAG);
    if (drawn.length > 0)
        parts.push((0,markdown/* codeBlock */.DV)(drawn.map(diffLines).join('\n'), 'diff'));
    const rest = values.slice(drawn.length);
    if (rest.length > 0)
        parts.push(leftOut(rest));
    if (definition.length > 0)
        parts.push((0,markdown/* details */.zH)(`Definition: ${definitionParts(definition)}`, (0,markdown/* codeBlock */.DV)(definition.map(diffLines).join('\n'), 'diff')));
    return parts.join('\n\n');
}
/**
 * What a folded definition holds, in our own words: GitHub renders no markdown inside
 * `<summary>`, so bundle text (attribute names) cannot be escaped there and stays out.
 */
function definitionParts(definition) {
    const words = definition.map((d) => d.what === 'name' || d.what === 'description'
        ? d.what
        : d.what === '_deprecation'
            ? 'deprecation'
            : d.what.startsWith('attribute ')
                ? 'attribute constraints'
                : 'other fields');
    return [...new Set(words)].join(', ');
}
/**
 * The differences a flag's diff has no room for, each named (issue 25: "… and 3 more" could
 * hide the one that matters), with where every one is written out.
 */
function leftOut(rest) {
    const names = rest.slice(0, MAX_NAMES).map((d) => (0,inline_code/* inlineCode */.t)(d.what));
    const others = rest.length - names.length;
    return `… and ${(0,format/* plural */.LS)(rest.length, 'more difference')}, not drawn: ${names.join(', ')}${others > 0 ? ` and ${(0,format/* formatNumber */.ZV)(others)} others` : ''}.`;
}
/** A difference as diff lines: `- what: before` / `+ what: after`, or a labelled window. */
function diffLines(detail) {
    const what = oneLine(detail.what);
    const window = windowValues(detail);
    const lines = [];
    if (window.at !== undefined) {
        lines.push(`  ${what} (first difference at character ${window.at}):`);
        lines.push(`- ${oneLine(window.before ?? '')}`);
        lines.push(`+ ${oneLine(window.after ?? '')}`);
        return lines.join('\n');
    }
    if (window.before !== undefined)
        lines.push(`- ${what}: ${oneLine(window.before)}`);
    if (window.after !== undefined)
        lines.push(`+ ${what}: ${oneLine(window.after)}`);
    return lines.join('\n');
}
/** JSON text is one line already; a name from the bundle might not be. */
function oneLine(text) {
    return text.replace(/\r?\n|\r/g, ' ');
}
/** "3 flags change: 1 turned on, 1 changed, 1 added". */
function summariseChanges(plan) {
    const counts = new Map();
    for (const change of plan.changes) {
        const category = categorise(change);
        counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    const parts = ORDER.filter((c) => counts.has(c)).map((c) => `${(0,format/* formatNumber */.ZV)(counts.get(c))} ${COUNT_WORD[c]}`);
    const n = plan.changes.length;
    return `${(0,format/* plural */.LS)(n, 'flag')} ${n === 1 ? 'changes' : 'change'}: ${parts.join(', ')}`;
}
/** The title of the step log's group that lists every difference (main.ts writes it). */
function planLogGroup(plan) {
    return `Plan: ${(0,format/* plural */.LS)(plan.changes.length, 'flag change')}, ${(0,format/* plural */.LS)(plan.unchangedCount, 'flag')} unchanged`;
}
/**
 * The flag changes: the counts, then one block per changed flag (the first `shown` of
 * `rows`), the riskiest unfolded and the rest folded when there are many, and where the step
 * log lists every difference.
 */
function renderChanges(plan, rows, shown, options) {
    const n = plan.changes.length;
    if (n === 0) {
        const version = plan.deployed === undefined ? '' : ` (version ${plan.deployed.version})`;
        return `#### No flag changes\n\nThe content matches the deployed configuration${version}: ${(0,format/* plural */.LS)(plan.unchangedCount, 'flag')}.`;
    }
    const facts = [];
    if (plan.unchangedCount > 0)
        facts.push(`${(0,format/* formatNumber */.ZV)(plan.unchangedCount)} unchanged, not listed`);
    if (plan.deployed === undefined)
        facts.push('nothing is deployed for this profile yet, so every flag is new');
    facts.push(`every difference is in ${(0,markdown/* link */.nf)('the step log', options.logUrl)}, group ${(0,inline_code/* inlineCode */.t)(planLogGroup(plan))}`);
    const parts = [
        `#### ${summariseChanges(plan)}`,
        `${capitalise(facts.join(' · '))}.`
    ];
    const blocks = rows.slice(0, Math.max(0, shown));
    if (blocks.length > limits/* FOLD_ROWS */.oW) {
        parts.push(...blocks.slice(0, SHOWN_BEFORE_FOLD));
        parts.push((0,markdown/* details */.zH)(`${(0,format/* plural */.LS)(blocks.length - SHOWN_BEFORE_FOLD, 'more changed flag')}`, blocks.slice(SHOWN_BEFORE_FOLD).join('\n\n')));
    }
    else
        parts.push(...blocks);
    const rest = rows.length - blocks.length;
    if (rest > 0)
        parts.push(`… and ${(0,format/* formatNumber */.ZV)(rest)} more ${rest === 1 ? 'flag' : 'flags'} ${options.more}`);
    return parts.join('\n\n');
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
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

/***/ 2265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ renderExperiments),
/* harmony export */   u: () => (/* binding */ experimentsOutput)
/* harmony export */ });
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5964);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6264);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5356);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);




/** Runs listed in the table; the `experiments` output lists every one. */
const MAX_EXPERIMENT_ROWS = 50;
/** What the change does to users of each flag, in words. */
const EFFECT = {
    untouched: 'Not changed by this run: the experiment keeps serving its treatments.',
    refused: '⛔ Refused (`on-experiment: fail`): a deployment would change nothing users see until the run ends.',
    stop: '⏹ The run is stopped before the deployment starts (`on-experiment: stop`); users then get the deployed flag.',
    stopped: '⏹ Stopped before the deployment (`on-experiment: stop`); users get the deployed flag, and this deployment changes it.',
    waits: '⏳ Nothing until the run ends (`on-experiment: ignore`): the experiment keeps serving its treatments.'
};
/**
 * AppConfig experiments on flags of this profile here: per flag the experiment, its run, since
 * when, and what this change does for users. Also says when the newest deployment of the profile
 * was AppConfig's own for an experiment (MANAGED). Empty when there is nothing to say.
 */
function renderExperiments(plan) {
    const experiments = plan?.experiments ?? [];
    const managed = plan?.experimentDeployment;
    const note = managed === undefined
        ? ''
        : `The newest deployment of this profile here, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(String(managed.deploymentNumber))} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(managed.state)}), is AppConfig's own for an experiment (type \`MANAGED\`): it is not what this action deployed, nor a drift base or a revert target.`;
    if (experiments.length === 0)
        return note === '' ? '' : `#### Experiments\n\n${note}`;
    const rows = experiments
        .slice(0, MAX_EXPERIMENT_ROWS)
        .map((e) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(e.flag),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(e.experiment, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT_MAX_CHARS */ .JG)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(e.run),
        `${e.startedAt === undefined ? '—' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_format_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTimestamp */ .Ey)(e.startedAt, 'minute'))}${e.endedAt === undefined ? '' : ` → ended ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_format_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTimestamp */ .Ey)(e.endedAt, 'minute'))}`}`,
        EFFECT[e.effect]
    ]);
    const left = experiments.length - rows.length;
    const affected = experiments.filter((e) => e.affected).length;
    return [
        '#### Experiments',
        `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(experiments.length, 'experiment run')} on flags of this profile; this change touches ${affected === 0 ? 'none of them' : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(affected, 'flag')} under an experiment. While a run is active, AppConfig serves its treatments: a deployment "does not change what users see because the experiment is still controlling the flag".`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Flag', 'Experiment', 'Run', 'Since', 'What this change does'], rows),
        left > 0
            ? `…and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(left, 'more run')} (the \`experiments\` output lists every one).`
            : '',
        note
    ]
        .filter(Boolean)
        .join('\n\n');
}
/** The `experiments` output: every run, `{"flag", "experiment", "run"}`. */
function experimentsOutput(plan) {
    return JSON.stringify((plan?.experiments ?? []).map((e) => ({
        flag: e.flag,
        experiment: e.experiment,
        run: e.runNumber
    })));
}


/***/ }),

/***/ 347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IM: () => (/* binding */ stopCommand),
/* harmony export */   sy: () => (/* binding */ quotedAlarm),
/* harmony export */   zt: () => (/* binding */ renderFailure)
/* harmony export */ });
/* unused harmony export isDeploymentRunning */
/* harmony import */ var _appconfig_deployment_states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6317);
/* harmony import */ var _console_url_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(167);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5356);
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5964);
/* harmony import */ var _render_headline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7553);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4285);
/* harmony import */ var _report_links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7026);
/* harmony import */ var _known_alarms_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7776);








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
        !isTerminal(rollout.state) &&
        rollout.stopped !== true);
}
/**
 * What happened, what triggered it and what to do next, for a failed run. Bundle problems
 * have their own table, so a refused bundle gets no section here.
 */
function renderFailure(report) {
    const failure = report.failure;
    const outcome = (0,_render_headline_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeOf */ .sG)(report);
    // A revert that did what mode: revert asked is no failure.
    if (failure === undefined && report.mode === 'revert')
        return '';
    if (failure === undefined &&
        !['rolled-back', 'reverted', 'timed-out', 'cancelled', 'failed'].includes(outcome))
        return '';
    if (outcome === 'bundle' && report.bundle !== undefined)
        return '';
    // The Rule tests section lists the failing cases and the file's problems.
    if (outcome === 'flag-tests' && report.flagTests !== undefined)
        return '';
    const message = failure === undefined
        ? ''
        : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMessage */ .hC)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)(failure.message, MESSAGE_MAX_CHARS));
    const environment = report.target
        ? `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(report.target.environment.name)}**`
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
                ? `fix the input ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(failure?.input ?? '')} in the workflow's \`with:\` block and re-run.`
                : `check the region first: this run looked in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(failure.region)} (the \`region\` input, else \`AWS_REGION\`, e.g. the \`aws-region\` of \`aws-actions/configure-aws-credentials\`). If the ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(failure.input ?? '')} is in another region, set \`region\` to it; otherwise fix the input ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(failure.input ?? '')} and re-run.`);
            break;
        case 'bundle':
            say('What happened', message);
            say('What to do', 'check the `bundle` input: the path is relative to `GITHUB_WORKSPACE`, and the file must be checked out (`actions/checkout`) before this step.');
            break;
        case 'guard': {
            const refused = (report.plan?.guards ?? []).filter((g) => g.outcome === 'refuse');
            const names = refused.map((g) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(g.guard)).join(' and ');
            const by = names === ''
                ? 'a guard'
                : `the ${names} ${refused.length === 1 ? 'guard' : 'guards'}`;
            say('What happened', report.mode === 'plan'
                ? `a deploy of this bundle would stop at ${by}, before writing anything.`
                : `${by} refused the rollout before anything was written: ${environment} still serves ${previous}.`);
            if (refused.length === 0)
                say('Why', message);
            say('What to do', lowerFirst(refused.map((g) => guardAdvice(g, environment, report)).join(' ')) || 'read the guard messages below, fix the cause, and re-run.');
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
                say('What happened', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMessage */ .hC)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)(cause, MESSAGE_MAX_CHARS)));
                say('What to do', lowerFirst((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMessage */ .hC)(advice)));
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
                : ` at ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(cause.percentage)} of clients`;
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
            // One paragraph from the report's facts: the rollout's own message (for the log)
            // repeats what the deployment line used to say again.
            const input = outcome === 'timed-out' ? 'on-timeout' : 'on-cancel';
            const ended = outcome === 'timed-out'
                ? 'the wait ran out (`timeout-minutes`)'
                : 'the workflow run was cancelled';
            if (rollout?.deploymentNumber === undefined) {
                say('What happened', `${ended} before a deployment started: nothing changed in ${environment}.`);
            }
            else {
                const at = rollout.percentage === undefined
                    ? ''
                    : ` at ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(rollout.percentage)} of clients`;
                say('What happened', rollout.stopped === true
                    ? `${ended} while ${deployment} was${at}: this run stopped it (\`${input}: stop\`), so AppConfig rolls it back and ${environment} returns to ${previous}.`
                    : `${ended} while ${deployment} was${at}: it was left running (\`${input}: leave\`, or the stop failed) and may still complete or roll back.`);
            }
            say('What to do', outcome === 'timed-out'
                ? "if the strategy is slow by design, raise `timeout-minutes` (empty means the strategy's duration plus its bake plus 5 minutes), then re-run."
                : 're-run the workflow to deploy again.');
            break;
        }
        default: {
            say('What happened', message || `The rollout ended as ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.result)}.`);
            say('What to do', 're-run with step debug logging (`ACTIONS_STEP_DEBUG: true`) and report the error if it persists.');
        }
    }
    // A deployment that may still be running is the risk callout's (render-risks.ts), with the stop command.
    return lines.join('\n\n');
}
function deploymentLink(report) {
    const number = report.rollout?.deploymentNumber;
    if (number === undefined)
        return 'the deployment';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)(`deployment #${number}`, (0,_report_links_js__WEBPACK_IMPORTED_MODULE_2__/* .deploymentUrl */ .PM)(report));
}
/** AppConfig's own words about a rollback, escaped, as a trailing sentence. */
function said(cause) {
    return cause.description === undefined || cause.description === ''
        ? ''
        : ` AppConfig says: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)(cause.description, _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .TEXT_MAX_CHARS */ .JG))}`;
}
/**
 * The alarm whose CloudWatch reason the failure section quotes (a rollback by one alarm), so
 * the alarm table does not print it a second time.
 */
function quotedAlarm(report) {
    const cause = report.rollout?.cause;
    if (report.failure === undefined || cause?.by !== 'alarm')
        return undefined;
    if (cause.alarmArns.length !== 1)
        return undefined;
    const arn = cause.alarmArns[0];
    const reason = (0,_known_alarms_js__WEBPACK_IMPORTED_MODULE_6__/* .knownAlarms */ .u)(report).find((a) => a.arn === arn)?.reason;
    return reason === undefined || reason === '' ? undefined : arn;
}
function describeCause(report, cause) {
    const says = said(cause);
    switch (cause.by) {
        case 'alarm': {
            // AppConfig's description of an alarm rollback only restates the alarm's ARN.
            if (cause.alarmArns.some((arn) => cause.description?.includes(arn)))
                return describeCause(report, { ...cause, description: undefined });
            const alarms = (0,_known_alarms_js__WEBPACK_IMPORTED_MODULE_6__/* .knownAlarms */ .u)(report);
            const names = cause.alarmArns.map((arn) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)((0,_known_alarms_js__WEBPACK_IMPORTED_MODULE_6__/* .alarmName */ .V)(arn, alarms)), (0,_console_url_js__WEBPACK_IMPORTED_MODULE_7__/* .alarmConsoleUrl */ .iw)(arn)));
            if (names.length === 0)
                return `a CloudWatch alarm.${says}`;
            if (names.length > 1)
                return `alarms ${names.join(', ')} fired (their reasons are in the alarm table below).${says}`;
            const reason = alarms.find((a) => a.arn === cause.alarmArns[0])?.reason;
            return reason === undefined || reason === ''
                ? `alarm ${names[0]} fired.${says}`
                : `alarm ${names[0]} fired; CloudWatch says: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(sentence((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)(reason, _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .TEXT_MAX_CHARS */ .JG)))}${says}`;
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
                .map((arn) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)((0,_known_alarms_js__WEBPACK_IMPORTED_MODULE_6__/* .alarmName */ .V)(arn, (0,_known_alarms_js__WEBPACK_IMPORTED_MODULE_6__/* .knownAlarms */ .u)(report))))
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
function guardAdvice(guard, environment, report) {
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
        case 'experiment': {
            const application = report.target?.application.id ?? 'APPLICATION_ID';
            const commands = (report.plan?.experiments ?? [])
                .filter((e) => e.effect === 'refused')
                .map((e) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(`aws appconfig stop-experiment-run --application-identifier ${application} --experiment-definition-identifier ${e.definitionId} --run ${e.run}`));
            return `Stop the experiment ${commands.length === 1 ? 'run' : 'runs'} (${commands.join(', ') || 'Stop in the AppConfig console'}; or Stop on the experiment in the AppConfig console), then re-run; or set \`on-experiment: stop\` to have this action stop ${commands.length === 1 ? 'it' : 'them'} before the deployment starts. The experiments section below lists each run.`;
        }
        case 'set-flags':
            return `Read what ${environment} runs now, then run the kill switch again.`;
        case 'revert-target':
            return `Look at what ${environment} runs now, then run the revert again if it is still wanted.`;
    }
}
function awsAdvice(report, environment) {
    const failure = report.failure;
    if (failure?.iamAction !== undefined)
        return `grant ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(failure.iamAction)} to the role this workflow assumes (its policy in IAM, or the \`role-to-assume\` of \`aws-actions/configure-aws-credentials\`), then re-run.`;
    const region = report.target?.region;
    switch (failure?.errorName) {
        case 'ConflictException':
            // Only StartDeployment's conflict means a deployment in progress (aws-error.ts conflictAdvice).
            return /^Starting the deployment/i.test(failure.step ?? '')
                ? `another deployment is in progress in ${environment}, or one started after this run planned: re-run; with \`on-in-progress: wait\` (the default) the run waits for it to end.`
                : `AppConfig refused ${failure.step === undefined ? 'the call' : lowerFirst((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMessage */ .hC)(failure.step))} because something changed at the same moment: re-run the job.`;
        case 'ResourceNotFoundException':
            return `check the \`application\`, \`environment\`, \`configuration-profile\` and \`deployment-strategy\` inputs: each must name an existing resource${region === undefined ? '' : ` in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(region)}`} (by name or ID).`;
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


/***/ }),

/***/ 3179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ renderGuards)
/* harmony export */ });
/* unused harmony export notRunReason */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5356);


const ICON = {
    refuse: '⛔',
    warn: '⚠️',
    pass: '✅'
};
/**
 * Why a passing check did not actually look, from the plan's own facts (not its wording):
 * drift without a base to compare with, alarm states with no alarms to read. Undefined when
 * the check ran.
 */
function notRunReason(plan, guard) {
    if (guard.outcome !== 'pass')
        return undefined;
    if (guard.guard === 'drift' && plan.drift !== undefined)
        return plan.drift.base === undefined
            ? 'no earlier deployment by this action to compare with'
            : undefined;
    if (guard.guard === 'alarm-firing' && plan.alarms.length === 0)
        return 'no alarms to read';
    return undefined;
}
/**
 * The checks made before writing anything: refusals and warnings with their message, then
 * those that passed, then those that did not run (issue 27: a skipped check is never listed
 * as passed). `hide` leaves out guards the summary says elsewhere (the no-alarms callout).
 */
function renderGuards(plan, hide = () => false) {
    const guards = plan.guards.filter((g) => !hide(g));
    if (guards.length === 0)
        return '';
    const lines = [
        ...guards.filter((g) => g.outcome === 'refuse'),
        ...guards.filter((g) => g.outcome === 'warn')
    ].map((g) => `- ${ICON[g.outcome]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(g.guard)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMessage */ .hC)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(g.message, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT_MAX_CHARS */ .JG))}`);
    const passed = guards.filter((g) => g.outcome === 'pass' && notRunReason(plan, g) === undefined);
    if (passed.length > 0)
        lines.push(`- ✅ passed: ${passed.map((g) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(g.guard)).join(', ')}`);
    const skipped = guards.flatMap((g) => {
        const why = notRunReason(plan, g);
        return why === undefined ? [] : [`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(g.guard)} (${why})`];
    });
    if (skipped.length > 0)
        lines.push(`- ⚪ not run: ${skipped.join(', ')}`);
    return ['#### Checks before deploying', lines.join('\n')].join('\n\n');
}


/***/ }),

/***/ 7553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ renderHeadline),
/* harmony export */   WU: () => (/* binding */ flagsChange),
/* harmony export */   sG: () => (/* binding */ outcomeOf)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6264);
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5964);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4285);
/* harmony import */ var _known_alarms_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7776);
/* harmony import */ var _render_incident_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6759);
/* harmony import */ var _flags_at_risk_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4143);
/* harmony import */ var _production_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2527);







/** The failure kind, or for a report that lacks one, what its result implies. */
function outcomeOf(report) {
    return report.failure?.kind ?? report.result;
}
/** "1 flag changes", "2 flags change". */
function flagsChange(n) {
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n, 'flag')} ${n === 1 ? 'changes' : 'change'}`;
}
/**
 * The one line a reviewer reads first: an icon for the state production is in
 * (production-state.ts), then the outcome with the target, the numbers and, for a refusal,
 * the guard and the flags it protects.
 */
function renderHeadline(report) {
    return `${(0,_production_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stateIcon */ .hZ)(report)} ${headlineText(report)}`;
}
function headlineText(report) {
    const incident = (0,_render_incident_js__WEBPACK_IMPORTED_MODULE_0__/* .incidentHeadline */ .Z)(report);
    if (incident !== undefined)
        return incident;
    const bundle = report.bundle;
    const failure = report.failure;
    const environment = report.target
        ? `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(report.target.environment.name)}**`
        : 'the environment';
    const version = report.rollout?.version?.number;
    const profile = report.target
        ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.target.profile.name)}${version === undefined ? '' : ` v${version}`}`
        : 'the configuration';
    const rollout = report.rollout;
    const at = rollout?.percentage === undefined
        ? ''
        : ` at ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(rollout.percentage)} of ${environment}`;
    switch (outcomeOf(report)) {
        case 'bundle': {
            if (bundle === undefined)
                return 'Could not read the bundle';
            const counts = [
                (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(bundle.errorCount, 'error'),
                ...(bundle.warningCount > 0
                    ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(bundle.warningCount, 'warning')]
                    : [])
            ];
            return `Validation failed: ${counts.join(' and ')} in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(bundle.displayPath)}`;
        }
        case 'flag-tests': {
            const tests = report.flagTests;
            if (tests === undefined || tests.problems.length > 0)
                return `Rule tests: the test file ${tests === undefined ? 'could not be read' : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(tests.displayPath)} has ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(tests.problems.length, 'problem')}`}`;
            return `Rule tests failed: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(tests.failed, 'case')} of ${tests.passed + tests.failed + tests.undetermined} ${tests.failed === 1 ? 'does' : 'do'} not hold`;
        }
        case 'input':
            return failure?.region === undefined
                ? 'Invalid input'
                : `Not found in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(failure.region)}: wrong input or wrong region?`;
        case 'internal':
        case 'failed': {
            const number = rollout?.deploymentNumber;
            return (0,_production_state_js__WEBPACK_IMPORTED_MODULE_1__/* .productionState */ .HI)(report) === 'may-be-running'
                ? `The action failed while deployment #${number} was running: it may still be running in ${environment}`
                : 'The action failed: unexpected error';
        }
        case 'guard': {
            const refusing = (report.plan?.guards ?? []).filter((g) => g.outcome === 'refuse');
            const guards = refusing.map((g) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(g.guard));
            const by = guards.length === 0
                ? 'a guard'
                : `the ${guards.join(' and ')} ${guards.length === 1 ? 'guard' : 'guards'}`;
            const subject = refusing
                .map((g) => (0,_flags_at_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .refusalSubject */ .pC)(report, g))
                .filter(Boolean)
                .join('; ');
            const what = subject === '' ? ':' : `: ${subject};`;
            return report.mode === 'plan'
                ? `Plan refused by ${by}${what} deploying would be blocked`
                : `Refused by ${by}${what} nothing was deployed`;
        }
        case 'aws':
            return awsHeadline(failure);
        case 'rolled-back': {
            const cause = rollout?.cause;
            const where = cause?.percentage === undefined
                ? ` in ${environment}`
                : ` at ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(cause.percentage)} of ${environment}`;
            switch (cause?.by) {
                case 'alarm': {
                    const names = cause.alarmArns.map((arn) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)((0,_known_alarms_js__WEBPACK_IMPORTED_MODULE_6__/* .alarmName */ .V)(arn, (0,_known_alarms_js__WEBPACK_IMPORTED_MODULE_6__/* .knownAlarms */ .u)(report))));
                    return `Rolled back by ${names.length === 1 ? 'alarm' : 'alarms'} ${names.join(', ')}${where}`;
                }
                case 'user':
                    return `Rolled back${where}: stopped by a user`;
                case 'self':
                    return `Rolled back${where}: stopped by this run`;
                case 'internal-error':
                    return `Rolled back${where}: AppConfig internal error`;
                default:
                    return `Rolled back${where}`;
            }
        }
        case 'reverted': {
            const deployed = report.plan?.deployed;
            return deployed === undefined
                ? `Reverted: ${profile} was taken back out of ${environment}`
                : `Reverted: ${environment} is back on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.target?.profile.name ?? '')} v${deployed.version}`;
        }
        case 'timed-out': {
            const after = ` after ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(report.durationSeconds)}`;
            const what = rollout?.deploymentNumber === undefined
                ? 'no deployment started'
                : rollout.stopped === true
                    ? 'deployment stopped, rolling back'
                    : 'deployment left running';
            return `Timed out${at}${after}: ${what}`;
        }
        case 'cancelled':
            if (rollout?.deploymentNumber === undefined)
                return 'Cancelled before a deployment started: nothing changed';
            return rollout.stopped === true
                ? `Cancelled: deployment stopped${at}, rolling back`
                : `Cancelled: deployment left running${at}`;
        case 'complete': {
            const took = (0,_format_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .secondsBetween */ .O1)(rollout?.startedAt, rollout?.endedAt) ??
                report.durationSeconds;
            return `${profile} deployed to ${environment} in ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(took)}`;
        }
        case 'baking': {
            const bake = report.target?.strategy.finalBakeMinutes;
            return `${profile} reached 100% of ${environment}${bake ? `, now baking for ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(bake * 60)}` : ' and is baking'}`;
        }
        case 'started': {
            const number = rollout?.deploymentNumber;
            return `${profile} started deploying to ${environment}${number === undefined ? '' : ` (deployment #${number})`}`;
        }
        case 'unchanged': {
            const deployed = report.plan?.deployed;
            const running = deployed === undefined
                ? ''
                : ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.target?.profile.name ?? '')} v${deployed.version})`;
            return report.mode === 'plan'
                ? `Plan: no change, ${environment} already runs this bundle${running}`
                : `No change: ${environment} already runs this bundle${running}`;
        }
        case 'planned': {
            const n = report.plan?.changes.length ?? 0;
            return `Plan: ${n === 0 ? 'no flag changes' : flagsChange(n)} in ${profile} on ${environment}`;
        }
        case 'validated': {
            if (bundle === undefined)
                return 'The bundle is valid';
            const warnings = bundle.warningCount
                ? ` with ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(bundle.warningCount, 'warning')}`
                : '';
            return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(bundle.displayPath)} is valid: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(bundle.flagCount, 'flag')}${warnings}`;
        }
    }
}
/** Setup problems, named for what they are rather than for the first step that met them. */
const PROBLEM_HEADLINES = {
    'no-credentials': 'No AWS credentials: nothing was read or changed',
    'expired-credentials': 'The AWS credentials expired',
    'invalid-credentials': 'AWS rejected the credentials',
    region: 'Not a valid AWS region',
    endpoint: 'Could not reach AWS'
};
function awsHeadline(failure) {
    if (failure?.problem !== undefined)
        return PROBLEM_HEADLINES[failure.problem];
    if (failure?.iamAction !== undefined)
        return `Access denied: this role may not call ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(failure.iamAction)}`;
    // Steps are phrases ("Starting the deployment"), so they read after "while".
    const step = failure?.step === undefined
        ? ''
        : ` while ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(failure.step.charAt(0).toLowerCase() + failure.step.slice(1))}`;
    const name = failure?.errorName === undefined ? '' : `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(failure.errorName)}`;
    return `AWS error${step}${name}`;
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
function unreferencedList(h, added = new Set()) {
    // A flag this plan adds is not read yet because its code is still to come: not a cleanup
    // candidate (issue 27).
    const list = (keys) => {
        const names = keys.slice(0, MAX_NAMES).map(_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY);
        const rest = keys.length - names.length;
        if (rest > 0)
            names.push(`… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(rest)} more`);
        return names.join(', ');
    };
    const old = h.unreferenced.filter((k) => !added.has(k));
    const fresh = h.unreferenced.filter((k) => added.has(k));
    return [
        old.length === 0
            ? ''
            : `**🧹 Unreferenced flags**: in the bundle, read in no searched file (cleanup candidates): ${list(old)}`,
        fresh.length === 0
            ? ''
            : `**🆕 Not read yet**: added by this plan and read in no searched file (expected until the code that reads ${fresh.length === 1 ? 'it' : 'them'} ships): ${list(fresh)}`
    ]
        .filter(Boolean)
        .join('\n\n');
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
        unreferencedList(h, options.added),
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
    if (incident.experimentNote !== undefined)
        rows.push(['Experiments', text(incident.experimentNote)]);
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
/** The headline of a revert or kill-switch run, when it needs its own words (without the state icon). */
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
            return `Reverted: ${environment} is back on ${profile} v${to ?? '?'}${incident.path === undefined ? '' : ` (${incident.path === 'revert' ? "AppConfig's revert" : incident.path === 'stop' ? 'deployment in progress stopped' : 'new deployment'})`}`;
        if (report.failure?.kind === 'guard')
            return `Nothing reverted in ${environment}`;
        return undefined;
    }
    if (report.failure?.kind === 'rolled-back' && report.result === 'failed')
        return `The change will not hold: AppConfig is rolling back deployment #${report.rollout?.deploymentNumber ?? '?'} in ${environment}`;
    if (report.failure === undefined && incident.path === 'revert')
        return `${environment} runs the change asked for, by AppConfig's revert to ${profile} v${to ?? '?'}`;
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
/* harmony import */ var _render_changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3276);






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
                : `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(n, 'flag')} ${n === 1 ? 'differs' : 'differ'}** from the content to deploy${unchanged} (\`-\` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(source.environment.name)}, \`+\` new):`
        ];
        // Each flag as in the changes section: its key, a verdict, its differences as a diff.
        if (shown > 0)
            parts.push(...rows.slice(0, shown));
        const rest = rows.length - Math.max(0, shown);
        if (rest > 0)
            parts.push(`… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(rest)} more, not shown to stay under GitHub's size limit.`);
        return parts.join('\n\n');
    };
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_2__/* .fitRows */ .z)(rows.length, render, limit, measure);
}


/***/ }),

/***/ 7594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YH: () => (/* binding */ planMarker),
/* harmony export */   d$: () => (/* binding */ renderPlanMarkdown)
/* harmony export */ });
/* unused harmony export renderPlanHeadline */
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9556);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(877);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5356);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4285);
/* harmony import */ var _render_alarms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3283);
/* harmony import */ var _render_changes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3276);
/* harmony import */ var _render_drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1906);
/* harmony import */ var _render_experiments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2265);
/* harmony import */ var _render_guards_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3179);
/* harmony import */ var _render_hygiene_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3398);
/* harmony import */ var _render_overview_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4874);
/* harmony import */ var _render_headline_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7553);
/* harmony import */ var _flags_at_risk_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4143);
/* harmony import */ var _render_risks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3153);
/* harmony import */ var _render_target_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9792);
/* harmony import */ var _render_rule_tests_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(687);
















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
/**
 * The plan's headline: what deploying the bundle changes, whatever the run's outcome; a
 * refusal names the guard and the flags it protects.
 */
function renderPlanHeadline(report) {
    const plan = report.plan;
    const target = report.target;
    const environment = target
        ? `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeMarkdown */ .FV)(target.environment.name)}**`
        : 'the environment';
    const profile = target ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .code */ .aY)(target.profile.name) : 'the configuration';
    const refusing = (plan?.guards ?? []).filter((g) => g.outcome === 'refuse');
    const n = plan?.changes.length ?? 0;
    const what = n === 0
        ? `no change, ${environment} already runs this bundle`
        : `${(0,_render_headline_js__WEBPACK_IMPORTED_MODULE_6__/* .flagsChange */ .WU)(n)} in ${profile} on ${environment}`;
    if (refusing.length === 0)
        return `🔎 Plan: ${what}`;
    const by = `the ${refusing.map((g) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .code */ .aY)(g.guard)).join(' and ')} ${refusing.length === 1 ? 'guard' : 'guards'}`;
    const subject = refusing
        .map((g) => (0,_flags_at_risk_js__WEBPACK_IMPORTED_MODULE_11__/* .refusalSubject */ .pC)(report, g))
        .filter(Boolean)
        .join('; ');
    return `⛔ Plan refused by ${by}${subject === '' ? '' : `: ${subject}`} · ${what}`;
}
/**
 * The plan as a pull-request comment (the `plan-markdown` output): the same target and flag
 * diff as the job summary, kept under `maxChars` (GitHub's 65,536 for a comment) by showing
 * fewer flags with a count of the rest. Empty when the run got no plan.
 */
function renderPlanMarkdown(report, context, maxChars = _limits_js__WEBPACK_IMPORTED_MODULE_12__/* .COMMENT_MAX_CHARS */ .dq) {
    const plan = report.plan;
    if (plan === undefined)
        return '';
    const rows = (0,_render_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .renderChangeRows */ .Yz)(plan);
    const environments = (0,_render_overview_js__WEBPACK_IMPORTED_MODULE_5__/* .renderEnvironments */ .Z)(plan, report.target?.profile, maxChars / 2, (text) => text.length);
    const render = (shown) => `${[
        planMarker(report),
        `### ${renderPlanHeadline(report)}`,
        (0,_render_risks_js__WEBPACK_IMPORTED_MODULE_7__/* .renderRisks */ .j)(report),
        // What the environment serves before this plan ships; a deploy run's comment has moved on.
        report.rollout?.deploymentNumber === undefined
            ? (0,_render_target_js__WEBPACK_IMPORTED_MODULE_8__/* .renderServing */ .jo)({ ...report, result: 'planned', failure: undefined })
            : '',
        (0,_render_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .renderChanges */ .O1)(plan, rows, shown, {
            more: 'not shown, to fit a pull-request comment; the job summary and the `flags-added`, `flags-removed` and `flags-changed` outputs list more.',
            logUrl: (0,_github_context_js__WEBPACK_IMPORTED_MODULE_13__/* .runUrl */ .Vp)(context)
        }),
        (0,_render_experiments_js__WEBPACK_IMPORTED_MODULE_3__/* .renderExperiments */ .j)(plan),
        (0,_render_guards_js__WEBPACK_IMPORTED_MODULE_4__/* .renderGuards */ .T)(plan, (g) => (0,_render_risks_js__WEBPACK_IMPORTED_MODULE_7__/* .hasNoAlarms */ .a)(report) && g.guard === 'no-alarms' && g.outcome === 'warn'),
        (0,_render_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .renderDrift */ .i)(plan),
        // Rule tests (issue 24), smaller than in the summary: the comment shares 65,536 characters.
        report.flagTests === undefined
            ? ''
            : (0,_render_rule_tests_js__WEBPACK_IMPORTED_MODULE_9__/* .renderRuleTests */ .s)(report.flagTests, context, {
                maxRows: 20,
                cellChars: 200
            }),
        environments,
        (0,_render_alarms_js__WEBPACK_IMPORTED_MODULE_0__/* .renderAlarms */ .X)(report, true),
        report.hygiene === undefined
            ? ''
            : (0,_render_hygiene_js__WEBPACK_IMPORTED_MODULE_14__/* .renderHygiene */ .W)(report.hygiene, context, {
                limit: HYGIENE_COMMENT_MAX_CHARS,
                measure: (text) => text.length,
                added: (0,_render_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .addedKeys */ .vB)(plan)
            }),
        (0,_render_target_js__WEBPACK_IMPORTED_MODULE_8__/* .renderTarget */ .S_)(report, context, { rollout: false, runLink: true }),
        '<sub>AppConfig Guarded Rollout plan</sub>'
    ]
        .filter(Boolean)
        .join('\n\n')}\n`;
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_15__/* .fitRows */ .z)(rows.length, render, maxChars, (text) => text.length);
}


/***/ }),

/***/ 3153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ hasNoAlarms),
/* harmony export */   j: () => (/* binding */ renderRisks)
/* harmony export */ });
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5964);
/* harmony import */ var _flags_at_risk_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4143);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4285);
/* harmony import */ var _inline_code_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2923);
/* harmony import */ var _production_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2527);
/* harmony import */ var _render_changes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3276);
/* harmony import */ var _render_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(347);
/* harmony import */ var _report_links_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7026);








/** Flags named in one callout line before the rest are counted. */
const NAMED_IN_CALLOUT = 10;
/**
 * The risks a reviewer must not miss, as GitHub alerts naming the flags (issue 27):
 * `[!CAUTION]` for what can hurt now or cannot be taken back by a rollback (a deployment that
 * may still be running, removed flags, a live change undone), `[!WARNING]` for what deserves
 * a look (flags switched on, no alarms to roll back, experiment-controlled flags). A risk a
 * refusing guard already names in the headline is not repeated; a rolled-back deployment has
 * no change risks left. Empty when there is nothing to say.
 */
function renderRisks(report) {
    const state = (0,_production_state_js__WEBPACK_IMPORTED_MODULE_0__/* .productionState */ .HI)(report);
    const environment = report.target
        ? `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(report.target.environment.name)}**`
        : 'the environment';
    const refused = new Set((report.plan?.guards ?? [])
        .filter((g) => g.outcome === 'refuse')
        .map((g) => g.guard));
    // The changes' risks matter where they are (or would be) live: in a plan, a deployment
    // that ran, and a refusal (the plan the reviewer fixes); not once rolled back, nor when an
    // error stopped the run before anything was deployed.
    const changesMatter = state !== 'rolled-back' &&
        (state !== 'nothing-happened' || report.failure?.kind === 'guard') &&
        report.plan !== undefined &&
        report.plan.changes.length > 0 &&
        report.result !== 'unchanged';
    const caution = [];
    const warning = [];
    if (state === 'may-be-running')
        caution.push(mayBeRunning(report));
    if (changesMatter) {
        const removed = (0,_flags_at_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .removedFlags */ .cM)(report);
        if (removed.length > 0 &&
            !refused.has('flag-removal') &&
            !refused.has('flag-in-use'))
            caution.push(`**Removes** ${(0,_flags_at_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .nameFlags */ .JG)(removed, NAMED_IN_CALLOUT)}: code that reads ${removed.length === 1 ? 'it' : 'them'} gets its default.`);
        const undone = (0,_flags_at_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .undoneFlags */ .RY)(report);
        if (undone.length > 0 && !refused.has('drift'))
            caution.push(`**Undoes a live change** to ${(0,_flags_at_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .nameFlags */ .JG)(undone, NAMED_IN_CALLOUT)}, made outside this action (\`on-drift: overwrite\`).`);
        const changes = (0,_render_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .sortChanges */ .gQ)(report.plan?.changes ?? []);
        const on = changes.filter((c) => (0,_render_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .categorise */ .XF)(c) === 'on').map((c) => c.key);
        const addedOn = changes.filter(_render_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .isAddedOn */ .UZ).map((c) => c.key);
        if (on.length > 0)
            warning.push(`**Turns on** ${(0,_flags_at_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .nameFlags */ .JG)(on, NAMED_IN_CALLOUT)} in ${environment}.`);
        if (addedOn.length > 0)
            warning.push(`**Adds, switched on,** ${(0,_flags_at_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .nameFlags */ .JG)(addedOn, NAMED_IN_CALLOUT)}.`);
    }
    if (hasNoAlarms(report) && !refused.has('no-alarms'))
        warning.push(`**No alarms:** ${environment} has no CloudWatch alarm monitors, so AppConfig cannot roll a bad deployment back by itself. Add alarms to its monitors; \`require-alarms: true\` refuses to deploy without them.`);
    // Runs this change touches and leaves running (on-experiment: ignore): users keep getting
    // the treatments; a refused or stopped run is said by the headline and the experiments table.
    const experiments = (report.experiments ??
        report.plan?.experiments ??
        []).filter((e) => e.affected && e.effect === 'waits');
    if (experiments.length > 0 && state !== 'rolled-back')
        warning.push(`**Controlled by an experiment:** ${experiments
            .slice(0, NAMED_IN_CALLOUT)
            .map((e) => `${(0,_inline_code_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .t)(e.flag)} (${(0,_inline_code_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .t)(e.experiment)}, run ${(0,_inline_code_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .t)(e.run)})`)
            .join(', ')}${experiments.length > NAMED_IN_CALLOUT ? ` and ${experiments.length - NAMED_IN_CALLOUT} more` : ''}: users get the experiment's values until the run ends.`);
    return [alert('CAUTION', caution), alert('WARNING', warning)]
        .filter(Boolean)
        .join('\n\n');
}
/**
 * Whether the no-alarms risk applies: the environment has no monitors and something is (or
 * would be) deployed. The checks list leaves its `no-alarms` warning out when this is shown.
 */
function hasNoAlarms(report) {
    const target = report.target;
    if (target === undefined || target.monitors.length > 0)
        return false;
    if (report.result === 'unchanged' || report.plan === undefined)
        return false;
    return (0,_production_state_js__WEBPACK_IMPORTED_MODULE_0__/* .productionState */ .HI)(report) !== 'rolled-back';
}
function mayBeRunning(report) {
    const rollout = report.rollout;
    const number = rollout?.deploymentNumber;
    const deployment = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)(`Deployment #${number}`, (0,_report_links_js__WEBPACK_IMPORTED_MODULE_3__/* .deploymentUrl */ .PM)(report));
    const seen = [
        rollout?.state === undefined
            ? ''
            : ` last seen ${(0,_inline_code_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .t)(rollout.state)}`,
        rollout?.percentage === undefined
            ? ''
            : ` at ${(0,_format_duration_js__WEBPACK_IMPORTED_MODULE_7__/* .formatPercent */ .l9)(rollout.percentage)} of clients`
    ].join('');
    const command = (0,_render_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .stopCommand */ .IM)(report);
    const text = `**May still be running:** ${deployment} was${seen || ' running'} when this run ended. Follow it in the console, or stop it (AppConfig then rolls it back)${command === undefined ? '.' : ':'}`;
    return command === undefined ? text : `${text}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .codeBlock */ .DV)(command, 'sh')}`;
}
/** A GitHub alert (`> [!CAUTION]`): one item as a paragraph, several as a list. */
function alert(kind, items) {
    if (items.length === 0)
        return '';
    const body = items.length === 1
        ? items[0]
        : items.map((item) => `- ${item.replace(/\n/g, '\n  ')}`).join('\n');
    return [`[!${kind}]`, ...body.split('\n')]
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
}


/***/ }),

/***/ 687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ renderRuleTests)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6264);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9556);
/* harmony import */ var _rules_run_flag_tests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4129);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);




/**
 * The "Rule tests" section (issue 24): the counts, then the file's problems, the failing and
 * the undetermined cases (flag, context, expected, served and the deciding rule), then in a
 * plan the cases of changed flags that are served differently than today. Every table is
 * bounded in rows and every cell in characters, so the section stays small whatever the file.
 */
function renderRuleTests(tests, context, options = {}) {
    const maxRows = options.maxRows ?? 50;
    const cell = (text) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(text, options.cellChars ?? 300));
    const where = (line, col) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`${tests.displayPath}:${line}${col === undefined ? '' : `:${col}`}`), (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .fileLineUrl */ .MK)(context, tests.displayPath, line));
    const total = tests.passed + tests.failed + tests.undetermined;
    const counts = [
        tests.failed ? `❌ ${tests.failed} failed` : '',
        tests.undetermined ? `❔ ${tests.undetermined} undetermined` : '',
        `✅ ${tests.passed} passed`
    ].filter(Boolean);
    const parts = [
        '#### Rule tests',
        tests.problems.length > 0
            ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(tests.displayPath)} · **${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(tests.problems.length, 'problem')}**: no case was run`
            : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(tests.displayPath)} · **${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(total, 'case')}**: ${counts.join(' · ')}`
    ];
    const more = (rest, what, where = 'annotated at their lines in the step log') => {
        if (rest > 0)
            parts.push(`… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(rest, what)}, ${where}.`);
    };
    if (tests.problems.length > 0) {
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['where', 'rule', 'problem'], tests.problems
            .slice(0, maxRows)
            .map((p) => [where(p.line, p.col), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(p.rule), cell(p.message)])));
        more(tests.problems.length - maxRows, 'more problem');
    }
    // Failing first, then undetermined; each in file order.
    const open = [
        ...tests.results.filter((r) => r.verdict === 'failed'),
        ...tests.results.filter((r) => r.verdict !== 'failed')
    ];
    if (open.length > 0) {
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['', 'case', 'flag', 'context', 'expected', 'served (deciding rule)'], open
            .slice(0, maxRows)
            .map((r) => [
            r.verdict === 'failed' ? '❌' : '❔',
            `${where(r.line)}${r.case.name === undefined ? '' : ` ${cell(r.case.name)}`}`,
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.case.flag),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(JSON.stringify(r.case.context), options.cellChars ?? 300)),
            cell((0,_rules_run_flag_tests_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExpect */ .bd)(r.case.expect)),
            r.served.length === 0
                ? 'nothing (no default variant)'
                : r.served.map((s) => cell((0,_rules_run_flag_tests_js__WEBPACK_IMPORTED_MODULE_0__/* .describeServed */ .JA)(s))).join('<br>or ')
        ])));
        more(open.length - maxRows, 'more case');
        if (tests.undetermined > 0)
            parts.push('❔ Undetermined: a `split` between 0 and 100 % decides, and AppConfig does not publish its hash, so the case is neither passed nor failed. Expect a list of variants that covers every outcome, or give a context the rules decide.');
    }
    const behaviour = tests.behaviour ?? [];
    if (behaviour.length > 0) {
        const rows = behaviour
            .slice(0, maxRows)
            .map((b) => [
            `${where(b.line)}${b.case.name === undefined ? '' : ` ${cell(b.case.name)}`}`,
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(b.case.flag),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(JSON.stringify(b.case.context), options.cellChars ?? 300)),
            cell(b.before),
            cell(b.after)
        ]);
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Served differently than today: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(behaviour.length, 'case')} of the changed flags`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['case', 'flag', 'context', 'today', 'with this content'], rows), true));
        more(behaviour.length - maxRows, 'more changed case', 'not shown');
    }
    return parts.join('\n\n');
}


/***/ }),

/***/ 4521:
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
// EXTERNAL MODULE: ./src/report/render-changes.ts + 1 modules
var render_changes = __webpack_require__(3276);
// EXTERNAL MODULE: ./src/report/render-drift.ts
var render_drift = __webpack_require__(1906);
// EXTERNAL MODULE: ./src/report/render-failure.ts
var render_failure = __webpack_require__(347);
// EXTERNAL MODULE: ./src/report/render-experiments.ts
var render_experiments = __webpack_require__(2265);
// EXTERNAL MODULE: ./src/report/render-hygiene.ts
var render_hygiene = __webpack_require__(3398);
// EXTERNAL MODULE: ./src/report/render-guards.ts
var render_guards = __webpack_require__(3179);
// EXTERNAL MODULE: ./src/report/render-headline.ts
var render_headline = __webpack_require__(7553);
// EXTERNAL MODULE: ./src/report/render-incident.ts
var render_incident = __webpack_require__(6759);
// EXTERNAL MODULE: ./src/report/render-overview.ts
var render_overview = __webpack_require__(4874);
// EXTERNAL MODULE: ./src/report/render-target.ts
var render_target = __webpack_require__(9792);
// EXTERNAL MODULE: ./src/report/render-risks.ts
var render_risks = __webpack_require__(3153);
// EXTERNAL MODULE: ./src/report/render-rule-tests.ts
var render_rule_tests = __webpack_require__(687);
// EXTERNAL MODULE: ./src/report/console-url.ts
var console_url = __webpack_require__(167);
// EXTERNAL MODULE: ./src/report/format-duration.ts
var format_duration = __webpack_require__(5964);
// EXTERNAL MODULE: ./src/appconfig/deployment-events.ts
var deployment_events = __webpack_require__(3982);
// EXTERNAL MODULE: ./src/report/known-alarms.ts
var known_alarms = __webpack_require__(7776);
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
        parts.push(capitalise(facts.join(' · ')));
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
        case 'ROLLBACK_STARTED': {
            // AppConfig's description of an alarm rollback is the alarm's ARN again: the trigger names it.
            const named = event.triggeredBy === 'CLOUDWATCH_ALARM' &&
                (0,deployment_events/* alarmArnsIn */.P9)(event.description ?? '', known).length > 0;
            return `⚠️ Rollback started by ${trigger(event, rollout, alarms, known)}${named ? '' : said}`;
        }
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
function capitalise(text) {
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
    // The no-alarms warning once: as the risk callout when something is deployed, and not at
    // all when nothing was to be deployed.
    const hideNoAlarms = (0,render_risks/* hasNoAlarms */.a)(report) || report.result === 'unchanged';
    // What a reviewer needs first (issue 27): the state, the risks, what production serves,
    // the changes, then the checks and the record, the target and provenance last.
    return [
        `### ${(0,render_headline/* renderHeadline */.Lf)(report)}`,
        (0,render_risks/* renderRisks */.j)(report),
        (0,render_failure/* renderFailure */.zt)(report),
        (0,render_target/* renderServing */.jo)(report),
        (0,render_incident/* renderIncident */.z)(report),
        (0,render_experiments/* renderExperiments */.j)(plan),
        plan === undefined
            ? ''
            : (0,render_changes/* renderChanges */.O1)(plan, rows, shown, {
                more: "not shown, to keep this summary under GitHub's 1 MiB limit; the `flags-added`, `flags-removed` and `flags-changed` outputs list every key."
            }),
        plan === undefined
            ? ''
            : (0,render_guards/* renderGuards */.T)(plan, (g) => hideNoAlarms && g.guard === 'no-alarms' && g.outcome === 'warn'),
        report.flagTests === undefined
            ? ''
            : (0,render_rule_tests/* renderRuleTests */.s)(report.flagTests, context),
        (0,render_drift/* renderDrift */.i)(plan),
        report.hygiene === undefined
            ? ''
            : (0,render_hygiene/* renderHygiene */.W)(report.hygiene, context, {
                added: (0,render_changes/* addedKeys */.vB)(report.plan)
            }),
        environments,
        nextSteps(report),
        rollout === undefined
            ? ''
            : renderTimeline(rollout, (0,known_alarms/* knownAlarms */.u)(report), report.target?.strategy),
        (0,render_alarms/* renderAlarms */.X)(report, true, (0,render_failure/* quotedAlarm */.sy)(report)),
        report.bundle === undefined
            ? ''
            : bundleSection(report.bundle, context, bundleHeading),
        (0,render_target/* renderTarget */.S_)(report, context),
        footer(report)
    ];
}
/**
 * The mode in force (none when the inputs could not say), the duration, and how often AWS
 * throttled the run (why a step in a large matrix was slow); no link to the page it is on.
 */
function footer(report) {
    const mode = report.mode === undefined
        ? 'no mode in force (invalid inputs)'
        : `mode ${(0,markdown/* code */.aY)(report.mode)}`;
    const n = report.throttled ?? 0;
    const throttled = n > 0
        ? ` · AWS throttled ${n} call${n === 1 ? '' : 's'}, retried (many pipelines share the account's API quotas)`
        : '';
    return `<sub>AppConfig Guarded Rollout · ${mode} · ${report.durationSeconds.toFixed(1)} s${throttled}</sub>`;
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
        const command = (0,render_failure/* stopCommand */.IM)(report, true);
        if (command === undefined)
            return '';
        return (0,markdown/* details */.zH)('How to revert', `Within 72 hours of completion AppConfig can revert this deployment, so that clients get ${previous} back (a revert does not wait for the alarms):\n\n${(0,markdown/* codeBlock */.DV)(command, 'sh')}`);
    }
    if (report.result === 'baking' || report.result === 'started') {
        const command = (0,render_failure/* stopCommand */.IM)(report);
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
/* harmony export */   jo: () => (/* binding */ renderServing)
/* harmony export */ });
/* unused harmony exports describeStrategy, renderSource */
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9556);
/* harmony import */ var _format_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5964);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5356);
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
 * Where the bundle went and what carried it, as one compact line (application › environment
 * › profile, region, strategy, commit, plan ID) with the full table folded below it: a
 * reviewer reads the changes first (issue 27), the provenance when they need it.
 */
function renderTarget(report, context, options = {}) {
    const target = report.target;
    if (target === undefined)
        return '';
    const facts = [
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(target.application.name)} › ${bold(target.environment.name)} › ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(target.profile.name)}`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(target.region),
        `strategy ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(target.strategy.name)}`
    ];
    if (context.sha !== undefined)
        facts.push(`commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(context.sha.slice(0, 7)), (0,_report_links_js__WEBPACK_IMPORTED_MODULE_0__/* .commitUrl */ .Bg)(context))}`);
    const planId = report.plan?.planId;
    if (planId !== undefined)
        facts.push(`plan ID ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(planId)}`);
    return [
        `**Target:** ${facts.join(' · ')}`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)('Target, version and provenance', targetTable(report, context, options))
    ].join('\n\n');
}
/**
 * What the environment serves now, in one line, for a run that succeeded (a failed run's
 * "What happened" says it): the reviewer's second question after "did it work?".
 */
function renderServing(report) {
    const target = report.target;
    const plan = report.plan;
    if (target === undefined ||
        plan === undefined ||
        report.failure !== undefined)
        return '';
    if (report.incident !== undefined)
        return '';
    const environment = bold(target.environment.name);
    const deployed = plan.deployed;
    const before = deployed === undefined
        ? 'nothing for this profile'
        : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(target.profile.name)} v${deployed.version}${label(deployed.label)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(`deployment #${deployed.deploymentNumber}`, (0,_report_links_js__WEBPACK_IMPORTED_MODULE_0__/* .deployedUrl */ .s5)(report))})`;
    const version = report.rollout?.version;
    const now = version === undefined
        ? ''
        : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(target.profile.name)} v${version.number}${label(version.label)}`;
    const deployment = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(`deployment #${report.rollout?.deploymentNumber ?? '?'}`, (0,_report_links_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentUrl */ .PM)(report));
    switch (report.result) {
        case 'complete':
            return `${environment} serves ${now} to every client (${deployment}); before: ${before}.`;
        case 'baking':
            return `${environment} serves ${now} to every client and is baking (${deployment}): AppConfig rolls back to ${before} if an alarm fires.`;
        case 'started':
            return `${environment} is moving from ${before} to ${now} (${deployment}): AppConfig rolls back if an alarm fires.`;
        case 'planned':
            return `${environment} serves now: ${before}.`;
        default:
            return '';
    }
}
/** The whole target as a table: IDs, strategy in words, versions, deployment, source. */
function targetTable(report, context, options) {
    const target = report.target;
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
            ? 'reused: a hosted version that already held this content'
            : 'new hosted version';
        rows.push([
            'Version',
            `**${version.number}**${label(version.label)} (${origin}) · before: ${before}`
        ]);
        const respelled = renderRespelled(version.respelled);
        if (respelled !== '')
            rows.push(['In ASCII', respelled]);
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
    const source = renderSource(context, options.runLink === true);
    if (source !== '')
        rows.push(['Source', source]);
    if (report.plan?.planId !== undefined)
        rows.push([
            'Plan ID',
            `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(report.plan.planId)} (pass it to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)('expected-plan')} to deploy exactly this)`
        ]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Target', ''], rows);
}
/**
 * The hosted version's label and description travel in headers AppConfig limits to ASCII:
 * what was sent, next to what was typed (the deployment's own description keeps that).
 */
function renderRespelled(respelled) {
    if (respelled === undefined)
        return '';
    const quote = (text) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(text, _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .TEXT_MAX_CHARS */ .JG));
    const parts = [];
    if (respelled.label !== undefined)
        parts.push(`label ${quote(respelled.label.sent)} for ${quote(respelled.label.typed)}`);
    if (respelled.description !== undefined)
        parts.push(`version description ${quote(respelled.description.sent)} for ${quote(respelled.description.typed)} (the deployment's description is as typed)`);
    return `${parts.join('; ')}: AppConfig takes these in HTTP headers, which carry only ASCII`;
}
/** The commit and (unless the text is on the run's own page) the workflow run, linked. */
function renderSource(context, runLink = true) {
    const parts = [];
    if (context.sha !== undefined)
        parts.push(`commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(context.sha.slice(0, 7)), (0,_report_links_js__WEBPACK_IMPORTED_MODULE_0__/* .commitUrl */ .Bg)(context))}`);
    const run = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_4__/* .runUrl */ .Vp)(context);
    if (runLink && run !== undefined)
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


/***/ }),

/***/ 1465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ CompiledContent)
/* harmony export */ });
/* unused harmony export compileFlag */
/* harmony import */ var _bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7534);
/* harmony import */ var _bundle_parse_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6402);


const RESERVED = new Set(['enabled', '_variants', '_createdAt', '_updatedAt']);
/** A flag's value (`values.<key>`), compiled; a flag without a value is disabled. */
function compileFlag(value) {
    if (!(0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
        return { kind: 'basic', enabled: false, attributes: {} };
    if (Array.isArray(value._variants)) {
        const variants = value._variants.map((v, index) => {
            const variant = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v) ? v : {};
            const rule = typeof variant.rule === 'string' && variant.rule.trim() !== ''
                ? variant.rule
                : undefined;
            const parsed = rule === undefined ? undefined : (0,_bundle_parse_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRuleTree */ ._)(rule);
            return {
                index,
                name: typeof variant.name === 'string' ? variant.name : `#${index}`,
                enabled: variant.enabled === true,
                attributes: (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(variant.attributeValues)
                    ? variant.attributeValues
                    : {},
                rule,
                tree: parsed?.problems.length === 0 ? parsed.tree : undefined
            };
        });
        return { kind: 'multi', variants };
    }
    return {
        kind: 'basic',
        enabled: value.enabled === true,
        attributes: Object.fromEntries(Object.entries(value).filter(([k]) => !RESERVED.has(k)))
    };
}
/** Compiles flags on first use: a test file names a few flags of a large content. */
class CompiledContent {
    content;
    cache = new Map();
    constructor(content) {
        this.content = content;
    }
    /** The flag, or undefined when the content does not define it. */
    flag(key) {
        if (this.cache.has(key))
            return this.cache.get(key);
        const flags = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(this.content.flags) ? this.content.flags : {};
        const values = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(this.content.values) ? this.content.values : {};
        const compiled = Object.hasOwn(flags, key)
            ? compileFlag(Object.hasOwn(values, key) ? values[key] : undefined)
            : undefined;
        this.cache.set(key, compiled);
        return compiled;
    }
    /** The attribute keys a flag defines (`flags.<key>.attributes`). */
    attributeKeys(key) {
        const flags = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(this.content.flags) ? this.content.flags : {};
        const flag = flags[key];
        return (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(flag) && (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(flag.attributes)
            ? Object.keys(flag.attributes)
            : [];
    }
}


/***/ }),

/***/ 1655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ stringOf),
/* harmony export */   kx: () => (/* binding */ evaluateRule),
/* harmony export */   x4: () => (/* binding */ ANY)
/* harmony export */ });
/* harmony import */ var _parse_timestamp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1445);
/* harmony import */ var _rule_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7772);


/** A context key whose value is not known (the lint evaluates rules for every context). */
const ANY = Symbol('any context value');
/**
 * Evaluates a parsed rule (docs/rule-semantics.md, per operator with its AWS source). Only
 * well-formed trees (no parse problems) are evaluated; anything malformed evaluates false.
 */
function evaluateRule(node, env) {
    if (node.kind !== 'expr')
        return condition(operand(node, env));
    const args = node.args;
    const named = (name) => node.named.find((n) => n.name === name)?.value;
    switch (node.operator) {
        case 'and':
            return args.reduce((t, a) => (0,_rule_values_js__WEBPACK_IMPORTED_MODULE_0__/* .and */ .Uo)(t, evaluateRule(a, env)), true);
        case 'or':
            return args.reduce((t, a) => (0,_rule_values_js__WEBPACK_IMPORTED_MODULE_0__.or)(t, evaluateRule(a, env)), false);
        case 'not':
            return args[0] === undefined ? false : (0,_rule_values_js__WEBPACK_IMPORTED_MODULE_0__/* .not */ .AU)(evaluateRule(args[0], env));
        case 'eq':
        case 'gt':
        case 'gte':
        case 'lt':
        case 'lte':
            return compare(node.operator, operand(args[0], env), operand(args[1], env));
        case 'begins_with':
        case 'ends_with':
        case 'contains':
            return text(node.operator, operand(args[0], env), operand(args[1], env));
        case 'in':
            return member(operand(args[0], env), operand(args[1], env));
        case 'matches':
            return matches(operand(named('in'), env), named('pattern'));
        case 'exists': {
            const key = stringOf(named('key'));
            if (key === undefined)
                return false;
            const value = env.lookup(key);
            return value === ANY ? 'unknown' : value !== undefined;
        }
        case 'split':
            return split(node, env);
        default:
            return false;
    }
}
/** An operand's value: a literal, a context value, or a nested expression's truth. */
function operand(node, env) {
    switch (node?.kind) {
        case undefined:
        case 'invalid':
            return undefined;
        case 'string':
            return { kind: 'string', value: stringOf(node) ?? '' };
        case 'number':
            return { kind: 'number', value: Number(node.value), text: node.value };
        case 'boolean':
            return { kind: 'boolean', value: node.value === 'true' };
        case 'timestamp': {
            const ms = (0,_parse_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .E)(node.value);
            return ms === undefined
                ? undefined
                : { kind: 'timestamp', ms, text: node.value };
        }
        case 'context':
            return env.lookup(node.value.slice(1));
        case 'list': {
            const items = node.items.map((item) => operand(item, env));
            return items.includes(ANY)
                ? ANY
                : { kind: 'list', items: items };
        }
        case 'expr': {
            const truth = evaluateRule(node, env);
            return truth === 'unknown' ? ANY : { kind: 'boolean', value: truth };
        }
    }
}
/**
 * A value used as a condition (an operand of and/or/not, or a context value alone): only a
 * boolean (or the text `true`/`false` the header carries) is one; anything else is false, and
 * the lint warns about the rule (rule-not-boolean).
 */
function condition(value) {
    if (value === ANY)
        return 'unknown';
    if (value?.kind === 'boolean')
        return value.value;
    if (value?.kind === 'string' && /^(true|false)$/.test(value.value))
        return value.value === 'true';
    return false;
}
function compare(operator, a, b) {
    if (a === ANY || b === ANY)
        return 'unknown';
    const order = (0,_rule_values_js__WEBPACK_IMPORTED_MODULE_0__/* .compareValues */ .ck)(a, b, operator !== 'eq');
    if (order === undefined)
        return false;
    switch (operator) {
        case 'eq':
            return order === 0;
        case 'gt':
            return order > 0;
        case 'gte':
            return order >= 0;
        case 'lt':
            return order < 0;
        default:
            return order <= 0;
    }
}
function text(operator, a, b) {
    if (a === ANY || b === ANY)
        return 'unknown';
    const whole = (0,_rule_values_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(a);
    const part = (0,_rule_values_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(b);
    if (whole === undefined || part === undefined)
        return false;
    if (operator === 'begins_with')
        return whole.startsWith(part);
    if (operator === 'ends_with')
        return whole.endsWith(part);
    return whole.includes(part);
}
/** `in`: equal (as `eq` compares) to an item of the list; AWS documents only a list literal. */
function member(a, list) {
    if (a === ANY || list === ANY)
        return 'unknown';
    if (list?.kind !== 'list')
        return false;
    return list.items.some((item) => (0,_rule_values_js__WEBPACK_IMPORTED_MODULE_0__/* .compareValues */ .ck)(a, item, false) === 0);
}
/**
 * `matches`: AWS says "matches a given regular expression pattern" without saying whether the
 * whole value must match. When a search and a whole match disagree the answer is unknown.
 */
function matches(value, pattern) {
    if (value === ANY)
        return 'unknown';
    const source = stringOf(pattern);
    const subject = (0,_rule_values_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(value);
    if (source === undefined || subject === undefined)
        return false;
    let search;
    let whole;
    try {
        search = new RegExp(source, 'u');
        whole = new RegExp(`^(?:${source})$`, 'u');
    }
    catch {
        return false;
    }
    const found = search.test(subject);
    return found === whole.test(subject) ? found : 'unknown';
}
function split(node, env) {
    const arg = (name) => node.named.find((n) => n.name === name)?.value;
    const pctNode = arg('pct');
    const pct = pctNode?.kind === 'number' ? Number(pctNode.value) : NaN;
    const by = arg('by');
    if (by?.kind !== 'context' || !(pct >= 0 && pct <= 100))
        return false;
    const key = env.lookup(by.value.slice(1));
    // No value to hash: nobody is in the split.
    if (key === undefined)
        return false;
    if (pct === 0)
        return false;
    // For any context the key may be absent, so even pct::100 is not always true.
    if (key === ANY)
        return 'unknown';
    if (pct === 100)
        return true;
    return env.split({ by: by.value, seed: stringOf(arg('seed')), pct });
}
/** A string literal's text (the rule quotes it JSON-style). */
function stringOf(node) {
    if (node?.kind !== 'string')
        return undefined;
    try {
        return JSON.parse(node.value);
    }
    catch {
        return node.value.slice(1, -1);
    }
}


/***/ }),

/***/ 1445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseTimestamp)
/* harmony export */ });
/**
 * A timestamp in the forms of the W3C note on date and time formats that AWS names for rule
 * operands (`2024-01`, `2012-03-04T05:06:07-08:00`), as milliseconds since the epoch; undefined
 * when the text is not one. A shorter form stands for its first instant (`2024-01` is
 * 2024-01-01T00:00:00Z), and a form without a time zone is UTC: the note requires a zone
 * whenever a time is given, and a date alone has none (docs/rule-semantics.md).
 */
const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
function parseTimestamp(text) {
    const m = FORM.exec(text);
    if (m === null)
        return undefined;
    const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac, zone] = m;
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || Number(h) > 23)
        return undefined;
    if (Number(mi) > 59 || Number(s) > 59)
        return undefined;
    const ms = frac === undefined ? 0 : Number(`0.${frac}`) * 1000;
    const utc = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s), Math.floor(ms));
    // Date.UTC rolls 2024-02-30 over into March: such a date does not exist.
    if (new Date(utc).getUTCDate() !== day)
        return undefined;
    if (zone === undefined || zone === 'Z')
        return utc;
    const sign = zone.startsWith('-') ? -1 : 1;
    const offset = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6));
    return utc - sign * offset * 60_000;
}


/***/ }),

/***/ 7772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ not),
/* harmony export */   Uo: () => (/* binding */ and),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   c7: () => (/* binding */ fromContext),
/* harmony export */   ck: () => (/* binding */ compareValues),
/* harmony export */   or: () => (/* binding */ or)
/* harmony export */ });
/* harmony import */ var _parse_timestamp_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1445);
/**
 * The values a rule compares, and how two of them compare (docs/rule-semantics.md). AWS
 * documents each operator with one example and is silent on mixed types; the choices here
 * follow from one fact it does document: the agent receives the context as text in a `Context`
 * header (`Context: country=US`), so a context value that reads as a number or a timestamp
 * must be able to compare as one.
 */

/** Kleene's and/or/not over Truth. */
function and(a, b) {
    if (a === false || b === false)
        return false;
    return a === true && b === true ? true : 'unknown';
}
function or(a, b) {
    if (a === true || b === true)
        return true;
    return a === false && b === false ? false : 'unknown';
}
function not(a) {
    return a === 'unknown' ? 'unknown' : !a;
}
const NUMBER_TEXT = /^\s*-?(?:\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)\s*$/;
/** The value a test case's context gives a key. */
function fromContext(value) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'string')
        return { kind: 'string', value };
    if (typeof value === 'number')
        return { kind: 'number', value, text: String(value) };
    return { kind: 'boolean', value };
}
/** The text form of a scalar (what the agent received in the header). */
function textOf(value) {
    switch (value?.kind) {
        case 'string':
            return value.value;
        case 'number':
        case 'timestamp':
            return value.text;
        case 'boolean':
            return String(value.value);
        default:
            return undefined;
    }
}
function asNumber(value) {
    if (value?.kind === 'number')
        return value.value;
    if (value?.kind === 'string' && NUMBER_TEXT.test(value.value))
        return Number(value.value);
    return undefined;
}
function asTimestamp(value) {
    if (value?.kind === 'timestamp')
        return value.ms;
    if (value?.kind === 'string')
        return (0,_parse_timestamp_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .E)(value.value.trim());
    return undefined;
}
function asBoolean(value) {
    if (value?.kind === 'boolean')
        return value.value;
    if (value?.kind === 'string' && /^(true|false)$/.test(value.value))
        return value.value === 'true';
    return undefined;
}
/**
 * -1, 0 or 1 when `a` and `b` are comparable (numbers, timestamps, booleans for equality,
 * strings by code points), else undefined: an absent key or mismatched types compare false.
 */
function compareValues(a, b, ordering) {
    if (a === undefined || b === undefined)
        return undefined;
    if (a.kind === 'timestamp' || b.kind === 'timestamp')
        return sign(asTimestamp(a), asTimestamp(b));
    if (a.kind === 'number' || b.kind === 'number')
        return sign(asNumber(a), asNumber(b));
    if (a.kind === 'boolean' || b.kind === 'boolean') {
        if (ordering)
            return undefined;
        const x = asBoolean(a);
        const y = asBoolean(b);
        return x === undefined || y === undefined ? undefined : x === y ? 0 : 1;
    }
    if (a.kind === 'string' && b.kind === 'string')
        return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
    return undefined;
}
function sign(x, y) {
    if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y))
        return undefined;
    return x < y ? -1 : x > y ? 1 : 0;
}


/***/ }),

/***/ 4129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ describeServed),
/* harmony export */   bd: () => (/* binding */ describeExpect),
/* harmony export */   d8: () => (/* binding */ runFlagTests)
/* harmony export */ });
/* unused harmony export judge */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bundle_problem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4988);
/* harmony import */ var _compile_flag_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1465);
/* harmony import */ var _select_variant_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2027);




/**
 * Runs the cases of a test file against `content` (the feature-flag document a run would
 * deploy). A case naming a flag, variant or attribute the content lacks is a problem of the
 * file at its line; while the file has problems no case is judged (its counts stay 0), since
 * a half-read file would report a reassuring pass. A case passes when every outcome the rules
 * allow meets its expectation, fails when none does, and is undetermined otherwise.
 */
async function runFlagTests(file, content, displayPath) {
    const compiled = new _compile_flag_js__WEBPACK_IMPORTED_MODULE_1__/* .CompiledContent */ .T(content);
    const findings = [...file.findings];
    for (const c of file.cases)
        checkNames(c, compiled, findings);
    const counts = { passed: 0, failed: 0, undetermined: 0 };
    const open = [];
    if (findings.length === 0)
        for (const c of file.cases) {
            const flag = compiled.flag(c.flag);
            if (flag === undefined)
                continue;
            const served = (0,_select_variant_js__WEBPACK_IMPORTED_MODULE_2__/* .selectVariant */ .g)(flag, c.context);
            const verdict = judge(c.expect, served);
            counts[verdict]++;
            if (verdict !== 'passed')
                open.push({ c, verdict, served, message: explain(c, verdict, served) });
        }
    const locate = findings.length > 0 ? await file.locator() : undefined;
    const place = open.length > 0 ? await file.caseLocator() : undefined;
    const problems = findings.map((f) => {
        const { line, col } = locate(f);
        return {
            rule: f.rule,
            severity: f.severity,
            message: f.message,
            path: f.path,
            line,
            col
        };
    });
    problems.sort((a, b) => a.line - b.line || a.col - b.col);
    const results = open.map(({ c, verdict, served, message }) => {
        const { line, col } = place(c.index);
        return { case: c, verdict, served, message, line, col };
    });
    return { displayPath, format: file.format, ...counts, problems, results };
}
/** Cross-checks a case with the content: its flag, variants and attributes must exist. */
function checkNames(c, compiled, findings) {
    const at = ['cases', c.index];
    const add = (rule, path, message) => findings.push({ rule, severity: 'error', message, path: [...at, ...path] });
    const flag = compiled.flag(c.flag);
    if (flag === undefined) {
        add('unknown-flag', ['flag'], `${(0,_bundle_problem_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .j)(at)}: the content has no flag '${c.flag}'`);
        return;
    }
    const variants = c.expect.variants;
    if (variants !== undefined) {
        if (flag.kind === 'basic')
            add('unknown-variant', ['expect', 'variant'], `${(0,_bundle_problem_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .j)(at)}: '${c.flag}' is a basic flag without variants; expect enabled or attributes instead`);
        else {
            const names = flag.variants.map((v) => v.name);
            for (const name of variants)
                if (!names.includes(name))
                    add('unknown-variant', ['expect', 'variant'], `${(0,_bundle_problem_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .j)(at)}: '${c.flag}' has no variant '${name}'; its variants are ${names.map((n) => `'${n}'`).join(', ')}`);
        }
    }
    const defined = compiled.attributeKeys(c.flag);
    for (const key of Object.keys(c.expect.attributes ?? {}))
        if (!defined.includes(key))
            add('unknown-attribute', ['expect', 'attributes', key], `${(0,_bundle_problem_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .j)(at)}: '${c.flag}' defines no attribute '${key}'${defined.length ? `; it defines ${defined.join(', ')}` : ''}`);
}
/** Passed when every outcome meets the expectation, failed when none does. */
function judge(expect, served) {
    const met = served.filter((s) => mismatch(expect, s) === undefined).length;
    if (met === served.length && met > 0)
        return 'passed';
    return met === 0 ? 'failed' : 'undetermined';
}
/** What differs from the expectation in one outcome, or undefined when it meets it. */
function mismatch(expect, s) {
    const parts = [];
    if (expect.enabled !== undefined && expect.enabled !== s.enabled)
        parts.push(`enabled ${String(s.enabled)}`);
    if (expect.variants !== undefined &&
        (s.variant === undefined || !expect.variants.includes(s.variant)))
        parts.push(`variant ${JSON.stringify(s.variant)}`);
    for (const [key, want] of Object.entries(expect.attributes ?? {})) {
        // AppConfig serves a flag's attributes only while it is enabled (appconfig-spec.md §1.2).
        const got = s.enabled && Object.hasOwn(s.attributes, key)
            ? s.attributes[key]
            : undefined;
        if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(got, want))
            parts.push(`${key} ${got === undefined ? '(not served)' : JSON.stringify(got)}`);
    }
    return parts.length ? parts.join(', ') : undefined;
}
/** One outcome as a person reads it: the variant, its state, and the rule that chose it. */
function describeServed(s) {
    const state = s.enabled ? 'enabled' : 'disabled';
    if (s.variant === undefined)
        return state;
    const by = s.rule === undefined
        ? 'the default variant, no rule matched'
        : `rule ${s.rule}`;
    return `variant ${JSON.stringify(s.variant)} (${state}; ${by})`;
}
function describeExpect(expect) {
    const parts = [];
    if (expect.variants !== undefined)
        parts.push(expect.variants.length === 1
            ? `variant ${JSON.stringify(expect.variants[0])}`
            : `one of the variants ${expect.variants.map((v) => JSON.stringify(v)).join(', ')}`);
    if (expect.enabled !== undefined)
        parts.push(expect.enabled ? 'enabled' : 'disabled');
    for (const [key, value] of Object.entries(expect.attributes ?? {}))
        parts.push(`${key} ${JSON.stringify(value)}`);
    return parts.join(', ');
}
function explain(c, verdict, served) {
    const who = `${c.name === undefined ? '' : `${c.name}: `}${c.flag} for ${JSON.stringify(c.context)}`;
    const expected = describeExpect(c.expect);
    if (served.length === 0)
        return `${who}: expected ${expected}, but no variant is served (the flag has no default variant)`;
    if (verdict === 'failed' && served.length === 1) {
        const s = served[0];
        return `${who}: expected ${expected}; served ${describeServed(s)}, so ${mismatch(c.expect, s)}`;
    }
    const each = served.map((s) => `${describeServed(s)}${mismatch(c.expect, s) === undefined ? ' ✓' : ` ✗ (${mismatch(c.expect, s)})`}`);
    return verdict === 'failed'
        ? `${who}: expected ${expected}; none of the outcomes a split allows meets it: ${each.join('; ')}`
        : `${who}: undetermined, a split (AppConfig does not publish its hash) decides between ${each.join('; ')}; expected ${expected}`;
}


/***/ }),

/***/ 2027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ selectVariant)
/* harmony export */ });
/* harmony import */ var _evaluate_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1655);
/* harmony import */ var _rule_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7772);


/**
 * How many paths a selection may explore. Each `split` between 0 and 100 percent whose bucket
 * is not yet pinned down doubles them; past this, further splits are taken as "either way".
 */
const MAX_PATHS = 256;
/**
 * What a flag serves a context: one outcome when the rules decide it, several when a `split`
 * (whose hash AppConfig does not publish) or an ambiguous `matches` could go either way.
 * Variants are tried in order and the first whose rule is true is served; the default (last,
 * no rule) when none is (AWS: "Variants are evaluated as an ordered list ... If no rules match
 * the supplied context, AWS AppConfig returns the Default variant"). Splits on the same `by`
 * and `seed` share one bucket, so `A: (split pct::20)` then `B: (split pct::20)` never serves
 * B, as AWS's own ordering example says.
 */
function selectVariant(flag, context) {
    if (flag.kind === 'basic')
        return [
            {
                variant: undefined,
                enabled: flag.enabled,
                attributes: flag.attributes,
                rule: undefined
            }
        ];
    const reached = new Set();
    let paths = 0;
    const lookup = (key) => (0,_rule_values_js__WEBPACK_IMPORTED_MODULE_1__/* .fromContext */ .c7)(Object.hasOwn(context, key) ? context[key] : undefined);
    // A bucket range per (by, seed): [low, high) of 0..100, narrowed by each split decided.
    const walk = (from, buckets) => {
        paths++;
        for (let i = from; i < flag.variants.length; i++) {
            const variant = flag.variants[i];
            if (variant.rule === undefined) {
                reached.add(i);
                return;
            }
            if (variant.tree === undefined)
                continue;
            const open = [];
            const truth = (0,_evaluate_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateRule */ .kx)(variant.tree, {
                lookup,
                split(atom) {
                    const [low, high] = buckets.get(bucketKey(atom)) ?? [0, 100];
                    if (high <= atom.pct)
                        return true;
                    if (low >= atom.pct)
                        return false;
                    open.push(atom);
                    return 'unknown';
                }
            });
            if (truth === true) {
                reached.add(i);
                return;
            }
            if (truth === false)
                continue;
            const atom = open[0];
            if (atom !== undefined && paths < MAX_PATHS) {
                const key = bucketKey(atom);
                const [low, high] = buckets.get(key) ?? [0, 100];
                walk(i, new Map(buckets).set(key, [low, atom.pct]));
                walk(i, new Map(buckets).set(key, [atom.pct, high]));
                return;
            }
            // Undecidable here: this variant may be served, or the next ones.
            reached.add(i);
        }
    };
    walk(0, new Map());
    return [...reached]
        .sort((a, b) => a - b)
        .map((i) => served(flag.variants[i]));
}
function bucketKey(atom) {
    // Without a seed the hash is consistent within the flag only, which is where we are.
    return `${atom.by}\u0000${atom.seed ?? '\u0001'}`;
}
function served(variant) {
    return {
        variant: variant.name,
        enabled: variant.enabled,
        attributes: variant.attributes,
        rule: variant.rule
    };
}


/***/ })

};
