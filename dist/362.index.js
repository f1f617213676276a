export const id = 362;
export const ids = [362];
export const modules = {

/***/ 390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yi: () => (/* binding */ isPipelineSource),
/* harmony export */   Z5: () => (/* binding */ SOURCE_TAG),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/**
 * How the action marks the deployments it starts, so a later run can tell them from a person's
 * change in the console: the deployment tag `appconfig-guarded-rollout:source` (a decision
 * shared with the drift and incident features).
 */
/** The tag key on every deployment the action starts. */
const SOURCE_TAG = 'appconfig-guarded-rollout:source';
const SOURCES = new Set([
    'bundle',
    'version',
    'set-flags',
    'revert'
]);
/** The source a tag map names, if it carries a known one. */
function sourceOf(tags) {
    const value = Object.hasOwn(tags, SOURCE_TAG) ? tags[SOURCE_TAG] : undefined;
    return value !== undefined && SOURCES.has(value)
        ? value
        : undefined;
}
/**
 * Whether a deployment of this source can be a drift base: only what the pipeline deployed
 * from the repository (a bundle, or a version promoted as is). A `set-flags` kill switch or a
 * revert is itself a live change the next bundle must not silently undo.
 */
function isPipelineSource(source) {
    return source === 'bundle' || source === 'version';
}


/***/ }),

/***/ 8916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ listDeployments)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5296);

/**
 * An environment's deployments, every page, in AppConfig's order (newest first). Callers stop
 * reading when they have what they need; the pages after are then never requested. Errors are
 * never swallowed: a missed page would make an old version look current (koh-sh/apcdeploy#103).
 */
