// Warm child for a Pyodide runtime (CPython compiled to WebAssembly).
//
// Speaks the same protocol as _child.py: one JSON request per line on stdin,
// one JSON reply per line on stdout. Pyodide cannot fork, so every snippet
// runs inside the runtime through _child.handle_in_process, which uses the
// same CPython entry points as native runs. The runtime lives in a worker
// thread so that a snippet that never finishes can be stopped: the worker is
// terminated, the reply says "timeout", and a fresh runtime is started for
// the next request.
//
// Usage: node pyodide_child.mjs <folder of the pyodide npm package>

import { createInterface } from "node:readline";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "_child.py");

async function runtime(folder) {
  const { loadPyodide } = await import(pathToFileURL(path.join(folder, "pyodide.mjs")).href);
  // The engine starts this process with the scrubbed environment (fixed
  // hash seed, UTF-8, no colours); the runtime gets the same.
  const env = Object.fromEntries(Object.entries(process.env));
  const py = await loadPyodide({ indexURL: folder + path.sep, packages: [], env });
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
  return py.globals.get("_child").handle_in_process;
}

if (!isMainThread) {
  const handle = await runtime(workerData.folder);
  parentPort.on("message", (line) => parentPort.postMessage(handle(line)));
  parentPort.postMessage("ready");
} else {
  const folder = path.resolve(process.argv[2]);
  let worker = null;
  let ready = null;

  function start() {
    worker = new Worker(fileURLToPath(import.meta.url), { workerData: { folder } });
    ready = new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  }

  function ask(line, seconds) {
    if (worker === null) start();
    const current = worker;
    return ready.then(
      () =>
        new Promise((resolve) => {
          const timer = setTimeout(() => {
            current.terminate();
            worker = null;
            resolve(JSON.stringify({ status: "timeout", code: null, output: "", clean: false }));
          }, seconds * 1000);
          current.once("message", (reply) => {
            clearTimeout(timer);
            resolve(reply);
          });
          current.postMessage(line);
        }),
    );
  }

  const lines = createInterface({ input: process.stdin });
  let queue = Promise.resolve();
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const request = JSON.parse(line);
    const seconds = request.op === "run" || request.op === "run-fast" ? Number(request.timeout) : 300;
    queue = queue
      .then(() => ask(line, seconds))
      .catch((error) => JSON.stringify({ status: "engine-error", error: String(error) }))
      .then((reply) => process.stdout.write(reply + "\n"));
  });
  lines.on("close", () => queue.then(() => process.exit(0)));
}
