// Warm child for a Pyodide runtime (CPython compiled to WebAssembly).
//
// Speaks the same protocol as _child.py: one JSON request per line on stdin,
// one JSON reply per line on stdout. Pyodide cannot fork, so every snippet
// runs inside a runtime through _child.handle_in_process, which uses the
// same CPython entry points as native runs.
//
// A runtime lives in a worker thread, so a snippet that never finishes can be
// stopped by ending the worker. Every runtime starts from one memory
// snapshot of a freshly loaded Pyodide (a restore costs about a seventh of a
// load): a run whose runtime was changed by an earlier snippet in a way that
// cannot be undone (the reply says it is not "clean"), or that timed out, is
// followed by a new runtime, so every run starts in a runtime no earlier
// snippet touched.
//
// The snapshot is made once and kept on disk by the host (runtimes.py,
// _Pyodide): a separate sealed run of this script with --make-snapshot,
// which runs no snippet and is the only one that may write the file, makes
// it. A warm child gets it read-only with --snapshot, and uses it only if
// its header names the same key (what the host fingerprinted: the Pyodide
// package's files, node, this script), the same node and environment as
// this process, and the sha256 of the bytes that follow; otherwise, or if a
// runtime cannot start from it, it says so on stderr and makes its own
// snapshot from a plain load, as it would without one.
//
// This process itself runs sealed (see sandbox.py).
//
// Usage: node pyodide_child.mjs [--snapshot FILE --key KEY] <folder of the pyodide npm package>
//        node pyodide_child.mjs --make-snapshot FILE --key KEY <folder>

import { createInterface } from "node:readline";
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { createHash } from "node:crypto";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "_child.py");
// The first line of a kept snapshot starts with this, then a JSON header.
const MAGIC = "snipcheck-pyodide-snapshot 1 ";

function environment() {
  // The engine starts this process with the scrubbed environment (fixed
  // hash seed, UTF-8, no colours); the runtime gets the same.
  return Object.fromEntries(Object.entries(process.env).sort(([a], [b]) => (a < b ? -1 : 1)));
}

async function load(folder, options) {
  const { loadPyodide } = await import(pathToFileURL(path.join(folder, "pyodide.mjs")).href);
  return loadPyodide({ indexURL: folder + path.sep, packages: [], env: environment(), ...options });
}

// A memory snapshot of a runtime that has run no Python code but its own.
async function snapshot(folder) {
  const py = await load(folder, { _makeSnapshot: true });
  return py.makeMemorySnapshot();
}

function header(key, bytes) {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { key, node: process.version, env: environment(), length: bytes.length, sha256 };
}

