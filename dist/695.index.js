export const id = 695;
export const ids = [695];
export const modules = {

/***/ 2113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/**
 * JSON with object keys sorted at every depth (code-unit order, the same in every locale) and
 * array order kept: two values that are equal as JSON always read the same. The one canonical
 * form of the plan-id's content hash, the diff's value texts and the overview's cells.
 */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}


/***/ }),

/***/ 917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ flagsOf)
/* harmony export */ });
/* harmony import */ var _json_object_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7534);

/**
 * The flags of a feature-flag document, the one rule every comparison uses (diff, drift,
 * overview): every key in `flags` or in `values`, definitions first; a part that is missing or
 * not an object (malformed content from AWS) counts as empty. AppConfig's metadata is kept:
 * callers that ignore it strip it first (same-content.ts).
 */
function flagsOf(content) {
    const definitions = (0,_json_object_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(content, 'flags');
    const values = (0,_json_object_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(content, 'values');
    const flags = new Map();
    for (const key of [...Object.keys(definitions), ...Object.keys(values)]) {
        if (flags.has(key))
            continue;
        flags.set(key, {
            definition: (0,_json_object_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(definitions, key),
            value: (0,_json_object_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(values, key)
        });
    }
    return flags;
}


/***/ }),

/***/ 3714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rw: () => (/* binding */ checkExperiments)
/* harmony export */ });
/* unused harmony exports EXPERIMENT_CONTROLS_FLAG, STOP_RETURNS_DEPLOYED */
/** AppConfig user guide, "Promoting a winning treatment": why a deploy changes nothing for users. */
const EXPERIMENT_CONTROLS_FLAG = 'While the experiment is active, this deployment does not change what users see because the experiment is still controlling the flag.';
/** API reference, StopExperimentRun. */
const STOP_RETURNS_DEPLOYED = 'Stopping an experiment run ends audience exposure and returns users to the currently deployed feature flag configuration.';
/**
 * The experiments guard (pure): a change to a flag under a RUNNING experiment run reaches no
 * user until the run ends. `on-experiment: fail` refuses before anything is written, naming the
 * experiment, the run and the fix; `stop` goes on and has the runs stopped before the start;
 * `ignore` goes on and says the change waits. A plan is read ahead of time (the run may end
 * before the deploy), so there it only warns, saying what a deploy would do. Flags under no
 * experiment, or running experiments on flags this content does not change, pass.
 */
