export const id = 291;
export const ids = [291];
export const modules = {

/***/ 9291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRollout: () => (/* binding */ runRollout)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-appconfig/dist-cjs/index.js
var dist_cjs = __webpack_require__(5296);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./src/appconfig/aws-error.ts
var aws_error = __webpack_require__(11);
// EXTERNAL MODULE: ./src/alarms/parse-alarm-arn.ts
var parse_alarm_arn = __webpack_require__(87);
;// CONCATENATED MODULE: ./src/alarms/read-alarms.ts




/** AppConfig rolls back on these states unless the alarm's actions are disabled (§2.8). */
function isFiring(alarm) {
    return ((alarm.state === 'ALARM' || alarm.state === 'INSUFFICIENT_DATA') &&
        alarm.actionsEnabled !== false);
}
/**
 * The monitored alarms' states: one DescribeAlarms per region (normally one call), asking for
 * both metric and composite alarms (without AlarmTypes CloudWatch returns metric alarms only).
 * An alarm CloudWatch does not return is UNKNOWN, never OK.
 */
async function readAlarms(clients, arns, signal) {
    const refs = arns.map((arn) => ({ arn, ref: (0,parse_alarm_arn/* parseAlarmArn */.S)(arn) }));
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
            const page = await (0,aws_error/* awsStep */.ak)('Reading the CloudWatch alarms', 'cloudwatch:DescribeAlarms', () => client.send(new client_cloudwatch_dist_cjs.DescribeAlarmsCommand({
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

// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/appconfig/clients.ts

const USER_AGENT = 'appconfig-guarded-rollout';
/** The region: the input, else AWS_REGION / AWS_DEFAULT_REGION (configure-aws-credentials sets both). */
function resolveRegion(input, env) {
    const region = input ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
    if (!region) {
        throw new settings/* InputError */.d('region', "No AWS region: set the input 'region', or AWS_REGION (aws-actions/configure-aws-credentials sets it from its aws-region input).");
    }
    return region;
}
/**
 * Creates the clients. The SDK is imported here, on demand, so validate mode never loads it.
 * Transport retries (throttling, 5xx, dropped connections) belong to the SDK: standard mode,
 * bounded attempts, jittered backoff. AWS_ENDPOINT_URL(_APPCONFIG/_CLOUDWATCH) are honoured.
 */
async function createClients(region) {
    const [{ AppConfigClient }, { CloudWatchClient }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5296, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19))
    ]);
    const common = {
        retryMode: 'standard',
        maxAttempts: 5,
        customUserAgent: USER_AGENT
    };
    const cloudwatch = new Map();
    return {
        region,
        appconfig: new AppConfigClient({ region, ...common }),
        cloudwatch(alarmRegion) {
            let client = cloudwatch.get(alarmRegion);
            if (client === undefined) {
                client = new CloudWatchClient({ region: alarmRegion, ...common });
                cloudwatch.set(alarmRegion, client);
            }
            return client;
        }
    };
}

// EXTERNAL MODULE: ./src/appconfig/deployment-states.ts
var deployment_states = __webpack_require__(6317);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/github.ts
var github = __webpack_require__(9248);
;// CONCATENATED MODULE: ./src/appconfig/provenance.ts


/** Keeps printable ASCII only: AppConfig sends descriptions and labels in HTTP headers. */
function ascii(text) {
    return text.replace(/[^\x20-\x7e]/g, '?');
}
/**
 * The hosted version label when the input is empty: the commit and a hash of the content, so
 * two bundles deployed from one commit (one per environment, say) never claim the same label,
 * while the same content keeps the same label. It always holds a letter, as AppConfig requires
 * (`.*[^0-9].*`), and is at most 64 characters.
 */
function defaultVersionLabel(context, content) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex').slice(0, 8);
    const commit = context.sha === undefined ? 'local' : `git-${context.sha.slice(0, 12)}`;
    return ascii(`${commit}-${hash}`).slice(0, 64);
}
/** The description of the version and the deployment when the input is empty. */
function defaultDescription(context) {
    const parts = ['Deployed by AppConfig Guarded Rollout'];
    if (context.repository) {
        parts.push(`from ${context.repository}${context.sha ? `@${context.sha.slice(0, 12)}` : ''}`);
    }
    if (context.actor)
        parts.push(`by ${context.actor}`);
    const url = (0,github/* runUrl */.Vp)(context);
    if (url)
        parts.push(`(${url})`);
    return ascii(parts.join(' ')).slice(0, 1024);
}

;// CONCATENATED MODULE: ./src/appconfig/read-deployments.ts



/**
 * Reads the environment's deployments, newest first, until it knows both whether one is in
 * progress and which version of this profile is live. Rolled-back and reverted deployments are
 * not live; errors are never swallowed (a missed page would make an old version look current:
 * koh-sh/apcdeploy#103).
 */
async function readDeployments(client, scope, versions) {
    let active;
    let live;
    await (0,aws_error/* awsStep */.ak)("Reading the environment's deployments", 'appconfig:ListDeployments', async () => {
        const pages = (0,dist_cjs.paginateListDeployments)({ client, pageSize: 50 }, {
            ApplicationId: scope.applicationId,
            EnvironmentId: scope.environmentId
        });
        for await (const page of pages) {
            for (const item of page.Items ?? []) {
                if (active === undefined && (0,deployment_states/* isInProgress */.LT)(item.State)) {
                    active = {
                        deploymentNumber: item.DeploymentNumber ?? 0,
                        state: item.State ?? '',
                        profileId: item.ConfigurationProfileId,
                        percentage: item.PercentageComplete
                    };
                }
                if (item.ConfigurationProfileId === scope.profileId &&
                    item.State === 'COMPLETE' &&
                    item.ConfigurationVersion) {
                    live = {
                        deploymentNumber: item.DeploymentNumber ?? 0,
                        version: item.ConfigurationVersion,
                        label: item.VersionLabel
                    };
                    return;
                }
            }
        }
    });
    if (live === undefined)
        return { active, deployed: undefined };
    const version = Number(live.version);
    if (!Number.isInteger(version)) {
        throw new Error(`Deployment ${live.deploymentNumber} names configuration version '${live.version}', which is not a hosted version number.`);
    }
    const stored = await versions.read(version);
    return {
        active,
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
    cache = new Map();
    constructor(client, applicationId, profileId) {
        this.client = client;
        this.applicationId = applicationId;
        this.profileId = profileId;
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
        const output = await (0,aws_error/* awsStep */.ak)(`Reading hosted configuration version ${number}`, 'appconfig:GetHostedConfigurationVersion', () => this.client.send(new dist_cjs.GetHostedConfigurationVersionCommand({
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
            throw new Error(`Hosted configuration version ${number} is not JSON, so it cannot be compared with the bundle; is this really a feature-flag profile?`);
        }
        return { number, label: output.VersionLabel, content };
    }
}

// EXTERNAL MODULE: ./src/appconfig/target-error.ts
var target_error = __webpack_require__(1535);
;// CONCATENATED MODULE: ./src/appconfig/resolve-target.ts



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
function pick(items, wanted, what, input, scope = '') {
    const byId = items.find((item) => item.Id === wanted);
    if (byId !== undefined)
        return byId;
    const byName = items.filter((item) => item.Name === wanted);
    if (byName.length === 1)
        return byName[0];
    if (byName.length > 1) {
        throw new target_error/* TargetError */.I(`The ${what} '${wanted}'${scope} is ambiguous: ${byName.length} have this name (IDs ${byName.map((i) => i.Id).join(', ')}). Use the ID in the input '${input}'.`, input);
    }
    const existing = items.map((i) => `${i.Name ?? '?'} (${i.Id ?? '?'})`);
    const shown = existing.length === 0
        ? 'there are none'
        : `existing: ${existing.slice(0, 20).join(', ')}${existing.length > 20 ? `, … ${existing.length} in all` : ''}`;
    const caseHint = items.find((i) => i.Name?.toLowerCase() === wanted.toLowerCase());
    throw new target_error/* TargetError */.I(`No ${what} '${wanted}'${scope}: no ID or name matches exactly (${shown}).${caseHint ? ` Did you mean '${caseHint.Name}'? Names are case-sensitive.` : ''}`, input);
}
/** Resolves application, environment, profile and strategy (names or IDs) to a target. */
async function resolveTarget(clients, names) {
    const client = clients.appconfig;
    const [applications, strategies] = await Promise.all([
        (0,aws_error/* awsStep */.ak)('Resolving the application', 'appconfig:ListApplications', () => collect((0,dist_cjs.paginateListApplications)({ client, pageSize: 50 }, {}))),
        (0,aws_error/* awsStep */.ak)('Resolving the deployment strategy', 'appconfig:ListDeploymentStrategies', () => collect((0,dist_cjs.paginateListDeploymentStrategies)({ client, pageSize: 50 }, {})))
    ]);
    const application = pick(applications, names.application, 'AppConfig application', 'application', ` in ${clients.region}`);
    const strategy = pick(strategies, names.deploymentStrategy, 'deployment strategy', 'deployment-strategy', ` in ${clients.region}`);
    const ApplicationId = application.Id;
    const scope = ` in application ${application.Name ?? ''} (${ApplicationId})`;
    const [environments, profiles] = await Promise.all([
        (0,aws_error/* awsStep */.ak)('Resolving the environment', 'appconfig:ListEnvironments', () => collect((0,dist_cjs.paginateListEnvironments)({ client, pageSize: 50 }, { ApplicationId }))),
        (0,aws_error/* awsStep */.ak)('Resolving the configuration profile', 'appconfig:ListConfigurationProfiles', () => collect((0,dist_cjs.paginateListConfigurationProfiles)({ client, pageSize: 50 }, { ApplicationId })))
    ]);
    const environment = pick(environments, names.environment, 'environment', 'environment', scope);
    const profile = pick(profiles, names.configurationProfile, 'configuration profile', 'configuration-profile', scope);
    if (profile.Type !== 'AWS.AppConfig.FeatureFlags') {
        throw new target_error/* TargetError */.I(`The configuration profile ${profile.Name ?? ''} (${profile.Id ?? ''}) has type ${profile.Type ?? 'AWS.Freeform'}; this action deploys feature flags, which need a profile of type AWS.AppConfig.FeatureFlags.`, 'configuration-profile');
    }
    if (profile.LocationUri !== 'hosted') {
        throw new target_error/* TargetError */.I(`The configuration profile ${profile.Name ?? ''} (${profile.Id ?? ''}) is stored at ${profile.LocationUri ?? '(unknown)'}; this action writes hosted configuration versions, so the profile's location must be "hosted".`, 'configuration-profile');
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
        growthFactor: strategy.GrowthFactor ?? 100,
        durationMinutes: strategy.DeploymentDurationInMinutes ?? 0,
        finalBakeMinutes: strategy.FinalBakeTimeInMinutes ?? 0
    };
}

;// CONCATENATED MODULE: ./src/appconfig/start-deployment.ts


/** Starts the deployment; a ConflictException (another deployment) reaches the caller as is. */
async function startDeployment(client, request) {
    return client.send(new dist_cjs.StartDeploymentCommand({
        ApplicationId: request.applicationId,
        EnvironmentId: request.environmentId,
        ConfigurationProfileId: request.profileId,
        DeploymentStrategyId: request.strategyId,
        ConfigurationVersion: String(request.version),
        Description: request.description,
        Tags: Object.keys(request.tags).length ? { ...request.tags } : undefined,
        KmsKeyIdentifier: request.kmsKeyIdentifier
    }));
}
/** Stops a deployment in progress; AppConfig rolls it back (§2.7). */
async function stopDeployment(client, scope, deploymentNumber) {
    return (0,aws_error/* awsStep */.ak)(`Stopping deployment ${deploymentNumber}`, 'appconfig:StopDeployment', () => client.send(new dist_cjs.StopDeploymentCommand({
        ApplicationId: scope.applicationId,
        EnvironmentId: scope.environmentId,
        DeploymentNumber: deploymentNumber
    })));
}

;// CONCATENATED MODULE: ./src/appconfig/watch-deployment.ts



/** After this many failed ticks in a row (each after the SDK's own retries), the watch fails. */
const MAX_FAILED_TICKS = 5;
/** The poll interval near an expected change and while trouble is visible (capped by pollMs). */
const FAST_POLL_MS = 1000;
/** A predicted change is polled for this long after it is due. */
const PREDICTION_MARGIN_MS = 250;
/** How long after a predicted change that has not shown the watch keeps polling fast. */
const PREDICTION_GRACE_MS = 15_000;
/**
 * How long the watch polls fast once trouble shows (ROLLING_BACK, a monitored alarm firing): a
 * rollback ends within it, and an alarm AppConfig does not act on (it cannot read it, say) does
 * not keep the watch at FAST_POLL_MS for the rest of the rollout.
 */
const TROUBLE_FAST_MS = 60_000;
/**
 * When the deployment should next reach a state the watch waits for, on its own (epoch ms):
 * the end of the bake while BAKING; before that, StartedAt plus the strategy's duration (and bake,
 * unless waiting for BAKING): a lower bound, as VALIDATING takes a while. Undefined when unknown.
 */
function expectedChangeAt(deployment, waitUntil) {
    const minutes = (m) => (m ?? 0) * 60_000;
    const bake = minutes(deployment.FinalBakeTimeInMinutes);
    if (deployment.State === 'BAKING') {
        const bakeStarted = deployment.EventLog?.find((e) => e.EventType === 'BAKE_TIME_STARTED')?.OccurredAt;
        return bakeStarted && bakeStarted.getTime() + bake;
    }
    if (deployment.State === 'VALIDATING' || deployment.State === 'DEPLOYING') {
        const started = deployment.StartedAt?.getTime();
        if (started === undefined)
            return undefined;
        return (started +
            minutes(deployment.DeploymentDurationInMinutes) +
            (waitUntil === 'baking' ? 0 : bake));
    }
    return undefined;
}
/**
 * The sleep before the next tick: the poll interval, shortened so a tick lands just after the
 * deployment is expected to end (and polls each FAST_POLL_MS for a while if it has not yet), and
 * FAST_POLL_MS for a while after trouble shows (`troubleSince`: ROLLING_BACK or a monitored alarm
 * firing, AppConfig is about to roll back): the end is noticed at once without polling fast the
 * rest of the time.
 */
function nextSleepMs(pollMs, now, deployment, troubleSince, waitUntil) {
    const fast = Math.min(pollMs, FAST_POLL_MS);
    if (deployment === undefined)
        return pollMs;
    if (troubleSince !== undefined && now - troubleSince < TROUBLE_FAST_MS)
        return fast;
    const expected = expectedChangeAt(deployment, waitUntil);
    if (expected === undefined)
        return pollMs;
    const due = expected + PREDICTION_MARGIN_MS - now;
    if (due > 0)
        return Math.min(pollMs, Math.max(due, 100));
    return -due < PREDICTION_GRACE_MS ? fast : pollMs;
}
/**
 * Watches a deployment until it ends or reaches what `waitUntil` asks for: one GetDeployment
 * and one batched DescribeAlarms per tick, one log line per change of state, percentage or alarm
 * state. Ends only on COMPLETE, ROLLED_BACK or REVERTED (VALIDATING, BAKING and ROLLING_BACK are
 * not terminal), on the deadline, or when `signal` aborts. A tick that fails transiently does
 * not end the watch.
 */
async function watchDeployment(deps, options) {
    const started = deps.now();
    const elapsed = () => `${((deps.now() - started) / 1000).toFixed(1)}s`;
    let deployment;
    let alarms = options.initialAlarms ?? [];
    const triggered = new Set();
    let lastLine = '';
    let failedTicks = 0;
    let ticks = 0;
    let troubleSince;
    const result = (outcome) => ({
        outcome,
        deployment,
        alarms,
        triggeredAlarms: [...triggered],
        ticks
    });
    for (;;) {
        if (deps.signal.aborted)
            return result('cancelled');
        ticks++;
        try {
            const [current, latestAlarms] = await Promise.all([
                deps.getDeployment(deps.signal),
                deps.readAlarms?.(deps.signal)
            ]);
            failedTicks = 0;
            deployment = current;
            if (latestAlarms !== undefined) {
                logAlarmChanges(alarms, latestAlarms, deps.log, elapsed);
                alarms = latestAlarms;
            }
            const line = describe(options.deploymentNumber, current);
            if (line !== lastLine) {
                deps.log(`[${elapsed()}] ${line}`);
                lastLine = line;
            }
        }
        catch (error) {
            if (deps.signal.aborted)
                return result('cancelled');
            failedTicks++;
            if (!(0,aws_error/* isTransient */.dg)(error) || failedTicks >= MAX_FAILED_TICKS)
                throw error;
            deps.warn(`[${elapsed()}] Reading deployment ${options.deploymentNumber} failed (${error instanceof Error ? error.message : String(error)}); trying again at the next poll (${failedTicks}/${MAX_FAILED_TICKS}).`);
        }
        for (const alarm of alarms)
            if (isFiring(alarm))
                triggered.add(alarm.arn);
        for (const event of deployment?.EventLog ?? []) {
            if (event.EventType === 'ROLLBACK_STARTED' &&
                event.TriggeredBy === 'CLOUDWATCH_ALARM') {
                for (const arn of event.Description?.match(/arn:[\w-]+:cloudwatch:[^\s,;"')]+/g) ?? [])
                    triggered.add(arn.replace(/\.$/, ''));
            }
        }
        const state = deployment?.State;
        if (state === 'COMPLETE')
            return result('complete');
        if (state === 'ROLLED_BACK')
            return result('rolled-back');
        if (state === 'REVERTED')
            return result('reverted');
        if (deployment !== undefined && !(0,deployment_states/* isTerminal */.Hd)(state)) {
            if (options.waitUntil === 'started')
                return result('started');
            if (options.waitUntil === 'baking' && state === 'BAKING')
                return result('baking');
        }
        const remaining = options.deadline - deps.now();
        if (remaining <= 0)
            return result('timed-out');
        const trouble = deployment?.State === 'ROLLING_BACK' || alarms.some(isFiring);
        troubleSince = trouble ? (troubleSince ?? deps.now()) : undefined;
        const sleepMs = nextSleepMs(options.pollMs, deps.now(), deployment, troubleSince, options.waitUntil);
        try {
            await deps.sleep(Math.min(sleepMs, remaining), deps.signal);
        }
        catch {
            // the sleep only rejects when cancelled
        }
    }
}
function describe(number, deployment) {
    const percentage = deployment.PercentageComplete;
    const shown = percentage === undefined ? '' : ` ${Number(percentage.toFixed(2))}%`;
    return `Deployment ${number}: ${deployment.State ?? 'unknown state'}${shown}`;
}
function logAlarmChanges(before, after, log, elapsed) {
    const previous = new Map(before.map((a) => [a.arn, a.state]));
    for (const alarm of after) {
        const was = previous.get(alarm.arn);
        if (was === alarm.state)
            continue;
        const reason = alarm.reason ? ` (${alarm.reason})` : '';
        log(`[${elapsed()}] Alarm ${alarm.name}: ${was ?? 'watching'} → ${alarm.state}${reason}`);
    }
}

;// CONCATENATED MODULE: ./src/plan/cap-text.ts
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

;// CONCATENATED MODULE: ./src/plan/json-object.ts
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

;// CONCATENATED MODULE: ./src/plan/diff-bundles.ts


/**
 * Keys AppConfig adds to flags and values when it stores a version (appconfig-spec.md §1.1).
 * Stripping them at any depth is safe: every customer-chosen key must match
 * `^[a-z][a-zA-Z\d_-]{0,63}$`, so none can start with `_`.
 */
const METADATA_KEYS = new Set(['_createdAt', '_updatedAt']);
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
/** A deep copy of a bundle without AppConfig's `_createdAt`/`_updatedAt` keys or a top-level `$schema`. */
function stripMetadata(bundle) {
    if (!isObject(bundle))
        return copyWithoutMetadata(bundle);
    // `$schema` only helps editors; the reader accepts it at the top and AppConfig never sees it.
    return copyObject(bundle, (key) => key !== '$schema' && !METADATA_KEYS.has(key));
}
/** Whether two bundles have the same content: metadata and object key order ignored, array order kept. */
function isSameContent(a, b) {
    return isEqualJson(stripMetadata(a), stripMetadata(b));
}
/** Flag-level diff of the deployed content (undefined: nothing deployed yet) against the bundle. */
function diffBundles(deployed, bundle) {
    const strippedDeployed = stripMetadata(deployed);
    const strippedBundle = stripMetadata(bundle);
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
        else if (isEqualJson(old, next)) {
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
    const changed = !isEqualJson(strippedDeployed, strippedBundle);
    return { changes, unchangedCount, changed };
}
/** The flags of one side; non-objects anywhere (malformed content from AWS) count as empty. */
function flagsOf(bundle) {
    const definitions = objectAt(bundle, 'flags');
    const values = objectAt(bundle, 'values');
    const flags = new Map();
    for (const key of [...Object.keys(definitions), ...Object.keys(values)]) {
        if (flags.has(key))
            continue;
        flags.set(key, {
            definition: objectAt(definitions, key),
            value: objectAt(values, key)
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
    pushIfDifferent(details, 'enabled', own(b, 'enabled'), own(a, 'enabled'));
    const attributeKeys = unionOfKeys(b, a).filter((k) => !VALUE_FIELDS.has(k));
    for (const name of attributeKeys) {
        pushIfDifferent(details, `attribute ${name}`, own(b, name), own(a, name));
    }
    details.push(...describeVariants(own(b, '_variants'), own(a, '_variants')));
    const definitionDetails = [];
    const bd = before.definition;
    const ad = after.definition;
    for (const field of DEFINITION_FIELDS) {
        pushIfDifferent(definitionDetails, field, own(bd, field), own(ad, field));
    }
    const bAttributes = objectAt(bd, 'attributes');
    const aAttributes = objectAt(ad, 'attributes');
    for (const name of unionOfKeys(bAttributes, aAttributes)) {
        pushIfDifferent(definitionDetails, `attribute ${name} definition`, own(bAttributes, name), own(aAttributes, name));
    }
    const known = new Set([...DEFINITION_FIELDS, 'attributes']);
    for (const field of unionOfKeys(bd, ad).filter((k) => !known.has(k))) {
        pushIfDifferent(definitionDetails, `definition ${field}`, own(bd, field), own(ad, field));
    }
    // E.g. `attributes` was not an object on one side: say what differs rather than nothing.
    if (definitionDetails.length === 0 && !isEqualJson(bd, ad)) {
        definitionDetails.push(detail('definition', bd, ad));
    }
    return [...details, ...definitionDetails];
}
/** A basic flag's state flip; undefined for multi-variant flags, whose state is per variant. */
function toggleOf(before, after) {
    if (Array.isArray(own(before, '_variants')) ||
        Array.isArray(own(after, '_variants'))) {
        return undefined;
    }
    // Only a definite flip counts: AppConfig does not document what a missing `enabled` means.
    const was = own(before, 'enabled');
    const is = own(after, 'enabled');
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
    if (isEqualJson(before, after))
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
    if (isEqualJson(before, after))
        return [];
    const details = [];
    pushIfDifferent(details, `${label} enabled`, own(before, 'enabled'), own(after, 'enabled'));
    pushIfDifferent(details, `${label} rule`, own(before, 'rule'), own(after, 'rule'));
    const bValues = objectAt(before, 'attributeValues');
    const aValues = objectAt(after, 'attributeValues');
    for (const name of unionOfKeys(bValues, aValues)) {
        pushIfDifferent(details, `${label} attribute ${name}`, own(bValues, name), own(aValues, name));
    }
    for (const field of unionOfKeys(before, after)) {
        if (VARIANT_FIELDS.has(field))
            continue;
        pushIfDifferent(details, `${label} ${field}`, own(before, field), own(after, field));
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
        const variant = isObject(raw) ? raw : {};
        const position = `#${index + 1}`;
        const name = own(variant, 'name');
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
    if (!isEqualJson(before, after))
        details.push(detail(what, before, after));
}
/** A detail with compact, key-sorted JSON text; an absent side is left out. */
function detail(what, before, after) {
    return {
        what,
        ...(before === undefined ? {} : { before: capText(toJsonText(before)) }),
        ...(after === undefined ? {} : { after: capText(toJsonText(after)) })
    };
}
/** Compact JSON with object keys sorted, so equal values always read the same. */
function toJsonText(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (!isObject(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(own(value, key))]));
}
function copyWithoutMetadata(value) {
    if (Array.isArray(value))
        return value.map(copyWithoutMetadata);
    if (!isObject(value))
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
    if (!isObject(a) || !isObject(b))
        return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length)
        return false;
    return keys.every((key) => Object.hasOwn(b, key) && isEqualJson(a[key], b[key]));
}
/** Sorted union of two objects' keys (code-unit order, so the same in every locale). */
function unionOfKeys(a, b) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

;// CONCATENATED MODULE: ./src/appconfig/write-version.ts



/** The newest hosted version's number (versions are not listed in a documented order). */
async function latestVersion(client, request) {
    return (0,aws_error/* awsStep */.ak)('Listing hosted configuration versions', 'appconfig:ListHostedConfigurationVersions', async () => {
        let latest;
        const pages = (0,dist_cjs.paginateListHostedConfigurationVersions)({ client, pageSize: 50 }, {
            ApplicationId: request.applicationId,
            ConfigurationProfileId: request.profileId
        });
        for await (const page of pages) {
            for (const item of page.Items ?? []) {
                if (item.VersionNumber !== undefined &&
                    (latest === undefined || item.VersionNumber > latest)) {
                    latest = item.VersionNumber;
                }
            }
        }
        return latest;
    });
}
/**
 * Writes the bundle as a hosted version, or reuses the latest one when it already holds exactly
 * this content (AppConfig's `_createdAt`/`_updatedAt` aside). `Latest-Version-Number` makes the
 * write conditional, so a concurrent writer is never overwritten: on conflict the versions are
 * read again and the write is tried once more, then the run fails.
 */
async function writeVersion(client, versions, request) {
    const bundle = JSON.parse(request.content);
    for (let attempt = 1;; attempt++) {
        const latest = await latestVersion(client, request);
        if (latest !== undefined) {
            const stored = await versions.read(latest);
            if (isSameContent(stored.content, bundle)) {
                return { number: latest, label: stored.label, reused: true };
            }
        }
        try {
            const output = await client.send(new dist_cjs.CreateHostedConfigurationVersionCommand({
                ApplicationId: request.applicationId,
                ConfigurationProfileId: request.profileId,
                Content: new TextEncoder().encode(request.content),
                ContentType: 'application/json',
                Description: request.description,
                VersionLabel: request.label,
                LatestVersionNumber: latest
            }));
            return {
                number: output.VersionNumber ?? (latest ?? 0) + 1,
                label: output.VersionLabel ?? request.label,
                reused: false
            };
        }
        catch (error) {
            if ((0,aws_error/* isAwsError */.m_)(error, 'ConflictException') && attempt < 2)
                continue;
            const described = (0,aws_error/* describeAwsError */.Pp)(error, 'Creating the hosted configuration version', 'appconfig:CreateHostedConfigurationVersion');
            if ((0,aws_error/* isAwsError */.m_)(error, 'ConflictException')) {
                throw new aws_error/* AwsStepError */.Ac(`Creating the hosted configuration version failed twice with ConflictException (${described.message}). Either another writer created versions of this profile at the same moment, or the version label is already taken (choose another with the input version-label). Nothing was deployed.`, described.step, described.errorName);
            }
            if ((0,aws_error/* isAwsError */.m_)(error, 'BadRequestException')) {
                throw new aws_error/* AwsStepError */.Ac(`AppConfig refused the bundle although it passed local validation (${described.message}). Nothing was deployed. Please report this with the bundle, so the local checks can learn the rule.`, described.step, described.errorName);
            }
            throw described;
        }
    }
}

// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
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
    const definitions = objectAt(deployed, 'flags');
    const unannounced = removed.filter((key) => !isObject(own(objectAt(definitions, key), '_deprecation')));
    if (unannounced.length === 0) {
        return removal('pass', `Removes ${(0,format/* plural */.LS)(removed.length, 'flag')} announced with \`_deprecation\` in the deployed version: ${listOf(removed)}.`);
    }
    if (allowFlagRemoval) {
        return removal('warn', `Removes ${(0,format/* plural */.LS)(removed.length, 'flag')} (allowed by allow-flag-removal: true): ${listOf(removed)}.`);
    }
    return removal('refuse', `Refusing to remove ${(0,format/* plural */.LS)(unannounced.length, 'flag')} not marked \`_deprecation\` in the deployed version: ${listOf(unannounced)}. Mark them \`_deprecation\` in a release first, or set allow-flag-removal: true.`);
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
    // AppConfig rolls back on INSUFFICIENT_DATA as well as ALARM, and ignores alarms whose actions
    // are disabled (appconfig-spec.md §5 item 8).
    const firing = alarms.filter((a) => a.state === 'ALARM' || a.state === 'INSUFFICIENT_DATA');
    const blocking = firing.filter((a) => a.actionsEnabled !== false);
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
    if (alarms.length === 0) {
        return firingGuard('pass', 'No monitored alarms to check.');
    }
    return firingGuard('pass', alarms.length === 1
        ? `The monitored alarm ${alarmName(alarms[0])} is OK.`
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
    const why = reason ? `${alarm.state}: ${capText(reason)}` : alarm.state;
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

;// CONCATENATED MODULE: ./src/rollout.ts














/**
 * `plan` and `deploy`: Target → Plan (→ Rollout). A refused guard, a rollback, a timeout or a
 * cancel is a result in the report, not an exception. AWS errors after the target is resolved
 * become the report's failure here, so the target and the plan stay in the summary.
 */
async function runRollout(settings, validated, bundle, deps) {
    const base = { mode: settings.mode, bundle };
    const clients = await (deps.createClients ?? createClients)(resolveRegion(settings.region, deps.env));
    const target = await resolveTarget(clients, settings);
    const withTarget = { ...base, target };
    const versions = new VersionReader(clients.appconfig, target.application.id, target.profile.id);
    let planned;
    try {
        planned = await makePlan(clients, target, versions, settings, validated.value);
    }
    catch (error) {
        return { ...withTarget, result: 'failed', failure: awsFailure(error) };
    }
    for (const guard of planned.plan.guards)
        if (guard.outcome === 'warn')
            deps.warn(guard.message);
    const report = { ...withTarget, plan: planned.plan };
    const refused = guardFailure(planned.plan);
    if (refused !== undefined) {
        return { ...report, result: 'failed', failure: refused };
    }
    if (settings.mode === 'plan')
        return { ...report, result: 'planned' };
    try {
        return await deploy(clients, target, versions, settings, validated, planned, report, deps);
    }
    catch (error) {
        // Steps that fail before a deployment starts (waiting for another one, say) keep the plan.
        return { ...report, result: 'failed', failure: awsFailure(error) };
    }
}
/** Reads what is deployed and the alarms, diffs, and runs the guards. Writes nothing. */
async function makePlan(clients, target, versions, settings, bundle) {
    const scope = {
        applicationId: target.application.id,
        environmentId: target.environment.id,
        profileId: target.profile.id
    };
    const [deployments, alarms] = await Promise.all([
        readDeployments(clients.appconfig, scope, versions),
        target.monitors.length
            ? readAlarms(clients, target.monitors)
            : Promise.resolve([])
    ]);
    const diff = diffBundles(deployments.deployed?.content, bundle);
    const guards = [
        checkFlagRemoval(deployments.deployed?.content, diff.changes, settings.allowFlagRemoval),
        checkMonitors(target.monitors, settings.requireAlarms),
        soften(checkAlarms(alarms), settings.mode === 'plan'),
        inProgressGuard(deployments.active, settings, target)
    ];
    return {
        active: deployments.active,
        deployed: deployments.deployed,
        plan: {
            deployed: deployments.deployed && {
                version: deployments.deployed.version,
                label: deployments.deployed.label,
                deploymentNumber: deployments.deployed.deploymentNumber
            },
            changed: diff.changed,
            changes: diff.changes,
            unchangedCount: diff.unchangedCount,
            guards,
            alarms
        }
    };
}
/** A plan is read ahead of time: a firing alarm may clear before the deploy, so it only warns. */
function soften(guard, isPlan) {
    return isPlan && guard.outcome === 'refuse'
        ? { ...guard, outcome: 'warn' }
        : guard;
}
function inProgressGuard(active, settings, target) {
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
async function deploy(clients, target, versions, settings, validated, planned, report, deps) {
    const scope = {
        applicationId: target.application.id,
        environmentId: target.environment.id
    };
    const timeoutMinutes = settings.timeoutMinutes ??
        target.strategy.durationMinutes + target.strategy.finalBakeMinutes + 5;
    const deadline = deps.now() + timeoutMinutes * 60_000;
    const pollMs = settings.pollIntervalSeconds * 1000;
    let current = planned;
    let plan = report.plan;
    if (current.active !== undefined) {
        const waited = await waitForEnvironment(clients, scope, current.active.deploymentNumber, deadline, pollMs, deps);
        if (waited !== 'ended')
            return {
                ...report,
                result: waited,
                failure: waitFailure(waited, current.active, timeoutMinutes)
            };
        // The other deployment may have changed what is live, or tripped an alarm: plan again.
        try {
            current = await makePlan(clients, target, versions, settings, validated.value);
        }
        catch (error) {
            return { ...report, result: 'failed', failure: awsFailure(error) };
        }
        plan = current.plan;
        const refused = guardFailure(plan);
        if (refused !== undefined) {
            return { ...report, plan, result: 'failed', failure: refused };
        }
    }
    const planReport = { ...report, plan };
    if (!plan.changed) {
        deps.log(`The bundle matches what ${target.environment.name} runs (version ${current.deployed?.version ?? '?'}): nothing to deploy.`);
        return { ...planReport, result: 'unchanged' };
    }
    if (deps.signal.aborted)
        return {
            ...planReport,
            result: 'cancelled',
            failure: cancelledBeforeStart()
        };
    const description = settings.description ?? defaultDescription(deps.context);
    let version;
    try {
        version = await writeVersion(clients.appconfig, versions, {
            applicationId: target.application.id,
            profileId: target.profile.id,
            content: validated.content,
            label: settings.versionLabel ??
                defaultVersionLabel(deps.context, validated.content),
            description
        });
    }
    catch (error) {
        return { ...planReport, result: 'failed', failure: awsFailure(error) };
    }
    deps.log(version.reused
        ? `Reusing hosted version ${version.number} (${version.label ?? 'no label'}): it already holds this bundle.`
        : `Created hosted version ${version.number} (${version.label ?? 'no label'}).`);
    const rolloutBase = {
        version,
        events: [],
        alarms: plan.alarms,
        triggeredAlarms: []
    };
    let started;
    for (;;) {
        if (deps.signal.aborted)
            return {
                ...planReport,
                rollout: rolloutBase,
                result: 'cancelled',
                failure: cancelledBeforeStart()
            };
        try {
            started = await startDeployment(clients.appconfig, {
                ...scope,
                profileId: target.profile.id,
                strategyId: target.strategy.id,
                version: version.number,
                description,
                tags: settings.tags,
                kmsKeyIdentifier: settings.kmsKeyIdentifier
            });
            break;
        }
        catch (error) {
            if (!(0,aws_error/* isAwsError */.m_)(error, 'ConflictException')) {
                return {
                    ...planReport,
                    rollout: rolloutBase,
                    result: 'failed',
                    failure: awsFailure((0,aws_error/* describeAwsError */.Pp)(error, 'Starting the deployment', 'appconfig:StartDeployment'))
                };
            }
            // Another deployment started between the plan and now.
            const active = await findActive(clients, target, versions);
            if (settings.onInProgress === 'fail' || active === undefined) {
                return {
                    ...planReport,
                    rollout: rolloutBase,
                    result: 'failed',
                    failure: {
                        kind: 'guard',
                        message: `Another deployment is in progress in ${target.environment.name} (StartDeployment answered ConflictException${active ? `: deployment ${active.deploymentNumber}, ${active.state}` : ''}). ${settings.onInProgress === 'fail' ? 'on-in-progress is fail.' : 'Re-run when it has ended.'}`
                    }
                };
            }
            deps.warn(`Deployment ${active.deploymentNumber} started in ${target.environment.name} just before ours; waiting for it to end (on-in-progress: wait).`);
            const waited = await waitForEnvironment(clients, scope, active.deploymentNumber, deadline, pollMs, deps);
            if (waited !== 'ended')
                return {
                    ...planReport,
                    rollout: rolloutBase,
                    result: waited,
                    failure: waitFailure(waited, active, timeoutMinutes)
                };
        }
    }
    const deploymentNumber = started.DeploymentNumber ?? 0;
    deps.log(`Started deployment ${deploymentNumber} of version ${version.number} to ${target.environment.name} with ${target.strategy.name}.`);
    let watched;
    try {
        watched = await watchDeployment({
            getDeployment: (signal) => (0,aws_error/* awsStep */.ak)('Watching the deployment', 'appconfig:GetDeployment', () => clients.appconfig.send(new dist_cjs.GetDeploymentCommand({
                ApplicationId: scope.applicationId,
                EnvironmentId: scope.environmentId,
                DeploymentNumber: deploymentNumber
            }), { abortSignal: signal })),
            readAlarms: target.monitors.length
                ? (signal) => readAlarms(clients, target.monitors, signal)
                : undefined,
            sleep: deps.sleep,
            now: deps.now,
            log: deps.log,
            warn: deps.warn,
            signal: deps.signal
        }, {
            deploymentNumber,
            waitUntil: settings.waitUntil,
            deadline,
            pollMs,
            initialAlarms: plan.alarms
        });
    }
    catch (error) {
        // The watch itself failed (not the deployment): leave it running, say so.
        return {
            ...planReport,
            rollout: toRollout(rolloutBase, deploymentNumber, started, [], []),
            result: 'failed',
            failure: awsFailure(error, ` Deployment ${deploymentNumber} was left running; check it in the AppConfig console.`)
        };
    }
    let last = watched.deployment ?? started;
    let stopped = false;
    const outcome = watched.outcome;
    if ((outcome === 'timed-out' && settings.onTimeout === 'stop') ||
        (outcome === 'cancelled' && settings.onCancel === 'stop')) {
        try {
            last = await stopDeployment(clients.appconfig, scope, deploymentNumber);
            stopped = true;
            deps.log(`Stopped deployment ${deploymentNumber}: AppConfig rolls it back.`);
        }
        catch (error) {
            deps.warn(`Could not stop deployment ${deploymentNumber}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    const rollout = {
        ...toRollout(rolloutBase, deploymentNumber, last, watched.alarms, watched.triggeredAlarms),
        stopped
    };
    const withRollout = { ...planReport, rollout };
    switch (outcome) {
        case 'complete':
        case 'baking':
        case 'started':
            return { ...withRollout, result: outcome };
        case 'rolled-back':
            return {
                ...withRollout,
                result: 'rolled-back',
                failure: {
                    kind: 'rolled-back',
                    message: `AppConfig rolled back deployment ${deploymentNumber}: ${rollout.rollbackReason ?? 'no reason in the event log'}`
                }
            };
        case 'reverted':
            return {
                ...withRollout,
                result: 'reverted',
                failure: {
                    kind: 'reverted',
                    message: `Deployment ${deploymentNumber} was reverted: ${rollout.rollbackReason ?? 'no reason in the event log'}`
                }
            };
        case 'timed-out':
            return {
                ...withRollout,
                result: 'timed-out',
                failure: {
                    kind: 'timed-out',
                    message: `Deployment ${deploymentNumber} did not finish within ${minutesText(timeoutMinutes)} (last state ${last.State ?? 'unknown'}${last.PercentageComplete !== undefined ? `, ${Number(last.PercentageComplete.toFixed(2))}%` : ''}). ${stopped ? 'It was stopped and AppConfig rolls it back.' : settings.onTimeout === 'stop' ? 'Stopping it failed; it is still running.' : 'It was left running (on-timeout: leave).'}`
                }
            };
        case 'cancelled':
            return {
                ...withRollout,
                result: 'cancelled',
                failure: {
                    kind: 'cancelled',
                    message: `The workflow was cancelled during deployment ${deploymentNumber}. ${stopped ? 'The deployment was stopped and AppConfig rolls it back.' : settings.onCancel === 'stop' ? 'Stopping it failed; it is still running.' : 'It was left running (on-cancel: leave).'}`
                }
            };
    }
}
async function findActive(clients, target, versions) {
    const deployments = await readDeployments(clients.appconfig, {
        applicationId: target.application.id,
        environmentId: target.environment.id,
        profileId: target.profile.id
    }, versions);
    return deployments.active;
}
/** Polls another deployment until it ends (or the deadline, or a cancel). */
async function waitForEnvironment(clients, scope, deploymentNumber, deadline, pollMs, deps) {
    let lastState = '';
    let failedTicks = 0;
    for (;;) {
        if (deps.signal.aborted)
            return 'cancelled';
        let deployment;
        try {
            deployment = await (0,aws_error/* awsStep */.ak)('Waiting for the deployment in progress', 'appconfig:GetDeployment', () => clients.appconfig.send(new dist_cjs.GetDeploymentCommand({
                ApplicationId: scope.applicationId,
                EnvironmentId: scope.environmentId,
                DeploymentNumber: deploymentNumber
            }), { abortSignal: deps.signal }));
            failedTicks = 0;
        }
        catch (error) {
            if (deps.signal.aborted)
                return 'cancelled';
            // Like the watch: a poll that fails transiently is tried again at the next one.
            if (!(0,aws_error/* isTransient */.dg)(error) || ++failedTicks >= MAX_FAILED_TICKS)
                throw error;
            deps.warn(`${error instanceof Error ? error.message : String(error)} Trying again (${failedTicks}/${MAX_FAILED_TICKS}).`);
        }
        if (deployment !== undefined && !(0,deployment_states/* isInProgress */.LT)(deployment.State)) {
            deps.log(`Deployment ${deploymentNumber} ended: ${deployment.State ?? 'unknown'}.`);
            return 'ended';
        }
        if (deployment !== undefined && deployment.State !== lastState) {
            deps.log(`Waiting for deployment ${deploymentNumber}: ${deployment.State ?? ''}`);
            lastState = deployment.State ?? '';
        }
        const remaining = deadline - deps.now();
        if (remaining <= 0)
            return 'timed-out';
        try {
            await deps.sleep(Math.min(pollMs, remaining), deps.signal);
        }
        catch {
            // cancelled: checked at the top of the loop
        }
    }
}
function waitFailure(outcome, active, minutes) {
    return outcome === 'cancelled'
        ? {
            kind: 'cancelled',
            message: `The workflow was cancelled while waiting for deployment ${active.deploymentNumber}; nothing was deployed.`
        }
        : {
            kind: 'timed-out',
            message: `Deployment ${active.deploymentNumber} was still in progress after ${minutesText(minutes)}; nothing was deployed. Re-run later or raise timeout-minutes.`
        };
}
/** "1 minute", "2.5 minutes", "0.01 minutes". */
function minutesText(minutes) {
    return `${(0,format/* formatNumber */.ZV)(minutes, 2)} minute${minutes === 1 ? '' : 's'}`;
}
/** The failure a plan's refusing guards make, if any refuses. */
function guardFailure(plan) {
    const refused = plan.guards.filter((g) => g.outcome === 'refuse');
    if (refused.length === 0)
        return undefined;
    return { kind: 'guard', message: refused.map((g) => g.message).join(' ') };
}
function cancelledBeforeStart() {
    return {
        kind: 'cancelled',
        message: 'The workflow was cancelled before the deployment started; nothing was deployed.'
    };
}
/** The failure for an error from AWS (or any error inside the rollout). */
function awsFailure(error, suffix = '') {
    if (error instanceof aws_error/* AwsStepError */.Ac) {
        return {
            kind: 'aws',
            message: `${error.message}${suffix}`,
            step: error.step,
            errorName: error.errorName,
            iamAction: error.iamAction
        };
    }
    return {
        kind: 'aws',
        message: `${error instanceof Error ? error.message : String(error)}${suffix}`
    };
}
function toRollout(base, deploymentNumber, deployment, alarms, triggered) {
    const events = [...(deployment.EventLog ?? [])]
        .reverse()
        .map((e) => ({
        at: e.OccurredAt?.toISOString() ?? '',
        type: e.EventType ?? '',
        triggeredBy: e.TriggeredBy,
        description: e.Description
    }));
    const rollback = [...events]
        .reverse()
        .find((e) => e.type === 'ROLLBACK_STARTED' || e.type === 'REVERT_COMPLETED');
    const firing = alarms.filter(isFiring).map((a) => a.name);
    return {
        ...base,
        deploymentNumber,
        state: deployment.State,
        percentage: deployment.PercentageComplete,
        startedAt: deployment.StartedAt?.toISOString(),
        endedAt: deployment.CompletedAt?.toISOString(),
        events,
        alarms: alarms.length ? alarms : base.alarms,
        triggeredAlarms: triggered,
        rollbackReason: rollback
            ? `${rollback.description ?? rollback.type}${rollback.triggeredBy ? ` (triggered by ${rollback.triggeredBy}${rollback.triggeredBy === 'CLOUDWATCH_ALARM' && firing.length ? `: ${firing.join(', ')}` : ''})` : ''}`
            : undefined
    };
}


/***/ })

};

//# sourceMappingURL=291.index.js.map