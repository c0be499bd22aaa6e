"""Warm child: runs inside a target interpreter and forks once per snippet.

This file is executed by the *target* interpreter, not imported by the host.
It must therefore run on every supported CPython (3.8 and later) with nothing
but the standard library, and it must not leave traces a snippet could see.

Each snippet runs in a forked grandchild through CPython's own C entry points:
``PyRun_SimpleFileExFlags`` (what ``python file.py`` calls) for scripts and
``PyRun_InteractiveLoopFlags`` (what ``python -i`` calls when stdin is not a
terminal) for sessions.  Nothing is evaluated or formatted by this file: the
output is whatever the interpreter itself printed.

Protocol: one JSON object per line on the original stdin, one JSON reply per
line on the original stdout.  Both are used through raw file descriptors so
that no buffered Python file object is left for a grandchild to flush.
"""

import atexit
import contextlib
import ctypes
import gc
import importlib
import importlib.machinery
import io
import json
import os
import shutil
import signal
import sys
import tempfile
import time
import types
import warnings
import weakref

# Prompts carry a control character so the host can split the stream without
# guessing; the host renders them as the ordinary ">>> " and "... ".
PS1 = "\x02>>> "
PS2 = "\x02... "

try:
    import resource
except ImportError:  # Pyodide (WebAssembly) has no resource limits
    resource = None

# The protocol's descriptors; set by main(), so importing this file (as the
# Pyodide host and the browser do) changes nothing.
PROTO_IN = PROTO_OUT = -1

_libc = ctypes.CDLL(None)
_libc.fopen.restype = ctypes.c_void_p
_libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
_api = ctypes.pythonapi
_api.PyRun_SimpleFileExFlags.argtypes = [
    ctypes.c_void_p,
    ctypes.c_char_p,
    ctypes.c_int,
    ctypes.c_void_p,
]
_api.PyRun_InteractiveLoopFlags.argtypes = [
    ctypes.c_void_p,
    ctypes.c_char_p,
    ctypes.c_void_p,
]
# Before 3.9 the interactive tokenizer reads C's global stdin whatever FILE*
# it is given, so sessions always feed their input through file descriptor 0.
_C_STDIN = ctypes.c_void_p.in_dll(_libc, "stdin")
_libc.fflush.argtypes = [ctypes.c_void_p]
_libc.clearerr.argtypes = [ctypes.c_void_p]
_UNFINISHED = (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)


def _reply(obj):
    data = (json.dumps(obj) + "\n").encode("utf-8")
    while data:
        data = data[os.write(PROTO_OUT, data) :]


def _requests():
    pending = b""
    while True:
        chunk = os.read(PROTO_IN, 65536)
        if not chunk:
            return
        pending += chunk
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            if line.strip():
                yield json.loads(line.decode("utf-8"))


def _close_inherited():
    """Close every descriptor above 2, so the snippet inherits none."""
    try:
        numbers = [int(fd) for fd in os.listdir("/proc/self/fd")]
    except OSError:
        os.closerange(3, 65536)
        return
    for fd in numbers:
        if fd > 2:
            with contextlib.suppress(OSError):  # the one listdir itself used
                os.close(fd)


def _fresh_main():
    """A ``__main__`` module as a newly started interpreter has it."""
    main = types.ModuleType("__main__")
    main.__builtins__ = sys.modules["builtins"]
    main.__loader__ = importlib.machinery.BuiltinImporter
    if sys.version_info < (3, 14):
        main.__annotations__ = {}
    sys.modules["__main__"] = main


def _execute(req):
    """Run the snippet in the current directory through CPython's own entry
    point for its mode; return the exit status ``python`` would give."""
    _fresh_main()
    name = req["name"]
    if req["mode"] == "session":
        sys.argv = [""]
        sys.path[0] = ""
        sys.ps1 = PS1
        sys.ps2 = PS2
        _api.PyRun_InteractiveLoopFlags(_C_STDIN, b"<stdin>", None)
        return 0
    # Since 3.9 the interpreter makes the script path absolute.
    shown = os.path.abspath(name) if sys.version_info >= (3, 9) else name
    sys.argv = [shown, *req.get("args", [])]
    sys.path[0] = os.path.dirname(os.path.abspath(name))
    fp = _libc.fopen(name.encode(), b"rb")
    return 1 if _api.PyRun_SimpleFileExFlags(fp, shown.encode(), 1, None) else 0


