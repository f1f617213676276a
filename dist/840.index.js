export const id = 840;
export const ids = [840,677];
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

/***/ 4931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AwsStepError: () => (/* binding */ AwsStepError),
/* harmony export */   awsStep: () => (/* binding */ awsStep),
/* harmony export */   conflictAdvice: () => (/* binding */ conflictAdvice),
/* harmony export */   deniedPermission: () => (/* binding */ deniedPermission),
/* harmony export */   describeAwsError: () => (/* binding */ describeAwsError),
/* harmony export */   errorName: () => (/* binding */ errorName),
/* harmony export */   isAwsError: () => (/* binding */ isAwsError),
/* harmony export */   isThrottled: () => (/* binding */ isThrottled),
/* harmony export */   isTransient: () => (/* binding */ isTransient),
/* harmony export */   problemOf: () => (/* binding */ problemOf),
/* harmony export */   requestIdOf: () => (/* binding */ requestIdOf)
/* harmony export */ });
/* harmony import */ var _proxy_for_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3679);
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
/** Throttling (AppConfig's ThrottlingException, CloudWatch's Throttling, any 429), looking through AwsStepError. */
function isThrottled(error) {
    const sdkError = error instanceof AwsStepError ? error.cause : error;
    if (typeof sdkError !== 'object' || sdkError === null)
        return false;
    return (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.isThrottlingError)(sdkError);
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
            // Behind a proxy the connection that failed may be the proxy's: name it (no password).
            const target = override?.url ?? (host === undefined ? undefined : `https://${host}`);
            const proxy = target === undefined ? undefined : (0,_proxy_for_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyFor */ .i)(target, env);
            if (proxy !== undefined)
                return {
                    cause: `Nothing answered at ${where} through the proxy ${withoutPassword(proxy)} (HTTPS_PROXY, HTTP_PROXY or ALL_PROXY) (${code ?? name}: ${said}); ${api} never reached a service, even after the SDK's retries.`,
                    advice: 'Check the proxy: is it running, does it allow this host, and does it need credentials? If the endpoint should be reached directly, add its host to NO_PROXY.'
                };
            return {
                cause: `Nothing answered at ${where} (${code ?? name}: ${said}); ${api} never reached a service, even after the SDK's retries.`,
                advice: override === undefined
                    ? "Check the region and the runner's network: on a self-hosted runner behind a proxy, HTTPS_PROXY and NO_PROXY (this action honours both), a firewall or a VPC endpoint; then re-run."
                    : `Check ${override.name}: is the endpoint running and the URL right? Unset it to reach AWS itself.`
            };
        }
    }
}
/**
 * What to do about a ConflictException, by the call that met it: AppConfig answers 409 for
 * different reasons per operation (service model: "conflict in the current state of the
 * resource"), so "a deployment is in progress" is only ever said of StartDeployment.
 */
