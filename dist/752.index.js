export const id = 752;
export const ids = [752];
export const modules = {

/***/ 3752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   boundClients: () => (/* binding */ boundClients)
/* harmony export */ });
/**
 * The clients with every `send` bound to `signal`: a call in flight is aborted when it fires
 * (a cancel, the deadline), whoever made the call: a paginator, a reader built elsewhere, a
 * call that forgot its own signal. A signal the caller passes still counts; the call ends at
 * the first of the two. The client stays an instance of its class (paginators check that).
 */
function boundClients(clients, signal) {
    const cloudwatch = new Map();
    return {
        region: clients.region,
        appconfig: bound(clients.appconfig, signal),
        cloudwatch(region) {
            let client = cloudwatch.get(region);
            if (client === undefined) {
                client = bound(clients.cloudwatch(region), signal);
                cloudwatch.set(region, client);
            }
            return client;
        }
    };
}
function bound(client, signal) {
    const send = client.send.bind(client);
    const boundSend = (command, options) => send(command, {
        ...options,
        abortSignal: options?.abortSignal === undefined
            ? signal
            : AbortSignal.any([options.abortSignal, signal])
    });
    return new Proxy(client, {
        get(target, property, receiver) {
            if (property === 'send')
                return boundSend;
            return Reflect.get(target, property, receiver);
        }
    });
}


/***/ })

};
