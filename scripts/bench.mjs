// `npm run bench`: EvalGate's performance figures (issue 6) against the fake OpenAI server in
// bench/mock-openai.mjs, measured on the built bundle (dist/index.js; `npm run build` first).
// Self-contained: Node built-ins only, no promptfoo. Prints a Markdown table of every figure next
// to its target and writes it to <out>/bench.md. Exits 1 only when a run was wrong (a case did
// not pass, or the server saw other than N successful requests); a missed speed target is shown
// in the table, not an exit code, because speed depends on the machine.
//
// Knobs (env):  N=200  LATENCY_MS=200  REPS=3 (median of)  COLD_REPS=10
//               BIG_N=10000  BIG_LATENCY_MS=2  BIG_C=64  BIG_REPS=3   (the memory run with traces; BIG_N=0 skips)
//               EVALGATE_DIST=dist/index.js   BENCH_OUT=<temp dir>
//               BENCH_NODE=<path>: the Node to measure on (default: Node 24, as GitHub runs the action)
//               BENCH_PEER=1: afterwards run promptfoo side by side through the shared peer
//               harness (bench/peer.sh; see bench/README.md).
//               SCALE=0 skips the scale figures (load, sample, validate of large suites);
//               SCALE_ONLY=1 measures only them. SCALE_REPS=3 (median of).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSuite } from '../bench/suite.mjs';
import { writeJsonlSuite, writeSchemaSuite, writeYamlSuite } from '../bench/scale.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MOCK = join(ROOT, 'bench/mock-openai.mjs');
const env = process.env;
const num = (name, fallback) => (env[name] === undefined || env[name] === '' ? fallback : Number(env[name]));

const N = num('N', 200);
const LATENCY_MS = num('LATENCY_MS', 200);
const REPS = num('REPS', 3);
const COLD_REPS = num('COLD_REPS', 10);
const BIG_N = num('BIG_N', 10_000);
const BIG_LATENCY_MS = num('BIG_LATENCY_MS', 2);
const BIG_C = num('BIG_C', 64);
const BIG_REPS = num('BIG_REPS', 3);
const SCALE = num('SCALE', 1) !== 0;
const SCALE_ONLY = num('SCALE_ONLY', 0) === 1;
const SCALE_REPS = num('SCALE_REPS', 3);
/** The 429 mode of the peer harness: every 10th request answers 429 with Retry-After: 1. */
const RL_EVERY = 10;
const DIST = resolve(ROOT, env.EVALGATE_DIST ?? 'dist/index.js');
const OUT = env.BENCH_OUT ? resolve(env.BENCH_OUT) : mkdtempSync(join(tmpdir(), 'evalgate-bench-'));
const GNU_TIME = '/usr/bin/time';
/**
 * The Node that runs EvalGate and the fake server: Node 24, as GitHub runs the action
 * (`runs.using: node24`) and as the peer harness runs promptfoo. BENCH_NODE overrides; when Node 24
 * cannot be fetched (`npx -y node@24`), this machine's Node is used and the table says so.
 */
const NODE = resolveNode();
function resolveNode() {
  if (env.BENCH_NODE) return resolve(env.BENCH_NODE);
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
  const found = spawnSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8' });
  const path = found.status === 0 ? found.stdout.trim().split('\n').pop() : '';
  return path && existsSync(path) ? path : process.execPath;
}
const HAS_GNU_TIME = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true']).status === 0;

/** Issue 6's targets. */
const TARGETS = {
  ratioC4: 1.05,
  ratioC16: 1.1,
  ratioC16RateLimited: 1.6,
  coldStartS: 0.2,
  rss200Mb: 120,
  rssBigMb: 300,
  cachedRerunS: 1,
};

/** Issue 14's scale targets. */
const SCALE_TARGETS = {
  validate10kS: 1,
  loadSample10kS: 0.5,
  loadSample100kS: 2,
  rss100kMb: 300,
  validateSchemasS: 1.5,
};

