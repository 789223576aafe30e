// Times ONNX Runtime's CPU provider on one model, the way bench/compare_ort.sh times
// Fusebox: deterministic inputs (the same formula as fusebox run), warm-up runs, then
// the median/min/max of timed runs. Prints one JSON object.
//
//   node ort_latency.js MODEL.onnx [--shape NAME=D0,D1,...] [--threads N] [--iters N] [--warmup N] [--profile PREFIX]
//
// --profile writes ONNX Runtime's profile (Chrome-trace JSON) as PREFIX_<time>.json for
// `fusebox import-ort-profile`; graph optimizations are then off, so the profile keeps
// the model's node names and lines up with Fusebox runs node by node.
const fs = require('fs');
const path = require('path');
const ort = require('onnxruntime-node');

function parseArgs(argv) {
  const options = { shapes: {}, threads: 2, iters: 10, warmup: 2 };
  options.model = argv[0];
  for (let i = 1; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--shape') {
      const [name, dims] = value.split('=');
      options.shapes[name] = dims.split(',').map(Number);
    } else if (flag === '--profile') options.profile = value;
    else options[flag.replace(/^--/, '')] = Number(value);
  }
  return options;
}

// fusebox's generated inputs: u = frac((i+1)*0.6180339887 + (k+1)*0.4142135624 + seed*0.7320508076), value 2u-1.
function generated(dims, k) {
  const n = dims.reduce((a, b) => a * b, 1);
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const x = (i + 1) * 0.6180339887 + (k + 1) * 0.4142135624;
    data[i] = 2 * (x - Math.floor(x)) - 1;
  }
  return new ort.Tensor('float32', data, dims);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const session = await ort.InferenceSession.create(o.model, {
    executionProviders: ['cpu'], intraOpNumThreads: o.threads, interOpNumThreads: 1,
    graphOptimizationLevel: o.profile ? 'disabled' : 'all',
    ...(o.profile ? { enableProfiling: true, profileFilePrefix: o.profile } : {}),
  });
  const feeds = {};
  session.inputNames.forEach((name, k) => {
    const dims = o.shapes[name];
    if (!dims) throw new Error(`give --shape ${name}=...`);
    feeds[name] = generated(dims, k);
  });
  for (let i = 0; i < o.warmup; i++) await session.run(feeds);
  const times = [];
  for (let i = 0; i < o.iters; i++) {
    const start = process.hrtime.bigint();
    await session.run(feeds);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  let profile;
  if (o.profile) {
    session.endProfiling();
    await session.release();
    const dir = path.dirname(path.resolve(o.profile)), base = path.basename(o.profile);
    profile = fs.readdirSync(dir).filter((f) => f.startsWith(base) && f.endsWith('.json'))
      .map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  }
  console.log(JSON.stringify({ runtime: `onnxruntime-node ${require('onnxruntime-node/package.json').version}`,
    threads: o.threads, iters: o.iters, median_ms: times[Math.floor(times.length / 2)], min_ms: times[0], max_ms: times[times.length - 1], profile }));
}

main().catch((e) => { console.error(e.message); process.exit(1); });
