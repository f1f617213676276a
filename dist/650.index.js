export const id = 650;
export const ids = [650];
export const modules = {

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

/***/ 9867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readDeploymentDescription),
/* harmony export */   V: () => (/* binding */ readDeploymentTags)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5296);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);


/** A deployment's tags (ListTagsForResource on its ARN); `{}` when it has none. */
async function readDeploymentTags(client, arn, deploymentNumber) {
    const output = await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)(`Reading the tags of deployment ${deploymentNumber}`, 'appconfig:ListTagsForResource', () => client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__.ListTagsForResourceCommand({ ResourceArn: arn })));
    return { ...(output.Tags ?? {}) };
}
/** A deployment's description (GetDeployment): who started it, when no tag can say. */
async function readDeploymentDescription(client, scope, deploymentNumber) {
    const output = await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)(`Reading deployment ${deploymentNumber}`, 'appconfig:GetDeployment', () => client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__.GetDeploymentCommand({
        ApplicationId: scope.applicationId,
        EnvironmentId: scope.environmentId,
        DeploymentNumber: deploymentNumber
    })));
    return output.Description;
}


/***/ }),

/***/ 6724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ readExperiments)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5296);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8677);



/**
 * The RUNNING runs on flags of this profile in this environment: ListExperimentDefinitions
 * filtered by application, environment, profile and status ACTIVE ("You can filter results by
 * application, configuration profile, environment, or status"), then ListExperimentRuns of each
 * with status RUNNING ("You can filter by status"). Every page is read; errors are not swallowed:
 * a missed run would report a change users will not see.
 */
async function readExperiments(client, scope) {
    const definitions = await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)("Reading the environment's experiments", 'appconfig:ListExperimentDefinitions', async () => {
        const found = [];
        let token;
        do {
            const page = await client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_2__.ListExperimentDefinitionsCommand({
                ApplicationIdentifier: scope.applicationId,
                EnvironmentIdentifier: scope.environmentId,
                ConfigurationProfileIdentifier: scope.profileId,
                Status: 'ACTIVE',
                NextToken: token
            }));
            // `?.`: a stubbed client (unit tests) may answer nothing at all.
            found.push(...(page?.Items ?? []));
            token = page?.NextToken;
        } while (token !== undefined);
        return found;
    });
    const running = [];
    for (const definition of definitions) {
        // The filters are AppConfig's; the scope is checked again so a looser answer cannot leak in.
        if ((definition.EnvironmentId !== undefined &&
            definition.EnvironmentId !== scope.environmentId) ||
            (definition.ConfigurationProfileId !== undefined &&
                definition.ConfigurationProfileId !== scope.profileId))
            continue;
        const definitionId = (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredField */ .Q)(definition.Id, 'Id', 'appconfig:ListExperimentDefinitions');
        const flag = (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredField */ .Q)(definition.FlagKey, 'FlagKey', 'appconfig:ListExperimentDefinitions');
        await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)(`Reading the runs of experiment ${definition.Name ?? definitionId}`, 'appconfig:ListExperimentRuns', async () => {
            let token;
            do {
                const page = await client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_2__.ListExperimentRunsCommand({
                    ApplicationIdentifier: scope.applicationId,
                    ExperimentDefinitionIdentifier: definitionId,
                    Status: 'RUNNING',
                    NextToken: token
                }));
                for (const run of page?.Items ?? [])
                    if (run.Status === undefined || run.Status === 'RUNNING')
                        running.push({
                            flag,
                            definitionId,
                            experiment: definition.Name ?? definitionId,
                            run: (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredField */ .Q)(run.Run, 'Run', 'appconfig:ListExperimentRuns'),
                            startedAt: run.StartedAt?.toISOString()
                        });
                token = page?.NextToken;
            } while (token !== undefined);
        });
    }
    return running.sort((a, b) => a.flag.localeCompare(b.flag) ||
        a.experiment.localeCompare(b.experiment) ||
        a.run - b.run);
}


/***/ }),

/***/ 2121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rO: () => (/* binding */ deploymentScopeOf),
  Lu: () => (/* binding */ readHistory)
});

// UNUSED EXPORTS: DESCRIPTION_PREFIX, MAX_BASE_CANDIDATES

// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/aws/required-field.ts
var required_field = __webpack_require__(8677);
// EXTERNAL MODULE: ./src/appconfig/deployment-arn.ts
var deployment_arn = __webpack_require__(2900);
// EXTERNAL MODULE: ./src/appconfig/deployment-source.ts
var deployment_source = __webpack_require__(390);
// EXTERNAL MODULE: ./src/appconfig/deployment-states.ts
var deployment_states = __webpack_require__(6317);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-appconfig/dist-cjs/index.js
var dist_cjs = __webpack_require__(5296);
;// CONCATENATED MODULE: ./src/appconfig/list-deployments.ts

/**
 * An environment's deployments, every page, in AppConfig's order (newest first). Callers stop
 * reading when they have what they need; the pages after are then never requested. Errors are
 * never swallowed: a missed page would make an old version look current (koh-sh/apcdeploy#103).
 */
async function* listDeployments(client, scope) {
    const pages = (0,dist_cjs.paginateListDeployments)({ client, pageSize: 50 }, { ApplicationId: scope.applicationId, EnvironmentId: scope.environmentId });
    for await (const page of pages)
        yield* page.Items ?? [];
}

;// CONCATENATED MODULE: ./src/appconfig/managed-deployment.ts
/**
 * Whether AppConfig made this deployment itself, for an experiment run (DeploymentSummary.Type
 * `MANAGED`, model enum DeploymentType `USER` | `MANAGED`). Such a deployment is never a drift
 * base, a revert target or "what this action deployed": it serves an experiment's treatments
 * over what a person or pipeline deployed, and stopping the run "returns users to the currently
 * deployed feature flag configuration" (StopExperimentRun).
 */
function isManaged(summary) {
    return summary.Type === 'MANAGED';
}

// EXTERNAL MODULE: ./src/appconfig/read-deployment-tags.ts
var read_deployment_tags = __webpack_require__(9867);
;// CONCATENATED MODULE: ./src/appconfig/read-history.ts