const log = (line) => process.stderr.write(`[bench] ${line}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * The best wall time any client could reach against the fake server: no overhead of its own,
 * every slot busy, Retry-After (1 s, the mock's) honoured exactly and waited out holding no slot,
 * retries sent first. With 429s this is well above ceil(N/C) × latency, because the server
 * rate-limits every Nth request it counts, retries included: the last requests are retries that
 * trickle in a second apart, and one of them is rate-limited again.
 */
export function idealWallMs({ n, c, latencyMs, rateLimitEvery, retryAfterMs = 1000 }) {
  let now = 0;
  let sent = 0;
  let originals = 0;
  let inFlight = 0;
  let retriesReady = 0;
  const events = []; // [time, kind]: 'done' | '429' | 'wake'
  const dispatch = () => {
    while (inFlight < c && (retriesReady > 0 || originals < n)) {
      if (retriesReady > 0) retriesReady -= 1;
      else originals += 1;
      sent += 1;
      inFlight += 1;
      events.push([now + latencyMs, rateLimitEvery > 0 && sent % rateLimitEvery === 0 ? '429' : 'done']);
    }
    events.sort((a, b) => a[0] - b[0]);
  };
  dispatch();
  while (events.length > 0) {
    const [time, kind] = events.shift();
    now = time;
    if (kind === 'wake') retriesReady += 1;
    else inFlight -= 1;
    if (kind === '429') events.push([now + retryAfterMs, 'wake']);
    dispatch();
  }
  return now;
}

// ---------- processes ----------

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** Starts the fake server; `stop()` ends it and resolves to its request counts. */
async function startMock({ latencyMs, rateLimitEvery = 0, name }) {
  const port = await freePort();
  const countFile = join(OUT, `${name}.mock.json`);
  const child = spawn(NODE, [MOCK], {
    env: { ...env, PORT: String(port), LATENCY_MS: String(latencyMs), RATE_LIMIT_EVERY: String(rateLimitEvery), COUNT_FILE: countFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ok, fail) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      if (text.includes('listening')) ok();
    });
    child.once('exit', (code) => fail(new Error(`mock server exited (${code}) before listening: ${text}`)));
  });
  child.stdout.resume();
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    stop: () =>
      new Promise((ok) => {
        child.once('exit', () => ok(JSON.parse(readFileSync(countFile, 'utf8'))));
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Runs a command to completion, timing it. Peak RSS and CPU come from GNU time when installed,
 * else from a preload that reports the child's own process.resourceUsage() on exit.
 */
function timed(command, args, { cwd, extraEnv = {}, name }) {
  const logFile = join(OUT, `${name}.log`);
  const usageFile = join(OUT, `${name}.usage`);
  rmSync(usageFile, { force: true });
  let file = command;
  let argv = args;
  const childEnv = { ...env, ...extraEnv };
  if (HAS_GNU_TIME) {
    file = GNU_TIME;
    argv = ['-v', '-o', usageFile, command, ...args];
  } else {
    const probe = join(OUT, 'usage-probe.cjs');
    writeFileSync(
      probe,
      "process.on('exit',()=>{const u=process.resourceUsage();require('fs').writeFileSync(process.env.BENCH_USAGE_FILE,JSON.stringify(u))});\n",
    );
    childEnv.NODE_OPTIONS = `${childEnv.NODE_OPTIONS ?? ''} --require ${probe}`.trim();
    childEnv.BENCH_USAGE_FILE = usageFile;
  }
  const fd = openSync(logFile, 'w');
  const started = process.hrtime.bigint();
  const child = spawn(file, argv, { cwd, env: childEnv, stdio: ['ignore', fd, fd] });
  return new Promise((ok, fail) => {
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      const wallS = Number(process.hrtime.bigint() - started) / 1e9;
      closeSync(fd);
      ok({ code: code ?? signal, wallS, ...readUsage(usageFile), logFile });
    });
  });
}

function readUsage(file) {
  if (!existsSync(file)) return { rssMb: NaN, cpuS: NaN };
  const text = readFileSync(file, 'utf8');
  if (HAS_GNU_TIME) {
    const field = (label) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(text)?.[1]);
    return { rssMb: field('Maximum resident set size \\(kbytes\\)') / 1024, cpuS: field('User time \\(seconds\\)') + field('System time \\(seconds\\)') };
  }
  const u = JSON.parse(text);
  return { rssMb: u.maxRSS / 1024, cpuS: (u.userCPUTime + u.systemCPUTime) / 1e6 };
}

// ---------- one EvalGate run ----------

/**
 * One `evalgate run` of the suite in `suiteDir` against a fresh fake server. Returns the timing
 * and the problems found (any case not passing, the server seeing other than `expectRequests`).
 */
async function evalgateRun({ suiteDir, n, c, latencyMs, rateLimitEvery = 0, cacheDir = null, expectRequests = n, name }) {
  const mock = await startMock({ latencyMs, rateLimitEvery, name });
  const outDir = join(OUT, `${name}.out`);
  const args = [DIST, 'run', '--config', 'evalgate.yaml', '--max-concurrency', String(c), '--openai-base-url', mock.baseUrl, '--out', outDir];
  if (cacheDir) args.push('--cache', cacheDir);
  const run = await timed(NODE, args, { cwd: suiteDir, extraEnv: { OPENAI_API_KEY: 'bench-dummy' }, name }).catch(async (error) => {
    await mock.stop();
    throw error;
  });
  const server = await mock.stop();
  const problems = [];
  if (run.code !== 0) problems.push(`exit ${run.code} (see ${run.logFile})`);
  let totals = null;
  try {
    totals = JSON.parse(readFileSync(join(outDir, 'evalgate-results.json'), 'utf8')).totals;
  } catch {
    problems.push('no results file');
  }
  if (totals && totals.passed !== n) problems.push(`passed ${totals.passed}/${n} (failed ${totals.failed}, errors ${totals.errors})`);
  if (server.ok !== expectRequests) problems.push(`server answered ${server.ok} requests, expected ${expectRequests}`);
  rmSync(outDir, { recursive: true, force: true });
  return { ...run, server, passed: totals?.passed ?? 0, problems };
}

async function repeated(reps, make) {
  const runs = [];
  for (let i = 0; i < reps; i++) runs.push(await make(i));
  return runs;
}

// ---------- the measurements ----------

function checkDist() {
  if (!existsSync(DIST)) {
    process.stderr.write(`bench: ${DIST} does not exist: run "npm run build" first (or set EVALGATE_DIST)\n`);
    process.exit(2);
  }
}

async function main() {
  checkDist();
  mkdirSync(OUT, { recursive: true });
  const nodeVersion = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
  log(`node ${nodeVersion}, ${cpus().length} CPUs, dist ${DIST}, out ${OUT}, GNU time ${HAS_GNU_TIME ? 'yes' : 'no'}`);

  if (SCALE_ONLY) {
    const rows = await scaleFigures();
    const md = renderScale(nodeVersion, rows);
    writeFileSync(join(OUT, 'bench.md'), md);
    process.stdout.write(md);
    if (rows.some((r) => r.problems.length > 0)) process.exit(1);
    return;
  }

  const suiteDir = join(OUT, `suite-${N}`);
  writeSuite(suiteDir, { n: N });

  // Warm-up (untimed): page cache for the bundle and the suite.
  await evalgateRun({ suiteDir, n: N, c: 16, latencyMs: 0, name: 'warmup' });

  const throughput = [];
  for (const { c, rl } of [
    { c: 4, rl: 0 },
    { c: 16, rl: 0 },
    { c: 16, rl: RL_EVERY },
  ]) {
    const label = `C=${c}${rl ? `, 429 every ${rl}th` : ''}`;
    const runs = await repeated(REPS, (i) =>
      evalgateRun({ suiteDir, n: N, c, latencyMs: LATENCY_MS, rateLimitEvery: rl, name: `c${c}${rl ? `-rl${rl}` : ''}.r${i + 1}` }),
    );
    const floorS = (Math.ceil(N / c) * LATENCY_MS) / 1000;
    const idealS = idealWallMs({ n: N, c, latencyMs: LATENCY_MS, rateLimitEvery: rl }) / 1000;
    const row = { ...summarize(label, runs, floorS), idealS };
    log(
      `${label}: wall ${row.wallS.toFixed(2)} s, floor ${floorS.toFixed(2)} s, ratio ${row.ratio.toFixed(2)}, rss ${row.rssMb.toFixed(0)} MB${row.problems.length ? `, PROBLEMS: ${row.problems.join('; ')}` : ''}`,
    );
    throughput.push({ c, rl, ...row });
  }

  // Cold start: `--version` after a warm-up, and bare Node for reference.
  const coldRuns = [];
  const nodeRuns = [];
  spawnSync(NODE, [DIST, '--version']);
  for (let i = 0; i < COLD_REPS; i++) {
    coldRuns.push(await timed(NODE, [DIST, '--version'], { cwd: ROOT, name: `cold.${i + 1}` }));
    nodeRuns.push(await timed(NODE, ['-e', '0'], { cwd: ROOT, name: `node.${i + 1}` }));
  }
  const cold = { wallS: median(coldRuns.map((r) => r.wallS)), rssMb: median(coldRuns.map((r) => r.rssMb)), nodeS: median(nodeRuns.map((r) => r.wallS)) };
  log(`cold start: ${cold.wallS.toFixed(3)} s (node -e 0: ${cold.nodeS.toFixed(3)} s)`);

  // Fully cached re-run: the first run records, the second must make no request at all.
  const cacheDir = join(OUT, 'cache');
  rmSync(cacheDir, { recursive: true, force: true });
  const record = await evalgateRun({ suiteDir, n: N, c: 16, latencyMs: LATENCY_MS, cacheDir, name: 'cache-record' });
  const cachedRuns = await repeated(REPS, (i) =>
    evalgateRun({ suiteDir, n: N, c: 16, latencyMs: LATENCY_MS, cacheDir, expectRequests: 0, name: `cache-rerun.r${i + 1}` }),
  );
  const cached = { ...summarize('cached re-run', cachedRuns, NaN), requests: Math.max(...cachedRuns.map((r) => r.server.chat)) };
  cached.problems.unshift(...record.problems.map((p) => `recording run: ${p}`));
  log(`cached re-run: ${cached.wallS.toFixed(2)} s, ${cached.requests} requests`);

  // Memory at scale: BIG_N cases, each with a trace (the llm step records the ~1 KB messages).
  let big = null;
  if (BIG_N > 0) {
    const bigDir = join(OUT, `suite-${BIG_N}`);
    writeSuite(bigDir, { n: BIG_N, system: true });
    // Several runs: peak RSS varies by tens of MB from run to run with when V8 collects.
    const runs = await repeated(BIG_REPS, (i) =>
      evalgateRun({ suiteDir: bigDir, n: BIG_N, c: BIG_C, latencyMs: BIG_LATENCY_MS, name: `big${BIG_N}.r${i + 1}` }),
    );
    big = summarize(`${BIG_N} cases`, runs, NaN);
    log(`${BIG_N} cases: wall ${big.wallS.toFixed(2)} s, rss ${big.rssMb.toFixed(0)} MB`);
  }

  const scale = SCALE ? await scaleFigures() : null;

  const md = render({ nodeVersion, throughput, cold, cached, big }) + (scale ? `\n${renderScale(nodeVersion, scale)}` : '');
  writeFileSync(join(OUT, 'bench.md'), md);
  process.stdout.write(md);
  log(`written to ${join(OUT, 'bench.md')}`);

  const problems = [...throughput, cached, ...(big ? [big] : []), ...(scale ?? [])].flatMap((r) => r.problems);
  if (env.BENCH_PEER === '1') {
    const peer = spawnSync('bash', [join(ROOT, 'bench/peer.sh')], {
      stdio: 'inherit',
      env: { ...env, EVALGATE_DIST: DIST, N: String(N), LATENCY_MS: String(LATENCY_MS) },
    });
    if (peer.status !== 0) problems.push(`bench/peer.sh exited ${peer.status}`);
  }
  if (problems.length > 0) {
    process.stderr.write(`bench: some runs were wrong:\n  ${problems.join('\n  ')}\n`);
    process.exit(1);
  }
}

/** Median wall, RSS and CPU of a group of runs, and every problem any of them had. */
function summarize(label, runs, floorS) {
  const wallS = median(runs.map((r) => r.wallS));
  return {
    label,
    reps: runs.length,
    wallS,
    minS: Math.min(...runs.map((r) => r.wallS)),
    maxS: Math.max(...runs.map((r) => r.wallS)),
    floorS,
    ratio: wallS / floorS,
    rssMb: median(runs.map((r) => r.rssMb)),
    peakRssMb: Math.max(...runs.map((r) => r.rssMb)),
    cpuS: median(runs.map((r) => r.cpuS)),
    passed: runs.map((r) => r.passed).join(','),
    server: runs.map((r) => `${r.server.ok}/${r.server.rateLimited}/${r.server.maxInFlight}`).join(' '),
    problems: runs.flatMap((r) => r.problems),
  };
}

// ---------- scale: loading, sampling and validating large suites (issue 14) ----------

/**
 * `node dist/index.js validate` on generated suites, and loadSuite + sampleCases timed in-process
 * by bench/scale.mjs from a tsc build of src/ (the bundle exports neither). Medians of SCALE_REPS.
 */
async function scaleFigures() {
  const dir = join(OUT, 'scale');
  mkdirSync(dir, { recursive: true });
  const build = join(dir, 'build');
  log('scale: compiling src/ for the load + sample driver');
  spawnSync(NODE, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', build], { cwd: ROOT, stdio: 'inherit' });
  // The compiled modules import yaml, zod, ajv…: resolve them from the repository's node_modules.
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const suites = {
    jsonl10k: join(dir, 'jsonl-10000'),
    yaml10k: join(dir, 'yaml-10000'),
    jsonl100k: join(dir, 'jsonl-100000'),
    schemas500: join(dir, 'schemas-500'),
    schemaFile500: join(dir, 'schema-file-500'),
  };
  writeJsonlSuite(suites.jsonl10k, { n: 10_000, sampleSize: 200 });
  writeYamlSuite(suites.yaml10k, { n: 10_000, sampleSize: 200 });
  writeJsonlSuite(suites.jsonl100k, { n: 100_000, sampleSize: 200 });
  writeSchemaSuite(suites.schemas500, { n: 500 });
  writeSchemaSuite(suites.schemaFile500, { n: 500, shared: true });

  const validate = async (label, suiteDir, n, target) => {
    const runs = await repeated(SCALE_REPS, async (i) => {
      const run = await timed(NODE, [DIST, 'validate', '--config', 'evalgate.yaml'], {
        cwd: suiteDir,
        name: `scale-validate-${label.replace(/\W+/g, '-')}.r${i + 1}`,
      });
      const text = readFileSync(run.logFile, 'utf8');
      const problems = run.code === 0 && new RegExp(`cases\\s+${n}\\b`).test(text) ? [] : [`exit ${run.code}: ${text.split('\n')[0]}`];
      return { ...run, problems };
    });
    return {
      label: `\`validate\`, ${label}`,
      wallS: median(runs.map((r) => r.wallS)),
      cpuS: median(runs.map((r) => r.cpuS)),
      rssMb: Math.max(...runs.map((r) => r.rssMb)),
      target,
      targetRssMb: null,
      problems: runs.flatMap((r) => r.problems),
    };
  };
  const loadSample = async (label, suiteDir, n, target, targetRssMb = null) => {
    const runs = await repeated(SCALE_REPS, async (i) => {
      const run = await timed(NODE, [join(ROOT, 'bench/scale.mjs'), 'load-sample', build, suiteDir], {
        cwd: ROOT,
        name: `scale-load-${label.replace(/\W+/g, '-')}.r${i + 1}`,
      });
      const text = readFileSync(run.logFile, 'utf8');
      let out = null;
      try {
        out = JSON.parse(text.trim().split('\n').pop());
      } catch {
        // reported below
      }
      const problems = run.code === 0 && out?.cases === n && out?.sampled === 200 ? [] : [`exit ${run.code}: ${text.split('\n')[0]}`];
      return { ...run, loadSampleS: out ? out.loadS + out.sampleS : NaN, sampleS: out?.sampleS ?? NaN, problems };
    });
    return {
      label: `load + sample to 200, ${label}`,
      wallS: median(runs.map((r) => r.loadSampleS)),
      sampleS: median(runs.map((r) => r.sampleS)),
      cpuS: median(runs.map((r) => r.cpuS)),
      rssMb: Math.max(...runs.map((r) => r.rssMb)),
      target,
      targetRssMb,
      problems: runs.flatMap((r) => r.problems),
    };
  };
  const rows = [
    await validate('10,000 cases (JSONL case file)', suites.jsonl10k, 10_000, SCALE_TARGETS.validate10kS),
    await validate('10,000 cases (YAML case file)', suites.yaml10k, 10_000, SCALE_TARGETS.validate10kS),
    await loadSample('10,000 cases (JSONL)', suites.jsonl10k, 10_000, SCALE_TARGETS.loadSample10kS),
    await loadSample('10,000 cases (YAML)', suites.yaml10k, 10_000, SCALE_TARGETS.loadSample10kS),
    await loadSample('100,000-case JSONL dataset', suites.jsonl100k, 100_000, SCALE_TARGETS.loadSample100kS, SCALE_TARGETS.rss100kMb),
    await validate('500 `json-schema` checks (500 distinct inline schemas)', suites.schemas500, 500, SCALE_TARGETS.validateSchemasS),
    await validate('500 `json-schema` checks (one schema file)', suites.schemaFile500, 500, SCALE_TARGETS.validateSchemasS),
  ];
  for (const r of rows)
    log(`${r.label}: ${r.wallS.toFixed(2)} s, peak RSS ${r.rssMb.toFixed(0)} MB${r.problems.length ? `, PROBLEMS: ${r.problems.join('; ')}` : ''}`);
  return rows;
}

