// The pipeline CLI as one prebuilt JavaScript file per thread (the CLI and its worker), built with
// esbuild when a source has changed and cached in node_modules/.cache. Running the TypeScript
// through tsx cost every run about 0.6 CPU-s of loader start-up, and every worker thread paid its
// module loading again; a bundle loads in a tenth of that. Plain JavaScript, so Node runs it as is.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = join(ROOT, 'node_modules/.cache/sco-preprocess');
const STAMP = join(CACHE, 'current.json');
const ENTRIES = ['scripts/preprocess/cli.ts', 'scripts/preprocess/workers/analysisWorker.ts'];
/** Not sources, but a change in them can change the bundle (build options, compiler settings, package versions). */
const SETTINGS = ['scripts/preprocess/bundle.mjs', 'tsconfig.json', 'package-lock.json'];
const FORMAT = 1;

/**
 * The HTML reader's DOM (linkedom) set up on its first use rather than when a thread starts: its
 * module code cost every thread ~0.23 G instructions at start-up, and a corpus of Markdown and
 * plain text never needs it. The import is swapped for a function that requires the same module,
 * which esbuild keeps in the bundle behind a lazy initialiser.
 */
const lazyDom = {
  name: 'lazy-dom',
  setup(build) {
    build.onResolve({ filter: /^linkedom\/worker$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      if (args.namespace !== 'lazy-dom') return { path: args.path, namespace: 'lazy-dom' };
      // The package exports this entry to `import` only: resolved as an import, then required by its file.
      const { path, errors } = await build.resolve(args.path, { kind: 'import-statement', resolveDir: ROOT, pluginData: 'real' });
      return errors.length > 0 ? { errors } : { path };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-dom' }, (args) => ({
      contents: `let dom; export function parseHTML(...args) { dom ??= require(${JSON.stringify(args.path)}); return dom.parseHTML(...args); }`,
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

/** What a source file looked like when the bundle was made from it. */
const signature = (file) => {
  try {
    const stat = statSync(join(ROOT, file));
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
};

function currentBundle() {
  if (!existsSync(STAMP)) return null;
  try {
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
    if (stamp.format !== FORMAT || !existsSync(join(CACHE, stamp.dir, 'cli.mjs'))) return null;
    for (const [file, seen] of Object.entries(stamp.inputs)) if (signature(file) !== seen) return null;
    return join(CACHE, stamp.dir);
  } catch {
    return null;
  }
}

async function build() {
  const { build: esbuild } = await import('esbuild');
  mkdirSync(CACHE, { recursive: true });
  const dir = `build-${Date.now().toString(36)}-${process.pid}`;
  const temp = join(CACHE, `.${dir}.tmp`);
  let result;
  try {
    result = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    // Both land side by side: analysePool starts ./analysisWorker.mjs beside its own file.
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    outdir: temp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // esbuild rewrites every regex literal with \p{…} as `new RegExp(…)`, in case the runtime lacks
    // the property: in a function body that built a fresh RegExp on every call (tens of thousands of
    // calls per article batch). Node 20 has every property the sources use, so the literals stay.
    supported: { 'regexp-unicode-property-escapes': true },
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
    plugins: [lazyDom],
    // CommonJS packages inside an ES module bundle still call require (yaml asks for "process").
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
    });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  const inputs = Object.fromEntries([...SETTINGS, ...Object.keys(result.metafile.inputs)].map((file) => [file, signature(file)]));
  renameSync(temp, join(CACHE, dir));
  // The stamp is written whole and renamed, so a run beside this one reads the old or the new one.
  writeFileSync(`${STAMP}.${process.pid}`, JSON.stringify({ format: FORMAT, dir, inputs }));
  renameSync(`${STAMP}.${process.pid}`, STAMP);
  // Older builds go once nothing can still be starting their workers (a run in progress loaded them minutes ago at most).
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(CACHE)) {
    if (name.startsWith('build-') && name !== dir && statSync(join(CACHE, name)).mtimeMs < hourAgo) rmSync(join(CACHE, name), { recursive: true, force: true });
  }
  return join(CACHE, dir);
}

/** The bundled CLI's path, built first when any source it was made from has changed since. */
export async function pipelineBundle() {
  const dir = currentBundle() ?? (await build());
  return join(dir, 'cli.mjs');
}

// `node scripts/preprocess/bundle.mjs`: build (or check) the bundle and print its path; the bench does this before it times runs.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) console.log(await pipelineBundle());
