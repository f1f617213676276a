export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClients: () => (/* binding */ createClients),
/* harmony export */   resolveRegion: () => (/* binding */ resolveRegion)
/* harmony export */ });
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8750);

const USER_AGENT = 'appconfig-guarded-rollout';
/** The region: the input, else AWS_REGION / AWS_DEFAULT_REGION (configure-aws-credentials sets both). */
function resolveRegion(input, env) {
    const region = input ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
    if (!region) {
        throw new _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('region', "No AWS region: set the input 'region', or AWS_REGION (aws-actions/configure-aws-credentials sets it from its aws-region input).");
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
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(296)]).then(__webpack_require__.t.bind(__webpack_require__, 5296, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(85)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19))
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


/***/ })

};
