export const id = 675;
export const ids = [675];
export const modules = {

/***/ 675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findCodeReferences: () => (/* binding */ findCodeReferences)
});

// UNUSED EXPORTS: LINE_MAX_CHARS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/hygiene/create-key-matcher.ts
/**
 * The matching rule for code references (docs/code-references.md): a flag key is found where it
 * stands as a whole word, a maximal run of word characters (ASCII letters, digits, `_`, `-`,
 * `$`, and any non-ASCII letter, digit or mark). So `'new-checkout'`, `"new-checkout"`,
 * `flags.new_checkout` and `new-checkout:` match `new-checkout`, while `new-checkout-v2`,
 * `old_new_checkout` and `NEW_CHECKOUT` do not. `-` is a word character because keys use it:
 * `git grep -w` would find `new-checkout` inside `new-checkout-v2`; this rule does not.
 *
 * The scan works on the file's bytes, one pass, no regular expression: tokens are hashed as
 * they are read and looked up in a small open hash table, so 500 keys cost no more than one.
 */
/** 1: an ASCII word byte; 2: a byte of a multi-byte UTF-8 sequence (decided on the slow path). */
const WORD = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
    const ascii = (c >= 0x30 && c <= 0x39) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x61 && c <= 0x7a) ||
        c === 0x5f ||
        c === 0x2d ||
        c === 0x24;
    WORD[c] = ascii ? 1 : c >= 0x80 ? 2 : 0;
}
/** Bytes of an identifier (an accessor's name): no `-`. */
const IDENT = new Uint8Array(256);
for (let c = 0; c < 256; c++)
    IDENT[c] = WORD[c] === 1 && c !== 0x2d ? 1 : 0;
