export const id = 395;
export const ids = [395];
export const modules = {

/***/ 4395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assessHygiene: () => (/* binding */ assessHygiene)
/* harmony export */ });
/**
 * Joins the bundle's flags with where the code reads them. `today` is `YYYY-MM-DD` (UTC), as
 * for the deprecation check in bundle/check-semantics.ts: a flag due today is not yet stale.
 */
function assessHygiene(input) {
    const { flags, today, refs } = input;
    const byKey = new Map(refs.references.map((r) => [r.key, r]));
    const referencesOf = (key) => byKey.get(key) ?? { key, total: 0, files: 0, matches: [] };
    const references = flags.map((f) => referencesOf(f.key));
    const stale = flags
        .filter((f) => f.deprecationDate !== undefined && f.deprecationDate < today)
        .map((f) => ({
        key: f.key,
        date: f.deprecationDate,
        references: referencesOf(f.key)
    }))
        .sort((a, b) => a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.key < b.key ? -1 : 1);
    const defined = new Set(flags.map((f) => f.key));
    return {
        flagCount: flags.length,
        referencedCount: references.filter((r) => r.total > 0).length,
        // No file searched (patterns that match nothing) proves nothing unused.
        unreferenced: refs.filesScanned === 0
            ? []
            : references
                .filter((r) => r.total === 0)
                .map((r) => r.key)
                .sort(),
        stale,
        // A search made with other keys than the bundle's may call a bundle flag undefined.
        undefinedReads: refs.undefinedReads.filter((u) => !defined.has(u.key)),
        references,
        scan: {
            patterns: refs.patterns,
            filesScanned: refs.filesScanned,
            bytesScanned: refs.bytesScanned,
            skipped: refs.skipped,
            maxFileBytes: refs.maxFileBytes,
            maxMatchesPerKey: refs.maxMatchesPerKey
        }
    };
}


/***/ })

};