// Write the snapshot beside FILE and rename it over, so a reader never sees half.
async function keep(folder, file, key) {
  const bytes = await snapshot(folder);
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w", 0o644);
  try {
    // Padded so that the snapshot starts on a multiple of 8 bytes: the
    // runtime reads it through views of 32-bit words.
    const first = MAGIC + JSON.stringify(header(key, bytes));
    const length = Buffer.byteLength(first) + 1;
    writeSync(fd, first + " ".repeat((8 - (length % 8)) % 8) + "\n");
    writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

// The snapshot kept in FILE, or why it is not used.
function kept(file, key) {
  const data = readFileSync(file);
  const end = data.indexOf(10);
  const first = data.subarray(0, end < 0 ? 0 : end).toString("utf8");
  if (end < 0 || !first.startsWith(MAGIC)) return "it is not a snapshot file";
  const said = JSON.parse(first.slice(MAGIC.length));
  let bytes = data.subarray(end + 1);
  // (A copy where the bytes do not start on a word.)
  if (bytes.byteOffset % 8 !== 0) bytes = new Uint8Array(bytes);
  const mine = header(key, new Uint8Array(0));
  if (said.key !== key) return "it was made for other files (stale)";
  if (said.node !== mine.node) return `it was made by node ${said.node}, this is ${mine.node}`;
  if (JSON.stringify(said.env) !== JSON.stringify(mine.env)) return "it was made with another environment";
  if (said.length !== bytes.length) return `it has ${bytes.length} bytes, not ${said.length}`;
  if (createHash("sha256").update(bytes).digest("hex") !== said.sha256) return "its bytes do not match its sha256";
  return bytes;
}

async function runtime(folder, snap) {
  const py = await load(folder, snap ? { _loadSnapshot: snap } : {});
  // Outside a run nothing may reach the protocol stream.
  const discard = { write: (buffer) => buffer.length };
  py.setStdout(discard);
  py.setStderr(discard);
  // A snippet's input comes from a file put on descriptor 0 for each run;
  // the default stdin (a Node stream) cannot be replaced that way.
  py.setStdin({ stdin: () => undefined });
  py.FS.mkdirTree("/snipcheck");
  py.FS.writeFile("/snipcheck/_child.py", readFileSync(CHILD));
  py.runPython("import sys; sys.path.insert(0, '/snipcheck'); import _child");
  const child = py.globals.get("_child");
  child.prepare_runtime();
  return child.handle_in_process;
}

function options(argv) {
  const found = { folder: null, snapshot: null, make: null, key: "" };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--snapshot") found.snapshot = argv[++i];
    else if (argv[i] === "--make-snapshot") found.make = argv[++i];
    else if (argv[i] === "--key") found.key = argv[++i];
    else found.folder = path.resolve(argv[i]);
  }
  return found;
}

if (!isMainThread) {
  let handle;
  try {
    handle = await runtime(workerData.folder, workerData.snapshot);
  } catch (error) {
    // The main thread decides what to do: another snapshot, or an error reply.
    parentPort.postMessage({ failed: String(error && error.stack ? error.stack : error) });
    process.exit(1);
  }
  parentPort.on("message", (line) => parentPort.postMessage(handle(line)));
  parentPort.postMessage("ready");
} else {
  const given = options(process.argv.slice(2));
  const folder = given.folder;
  if (given.make) {
    try {
      await keep(folder, given.make, given.key);
    } catch (error) {
      process.stderr.write(`snipcheck: no Pyodide snapshot was made: ${error}\n`);
      try {
        unlinkSync(`${given.make}.${process.pid}.tmp`);
      } catch {}
      process.exit(1);
    }
    process.exit(0);
  }

  // Where every runtime starts from: "kept" (the snapshot on disk), "made"
  // (one this process made), "none" (each runtime is loaded whole).
  let source = "none";
  let snap = null;

  function complain(why) {
    process.stderr.write(`snipcheck: the kept Pyodide snapshot ${given.snapshot} is not used: ${why}; loading Pyodide whole\n`);
  }

  async function makeOwn() {
    // Where a runtime cannot make a snapshot, each new runtime is loaded whole.
    snap = await snapshot(folder).catch(() => null);
    source = snap ? "made" : "none";
  }

  if (given.snapshot) {
    let found;
    try {
      found = kept(given.snapshot, given.key);
    } catch (error) {
      found = String(error);
    }
    if (typeof found === "string") complain(found);
    else [snap, source] = [found, "kept"];
  }
  if (source !== "kept") await makeOwn();

  // The worker whose runtime serves the next request, once it is ready;
  // null: the next request starts a new one.
  let ready = null;

  // A new worker, resolved once its runtime is ready.
  function launch() {
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { folder, snapshot: snap },
    });
    return new Promise((resolve, reject) => {
      worker.once("message", (message) =>
        message === "ready" ? resolve(worker) : reject(new Error(message.failed)),
      );
      worker.once("error", reject);
    });
  }

  function start() {
    ready = launch().catch(async (error) => {
      if (source !== "kept") throw error;
      // A kept snapshot that no runtime can start from is not used again.
      complain(`a runtime could not start from it (${String(error).split("\n")[0]})`);
      await makeOwn();
      return launch();
    });
  }

  function retire() {
    if (ready !== null) ready.then((worker) => worker.terminate(), () => {});
    ready = null;
  }

  function ask(line, seconds) {
    if (ready === null) start();
    return ready.then(
      (current) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => {
            retire();
            resolve(JSON.stringify({ status: "timeout", code: null, output: "", clean: false }));
          }, seconds * 1000);
          current.once("message", (reply) => {
            clearTimeout(timer);
            let clean = false;
            try {
              clean = JSON.parse(reply).clean !== false;
            } catch {
              clean = false;
            }
            // The next request gets a runtime no earlier snippet touched.
            if (!clean) retire();
            resolve(reply);
          });
          current.postMessage(line);
        }),
    );
  }

  const lines = createInterface({ input: process.stdin });
  let queue = Promise.resolve();
  // The first line is a token that starts every reply. Only this thread
  // knows it: a snippet in a worker that writes to the process's stdout
  // cannot make its line pass for a reply.
  let token = null;
  lines.on("line", (line) => {
    if (token === null) {
      token = line.trim();
      return;
    }
    if (!line.trim()) return;
    const request = JSON.parse(line);
    const seconds = request.op === "run" ? Number(request.timeout) : 300;
    let answer = () => ask(line, seconds);
    // "fresh": the next request gets a runtime no snippet has touched.
    if (request.op === "fresh") answer = () => (retire(), '{"fresh": true}');
    // "snapshot": where this process's runtimes start from (for tests).
    if (request.op === "snapshot") answer = () => JSON.stringify({ snapshot: source });
    queue = queue
      .then(answer)
      .catch((error) => {
        retire();
        return JSON.stringify({ status: "engine-error", error: String(error), clean: false });
      })
      .then((reply) => process.stdout.write(token + " " + reply + "\n"));
  });
  lines.on("close", () => queue.then(() => process.exit(0)));
}