/** Deployments looked at, newest first, before giving up on finding a drift base. */
const MAX_BASE_CANDIDATES = 20;
/** The start of the description the action writes when the `description` input is empty. */
const DESCRIPTION_PREFIX = 'Deployed by AppConfig Guarded Rollout';
/** The target's environment and profile, as ListDeployments and the tags need them. */
function deploymentScopeOf(target) {
    return {
        applicationId: target.application.id,
        environmentId: target.environment.id,
        profileId: target.profile.id
    };
}
/**
 * Walks the environment's deployments once, newest first, and stops as soon as it knows what
 * was asked: whether one is in progress, the newest number, what runs, and (on request) the
 * deployment before it and the drift base. Rolled-back and reverted deployments never run, as
 * AppConfig skips them when it picks what to serve; a REVERTED deployment of the action is
 * still the drift base (what it deployed was undone out of band). Errors are never swallowed:
 * a missed page would make an old version look current (koh-sh/apcdeploy#103).
 */
async function readHistory(client, scope, options = {}) {
    let active;
    let latestNumber;
    let live;
    let previous;
    let base;
    let scanned = 0;
    let liveText = '';
    let seenOfProfile = false;
    let experimentDeployment;
    const seenVersions = [];
    let newest;
    const step = options.step ?? "Reading the environment's deployments";
    const account = options.base?.account;
    // The default description names the action (only bundle and version deploys get it: a kill
    // switch's starts "set-flags by", a revert's names the revert), so a Get (100 a second) settles
    // most candidates; the tag (ListTagsForResource, from the scarce List* budget of 10 a second,
    // spec §2.10) is read only for a description a person wrote.
    const isOurs = async (deploymentNumber) => {
        const description = await (0,read_deployment_tags/* readDeploymentDescription */.O)(client, scope, deploymentNumber);
        if (description?.startsWith(DESCRIPTION_PREFIX) === true)
            return true;
        if (account === undefined)
            return false;
        return (0,deployment_source/* isPipelineSource */.Yi)((0,deployment_source/* sourceOf */.vz)(await (0,read_deployment_tags/* readDeploymentTags */.V)(client, (0,deployment_arn/* deploymentArn */.j)(account, scope.applicationId, scope.environmentId, deploymentNumber), deploymentNumber)));
    };
    const done = () => live !== undefined &&
        (!options.previous || previous !== undefined) &&
        (options.base === undefined ||
            base !== undefined ||
            scanned >= MAX_BASE_CANDIDATES);
    await (0,aws_error.awsStep)(step, 'appconfig:ListDeployments', async () => {
        for await (const item of listDeployments(client, scope)) {
            const deployment = {
                deploymentNumber: (0,required_field/* requiredField */.Q)(item.DeploymentNumber, 'DeploymentNumber', 'appconfig:ListDeployments'),
                state: item.State ?? '',
                profileId: item.ConfigurationProfileId,
                version: versionNumber(item.ConfigurationVersion),
                label: item.VersionLabel,
                percentage: item.PercentageComplete,
                completedAt: item.CompletedAt,
                ...(isManaged(item) ? { managed: true } : {})
            };
            // Listed newest first; the maximum does not rely on it.
            if (latestNumber === undefined ||
                deployment.deploymentNumber > latestNumber)
                latestNumber = deployment.deploymentNumber;
            if (active === undefined && (0,deployment_states/* isInProgress */.LT)(item.State))
                active = deployment;
            if (item.ConfigurationProfileId !== scope.profileId)
                continue;
            const first = !seenOfProfile;
            seenOfProfile = true;
            // An experiment's MANAGED deployment re-serves what was deployed with its treatments on
            // top: never what runs, a revert's target or the drift base (managed-deployment.ts).
            if (deployment.managed === true) {
                if (first)
                    experimentDeployment = {
                        deploymentNumber: deployment.deploymentNumber,
                        state: deployment.state
                    };
                continue;
            }
            newest ??= deployment;
            if (deployment.version !== undefined &&
                !seenVersions.some((v) => v.number === deployment.version))
                seenVersions.push({
                    number: deployment.version,
                    label: deployment.label
                });
            if (item.State === 'COMPLETE' && item.ConfigurationVersion) {
                if (live === undefined) {
                    live = deployment;
                    liveText = item.ConfigurationVersion;
                }
                else if (previous === undefined)
                    previous = deployment;
            }
            if (options.base !== undefined &&
                base === undefined &&
                scanned < MAX_BASE_CANDIDATES &&
                (item.State === 'COMPLETE' || item.State === 'REVERTED') &&
                deployment.version !== undefined) {
                scanned++;
                if (await isOurs(deployment.deploymentNumber))
                    base = deployment;
            }
            if (done())
                return;
        }
    });
    if (live !== undefined && live.version === undefined)
        throw new aws_error.AwsStepError(`Deployment ${live.deploymentNumber} names configuration version '${liveText}', which is not a hosted version number.`, step, 'UnexpectedAnswer');
    return {
        active,
        latestNumber,
        live,
        previous,
        base,
        recognisedBy: options.base === undefined
            ? undefined
            : account === undefined
                ? 'description'
                : 'tags',
        scanned,
        limitReached: options.base !== undefined &&
            base === undefined &&
            scanned >= MAX_BASE_CANDIDATES,
        seenVersions,
        newest,
        experimentDeployment
    };
}
function versionNumber(text) {
    const n = Number(text);
    return text !== undefined && text !== '' && Number.isInteger(n)
        ? n
        : undefined;
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

/***/ 7409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VersionReader: () => (/* binding */ VersionReader)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5296);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);


/** Reads hosted versions of one profile, each at most once per run. */
class VersionReader {
    client;
    applicationId;
    profileId;
    cache;
    constructor(client, applicationId, profileId, cache = new Map()) {
        this.client = client;
        this.applicationId = applicationId;
        this.profileId = profileId;
        this.cache = cache;
    }
    /** The same reader, sharing what it read, sending through another client (a bounded one). */
    through(client) {
        return new VersionReader(client, this.applicationId, this.profileId, this.cache);
    }
    read(number) {
        let version = this.cache.get(number);
        if (version === undefined) {
            version = this.fetch(number);
            this.cache.set(number, version);
        }
        return version;
    }
    async fetch(number) {
        const output = await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)(`Reading hosted configuration version ${number}`, 'appconfig:GetHostedConfigurationVersion', () => this.client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_1__.GetHostedConfigurationVersionCommand({
            ApplicationId: this.applicationId,
            ConfigurationProfileId: this.profileId,
            VersionNumber: number
        })));
        const text = new TextDecoder().decode(output.Content ?? new Uint8Array());
        let content;
        try {
            content = JSON.parse(text);
        }
        catch {
            throw new _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.AwsStepError(`Hosted configuration version ${number} is not JSON, so it cannot be compared with the bundle; is this really a feature-flag profile?`, `Reading hosted configuration version ${number}`, 'UnexpectedAnswer');
        }
        return { number, label: output.VersionLabel, content };
    }
}


