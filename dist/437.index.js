export const id = 437;
export const ids = [437];
export const modules = {

/***/ 6437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishComment: () => (/* binding */ publishComment)
});

// EXTERNAL MODULE: ./src/report/limits.ts
var limits = __webpack_require__(5356);
// EXTERNAL MODULE: ./src/report/render-plan.ts
var render_plan = __webpack_require__(7594);
// EXTERNAL MODULE: ./src/report/render-summary.ts + 1 modules
var render_summary = __webpack_require__(4521);
;// CONCATENATED MODULE: ./src/report/render-comment.ts



/**
 * The pull-request comment for any report. With a plan (a refused guard included) it is the
 * plan; without one (an invalid bundle, bad input, an AWS error, validate mode) it is the
 * summary, which says what went wrong and links each bundle problem to its line, so a stale
 * happy plan never survives a failing push. Always carries the target's marker and fits in
 * `maxChars` (GitHub's 65,536 characters).
 */
function renderComment(report, context, maxChars = limits/* COMMENT_MAX_CHARS */.dq) {
    if (report.plan !== undefined)
        return (0,render_plan/* renderPlanMarkdown */.d$)(report, context, maxChars);
    // Said first, so a reviewer who saw the previous push's plan here knows it no longer holds.
    const head = report.mode === 'validate'
        ? (0,render_plan/* planMarker */.YH)(report)
        : `${(0,render_plan/* planMarker */.YH)(report)}\n> ⚠️ **No plan for this push:** the run stopped before it could compare with what runs (below: why). An earlier plan shown here no longer applies.\n`;
    // The summary is fitted in bytes, which never undercounts characters.
    return `${head}\n${(0,render_summary/* renderSummary */.Br)(report, context, maxChars - head.length - 1)}`;
}

;// CONCATENATED MODULE: ./src/github/publish-comment.ts


/**
 * Posts (or updates) the report as the pull request's comment for this target. Octokit is
 * loaded only here, so runs without `pr-comment: true` never load it. Never throws: a comment
 * that cannot be posted is a notice, and the step's outcome is the plan's alone.
 */
async function publishComment(report, request) {
    try {
        const { postPullRequestComment } = await __webpack_require__.e(/* import() */ 111).then(__webpack_require__.bind(__webpack_require__, 2111));
        return await postPullRequestComment({
            token: request.token,
            apiUrl: request.env.GITHUB_API_URL,
            repository: request.context.repository,
            eventName: request.env.GITHUB_EVENT_NAME,
            eventPath: request.env.GITHUB_EVENT_PATH,
            marker: (0,render_plan/* planMarker */.YH)(report),
            body: (limit) => renderComment(report, request.context, limit),
            log: request.log
        });
    }
    catch (error) {
        return {
            status: 'failed',
            notice: `The pull-request comment could not be posted: ${error instanceof Error ? error.message : String(error)}`
        };
    }
}


/***/ })

};
