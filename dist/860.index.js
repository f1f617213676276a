export const id = 860;
export const ids = [860];
export const modules = {

/***/ 1864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readDeployments),
/* harmony export */   VersionReader: () => (/* binding */ VersionReader)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5296);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8677);
/* harmony import */ var _deployment_states_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6317);
/* harmony import */ var _list_deployments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8916);





/**
 * Reads the environment's deployments, newest first, until it knows both whether one is in
 * progress and which version of this profile is live. Rolled-back and reverted deployments are
 * not live; errors are never swallowed (a missed page would make an old version look current:
 * koh-sh/apcdeploy#103).
 */
async function readDeployments(client, scope, versions) {
    let active;
    let latestNumber;
    let live;
    await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)("Reading the environment's deployments", 'appconfig:ListDeployments', async () => {
        for await (const item of (0,_list_deployments_js__WEBPACK_IMPORTED_MODULE_3__/* .listDeployments */ .J)(client, scope)) {
            // Listed newest first; the maximum does not rely on it.
            if (item.DeploymentNumber !== undefined &&
                (latestNumber === undefined || item.DeploymentNumber > latestNumber))
                latestNumber = item.DeploymentNumber;
            if (active === undefined && (0,_deployment_states_js__WEBPACK_IMPORTED_MODULE_2__/* .isInProgress */ .LT)(item.State)) {
                active = {
                    deploymentNumber: (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredField */ .Q)(item.DeploymentNumber, 'DeploymentNumber', 'appconfig:ListDeployments'),
                    state: item.State ?? '',
                    profileId: item.ConfigurationProfileId,
                    percentage: item.PercentageComplete
                };
            }
            if (item.ConfigurationProfileId === scope.profileId &&
                item.State === 'COMPLETE' &&
                item.ConfigurationVersion) {
                live = {
                    deploymentNumber: (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredField */ .Q)(item.DeploymentNumber, 'DeploymentNumber', 'appconfig:ListDeployments'),
                    version: item.ConfigurationVersion,
                    label: item.VersionLabel
                };
                return;
            }
        }
    });
    if (live === undefined)
        return { active, deployed: undefined, latestNumber };
    const version = Number(live.version);
    if (!Number.isInteger(version)) {
        throw new _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.AwsStepError(`Deployment ${live.deploymentNumber} names configuration version '${live.version}', which is not a hosted version number.`, "Reading the environment's deployments", 'UnexpectedAnswer');
    }
    const stored = await versions.read(version);
    return {
        active,
        latestNumber,
        deployed: {
            deploymentNumber: live.deploymentNumber,
            version,
            label: live.label ?? stored.label,
            content: stored.content
        }
    };
}
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
        const output = await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)(`Reading hosted configuration version ${number}`, 'appconfig:GetHostedConfigurationVersion', () => this.client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_4__.GetHostedConfigurationVersionCommand({
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

/***/ 4275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ pick),
/* harmony export */   resolveTarget: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5296);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8677);
/* harmony import */ var _target_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1535);




async function collect(pages) {
    const items = [];
    for await (const page of pages)
        items.push(...(page.Items ?? []));
    return items;
}
/**
 * One resource by ID or exact name, over every page. An ID match wins over a name match (IDs
 * are unique; names are not guaranteed to be), two name matches are ambiguous.
 */
