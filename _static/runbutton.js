// Run buttons: edit any snippet and run it on CPython 3.14 in the browser.
//
// CPython 3.14 compiled to WebAssembly (Pyodide) is served from this site's
// own _static/pyodide/ (put there by _ext/runbutton.py) and loaded only when
// a reader first presses Run; nothing is requested from any other host.
// Snippets run through the engine's own code (snipcheck/_child.py and
// friends, copied beside Pyodide): the same CPython entry points, session
// input, transcript and masking as `make record`, so a browser output can be
// compared with a recording character for character.
//
// This one file is both the page script and the Web Worker that hosts
// Pyodide: a snippet that never finishes would otherwise freeze the tab,
// because Pyodide cannot fork and the engine's in-process run
// (_child._run_in_runtime) has no time limit of its own.  The page stops the worker
// after the engine's timeout and starts a fresh one for the next run.  Where
// module workers are not available, Pyodide runs on the page itself; there a
// snippet that never finishes does freeze the tab (accepted: no site snippet
// does that, and edited code is the reader's own).
(function () {
  "use strict";

  var LABEL = "3.14-pyodide"; // the recording a browser run is compared with
  var NAME = "CPython 3.14 (Pyodide)";
  var ENGINE = ["__init__.py", "_child.py", "snippets.py", "transcript.py", "masking.py"];
  var FOLDER = "/snipcheck-web"; // in Pyodide's file system

  // Runs once per runtime, in a namespace of its own; `run` does for one
  // snippet what snipcheck's runner (the request), verify.observe (transcript
  // and masking) and verify._problem (limits) do.
  var GLUE = [
    "import json, platform, sys",
    "sys.path.insert(0, " + JSON.stringify(FOLDER) + ")",
    "from snipcheck import _child, masking, snippets, transcript",
    "_child.prepare_runtime()",
    "",
    "def make_runner(settings):",
    "    settings = json.loads(settings)",
    "    masks = [tuple(pair) for pair in settings['masks']]",
    "    prefixes = sorted({sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix})",
    "    description = f\"CPython {sys.version.split()[0]} (Pyodide {settings['pyodide']}, {platform.machine()})\"",
    "",
    "    def run(request):",
    "        request = json.loads(request)",
    "        mode, code = request['mode'], request['code']",
    "        typed = snippets.session_lines(code) if mode == 'session' else []",
    "        reply = _child._run_in_runtime({",
    "            'mode': mode,",
    "            'name': request['name'],",
    "            'source': request['header'] + code,",
    "            'input': ''.join(line + '\\n' for line in typed),",
    "            'timeout': settings['timeout'],",
    "            'max_output': settings['max_output'],",
    "            'max_memory': settings['max_memory'],",
    "        })",
    "        result = {'description': description, 'clean': bool(reply['clean']),",
    "                  'seconds': reply['seconds'], 'text': '', 'exit': 0, 'problem': ''}",
    "        if reply['status'] == 'output-limit':",
    "            result['problem'] = f\"printed more than {settings['max_output']} bytes and was stopped\"",
    "        elif reply['status'] != 'exited':",
    "            result['problem'] = 'the engine failed, not the snippet: ' + reply.get('error', '')",
    "        else:",
    "            text = reply['output']",
    "            if mode == 'session':",
    "                text = transcript.assemble(text, typed)",
    "            result['text'] = masking.mask(text, reply['workdir'], masks, prefixes)",
    "            result['exit'] = reply['code'] or 0",
    "        return json.dumps(result)",
    "",
    "    return run",
  ].join("\n");

  function fetchOk(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error("could not load " + url + " (HTTP " + response.status + ")");
      }
      return response;
    });
  }

  // Load Pyodide and the engine from `base` (the URL of _static/pyodide/);
  // resolves to {run(request) -> result, timeout}.
  function startRuntime(base) {
    var engineURL = base + "snipcheck/";
    var settings = fetchOk(engineURL + "engine.json").then(function (r) { return r.json(); });
    var sources = Promise.all(ENGINE.map(function (name) {
      return fetchOk(engineURL + name).then(function (r) { return r.text(); });
    }));
    var pyodide = Promise.all([settings, import(base + "pyodide.mjs")]).then(function (got) {
      // The scrubbed environment every interpreter of the engine starts
      // with (fixed hash seed, UTF-8, no colours), as in environment.py.
      return got[1].loadPyodide({ indexURL: base, packages: [], env: got[0].environment });
    });
    return Promise.all([pyodide, settings, sources]).then(function (got) {
      var py = got[0], texts = got[2];
      py.FS.mkdirTree(FOLDER + "/snipcheck");
      ENGINE.forEach(function (name, i) { py.FS.writeFile(FOLDER + "/snipcheck/" + name, texts[i]); });
      var namespace = py.globals.get("dict")();
      py.runPython(GLUE, { globals: namespace });
      var settings = Object.assign({ pyodide: py.version }, got[1]);
      var run = namespace.get("make_runner")(JSON.stringify(settings));
      return {
        timeout: Number(got[1].timeout),
        run: function (request) { return JSON.parse(run(JSON.stringify(request))); },
      };
    });
  }

  function message(error) {
    return String((error && error.message) || error);
  }

  // ---------------------------------------------------------------- worker
  if (typeof document === "undefined") {
    var runtime = null;
    var queue = Promise.resolve();
    self.addEventListener("message", function (event) {
      var job = event.data;
      queue = queue.then(function () {
        if (!runtime) { runtime = startRuntime(job.base); }
        return runtime.then(function (rt) {
          self.postMessage({ id: job.id, type: "started", timeout: rt.timeout });
          self.postMessage({ id: job.id, type: "result", result: rt.run(job.request) });
        });
      }).catch(function (error) {
        runtime = null;
        self.postMessage({ id: job.id, type: "error", message: message(error) });
      });
    });
    self.postMessage({ type: "hello" });
    return;
  }

  // ------------------------------------------------------------------ page
  var script = document.currentScript || document.querySelector("script[src*='runbutton.js']");
  var SCRIPT_URL = script ? script.src : "";
  var root = document.documentElement.dataset.content_root;
  var BASE = root !== undefined
    ? new URL(root + "_static/pyodide/", document.baseURI).href
    : new URL("pyodide/", SCRIPT_URL).href;

  // Runs requests in a worker (or on the page where that is not possible).
  var runner = {
    worker: null,
    alive: false, // the worker has started
    ready: false, // CPython is loaded
    inline: null, // the runtime on the page, when there is no worker
    useInline: typeof Worker === "undefined",
    jobs: new Map(),
    nextId: 1,

    // onStarted(): called when CPython is loaded and the run begins.
    run: function (request, onStarted) {
      var self = this;
      return new Promise(function (resolve, reject) {
        var job = { id: self.nextId++, request: request, onStarted: onStarted,
                    resolve: resolve, reject: reject, timer: null };
        if (self.useInline) { self.runInline(job); return; }
        self.jobs.set(job.id, job);
        self.post(job);
      });
    },

    post: function (job) {
      if (!this.worker) { this.startWorker(); }
      if (this.worker) {
        this.worker.postMessage({ id: job.id, base: BASE, request: job.request });
      }
    },

    startWorker: function () {
      var self = this;
      this.alive = this.ready = false;
      try {
        this.worker = new Worker(SCRIPT_URL, { type: "module", name: "snipcheck-run" });
      } catch (error) {
        this.fallBack();
        return;
      }
      var worker = this.worker;
      worker.addEventListener("message", function (event) {
        if (worker === self.worker) { self.receive(event.data); }
      });
      worker.addEventListener("error", function (event) {
        if (worker !== self.worker) { return; }
        event.preventDefault();
        if (!self.alive) { self.fallBack(); } // no module workers here
        else { self.restart(null, "the in-browser CPython stopped: " + (event.message || "error")); }
      });
    },

    receive: function (data) {
      if (data.type === "hello") { this.alive = true; return; }
      var job = this.jobs.get(data.id);
      if (!job) { return; }
      var self = this;
      if (data.type === "started") {
        this.ready = true;
        job.onStarted();
        // As the engine does for a warm child: the snippet's time limit and
        // one second of grace, then the runtime is stopped.
        job.timer = setTimeout(function () {
          self.restart(job, "did not finish within " + data.timeout + " s and was stopped");
        }, (data.timeout + 1) * 1000);
        return;
      }
      clearTimeout(job.timer);
      this.jobs.delete(job.id);
      if (data.type === "result") {
        job.resolve(data.result);
        // A run that changed the interpreter itself (exit handlers, threads,
        // settings) gets a fresh one for what comes next, as in the engine.
        if (!data.result.clean) { this.restart(null, ""); }
      } else if (job.timer !== null) {
        // The run itself ended the runtime (os._exit, a crash).
        job.resolve({ problem: "stopped CPython itself (" + data.message + ")", restarted: true });
        this.restart(null, "");
      } else {
        job.reject(new Error(data.message));
        this.restart(null, "");
      }
    },

    // Stop the worker; `failed` (if any) gets a result saying why, the jobs
    // still waiting go to a new worker.
    restart: function (failed, problem) {
      if (this.worker) { this.worker.terminate(); }
      this.worker = null;
      this.alive = this.ready = false;
      if (failed) {
        clearTimeout(failed.timer);
        this.jobs.delete(failed.id);
        failed.resolve({ problem: problem, restarted: true });
      }
      var self = this;
      this.jobs.forEach(function (job) { clearTimeout(job.timer); job.timer = null; self.post(job); });
    },

    fallBack: function () {
      if (this.worker) { this.worker.terminate(); }
      this.worker = null;
      this.useInline = true;
      var self = this, waiting = Array.from(this.jobs.values());
      this.jobs.clear();
      waiting.forEach(function (job) { self.runInline(job); });
    },

    runInline: function (job) {
      var self = this;
      if (!this.inline) { this.inline = startRuntime(BASE); }
      this.inline.then(function (rt) {
        self.ready = true;
        job.onStarted();
        // Let the page show "Running…" before the run blocks it.
        setTimeout(function () {
          try {
            job.resolve(rt.run(job.request));
          } catch (error) {
            self.inline = null;
            job.resolve({ problem: "stopped CPython itself (" + message(error) + ")", restarted: true });
          }
        }, 30);
      }, function (error) { self.inline = null; job.reject(error); });
    },
  };

  // ------------------------------------------------------------------ diff
  function lines(text) {
    var all = text.split("\n");
    if (all.length && all[all.length - 1] === "") { all.pop(); }
    return all;
  }

  // Which lines of a and of b are not shared (a longest common subsequence;
  // position by position when the outputs are too long for that).
  function changed(a, b) {
    var outA = a.map(function () { return true; }), outB = b.map(function () { return true; });
    var n = a.length, m = b.length, i, j;
    if (n * m > 4e6) {
      for (i = 0; i < Math.min(n, m); i++) { outA[i] = outB[i] = a[i] !== b[i]; }
      return [outA, outB];
    }
    var table = [];
    for (i = 0; i <= n; i++) { table.push(new Uint32Array(m + 1)); }
    for (i = n - 1; i >= 0; i--) {
      for (j = m - 1; j >= 0; j--) {
        table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
      }
    }
    i = 0; j = 0;
    while (i < n && j < m) {
      if (a[i] === b[j]) { outA[i++] = false; outB[j++] = false; }
      else if (table[i + 1][j] >= table[i][j + 1]) { i++; }
      else { j++; }
    }
    return [outA, outB];
  }

  // The text of an output, its lines in `marks` highlighted (the newline
  // stays outside the highlight, so copying gives the text as it is).
  function fill(pre, text, marks) {
    pre.textContent = "";
    lines(text).forEach(function (line, i) {
      if (marks && marks[i]) {
        pre.appendChild(el("mark", "snipcheck-run-changed", line));
        pre.appendChild(document.createTextNode("\n"));
      } else {
        pre.appendChild(document.createTextNode(line + "\n"));
      }
    });
  }

  // "3.8 – 3.10, 3.13, Pyodide 3.15": runs of labels that are consecutive
  // in `order`, one group per runtime (as snipcheck's version_ranges);
  // `names` gives each label's version and runtime title (the page's data).
  function ranges(labels, order, names) {
    var runs = [];
    order.forEach(function (label, n) {
      if (labels.indexOf(label) < 0) { return; }
      var runtime = names[label].runtime, last = runs[runs.length - 1];
      if (last && last.end === n - 1 && last.runtime === runtime) { last.labels.push(label); last.end = n; }
      else { runs.push({ labels: [label], end: n, runtime: runtime }); }
    });
    return runs.map(function (r) {
      var first = names[r.labels[0]].version, end = names[r.labels[r.labels.length - 1]].version;
      var text = r.labels.length === 1 ? first : first + " \u2013 " + end;
      return r.runtime ? r.runtime + " " + text : text;
    }).join(", ");
  }

  // -------------------------------------------------------------------- UI
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  var count = 0;

  function setUp(container) {
    var dataNode = container.querySelector("script.snipcheck-data");
    if (!dataNode) { return; }
    var data;
    try { data = JSON.parse(dataNode.textContent); } catch (error) { return; }
    var n = ++count;
    var state = { container: container, data: data, n: n, panel: null, busy: false, header: null };
    var bar = el("div", "snipcheck-run-bar");
    var button = el("button", "snipcheck-run", "Run in your browser");
    button.type = "button";
    var note = el("span", "snipcheck-run-note", "CPython 3.14 in your browser (Pyodide, WebAssembly)");
    note.id = "snipcheck-run-note-" + n;
    button.setAttribute("aria-describedby", note.id);
    bar.appendChild(button);
    bar.appendChild(note);
    var meta = container.querySelector("p.snipcheck-meta");
    if (meta) { meta.insertAdjacentElement("afterend", bar); } else { dataNode.before(bar); }
    state.button = button;
    button.addEventListener("click", function () { run(state); });
  }

  function needsNumpy(data) {
    return (data.requires || []).indexOf("numpy") >= 0;
  }

  function openPanel(state) {
    var data = state.data, n = state.n;
    var panel = el("div", "snipcheck-run-panel");
    var id = "snipcheck-run-code-" + n;
    var label = el("label", "snipcheck-run-label", "Code to run, editable");
    label.htmlFor = id;
    var hint = el("span", "snipcheck-run-hint", " (Ctrl+Enter runs it)");
    label.appendChild(hint);
    var area = el("textarea", "snipcheck-run-code");
    area.id = id;
    area.value = data.code;
    area.spellcheck = false;
    area.wrap = "off";
    ["autocomplete", "autocorrect", "autocapitalize"].forEach(function (name) { area.setAttribute(name, "off"); });
    var size = function () { area.rows = Math.min(Math.max(lines(area.value).length, 2), 30); };
    size();
    area.addEventListener("input", size);
    area.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        run(state);
      }
    });
    panel.appendChild(label);
    panel.appendChild(area);
    if (needsNumpy(data)) {
      panel.appendChild(el("p", "snipcheck-run-numpy",
        "This example needs numpy, which cannot be loaded in the browser here: the site " +
        "ships only CPython itself and loads nothing from other hosts. Running it shows " +
        "the real ModuleNotFoundError."));
    }
    var result = el("div", "snipcheck-run-result");
    var status = el("p", "snipcheck-run-status");
    status.setAttribute("role", "status");
    var panes = el("div", "snipcheck-run-panes");
    var mine = el("figure", "snipcheck-run-pane");
    var mineCaption = el("figcaption", "", "In your browser");
    var output = el("pre", "snipcheck-run-output");
    output.tabIndex = 0; // scrollable: reachable by keyboard
    mine.appendChild(mineCaption);
    mine.appendChild(output);
    var theirs = el("figure", "snipcheck-run-pane");
    var theirsCaption = el("figcaption", "", "Recorded");
    var recorded = el("pre", "snipcheck-run-recorded");
    recorded.tabIndex = 0;
    theirs.appendChild(theirsCaption);
    theirs.appendChild(recorded);
    panes.appendChild(mine);
    panes.appendChild(theirs);
    mine.hidden = theirs.hidden = true;
    result.appendChild(status);
    result.appendChild(panes);
    panel.appendChild(result);
    state.button.parentNode.insertAdjacentElement("afterend", panel);
    state.panel = panel;
    state.ui = { area: area, status: status, output: output, recorded: recorded, mine: mine,
                 theirs: theirs, mineCaption: mineCaption, theirsCaption: theirsCaption };
  }

  // The snippet file as the engine runs it: header lines (# mode: ...) and
  // all, so line numbers in tracebacks are those of the recording.  It is
  // the page's own download link; failing that, the header is rebuilt.
  function header(state) {
    if (state.header) { return state.header; }
    var data = state.data;
    var rebuilt = (data.mode === "script" ? "# mode: script\n" : "") +
      ((data.requires || []).length ? "# requires: " + data.requires.join(", ") + "\n" : "");
    var link = state.container.querySelector("p.snipcheck-meta a.download");
    state.header = !link ? Promise.resolve(rebuilt) : fetchOk(link.href)
      .then(function (r) { return r.text(); })
      .then(function (source) {
        return source.endsWith(data.code) ? source.slice(0, source.length - data.code.length) : rebuilt;
      })
      .catch(function () { return rebuilt; });
    return state.header;
  }

  function setStatus(ui, text, kind) {
    ui.status.textContent = text;
    ui.status.className = "snipcheck-run-status" + (kind ? " snipcheck-run-" + kind : "");
  }

  function run(state) {
    if (state.busy) { return; }
    if (!state.panel) { openPanel(state); }
    var ui = state.ui, data = state.data, button = state.button;
    var code = ui.area.value;
    state.busy = true;
    button.textContent = "Run again";
    button.setAttribute("aria-disabled", "true");
    state.panel.setAttribute("aria-busy", "true");
    var cold = !runner.ready;
    setStatus(ui, cold ? "Loading " + NAME + "\u2026" : "Running\u2026", "busy");
    var started = performance.now();
    header(state).then(function (head) {
      var request = { mode: data.mode, name: data.filename, code: code, header: head };
      return runner.run(request, function () { setStatus(ui, "Running\u2026", "busy"); });
    }).then(function (result) {
      show(state, code, result, performance.now() - started, cold);
    }, function (error) {
      ui.mine.hidden = ui.theirs.hidden = true;
      setStatus(ui, "Could not load CPython in this browser: " + message(error), "problem");
    }).then(function () {
      state.busy = false;
      button.removeAttribute("aria-disabled");
      state.panel.removeAttribute("aria-busy");
    });
  }

  function show(state, code, result, elapsed, cold) {
    var ui = state.ui, data = state.data;
    var outputs = data.outputs || {};
    ui.theirs.hidden = true;
    var numpy = needsNumpy(data)
      ? " numpy cannot be loaded offline in the browser, so its import fails here."
      : "";
    if (result.problem) {
      ui.mine.hidden = true;
      ui.output.textContent = ui.recorded.textContent = "";
      var restarted = result.restarted ? " CPython in this tab is restarted for the next run." : "";
      setStatus(ui, "The snippet " + result.problem + "." + restarted + numpy, "problem");
      return;
    }
    var exit = data.mode === "script" && result.exit ? ", exit status " + result.exit : "";
    ui.mineCaption.textContent = "In your browser: " + result.description + exit;
    ui.mine.hidden = false;
    var took = " Took " + (elapsed < 1000 ? Math.round(elapsed) + " ms" : (elapsed / 1000).toFixed(1) + " s") +
      (cold ? ", loading CPython included." : ".");
    var recording = outputs[LABEL];
    if (code !== data.code) {
      fill(ui.output, result.text);
      setStatus(ui, "You edited the code, so there is no recording to compare with." + numpy + took, "edited");
    } else if (!recording && numpy) {
      fill(ui.output, result.text);
      setStatus(ui, "No recording for " + NAME + ":" + numpy + took, "none");
    } else if (!recording) {
      fill(ui.output, result.text);
      var order = Object.keys(outputs);
      var same = order.filter(function (label) {
        return outputs[label].text === result.text && outputs[label].exit === result.exit;
      });
      var also = same.length
        ? " The output is the same as recorded for CPython " + ranges(same, order, data.labels) + "."
        : "";
      setStatus(ui, "No recording for " + NAME + " yet." + also + numpy + took, "none");
    } else if (recording.text === result.text && recording.exit === result.exit) {
      fill(ui.output, result.text);
      setStatus(ui, "Same as the recorded output for " + NAME + "." + numpy + took, "same");
    } else {
      var marks = changed(lines(recording.text), lines(result.text));
      fill(ui.output, result.text, marks[1]);
      fill(ui.recorded, recording.text, marks[0]);
      var description = (data.interpreters || {})[LABEL] || NAME;
      var recExit = data.mode === "script" && recording.exit ? ", exit status " + recording.exit : "";
      ui.theirsCaption.textContent = "Recorded: " + description + recExit;
      ui.theirs.hidden = false;
      var exits = recording.exit !== result.exit
        ? " Exit status " + result.exit + ", recorded " + recording.exit + "."
        : "";
      setStatus(ui, "Differs from the recorded output for " + NAME +
        " (changed lines are highlighted)." + exits + numpy + took, "differs");
    }
  }

  function init() {
    document.querySelectorAll("div.snipcheck").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
