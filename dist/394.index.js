export const id = 394;
export const ids = [394];
export const modules = {

/***/ 5394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSetFlags: () => (/* binding */ runSetFlags)
});

// EXTERNAL MODULE: ./src/alarms/alarm.ts
var alarm = __webpack_require__(3495);
// EXTERNAL MODULE: ./src/appconfig/read-history.ts + 2 modules
var read_history = __webpack_require__(2121);
// EXTERNAL MODULE: ./src/bundle/same-content.ts
var same_content = __webpack_require__(2976);
// EXTERNAL MODULE: ./src/appconfig/provenance.ts
var appconfig_provenance = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/bundle/json-object.ts
var json_object = __webpack_require__(7534);
// EXTERNAL MODULE: ./src/bundle/problem.ts
var bundle_problem = __webpack_require__(4988);
// EXTERNAL MODULE: ./src/bundle/validate-bundle.ts + 10 modules
var validate_bundle = __webpack_require__(7502);
;// CONCATENATED MODULE: ./src/content/set-flags.ts



/**
 * Applies `set-flags` to what an environment runs: `FLAG=on|off` sets `enabled` on the value
 * and on every variant of a multi-variant flag; `FLAG.ATTRIBUTE=<JSON>` sets the attribute
 * (in each variant's `attributeValues` too, for a multi-variant flag). Each line is checked
 * against the content's own definitions (unknown flag or attribute) and then the patched
 * content against AppConfig's rules (the attribute's type, range, enum, pattern), and every
 * problem new in the patched content is given back to the line that caused it.
 */