function renderScale(nodeVersion, rows) {
  const s = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  const mark = (ok) => (ok ? 'met' : '**missed**');
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(', ');
  const lines = [
    `### Scale (${new Date().toISOString().slice(0, 10)}, Node ${nodeVersion}, ${cpus().length} vCPU, load average ${load})`,
    '',
    `Generated suites (bench/scale.mjs), no model calls; median of ${SCALE_REPS} runs. \`validate\` is the whole ` +
      '`node dist/index.js validate` process; load + sample is `loadSuite` + `sampleCases` timed inside a process ' +
      "(compiled src/, after its imports); peak RSS is that whole process's, highest of the runs. CPU is the whole " +
      "process's user + system time (GC threads included): on a machine shared with other work, wall time is up to " +
      'CPU time × the load average / CPUs, so CPU is the figure to compare between runs.',
    '',
    '| figure | EvalGate | CPU | target | |',
    '|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const rss = r.targetRssMb === null ? '' : `, peak RSS ${s(r.rssMb, 0)} MB`;
    const target = `≤ ${r.target} s${r.targetRssMb === null ? '' : `, ≤ ${r.targetRssMb} MB`}`;
    const ok = r.problems.length === 0 && r.wallS <= r.target && (r.targetRssMb === null || r.rssMb <= r.targetRssMb);
    const sample = r.sampleS === undefined ? '' : ` (sample ${s(r.sampleS, 3)} s)`;
    const problems = r.problems.length ? ` PROBLEMS: ${r.problems.join('; ')}` : '';
    lines.push(`| ${r.label} | ${s(r.wallS)} s${sample}${rss}${problems} | ${s(r.cpuS)} s | ${target} | ${mark(ok)} |`);
  }
  return `${lines.join('\n')}\n`;
}

