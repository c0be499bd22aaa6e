"""Warm child: runs inside a target interpreter and forks once per snippet.

This file is executed by the *target* interpreter, not imported by the host.
It must therefore run on every supported CPython (3.8 and later) with nothing
but the standard library, and it must not leave traces a snippet could see.

Each snippet runs in a forked grandchild through CPython's own C entry points:
``PyRun_SimpleFileExFlags`` (what ``python file.py`` calls) for scripts and
``PyRun_InteractiveLoopFlags`` (what ``python -i`` calls when stdin is not a
terminal) for sessions.  Nothing is evaluated or formatted by this file: the
output is whatever the interpreter itself printed.

A run is a fresh interpreter: before the snippet starts, the grandchild
holds exactly the modules (in the same order) that a new interpreter of this
version has at start-up in that mode, a new ``__main__``, and the ``argv`` a
reader's command gives; nothing an earlier snippet did can reach it, because
every run is a new fork of this process, which never runs snippet code.
The whole process tree lives in a sandbox of its own (see sandbox.py), so a
run sees no host process or file; after each run everything else left in the
sandbox is killed and its private folders emptied.

Protocol: one JSON object per line on the original stdin, one JSON reply per
line on the original stdout.  Both are used through raw file descriptors so
that no buffered Python file object is left for a grandchild to flush, and
this process is made non-dumpable so that no grandchild can open them
through ``/proc``.
"""

import _locale
import _signal
import atexit
import contextlib
import ctypes
import faulthandler
import gc
import importlib
import importlib.machinery
import importlib.util
import io
import json
import mmap
import os
import select
import signal
import stat
import struct
import sys
import time
import types
import warnings
import weakref
from operator import is_ as _is

# Prompts carry a control character so the host can split the stream without
# guessing; the host renders them as the ordinary ">>> " and "... ".
PS1 = "\x02>>> "
PS2 = "\x02... "

# Bound once: a snippet that runs inside this process (Pyodide) and patches
# the json module must not change how replies are written.
_dumps, _loads = json.dumps, json.loads

try:
    import resource
except ImportError:  # Pyodide (WebAssembly) has no resource limits
    resource = None

# The protocol's descriptors and the sandbox's home folder; set by main(),
# so importing this file (as the Pyodide host and the browser do) changes
# nothing.
PROTO_IN = PROTO_OUT = -1
_HOME = ""
_SHOWN = _LEADING = frozenset()
# The first line the host sends; every reply starts with it, so that nothing
# else that reaches the host's channel passes for a reply.
_TOKEN = ""

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
# How a method written in C looks on its class: such a buffer release prints
# nothing, one written in Python may.
_WRITTEN_IN_C = (types.WrapperDescriptorType, types.MethodDescriptorType, types.BuiltinMethodType)


def _reply(obj):
    data = (_TOKEN + " " + _dumps(obj) + "\n").encode("utf-8")
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
                yield line.decode("utf-8")


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
    _argv(req)
    if req["mode"] == "session":
        sys.path[0] = ""
        sys.ps1 = PS1
        sys.ps2 = PS2
        _note_cpu(_CPU_BEFORE)
        _api.PyRun_InteractiveLoopFlags(_C_STDIN, b"<stdin>", None)
        _note_cpu(_CPU_AFTER)
        return 0
    shown = sys.argv[0]
    sys.path[0] = os.path.dirname(os.path.abspath(name))
    fp = _libc.fopen(name.encode(), b"rb")
    _note_cpu(_CPU_BEFORE)
    failed = _api.PyRun_SimpleFileExFlags(fp, shown.encode(), 1, None)
    _note_cpu(_CPU_AFTER)
    return 1 if failed else 0


# The folder of each run in a warm child: /tmp is emptied after every run
# (_empty_private_folders), so one name serves them all.
_RUN_FOLDER = "/tmp/snipcheck-run"