async function applySetFlags(liveContent, setFlags, options = {}) {
    const contentName = options.contentName ?? 'the deployed configuration';
    const problems = [];
    const problem = (setting, message) => {
        problems.push({
            line: setting.line,
            flag: setting.flag,
            message: `${lineName(setting)}: ${message}`
        });
    };
    if (!(0,json_object/* isObject */.Gv)(liveContent) ||
        !(0,json_object/* isObject */.Gv)((0,json_object/* own */.ZV)(liveContent, 'flags')) ||
        !(0,json_object/* isObject */.Gv)((0,json_object/* own */.ZV)(liveContent, 'values'))) {
        for (const setting of setFlags)
            problem(setting, `${contentName} is not feature-flag content with "flags" and "values", so there is no flag to change.`);
        return { value: undefined, problems };
    }
    const patched = structuredClone(liveContent);
    const flags = patched.flags;
    const values = patched.values;
    for (const setting of setFlags) {
        const definition = (0,json_object/* own */.ZV)(flags, setting.flag);
        if (!(0,json_object/* isObject */.Gv)(definition)) {
            problem(setting, `${contentName} has no flag '${setting.flag}'${listing('its flags', Object.keys(flags))}.`);
            continue;
        }
        let value = (0,json_object/* own */.ZV)(values, setting.flag);
        if (!(0,json_object/* isObject */.Gv)(value)) {
            value = {};
            values[setting.flag] = value;
        }
        const target = value;
        const variants = Array.isArray(target._variants)
            ? target._variants.filter(json_object/* isObject */.Gv)
            : undefined;
        if (setting.kind === 'enabled') {
            target.enabled = setting.enabled;
            for (const variant of variants ?? [])
                variant.enabled = setting.enabled;
            continue;
        }
        const attributes = (0,json_object/* isObject */.Gv)((0,json_object/* own */.ZV)(definition, 'attributes'))
            ? definition.attributes
            : {};
        if (!(0,json_object/* isObject */.Gv)((0,json_object/* own */.ZV)(attributes, setting.attribute))) {
            problem(setting, `flag '${setting.flag}' in ${contentName} has no attribute '${setting.attribute}'${listing('its attributes', Object.keys(attributes))}.`);
            continue;
        }
        if (variants === undefined || Object.hasOwn(target, setting.attribute))
            target[setting.attribute] = setting.value;
        for (const variant of variants ?? []) {
            const own = (0,json_object/* isObject */.Gv)(variant.attributeValues)
                ? variant.attributeValues
                : (variant.attributeValues = {});
            own[setting.attribute] = setting.value;
        }
    }
    if (problems.length > 0)
        return { value: undefined, problems };
    // AppConfig's rules only: the content's own constraints, not the team's naming convention.
    const rules = { deprecatedFlags: 'ignore', today: '9999-12-31' };
    const [before, after] = await Promise.all([
        (0,validate_bundle/* validateBundleText */.Y7)(JSON.stringify(liveContent), 'json', rules),
        (0,validate_bundle/* validateBundleText */.Y7)(JSON.stringify(patched), 'json', rules)
    ]);
    // A problem the live content already had is not this input's fault.
    const known = new Set(before.problems.map(problemKey));
    // One message per line and rule: a value set in 3 variants breaks the same rule 3 times.
    const said = new Set();
    for (const found of after.problems) {
        if (found.severity !== 'error' || known.has(problemKey(found)))
            continue;
        for (const setting of settingsFor(found, setFlags)) {
            const message = found.message.replace(/_variants\[\d+\]/g, '_variants[*]');
            const key = `${setting.line}|${found.rule}|${message}`;
            if (said.has(key))
                continue;
            said.add(key);
            problem(setting, `${message} (rule ${found.rule}).`);
        }
    }
    return problems.length > 0
        ? { value: undefined, problems }
        : { value: patched, problems };
}
function lineName(setting) {
    const text = setting.kind === 'enabled'
        ? `${setting.flag}=${setting.enabled ? 'on' : 'off'}`
        : `${setting.flag}.${setting.attribute}=${setting.text ?? JSON.stringify(setting.value)}`;
    return `line ${setting.line} of input 'set-flags' (${text})`;
}
function listing(what, names) {
    if (names.length === 0)
        return '';
    const shown = names.slice(0, 10).join(', ');
    return ` (${what}: ${shown}${names.length > 10 ? `, and ${names.length - 10} more` : ''})`;
}
function problemKey(problem) {
    return `${problem.rule}|${(0,bundle_problem/* formatPath */.j)(problem.path)}|${problem.message}`;
}
/**
 * The lines a problem of the patched content comes from: by the flag and attribute its path
 * names (`values.FLAG.ATTR`, `values.FLAG._variants[i].attributeValues.ATTR`, `…enabled`);
 * a problem of the flag as a whole goes to every line of that flag, one elsewhere to all.
 */
function settingsFor(problem, setFlags) {
    const [section, flag, ...rest] = problem.path;
    const ofFlag = setFlags.filter((s) => s.flag === flag);
    if (section !== 'values' || ofFlag.length === 0)
        return setFlags;
    const name = rest[0] === '_variants'
        ? rest[2] === 'attributeValues'
            ? rest[3]
            : rest[2]
        : rest[0];
    const exact = ofFlag.filter((s) => s.kind === 'enabled' ? name === 'enabled' : s.attribute === name);
    return exact.length > 0 ? exact : ofFlag;
}

;// CONCATENATED MODULE: ./src/content/set-flags-content.ts




/**
 * Content for `set-flags`: the lines applied to what the environment runs (not the
 * repository's bundle: main may hold changes not yet released there), each checked against that
 * content's own definitions and constraints. Applied again each time the planner plans: after
 * waiting for another deployment, to what that deployment left, so its changes stay; where it
 * changed a flag the lines set, the lines win for the values they name, and the note says so.
 */
