export const id = 735;
export const ids = [735];
export const modules = {

/***/ 5323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ listHostedVersions),
/* harmony export */   e: () => (/* binding */ readLatestVersion)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5296);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8677);



/**
 * Every hosted version of a profile, or those whose label is exactly `label` (AppConfig's
 * filter treats a trailing `*` as a prefix match, so the answer is filtered again here).
 */
async function listHostedVersions(client, scope, label) {
    return (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__.awsStep)(label === undefined
        ? 'Listing hosted configuration versions'
        : `Looking up hosted configuration versions labelled '${label}'`, 'appconfig:ListHostedConfigurationVersions', async () => {
        const found = [];
        const pages = (0,_aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_2__.paginateListHostedConfigurationVersions)({ client, pageSize: 50 }, {
            ApplicationId: scope.applicationId,
            ConfigurationProfileId: scope.profileId,
            VersionLabel: label
        });
        for await (const page of pages)
            for (const item of page.Items ?? [])
                if (label === undefined || item.VersionLabel === label)
                    found.push({
                        number: (0,_aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredField */ .Q)(item.VersionNumber, 'VersionNumber', 'appconfig:ListHostedConfigurationVersions'),
                        label: item.VersionLabel,
                        description: item.Description
                    });
        return found;
    });
}
/** The newest hosted version's number (the listing's order is not documented); 0 when none. */
async function readLatestVersion(client, scope) {
    const versions = await listHostedVersions(client, scope);
    return versions.reduce((max, v) => Math.max(max, v.number), 0);
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

/***/ 7735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pinPlan: () => (/* binding */ pinPlan)
});

// EXTERNAL MODULE: ./src/appconfig/list-hosted-versions.ts
var list_hosted_versions = __webpack_require__(5323);
// EXTERNAL MODULE: ./src/appconfig/read-deployment-tags.ts
var read_deployment_tags = __webpack_require__(9867);
// EXTERNAL MODULE: ./src/bundle/same-content.ts
var same_content = __webpack_require__(2976);
;// CONCATENATED MODULE: ./src/plan/plan-id.ts

const PREFIX = 'v1';
/** The plan-id text of these facts. */
function formatPlanId(facts) {
    return [
        PREFIX,
        facts.content,
        facts.target,
        facts.deployedDeployment,
        facts.deployedVersion,
        facts.latestVersion
    ].join('.');
}
/** The facts in a plan-id; undefined when the text is not one this action wrote. */
function parsePlanId(text) {
    const match = /^v1\.([0-9a-f]{12})\.([0-9a-f]{8})\.(\d{1,15})\.(\d{1,15})\.(\d{1,15})$/.exec(text.trim());
    if (match === null)
        return undefined;
    // Every group is required by the pattern, so a match has them all.
    return {
        content: match[1],
        target: match[2],
        deployedDeployment: Number(match[3]),
        deployedVersion: Number(match[4]),
        latestVersion: Number(match[5])
    };
}
/** 12 hex of the content's SHA-256, metadata and key order aside. */
async function contentHash(content) {
    return (await sha256(canonicalJson((0,same_content/* stripMetadata */.qc)(content)))).slice(0, 12);
}
/** 8 hex of the target's SHA-256: a plan for another environment or profile never matches. */
async function targetHash(ids) {
    return (await sha256(`${ids.applicationId}/${ids.environmentId}/${ids.profileId}`)).slice(0, 8);
}
/** JSON with object keys sorted at every depth; array order kept. */
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
async function sha256(text) {
    // Loaded on demand: only plan and deploy hash, and validate starts without it.
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    return createHash('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./src/plan/check-expected-plan.ts

/**
 * `expected-plan`: the deploy goes ahead only when its plan-id is the approved one. A refusal
 * says what moved since (a deployment, a new hosted version, the content, the target), so the
 * approver knows what to look at again.
 */
function checkExpectedPlan(expected, now) {
    const id = formatPlanId(now.facts);
    const saw = parsePlanId(expected);
    if (saw === undefined)
        return refuse(`expected-plan '${expected.slice(0, 80)}' is not a plan-id this action wrote (it looks like v1.<12 hex>.<8 hex>.<n>.<n>.<n>); pass the plan job's \`plan-id\` output unchanged. This deploy's plan-id is ${id}.`);
    const moved = whatMoved(saw, now);
    if (moved.length === 0)
        return {
            guard: 'expected-plan',
            outcome: 'pass',
            message: `The content and ${now.environmentName} are exactly what the approved plan ${id} saw.`
        };
    return refuse(`What the approved plan ${expected} saw has changed: ${moved.join('; ')}. Nothing was written. Run the plan again and have it reviewed (its plan-id is now ${id}).`);
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
async function pinPlan(clients, target, planned, content, settings) {
    if (settings.mode !== 'plan' && settings.expectedPlan === undefined)
        return planned;
    const ids = {
        applicationId: target.application.id,
        environmentId: target.environment.id,
        profileId: target.profile.id
    };
    const [hash, where, latestVersion] = await Promise.all([
        contentHash(content),
        targetHash(ids),
        (0,list_hosted_versions/* readLatestVersion */.e)(clients.appconfig, ids)
    ]);
    const facts = {
        content: hash,
        target: where,
        deployedDeployment: planned.deployed?.deploymentNumber ?? 0,
        deployedVersion: planned.deployed?.version ?? 0,
        latestVersion
    };
    const planId = formatPlanId(facts);
    const guards = [];
    if (settings.expectedPlan !== undefined) {
        const saw = parsePlanId(settings.expectedPlan);
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


/***/ })

};