def _prepare(req):
    """A fresh folder: work/ holding the snippet, and the input and output
    files beside it, out of the snippet's sight."""
    base = tempfile.mkdtemp(prefix="snipcheck-")
    work = os.path.join(base, "work")
    os.mkdir(work)
    with open(os.path.join(work, req["name"]), "w", encoding="utf-8") as f:
        f.write(req["source"])
    in_path = os.path.join(base, "stdin")
    with open(in_path, "w", encoding="utf-8") as f:
        f.write(req["input"])
    return base, work, in_path, os.path.join(base, "output")


def _redirect(in_path, out_path):
    """Descriptor 0 reads the snippet's input; 1 and 2 write one output file,
    in the order a terminal would show them."""
    out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    source_in = os.open(in_path, os.O_RDONLY)
    os.dup2(source_in, 0)
    os.dup2(out, 1)
    os.dup2(out, 2)
    os.close(source_in)
    os.close(out)


def _collect(base, out_path, req):
    """The output a run left, and whether it reached the size limit; then
    the run's folder goes."""
    try:
        with open(out_path, "rb") as f:
            raw = f.read(int(req["max_output"]) + 1)
    except FileNotFoundError:
        raw = b""
    shutil.rmtree(base, ignore_errors=True)
    # CPython ignores SIGXFSZ, so a write past RLIMIT_FSIZE is cut short
    # silently; an output that reached the limit is therefore a failure.
    return raw.decode("utf-8", "backslashreplace"), len(raw) >= int(req["max_output"])


def _grandchild(req, work, out_path, in_path, before):
    """Runs in the forked process; never returns."""
    try:
        os.setpgid(0, 0)
        os.chdir(work)
        limits = (
            (resource.RLIMIT_CPU, int(req["timeout"]) + 1),
            (resource.RLIMIT_FSIZE, int(req.get("max_file", req["max_output"]))),
            (resource.RLIMIT_AS, int(req["max_memory"])),
            (resource.RLIMIT_CORE, 0),
        )
        for which, value in limits:
            resource.setrlimit(which, (value, value))
        _redirect(in_path, out_path)
        _close_inherited()
        code = _execute(req)
    except BaseException:
        os._exit(125)
    _leave(code, before)


def _leave(code, before):
    """Exit as ``python`` would, skipping only a teardown that cannot print.

    Tearing down a forked copy of the warm child costs more than the snippet
    itself, because freeing its objects copies every page they live on.  So
    the full teardown (sys.exit) runs whenever it could show anything: exit
    handlers, live threads, objects of the snippet's with finalizers, open
    files, changed warning filters.  Otherwise the streams are flushed, C's
    included, and the process ends at once with the same status.  Exit
    handlers that were registered before the fork came with the start-up
    state a fresh interpreter also has (rlcompleter registers one).
    """
    try:
        silent = _teardown_is_silent(before)
    except BaseException:
        silent = False
    if not silent:
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            sys.exit(code)
    _libc.fflush(None)
    os._exit(code)


def _state_before_fork():
    return atexit._ncallbacks(), list(warnings.filters)


def _teardown_is_silent(before):
    return _state_unchanged(before) and _objects_are_silent()


def _state_unchanged(before):
    """No exit handlers, warning filters or threads were added."""
    if (atexit._ncallbacks(), warnings.filters) != before:
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() <= 1


def _objects_are_silent():
    """No object made since the last freeze could print when destroyed."""
    standard = (sys.stdout, sys.stderr, sys.stdin, sys.__stdout__, sys.__stderr__, sys.__stdin__)
    # Only what the snippet made: the warm child's objects are frozen.  Each
    # kind of object is looked at once; objects only where the kind can go
    # either way (a closed file, a weak reference without a callback).
    made = gc.get_objects()
    for kind in set(map(type, made)):
        if getattr(kind, "__del__", None) is not None or issubclass(kind, _UNFINISHED):
            return False
        if issubclass(kind, (weakref.ref, io.IOBase)):
            for obj in made:
                # Callbacks written in C (the abc caches' own) print nothing.
                callback = obj.__callback__ if isinstance(obj, weakref.ref) else None
                if callback is not None and not isinstance(callback, types.BuiltinMethodType):
                    return False
                if isinstance(obj, io.IOBase) and not obj.closed and obj not in standard:
                    return False
    return True


def _wait(pid, timeout):
    deadline = time.monotonic() + timeout
    pause = 0.00002
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        if time.monotonic() >= deadline:
            return None
        time.sleep(pause)
        pause = min(pause * 2, 0.0005)