def _prepare(req, base=None):
    """A fresh folder (``base``, or a new one in the temporary folder):
    work/ holding the snippet, and the input and output files beside it,
    out of the snippet's sight."""
    if base is None:
        import tempfile

        base = tempfile.mkdtemp(prefix="snipcheck-")
    else:
        os.mkdir(base, 0o700)
    work = os.path.join(base, "work")
    os.mkdir(work)
    _write(os.path.join(work, req["name"]), req["source"])
    in_path = os.path.join(base, "stdin")
    _write(in_path, req["input"])
    return base, work, in_path, os.path.join(base, "output")


def _write(path, text):
    """A new file holding ``text`` in UTF-8, as open(path, "w") makes it."""
    data = text.encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        while data:
            data = data[os.write(fd, data) :]
    finally:
        os.close(fd)


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


def _read_output(out_path, limit):
    """At most ``limit`` bytes of the run's output file.  The snippet could
    have replaced it with a link or a pipe; only a regular file is read."""
    try:
        fd = os.open(out_path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return b""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        chunks, size = [], 0
        while size < limit:
            chunk = os.read(fd, min(1 << 20, limit - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _collect(out_path, req):
    """The output a run left, and whether it reached the size limit."""
    raw = _read_output(out_path, int(req["max_output"]) + 1)
    # CPython ignores SIGXFSZ, so a write past RLIMIT_FSIZE is cut short
    # silently; an output that reached the limit is therefore a failure.
    # Bytes that are not UTF-8 stay apart (as lone surrogates) from text that
    # merely looks like an escape; verify reports them.
    return raw.decode("utf-8", "surrogateescape"), len(raw) >= int(req["max_output"])


def _limits(req):
    """The run's hard limits: the snippet cannot raise them again."""
    return (
        (resource.RLIMIT_CPU, int(req["timeout"]) + 1),
        (resource.RLIMIT_FSIZE, int(req.get("max_file", req["max_output"]))),
        (resource.RLIMIT_AS, int(req["max_memory"])),
        (resource.RLIMIT_CORE, 0),
    )


def _grandchild(req, work, out_path, in_path, before, limits):
    """Runs in the forked process; never returns."""
    try:
        os.setsid()
        os.chdir(work)
        for which, value in limits:
            resource.setrlimit(which, (value, value))
        _redirect(in_path, out_path)
        _close_inherited()
        _NEWS[_STARTED] = 1
    except BaseException:
        os._exit(125)  # the warm child sees _STARTED unset: not the snippet's status
    if req["mode"] in _INTERRUPT_ENDS:
        sys.addaudithook(_note_interrupt)
    if req["mode"] == "session":
        before = _interactive_hook(before)
    code = _execute(req)
    if code and req["mode"] != "session" and _interrupted():
        _NEWS[_INTERRUPTED] = 1
    _leave(code, before)


def _interactive_hook(before):
    """What ``python -i`` does before its first prompt: call
    sys.__interactivehook__ (site's: readline, its completer and its history
    file, saved at exit by an exit handler it registers).  Returns the state
    the run's end is compared with (_leave), which now holds that handler."""
    hook = getattr(sys, "__interactivehook__", None)
    if hook is None:
        return before
    try:
        hook()
    except BaseException:  # reported much as the interpreter reports it
        print("Failed calling sys.__interactivehook__", file=sys.stderr)
        sys.excepthook(*sys.exc_info())
    return _state_before_fork()


# Modes in which this interpreter, started fresh, ends with SIGINT once a
# KeyboardInterrupt has been printed and more lines ran (`python -i` does so
# from 3.14: the interactive loop goes on, and the process ends by SIGINT).
# Learned from the probe of a brand-new process (runner.startup).
_INTERRUPT_ENDS = set()


def _note_interrupt(event, args):
    """Audit hook of a session run where that applies: CPython prints an
    uncaught exception through sys.excepthook, which it audits."""
    if event == "sys.excepthook" and isinstance(args[2], KeyboardInterrupt):
        _NEWS[_INTERRUPTED] = 1


# A page of memory shared with each run's process, in which it leaves news
# the exit status cannot carry: that the snippet started (so a status of 125
# is the snippet's own), and that it ended by an uncaught KeyboardInterrupt,
# after which `python file.py` ends itself with SIGINT once torn down.
_NEWS = b""  # made by main(): importing this file (Pyodide) maps nothing
_STARTED, _INTERRUPTED = 0, 1
# And the processor time the run's process had used when the interpreter's
# entry point was called and when it returned (seconds, as doubles): what
# the snippet itself cost, which the reply reports beside the engine's own.
_CPU_BEFORE, _CPU_AFTER = 8, 16


_GETRUSAGE = getattr(resource, "getrusage", None)


def _note_cpu(offset, _pack=struct.pack_into, _usage=_GETRUSAGE):
    # Bound once, and no contextlib: the run may share these modules with
    # this file and change them, and nothing here may print.  (Not
    # time.process_time: with RLIMIT_CPU set, Linux updates that clock only
    # now and then.)
    if _NEWS:
        try:
            usage = _usage(0)  # RUSAGE_SELF
            _pack("d", _NEWS, offset, usage.ru_utime + usage.ru_stime)
        except BaseException:
            pass


def _snippet_cpu():
    before, after = struct.unpack_from("dd", _NEWS, _CPU_BEFORE)
    return after - before if after >= before > 0 else None


def _interrupted():
    last = getattr(sys, "last_exc", None) or getattr(sys, "last_value", None)
    return isinstance(last, KeyboardInterrupt)


# What a fresh interpreter holds at start-up, per mode: module names in
# import order, and the folders its path importer cache knows.  Set by the
# "preload" request from a probe of a brand-new process (runner.py).
_STARTUP = {}
_HIDDEN = []


def _as_started(mode):
    """Give this process the modules a newly started interpreter has before
    the first line of a snippet: the start-up modules and nothing else, in
    the order they were imported.  Done before each fork (and so paid once
    unless this process imported something since); the modules taken out
    are kept alive, so this process still has them."""
    fresh = _STARTUP.get(mode)
    if fresh is None:
        return
    names, folders = fresh
    modules = sys.modules
    if len(modules) != len(names) or list(modules) != names:
        _HIDDEN.append(dict(modules))
        kept = [(name, modules[name]) for name in names if name in modules]
        modules.clear()
        modules.update(kept)
    cache = sys.path_importer_cache
    if len(cache) != len(folders):
        for folder in [f for f in cache if f not in folders]:
            del cache[folder]


def _argv(req):
    """The command line a reader types, as the snippet's process shows it."""
    if req["mode"] == "session":
        sys.argv = [""]
        if hasattr(sys, "orig_argv"):
            sys.orig_argv = [*sys.orig_argv[:1], "-i"]
        return
    # Since 3.9 the interpreter makes the script path absolute.
    name = req["name"]
    shown = os.path.abspath(name) if sys.version_info >= (3, 9) else name
    sys.argv = [shown, *req.get("args", [])]
    if hasattr(sys, "orig_argv"):
        sys.orig_argv = [*sys.orig_argv[:1], name, *req.get("args", [])]


def _leave(code, before):
    """Exit as ``python`` would, skipping only a teardown that cannot print.

    Tearing down a forked copy of the warm child costs more than the snippet
    itself, because freeing its objects copies every page they live on.  So
    the full teardown (sys.exit) runs whenever it could show anything: exit
    handlers, live threads, objects of the snippet's with finalizers, classes
    of its that release a buffer in Python (``__release_buffer__``, which a
    view still alive at exit calls), open files, changed warning filters.
    Otherwise the streams are flushed, C's included, and the process ends at
    once with the same status.  Exit handlers that were registered before
    the fork came with the start-up state a fresh interpreter also has
    (rlcompleter registers one).
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
    return _exit_handlers(), list(warnings.filters)


def _exit_handlers():
    """How many exit handlers are registered.  A run that imports atexit
    when start-up had not may get a module object of its own, whose
    handlers the interpreter runs too: both are counted."""
    modules = {id(atexit): atexit}
    current = sys.modules.get("atexit")
    if current is not None:
        modules[id(current)] = current
    return sum(module._ncallbacks() for module in modules.values())


def _teardown_is_silent(before):
    return _state_unchanged(before) and _objects_are_silent()


def _state_unchanged(before):
    """No exit handlers, warning filters or threads were added."""
    handlers, filters = before
    # A run that imported warnings afresh may hold a filter list of its own.
    current = sys.modules.get("warnings", warnings)
    if _exit_handlers() != handlers or filters != warnings.filters or filters != current.filters:
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() <= 1


def _objects_are_silent():
    """No object made since the last freeze could print when destroyed."""
    standard = (sys.stdout, sys.stderr, sys.stdin, sys.__stdout__, sys.__stderr__, sys.__stdin__)
    # Only what the snippet made: the warm child's objects are frozen.  Each
    # kind of object is looked at once; objects only where the kind can go
    # either way (a closed file, a weak reference without a callback).
    # Classes the snippet made are looked at too: their instances need not
    # be tracked by the collector (a subclass of int with no __dict__).
    made = gc.get_objects()
    kinds_made = list(map(type, made))
    kinds = set(kinds_made)
    # (type(), not isinstance(): a weak proxy of a class claims to be one.)
    metaclasses = {kind for kind in kinds if issubclass(kind, type)}
    if metaclasses:
        kinds.update([obj for obj, kind in zip(made, kinds_made) if kind in metaclasses])
    for kind in kinds:
        if getattr(kind, "__del__", None) is not None or issubclass(kind, _UNFINISHED):
            return False
        release = getattr(kind, "__release_buffer__", None)
        if release is not None and not isinstance(release, _WRITTEN_IN_C):
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
    """The exit status of ``pid``, or None if it is still running after
    ``timeout`` seconds.  Where the kernel gives a descriptor for a process
    (Linux 5.3, Python 3.9) this wakes up the moment it ends."""
    deadline = time.monotonic() + timeout
    pidfd = -1
    with contextlib.suppress(AttributeError, OSError):
        pidfd = os.pidfd_open(pid)
    try:
        pause = 0.00002
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return status
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            if pidfd >= 0:
                select.select([pidfd], [], [], left)
            else:
                time.sleep(min(pause, left))
                pause = min(pause * 2, 0.0005)
    finally:
        if pidfd >= 0:
            os.close(pidfd)


def _others():
    """Processes in this sandbox other than its init (1) and this one."""
    me = os.getpid()
    try:
        names = os.listdir("/proc")
    except OSError:
        return []
    return [int(n) for n in names if n.isdigit() and int(n) not in (1, me)]


def _end_the_rest():
    """Kill every process the run left in the sandbox, in any session or
    group (kill(-1) reaches all but init and the caller); True if any was."""
    try:
        os.kill(-1, signal.SIGKILL)
    except ProcessLookupError:
        return False  # it reached no process: none is left
    except OSError:
        pass
    left = bool(_others())
    for _ in range(100):
        with contextlib.suppress(OSError):
            os.kill(-1, signal.SIGKILL)
        _reap()
        if not _others():
            return left
        time.sleep(0.001)
    raise RuntimeError("processes a snippet left could not be ended")


def _reap():
    """Collect the exit status of any child of this process that ended."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if not pid:
            return


def _empty_private_folders():
    """Empty the sandbox's own /tmp (home included) for the next run; the
    folders the snippet made read-only are made writable first.  What the
    sandbox shows of the host under /tmp (an interpreter installed there,
    read-only) and the folders that lead to it stay."""

    def retry(func, path, _info):
        with contextlib.suppress(OSError):
            os.chmod(os.path.dirname(path), 0o700)
            os.chmod(path, 0o700)
        func(path)

    _empty("/tmp", retry)


def _empty(folder, retry):
    with os.scandir(folder) as listing:
        entries = [(e.path, e.is_dir(follow_symlinks=False)) for e in listing]
    for path, is_folder in entries:
        if path in _SHOWN:
            continue
        if path in _LEADING or path == _HOME:
            os.chmod(path, 0o755)
            _empty(path, retry)
        elif is_folder:
            _remove_folder(path, retry)
        else:
            os.unlink(path)


def _remove_folder(path, retry):
    """Remove a folder and all it holds, links not followed.  Most runs
    leave only the run's own folder, which goes by the quick way; one the
    snippet made unwritable goes by shutil's, which makes it writable."""
    try:
        _remove_quickly(path)
    except (OSError, RecursionError):
        import shutil

        shutil.rmtree(path, onerror=retry)


def _remove_quickly(path):
    with os.scandir(path) as listing:
        entries = [(e.path, e.is_dir(follow_symlinks=False)) for e in listing]
    for inner, is_folder in entries:
        if is_folder:
            _remove_quickly(inner)
        else:
            os.unlink(inner)
    os.rmdir(path)


def _mounts_under(top):
    """Mount points below ``top`` (what the sandbox shows of the host
    there), and the folders that lead to them."""
    shown, leading = set(), set()
    with open("/proc/self/mountinfo") as f:
        for line in f:
            point = line.split()[4].replace("\\040", " ")
            if point.startswith(top + "/"):
                shown.add(point)
                parent = os.path.dirname(point)
                while parent != top:
                    leading.add(parent)
                    parent = os.path.dirname(parent)
    return shown, leading


def _run(req):
    _, work, in_path, out_path = _prepare(req, _RUN_FOLDER)
    started = time.monotonic()
    _as_started(req["mode"])
    # Everything alive now belongs to the warm child; the grandchild's exit
    # check looks only at objects made after this.
    gc.freeze()
    before = _state_before_fork()
    limits = _limits(req)
    _NEWS[_STARTED] = _NEWS[_INTERRUPTED] = 0
    struct.pack_into("dd", _NEWS, _CPU_BEFORE, 0.0, 0.0)
    pid = os.fork()
    if pid == 0:
        _grandchild(req, work, out_path, in_path, before, limits)
    status = _wait(pid, float(req["timeout"]))
    reply = {"workdir": work, "leftover": False, "signal": None, "code": None}
    if status is None:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        _end_the_rest()
        reply["status"] = "timeout"
    else:
        reply["leftover"] = _end_the_rest()
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            reply["signal"] = sig
            reply["status"] = "output-limit" if sig == signal.SIGXFSZ else "signal"
        elif not _NEWS[_STARTED]:
            reply["status"] = "engine-error"
            reply["error"] = "the run could not be set up (no limits, no output file)"
        elif _NEWS[_INTERRUPTED]:
            reply["status"] = "signal"
            reply["signal"] = signal.SIGINT
        else:
            reply["status"] = "exited"
            reply["code"] = os.WEXITSTATUS(status)
    reply["seconds"] = time.monotonic() - started
    reply["cpu"] = _snippet_cpu()
    reply["output"], too_long = _collect(out_path, req)
    if too_long and reply["status"] == "exited":
        reply["status"] = "output-limit"
    _empty_private_folders()  # the run's folder with the rest
    return reply


def run_in_runtime(req):
    """Run a snippet inside this runtime, for runtimes that cannot fork
    (Pyodide): the engine's Pyodide child (handle_in_process) and the Run
    buttons in the browser (snipcheck.inprocess) call it.  What a run can
    undo is undone afterwards (its modules, its ``__main__``, ``sys``
    settings the interpreter itself changes, the names in modules loaded
    before it); ``clean`` is false when anything else differs from before
    the run, and the host then gives the next snippet a new runtime."""
    base, work, in_path, out_path = _prepare(req)
    gc.freeze()
    before = _state_before_fork()
    saved = _Saved(base)
    started = time.monotonic()
    code = None
    clean = False
    try:
        _redirect(in_path, out_path)
        _libc.clearerr(_C_STDIN)
        os.chdir(work)
        code = _execute(req)
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        _libc.fflush(None)
        clean = saved.unchanged()
    except BaseException:
        clean = False
    finally:
        seconds = time.monotonic() - started
        try:
            saved.restore()
            clean = (
                clean
                and saved.namespaces_unchanged()
                and _state_unchanged(before)
                and saved.files_unchanged()
            )
        except BaseException:
            clean = False
    output, too_long = _collect(out_path, req)
    import shutil

    shutil.rmtree(base, ignore_errors=True)
    status = "output-limit" if too_long else "exited"
    return {
        "status": status if code is not None else "engine-error",
        "code": code,
        "signal": None,
        "leftover": False,
        "workdir": work,
        "seconds": seconds,
        "output": output,
        "clean": clean and code is not None,
        "error": "" if code is not None else "the run inside the runtime failed",
    }


# Audit hooks cannot be listed or removed; one of the engine's own counts
# how many a snippet adds (see _watch_audit_hooks).
_AUDIT_HOOKS_ADDED = [0]


def _watch_audit_hooks():
    def hook(event, _args):
        if event == "sys.addaudithook":
            _AUDIT_HOOKS_ADDED[0] += 1

    sys.addaudithook(hook)


def _modules():
    """Every loaded module, by name (an entry of None or of an object
    without a namespace left out)."""
    return {
        name: module
        for name, module in list(sys.modules.items())
        if module is not None and hasattr(module, "__dict__")
    }


def _namespaces():
    """Every loaded module and a copy of its namespace."""
    return {name: (module, dict(vars(module))) for name, module in _modules().items()}


def _same(now, before):
    """The same names in the same order, each referring to the same object.
    (A name deleted and set again moves to the end: that counts as a change.)"""
    return (
        len(now) == len(before)
        and list(now) == list(before)
        and all(map(_is, now.values(), before.values()))
    )


class _Saved:
    """What a run inside the runtime may change, to compare and restore."""

    SYS = (
        "stdin",
        "stdout",
        "stderr",
        "displayhook",
        "excepthook",
        "argv",
        "orig_argv",
        "ps1",
        "ps2",
    )

    def __init__(self, base):
        self.base = base  # the run's own folder, which goes with it
        self.files = _files(base)
        self.fds = [os.dup(fd) for fd in (0, 1, 2)]
        self.cwd = os.getcwd()
        self.sys = {name: getattr(sys, name, _Saved) for name in self.SYS}
        self.path = list(sys.path)
        self.main = sys.modules["__main__"]
        self.environ = dict(os.environ)
        # The interactive displayhook stores the last value in builtins._
        self.underscore = vars(sys.modules["builtins"]).get("_", _Saved)
        self.recursion = sys.getrecursionlimit()
        self.signals = {n: _getsignal(n) for n in _signals()}
        self.children = _children()
        self.modules = set(sys.modules)
        self.settings = _process_settings()
        self.hooks = (list(sys.meta_path), list(sys.path_hooks), _AUDIT_HOOKS_ADDED[0])
        self.namespaces = _namespaces()
        self.finalize_registered = weakref.finalize._registered_with_atexit
        self.put_back = []  # (module, names) of each namespace restore() put back

    def unchanged(self):
        names = [n for n in self.SYS if n not in ("argv", "orig_argv", "ps1", "ps2")]
        return (
            all(getattr(sys, n, _Saved) is self.sys[n] for n in names)
            and _process_settings() == self.settings
            and dict(os.environ) == self.environ
            and sys.getrecursionlimit() == self.recursion
            and {n: _getsignal(n) for n in self.signals} == self.signals
            and (list(sys.meta_path), list(sys.path_hooks), _AUDIT_HOOKS_ADDED[0]) == self.hooks
            and _children() == self.children
        )

    def files_unchanged(self):
        """No file was made, changed or removed outside the run's folder
        (a new process's temporary folder and home hold nothing a snippet
        before it left)."""
        return _files(self.base) == self.files

    def namespaces_unchanged(self):
        """After restore(): the same modules are loaded, each the same
        object, and each namespace restore() put back is as it was (restore
        compared every other one last, and found it unchanged)."""
        now = _modules()
        if now.keys() != self.namespaces.keys():
            return False
        if any(now[name] is not module for name, (module, _) in self.namespaces.items()):
            return False
        return all(_same(vars(module), names) for module, names in self.put_back)

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
        # Names that refer to them in modules loaded before the run (the
        # name importing a submodule adds to its package, a lazy import of
        # 3.15 that the run made happen) are put back at the end.
        for name in [m for m in sys.modules if m not in self.modules]:
            del sys.modules[name]
        sys.modules["__main__"] = self.main
        namespace = vars(sys.modules["builtins"])
        if self.underscore is _Saved:
            namespace.pop("_", None)
        else:
            namespace["_"] = self.underscore
        for name in ("last_type", "last_value", "last_traceback", "last_exc"):
            if hasattr(sys, name):
                delattr(sys, name)
        # Now that the snippet's objects have gone (one that warns as it
        # goes, an unclosed file, leaves a registry in the engine's module):
        # Warnings already shown are remembered per module; a new process has
        # shown none, so the next snippet must see its warnings printed too.
        for name, module in list(sys.modules.items()):
            registry = getattr(module, "__warningregistry__", None)
            if isinstance(registry, dict):
                registry.clear()
                earlier = self.namespaces.get(name)
                if earlier and "__warningregistry__" not in earlier[1]:
                    del module.__warningregistry__
        warnings.onceregistry.clear()
        # The first weakref.finalize of a process registers one exit function
        # for all of them (tempfile's cleanups use it).  Once no finalizer is
        # left waiting, that registration is undone, as a new runtime has none.
        finalize = weakref.finalize
        first = not self.finalize_registered and finalize._registered_with_atexit
        if first and not finalize._registry:
            atexit.unregister(finalize._exitfunc)
            finalize._registered_with_atexit = False
        # Last: names a run bound, bound again or deleted in a module that
        # was there before it are put back as they were: a snippet's own
        # assignment (json.dumps = ...), a module's __getattr__ that keeps
        # what it made (3.15's collections.abc.ByteString), a lazy import
        # (3.15) that a run made happen of a module loaded before it.
        self.put_back = []
        for module, names in self.namespaces.values():
            namespace = vars(module)
            if _same(namespace, names):
                continue
            self.put_back.append((module, names))
            for key in [k for k in namespace if k not in names]:
                del namespace[key]
            for key, value in names.items():
                if namespace.get(key, _Saved) is not value:
                    namespace[key] = value


# The raw handler (an int for SIG_DFL and SIG_IGN): signal.getsignal only
# adds an enum around it, which costs more than the question.
_getsignal = _signal.getsignal
_SIGNALS = []


def _signals():
    """Every signal whose handler can be asked for (the same in every run)."""
    if not _SIGNALS:
        for number in range(1, getattr(signal, "NSIG", 65)):
            try:
                _getsignal(number)
            except (ValueError, OSError):
                continue
            _SIGNALS.append(number)
    return _SIGNALS


def _process_settings():
    """Process-wide settings a snippet could change and a later one notice."""
    out = sys.stdout
    digits = getattr(sys, "get_int_max_str_digits", None)
    return (
        sys.gettrace(),
        sys.getprofile(),
        getattr(sys, "unraisablehook", None),
        sys.breakpointhook,
        gc.isenabled(),
        gc.get_threshold(),
        digits() if digits else None,
        _locale.setlocale(_locale.LC_ALL),
        sorted(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else None,
        (out.encoding, out.errors, out.line_buffering, getattr(out, "write_through", None)),
        os.umask(os.umask(0o022)),
        faulthandler.is_enabled(),
        sys.flags,
    )


def _files(skip):
    """Every file and folder of a runtime's file system (Pyodide's is in
    memory: what a run writes anywhere stays for the next), but ``skip``
    and the devices: a file's kind, size and modification time, a folder's
    kind alone (making and removing the run's folder changes its parent)."""
    found = {}
    folders = ["/"]
    while folders:
        try:
            entries = os.scandir(folders.pop())
        except OSError:
            continue
        with entries:
            for entry in entries:
                if entry.path in (skip, "/dev", "/proc"):
                    continue
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISDIR(info.st_mode):
                    found[entry.path] = (info.st_mode,)
                    folders.append(entry.path)
                else:
                    found[entry.path] = (info.st_mode, info.st_size, info.st_mtime_ns)
    return found


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
    """Import, before forking, what a fresh interpreter has at start-up, and
    remember it: each run is given exactly that (_as_started).  Packages a
    group of snippets declares are only looked for, not imported: a fresh
    interpreter has not imported them, so each run imports them itself."""
    startup = req.get("startup")
    if startup:
        for name in startup["modules"]:
            if name not in sys.modules:
                with contextlib.suppress(ImportError):
                    importlib.import_module(name)
        _STARTUP[startup["mode"]] = (list(startup["modules"]), set(startup["folders"]))
        if startup.get("interrupt_ends"):
            _INTERRUPT_ENDS.add(startup["mode"])
        _as_started(startup["mode"])
    found = {}
    for name in req.get("packages", []):
        try:
            found[name] = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found[name] = False
    gc.freeze()
    return {"modules": found}


def _probe(req):
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
    (Pyodide): the snippet runs in this runtime (run_in_runtime)."""
    req = _loads(line)
    op = req.get("op")
    if op == "run":
        reply = run_in_runtime(req)
    elif op == "preload":
        reply = _preload(req)
    elif op == "probe":
        reply = _probe(req)
    else:
        reply = {"status": "engine-error", "error": f"unknown op {op!r}"}
    return _dumps(reply)


def prepare_runtime():
    """Set up a runtime for handle_in_process, once, before the first run."""
    _watch_audit_hooks()
    _keep_compiled_sources()


def _keep_compiled_sources():
    """Pyodide's standard library is Python source in a zip file, with no
    compiled files beside it: each import compiles its module, and since
    the modules a run imported go with it (_Saved.restore), every run would
    compile them again.  The code a compile made is kept here, by file and
    source, and given to the next import of that same source, as CPython's
    .pyc files give a native interpreter the code an earlier compile made.
    The module is still executed afresh by each run that imports it."""
    import zipimport

    compile_source = getattr(zipimport, "_compile_source", None)
    if compile_source is None or getattr(compile_source, "_snipcheck_kept", None) is not None:
        return
    kept = {}

    def compiled(*args):
        # (pathname, source) or, from 3.15, (pathname, source, module name)
        code = kept.get(args)
        if code is None:
            code = kept[args] = compile_source(*args)
        return code

    compiled._snipcheck_kept = kept
    zipimport._compile_source = compiled


def main():
    global PROTO_IN, PROTO_OUT, _HOME, _TOKEN, _NEWS, _SHOWN, _LEADING
    # Non-dumpable: a grandchild (same user, no capabilities) can then
    # neither open this process's descriptors through /proc nor trace it.
    _libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE
    _HOME = os.environ.get("HOME", "")
    _NEWS = mmap.mmap(-1, 24)
    _SHOWN, _LEADING = _mounts_under("/tmp")
    PROTO_IN = os.dup(0)
    PROTO_OUT = os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)
    gc.freeze()
    lines = _requests()
    _TOKEN = next(lines, "").strip()
    for line in lines:
        req = _loads(line)
        op = req.get("op")
        if op == "run":
            _reply(_run(req))
        elif op == "preload":
            _reply(_preload(req))
        elif op == "probe":
            _reply(_probe(req))
        else:
            _reply({"status": "engine-error", "error": f"unknown op {op!r}"})


if __name__ == "__main__":
    main()