const QUOTE_SINGLE = 0x27;
const QUOTE_DOUBLE = 0x22;
const BACKTICK = 0x60;
const PAREN = 0x28;
const BRACKET = 0x5b;
/** Non-word characters in decoded text, for tokens with non-ASCII characters. */
const NON_WORD = /[^\p{L}\p{N}\p{M}_$-]+/u;
function hashBytes(bytes, start, end) {
    let h = 0;
    for (let i = start; i < end; i++)
        h = (Math.imul(h, 31) + bytes[i]) | 0;
    return h;
}
/** A matcher for `keys` (deduplicated by the caller; empty keys are ignored). */
function createKeyMatcher(keys) {
    const encoded = keys.map((k) => Buffer.from(k, 'utf8'));
    const byText = new Map();
    keys.forEach((k, i) => {
        if (k !== '' && !byText.has(k))
            byText.set(k, i);
    });
    let size = 16;
    while (size < keys.length * 2)
        size <<= 1;
    const mask = size - 1;
    const heads = new Int32Array(size).fill(-1);
    const next = new Int32Array(keys.length).fill(-1);
    const hashes = new Int32Array(keys.length);
    const FIRST = new Uint8Array(256);
    const LAST = new Uint8Array(256);
    let minLength = Number.MAX_SAFE_INTEGER;
    let maxLength = 0;
    for (const i of byText.values()) {
        // `i` indexes `keys` and the key is not empty, so these reads are in range.
        const bytes = encoded[i];
        const hash = hashBytes(bytes, 0, bytes.length);
        hashes[i] = hash;
        const slot = hash & mask;
        next[i] = heads[slot];
        heads[slot] = i;
        FIRST[bytes[0]] = 1;
        LAST[bytes[bytes.length - 1]] = 1;
        minLength = Math.min(minLength, bytes.length);
        maxLength = Math.max(maxLength, bytes.length);
    }
    const wantsLiterals = (visitor) => visitor.literal !== undefined;
    function lookup(bytes, start, end, hash) {
        // The chains hold indexes into `keys` and end with -1, so every read is in range.
        for (let k = heads[hash & mask]; k !== -1; k = next[k]) {
            if (hashes[k] !== hash)
                continue;
            const key = encoded[k];
            if (key.length !== end - start)
                continue;
            let same = true;
            for (let j = 0; j < key.length; j++)
                if (key[j] !== bytes[start + j]) {
                    same = false;
                    break;
                }
            if (same)
                return k;
        }
        return -1;
    }
    function scan(bytes, length, visitor) {
        const literals = wantsLiterals(visitor);
        let i = 0;
        while (i < length) {
            // `i < length <= bytes.length`, and WORD has an entry for every byte.
            let c = bytes[i];
            if (WORD[c] === 0) {
                i++;
                continue;
            }
            const start = i;
            let seen = 0;
            do {
                seen |= c;
                i++;
            } while (i < length && WORD[(c = bytes[i])] !== 0);
            if ((seen & 0x80) !== 0) {
                scanWide(bytes, start, i, visitor);
                continue;
            }
            const end = i;
            const width = end - start;
            // Cheap filters first: most tokens are no key by length, first or last byte.
            const candidate = width >= minLength &&
                width <= maxLength &&
                FIRST[bytes[start]] === 1 &&
                LAST[bytes[end - 1]] === 1;
            if (!candidate && !(literals && width <= 64))
                continue;
            const known = candidate
                ? lookup(bytes, start, end, hashBytes(bytes, start, end))
                : -1;
            const quoted = start > 0 &&
                end < length &&
                bytes[end] === bytes[start - 1] &&
                (c === QUOTE_SINGLE || c === QUOTE_DOUBLE || c === BACKTICK);
            if (known === -1 && !quoted)
                continue;
            const accessor = quoted ? accessorHash(bytes, start - 1) : 0;
            if (known !== -1)
                visitor.key(known, start, end, accessor);
            else if (accessor !== 0 && isKeyLike(bytes, start, end))
                visitor.literal(accessor, start, end);
        }
    }
    /** A token with non-ASCII bytes: decode it and split it at non-word characters (rare). */
    function scanWide(bytes, start, end, visitor) {
        const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
        let offset = 0;
        for (const part of text.split(new RegExp(NON_WORD.source, 'gu'))) {
            const at = text.indexOf(part, offset);
            offset = at + part.length;
            const index = part === '' ? undefined : byText.get(part);
            if (index === undefined)
                continue;
            const from = start + Buffer.byteLength(text.slice(0, at));
            visitor.key(index, from, from + Buffer.byteLength(part), 0);
        }
    }
    return { keys, scan };
}
/** AppConfig's key grammar on bytes: `[a-z][a-zA-Z0-9_-]{0,63}`. */
function isKeyLike(bytes, start, end) {
    // Called with a non-empty token inside `bytes`, so every read is in range.
    const first = bytes[start];
    if (end - start > 64 || first < 0x61 || first > 0x7a)
        return false;
    for (let i = start + 1; i < end; i++)
        if (bytes[i] === 0x24 || WORD[bytes[i]] !== 1)
            return false;
    return true;
}
/** Where the accessor's name is before a string literal's opening quote, if it has one. */
function accessorSpan(bytes, quote) {
    let p = quote - 1;
    while (p >= 0 && (bytes[p] === 0x20 || bytes[p] === 0x09))
        p--;
    if (p < 0 || (bytes[p] !== PAREN && bytes[p] !== BRACKET))
        return undefined;
    const open = bytes[p];
    p--;
    while (p >= 0 && (bytes[p] === 0x20 || bytes[p] === 0x09))
        p--;
    // Optional chaining: `flags?.['x']`, `get?.('x')`.
    if (p >= 1 && bytes[p] === 0x2e && bytes[p - 1] === 0x3f)
        p -= 2;
    const end = p + 1;
    while (p >= 0 && IDENT[bytes[p]] === 1)
        p--;
    const start = p + 1;
    // `start < end <= quote`, so the first byte of the name is in range.
    if (start === end || (bytes[start] >= 0x30 && bytes[start] <= 0x39))
        return undefined;
    return { start, end, open };
}
/**
 * A non-zero hash of the call or index a string literal is the first argument of (see
 * {@link accessorName}), or 0. Hashing, not naming, keeps the scan free of allocations.
 */
function accessorHash(bytes, quote) {
    const span = accessorSpan(bytes, quote);
    if (span === undefined)
        return 0;
    const h = (Math.imul(hashBytes(bytes, span.start, span.end), 31) + span.open) | 0;
    return h === 0 ? 1 : h;
}
/**
 * The call or index a string literal is the first argument of: `isEnabled(` for
 * `isEnabled('x')`, `flags[` for `flags["x"]`, `getFlag(` for `client?.getFlag('x')`. The
 * name is the last identifier only, so `a.isEnabled(` and `b.isEnabled(` are one accessor.
 */
