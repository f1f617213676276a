export const id = 527;
export const ids = [527,908];
export const modules = {

/***/ 2908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION_VERSION: () => (/* binding */ ACTION_VERSION),
  CONNECTION_TIMEOUT_MS: () => (/* binding */ CONNECTION_TIMEOUT_MS),
  DEFAULT_MAX_ATTEMPTS: () => (/* binding */ DEFAULT_MAX_ATTEMPTS),
  DEFAULT_RETRY_MODE: () => (/* binding */ DEFAULT_RETRY_MODE),
  REQUEST_TIMEOUT_MS: () => (/* binding */ REQUEST_TIMEOUT_MS),
  USER_AGENT: () => (/* binding */ USER_AGENT),
  awsEndpoint: () => (/* binding */ awsEndpoint),
  createClients: () => (/* binding */ createClients),
  resolveRegion: () => (/* binding */ resolveRegion)
});

// EXTERNAL MODULE: ./src/settings.ts + 6 modules
var settings = __webpack_require__(4283);
;// CONCATENATED MODULE: ./src/aws/debug-middleware.ts
/** The input fields that say what a call is about, with the short name a debug line uses. */
const TARGET_FIELDS = [
    ['ApplicationId', 'application'],
    ['EnvironmentId', 'environment'],
    ['ConfigurationProfileId', 'profile'],
    ['DeploymentStrategyId', 'strategy'],
    ['DeploymentNumber', 'deployment'],
    ['VersionNumber', 'version'],
    ['ResourceArn', 'resource']
];
/**
 * A middleware at the start of the stack (the `initialize` step, outside the SDK's retries)
 * that writes one debug line per AWS call once it has ended: the operation, what it was
 * about, the outcome, AWS's request ID and how many attempts the SDK made.
 */