function setFlagsChoice(target, setFlags, provenance) {
    const lines = setFlags.map(lineText);
    let first;
    let latest;
    return {
        source: 'set-flags',
        lines,
        first: () => first,
        latest: () => latest,
        async choose({ deployed }) {
            if (deployed === undefined) {
                latest = {
                    deployed,
                    undo: undefined,
                    problems: setFlags.slice(0, 1).map((s) => ({
                        line: s.line,
                        flag: s.flag,
                        message: `Input 'set-flags' changes what ${target.environment.name} runs, but it runs no version of ${target.profile.name} (no completed deployment); deploy a bundle first.`
                    }))
                };
                first ??= latest;
                return { failure: problemsFailure(latest.problems) };
            }
            const { value, problems } = await applySetFlags(deployed.content, setFlags, {
                contentName: `version ${deployed.version} (what ${target.environment.name} runs)`
            });
            latest = {
                deployed,
                problems,
                undo: undoLines(deployed.content, setFlags)
            };
            first ??= latest;
            if (value === undefined)
                return { failure: problemsFailure(problems) };
            const text = JSON.stringify(value);
            const content = {
                source: 'set-flags',
                value,
                text,
                description: (0,appconfig_provenance/* killSwitchDescription */.Je)(provenance.context, provenance.reason, lines, deployed.version),
                label: provenance.versionLabel ?? (0,appconfig_provenance/* killSwitchLabel */.Pv)(provenance.context, text)
            };
            const from = first.deployed;
            if (from === undefined ||
                from.deploymentNumber === deployed.deploymentNumber)
                return { content };
            // Another deployment completed while this run waited: say what the lines now apply to.
            const touched = [...new Set(setFlags.map((s) => s.flag))];
            const movedToo = touched.filter((flag) => !isSameFlag(from.content, deployed.content, flag));
            const applied = `set-flags applied to deployment ${deployed.deploymentNumber} (version ${deployed.version}), which completed while this run waited, not to deployment ${from.deploymentNumber} it started from`;
            return {
                content,
                note: {
                    guard: 'set-flags',
                    outcome: 'warn',
                    message: movedToo.length === 0
                        ? `${applied}: every flag keeps that deployment's values but the lines' (${lines.join(', ')}).`
                        : `${applied}. That deployment changed ${movedToo.join(', ')} too: the lines win for the values they set (${lines.join(', ')}); every other value keeps that deployment's.`
                }
            };
        }
    };
}
/** The lines' problems as the input failure they are. */
function problemsFailure(problems) {
    return {
        kind: 'input',
        input: 'set-flags',
        message: problems.map((p) => p.message).join('\n')
    };
}
/** Whether a flag (definition and value) is the same in two contents. */
function isSameFlag(a, b, flag) {
    const part = (content, section) => {
        const within = (0,json_object/* isObject */.Gv)(content) ? (0,json_object/* own */.ZV)(content, section) : undefined;
        return (0,json_object/* isObject */.Gv)(within) ? (0,json_object/* own */.ZV)(within, flag) : undefined;
    };
    return ((0,same_content/* isEqualJson */.fR)(part(a, 'flags'), part(b, 'flags')) &&
        (0,same_content/* isEqualJson */.fR)(part(a, 'values'), part(b, 'values')));
}
/** A line as the user wrote it, for descriptions and the incident record. */
function lineText(setting) {
    return setting.kind === 'enabled'
        ? `${setting.flag}=${setting.enabled ? 'on' : 'off'}`
        : `${setting.flag}.${setting.attribute}=${setting.text ?? JSON.stringify(setting.value)}`;
}
/**
 * The lines that put back what `setFlags` changes, from the live content: `FLAG=on|off` when
 * the flag (and each of its variants) had one state, `FLAG.ATTRIBUTE=<JSON>` when the value had
 * the attribute. Undefined when a change cannot be written as a line (mixed variant states, an
 * attribute that had no value): a revert or the earlier version undoes those.
 */