function accessorName(bytes, quote) {
    const span = accessorSpan(bytes, quote);
    if (span === undefined)
        return undefined;
    return (Buffer.from(bytes.buffer, bytes.byteOffset + span.start, span.end - span.start).toString('latin1') + String.fromCharCode(span.open));
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/bundle/read-workspace-file.ts
var read_workspace_file = __webpack_require__(3477);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/hygiene/list-source-files.ts





/**
 * Checks and splits the patterns: relative to the workspace, `/`-separated, no `..`; a
 * leading `!` excludes. Throws an error naming the input and the pattern.
 */
function splitPatterns(patterns) {
    const include = [];
    const exclude = [];
    for (const raw of patterns) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const negated = line.startsWith('!');
        const pattern = (negated ? line.slice(1) : line).replace(/^(\.\/)+/, '');
        if (pattern === '' ||
            pattern.startsWith('/') ||
            /^[A-Za-z]:/.test(pattern) ||
            pattern.includes('\\') ||
            pattern.split('/').includes('..'))
            throw new Error(`code-references: '${raw}' is not a pattern relative to the workspace; write paths like 'src/**/*.ts' (forward slashes, no '..', no leading '/')`);
        (negated ? exclude : include).push(pattern);
    }
    return { include, exclude };
}
/**
 * The files under `root` that match the patterns and are not ignored by a `.gitignore` (in
 * any directory) or `.git/info/exclude`, in path order, yielded as the walk goes so a caller
 * can read them while it continues. `.git/` and symbolic links are never followed: a link to a
 * place in the workspace is searched there, under its own name; a link the patterns reach that
 * leads outside the workspace (a pull request can commit one) is refused with a
 * WorkspaceLinkError, so a search never reads what it was not asked to.
 */