function debugMiddleware(debug) {
    return (next, context) => async (args) => {
        const operation = `${serviceOf(context.clientName)}:${(typeof context.commandName === 'string' ? context.commandName : 'call').replace(/Command$/, '')}`;
        const target = describeTarget(args.input);
        try {
            const result = await next(args);
            debug(line(operation, target, 'ok', result.output.$metadata));
            return result;
        }
        catch (error) {
            const metadata = error?.$metadata;
            const name = error instanceof Error ? error.name : 'Error';
            debug(line(operation, target, name, metadata));
            throw error;
        }
    };
}
function serviceOf(clientName) {
    const name = (typeof clientName === 'string' ? clientName : 'aws').replace(/Client$/, '');
    return name === 'CloudWatch' ? 'cloudwatch' : name.toLowerCase();
}
function describeTarget(input) {
    const parts = TARGET_FIELDS.filter(([field]) => input?.[field] !== undefined).map(([field, label]) => `${label}=${String(input[field])}`);
    const alarms = input?.AlarmNames;
    if (Array.isArray(alarms))
        parts.push(`alarms=${alarms.length}`);
    return parts.length === 0 ? '' : ` ${parts.join(' ')}`;
}
function line(operation, target, outcome, metadata) {
    const status = metadata?.httpStatusCode === undefined
        ? ''
        : ` (HTTP ${metadata.httpStatusCode})`;
    const request = metadata?.requestId ? `, request ${metadata.requestId}` : '';
    const attempts = metadata?.attempts ?? 1;
    return `AWS ${operation}${target}: ${outcome}${status}${request}, ${attempts} attempt${attempts === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/aws/proxy-for.ts
var proxy_for = __webpack_require__(3679);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
;// CONCATENATED MODULE: ./src/aws/retry-strategy.ts

/** Attempts for a call that fails with a 5xx or a dropped connection (the SDK's own budget, plus two). */
const TRANSIENT_MAX_ATTEMPTS = 5;
/**
 * Attempts for a throttled call. A 50-job matrix started together asks for about 250 List calls
 * (5 each) from a budget of 10 a second: about 25 s of queue. The SDK's throttling backoff is full
 * jitter over 1 s·2^n, capped at 20 s, so nine retries wait up to 111 s (about 55 s on average):
 * enough for the queue to drain, while a failure that is not throttling still gives up after
 * TRANSIENT_MAX_ATTEMPTS. The bench's fleet section measures it (scripts/bench-fleet.ts).
 */
const THROTTLED_MAX_ATTEMPTS = 10;
/**
 * The SDK's adaptive retry strategy (a client-side rate limiter that slows sending once AWS
 * throttles, on top of standard retries), with a larger budget for throttling than for other
 * transient errors. Used only when AWS_RETRY_MODE and AWS_MAX_ATTEMPTS are both unset.
 */
function fleetRetryStrategy() {
    const adaptive = new retry.AdaptiveRetryStrategy(THROTTLED_MAX_ATTEMPTS);
    return {
        mode: adaptive.mode,
        acquireInitialRetryToken: (scope) => adaptive.acquireInitialRetryToken(scope),
        refreshRetryTokenForRetry: async (token, errorInfo) => {
            const attempts = token.getRetryCount() + 1;
            if (errorInfo.errorType !== 'THROTTLING' &&
                attempts >= TRANSIENT_MAX_ATTEMPTS)
                throw new Error('No retry token available');
            return adaptive.refreshRetryTokenForRetry(token, errorInfo);
        },
        recordSuccess: (token) => adaptive.recordSuccess(token)
    };
}
/**
 * One debug line per throttled attempt, from inside the SDK's retries (the `deserialize` step,
 * which every attempt passes through): which call AWS throttled and which attempt it was, so a
 * slow step in a large matrix shows why.
 */
function throttleDebugMiddleware(debug) {
    return (next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            if ((0,retry.isThrottlingError)(error)) {
                const headers = args.request
                    .headers;
                const attempt = /attempt=(\d+)/.exec(headers?.['amz-sdk-request'] ?? '')?.[1];
                const operation = `${String(context.clientName ?? 'aws')
                    .replace(/Client$/, '')
                    .toLowerCase()}:${String(context.commandName ?? 'call').replace(/Command$/, '')}`;
                const status = error
                    .$metadata?.httpStatusCode;
                debug(`AWS ${operation}: throttled (${error.name}${status === undefined ? '' : `, HTTP ${status}`}) on attempt ${attempt ?? '?'}; the SDK waits and tries again while its retry budget lasts`);
            }
            throw error;
        }
    };
}

;// CONCATENATED MODULE: ./src/aws/clients.ts




/** package.json's version; __tests__/aws/clients.test.ts keeps the two equal. */
const ACTION_VERSION = '0.1.0';
/** The product in every request's user agent, so CloudTrail shows which calls were ours. */
const USER_AGENT = `appconfig-guarded-rollout/${ACTION_VERSION}`;
/** Transport bounds: a stuck connection fails (and is retried) instead of hanging the step. */
const REQUEST_TIMEOUT_MS = 30_000;
const CONNECTION_TIMEOUT_MS = 5_000;
/**
 * Retry defaults, used only when AWS_RETRY_MODE / AWS_MAX_ATTEMPTS do not say otherwise: the
 * SDK's adaptive mode (it slows down once throttled, as a matrix of pipelines in one account
 * needs), 5 attempts for a 5xx or a dropped connection and 10 for throttling (retry-strategy.ts).
 */
const DEFAULT_RETRY_MODE = 'adaptive';
const DEFAULT_MAX_ATTEMPTS = TRANSIENT_MAX_ATTEMPTS;
/**
 * The region when the input or the environment gives one: the input, else AWS_REGION, else
 * AWS_DEFAULT_REGION (the AWS CLI's variable, which the JavaScript SDK does not read itself;
 * configure-aws-credentials sets both). Undefined lets createClients ask the SDK's own chain.
 */
function resolveRegion(input, env) {
    return input || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
}
/**
 * Creates the clients. The SDK is imported here, on demand, so validate mode never loads it.
 * Transport retries (throttling, 5xx, dropped connections) belong to the SDK: adaptive mode, 5
 * attempts and 10 when throttled, unless AWS_RETRY_MODE / AWS_MAX_ATTEMPTS say otherwise (the SDK
 * reads those itself, so with either set we only fill in what they leave out). AWS_ENDPOINT_URL(_APPCONFIG/_CLOUDWATCH)
 * are honoured by the SDK; HTTPS_PROXY / NO_PROXY by proxyFor, since the v3 SDK ignores them.
 * With no region from the input or the environment, the SDK's chain (the shared config
 * profile) decides; only if that fails too is it an input error.
 */
async function createClients(region, options = {}) {
    const env = options.env ?? process.env;
    const [{ AppConfigClient }, { CloudWatchClient }, { NodeHttpHandler }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(296)]).then(__webpack_require__.t.bind(__webpack_require__, 5296, 19)),
        Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(85)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19)),
        __webpack_require__.e(/* import() */ 279).then(__webpack_require__.t.bind(__webpack_require__, 1279, 19))
    ]);
    const userRetry = Boolean(env.AWS_RETRY_MODE || env.AWS_MAX_ATTEMPTS);
    // A strategy per client: the adaptive rate limiter learns each service's throttling apart.
    const retry = () => userRetry
        ? {
            ...(env.AWS_RETRY_MODE ? {} : { retryMode: DEFAULT_RETRY_MODE }),
            ...(env.AWS_MAX_ATTEMPTS ? {} : { maxAttempts: DEFAULT_MAX_ATTEMPTS })
        }
        : {
            retryMode: DEFAULT_RETRY_MODE,
            maxAttempts: THROTTLED_MAX_ATTEMPTS,
            retryStrategy: fleetRetryStrategy()
        };
    const handlerFor = async (endpoint) => {
        const agent = await proxyAgent(endpoint, env);
        return new NodeHttpHandler({
            requestTimeout: options.timeouts?.requestMs ?? REQUEST_TIMEOUT_MS,
            connectionTimeout: options.timeouts?.connectionMs ?? CONNECTION_TIMEOUT_MS,
            // Without it a request past requestTimeout only logs a warning and keeps waiting.
            throwOnRequestTimeout: true,
            ...(agent === undefined ? {} : { httpAgent: agent, httpsAgent: agent })
        });
    };
    const common = () => ({ ...retry(), customUserAgent: USER_AGENT });
    const appconfigEndpoint = options.appconfigEndpoint ??
        env.AWS_ENDPOINT_URL_APPCONFIG ??
        env.AWS_ENDPOINT_URL;
    const appconfig = new AppConfigClient({
        ...(region === undefined ? {} : { region }),
        ...(options.appconfigEndpoint === undefined
            ? {}
            : { endpoint: options.appconfigEndpoint }),
        ...common(),
        requestHandler: await handlerFor(appconfigEndpoint ?? awsEndpoint('appconfig', region))
    });
    addDebug(appconfig, options);
    const resolved = region ?? (await regionFromChain(appconfig));
    const cloudwatchEndpoint = env.AWS_ENDPOINT_URL_CLOUDWATCH ?? env.AWS_ENDPOINT_URL;
    const cloudwatch = new Map();
    // One handler per alarm region, made before first use so cloudwatch() stays synchronous.
    const cloudwatchHandler = await handlerFor(cloudwatchEndpoint ?? awsEndpoint('monitoring', resolved));
    return {
        region: resolved,
        appconfig,
        cloudwatch(alarmRegion) {
            let client = cloudwatch.get(alarmRegion);
            if (client === undefined) {
                client = new CloudWatchClient({
                    region: alarmRegion,
                    ...common(),
                    requestHandler: cloudwatchHandler
                });
                addDebug(client, options);
                cloudwatch.set(alarmRegion, client);
            }
            return client;
        }
    };
}
/**
 * A debug line per call (outside the retries), and per throttled attempt (inside them) a debug
 * line and a count for the summary.
 */
function addDebug(client, options) {
    const { debug, onThrottle } = options;
    const stack = client.middlewareStack;
    if (debug !== undefined)
        stack.add(debugMiddleware(debug), {
            step: 'initialize',
            name: 'appconfigGuardedRolloutDebug'
        });
    if (debug !== undefined || onThrottle !== undefined)
        stack.add(throttleDebugMiddleware((line) => {
            onThrottle?.();
            debug?.(line);
        }), {
            step: 'deserialize',
            priority: 'high',
            name: 'appconfigGuardedRolloutThrottleDebug'
        });
}
/** The SDK's own answer (AWS_REGION, then the shared config profile), or an input error. */
async function regionFromChain(client) {
    try {
        const region = await client.config.region();
        if (region)
            return region;
    }
    catch {
        // "Region is missing": the SDK found none; the message below says where to set one.
    }
    throw new settings/* InputError */.dz('region', "No AWS region: set the input 'region', or AWS_REGION (aws-actions/configure-aws-credentials sets it from its aws-region input), or a region in the shared config profile (AWS_PROFILE, ~/.aws/config).");
}
/**
 * The public endpoint of a service in a region, only to decide whether NO_PROXY exempts it
 * (the SDK computes the real one). China regions are under amazonaws.com.cn.
 */
function awsEndpoint(service, region) {
    const suffix = region?.startsWith('cn-')
        ? 'amazonaws.com.cn'
        : 'amazonaws.com';
    return `https://${service}.${region ?? 'us-east-1'}.${suffix}`;
}
/**
 * An agent through the proxy the environment names for this endpoint, or undefined for a
 * direct connection. https-proxy-agent is loaded only when a proxy applies (self-hosted
 * runners behind one); it tunnels with CONNECT, so it serves http and https endpoints alike.
 */
async function proxyAgent(endpoint, env) {
    const proxy = (0,proxy_for/* proxyFor */.i)(endpoint, env);
    if (proxy === undefined)
        return undefined;
    const { HttpsProxyAgent } = await __webpack_require__.e(/* import() */ 669).then(__webpack_require__.t.bind(__webpack_require__, 3669, 23));
    return new HttpsProxyAgent(proxy, { keepAlive: true });
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
