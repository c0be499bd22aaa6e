// Warm child for a Pyodide runtime (CPython compiled to WebAssembly).
//
// Speaks the same protocol as _child.py: one JSON request per line on stdin,
// one JSON reply per line on stdout. Pyodide cannot fork, so every snippet
// runs inside a runtime through _child.handle_in_process, which uses the
// same CPython entry points as native runs.
//
// A runtime lives in a worker thread, so a snippet that never finishes can be
// stopped by ending the worker. Every runtime starts from one memory
// snapshot of a freshly loaded Pyodide, taken once when this process starts
// (a restore costs about a twentieth of a load): a run whose runtime was
// changed by an earlier snippet in a way that cannot be undone (the reply
// says it is not "clean"), or that timed out, is followed by a new runtime,
// so every run starts in a runtime no earlier snippet touched.
//
// This process itself runs sealed (see sandbox.py).
//
// Usage: node pyodide_child.mjs <folder of the pyodide npm package>

import { createInterface } from "node:readline";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "_child.py");

async function load(folder, options) {
  const { loadPyodide } = await import(pathToFileURL(path.join(folder, "pyodide.mjs")).href);
  // The engine starts this process with the scrubbed environment (fixed
  // hash seed, UTF-8, no colours); the runtime gets the same.
  const env = Object.fromEntries(Object.entries(process.env));
  return loadPyodide({ indexURL: folder + path.sep, packages: [], env, ...options });
}

// A memory snapshot of a runtime that has run no Python code but its own.
async function snapshot(folder) {
  const py = await load(folder, { _makeSnapshot: true });
  return py.makeMemorySnapshot();
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

if (!isMainThread) {
  const handle = await runtime(workerData.folder, workerData.snapshot);
  parentPort.on("message", (line) => parentPort.postMessage(handle(line)));
  parentPort.postMessage("ready");
} else {
  const folder = path.resolve(process.argv[2]);
  // Where a runtime cannot make a snapshot, each new runtime is loaded whole.
  const snap = await snapshot(folder).catch(() => null);
  let worker = null;
  let ready = null;

  function start() {
    worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { folder, snapshot: snap },
    });
    ready = new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  }

  function retire() {
    if (worker !== null) worker.terminate();
    worker = null;
  }

  function ask(line, seconds) {
    if (worker === null) start();
    const current = worker;
    return ready.then(
      () =>
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
    // "fresh": the next request gets a runtime no snippet has touched.
    const answer = request.op === "fresh" ? () => (retire(), '{"fresh": true}') : () => ask(line, seconds);
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
