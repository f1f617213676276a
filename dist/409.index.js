export const id = 409;
export const ids = [409];
export const modules = {

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


/***/ })

};
