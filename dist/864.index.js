export const id = 864;
export const ids = [864];
export const modules = {

/***/ 1864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readDeployments),
/* harmony export */   VersionReader: () => (/* binding */ VersionReader)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5296);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _aws_required_field_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8677);
/* harmony import */ var _deployment_states_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6317);




/**
 * Reads the environment's deployments, newest first, until it knows both whether one is in
 * progress and which version of this profile is live. Rolled-back and reverted deployments are
 * not live; errors are never swallowed (a missed page would make an old version look current:
 * koh-sh/apcdeploy#103).
 */
async function readDeployments(client, scope, versions) {
    let active;
    let live;
    await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .awsStep */ .ak)("Reading the environment's deployments", 'appconfig:ListDeployments', async () => {
        const pages = (0,_aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_3__.paginateListDeployments)({ client, pageSize: 50 }, {
            ApplicationId: scope.applicationId,
            EnvironmentId: scope.environmentId
        });
        for await (const page of pages) {
            for (const item of page.Items ?? []) {
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
        }
    });
    if (live === undefined)
        return { active, deployed: undefined };
    const version = Number(live.version);
    if (!Number.isInteger(version)) {
        throw new _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsStepError */ .Ac(`Deployment ${live.deploymentNumber} names configuration version '${live.version}', which is not a hosted version number.`, "Reading the environment's deployments", 'UnexpectedAnswer');
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
        const output = await (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .awsStep */ .ak)(`Reading hosted configuration version ${number}`, 'appconfig:GetHostedConfigurationVersion', () => this.client.send(new _aws_sdk_client_appconfig__WEBPACK_IMPORTED_MODULE_3__.GetHostedConfigurationVersionCommand({
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
            throw new _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsStepError */ .Ac(`Hosted configuration version ${number} is not JSON, so it cannot be compared with the bundle; is this really a feature-flag profile?`, `Reading hosted configuration version ${number}`, 'UnexpectedAnswer');
        }
        return { number, label: output.VersionLabel, content };
    }
}


/***/ }),

/***/ 4931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ AwsStepError),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   ak: () => (/* binding */ awsStep),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   m_: () => (/* binding */ isAwsError)
/* harmony export */ });
/* unused harmony exports requestIdOf, errorName */
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
    /** AWS's request ID for the failed call (from the SDK error's `$metadata`), if any. */
    requestId;
    constructor(message, step, errorName, iamAction, 
    /** Throttling, 5xx or network: worth trying again later (the watch's next poll). */
    transient = false, cause) {
        super(message, cause === undefined ? undefined : { cause });
        this.step = step;
        this.errorName = errorName;
        this.iamAction = iamAction;
        this.transient = transient;
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
            requestId: this.requestId
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
    'UnauthorizedOperation',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'ExpiredToken',
    'ExpiredTokenException'
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
/** Errors worth another try on the next poll: throttling, 5xx, network. */
function isTransient(error) {
    if (error instanceof AwsStepError)
        return error.transient;
    const name = errorName(error);
    if (/Throttl|TooManyRequests|RequestLimitExceeded|InternalServer|ServiceUnavailable|TimeoutError|RequestTimeout/.test(name))
        return true;
    const status = error
        .$metadata?.httpStatusCode;
    if (status !== undefined && (status >= 500 || status === 429))
        return true;
    const code = error.code;
    return (typeof code === 'string' &&
        /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN)$/.test(code));
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
function describeAwsError(error, step, api) {
    if (error instanceof AwsStepError)
        return error;
    const name = errorName(error);
    const said = messageOf(error);
    if (ACCESS_DENIED.has(name)) {
        const credentials = /token|client/i.test(name)
            ? ' The credentials are missing, invalid or expired: check the aws-actions/configure-aws-credentials step (role-to-assume, id-token: write permission).'
            : '';
        return new AwsStepError(`${step} failed: access denied to ${api} (${said}).${credentials} Grant the role the IAM action ${api}; the README lists the whole policy.`, step, name, api, false, error);
    }
    if (name === 'CredentialsProviderError' ||
        /Could not load credentials/i.test(said)) {
        return new AwsStepError(`${step} failed: no AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (with permissions id-token: write for OIDC).`, step, name, undefined, false, error);
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
        throw new _aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsStepError */ .Ac(`${api} answered without ${field}; the action cannot go on without it. Nothing after this call was done. Re-run; if it persists, report it with the AWS request ID.`, `Reading the answer of ${api}`, 'MissingField');
    }
    return value;
}


/***/ })

};