/***/ }),

/***/ 2650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createPlanner: () => (/* binding */ createPlanner)
});

// EXTERNAL MODULE: ./src/alarms/read-alarms.ts
var read_alarms = __webpack_require__(9479);
// EXTERNAL MODULE: ./src/appconfig/read-history.ts + 2 modules
var read_history = __webpack_require__(2121);
// EXTERNAL MODULE: ./src/appconfig/read-experiments.ts
var read_experiments = __webpack_require__(6724);
// EXTERNAL MODULE: ./src/appconfig/resolve-account.ts
var resolve_account = __webpack_require__(6891);
// EXTERNAL MODULE: ./src/bundle/flags-of.ts
var flags_of = __webpack_require__(917);
// EXTERNAL MODULE: ./src/bundle/json-object.ts
var json_object = __webpack_require__(7534);
// EXTERNAL MODULE: ./src/bundle/same-content.ts
var same_content = __webpack_require__(2976);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
;// CONCATENATED MODULE: ./src/plan/drift.ts




/**
 * Three-way merge per flag (a flag = its `flags.<key>` definition and its `values.<key>` value,
 * AppConfig's metadata ignored). live ≠ base is drift, flags added or removed out of band
 * included. When new = base the deploy would undo it: on-drift `fail` refuses, `keep` carries the
 * live flag into the content, `overwrite` lets the new content win. When new ≠ base as well it is
 * a conflict, deployed only with `overwrite`. No base: no check.
 */
function mergeDrift(input) {
    const { onDrift, environmentName } = input;
    const point = (p) => p && {
        deploymentNumber: p.deploymentNumber,
        version: p.version,
        label: p.label,
        state: p.state
    };
    const common = {
        onDrift,
        base: point(input.base),
        live: point(input.live),
        recognisedBy: input.recognisedBy,
        limitReached: input.limitReached
    };
    if (input.base === undefined) {
        return {
            drift: { ...common, flags: [] },
            content: input.content,
            merged: false,
            guard: {
                guard: 'drift',
                outcome: 'pass',
                message: `No earlier deployment of a bundle or version by this action was found in ${environmentName}${input.limitReached ? ' among its latest completed deployments' : ''}, so there is no base to check drift against; this deployment becomes the base.`
            }
        };
    }
    const base = flagsOf(input.base.content);
    const live = flagsOf(input.live?.content);
    const next = flagsOf(input.content);
    const keys = [...new Set([...base.keys(), ...live.keys()])].sort();
    const flags = [];
    for (const key of keys) {
        const b = base.get(key);
        const l = live.get(key);
        if (isSameFlag(b, l))
            continue;
        const n = next.get(key);
        const kind = isSameFlag(n, l)
            ? 'converged'
            : isSameFlag(n, b)
                ? 'undo'
                : 'conflict';
        flags.push({
            key,
            kind,
            outcome: outcomeOf(kind, onDrift),
            base: b,
            live: l,
            new: n
        });
    }
    const kept = flags.filter((f) => f.outcome === 'kept');
    return {
        drift: { ...common, flags },
        content: kept.length ? withLive(input.content, kept) : input.content,
        merged: kept.length > 0,
        guard: verdict(flags, onDrift, input.base.deploymentNumber, environmentName)
    };
}
function outcomeOf(kind, onDrift) {
    if (kind === 'converged')
        return 'unchanged';
    if (onDrift === 'overwrite')
        return 'overwritten';
    if (kind === 'undo' && onDrift === 'keep')
        return 'kept';
    return 'refused';
}
function verdict(flags, onDrift, baseNumber, environmentName) {
    const since = `since this action last deployed to ${environmentName} (deployment ${baseNumber})`;
    if (flags.length === 0)
        return {
            guard: 'drift',
            outcome: 'pass',
            message: `No flag changed outside this action ${since}.`
        };
    const keysOf = (kind) => flags.filter((f) => f.outcome === kind).map((f) => f.key);
    const refused = flags.filter((f) => f.outcome === 'refused');
    if (refused.length > 0) {
        const undo = refused.filter((f) => f.kind === 'undo').map((f) => f.key);
        const conflict = refused
            .filter((f) => f.kind === 'conflict')
            .map((f) => f.key);
        const parts = [];
        if (undo.length)
            parts.push(`${(0,format/* plural */.LS)(undo.length, 'flag')} changed outside this action ${since}, and this deploy would silently change ${undo.length === 1 ? 'it' : 'them'} back: ${listOf(undo)}.`);
        if (conflict.length)
            parts.push(`${(0,format/* plural */.LS)(conflict.length, 'flag')} changed outside this action ${since}, and the new content changes ${conflict.length === 1 ? 'it' : 'them'} differently (a conflict): ${listOf(conflict)}.`);
        const fix = conflict.length > 0
            ? 'Put the live values into the bundle, or set on-drift: overwrite to deploy the new content over them.'
            : 'Put the live values into the bundle, set on-drift: keep to carry them into this deployment, or on-drift: overwrite to change them back.';
        return {
            guard: 'drift',
            outcome: 'refuse',
            message: `Refusing (on-drift: ${onDrift}): ${parts.join(' ')} ${fix}`,
            detail: {
                flags: refused.map((f) => f.key),
                conflict: conflict.length > 0
            }
        };
    }
    const kept = keysOf('kept');
    const overwritten = keysOf('overwritten');
    const converged = keysOf('unchanged');
    const notes = [];
    if (kept.length)
        notes.push(`Keeping the live ${kept.length === 1 ? 'value' : 'values'} of ${listOf(kept)} (on-drift: keep).`);
    if (overwritten.length)
        notes.push(`Overwriting the live ${overwritten.length === 1 ? 'value' : 'values'} of ${listOf(overwritten)} with the new content (on-drift: overwrite).`);
    if (converged.length)
        notes.push(`The new content already has the live ${converged.length === 1 ? 'value' : 'values'} of ${listOf(converged)}.`);
    return {
        guard: 'drift',
        outcome: kept.length || overwritten.length ? 'warn' : 'pass',
        message: `${(0,format/* plural */.LS)(flags.length, 'flag')} changed outside this action ${since}. ${notes.join(' ')}`
    };
}
/** The new content with the live definition and value of each kept flag (or without it). */
function withLive(content, kept) {
    const definitions = { ...(0,json_object/* objectAt */.lJ)(content, 'flags') };
    const values = { ...(0,json_object/* objectAt */.lJ)(content, 'values') };
    for (const flag of kept) {
        if (flag.live === undefined) {
            delete definitions[flag.key];
            delete values[flag.key];
        }
        else {
            definitions[flag.key] = flag.live.definition;
            // A flag without a value entry is off; keep it so rather than invent `enabled: false`.
            if (Object.keys(flag.live.value).length > 0)
                values[flag.key] = flag.live.value;
            else
                delete values[flag.key];
        }
    }
    return { ...content, flags: definitions, values };
}
/** The flags of a bundle by key, metadata stripped. */
function flagsOf(content) {
    return (0,flags_of/* flagsOf */.Z)((0,same_content/* stripMetadata */.qc)(content));
}
function isSameFlag(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    return ((0,same_content/* isEqualJson */.fR)(a.definition, b.definition) && (0,same_content/* isEqualJson */.fR)(a.value, b.value));
}
/** `a, b, c`, or the first ten and a count. */
function listOf(keys) {
    return keys.length <= 10
        ? keys.join(', ')
        : `${keys.slice(0, 10).join(', ')} and ${keys.length - 10} more`;
}