function undoLines(live, setFlags) {
    const values = (0,json_object/* isObject */.Gv)(live) ? (0,json_object/* own */.ZV)(live, 'values') : undefined;
    const lines = [];
    for (const setting of setFlags) {
        const value = (0,json_object/* isObject */.Gv)(values) ? (0,json_object/* own */.ZV)(values, setting.flag) : undefined;
        if (!(0,json_object/* isObject */.Gv)(value))
            return undefined;
        const variants = Array.isArray(value._variants)
            ? value._variants.filter(json_object/* isObject */.Gv)
            : [];
        if (setting.kind === 'enabled') {
            const states = new Set([
                ...(variants.length === 0 || 'enabled' in value
                    ? [value.enabled ?? false]
                    : []),
                ...variants.map((v) => v.enabled)
            ].map((s) => s === true));
            if (states.size !== 1)
                return undefined;
            lines.push(`${setting.flag}=${[...states][0] ? 'on' : 'off'}`);
            continue;
        }
        const before = variants.length === 0
            ? (0,json_object/* own */.ZV)(value, setting.attribute)
            : sameInAll(variants.map((v) => (0,json_object/* isObject */.Gv)(v.attributeValues)
                ? (0,json_object/* own */.ZV)(v.attributeValues, setting.attribute)
                : undefined));
        if (before === undefined)
            return undefined;
        lines.push(`${setting.flag}.${setting.attribute}=${JSON.stringify(before)}`);
    }
    return lines;
}
/** The one value all entries share (compared as JSON), else undefined. */
function sameInAll(values) {
    if (values.some((v) => v === undefined))
        return undefined;
    const texts = new Set(values.map((v) => JSON.stringify(v)));
    return texts.size === 1 ? values[0] : undefined;
}

// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/plan/make-plan.ts + 1 modules
var make_plan = __webpack_require__(6695);
// EXTERNAL MODULE: ./src/plan/planner.ts + 8 modules
var plan_planner = __webpack_require__(2650);
// EXTERNAL MODULE: ./src/rollout/run-rollout.ts + 6 modules
var run_rollout = __webpack_require__(9072);
;// CONCATENATED MODULE: ./src/modes/incident.ts
/**
 * The incident record's line on the experiments controlling the flags this run changes: which
 * runs were stopped (and when AppConfig ended them), refused the run, or keep serving their
 * treatments. Undefined when no changed flag is under an experiment.
 */
function experimentNote(experiments) {
    const affected = (experiments ?? []).filter((e) => e.affected);
    if (affected.length === 0)
        return undefined;
    return affected
        .map((e) => {
        const run = `run ${e.run} of experiment ${e.experiment} (flag ${e.flag})`;
        switch (e.effect) {
            case 'stopped':
                return `Stopped ${run} before the deployment; AppConfig ended it at ${e.endedAt ?? 'an unknown time'}.`;
            case 'stop':
                return `${run} is to be stopped before the deployment (on-experiment: stop).`;
            case 'refused':
                return `${run} controls the flag: refused (on-experiment: fail).`;
            default:
                return `${run} keeps serving its treatments: the change reaches users when it ends (on-experiment: ignore).`;
        }
    })
        .join(' ');
}


// EXTERNAL MODULE: ./src/appconfig/documented-behaviour.ts
var documented_behaviour = __webpack_require__(1327);
// EXTERNAL MODULE: ./src/modes/revert.ts + 5 modules
var modes_revert = __webpack_require__(6969);
;// CONCATENATED MODULE: ./src/modes/kill-switch.ts










/**
 * The kill switch (`set-flags`): it chooses the content, the lines applied to what runs (applied
 * again to what runs after a wait), and hands it to the one planner and rollout like a bundle,
 * tagged `source=set-flags`. While a monitored alarm fires a deployment would be rolled back at
 * once ("if one or more CloudWatch alarms go into the ALARM or INSUFFICIENT_DATA state during a
 * deployment, AWS AppConfig automatically rolls back"), so: when the configuration before the
 * latest deployment is exactly the content asked for, AppConfig's revert gives it ("Reverting
 * also ignores alarm monitors"); otherwise the run is refused with what to do.
 */