async function* listDeployments(client, scope) {
    const pages = (0,_aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_0__.paginateListDeployments)({ client, pageSize: 50 }, { ApplicationId: scope.applicationId, EnvironmentId: scope.environmentId });
    for await (const page of pages)
        yield* page.Items ?? [];
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

/***/ 4931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AwsStepError: () => (/* binding */ AwsStepError),
/* harmony export */   awsStep: () => (/* binding */ awsStep),
/* harmony export */   describeAwsError: () => (/* binding */ describeAwsError),
/* harmony export */   errorName: () => (/* binding */ errorName),
/* harmony export */   isAwsError: () => (/* binding */ isAwsError),
/* harmony export */   isTransient: () => (/* binding */ isTransient),
/* harmony export */   problemOf: () => (/* binding */ problemOf),
/* harmony export */   requestIdOf: () => (/* binding */ requestIdOf)
/* harmony export */ });
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3609);
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
    problem;
    advice;
    /** AWS's request ID for the failed call (from the SDK error's `$metadata`), if any. */
    requestId;
    constructor(message, step, errorName, iamAction, 
    /** Throttling, 5xx or network: worth trying again later (the watch's next poll). */
    transient = false, cause, 
    /** A problem of the setup (credentials, region, network) rather than of this step. */
    problem, 
    /** What to do, also the end of `message`; the summary shows it as the advice. */
    advice) {
        super(message, cause === undefined ? undefined : { cause });
        this.step = step;
        this.errorName = errorName;
        this.iamAction = iamAction;
        this.transient = transient;
        this.problem = problem;
        this.advice = advice;
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
            requestId: this.requestId,
            problem: this.problem,
            advice: this.advice
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
    'UnauthorizedOperation'
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
/**
 * Errors worth another try on the next poll: what the SDK's own standard retry strategy
 * retries (throttling, transient network and timeout errors, 5xx), by its own classifiers.
 */
function isTransient(error) {
    if (error instanceof AwsStepError)
        return error.transient;
    if (typeof error !== 'object' || error === null)
        return false;
    const sdkError = error;
    return ((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.isThrottlingError)(sdkError) ||
        (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.isTransientError)(sdkError) ||
        (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.isServerError)(sdkError));
}
/** Node's codes for a host that cannot be reached (DNS, refused, unroutable, timed out). */
const UNREACHABLE_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ETIMEDOUT'
]);
const INVALID_CREDENTIALS = new Set([
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'IncompleteSignature',
    'MissingAuthenticationTokenException'
]);
const EXPIRED_CREDENTIALS = new Set([
    'ExpiredToken',
    'ExpiredTokenException',
    'TokenRefreshRequired'
]);
/** The setup problem an error shows, whatever step met it first; undefined for the others. */
function problemOf(error) {
    const name = errorName(error);
    const said = messageOf(error);
    if (name === 'CredentialsProviderError' ||
        /Could not load credentials/i.test(said))
        return 'no-credentials';
    if (EXPIRED_CREDENTIALS.has(name))
        return 'expired-credentials';
    // A clock-skewed signature is "expired" too, but that is the runner's clock, not the token.
    if (INVALID_CREDENTIALS.has(name) && !/Signature expired/i.test(said))
        return 'invalid-credentials';
    if (/^Region not accepted|Invalid region/i.test(said))
        return 'region';
    const { code, host } = networkFacts(error);
    if (code !== undefined && UNREACHABLE_CODES.has(code)) {
        // An AWS host that does not resolve: the region has no such endpoint (a typo in it).
        if ((code === 'ENOTFOUND' || code === 'EAI_AGAIN') &&
            host !== undefined &&
            /\.amazonaws\.com(\.cn)?$/.test(host) &&
            /^[a-z0-9-]+\.[a-z0-9-]+\.amazonaws/.test(host) &&
            !isKnownRegionShape(host.split('.')[1]))
            return 'region';
        return 'endpoint';
    }
    if (name === 'TimeoutError' && /establishing a connection/i.test(said))
        return 'endpoint';
    return undefined;
}
/** `us-east-1`, `eu-central-2`, `cn-north-1`, `us-gov-west-1`, `ap-southeast-5`... */
function isKnownRegionShape(region) {
    return (region !== undefined &&
        /^(us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov)-(east|west|north|south|central|northeast|northwest|southeast|southwest)-\d$/.test(region));
}
/** The Node error code and the host it was about (the SDK passes Node's error through). */
function networkFacts(error) {
    const facts = error;
    const code = typeof facts?.code === 'string' ? facts.code : undefined;
    const host = typeof facts?.hostname === 'string'
        ? facts.hostname
        : typeof facts?.address === 'string'
            ? `${facts.address}${typeof facts.port === 'number' ? `:${facts.port}` : ''}`
            : undefined;
    return { code, host };
}
/** The endpoint override that applies to `api` (`appconfig:…`, `cloudwatch:…`), if one is set. */
function endpointOverride(api, env) {
    const service = (api.split(':')[0] ?? '').toUpperCase();
    for (const name of [`AWS_ENDPOINT_URL_${service}`, 'AWS_ENDPOINT_URL']) {
        const url = env[name];
        if (url)
            return { name, url };
    }
    return undefined;
}
/** Cause and advice for a setup problem; the step is not named, as it only met it first. */
function describeProblem(problem, error, api, env) {
    const name = errorName(error);
    const said = messageOf(error);
    const { code, host } = networkFacts(error);
    switch (problem) {
        case 'no-credentials':
            return {
                cause: `No AWS credentials were found, so the first AWS call (${api}) could not be made.`,
                advice: 'Add aws-actions/configure-aws-credentials before this step (role-to-assume, and `permissions: id-token: write` in the job for OIDC).'
            };
        case 'expired-credentials':
            return {
                cause: `The AWS credentials have expired (${api} answered ${name}: ${said}).`,
                advice: "Re-run the job for fresh credentials; if the rollout outlasts the session, raise role-duration-seconds in aws-actions/configure-aws-credentials (and the role's maximum session duration) above the strategy's duration plus its bake."
            };
        case 'invalid-credentials':
            return {
                cause: `AWS rejected the credentials (${api} answered ${name}: ${said}).`,
                advice: 'Check aws-actions/configure-aws-credentials: the keys or the role must exist in the account (not deleted or rotated), and no stale AWS_ACCESS_KEY_ID or AWS_SESSION_TOKEN from an earlier step may override them.'
            };
        case 'region':
            return {
                cause: `The AWS region is not valid: ${host === undefined ? said : `${host} does not exist`}.`,
                advice: "Check the input 'region' (or AWS_REGION, the aws-region of configure-aws-credentials): it must be a region code such as us-east-1."
            };
        case 'endpoint': {
            // Nothing answered: say where (an endpoint variable names it), never "throttling".
            const override = endpointOverride(api, env);
            const where = override === undefined
                ? `the AWS endpoint${host === undefined ? '' : ` (${host})`}`
                : `${override.url} (set by ${override.name}${host === undefined ? '' : `, ${host}`})`;
            return {
                cause: `Nothing answered at ${where} (${code ?? name}: ${said}); ${api} never reached a service, even after the SDK's retries.`,
                advice: override === undefined
                    ? "Check the region and the runner's network: on a self-hosted runner behind a proxy, HTTPS_PROXY and NO_PROXY (this action honours both), a firewall or a VPC endpoint; then re-run."
                    : `Check ${override.name}: is the endpoint running and the URL right? Unset it to reach AWS itself.`
            };
        }
    }
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
function describeAwsError(error, step, api, env = process.env) {
    if (error instanceof AwsStepError)
        return error;
    const name = errorName(error);
    const said = messageOf(error);
    // Credentials, region and network first: whichever step met them, it is not the step's fault.
    const problem = problemOf(error);
    if (problem !== undefined) {
        const { cause, advice } = describeProblem(problem, error, api, env);
        return new AwsStepError(`${cause} ${advice}`, step, name, undefined, 
        // An unreachable endpoint may come back by the next poll; bad credentials will not.
        problem === 'endpoint', error, problem, advice);
    }
    if (ACCESS_DENIED.has(name)) {
        return new AwsStepError(`${step} failed: access denied to ${api} (${said}). Grant the role the IAM action ${api}; the README lists the whole policy.`, step, name, api, false, error);
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
        throw new _aws_error_js__WEBPACK_IMPORTED_MODULE_0__.AwsStepError(`${api} answered without ${field}; the action cannot go on without it. Nothing after this call was done. Re-run; if it persists, report it with the AWS request ID.`, `Reading the answer of ${api}`, 'MissingField');
    }
    return value;
}


/***/ }),