def _kill_group(pgid):
    """Kill whatever is left in the snippet's process group; True if any was."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False
    return True


def _run(req):
    base, work, in_path, out_path = _prepare(req)
    started = time.monotonic()
    # Everything alive now belongs to the warm child; the grandchild's exit
    # check looks only at objects made after this.
    gc.freeze()
    before = _state_before_fork()
    pid = os.fork()
    if pid == 0:
        _grandchild(req, work, out_path, in_path, before)
    status = _wait(pid, float(req["timeout"]))
    reply = {"workdir": work, "leftover": False, "signal": None, "code": None}
    if status is None:
        _kill_group(pid)
        os.waitpid(pid, 0)
        reply["status"] = "timeout"
    else:
        reply["leftover"] = _kill_group(pid)
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            reply["signal"] = sig
            reply["status"] = "output-limit" if sig == signal.SIGXFSZ else "signal"
        else:
            reply["status"] = "exited"
            reply["code"] = os.WEXITSTATUS(status)
    reply["seconds"] = time.monotonic() - started
    reply["output"], too_long = _collect(base, out_path, req)
    if too_long and reply["status"] == "exited":
        reply["status"] = "output-limit"
    return reply


def _run_fast(req):
    """Run a snippet inside the warm child itself, without forking.

    Far cheaper than a fork but not isolated.  ``clean`` is false when the
    snippet changed this process in a way a later snippet could notice (the
    host then restarts this child); ``trusted`` is false as well when
    teardown could have printed something (as in _leave).  The host runs an
    untrusted snippet again in a fork.  A crash or hang kills or stalls this
    child; the host sees that too.
    """
    base, work, in_path, out_path = _prepare(req)
    gc.freeze()
    before = _state_before_fork()
    saved = _Saved()
    started = time.monotonic()
    code = None
    try:
        for which, value in _soft_limits(req):
            resource.setrlimit(which, (value, resource.getrlimit(which)[1]))
        _redirect(in_path, out_path)
        _libc.clearerr(_C_STDIN)
        os.chdir(work)
        code = _execute(req)
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        _libc.fflush(None)
        clean = saved.unchanged() and _state_unchanged(before)
        trusted = clean and _objects_are_silent()
    except BaseException:
        trusted = clean = False
    finally:
        seconds = time.monotonic() - started
        saved.restore()
        left = _children()
        if left != saved.children:
            clean = trusted = False
            _kill_children((left or set()) - (saved.children or set()))
    output, too_long = _collect(base, out_path, req)
    status = "output-limit" if too_long else "exited"
    return {
        "status": status if code is not None else "engine-error",
        "code": code,
        "signal": None,
        "leftover": False,
        "workdir": work,
        "seconds": seconds,
        "output": output,
        "trusted": trusted and code is not None,
        "clean": clean,
        "error": "" if code is not None else "the fast run failed",
    }


def _soft_limits(req):
    """The limits a run in this process sets (none where there is no
    resource module: the host's time limit still applies)."""
    if resource is None:
        return []
    output = int(req["max_output"]) if req else 0
    memory = int(req["max_memory"]) if req else 0
    return [(resource.RLIMIT_FSIZE, output), (resource.RLIMIT_AS, memory)]


class _Saved:
    """What a fast run may change in this process, to compare and restore."""

    SYS = ("stdin", "stdout", "stderr", "displayhook", "excepthook", "argv", "ps1", "ps2")

    def __init__(self):
        self.fds = [os.dup(fd) for fd in (0, 1, 2)]
        self.cwd = os.getcwd()
        self.sys = {name: getattr(sys, name, _Saved) for name in self.SYS}
        self.path = list(sys.path)
        self.main = sys.modules["__main__"]
        self.environ = dict(os.environ)
        self.builtins = dict(vars(sys.modules["builtins"]))
        self.recursion = sys.getrecursionlimit()
        self.limits = {which: resource.getrlimit(which) for which, _ in _soft_limits(None)}
        self.signals = {
            n: signal.getsignal(n) for n in (signal.SIGINT, signal.SIGTERM, signal.SIGALRM)
        }
        self.children = _children()
        self.modules = set(sys.modules)
        self.settings = _process_settings()

    def unchanged(self):
        names = [n for n in self.SYS if n not in ("argv", "ps1", "ps2")]
        return (
            all(getattr(sys, n, _Saved) is self.sys[n] for n in names)
            and _process_settings() == self.settings
            and dict(os.environ) == self.environ
            and vars(sys.modules["builtins"]).keys() - {"_"} == self.builtins.keys() - {"_"}
            and all(
                vars(sys.modules["builtins"])[k] is v for k, v in self.builtins.items() if k != "_"
            )
            and sys.getrecursionlimit() == self.recursion
            and {n: signal.getsignal(n) for n in self.signals} == self.signals
        )

    def restore(self):
        for fd, saved in zip((0, 1, 2), self.fds):
            os.dup2(saved, fd)
            os.close(saved)
        _libc.clearerr(_C_STDIN)
        os.chdir(self.cwd)
        for name, value in self.sys.items():
            if value is _Saved:
                if hasattr(sys, name):
                    delattr(sys, name)
            else:
                setattr(sys, name, value)
        sys.path[:] = self.path
        # Modules the snippet imported go, so the next snippet imports them
        # afresh (and sees what their import prints) as a new process would.
        for name in [m for m in sys.modules if m not in self.modules]:
            del sys.modules[name]
        # Warnings already shown are remembered per module; a new process has
        # shown none, so the next snippet must see its warnings printed too.
        for module in list(sys.modules.values()):
            registry = getattr(module, "__warningregistry__", None)
            if isinstance(registry, dict):
                registry.clear()
        warnings.onceregistry.clear()
        sys.modules["__main__"] = self.main
        # The interactive displayhook stores the last value in builtins._
        namespace = vars(sys.modules["builtins"])
        if "_" in self.builtins:
            namespace["_"] = self.builtins["_"]
        else:
            namespace.pop("_", None)
        for name in ("last_type", "last_value", "last_traceback", "last_exc"):
            if hasattr(sys, name):
                delattr(sys, name)
        for which, value in self.limits.items():
            resource.setrlimit(which, value)


def _process_settings():
    """Process-wide settings a snippet could change and a later one notice."""
    out = sys.stdout
    locale = sys.modules.get("locale")
    digits = getattr(sys, "get_int_max_str_digits", None)
    return (
        sys.gettrace(),
        sys.getprofile(),
        getattr(sys, "unraisablehook", None),
        sys.breakpointhook,
        gc.isenabled(),
        gc.get_threshold(),
        digits() if digits else None,
        locale.setlocale(locale.LC_ALL) if locale else None,
        sorted(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else None,
        (out.encoding, out.errors, out.line_buffering, getattr(out, "write_through", None)),
        os.umask(os.umask(0o022)),
    )


def _kill_children(pids):
    """Kill and reap processes a fast run started and left running."""
    for pid in pids or ():
        with contextlib.suppress(OSError):
            os.kill(int(pid), signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(int(pid), 0)


def _children():
    """Process ids of this process's children (Linux /proc)."""
    found = set()
    task = "/proc/self/task"
    try:
        for tid in os.listdir(task):
            with open(os.path.join(task, tid, "children")) as f:
                found.update(f.read().split())
    except OSError:
        return None
    return found


def _preload(req):
    """Import, before forking, what a fresh interpreter has at startup and
    the packages a group of snippets declares."""
    loaded = {}
    for name in req["modules"]:
        if name in sys.modules:
            loaded[name] = True
            continue
        try:
            importlib.import_module(name)
            loaded[name] = True
        except ImportError:
            loaded[name] = False
    gc.freeze()
    return {"modules": loaded}


def _probe(req):
    import importlib.util
    import sysconfig

    impl = sys.implementation
    return {
        "version": ".".join(str(n) for n in sys.version_info[:3]),
        "release": sys.version.split()[0],
        "implementation": impl.name,
        "platform": sysconfig.get_platform(),
        "executable": sys.executable,
        "modules": {m: importlib.util.find_spec(m) is not None for m in req.get("modules", [])},
    }


def handle_in_process(line):
    """Answer one request without forking, for runtimes that cannot fork
    (Pyodide). Such a runtime never tears down, so a run is trusted whenever
    it left the process as it found it."""
    req = json.loads(line)
    op = req.get("op")
    if op in ("run", "run-fast"):
        reply = _run_fast(req)
        reply["trusted"] = reply["clean"] and reply["code"] is not None
    elif op == "preload":
        reply = _preload(req)
    elif op == "probe":
        reply = _probe(req)
    else:
        reply = {"status": "engine-error", "error": f"unknown op {op!r}"}
    return json.dumps(reply)


def main():
    global PROTO_IN, PROTO_OUT
    PROTO_IN = os.dup(0)
    PROTO_OUT = os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)
    gc.freeze()
    for req in _requests():
        op = req.get("op")
        if op == "run":
            _reply(_run(req))
        elif op == "run-fast":
            _reply(_run_fast(req))
        elif op == "preload":
            _reply(_preload(req))
        elif op == "probe":
            _reply(_probe(req))
        else:
            _reply({"status": "engine-error", "error": f"unknown op {op!r}"})


if __name__ == "__main__":
    main()
