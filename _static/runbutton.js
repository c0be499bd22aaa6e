// Run buttons: edit any snippet and run it on CPython in the browser.
//
// CPython compiled to WebAssembly (Pyodide) is served from this site's own
// _static/pyodide/ (put there by _ext/runbutton.py) and loaded after the
// page itself, when the reader moves towards a Run button or the browser
// is idle (see "preload" below); nothing is requested from any other host.
// Snippets run through the engine's own Python, copied beside Pyodide:
// snipcheck.inprocess.run runs one inside the runtime as the engine runs
// every snippet on Pyodide (the same CPython entry points and session
// input) and observes the run with the host's own code (transcript,
// masking, what counts as a problem), so a browser output can be compared
// with a recording character for character; snipcheck.display names
// groups of versions as pages do.  This file only calls those functions
// and shows what they return.
//
// This one file is both the page script and the Web Worker that hosts
// Pyodide: a snippet that never finishes would otherwise freeze the tab,
// because Pyodide cannot fork and a run inside it has no time limit of its
// own.  The page stops the worker after the snippet's time limit and starts
// a fresh one for the next run.  Where module workers are not available,
// Pyodide runs on the page itself; there a snippet that never finishes
// does freeze the tab (accepted: no site snippet does that, and edited code
// is the reader's own).
(function () {
  "use strict";

  var FOLDER = "/snipcheck-web"; // in Pyodide's file system

  function fetchOk(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error("could not load " + url + " (HTTP " + response.status + ")");
      }
      return response;
    });
  }

  // A Python object as JavaScript data; the proxy is released.
  function toJs(proxy) {
    var value = proxy.toJs({ dict_converter: Object.fromEntries });
    proxy.destroy();
    return value;
  }

  // Load Pyodide and the engine from `base` (the URL of _static/pyodide/);
  // resolves to {run(request, started) -> result}.  `progress(stage)` is
  // told when it starts CPython and then the engine ("cpython", "engine").
  function startRuntime(base, progress) {
    var engineURL = base + "snipcheck/";
    // The engine's settings (limits, masks, the scrubbed environment) and
    // the list of its modules the button needs: see _ext/runbutton.py.
    var settings = fetchOk(engineURL + "engine.json").then(function (r) { return r.json(); });
    var sources = settings.then(function (engine) {
      return Promise.all(engine.files.map(function (name) {
        return fetchOk(engineURL + name).then(function (r) { return r.text(); });
      }));
    });
    var pyodide = Promise.all([settings, import(base + "pyodide.mjs")]).then(function (got) {
      // The scrubbed environment every interpreter of the engine starts
      // with (fixed hash seed, UTF-8, no colours), as in environment.py.
      progress("cpython");
      return got[1].loadPyodide({ indexURL: base, packages: [], env: got[0].environment });
    });
    return Promise.all([pyodide, settings, sources]).then(function (got) {
      progress("engine");
      var py = got[0], engine = got[1], texts = got[2];
      py.FS.mkdirTree(FOLDER + "/snipcheck");
      engine.files.forEach(function (name, i) {
        py.FS.writeFile(FOLDER + "/snipcheck/" + name, texts[i]);
      });
      var path = py.pyimport("sys").path;
      path.insert(0, FOLDER);
      path.destroy();
      // All imported now, before any run: every run then starts with the
      // same modules loaded.
      var inprocess = py.pyimport("snipcheck.inprocess");
      var display = py.pyimport("snipcheck.display");
      var versionKey = py.pyimport("snipcheck.runtimes").version_key;
      var sorted = py.pyimport("builtins").sorted;
      var pySettings = py.toPy(engine);

      // "3.8 – 3.12, Pyodide 3.14": how pages name these of the `all`
      // recorded labels (in the engine's order of versions).
      function versions(labels, all) {
        var some = py.toPy(labels), every = py.toPy(all);
        var order = sorted.callKwargs(every, { key: versionKey });
        var text = display.version_ranges(some, order);
        [some, every, order].forEach(function (proxy) { proxy.destroy(); });
        return text;
      }

      return {
        // A run of an empty snippet: the engine sets itself up for runs on
        // the first one (about 0.1 s), which a preload does ahead of the
        // reader's first run.  Every run after it starts alike, as every run
        // after the first does in the engine's own Pyodide runtime.  False
        // when the run left the interpreter changed (it never should).
        warmUp: function () {
          return toJs(inprocess.run("pass\n", "warm_up.py", pySettings)).clean;
        },
        // started(seconds, problem): the run begins; stop it after
        // `seconds`, and report `problem`.
        run: function (request, started) {
          var result = toJs(inprocess.run(request.source, request.name, pySettings, started));
          result.name = versions([result.label], [result.label]);
          // Which recorded versions printed exactly this (where the page
          // has their outputs).
          var recorded = request.recorded || {}, out = result.output;
          var same = Object.keys(recorded).filter(function (label) {
            return out && recorded[label].text === out.text && recorded[label].exit === out.exit;
          });
          result.alike = same.length ? versions(same, request.labels || same) : "";
          return result;
        },
      };
    });
  }

  function message(error) {
    return String((error && error.message) || error);
  }

  // `fetch`, counting the bytes received of the runtime's two large files
  // (the WebAssembly binary and the standard library, about nine tenths of
  // what a first run downloads): report(received, expected, files) as they
  // arrive.
  // The response itself goes to Pyodide untouched; a copy is counted.
  function countingFetch(plain, report) {
    var files = {};
    function tell() {
      var received = 0, expected = 0;
      Object.keys(files).forEach(function (url) {
        received += files[url][0];
        expected += files[url][1];
      });
      report(received, expected, Object.keys(files).length);
    }
    return function (input, init) {
      return plain(input, init).then(function (response) {
        var url = String(response.url || input).split("?")[0];
        if (!/\.(wasm|zip)$/.test(url) || !response.ok || !response.body) { return response; }
        files[url] = [0, Number(response.headers.get("Content-Length")) || 0];
        var reader = response.clone().body.getReader();
        (function next() {
          reader.read().then(function (step) {
            if (step.done) { return; }
            files[url][0] += step.value.length;
            tell();
            next();
          }, function () {});
        })();
        tell();
        return response;
      });
    };
  }

  // ---------------------------------------------------------------- worker
  if (typeof document === "undefined") {
    var runtime = null;
    var queue = Promise.resolve();
    var lastReport = 0;
    var waiting = 0; // runs asked for and not over
    // Pyodide fetches its files with the global fetch.
    self.fetch = countingFetch(self.fetch.bind(self), function (received, expected, files) {
      var now = Date.now();
      if (received < expected && now - lastReport < 100) { return; }
      lastReport = now;
      self.postMessage({ type: "progress", stage: "download", received: received,
                         expected: expected, files: files });
    });
    var ensureRuntime = function (base) {
      if (!runtime) {
        self.postMessage({ type: "progress", stage: "download", received: 0, expected: 0 });
        runtime = startRuntime(base, function (stage) {
          self.postMessage({ type: "progress", stage: stage });
        });
      }
      return runtime;
    };
    self.addEventListener("message", function (event) {
      var job = event.data;
      if (job.type === "preload") {
        // Loaded ahead of a click; a click that comes meanwhile waits for
        // this same load (the queue), it does not start another.
        queue = queue.then(function () {
          return ensureRuntime(job.base).then(function (rt) {
            // (Not when a run is already waiting: that run does it.)
            if (!waiting && !rt.warmUp()) { runtime = null; return; } // a fresh one, then
            self.postMessage({ type: "ready" });
          });
        }).catch(function (error) {
          runtime = null; // the next click tries again and reports the error
          self.postMessage({ type: "preload-failed", message: message(error) });
        });
        return;
      }
      waiting++;
      queue = queue.then(function () {
        return ensureRuntime(job.base).then(function (rt) {
          var result = rt.run(job.request, function (seconds, problem) {
            self.postMessage({ id: job.id, type: "started", timeout: seconds, stopped: problem });
          });
          self.postMessage({ id: job.id, type: "result", result: result });
        });
      }).catch(function (error) {
        runtime = null;
        self.postMessage({ id: job.id, type: "error", message: message(error) });
      }).then(function () { waiting--; });
    });
    self.postMessage({ type: "hello" });
    return;
  }

  // ------------------------------------------------------------------ page
  var script = document.currentScript || document.querySelector("script[src*='runbutton.js']");
  var SCRIPT_URL = script ? script.src : "";
  // The runtime the button ships, named as pages name versions ("Pyodide
  // 3.14"): what the build put on this script tag, until a run names it.
  var shipped = (script && script.dataset.name) || "";
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
    // How far the load has got: the latest amount downloaded and the
    // latest stage, replayed to a click that comes during a preload.
    loaded: { download: null, stage: null },

    // Load CPython ahead of a click.  `asked`: the reader moved to a
    // button; only then does it load on the page itself where there is no
    // worker (a background load there would block the page for a second).
    preload: function (asked) {
      if (this.ready) { return; }
      if (this.useInline) {
        if (asked) { this.loadInline(); }
        return;
      }
      if (this.worker) { return; } // already loading (or loaded)
      this.startWorker();
      if (this.worker) { this.worker.postMessage({ type: "preload", base: BASE }); }
    },

    // A job waits for CPython: it is told how far the load has got, now
    // and as it goes on.
    wait: function (job) {
      this.jobs.set(job.id, job);
      if (this.ready) { return; }
      if (this.loaded.download) { job.onProgress(this.loaded.download); }
      if (this.loaded.stage) { job.onProgress(this.loaded.stage); }
    },

    report: function (data) {
      this.loaded[data.stage === "download" ? "download" : "stage"] = data;
      this.jobs.forEach(function (waiting) { waiting.onProgress(data); });
    },

    // onStarted(): called when CPython is loaded and the run begins;
    // onProgress({stage, received, expected}): while CPython loads.
    run: function (request, onStarted, onProgress) {
      var self = this;
      return new Promise(function (resolve, reject) {
        var job = { id: self.nextId++, request: request, onStarted: onStarted,
                    onProgress: onProgress, resolve: resolve, reject: reject, timer: null };
        if (self.useInline) { self.runInline(job); return; }
        self.wait(job);
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
      this.loaded = { download: null, stage: null };
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
      if (data.type === "progress") { this.report(data); return; }
      if (data.type === "ready") { this.ready = true; return; }
      if (data.type === "preload-failed") { return; } // a click tries again, and says why
      var job = this.jobs.get(data.id);
      if (!job) { return; }
      var self = this;
      if (data.type === "started") {
        this.ready = true;
        job.onStarted();
        // As the engine does for a warm child: the snippet's time limit and
        // one second of grace, then the runtime is stopped, and the run is
        // reported as the engine reports it (`stopped`).
        job.timer = setTimeout(function () {
          self.restart(job, data.stopped, true);
        }, (data.timeout + 1) * 1000);
        return;
      }
      clearTimeout(job.timer);
      this.jobs.delete(job.id);
      if (data.type === "result") {
        job.resolve(data.result);
        // A run that changed the interpreter itself (exit handlers, threads,
        // settings) gets a fresh one for what comes next, as in the engine.
        if (!data.result.clean) { this.restart(null, "", true); }
      } else if (job.timer !== null) {
        // The run itself ended the runtime (os._exit, a crash).
        job.resolve({ problem: "stopped CPython itself (" + data.message + ")", restarted: true });
        this.restart(null, "", true);
      } else {
        job.reject(new Error(data.message));
        this.restart(null, "");
      }
    },

    // Stop the worker; `failed` (if any) gets a result saying why, the jobs
    // still waiting go to a new worker.  `again`: a run ended this one, so
    // a fresh CPython starts loading now for the reader's next run.
    restart: function (failed, problem, again) {
      if (this.worker) { this.worker.terminate(); }
      this.worker = null;
      this.alive = this.ready = false;
      this.loaded = { download: null, stage: null };
      if (failed) {
        clearTimeout(failed.timer);
        this.jobs.delete(failed.id);
        failed.resolve({ problem: problem, restarted: true });
      }
      var self = this;
      this.jobs.forEach(function (job) { clearTimeout(job.timer); job.timer = null; self.post(job); });
      if (again && !this.worker) { this.preload(false); }
    },

    fallBack: function () {
      if (this.worker) { this.worker.terminate(); }
      this.worker = null;
      this.useInline = true;
      var self = this, waiting = Array.from(this.jobs.values());
      this.jobs.clear();
      waiting.forEach(function (job) { self.runInline(job); });
    },

    // CPython on the page itself (no module workers here).
    loadInline: function () {
      var self = this;
      if (!this.inline) {
        this.report({ stage: "download" });
        this.inline = startRuntime(BASE, function (stage) { self.report({ stage: stage }); });
        this.inline.then(function () { self.ready = true; }, function () {
          self.inline = null;
          self.loaded = { download: null, stage: null };
        });
      }
      return this.inline;
    },

    runInline: function (job) {
      var self = this;
      this.wait(job);
      this.loadInline().then(function (rt) {
        self.jobs.delete(job.id);
        self.ready = true;
        job.onStarted();
        // Let the page show "Running…" before the run blocks it.
        setTimeout(function () {
          try {
            job.resolve(rt.run(job.request, function () {}));
          } catch (error) {
            self.inline = null;
            job.resolve({ problem: "stopped CPython itself (" + message(error) + ")", restarted: true });
          }
        }, 30);
      }, function (error) { self.jobs.delete(job.id); job.reject(error); });
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

  // ------------------------------------------------------------ highlight
  // Python source as HTML, its tokens in the classes Pygments gives them, so
  // the theme's own code colours apply (light and dark).  Enough for the
  // editor's overlay: it never changes the text, only colours it.
  var KEYWORDS = {};
  [["k", "as assert async await break class continue def del elif else except finally for " +
         "global if lambda nonlocal pass raise return try while with yield"],
   ["kc", "False None True"], ["kn", "import from"], ["ow", "and in is not or"],
   ["nb", "abs all any ascii bin bool bytearray bytes callable chr classmethod compile complex " +
          "delattr dict dir divmod enumerate eval exec filter float format frozenset getattr " +
          "globals hasattr hash hex id input int isinstance issubclass iter len list locals map " +
          "max memoryview min next object oct open ord pow print property range repr reversed " +
          "round set setattr slice sorted staticmethod str sum super tuple type vars zip"],
   ["bp", "self cls"]].forEach(function (group) {
    group[1].split(" ").forEach(function (word) { KEYWORDS[word] = group[0]; });
  });
  var TOKEN = new RegExp([
    "(#[^\\n]*)", // 1 comment
    // 2 prefix, 3 string (an unfinished one runs to the end of its line or of the code)
    "([rRbBuUfF]{0,2})('''[\\s\\S]*?(?:'''|$)|\"\"\"[\\s\\S]*?(?:\"\"\"|$)|'(?:\\\\.|[^'\\\\\\n])*'?|\"(?:\\\\.|[^\"\\\\\\n])*\"?)",
    "(0[xXoObB][0-9a-fA-F_]+|(?:\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)(?:[eE][+-]?\\d+)?j?)", // 4 number
    "(@[A-Za-z_][\\w.]*)", // 5 decorator
    "([A-Za-z_]\\w*)", // 6 name
    "([-+*/%=<>!&|^~]+)", // 7 operator
  ].join("|"), "g");

  function escapeHTML(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function highlight(code) {
    var out = "", at = 0, previous = "", match;
    function span(kind, text) {
      out += kind ? '<span class="' + kind + '">' + escapeHTML(text) + "</span>" : escapeHTML(text);
    }
    TOKEN.lastIndex = 0;
    while ((match = TOKEN.exec(code)) !== null) {
      if (match[0] === "") { TOKEN.lastIndex++; continue; }
      span("", code.slice(at, match.index));
      at = TOKEN.lastIndex;
      if (match[1]) { span("c1", match[1]); }
      else if (match[3]) {
        if (match[2]) { span("sa", match[2]); }
        span(match[3].charAt(0) === "'" ? "s1" : "s2", match[3]);
      }
      else if (match[4]) { span(/[.eE]/.test(match[4]) && !/^0[xX]/.test(match[4]) ? "mf" : "mi", match[4]); }
      else if (match[5]) { span("nd", match[5]); }
      else if (match[6]) {
        var word = match[6];
        var kind = previous === "def" ? "nf" : previous === "class" ? "nc"
          : KEYWORDS[word] || (/^[A-Z]\w*(Error|Exception|Warning)$|^Exception$/.test(word) ? "ne" : "n");
        span(kind, word);
        previous = word;
        continue;
      }
      else { span("o", match[7]); }
      previous = "";
    }
    span("", code.slice(at));
    // A textarea shows a line after a final newline; so must the overlay.
    return out + "\n";
  }

  // -------------------------------------------------------------------- UI
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  var count = 0;
  var states = new WeakMap(); // a Run button's snippet

  function setUp(container) {
    var dataNode = container.querySelector("script.snipcheck-data");
    if (!dataNode) { return; }
    var data;
    try { data = JSON.parse(dataNode.textContent); } catch (error) { return; }
    var n = ++count;
    var state = { container: container, data: data, n: n, panel: null, busy: false, header: null };
    var button = el("button", "snipcheck-run", "Run");
    button.type = "button";
    var note = el("span", "snipcheck-run-note", shipped
      ? shipped + ": CPython compiled to WebAssembly, in your browser"
      : "CPython compiled to WebAssembly (Pyodide), in your browser");
    note.id = "snipcheck-run-note-" + n;
    button.setAttribute("aria-describedby", note.id);
    button.title = note.textContent;
    // The button joins the example's one line of tools (the source to
    // download); what it runs on is its description, read out but not shown.
    var tools = container.querySelector("p.snipcheck-tools");
    if (tools) {
      note.className += " snipcheck-visually-hidden";
      tools.insertBefore(note, tools.firstChild);
      tools.insertBefore(button, tools.firstChild);
    } else {
      var bar = el("div", "snipcheck-run-bar");
      bar.appendChild(button);
      bar.appendChild(note);
      var meta = container.querySelector("p.snipcheck-meta");
      if (meta) { meta.insertAdjacentElement("afterend", bar); } else { dataNode.before(bar); }
    }
    state.button = button;
    states.set(button, state);
    button.addEventListener("click", function () { run(state); });
  }

  function needsNumpy(data) {
    return (data.requires || []).indexOf("numpy") >= 0;
  }

  // The editor: a textarea whose text is transparent, over a <pre> that
  // holds the same code highlighted; the two scroll together.  The page's
  // highlighting colours apply to it (its box has the class "highlight").
  function makeEditor(id, code) {
    var box = el("div", "snipcheck-run-editor highlight");
    var shown = el("pre", "snipcheck-run-shown");
    shown.setAttribute("aria-hidden", "true");
    var area = el("textarea", "snipcheck-run-code");
    area.id = id;
    area.value = code;
    area.spellcheck = false;
    area.wrap = "off";
    ["autocomplete", "autocorrect", "autocapitalize"].forEach(function (name) { area.setAttribute(name, "off"); });
    function sync() {
      shown.scrollTop = area.scrollTop;
      shown.scrollLeft = area.scrollLeft;
    }
    // As tall as the code, up to 30 lines, so that the editor never scrolls
    // its first line away: every line (an empty one after a final newline
    // too, where the caret can go) and a horizontal scrollbar if it has one.
    function fit() {
      if (!area.isConnected) { return; }
      area.style.height = "auto";
      var style = getComputedStyle(area);
      var padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      var most = 30 * (parseFloat(style.lineHeight) || 20) + padding;
      var scrollbar = area.offsetHeight - area.clientHeight; // and the borders
      area.style.height = Math.min(area.scrollHeight, most) + scrollbar + "px";
      sync();
    }
    function update() {
      shown.innerHTML = highlight(area.value);
      fit();
    }
    area.rows = 2;
    area.addEventListener("input", update);
    area.addEventListener("scroll", sync);
    box.appendChild(shown);
    box.appendChild(area);
    update();
    return { box: box, area: area, fit: fit };
  }

  // After the first click the recorded example folds away and the editor
  // takes its place, above the line of tools; the run's status and output
  // come below that line, and the example as recorded below them, closed.
  function openPanel(state) {
    var data = state.data, n = state.n;
    var tools = state.button.parentNode; // the line of tools, or the run bar
    var id = "snipcheck-run-code-" + n;

    var original = el("details", "snipcheck-run-original");
    original.appendChild(el("summary", "", "The example as recorded"));
    var recordedNodes = [];
    for (var node = tools.previousSibling; node; node = node.previousSibling) {
      recordedNodes.unshift(node);
    }
    recordedNodes.forEach(function (child) { original.appendChild(child); });

    var panel = el("div", "snipcheck-run-panel");
    var label = el("label", "snipcheck-run-label", "Code to run, editable");
    label.htmlFor = id;
    label.appendChild(el("span", "snipcheck-run-hint", " (Ctrl+Enter runs it)"));
    // Without the file's final newline, which would show as an empty line.
    var editor = makeEditor(id, data.code.replace(/\n$/, ""));
    var area = editor.area;
    area.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        run(state);
      }
    });
    panel.appendChild(label);
    panel.appendChild(editor.box);
    if (needsNumpy(data)) {
      panel.appendChild(el("p", "snipcheck-run-numpy",
        "This example needs numpy, which cannot be loaded in the browser here: the site " +
        "ships only CPython itself and loads nothing from other hosts. Running it shows " +
        "the real ModuleNotFoundError."));
    }

    var result = el("div", "snipcheck-run-result");
    var status = el("p", "snipcheck-run-status");
    status.setAttribute("role", "status");
    // How much of CPython has arrived; outside the status, which is read
    // out at each stage, not at each kilobyte.
    var loading = el("div", "snipcheck-run-loading");
    var meter = el("progress", "snipcheck-run-meter");
    meter.id = "snipcheck-run-meter-" + n;
    var amount = el("label", "snipcheck-run-amount");
    amount.htmlFor = meter.id;
    loading.appendChild(meter);
    loading.appendChild(amount);
    loading.hidden = true;
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
    result.appendChild(loading);
    result.appendChild(panes);

    tools.insertAdjacentElement("beforebegin", panel);
    tools.insertAdjacentElement("afterend", result);
    result.insertAdjacentElement("afterend", original);
    state.panel = panel;
    state.result = result;
    state.ui = { area: area, status: status, output: output, recorded: recorded, mine: mine,
                 theirs: theirs, mineCaption: mineCaption, theirsCaption: theirsCaption,
                 loading: loading, meter: meter, amount: amount };
    // The code starts at its first line, and that line is on the screen
    // even when the example that folded away was taller than the editor.
    editor.fit();
    area.scrollTop = area.scrollLeft = 0;
    if (panel.getBoundingClientRect().top < 0) { panel.scrollIntoView({ block: "start" }); }
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

  function megabytes(bytes) {
    return (bytes / 1e6).toFixed(1);
  }

  // What the status says while CPython loads, stage by stage; the meter
  // shows how much of it has arrived.
  function progress(state, report) {
    var ui = state.ui, loading = "Loading " + (shipped || "CPython") + " (once for this tab): ";
    // Both files (the binary and the library) have arrived in full.
    if (report.files >= 2 && report.received >= report.expected) { state.arrived = true; }
    var stage = report.stage === "engine" ? "engine" : state.arrived ? "starting" : "download";
    // Once both files have answered: the total is not known before.
    if (report.files >= 2 && report.expected > 0) {
      ui.meter.max = report.expected;
      ui.meter.value = report.received;
      ui.amount.textContent = megabytes(report.received) + " of " + megabytes(report.expected) + " MB";
      ui.loading.hidden = false;
    }
    if (stage !== "download") { ui.loading.hidden = true; }
    if (stage !== state.stage) {
      state.stage = stage;
      setStatus(ui, loading + {
        download: "downloading CPython\u2026",
        starting: "starting CPython\u2026",
        engine: "loading the example runner\u2026",
      }[stage], "busy");
    }
  }

  function run(state) {
    if (state.busy) { return; }
    if (!state.panel) { openPanel(state); }
    var ui = state.ui, data = state.data, button = state.button;
    var code = ui.area.value.replace(/\n?$/, "\n"); // a file ends with a newline
    state.busy = true;
    var cold = !runner.ready;
    runner.preload(true); // while the snippet's file is fetched
    // The button says what is happening until the run is over.
    button.textContent = cold ? "Loading\u2026" : "Running\u2026";
    button.setAttribute("aria-disabled", "true");
    state.result.setAttribute("aria-busy", "true");
    state.stage = state.arrived = null;
    if (cold) { progress(state, { stage: "download" }); } else { setStatus(ui, "Running\u2026", "busy"); }
    var started = performance.now();
    header(state).then(function (head) {
      // The snippet file as it would be with this code; the recorded
      // outputs, to tell which versions printed the same.
      var request = { name: data.filename, source: head + code, recorded: data.outputs || {},
                      labels: Object.keys(data.interpreters || {}) };
      return runner.run(request, function () {
        ui.loading.hidden = true;
        button.textContent = "Running\u2026";
        setStatus(ui, "Running\u2026", "busy");
      }, function (report) { progress(state, report); });
    }).then(function (result) {
      show(state, code, result, performance.now() - started, cold);
    }, function (error) {
      ui.mine.hidden = ui.theirs.hidden = true;
      setStatus(ui, "Could not load CPython in this browser: " + message(error), "problem");
    }).then(function () {
      state.busy = false;
      ui.loading.hidden = true;
      button.textContent = "Run again";
      button.removeAttribute("aria-disabled");
      state.result.removeAttribute("aria-busy");
    });
  }

  // `result`: what snipcheck.inprocess.run returned (with the runtime's
  // `name` and `alike`, the recorded versions that printed the same), or
  // {problem, restarted} where the runtime had to be stopped.
  function show(state, code, result, elapsed, cold) {
    var ui = state.ui, data = state.data;
    var outputs = data.outputs || {};
    if (result.name) { shipped = result.name; }
    var name = shipped || "CPython";
    ui.theirs.hidden = true;
    var numpy = needsNumpy(data)
      ? " numpy cannot be loaded offline in the browser, so its import fails here."
      : "";
    var out = result.output;
    if (result.problem || !out) {
      ui.mine.hidden = true;
      ui.output.textContent = ui.recorded.textContent = "";
      var restarted = result.restarted ? " CPython in this tab is restarted for the next run." : "";
      // As the engine reports a run it cannot record: file, interpreter, problem.
      setStatus(ui, data.filename + " on " + name + ": " + result.problem + "." + restarted + numpy,
        "problem");
      return;
    }
    var isScript = result.mode !== "session";
    var exit = isScript && out.exit ? ", exit status " + out.exit : "";
    ui.mineCaption.textContent = "In your browser: " + result.description + exit;
    ui.mine.hidden = false;
    var took = " Took " + (elapsed < 1000 ? Math.round(elapsed) + " ms" : (elapsed / 1000).toFixed(1) + " s") +
      (cold ? ", loading CPython included." : ".");
    var recording = outputs[result.label];
    if (code !== data.code) {
      fill(ui.output, out.text);
      setStatus(ui, "You edited the code, so there is no recording to compare with." + numpy + took, "edited");
    } else if (!recording && numpy) {
      fill(ui.output, out.text);
      setStatus(ui, "No recording for " + name + ":" + numpy + took, "none");
    } else if (!recording) {
      fill(ui.output, out.text);
      var also = result.alike ? " The output is the same as recorded for CPython " + result.alike + "." : "";
      setStatus(ui, "No recording for " + name + " yet." + also + numpy + took, "none");
    } else if (recording.text === out.text && recording.exit === out.exit) {
      fill(ui.output, out.text);
      setStatus(ui, "Same as the recorded output for " + name + "." + numpy + took, "same");
    } else {
      var marks = changed(lines(recording.text), lines(out.text));
      fill(ui.output, out.text, marks[1]);
      fill(ui.recorded, recording.text, marks[0]);
      var description = (data.interpreters || {})[result.label] || name;
      var recExit = isScript && recording.exit ? ", exit status " + recording.exit : "";
      ui.theirsCaption.textContent = "Recorded: " + description + recExit;
      ui.theirs.hidden = false;
      var exits = recording.exit !== out.exit
        ? " Exit status " + out.exit + ", recorded " + recording.exit + "."
        : "";
      setStatus(ui, "Differs from the recorded output for " + name +
        " (changed lines are highlighted)." + exits + numpy + took, "differs");
    }
  }

  // ------------------------------------------------------------ preload
  // CPython starts loading before a click, once the page has loaded, so
  // that a click finds it ready: when the reader moves towards a Run button
  // (hover, keyboard focus, a touch), brings an example into view by
  // scrolling, or when the browser is idle.  The load goes on in the
  // background and the page says nothing of it; a click during it shows
  // how far it has got.  A reader who asked to save data (Save-Data,
  // prefers-reduced-data) gets it early only on hover, focus or touch:
  // scrolling through a page is reading it, not asking for 12 MB.
  //
  // Each tab loads its own CPython in its own worker; a second page takes
  // the files from the browser's HTTP cache (and Chromium compiles the
  // WebAssembly from its code cache) instead of downloading them again.  A
  // SharedWorker holding one CPython for all tabs would start a second
  // page at once, but only while another tab is still open (navigating in
  // one tab closes the first page before the second connects), and it
  // could not be stopped: the page enforces a snippet's time limit and
  // gives the next run a fresh interpreter by terminating its worker,
  // which a page cannot do to a SharedWorker, so one runaway snippet would
  // hang the runs of every tab.
  function savesData() {
    var connection = navigator.connection;
    if (connection && connection.saveData) { return true; }
    return !!(window.matchMedia && window.matchMedia("(prefers-reduced-data: reduce)").matches);
  }

  function onIntent(event) {
    var button = event.target && event.target.closest && event.target.closest("button.snipcheck-run");
    var state = button && states.get(button);
    if (!state) { return; }
    runner.preload(true);
    header(state); // the snippet's file, a few hundred bytes
  }

  // Only an example the reader scrolls into view counts: the observer's
  // first report says what was already in view when the page loaded.
  function watchScrolling() {
    if (typeof IntersectionObserver === "undefined") { return; }
    var first = true;
    var observer = new IntersectionObserver(function (entries) {
      if (first) { first = false; return; }
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        runner.preload(false);
      }
    });
    document.querySelectorAll("div.snipcheck").forEach(function (container) {
      if (container.querySelector("button.snipcheck-run")) { observer.observe(container); }
    });
  }

  function whenIdle(callback) {
    if (typeof requestIdleCallback === "function") {
      requestIdleCallback(callback, { timeout: 3000 });
    } else {
      setTimeout(callback, 1500);
    }
  }

  function startPreloading() {
    if (!document.querySelector("button.snipcheck-run")) { return; }
    ["pointerover", "focusin", "touchstart"].forEach(function (type) {
      document.addEventListener(type, onIntent, { passive: true });
    });
    if (savesData()) { return; }
    watchScrolling();
    whenIdle(function () { runner.preload(false); });
  }

  function init() {
    document.querySelectorAll("div.snipcheck").forEach(setUp);
    if (document.readyState === "complete") {
      startPreloading();
    } else {
      window.addEventListener("load", startPreloading);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