/***/ 1362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planDrift: () => (/* binding */ planDrift)
});

// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/aws/required-field.ts
var required_field = __webpack_require__(8677);
;// CONCATENATED MODULE: ./src/appconfig/deployment-arn.ts
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

// EXTERNAL MODULE: ./src/appconfig/deployment-source.ts
var deployment_source = __webpack_require__(390);
// EXTERNAL MODULE: ./src/appconfig/read-deployment-tags.ts
var read_deployment_tags = __webpack_require__(9867);
// EXTERNAL MODULE: ./src/appconfig/list-deployments.ts
var list_deployments = __webpack_require__(8916);
;// CONCATENATED MODULE: ./src/appconfig/find-pipeline-base.ts






/** Deployments looked at, newest first, before giving up on finding a base. */
const MAX_BASE_CANDIDATES = 20;
/** The start of the description the action writes when the `description` input is empty. */
const DESCRIPTION_PREFIX = 'Deployed by AppConfig Guarded Rollout';
/**
 * Finds the drift base: the newest deployment of this profile that this action started from a
 * bundle or a version (tag `appconfig-guarded-rollout:source`) and that reached COMPLETE, even
 * if it was reverted since (REVERTED). `set-flags` and `revert` deployments are never the base.
 *
 * Recognition needs the deployment's ARN, so the account: given `account`, tags decide. Without
 * it (no AWS_ACCOUNT_ID, no account-bearing credentials, no alarm monitor), the fallback is the
 * description the action writes by default (`Deployed by AppConfig Guarded Rollout …`): weaker,
 * since a custom `description` hides a deployment and the source (bundle or set-flags) is not
 * known, so every such deployment counts as a pipeline one.
 */
async function findPipelineBase(client, scope, versions, account) {
    let live;
    let base;
    let scanned = 0;
    const isOurs = async (deploymentNumber) => {
        if (account !== undefined) {
            const tags = await (0,read_deployment_tags/* readDeploymentTags */.V)(client, deploymentArn(account, scope.applicationId, scope.environmentId, deploymentNumber), deploymentNumber);
            const source = (0,deployment_source/* sourceOf */.vz)(tags);
            return (0,deployment_source/* isPipelineSource */.Yi)(source);
        }
        const description = await (0,read_deployment_tags/* readDeploymentDescription */.O)(client, scope, deploymentNumber);
        return description?.startsWith(DESCRIPTION_PREFIX) === true;
    };
    await (0,aws_error.awsStep)("Reading the environment's deployments", 'appconfig:ListDeployments', async () => {
        for await (const item of (0,list_deployments/* listDeployments */.J)(client, scope)) {
            if (item.ConfigurationProfileId !== scope.profileId ||
                (item.State !== 'COMPLETE' && item.State !== 'REVERTED') ||
                !item.ConfigurationVersion)
                continue;
            const deploymentNumber = (0,required_field/* requiredField */.Q)(item.DeploymentNumber, 'DeploymentNumber', 'appconfig:ListDeployments');
            if (live === undefined && item.State === 'COMPLETE')
                live = { deploymentNumber, version: item.ConfigurationVersion };
            if (base === undefined && scanned < MAX_BASE_CANDIDATES) {
                scanned++;
                if (await isOurs(deploymentNumber))
                    base = {
                        deploymentNumber,
                        version: item.ConfigurationVersion,
                        state: item.State
                    };
            }
            // The live deployment is the base or newer than it: both known, stop reading.
            if (live !== undefined &&
                (base !== undefined || scanned >= MAX_BASE_CANDIDATES))
                return;
        }
    });
    const read = async (found) => {
        if (found === undefined)
            return undefined;
        const number = Number(found.version);
        if (!Number.isInteger(number))
            throw new aws_error.AwsStepError(`Deployment ${found.deploymentNumber} names configuration version '${found.version}', which is not a hosted version number.`, "Reading the environment's deployments", 'UnexpectedAnswer');
        const stored = await versions.read(number);
        return {
            deploymentNumber: found.deploymentNumber,
            version: number,
            label: stored.label,
            content: stored.content
        };
    };
    const [liveContent, baseContent] = await Promise.all([read(live), read(base)]);
    return {
        live: liveContent,
        base: baseContent === undefined || base === undefined
            ? undefined
            : { ...baseContent, state: base.state },
        recognisedBy: account === undefined ? 'description' : 'tags',
        scanned,
        limitReached: base === undefined && scanned >= MAX_BASE_CANDIDATES
    };
}