function checkExperiments(running, changes, settings, where) {
    const changed = new Set(changes.map((c) => c.key));
    const onExperiment = settings.onExperiment;
    const isPlan = settings.mode === 'plan';
    const effectOf = (affected) => !affected
        ? 'untouched'
        : onExperiment === 'fail'
            ? 'refused'
            : onExperiment === 'stop'
                ? 'stop'
                : 'waits';
    const experiments = running.map((r) => {
        const affected = changed.has(r.flag);
        return {
            flag: r.flag,
            experiment: r.experiment,
            run: String(r.run),
            definitionId: r.definitionId,
            runNumber: r.run,
            startedAt: r.startedAt,
            affected,
            effect: effectOf(affected)
        };
    });
    const affected = experiments.filter((e) => e.affected);
    if (affected.length === 0)
        return {
            experiments,
            guard: {
                guard: 'experiment',
                outcome: 'pass',
                message: running.length === 0
                    ? `No AppConfig experiment is running on a flag of this profile in ${where.environment}.`
                    : `${count(running.length, 'experiment run')} on ${list(unique(running.map((r) => r.flag)))} in ${where.environment}; this change does not touch ${running.length === 1 ? 'that flag' : 'those flags'}.`
            }
        };
    const named = affected.map(describe).join('; ');
    const fix = affected.map((e) => fixFor(e, where.application)).join(' ');
    if (onExperiment === 'fail')
        return {
            experiments,
            guard: {
                guard: 'experiment',
                outcome: isPlan ? 'warn' : 'refuse',
                message: `${named}: a deployment changes nothing users see until the run ends. ${isPlan ? 'A deploy would refuse before writing anything (on-experiment: fail).' : 'Refused before anything was written (on-experiment: fail).'} Fix: ${fix} Or set on-experiment: stop to have this action stop it first.`
            }
        };
    if (onExperiment === 'stop')
        return {
            experiments,
            guard: {
                guard: 'experiment',
                outcome: 'warn',
                message: `${named}: ${isPlan ? 'a deploy would stop' : 'stopping'} ${affected.length === 1 ? 'the run' : 'the runs'} before the deployment starts (on-experiment: stop), so users are served the deployed flag once it completes. ${STOP_RETURNS_DEPLOYED}`
            }
        };
    return {
        experiments,
        guard: {
            guard: 'experiment',
            outcome: 'warn',
            message: `${named}: the change to ${list(unique(affected.map((e) => e.flag)))} reaches users only when the run ends (on-experiment: ignore). ${EXPERIMENT_CONTROLS_FLAG}`
        }
    };
}
/** `Flag x is controlled by experiment y (run 3, since …)`. */
function describe(e) {
    return `Flag ${e.flag} is controlled by experiment ${e.experiment} (run ${e.run}${e.startedAt === undefined ? '' : `, running since ${e.startedAt}`})`;
}
/** The exact command that stops the run. */
function fixFor(e, application) {
    return `aws appconfig stop-experiment-run --application-identifier ${application} --experiment-definition-identifier ${e.definitionId} --run ${e.run}.`;
}
function unique(values) {
    return [...new Set(values)];
}
function list(values) {
    return values.length === 1
        ? `flag ${values[0]}`
        : `flags ${values.join(', ')}`;
}
function count(n, what) {
    return `${n} ${what}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 1204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ diffBundles)
/* harmony export */ });
/* harmony import */ var _bundle_canonical_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2113);
/* harmony import */ var _bundle_flags_of_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(917);
/* harmony import */ var _cap_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5807);
/* harmony import */ var _bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7534);
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
    const before = (0,_bundle_flags_of_js__WEBPACK_IMPORTED_MODULE_1__/* .flagsOf */ .Z)(strippedDeployed);
    const after = (0,_bundle_flags_of_js__WEBPACK_IMPORTED_MODULE_1__/* .flagsOf */ .Z)(strippedBundle);
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
/**
 * The details of one flag's change, most consequential first: state, attribute values,
 * variants, then the definition. Diffing against ABSENT summarises an added or removed flag.
 */
function describeFlag(before, after) {
    const details = [];
    const b = before.value;
    const a = after.value;
    // Every key of a value is covered: `enabled`, `_variants`, and attribute values for the rest.
    pushIfDifferent(details, 'enabled', (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(b, 'enabled'), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(a, 'enabled'));
    const attributeKeys = unionOfKeys(b, a).filter((k) => !VALUE_FIELDS.has(k));
    for (const name of attributeKeys) {
        pushIfDifferent(details, `attribute ${name}`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(b, name), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(a, name));
    }
    details.push(...describeVariants((0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(b, '_variants'), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(a, '_variants')));
    const definitionDetails = [];
    const bd = before.definition;
    const ad = after.definition;
    for (const field of DEFINITION_FIELDS) {
        pushIfDifferent(definitionDetails, field, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(bd, field), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(ad, field));
    }
    const bAttributes = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .objectAt */ .lJ)(bd, 'attributes');
    const aAttributes = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .objectAt */ .lJ)(ad, 'attributes');
    for (const name of unionOfKeys(bAttributes, aAttributes)) {
        pushIfDifferent(definitionDetails, `attribute ${name} definition`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(bAttributes, name), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(aAttributes, name));
    }
    const known = new Set([...DEFINITION_FIELDS, 'attributes']);
    for (const field of unionOfKeys(bd, ad).filter((k) => !known.has(k))) {
        pushIfDifferent(definitionDetails, `definition ${field}`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(bd, field), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(ad, field));
    }
    // E.g. `attributes` was not an object on one side: say what differs rather than nothing.
    if (definitionDetails.length === 0 && !(0,_bundle_same_content_js__WEBPACK_IMPORTED_MODULE_0__/* .isEqualJson */ .fR)(bd, ad)) {
        definitionDetails.push(detail('definition', bd, ad));
    }
    return [...details, ...definitionDetails];
}
/** A basic flag's state flip; undefined for multi-variant flags, whose state is per variant. */
function toggleOf(before, after) {
    if (Array.isArray((0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(before, '_variants')) ||
        Array.isArray((0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(after, '_variants'))) {
        return undefined;
    }
    // Only a definite flip counts: AppConfig does not document what a missing `enabled` means.
    const was = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(before, 'enabled');
    const is = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(after, 'enabled');
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
    pushIfDifferent(details, `${label} enabled`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(before, 'enabled'), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(after, 'enabled'));
    pushIfDifferent(details, `${label} rule`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(before, 'rule'), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(after, 'rule'));
    const bValues = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .objectAt */ .lJ)(before, 'attributeValues');
    const aValues = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .objectAt */ .lJ)(after, 'attributeValues');
    for (const name of unionOfKeys(bValues, aValues)) {
        pushIfDifferent(details, `${label} attribute ${name}`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(bValues, name), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(aValues, name));
    }
    for (const field of unionOfKeys(before, after)) {
        if (VARIANT_FIELDS.has(field))
            continue;
        pushIfDifferent(details, `${label} ${field}`, (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(before, field), (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(after, field));
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
        const variant = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(raw) ? raw : {};
        const position = `#${index + 1}`;
        const name = (0,_bundle_json_object_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(variant, 'name');
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
    if (before !== undefined && after !== undefined) {
        // Both sides: cut around their first difference, so the cut cannot hide it (issue 25).
        const pair = (0,_cap_text_js__WEBPACK_IMPORTED_MODULE_3__/* .capPair */ .RH)(toJsonText(before), toJsonText(after));
        return { what, ...pair };
    }
    return {
        what,
        ...(before === undefined ? {} : { before: (0,_cap_text_js__WEBPACK_IMPORTED_MODULE_3__/* .capText */ .yA)(toJsonText(before)) }),
        ...(after === undefined ? {} : { after: (0,_cap_text_js__WEBPACK_IMPORTED_MODULE_3__/* .capText */ .yA)(toJsonText(after)) })
    };
}
/** Compact JSON with object keys sorted, so equal values always read the same. */
const toJsonText = _bundle_canonical_json_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .d;
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

// EXTERNAL MODULE: ./src/plan/check-experiments.ts
var check_experiments = __webpack_require__(3714);
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
    const why = reason ? `${alarm.state}: ${(0,cap_text/* capText */.yA)(reason)}` : alarm.state;
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
    // Every mode plans here, so the experiments guard holds for bundles, versions, set-flags, reverts.
    const experiments = (0,check_experiments/* checkExperiments */.Rw)(reading.experiments ?? [], diff.changes, settings, {
        environment: target.environment.name,
        application: target.application.id
    });
    const guards = [
        ...(content.source === 'revert'
            ? []
            : [
                checkFlagRemoval(deployed?.content, diff.changes, settings.allowFlagRemoval)
            ]),
        checkMonitors(target.monitors, settings.requireAlarms),
        soften(checkAlarms(alarms), settings.mode === 'plan'),
        checkInProgress(active, settings, target),
        experiments.guard
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
            alarms,
            experiments: experiments.experiments,
            experimentDeployment: reading.experimentDeployment
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
    const what = `Deployment ${active.deploymentNumber} (${active.state}${active.percentage !== undefined ? `, ${Number(active.percentage.toFixed(2))}%` : ''}${active.managed === true ? ", AppConfig's own for an experiment run" : ''}) is in progress in ${target.environment.name}; AppConfig runs one deployment per environment at a time.`;
    // An experiment's MANAGED deployment (a run started or stopped, possibly by this very run's
    // on-experiment: stop) is AppConfig's own switch, not a competing rollout: always waited for.
    if (settings.mode === 'deploy' &&
        settings.onInProgress === 'fail' &&
        active.managed !== true) {
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