// EXTERNAL MODULE: ./src/plan/make-plan.ts + 1 modules
var make_plan = __webpack_require__(6695);
// EXTERNAL MODULE: ./src/appconfig/list-hosted-versions.ts
var list_hosted_versions = __webpack_require__(5323);
// EXTERNAL MODULE: ./src/appconfig/read-deployment-tags.ts
var read_deployment_tags = __webpack_require__(9867);
// EXTERNAL MODULE: ./src/plan/plan-id.ts
var plan_id = __webpack_require__(1464);
;// CONCATENATED MODULE: ./src/plan/check-expected-plan.ts

/**
 * `expected-plan`: the deploy goes ahead only when its plan-id is the approved one. A refusal
 * says what moved since (a deployment, a new hosted version, the content, the target), so the
 * approver knows what to look at again.
 */
function checkExpectedPlan(expected, now) {
    const id = (0,plan_id/* formatPlanId */.S0)(now.facts);
    const saw = (0,plan_id/* parsePlanId */.u7)(expected);
    if (saw === undefined)
        return refuse(`expected-plan '${expected.slice(0, 80)}' is not a plan-id this action wrote (it looks like v1.<12 hex>.<8 hex>.<n>.<n>.<n>); pass the plan job's \`plan-id\` output unchanged. This deploy's plan-id is ${id}.`);
    const moved = whatMoved(saw, now);
    if (moved.length === 0)
        return {
            guard: 'expected-plan',
            outcome: 'pass',
            message: `The content and ${now.environmentName} are exactly what the approved plan ${id} saw.`
        };
    return refuse(`What the approved plan ${expected} saw has changed: ${moved.join('; ')}. ${now.written === undefined ? 'Nothing was written.' : `Nothing was deployed (hosted version ${now.written}, written by this run before the change, is not deployed).`} Run the plan again and have it reviewed (its plan-id is now ${id}).`);
}
function refuse(message) {
    return { guard: 'expected-plan', outcome: 'refuse', message };
}
function whatMoved(saw, now) {
    const facts = now.facts;
    const env = now.environmentName;
    const moved = [];
    if (saw.target !== facts.target)
        return [
            'the plan was made for another application, environment or configuration profile'
        ];
    if (saw.deployedDeployment !== facts.deployedDeployment) {
        const running = facts.deployedDeployment === 0
            ? 'nothing'
            : `deployment ${facts.deployedDeployment} (version ${facts.deployedVersion}${now.deployed?.label ? `, ${now.deployed.label}` : ''}${now.deployed?.description ? `, "${now.deployed.description.slice(0, 200)}"` : ''})`;
        const was = saw.deployedDeployment === 0
            ? 'none'
            : `deployment ${saw.deployedDeployment} (version ${saw.deployedVersion})`;
        moved.push(facts.deployedDeployment > saw.deployedDeployment
            ? `${running} completed in ${env} since the plan, which saw ${was}`
            : `${env} now runs ${running}, not ${was} as at the plan: that deployment was reverted or rolled back since`);
    }
    else if (saw.deployedVersion !== facts.deployedVersion) {
        moved.push(`${env} runs version ${facts.deployedVersion}, the plan saw version ${saw.deployedVersion}`);
    }
    if (now.active !== undefined)
        moved.push(`deployment ${now.active.deploymentNumber} is in progress in ${env} (${now.active.state}) and will change what runs`);
    if (saw.latestVersion !== facts.latestVersion)
        moved.push(facts.latestVersion > saw.latestVersion
            ? `hosted version ${facts.latestVersion} was created since the plan, which saw ${saw.latestVersion === 0 ? 'none' : `version ${saw.latestVersion}`} as the newest`
            : `the newest hosted version is ${facts.latestVersion}, the plan saw ${saw.latestVersion} (versions were deleted)`);
    if (saw.content !== facts.content)
        moved.push("the content to deploy is not the plan's (the bundle or the version changed, or on-drift carries different live values)");
    return moved;
}

;// CONCATENATED MODULE: ./src/plan/pin-plan.ts





/**
 * Gives a plan its `plan-id` (the content planned, the deployment and version the environment
 * runs, the newest hosted version, the target) and, with `expected-plan`, the guard that
 * refuses unless the id is the approved one. Reads the hosted versions; writes nothing. Only
 * in plan mode and for a deploy with `expected-plan`: elsewhere nobody reads the id, and
 * listing every hosted version of a long-lived profile is not free.
 */