function* listSourceFiles(root, patterns) {
    if (patterns.include.length === 0)
        return;
    const matches = picomatch_default()([...patterns.include], {
        ignore: [...patterns.exclude]
    });
    const bases = patterns.include.map((p) => picomatch_default().scan(p).base);
    const reachable = (dir) => bases.some((base) => base === '' ||
        base === dir ||
        base.startsWith(`${dir}/`) ||
        dir.startsWith(`${base}/`));
    const rootRules = readRules(external_node_path_default().join(root, '.git', 'info', 'exclude'));
    const chain = rootRules ? [{ dir: '', rules: rootRules }] : [];
    let realRoot;
    try {
        realRoot = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        realRoot = external_node_path_default().resolve(root);
    }
    // Not followed; refused when it leads out of the workspace to a file a pattern matches, or
    // to a directory a pattern reaches into.
    const checkLink = (relative, absolute, ignored) => {
        let target;
        let isDirectory;
        try {
            target = (0,external_node_fs_.realpathSync)(absolute);
            isDirectory = (0,external_node_fs_.statSync)(target).isDirectory();
        }
        catch {
            return; // a dangling link reads nothing
        }
        if ((0,read_workspace_file/* isInside */.FK)(realRoot, target) || ignored(isDirectory))
            return;
        if (isDirectory ? reachable(relative) : matches(relative))
            throw new read_workspace_file/* WorkspaceLinkError */.gR('code-references', (0,read_workspace_file/* linkMessage */.EB)('code-references', relative, target));
    };
    yield* walk(root, '', chain, matches, reachable, checkLink);
}
function* walk(root, dir, chain, matches, reachable, checkLink) {
    const absolute = external_node_path_default().join(root, dir);
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(absolute, { withFileTypes: true });
    }
    catch (error) {
        // The root must exist; a directory that vanished or cannot be read mid-walk is skipped.
        if (dir === '')
            throw error;
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let rules = chain;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
        const own = readRules(external_node_path_default().join(absolute, '.gitignore'));
        if (own)
            rules = [...chain, { dir, rules: own }];
    }
    for (const entry of entries) {
        const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
            if (entry.name === '.git')
                continue;
            if (!reachable(relative) || isIgnored(rules, relative, true))
                continue;
            yield* walk(root, relative, rules, matches, reachable, checkLink);
        }
        else if (entry.isSymbolicLink()) {
            checkLink(relative, external_node_path_default().join(absolute, entry.name), (isDirectory) => isIgnored(rules, relative, isDirectory));
        }
        else if (entry.isFile()) {
            if (!matches(relative) || isIgnored(rules, relative, false))
                continue;
            yield { path: relative, absolute: external_node_path_default().join(absolute, entry.name) };
        }
    }
}
function readRules(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    return ignore_default()({ allowRelativePaths: true }).add(text);
}
/** Git's precedence: the deepest `.gitignore` with a rule for the path decides. */
function isIgnored(chain, relative, isDirectory) {
    for (let i = chain.length - 1; i >= 0; i--) {
        const { dir, rules } = chain[i];
        const local = dir === '' ? relative : relative.slice(dir.length + 1);
        const result = rules.test(isDirectory ? `${local}/` : local);
        if (result.ignored)
            return true;
        if (result.unignored)
            return false;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/hygiene/find-code-references.ts



/** Lines are quoted up to this length. */
const LINE_MAX_CHARS = 200;
/** Git's heuristic: a NUL in the first 8,000 bytes makes a file binary. */
const BINARY_PROBE_BYTES = 8000;
/** How long the search runs before it lets the event loop turn. */
const YIELD_EVERY_MS = 20;
/**
 * Searches the workspace files matching `patterns` for whole-word occurrences of `keys`
 * (docs/code-references.md has the rule and its limits). Files are read one at a time into one
 * reused buffer and scanned in one pass, so memory does not grow with the file sizes.
 *
 * Undefined keys take a second look at few files: the first pass notes, per file, the
 * accessors that got a key-like literal that is no known key (hashes, a few bytes a file);
 * once the pass has shown which accessors read flags, only the files that passed unknown
 * literals to one of those are read again to name the literals.
 */
async function findCodeReferences(options) {
    const maxFileBytes = options.maxFileBytes ?? 1024 * 1024;
    const maxMatches = options.maxMatchesPerKey ?? 50;
    const keys = [...new Set(options.keys)];
    const matcher = createKeyMatcher(keys);
    const tallies = keys.map(() => ({
        total: 0,
        files: 0,
        lastFile: -1,
        matches: []
    }));
    const accessors = new Map();
    /** Per file with unknown key-like literals: the accessors they went to. */
    const pending = [];
    const skipped = { binary: 0, tooLarge: 0, unreadable: 0 };
    let filesScanned = 0;
    let bytesScanned = 0;
    const scanFile = (file, bytes, length) => {
        const id = filesScanned;
        const lines = lineCounter(bytes);
        const unknown = new Set();
        matcher.scan(bytes, length, {
            key(index, start, _end, accessor) {
                // The matcher reports indexes into `keys`, and there is one tally per key.
                const tally = tallies[index];
                tally.total++;
                if (tally.lastFile !== id) {
                    tally.lastFile = id;
                    tally.files++;
                }
                if (accessor !== 0) {
                    let entry = accessors.get(accessor);
                    if (entry === undefined) {
                        entry = { name: accessorName(bytes, start - 1), known: new Set() };
                        accessors.set(accessor, entry);
                    }
                    entry.known.add(index);
                }
                if (tally.matches.length < maxMatches)
                    tally.matches.push(reference(file.path, bytes, length, start, lines));
            },
            literal(accessor) {
                unknown.add(accessor);
            }
        });
        if (unknown.size > 0)
            pending.push({ file, accessors: Int32Array.from(unknown) });
    };
    const buffer = Buffer.allocUnsafe(maxFileBytes);
    const read = (file) => {
        const result = readInto(file.absolute, buffer);
        if (result === 'unreadable')
            skipped.unreadable++;
        else if (result === 'too-large')
            skipped.tooLarge++;
        else if (isBinary(buffer, result))
            skipped.binary++;
        else
            return result;
        return undefined;
    };
    let sliceStarted = performance.now();
    const pause = async () => {
        // Synchronous reads are several times faster here (list-source-files.ts says why); yield
        // to the event loop every few milliseconds so timers and a cancel still get through.
        if (performance.now() - sliceStarted > YIELD_EVERY_MS) {
            await new Promise((resolve) => setImmediate(resolve));
            sliceStarted = performance.now();
        }
        options.signal?.throwIfAborted();
    };
    for (const file of listSourceFiles(options.root, splitPatterns(options.patterns))) {
        await pause();
        const length = read(file);
        if (length === undefined)
            continue;
        scanFile(file, buffer, length);
        filesScanned++;
        bytesScanned += length;
    }
    // A flag accessor: at least two known keys go through it (the rest is decided below).
    const flagAccessors = new Map([...accessors].filter(([, a]) => a.known.size >= 2));
    const literals = new Map();
    const perAccessor = new Map();
    let again = 0;
    for (const { file, accessors: used } of pending) {
        if (!used.some((h) => flagAccessors.has(h)))
            continue;
        await pause();
        const length = read(file);
        if (length === undefined)
            continue;
        const id = again++;
        const lines = lineCounter(buffer);
        matcher.scan(buffer, length, {
            key() { },
            literal(accessor, start, end) {
                const entry = flagAccessors.get(accessor);
                if (entry === undefined)
                    return;
                const text = buffer.toString('latin1', start, end);
                const texts = perAccessor.get(accessor) ?? new Set();
                perAccessor.set(accessor, texts.add(text));
                let literal = literals.get(text);
                if (literal === undefined) {
                    literal = {
                        total: 0,
                        files: 0,
                        lastFile: -1,
                        matches: [],
                        accessors: new Set()
                    };
                    literals.set(text, literal);
                }
                literal.total++;
                literal.accessors.add(entry.name);
                if (literal.lastFile !== id) {
                    literal.lastFile = id;
                    literal.files++;
                }
                if (literal.matches.length < maxMatches)
                    literal.matches.push(reference(file.path, buffer, length, start, lines));
            }
        });
    }
    // Reported through accessors where known keys outnumber other key-like strings, so `t(`
    // (translations) is not a flag accessor because one translation key equals a flag key.
    const reported = new Set();
    for (const [hash, accessor] of flagAccessors) {
        const texts = perAccessor.get(hash);
        if (texts !== undefined && texts.size < accessor.known.size)
            for (const text of texts)
                reported.add(text);
    }
    const undefinedReads = [...reported].sort(compare).map((key) => {
        const literal = literals.get(key);
        const names = [...literal.accessors].filter((name) => [...flagAccessors].some(([hash, a]) => a.name === name && perAccessor.get(hash)?.has(key)));
        return {
            key,
            accessors: names.sort(compare),
            total: literal.total,
            files: literal.files,
            matches: sortReferences(literal.matches)
        };
    });
    return {
        patterns: [...options.patterns],
        references: keys.map((key, i) => {
            const tally = tallies[i]; // one tally per key
            return {
                key,
                total: tally.total,
                files: tally.files,
                matches: sortReferences(tally.matches)
            };
        }),
        undefinedReads,
        filesScanned,
        bytesScanned,
        skipped,
        maxMatchesPerKey: maxMatches,
        maxFileBytes
    };
}
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Line numbers for offsets asked in increasing order: each byte is counted once per file
 * however many matches it has.
 */
function lineCounter(bytes) {
    let line = 1;
    let lineStart = 0;
    let counted = 0;
    return (offset) => {
        // indexOf is memchr: several times faster than a byte loop over a whole file.
        if (offset > counted)
            for (let i = bytes.indexOf(0x0a, counted); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
                line++;
                lineStart = i + 1;
            }
        counted = Math.max(counted, offset);
        return { line, lineStart };
    };
}
/**
 * Reads a whole file into `buffer`: its length, or why it was not read. Only files no larger
 * than the buffer are read, so the one buffer is all the memory a file takes.
 */
function readInto(file, buffer) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch {
        return 'unreadable';
    }
    try {
        // No fstat: a read that fills the buffer is followed by a one-byte probe instead.
        let length = 0;
        for (;;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, length);
            if (read === 0)
                return length;
            length += read;
            if (length === buffer.length)
                return (0,external_node_fs_.readSync)(fd, Buffer.alloc(1), 0, 1, length) > 0
                    ? 'too-large'
                    : length;
        }
    }
    catch {
        return 'unreadable';
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function isBinary(buffer, length) {
    return (buffer.subarray(0, Math.min(length, BINARY_PROBE_BYTES)).indexOf(0) !== -1);
}
function reference(path, bytes, length, start, lines) {
    const { line, lineStart } = lines(start);
    let lineEnd = bytes.indexOf(0x0a, start);
    if (lineEnd === -1 || lineEnd > length)
        lineEnd = length;
    // Long minified lines: quote the part around the match, not the start of the line.
    const from = Math.max(lineStart, start - LINE_MAX_CHARS);
    const to = Math.min(lineEnd, start + LINE_MAX_CHARS * 2);
    const text = bytes.toString('utf8', from, to).trim();
    return {
        path,
        line,
        col: characters(bytes, lineStart, start) + 1,
        text: cut(text, from > lineStart)
    };
}
/** Characters (code points) in UTF-8 bytes: every byte but continuation bytes starts one. */
function characters(bytes, start, end) {
    let n = 0;
    for (let i = start; i < end; i++)
        if ((bytes[i] & 0xc0) !== 0x80)
            n++;
    return n;
}
function cut(text, clipped) {
    const head = clipped ? `…${text}` : text;
    return head.length <= LINE_MAX_CHARS
        ? head
        : `${head.slice(0, LINE_MAX_CHARS - 1)}…`;
}
function sortReferences(list) {
    return list.sort((a, b) => a.path < b.path
        ? -1
        : a.path > b.path
            ? 1
            : a.line - b.line || a.col - b.col);
}


/***/ })

};