function conflictAdvice(api) {
    switch (api) {
        case 'appconfig:StartDeployment':
            return 'Another deployment is in progress in the environment, or one started after this run planned (AppConfig runs one at a time): re-run; with `on-in-progress: wait` (the default) the run waits for it to end.';
        case 'appconfig:CreateHostedConfigurationVersion':
            return 'Another writer (a second run, the console, another tool) created a version of this profile at the same moment: re-run the job. If it happens again, set the input version-label to a label no version of this profile carries.';
        case 'appconfig:StopDeployment':
            return 'The deployment can no longer be stopped: it probably ended (completed, rolled back or reverted) at that moment. Read its state in the AppConfig console before doing anything else.';
        default:
            return `Something changed the resource while ${api} ran: re-run the job.`;
    }
}
/** A proxy URL without the password it may carry (`http://user:secret@host` → `http://user@host`). */
function withoutPassword(proxy) {
    try {
        const url = new URL(proxy);
        url.password = '';
        return url.toString().replace(/\/$/, '');
    }
    catch {
        return '(an unreadable proxy URL)';
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
/**
 * The action and resource in IAM's AccessDenied message ("User: … is not authorized to perform:
 * appconfig:TagResource on resource: arn:… because …"); undefined when the message has neither.
 */
function deniedPermission(message) {
    const match = /not authorized to perform: ([\w-]+:[\w*-]+)(?: on resource: (\S+?))?(?:\s+because|\s+with|\.?$)/.exec(message);
    if (match === null)
        return undefined;
    return { action: match[1], resource: match[2] };
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
        // IAM names what it refused; StartDeployment with tags also needs appconfig:TagResource,
        // so the action refused may not be the API's own.
        const denied = deniedPermission(said);
        const action = denied?.action ?? api;
        const on = denied?.resource === undefined ? '' : ` on ${denied.resource}`;
        return new AwsStepError(`${step} failed: access denied to ${action}${on} (${said}). Grant the role the IAM action ${action}${on}; the README lists the whole policy.`, step, name, action, false, error);
    }
    if (name === 'ConflictException') {
        const advice = conflictAdvice(api);
        return new AwsStepError(`${step} failed: ${api} answered ${name}: ${said} ${advice}`, step, name, undefined, false, error, undefined, advice);
    }
    if (isTransient(error)) {
        return new AwsStepError(`${step} failed: ${api} kept failing after the SDK's retries (${name}: ${said}). AWS may be throttling this account or having trouble; re-run the job.`, step, name, undefined, true, error);
    }
    return new AwsStepError(`${step} failed: ${api} answered ${name}: ${said}`, step, name, undefined, false, error);
}


/***/ }),

/***/ 3679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxyFor)
/* harmony export */ });
/**
 * The proxy the environment names for a URL, the way curl and most tools read it:
 * HTTPS_PROXY (or https_proxy) for https URLs, HTTP_PROXY for http ones, ALL_PROXY for
 * either, unless NO_PROXY lists the host. NO_PROXY entries are separated by commas or spaces;
 * `*` exempts everything; `example.com`, `.example.com` and `*.example.com` exempt the domain
 * and its subdomains; an entry may end in `:port`. Undefined means connect directly.
 */
function proxyFor(url, env) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    const scheme = parsed.protocol.replace(/:$/, '');
    const proxy = variable(env, `${scheme}_proxy`) || variable(env, 'all_proxy') || '';
    if (proxy === '')
        return undefined;
    const port = parsed.port || (scheme === 'https' ? '443' : scheme === 'http' ? '80' : '');
    return exempt(parsed.hostname.toLowerCase(), port, variable(env, 'no_proxy'))
        ? undefined
        : proxy;
}
/** Lower case first (curl's choice), then upper case. */
function variable(env, name) {
    return env[name.toLowerCase()] || env[name.toUpperCase()] || undefined;
}
function exempt(host, port, noProxy) {
    if (noProxy === undefined)
        return false;
    // An IPv6 literal comes without brackets from URL.hostname in NO_PROXY terms.
    const bare = host.replace(/^\[|\]$/g, '');
    return noProxy
        .split(/[,\s]+/)
        .filter(Boolean)
        .some((entry) => {
        if (entry === '*')
            return true;
        const match = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase());
        const domain = (match?.[1] ?? '')
            .replace(/^\*?\./, '')
            .replace(/^\[|\]$/g, '');
        const entryPort = match?.[2];
        if (entryPort !== undefined && entryPort !== port)
            return false;
        return bare === domain || bare.endsWith(`.${domain}`);
    });
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

/***/ 1840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readVersionContent: () => (/* binding */ readVersionContent)
});

// EXTERNAL MODULE: ./src/appconfig/target-error.ts
var target_error = __webpack_require__(1535);
// EXTERNAL MODULE: ./src/appconfig/list-hosted-versions.ts
var list_hosted_versions = __webpack_require__(5323);
// EXTERNAL MODULE: ./src/bundle/same-content.ts
var same_content = __webpack_require__(2976);
;// CONCATENATED MODULE: ./src/appconfig/read-version-by-label.ts