async function runSetFlags(ctx) {
    const { clients, target, versions, settings, deps, learned } = ctx;
    const env = target.environment.name;
    const choice = setFlagsChoice(target, ctx.setFlags, {
        context: deps.context,
        reason: settings.description,
        versionLabel: settings.versionLabel
    });
    const planner = (0,plan_planner.createPlanner)({ target, settings, choice, now: deps.now });
    const planned = await planner(clients, versions);
    const lines = choice.lines;
    const first = choice.first();
    let incident = {
        kind: 'set-flags',
        actor: deps.context.actor,
        at: new Date(deps.now()).toISOString(),
        reason: settings.description,
        runUrl: (0,context/* runUrl */.Vp)(deps.context),
        lines,
        from: first?.deployed && {
            version: first.deployed.version,
            label: first.deployed.label,
            deploymentNumber: first.deployed.deploymentNumber
        },
        undo: undoText(first)
    };
    learned.incident = incident;
    if (planned.failure !== undefined)
        return { result: 'failed', incident, failure: planned.failure };
    // Rule tests (issue 24) on the content the kill switch deploys.
    const tested = await ctx.testContent?.(planned.content.value);
    if (tested !== undefined)
        return { result: 'failed', incident, failure: tested };
    let plan = planned.plan;
    learned.plan = plan;
    incident = { ...incident, experimentNote: experimentNote(plan.experiments) };
    learned.incident = incident;
    deps.planned?.(plan);
    for (const guard of plan.guards)
        if (guard.outcome === 'warn')
            deps.warn(guard.message);
    const firing = plan.alarms.filter(alarm/* isFiring */.G);
    if (firing.length > 0 && plan.changed) {
        const names = firing.map((a) => a.name || a.arn).join(', ');
        const revert = await revertGivesContent(ctx, planned.content.value);
        const why = `${firing.length === 1 ? 'Alarm' : 'Alarms'} ${names} ${firing.length === 1 ? 'is' : 'are'} firing: AppConfig would roll a deployment of this change back at once ("${documented_behaviour/* ALARM_ROLLS_BACK */.Z4}"), turning it back.`;
        if (revert !== undefined) {
            const via = `${why} Version ${revert.version}, which ${env} ran before deployment ${revert.deploymentNumber}, is exactly the content asked for, and AppConfig's revert of deployment ${revert.deploymentNumber} puts it back without waiting for the alarms ("${documented_behaviour/* REVERT_IGNORES_ALARMS */.MC}").`;
            incident = { ...incident, alarmNote: via };
            learned.incident = incident;
            // The firing alarm refuses a deployment, not a revert: the plan says which path is taken.
            plan = {
                ...plan,
                guards: plan.guards.map((g) => g.guard === 'alarm-firing' && g.outcome === 'refuse'
                    ? { ...g, outcome: 'warn', message: `${g.message} ${via}` }
                    : g)
            };
            learned.plan = plan;
            deps.warn(settings.mode === 'plan'
                ? `${via} A deploy would revert.`
                : `${via} Reverting.`);
            if (settings.mode === 'plan')
                return { result: 'planned', plan, incident };
            const reverted = await (0,modes_revert.runRevert)({ ...ctx, because: via });
            incident = {
                ...reverted.incident,
                ...incident,
                at: reverted.incident.at,
                to: reverted.incident.to,
                path: reverted.incident.path,
                pathReason: reverted.incident.pathReason,
                alarmNote: via
            };
            learned.incident = incident;
            // The environment runs exactly the content asked for: the kill switch is complete.
            if (reverted.result === 'reverted')
                return {
                    result: 'complete',
                    plan,
                    rollout: reverted.rollout,
                    incident
                };
            return {
                result: 'failed',
                plan,
                rollout: reverted.rollout,
                incident,
                failure: reverted.failure ?? {
                    kind: 'guard',
                    message: `The revert ended as ${reverted.result}.`
                }
            };
        }
        const refusal = `${why} No revert gives exactly this content, so nothing was deployed. To turn it off now: disable the alarm's actions (aws cloudwatch disable-alarm-actions --alarm-names ${firing.map((a) => a.name).join(' ')}; "${documented_behaviour/* DISABLED_ACTIONS_DO_NOT_ROLL_BACK */.B4}"), run this again, then enable them; or run mode: revert to go back to the configuration before ${env}'s latest deployment.`;
        incident = { ...incident, alarmNote: refusal };
        learned.incident = incident;
        if (settings.mode === 'plan') {
            deps.warn(refusal);
            return { result: 'planned', plan, incident };
        }
        return {
            result: 'failed',
            plan,
            incident,
            failure: { kind: 'guard', message: refusal }
        };
    }
    const refused = (0,make_plan.refusalOf)(plan);
    if (refused !== undefined)
        return { result: 'failed', plan, incident, failure: refused };
    if (settings.mode === 'plan')
        return { result: 'planned', plan, incident };
    const outcome = await (0,run_rollout.runRollout)({
        clients,
        target,
        versions,
        settings,
        planned,
        plan: planner,
        deps,
        record: ctx.record
    });
    const rollout = outcome.rollout;
    // The lines went onto what ran when the deployment started (after a wait, another version).
    const latest = choice.latest();
    incident = {
        ...incident,
        experimentNote: experimentNote(outcome.plan?.experiments) ?? incident.experimentNote,
        at: rollout?.startedAt ?? incident.at,
        from: latest?.deployed && {
            version: latest.deployed.version,
            label: latest.deployed.label,
            deploymentNumber: latest.deployed.deploymentNumber
        },
        undo: undoText(latest),
        to: rollout?.version === undefined
            ? undefined
            : {
                version: rollout.version.number,
                label: rollout.version.label,
                deploymentNumber: rollout.deploymentNumber
            },
        path: rollout?.deploymentNumber === undefined ? undefined : 'deployment',
        alarmNote: target.monitors.length === 0
            ? 'The environment has no alarm monitors: AppConfig cannot roll this back on its own.'
            : `The deployment is watched by the alarm monitors like any other: "${documented_behaviour/* ALARM_ROLLS_BACK */.Z4}".`
    };
    learned.incident = incident;
    return { ...outcome, incident };
}
/** How to undo the lines: the lines that restore the values, or the version to deploy again. */
function undoText(applied) {
    return applied?.undo === undefined
        ? `Run mode: revert (within ${documented_behaviour/* REVERT_WINDOW_HOURS */.of} hours of this deployment's completion), or deploy version ${applied?.deployed?.version ?? '?'} again (configuration-version).`
        : `Run this again with set-flags:\n${applied.undo.join('\n')}`;
}
/**
 * The earlier configuration a revert would give, when it is exactly `content`: no deployment in
 * progress, the latest completed deployment inside AppConfig's window (by our clock; AppConfig
 * has the last word), the one before it holding the same flags and values.
 */
async function revertGivesContent(ctx, content) {
    const { target } = ctx;
    const history = await (0,read_history/* readHistory */.Lu)(ctx.clients.appconfig, (0,read_history/* deploymentScopeOf */.rO)(target), { previous: true });
    const { active, live: latest, previous } = history;
    if (active !== undefined ||
        latest === undefined ||
        previous?.version === undefined ||
        latest.completedAt === undefined ||
        ctx.deps.now() - latest.completedAt.getTime() >=
            documented_behaviour/* REVERT_WINDOW_HOURS */.of * 3_600_000)
        return undefined;
    const earlier = await ctx.versions.read(previous.version);
    return (0,same_content/* isSameContent */.OI)(earlier.content, content)
        ? { deploymentNumber: latest.deploymentNumber, version: previous.version }
        : undefined;
}


/***/ })

};