function pick(items, wanted, what, input, scope = '', 
/** Given for a regional search: a miss may mean the wrong region, so the message says so. */
region) {
    const byId = items.find((item) => item.Id === wanted);
    if (byId !== undefined)
        return byId;
    const byName = items.filter((item) => item.Name === wanted);
    const [only] = byName;
    if (byName.length === 1 && only !== undefined)
        return only;
    if (byName.length > 1) {
        throw new _target_error_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I(`The ${what} '${wanted}'${scope} is ambiguous: ${byName.length} have this name (IDs ${byName.map((i) => i.Id).join(', ')}). Use the ID in the input '${input}'.`, input);
    }
    const existing = items.map((i) => `${i.Name ?? '?'} (${i.Id ?? '?'})`);
    const shown = existing.length === 0
        ? 'there are none'
        : `existing: ${existing.slice(0, 20).join(', ')}${existing.length > 20 ? `, … ${existing.length} in all` : ''}`;
    const caseHint = items.find((i) => i.Name?.toLowerCase() === wanted.toLowerCase());
    const regionHint = region === undefined || caseHint
        ? ''
        : ` AppConfig resources are regional: this run looked in ${region}; if '${wanted}' is in another region, set the input 'region' (or AWS_REGION) to that region.`;
    throw new _target_error_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I(`No ${what} '${wanted}'${scope}: no ID or name matches exactly (${shown}).${caseHint ? ` Did you mean '${caseHint.Name}'? Names are case-sensitive.` : ''}${regionHint}`, input, caseHint ? undefined : region);
}
/** Resolves application, environment, profile and strategy (names or IDs) to a target. */
async function resolveTarget(clients, names) {
    const client = clients.appconfig;
    const [applications, strategies] = await Promise.all([
        (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)('Resolving the application', 'appconfig:ListApplications', () => collect((0,_aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_3__.paginateListApplications)({ client, pageSize: 50 }, {}))),
        (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)('Resolving the deployment strategy', 'appconfig:ListDeploymentStrategies', () => collect((0,_aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_3__.paginateListDeploymentStrategies)({ client, pageSize: 50 }, {})))
    ]);
    const application = pick(applications, names.application, 'AppConfig application', 'application', ` in ${clients.region}`, clients.region);
    const strategy = pick(strategies, names.deploymentStrategy, 'deployment strategy', 'deployment-strategy', ` in ${clients.region}`);
    const ApplicationId = application.Id;
    const scope = ` in application ${application.Name ?? ''} (${ApplicationId})`;
    const [environments, profiles] = await Promise.all([
        (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)('Resolving the environment', 'appconfig:ListEnvironments', () => collect((0,_aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_3__.paginateListEnvironments)({ client, pageSize: 50 }, { ApplicationId }))),
        (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)('Resolving the configuration profile', 'appconfig:ListConfigurationProfiles', () => collect((0,_aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_3__.paginateListConfigurationProfiles)({ client, pageSize: 50 }, { ApplicationId })))
    ]);
    const environment = pick(environments, names.environment, 'environment', 'environment', scope);
    const profile = pick(profiles, names.configurationProfile, 'configuration profile', 'configuration-profile', scope);
    if (profile.Type !== 'AWS.AppConfig.FeatureFlags') {
        throw new _target_error_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I(`The configuration profile ${profile.Name ?? ''} (${profile.Id ?? ''}) has type ${profile.Type ?? 'AWS.Freeform'}; this action deploys feature flags, which need a profile of type AWS.AppConfig.FeatureFlags.`, 'configuration-profile');
    }
    if (profile.LocationUri !== 'hosted') {
        throw new _target_error_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I(`The configuration profile ${profile.Name ?? ''} (${profile.Id ?? ''}) is stored at ${profile.LocationUri ?? '(unknown)'}; this action writes hosted configuration versions, so the profile's location must be "hosted".`, 'configuration-profile');
    }
    return {
        region: clients.region,
        application: { id: ApplicationId, name: application.Name ?? ApplicationId },
        environment: {
            id: environment.Id,
            name: environment.Name ?? environment.Id
        },
        profile: { id: profile.Id, name: profile.Name ?? profile.Id },
        strategy: toStrategy(strategy),
        monitors: (environment.Monitors ?? [])
            .map((m) => m.AlarmArn)
            .filter((arn) => Boolean(arn)),
        environmentState: environment.State
    };
}
function toStrategy(strategy) {
    return {
        id: strategy.Id,
        name: strategy.Name ?? strategy.Id,
        growthType: strategy.GrowthType === 'EXPONENTIAL' ? 'EXPONENTIAL' : 'LINEAR',
        growthFactor: (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredField */ .Q)(strategy.GrowthFactor, 'GrowthFactor', 'appconfig:ListDeploymentStrategies'),
        durationMinutes: (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredField */ .Q)(strategy.DeploymentDurationInMinutes, 'DeploymentDurationInMinutes', 'appconfig:ListDeploymentStrategies'),
        // A strategy without bake time omits the field: 0 is AppConfig's meaning, not a guess.
        finalBakeMinutes: strategy.FinalBakeTimeInMinutes ?? 0
    };
}


/***/ }),

/***/ 1535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ TargetError)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1633);

/**
 * A target input names a resource that does not exist, is ambiguous or is the wrong kind.
 * Kept apart from resolve-target.ts so main.ts can recognise it without loading the AWS SDK.
 */
class TargetError extends _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    input;
    region;
    constructor(message, input, 
    /** The region searched, when the resource was not found there (a wrong region looks so). */
    region) {
        super(message);
        this.input = input;
        this.region = region;
        this.name = 'TargetError';
    }
    toFailure() {
        return {
            kind: 'input',
            message: this.message,
            input: this.input,
            ...(this.region === undefined ? {} : { region: this.region })
        };
    }
}


/***/ }),

