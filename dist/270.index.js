export const id = 270;
export const ids = [270];
export const modules = {

/***/ 4270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fixedContent: () => (/* binding */ fixedContent)
/* harmony export */ });
/** A content that does not depend on what runs (a bundle, an existing version). */
function fixedContent(content) {
    return {
        source: content.source,
        choose: () => Promise.resolve({ content })
    };
}


/***/ })

};