// ---------- the table ----------

function render({ nodeVersion, throughput, cold, cached, big }) {
  const s = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  const mark = (ok) => (ok ? 'met' : '**missed**');
  const [c4, c16, c16rl] = throughput;
  const rss200 = Math.max(...throughput.map((r) => r.peakRssMb));
  const lines = [];
  lines.push(`## EvalGate benchmark (${new Date().toISOString().slice(0, 10)})`);
  lines.push('');
  lines.push(
    `Machine: ${cpus().length} vCPU, Node ${nodeVersion}. Fake OpenAI server (bench/mock-openai.mjs), N = ${N} cases, ` +
      `latency ${LATENCY_MS} ms, floor = ceil(N/C) × latency, median of ${REPS} runs; every case passed and the server ` +
      'answered exactly N requests in every run unless a problem is listed. "Best possible" is a simulated client with no ' +
      'overhead that honours Retry-After holding no slot (see idealWallMs in scripts/bench.mjs).',
  );
  lines.push('');
  lines.push('| figure | EvalGate | target | |');
  lines.push('|---|---|---|---|');
  for (const [row, target] of [
    [c4, TARGETS.ratioC4],
    [c16, TARGETS.ratioC16],
    [c16rl, TARGETS.ratioC16RateLimited],
  ]) {
    const ideal = row.idealS > row.floorS ? ` (best possible: ${s(row.idealS / row.floorS)})` : '';
    lines.push(
      `| wall / floor, ${row.label} | ${s(row.wallS)} s / ${s(row.floorS, 1)} s = ${s(row.ratio)}${ideal} | ≤ ${target} | ${mark(row.ratio <= target)} |`,
    );
  }
  lines.push(
    `| cold start \`node dist/index.js --version\` (median of ${COLD_REPS}) | ${s(cold.wallS, 3)} s (bare \`node -e 0\`: ${s(cold.nodeS, 3)} s) | ≤ ${TARGETS.coldStartS} s | ${mark(cold.wallS <= TARGETS.coldStartS)} |`,
  );
  lines.push(`| peak RSS, ${N} cases | ${s(rss200, 0)} MB | ≤ ${TARGETS.rss200Mb} MB | ${mark(rss200 <= TARGETS.rss200Mb)} |`);
  if (big) {
    lines.push(
      `| peak RSS, ${BIG_N} cases with traces (C=${BIG_C}, latency ${BIG_LATENCY_MS} ms; wall ${s(big.wallS, 1)} s; highest of ${big.reps} runs, median ${s(big.rssMb, 0)} MB) | ${s(big.peakRssMb, 0)} MB | ≤ ${TARGETS.rssBigMb} MB | ${mark(big.peakRssMb <= TARGETS.rssBigMb)} |`,
    );
  }
  lines.push(
    `| fully cached re-run of the ${N} cases (\`--cache DIR\`, second run) | ${s(cached.wallS)} s, ${cached.requests} requests | ≤ ${TARGETS.cachedRerunS} s, 0 requests | ${mark(cached.wallS <= TARGETS.cachedRerunS && cached.requests === 0)} |`,
  );
  lines.push('');
  lines.push(
    '| run | wall s median (min–max) | floor s | wall/floor | best possible s | peak RSS MB | CPU s | passed | server ok/429/max in flight | problems |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of [...throughput, cached, ...(big ? [big] : [])]) {
    lines.push(
      `| ${r.label} | ${s(r.wallS)} (${s(r.minS)}–${s(r.maxS)}) | ${s(r.floorS)} | ${s(r.ratio)} | ${s(r.idealS)} | ${s(r.rssMb, 0)} | ${s(r.cpuS)} | ${r.passed} | ${r.server} | ${r.problems.length ? r.problems.join('; ') : 'none'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