/** Versions sharing a label that are read to see whether they hold one content. */
const SHARED_LABEL_READ = 5;
/**
 * The number of the hosted version labelled `label`. AppConfig documents no uniqueness rule for
 * labels, and two runs writing one bundle at the same moment may each write it under the
 * action's content-named label (write-version.ts): versions sharing a label that all hold one
 * content are one content, and the newest is taken. A label naming several contents, or none,
 * stops the run with an error naming the versions found.
 */
async function readVersionByLabel(client, scope, label, versions) {
    const found = await (0,list_hosted_versions/* listHostedVersions */.D)(client, scope, label);
    const [only] = found;
    if (found.length === 1 && only !== undefined)
        return only.number;
    if (found.length > 1 && found.length <= SHARED_LABEL_READ) {
        const newestFirst = [...found].sort((a, b) => b.number - a.number);
        const contents = await Promise.all(newestFirst.map(async (v) => (await versions.read(v.number)).content));
        const [newest] = newestFirst;
        if (newest !== undefined &&
            contents.every((content) => (0,same_content/* isSameContent */.OI)(content, contents[0])))
            return newest.number;
    }
    if (found.length === 0)
        throw new target_error/* TargetError */.I(`No hosted version of ${scope.profileName} is labelled '${label}'. Check the label (it is case-sensitive), or give the version number.`, 'configuration-version');
    const numbers = found
        .map((v) => v.number)
        .sort((a, b) => a - b)
        .join(', ');
    throw new target_error/* TargetError */.I(`${found.length} hosted versions of ${scope.profileName} are labelled '${label}' (${numbers}), with different content; give the version number instead.`, 'configuration-version');
}

// EXTERNAL MODULE: ./src/bundle/bundle-report.ts
var bundle_report = __webpack_require__(5709);
// EXTERNAL MODULE: ./src/bundle/json-object.ts
var json_object = __webpack_require__(7534);
// EXTERNAL MODULE: ./src/bundle/validate-bundle.ts + 10 modules
var validate_bundle = __webpack_require__(7502);
;// CONCATENATED MODULE: ./src/content/read-version-content.ts





/**
 * `configuration-version`: an existing hosted version of the profile (by number, or by a label
 * that must name exactly one version), validated like a bundle (AppConfig's rules and the
 * team's: `flag-name-pattern`, `deprecated-flags`), to be deployed as is.
 */
async function readVersionContent(client, target, versions, settings, today) {
    const reference = settings.configurationVersion;
    if (reference === undefined)
        return {
            failure: {
                kind: 'internal',
                message: 'No version to read: the input configuration-version is empty.'
            }
        };
    const number = typeof reference === 'number'
        ? reference
        : await readVersionByLabel(client, {
            applicationId: target.application.id,
            profileId: target.profile.id,
            profileName: target.profile.name
        }, reference, versions);
    // A missing number fails here with AppConfig's ResourceNotFoundException, named by the step.
    const stored = await versions.read(number);
    const displayPath = `hosted version ${number}${stored.label ? ` (${stored.label})` : ''}`;
    // Pretty-printed, so each problem's line points at one key of the version's content.
    const pretty = JSON.stringify(stored.content, null, 2) ?? '';
    const validated = await (0,validate_bundle/* validateBundleText */.Y7)(pretty, 'json', {
        flagNamePattern: settings.flagNamePattern,
        deprecatedFlags: settings.deprecatedFlags,
        today
    });
    const bundle = (0,bundle_report/* toBundleReport */.o)(validated, displayPath);
    const value = (0,same_content/* stripMetadata */.qc)(stored.content);
    if (validated.errorCount > 0 || !(0,json_object/* isObject */.Gv)(value))
        return {
            bundle,
            failure: {
                kind: 'bundle',
                message: `${capitalise(displayPath)} of ${target.profile.name} has ${validated.errorCount} problem${validated.errorCount === 1 ? '' : 's'}, so it is not deployed; the summary lists each.`
            }
        };
    return {
        content: {
            source: 'version',
            value,
            text: JSON.stringify(value),
            bundle,
            version: { number, label: stored.label }
        }
    };
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ })

};
