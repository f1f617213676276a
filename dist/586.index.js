export const id = 586;
export const ids = [586];
export const modules = {

/***/ 2586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkReferencedRemoval: () => (/* binding */ checkReferencedRemoval)
/* harmony export */ });
/** Flags listed in one message, and places listed per flag. */
const MAX_FLAGS = 10;
const MAX_PLACES = 3;
/**
 * Refuses a bundle that removes flags the code still reads, deprecated or not: the app would
 * get its default for a flag it still asks about. `refs` must come from a search that
 * included the removed keys (they are no longer in the bundle); a key it lacks is a wiring
 * error and throws, rather than passing unsearched.
 */
function checkReferencedRemoval(removedKeys, refs) {
    const byKey = new Map(refs.references.map((r) => [r.key, r]));
    const missing = removedKeys.filter((k) => !byKey.has(k));
    if (missing.length > 0)
        throw new Error(`checkReferencedRemoval: the code search did not include the removed flags ${missing.join(', ')}; search for the deployed version's keys too`);
    const inUse = removedKeys.map((k) => byKey.get(k)).filter((r) => r.total > 0);
    if (removedKeys.length === 0)
        return result('pass', 'The bundle removes no flags.', inUse);
    if (inUse.length === 0)
        return result('pass', `No searched file reads the ${removedKeys.length === 1 ? 'removed flag' : `${removedKeys.length} removed flags`} (${refs.filesScanned} files searched).`, inUse);
    const listed = inUse.slice(0, MAX_FLAGS).map(describe);
    if (inUse.length > MAX_FLAGS)
        listed.push(`and ${inUse.length - MAX_FLAGS} more`);
    const count = inUse.length === 1 ? 'a flag' : `${inUse.length} flags`;
    return result('refuse', `Refusing to remove ${count} the code still reads: ${listed.join('; ')}. Remove the reads first and deploy the removal after that code ships (a deprecated flag is no exception).`, inUse);
}
function describe(r) {
    const places = r.matches
        .slice(0, MAX_PLACES)
        .map((m) => `${m.path}:${m.line}`);
    const more = r.total - places.length;
    return `\`${r.key}\` at ${places.join(', ')}${more > 0 ? ` and ${more} more ${more === 1 ? 'place' : 'places'}` : ''}`;
}
function result(outcome, message, inUse) {
    return { guard: 'flag-in-use', outcome, message, inUse };
}


/***/ })

};