/***/ 9860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  withReleaseChecks: () => (/* binding */ withReleaseChecks)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-appconfig/dist-cjs/index.js
var dist_cjs = __webpack_require__(5296);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/aws/required-field.ts
var required_field = __webpack_require__(8677);
// EXTERNAL MODULE: ./src/appconfig/deployment-states.ts
var deployment_states = __webpack_require__(6317);
// EXTERNAL MODULE: ./src/appconfig/read-deployments.ts
var read_deployments = __webpack_require__(1864);
// EXTERNAL MODULE: ./src/appconfig/resolve-target.ts
var resolve_target = __webpack_require__(4275);
// EXTERNAL MODULE: ./src/appconfig/target-error.ts
var target_error = __webpack_require__(1535);
// EXTERNAL MODULE: ./src/appconfig/list-deployments.ts
var list_deployments = __webpack_require__(8916);
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
            reader = new read_deployments.VersionReader(client, ApplicationId, profileId);
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
/** Pages through the environment's deployments, newest first, until the live one of the profile. */
async function readLive(clients, applicationId, environment, profileId, reader) {
    let live;
    let newer;
    await (0,aws_error.awsStep)(`Reading the deployments of ${environment.name}`, 'appconfig:ListDeployments', async () => {
        for await (const item of (0,list_deployments/* listDeployments */.J)(clients.appconfig, {
            applicationId,
            environmentId: environment.id
        })) {
            if (item.ConfigurationProfileId !== profileId)
                continue;
            if (item.State === 'COMPLETE' && item.ConfigurationVersion) {
                live = item;
                return;
            }
            newer ??= item;
        }
    });
    const versionOf = (item) => {
        const n = Number(item.ConfigurationVersion);
        return Number.isInteger(n) ? n : undefined;
    };
    const numberOf = (item) => (0,required_field/* requiredField */.Q)(item.DeploymentNumber, 'DeploymentNumber', 'appconfig:ListDeployments');
    const readNewer = async () => {
        if (newer === undefined)
            return undefined;
        const version = versionOf(newer);
        // Only a deployment that did not stick, or is still going, says something about the content.
        const relevant = newer.State === 'ROLLED_BACK' ||
            newer.State === 'REVERTED' ||
            (0,deployment_states/* isInProgress */.LT)(newer.State);
        return {
            deploymentNumber: numberOf(newer),
            state: newer.State ?? '',
            version,
            content: relevant && version !== undefined
                ? (await reader.read(version)).content
                : undefined
        };
    };
    const readLiveVersion = async () => {
        if (live === undefined)
            return undefined;
        const version = versionOf(live);
        if (version === undefined)
            return undefined;
        const stored = await reader.read(version);
        return {
            deploymentNumber: numberOf(live),
            version,
            label: live.VersionLabel ?? stored.label,
            content: stored.content,
            completedAt: live.CompletedAt?.toISOString()
        };
    };
    const [liveVersion, newerVersion] = await Promise.all([
        readLiveVersion(),
        readNewer()
    ]);
    return { live: liveVersion, newer: newerVersion };
}

// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
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

// EXTERNAL MODULE: ./src/bundle/same-content.ts
var same_content = __webpack_require__(2976);
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
        return `${change.key} (${first.what}: ${(0,cap_text/* capText */.y)(first.before ?? 'not set', VALUE_CHARS)} → ${(0,cap_text/* capText */.y)(first.after ?? 'not set', VALUE_CHARS)}${more})`;
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

// EXTERNAL MODULE: ./src/bundle/json-object.ts
var json_object = __webpack_require__(7534);
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
        ...environments.map((e) => flagsOf(e.live?.content)),
        flagsOf(content)
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
                            : { what, value: (0,cap_text/* capText */.y)(value, make_overview_VALUE_CHARS) };
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
function flagsOf(bundle) {
    if (bundle === undefined)
        return new Map();
    const stripped = (0,same_content/* stripMetadata */.qc)(bundle);
    const definitions = (0,json_object/* objectAt */.lJ)(stripped, 'flags');
    const values = (0,json_object/* objectAt */.lJ)(stripped, 'values');
    const flags = new Map();
    for (const key of [...Object.keys(definitions), ...Object.keys(values)]) {
        if (flags.has(key))
            continue;
        const parts = new Map();
        const value = (0,json_object/* objectAt */.lJ)(values, key);
        const definition = (0,json_object/* objectAt */.lJ)(definitions, key);
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
function canonical(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (!(0,json_object/* isObject */.Gv)(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((0,json_object/* own */.ZV)(value, key))]));
}
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


/***/ })

};