async function pinPlan(clients, target, planned, content, settings, 
/**
 * The hosted version this run wrote before planning again (after a wait or a 409), and the
 * newest version the first plan saw: the run's own write is not something that moved.
 */
own) {
    if (settings.mode !== 'plan' && settings.expectedPlan === undefined)
        return planned;
    const ids = (0,read_history/* deploymentScopeOf */.rO)(target);
    const [hash, where, newest] = await Promise.all([
        (0,plan_id/* contentHash */.Ae)(content),
        (0,plan_id/* targetHash */.Gu)(ids),
        (0,list_hosted_versions/* readLatestVersion */.e)(clients.appconfig, ids)
    ]);
    const latestVersion = own !== undefined && newest === own.version ? own.latestBefore : newest;
    const facts = {
        content: hash,
        target: where,
        deployedDeployment: planned.deployed?.deploymentNumber ?? 0,
        deployedVersion: planned.deployed?.version ?? 0,
        latestVersion
    };
    const planId = (0,plan_id/* formatPlanId */.S0)(facts);
    const guards = [];
    if (settings.expectedPlan !== undefined) {
        const saw = (0,plan_id/* parsePlanId */.u7)(settings.expectedPlan);
        // Another deployment of this profile would change what runs while the deploy waits.
        const active = planned.active !== undefined &&
            (planned.active.profileId === undefined ||
                planned.active.profileId === target.profile.id)
            ? planned.active
            : undefined;
        const deployedMoved = saw !== undefined &&
            saw.deployedDeployment !== facts.deployedDeployment &&
            planned.deployed !== undefined;
        guards.push(checkExpectedPlan(settings.expectedPlan, {
            facts,
            environmentName: target.environment.name,
            written: own?.version,
            active,
            deployed: deployedMoved && planned.deployed !== undefined
                ? {
                    label: planned.deployed.label,
                    description: await (0,read_deployment_tags/* readDeploymentDescription */.O)(clients.appconfig, ids, planned.deployed.deploymentNumber)
                }
                : undefined
        }));
    }
    return {
        ...planned,
        plan: {
            ...planned.plan,
            planId,
            guards: [...guards, ...planned.plan.guards]
        }
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-appconfig/dist-cjs/index.js
var dist_cjs = __webpack_require__(5296);
// EXTERNAL MODULE: ./src/appconfig/deployment-states.ts
var deployment_states = __webpack_require__(6317);
// EXTERNAL MODULE: ./src/appconfig/version-reader.ts
var version_reader = __webpack_require__(7409);
// EXTERNAL MODULE: ./src/appconfig/resolve-target.ts
var resolve_target = __webpack_require__(4275);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/appconfig/target-error.ts
var target_error = __webpack_require__(1535);
;// CONCATENATED MODULE: ./src/appconfig/read-environment-content.ts







async function collect(pages) {
    const items = [];
    for await (const page of pages)
        items.push(...(page.Items ?? []));
    return items;
}
/**
 * Resolves each `ENVIRONMENT` or `ENVIRONMENT/PROFILE` (names or IDs, in the target's
 * application; the target's profile when none is named) and reads what it runs: its newest
 * COMPLETE deployment of that profile (rolled-back and reverted deployments are not COMPLETE,
 * so the one found has not been undone since), the content and completion time, and any newer
 * deployment of the profile that did not stick. Writes nothing. `input` names the input the
 * references came from, for errors.
 */
async function readEnvironmentContents(clients, target, refs, input, versions) {
    if (refs.length === 0)
        return [];
    const client = clients.appconfig;
    const ApplicationId = target.application.id;
    const scope = ` in application ${target.application.name} (${ApplicationId})`;
    const needsProfiles = refs.some((ref) => ref.profile !== undefined &&
        ref.profile !== target.profile.id &&
        ref.profile !== target.profile.name);
    const [environments, profiles] = await Promise.all([
        (0,aws_error.awsStep)(`Resolving the environments of ${input}`, 'appconfig:ListEnvironments', () => collect((0,dist_cjs.paginateListEnvironments)({ client, pageSize: 50 }, { ApplicationId }))),
        needsProfiles
            ? (0,aws_error.awsStep)(`Resolving the configuration profiles of ${input}`, 'appconfig:ListConfigurationProfiles', () => collect((0,dist_cjs.paginateListConfigurationProfiles)({ client, pageSize: 50 }, { ApplicationId })))
            : Promise.resolve([])
    ]);
    // One reader per profile, the target's shared, so each version is fetched once per run.
    const readers = new Map([
        [target.profile.id, versions]
    ]);
    const readerOf = (profileId) => {
        let reader = readers.get(profileId);
        if (reader === undefined) {
            reader = new version_reader.VersionReader(client, ApplicationId, profileId);
            readers.set(profileId, reader);
        }
        return reader;
    };
    return Promise.all(refs.map(async (ref) => {
        const environment = (0,resolve_target/* pick */.U)(environments, ref.environment, 'environment', input, scope);
        const profile = profileOf(ref, target, profiles, input, scope);
        const named = {
            id: environment.Id,
            name: environment.Name ?? environment.Id
        };
        const found = await readLive(clients, ApplicationId, named, profile.id, readerOf(profile.id));
        return { environment: named, profile, ...found };
    }));
}
function profileOf(ref, target, profiles, input, scope) {
    if (ref.profile === undefined ||
        ref.profile === target.profile.id ||
        ref.profile === target.profile.name)
        return target.profile;
    const profile = (0,resolve_target/* pick */.U)(profiles, ref.profile, 'configuration profile', input, scope);
    if (profile.Type !== 'AWS.AppConfig.FeatureFlags') {
        throw new target_error/* TargetError */.I(`The configuration profile ${profile.Name ?? ''} (${profile.Id ?? ''}) named in ${input} has type ${profile.Type ?? 'AWS.Freeform'}; only feature-flag profiles can be compared flag by flag.`, input);
    }
    return { id: profile.Id, name: profile.Name ?? profile.Id };
}
/**
 * What the environment runs for the profile, and the newest deployment after it, from one walk
 * of its deployments (read-history.ts: newest first, until the live one).
 */
async function readLive(clients, applicationId, environment, profileId, reader) {
    const { live, newest } = await (0,read_history/* readHistory */.Lu)(clients.appconfig, { applicationId, environmentId: environment.id, profileId }, { step: `Reading the deployments of ${environment.name}` });
    const newer = newest?.deploymentNumber === live?.deploymentNumber ? undefined : newest;
    const readNewer = async () => {
        if (newer === undefined)
            return undefined;
        // Only a deployment that did not stick, or is still going, says something about the content.
        const relevant = newer.state === 'ROLLED_BACK' ||
            newer.state === 'REVERTED' ||
            (0,deployment_states/* isInProgress */.LT)(newer.state);
        return {
            deploymentNumber: newer.deploymentNumber,
            state: newer.state,
            version: newer.version,
            content: relevant && newer.version !== undefined
                ? (await reader.read(newer.version)).content
                : undefined
        };
    };
    const readLiveVersion = async () => {
        if (live?.version === undefined)
            return undefined;
        const stored = await reader.read(live.version);
        return {
            deploymentNumber: live.deploymentNumber,
            version: live.version,
            label: live.label ?? stored.label,
            content: stored.content,
            completedAt: live.completedAt?.toISOString()
        };
    };
    const [liveVersion, newerVersion] = await Promise.all([
        readLiveVersion(),
        readNewer()
    ]);
    return { live: liveVersion, newer: newerVersion };
}

;// CONCATENATED MODULE: ./src/plan/check-bake.ts

/**
 * `min-bake-minutes`: the strategy's final bake is the time AppConfig keeps watching the alarms
 * at 100 % and can still roll back on its own; a policy may require a minimum (AWS Config's
 * managed rule appconfig-deployment-strategy-minimum-final-bake-time defaults to 30 minutes).
 * Undefined when no minimum is set. A strategy does not change between plan and deploy, so the
 * plan refuses too.
 */
function checkBake(strategy, minBakeMinutes) {
    if (minBakeMinutes === undefined)
        return undefined;
    const bake = strategy.finalBakeMinutes;
    const has = bake === 0 ? 'no final bake' : `a final bake of ${minutes(bake)}`;
    if (bake >= minBakeMinutes) {
        return {
            guard: 'min-bake',
            outcome: 'pass',
            message: `The deployment strategy ${strategy.name} has ${has}; min-bake-minutes asks for at least ${minutes(minBakeMinutes)}.`
        };
    }
    return {
        guard: 'min-bake',
        outcome: 'refuse',
        message: `Refusing the deployment strategy ${strategy.name}: it has ${has}, and min-bake-minutes requires at least ${minutes(minBakeMinutes)} (the time AppConfig keeps watching the alarms once every client has the content, and can still roll back). Choose a strategy with FinalBakeTimeInMinutes of ${(0,format/* formatNumber */.ZV)(minBakeMinutes, 2)} or more.`
    };
}
/** `1 minute`, `2.5 minutes`. */
function minutes(n) {
    return `${(0,format/* formatNumber */.ZV)(n, 2)} minute${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/plan/cap-text.ts
var cap_text = __webpack_require__(5807);
// EXTERNAL MODULE: ./src/plan/diff-bundles.ts
var diff_bundles = __webpack_require__(1204);
;// CONCATENATED MODULE: ./src/plan/check-promotion.ts




/** Flags named in one message; the summary's table lists them all. */
const MAX_LISTED = 10;
/** A value quoted in a message is cut at this length; the table shows more. */
const VALUE_CHARS = 60;
/**
 * `promote-from`: the content may go on only if the source environment's latest completed
 * deployment of the profile (not rolled back or reverted since: such deployments are not
 * COMPLETE) holds exactly this content, flag by flag and AppConfig's metadata aside, and, with
 * `soak-minutes`, completed at least that long before `now`. A plan is read ahead of time (the
 * source may finish its rollout or its soak before the deploy), so there it only warns.
 */
function checkPromotion(source, content, settings, now, targetProfileId) {
    const live = source.live;
    const diff = (0,diff_bundles/* diffBundles */.V)(live?.content, content);
    const sameContent = live !== undefined && (0,same_content/* isSameContent */.OI)(live.content, content);
    const completed = live?.completedAt === undefined ? NaN : Date.parse(live.completedAt);
    // A completion in the future (clock skew) has soaked for no time at all.
    const soakedMinutes = Number.isNaN(completed)
        ? undefined
        : Math.max(0, (now - completed) / 60_000);
    const newer = source.newer;
    const promotion = {
        source: {
            environment: source.environment,
            profile: source.profile,
            ...(live === undefined
                ? {}
                : {
                    deployed: {
                        version: live.version,
                        label: live.label,
                        deploymentNumber: live.deploymentNumber
                    },
                    completedAt: live.completedAt
                })
        },
        ...(newer === undefined
            ? {}
            : {
                newer: {
                    deploymentNumber: newer.deploymentNumber,
                    state: newer.state,
                    version: newer.version,
                    sameContent: newer.content !== undefined &&
                        (0,same_content/* isSameContent */.OI)(newer.content, content)
                }
            }),
        changes: diff.changes,
        unchangedCount: diff.unchangedCount,
        sameContent,
        soakMinutes: settings.soakMinutes,
        ...(soakedMinutes === undefined ? {} : { soakedMinutes })
    };
    // The profile is named only when each environment has its own.
    const where = source.profile.id === targetProfileId
        ? source.environment.name
        : `${source.environment.name}/${source.profile.name}`;
    const problem = whyNot(promotion, where);
    if (problem === undefined) {
        const soak = settings.soakMinutes > 0
            ? `, completed ${check_promotion_minutes(soakedMinutes ?? 0)} ago (soak-minutes ${(0,format/* formatNumber */.ZV)(settings.soakMinutes, 2)})`
            : '';
        return {
            promotion,
            guard: {
                guard: 'promotion',
                outcome: 'pass',
                message: `${where} runs exactly this content (version ${live.version}, deployment ${live.deploymentNumber})${soak}.`
            }
        };
    }
    const isPlan = settings.mode === 'plan';
    return {
        promotion,
        guard: {
            guard: 'promotion',
            outcome: isPlan ? 'warn' : 'refuse',
            message: isPlan
                ? `A deploy now would refuse to promote from ${where}: ${problem}`
                : `Refusing to promote from ${where}: ${problem}`
        }
    };
}
/** What stands in the way of the promotion, as a sentence; undefined when nothing does. */
function whyNot(promotion, where) {
    const { source, newer } = promotion;
    const deployed = source.deployed;
    const runs = deployed === undefined
        ? `${where} has no completed deployment of this profile`
        : `${where} runs version ${deployed.version} (deployment ${deployed.deploymentNumber})`;
    if (!promotion.sameContent) {
        const difference = deployed === undefined ? '' : ` ${describeDifference(promotion.changes)}`;
        if (newer?.sameContent === true) {
            const what = newer.state === 'ROLLED_BACK'
                ? 'was rolled back'
                : newer.state === 'REVERTED'
                    ? 'was reverted'
                    : `is still in progress (${newer.state}); wait for it to complete`;
            return `its deployment ${newer.deploymentNumber} of this content ${what}. ${runs}.${difference}`;
        }
        if (deployed === undefined)
            return `${runs}, so this content has never run there. Deploy it to ${source.environment.name} first.`;
        return `${runs}, which is not this content:${difference} Deploy this content to ${source.environment.name} first.`;
    }
    const soaked = promotion.soakedMinutes;
    if (promotion.soakMinutes > 0 && (soaked ?? 0) < promotion.soakMinutes) {
        if (soaked === undefined)
            return `${runs}, but AppConfig did not say when that deployment completed, so soak-minutes (${(0,format/* formatNumber */.ZV)(promotion.soakMinutes, 2)}) cannot be checked.`;
        return `${runs}, completed ${check_promotion_minutes(soaked)} ago; soak-minutes requires ${check_promotion_minutes(promotion.soakMinutes)}, so ${check_promotion_minutes(promotion.soakMinutes - soaked)} are left to soak. Re-run after that.`;
    }
    return undefined;
}
/** `2 flags differ: a (attribute x: 5 → 10), b (only in the content)`. */
function describeDifference(changes) {
    if (changes.length === 0)
        return 'The flags are the same; the difference is outside them (the top-level keys).';
    const listed = changes.slice(0, MAX_LISTED).map((change) => {
        if (change.kind === 'added')
            return `${change.key} (only in the content)`;
        if (change.kind === 'removed')
            return `${change.key} (only in the source)`;
        const first = change.details[0];
        const more = change.details.length > 1 ? ` and ${change.details.length - 1} more` : '';
        if (first === undefined)
            return change.key;
        return `${change.key} (${first.what}: ${(0,cap_text/* capText */.yA)(first.before ?? 'not set', VALUE_CHARS)} → ${(0,cap_text/* capText */.yA)(first.after ?? 'not set', VALUE_CHARS)}${more})`;
    });
    const rest = changes.length - listed.length;
    return `${(0,format/* plural */.LS)(changes.length, 'flag')} ${changes.length === 1 ? 'differs' : 'differ'}: ${listed.join(', ')}${rest > 0 ? ` and ${(0,format/* formatNumber */.ZV)(rest)} more` : ''}.`;
}
/** `45 minutes`, `2 h 5 min`: a soak is read in minutes and hours. */
function check_promotion_minutes(n) {
    const rounded = Math.round(n);
    if (rounded < 120)
        return rounded === 0 && n > 0
            ? 'less than a minute'
            : `${rounded} minute${rounded === 1 ? '' : 's'}`;
    const hours = Math.floor(rounded / 60);
    const rest = rounded % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

// EXTERNAL MODULE: ./src/bundle/canonical-json.ts
var canonical_json = __webpack_require__(2113);
;// CONCATENATED MODULE: ./src/plan/make-overview.ts




/** At most this many differing parts are listed in one cell; the rest are counted. */
const MAX_PARTS = 5;
/** A value in a cell is cut at this length (the table is for a glance, not for review). */
const make_overview_VALUE_CHARS = 80;
/**
 * The environments side by side: a column per environment (what it runs) and the new content,
 * a row per flag that is not the same in all of them; flags that are get counted. Each cell
 * shows whether the flag is on, and only the parts of it that differ between the columns.
 */
function makeOverview(environments, content) {
    const sides = [
        ...environments.map((e) => make_overview_flagsOf(e.live?.content)),
        make_overview_flagsOf(content)
    ];
    const keys = [...new Set(sides.flatMap((side) => [...side.keys()]))].sort();
    const rows = [];
    let unchangedCount = 0;
    for (const key of keys) {
        const parts = sides.map((side) => side.get(key));
        const texts = parts.map((p) => (p === undefined ? undefined : serialise(p)));
        if (texts.every((t) => t === texts[0])) {
            unchangedCount += 1;
            continue;
        }
        const differing = [
            ...new Set(parts.flatMap((p) => (p === undefined ? [] : [...p.keys()])))
        ]
            .filter((what) => what !== 'enabled')
            .filter((what) => new Set(parts.map((p) => p?.get(what))).size > 1);
        const latest = texts[texts.length - 1];
        rows.push({
            key,
            cells: parts.map((p, i) => p === undefined
                ? { present: false, details: [], sameAsNew: latest === undefined }
                : {
                    present: true,
                    ...(p.has('enabled')
                        ? { enabled: p.get('enabled') === 'true' }
                        : {}),
                    details: differing.slice(0, MAX_PARTS).map((what) => {
                        const value = p.get(what);
                        return value === undefined
                            ? { what }
                            : { what, value: (0,cap_text/* capText */.yA)(value, make_overview_VALUE_CHARS) };
                    }),
                    sameAsNew: texts[i] === latest
                })
        });
    }
    return {
        columns: environments.map(toColumn),
        rows,
        unchangedCount
    };
}
function toColumn(e) {
    return {
        environment: e.environment,
        profile: e.profile,
        ...(e.live === undefined
            ? {}
            : {
                deployed: {
                    version: e.live.version,
                    label: e.live.label,
                    deploymentNumber: e.live.deploymentNumber
                }
            })
    };
}
/** The flags of one side (metadata stripped), each flattened into its parts. */
function make_overview_flagsOf(bundle) {
    if (bundle === undefined)
        return new Map();
    const flags = new Map();
    for (const [key, { definition, value }] of (0,flags_of/* flagsOf */.Z)((0,same_content/* stripMetadata */.qc)(bundle))) {
        const parts = new Map();
        for (const [name, item] of Object.entries(value)) {
            const what = name === 'enabled'
                ? 'enabled'
                : name === '_variants'
                    ? 'variants'
                    : `attribute ${name}`;
            parts.set(what, canonical(item));
        }
        for (const [name, item] of Object.entries(definition))
            parts.set(`definition ${name}`, canonical(item));
        flags.set(key, parts);
    }
    return flags;
}
/** JSON with object keys sorted, so key order never makes two values differ. */
const canonical = canonical_json/* canonicalJson */.d;
function serialise(parts) {
    return JSON.stringify([...parts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

;// CONCATENATED MODULE: ./src/plan/release-checks.ts




/**
 * The checks of a release pipeline, added to a plan: `promote-from` (+ `soak-minutes`) and
 * `min-bake-minutes` as guards (refusing before anything is written), `environments` as the
 * overview. Reads the other environments; writes nothing. Returns the plan unchanged when none
 * of these inputs is set, without a single AWS call.
 */
async function withReleaseChecks(planned, clients, target, versions, settings, content, now) {
    const { promoteFrom, environments } = settings;
    const [sources, shown] = await Promise.all([
        promoteFrom === undefined
            ? Promise.resolve([])
            : readEnvironmentContents(clients, target, [promoteFrom], 'promote-from', versions),
        readEnvironmentContents(clients, target, environments, 'environments', versions)
    ]);
    const promotion = sources[0] === undefined
        ? undefined
        : checkPromotion(sources[0], content, settings, now, target.profile.id);
    const bake = checkBake(target.strategy, settings.minBakeMinutes);
    const guards = [
        ...planned.plan.guards,
        ...(promotion === undefined ? [] : [promotion.guard]),
        ...(bake === undefined ? [] : [bake])
    ];
    return {
        ...planned,
        plan: {
            ...planned.plan,
            guards,
            ...(promotion === undefined ? {} : { promotion: promotion.promotion }),
            ...(environments.length === 0
                ? {}
                : { overview: makeOverview(shown, content) })
        }
    };
}

;// CONCATENATED MODULE: ./src/plan/planner.ts









/**
 * The one planner every deployment takes (bundle, version, kill switch, revert), first and
 * again before each start: one `ListDeployments` walk (what runs, what is in progress, the
 * newest number for the lock, the drift base, a revert's target), the alarms, the content the
 * mode chooses from that reading, the drift merge, the diff and every guard (removal, alarms,
 * monitors, in progress, promotion, bake, code references, `expected-plan`), and the plan-id.
 * A replan that no longer matches `expected-plan` refuses, naming what moved. Writes nothing.
 */
function createPlanner(input) {
    const { target, settings, choice } = input;
    const scope = (0,read_history/* deploymentScopeOf */.rO)(target);
    // Only content from the repository has a drift base; a patch or a revert starts from what runs.
    const drifts = choice.source === 'bundle' || choice.source === 'version';
    let account;
    let firstLatestVersion;
    return async (clients, versions, written) => {
        const baseAccount = drifts
            ? await (account ??= accountOf(clients, input))
            : undefined;
        const [history, alarms, experiments] = await Promise.all([
            (0,read_history/* readHistory */.Lu)(clients.appconfig, scope, {
                previous: choice.needsPrevious,
                base: drifts ? { account: baseAccount } : undefined
            }),
            target.monitors.length
                ? (0,read_alarms/* readAlarms */.t)(clients, target.monitors)
                : Promise.resolve([]),
            (0,read_experiments/* readExperiments */.B)(clients.appconfig, scope)
        ]);
        const [deployed, base] = await Promise.all([
            contentOf(history.live, versions),
            contentOf(history.base, versions)
        ]);
        const reading = {
            active: history.active,
            latestNumber: history.latestNumber,
            deployed,
            alarms,
            experiments,
            experimentDeployment: history.experimentDeployment
        };
        const chosen = await choice.choose({ history, deployed }, versions);
        if (chosen.failure !== undefined) {
            // Nothing to deploy: the plan shows what runs, and the failure says why.
            const nothing = (0,make_plan/* assessPlan */.u)(reading, target, settings, {
                source: choice.source,
                value: deployed?.content,
                text: ''
            });
            return {
                ...nothing,
                failure: chosen.failure,
                seenVersions: history.seenVersions
            };
        }
        let content = chosen.content;
        let drift;
        if (drifts) {
            drift = mergeDrift({
                base: base && { ...base, state: history.base?.state ?? 'COMPLETE' },
                live: deployed && { ...deployed, state: 'COMPLETE' },
                content: content.value,
                onDrift: settings.onDrift,
                recognisedBy: history.recognisedBy ?? 'description',
                limitReached: history.limitReached,
                environmentName: target.environment.name
            });
            // Live values carried in (on-drift: keep) make new content: written as a new version.
            if (drift.merged)
                content = {
                    ...content,
                    value: drift.content,
                    text: JSON.stringify(drift.content),
                    version: undefined
                };
        }
        let planned = (0,make_plan/* assessPlan */.u)(reading, target, settings, content);
        if (drift !== undefined)
            planned = withGuard({ ...planned, plan: { ...planned.plan, drift: drift.drift } }, drift.guard, 'first');
        planned = withGuard(planned, chosen.note);
        planned = await withReleaseChecks(planned, clients, target, versions, 
        // A revert puts back what ran before: there is no source environment to promote from.
        choice.source === 'revert'
            ? { ...settings, promoteFrom: undefined }
            : settings, content.value, input.now());
        planned = withGuard(planned, await checkRemovedInUse(planned, input.search, settings));
        planned = await pinPlan(clients, target, planned, content.value, settings, written !== undefined &&
            !written.reused &&
            firstLatestVersion !== undefined
            ? { version: written.number, latestBefore: firstLatestVersion }
            : undefined);
        if (firstLatestVersion === undefined && planned.plan.planId !== undefined)
            firstLatestVersion = (0,plan_id/* parsePlanId */.u7)(planned.plan.planId)?.latestVersion;
        return { ...planned, seenVersions: history.seenVersions };
    };
}
/** The account for the drift base's deployment ARNs, once per run. */
async function accountOf(clients, input) {
    const account = await (0,resolve_account/* resolveAccount */.u)(clients.appconfig, input.target.region, input.target.monitors);
    input.debug?.(account === undefined
        ? 'Drift: no account ID (AWS_ACCOUNT_ID, the credentials, an alarm monitor), so deployments are recognised by their description.'
        : `Drift: deployments recognised by their tags (account from the ${account.origin}).`);
    return account;
}
/** A deployment with the content of its hosted version (read once per run by the reader). */
async function contentOf(deployment, versions) {
    if (deployment?.version === undefined)
        return undefined;
    const stored = await versions.read(deployment.version);
    return {
        deploymentNumber: deployment.deploymentNumber,
        version: deployment.version,
        label: deployment.label ?? stored.label,
        content: stored.content,
        state: deployment.state
    };
}
/**
 * Removing a flag the code still reads breaks that code, deprecated or not; `allow-flag-removal`
 * turns the refusal into a warning. Undefined when nothing was searched or removed.
 */
async function checkRemovedInUse(planned, search, settings) {
    const removed = planned.plan.changes
        .filter((c) => c.kind === 'removed')
        .map((c) => c.key);
    if (search === undefined || removed.length === 0)
        return undefined;
    const { checkReferencedRemoval } = await __webpack_require__.e(/* import() */ 586).then(__webpack_require__.bind(__webpack_require__, 2586));
    const inUse = checkReferencedRemoval(removed, await search(removed));
    const allowed = inUse.outcome === 'refuse' && settings.allowFlagRemoval;
    return {
        guard: inUse.guard,
        outcome: allowed ? 'warn' : inUse.outcome,
        message: allowed
            ? `${inUse.message} Going ahead: allow-flag-removal is true.`
            : inUse.message,
        detail: { flags: inUse.inUse.map((r) => r.key) }
    };
}
/** The plan with one more guard, when there is one (the drift verdict goes first). */
function withGuard(planned, guard, where = 'last') {
    if (guard === undefined)
        return planned;
    const guards = where === 'first'
        ? [guard, ...planned.plan.guards]
        : [...planned.plan.guards, guard];
    return { ...planned, plan: { ...planned.plan, guards } };
}


/***/ })

};