// EXTERNAL MODULE: ./src/alarms/parse-alarm-arn.ts
var parse_alarm_arn = __webpack_require__(87);
;// CONCATENATED MODULE: ./src/appconfig/resolve-account.ts


/**
 * The account of the run's AppConfig resources, needed to build deployment ARNs (AppConfig
 * answers no ARN and no account). No STS call, so no extra client and no extra permission:
 * 1. the SDK credentials' `accountId`: set from AWS_ACCOUNT_ID, a profile's `aws_account_id`,
 *    SSO, or an AssumeRoleWithWebIdentity answer;
 * 2. else the account in one of the environment's alarm monitor ARNs (AppConfig monitors live
 *    in the environment's account);
 * undefined when neither says, and the caller falls back (find-pipeline-base.ts).
 */
async function resolveAccount(client, region, monitors) {
    const fromCredentials = await credentialsAccount(client);
    if (fromCredentials !== undefined)
        return {
            partition: partitionOf(region),
            region,
            account: fromCredentials,
            origin: 'credentials'
        };
    for (const arn of monitors) {
        const alarm = (0,parse_alarm_arn/* parseAlarmArn */.S)(arn);
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
            message: `Refusing (on-drift: ${onDrift}): ${parts.join(' ')} ${fix}`
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
    const stripped = (0,same_content/* stripMetadata */.qc)(content);
    const definitions = (0,json_object/* objectAt */.lJ)(stripped, 'flags');
    const values = (0,json_object/* objectAt */.lJ)(stripped, 'values');
    const flags = new Map();
    for (const key of Object.keys(definitions)) {
        const definition = (0,json_object/* own */.ZV)(definitions, key);
        const value = (0,json_object/* own */.ZV)(values, key);
        flags.set(key, {
            definition: (0,json_object/* isObject */.Gv)(definition) ? definition : {},
            value: (0,json_object/* isObject */.Gv)(value) ? value : {}
        });
    }
    return flags;
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

;// CONCATENATED MODULE: ./src/plan/plan-drift.ts



/**
 * Content → the content to plan with: reads what runs and this action's last deployment of a
 * bundle or version (the base), and merges per flag under `on-drift` (drift.ts). Only for
 * content from the repository (a bundle or a version); a `set-flags` patch starts from what
 * runs, so it has no drift to undo. Writes nothing.
 */
async function planDrift(clients, target, versions, settings, content, debug = () => undefined) {
    if (content.source !== 'bundle' && content.source !== 'version')
        return undefined;
    const account = await resolveAccount(clients.appconfig, target.region, target.monitors);
    debug(account === undefined
        ? 'Drift: no account ID (AWS_ACCOUNT_ID, the credentials, an alarm monitor), so deployments are recognised by their description.'
        : `Drift: deployments recognised by their tags (account from the ${account.origin}).`);
    const history = await findPipelineBase(clients.appconfig, {
        applicationId: target.application.id,
        environmentId: target.environment.id,
        profileId: target.profile.id
    }, versions, account);
    return mergeDrift({
        base: history.base,
        live: history.live,
        content: content.value,
        onDrift: settings.onDrift,
        recognisedBy: history.recognisedBy,
        limitReached: history.limitReached,
        environmentName: target.environment.name
    });
}


/***/ })

};
