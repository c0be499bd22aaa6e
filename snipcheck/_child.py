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
import resource
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

PROTO_IN = os.dup(0)
PROTO_OUT = os.dup(1)
_devnull = os.open(os.devnull, os.O_RDWR)
os.dup2(_devnull, 0)
os.dup2(_devnull, 1)
os.close(_devnull)

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


def _grandchild(req, work, out_path, in_path, before):
    """Runs in the forked process; never returns."""
    try:
        os.setpgid(0, 0)
        os.chdir(work)
        limits = (
            (resource.RLIMIT_CPU, int(req["timeout"]) + 1),
            (resource.RLIMIT_FSIZE, int(req["max_output"])),
            (resource.RLIMIT_AS, int(req["max_memory"])),
            (resource.RLIMIT_CORE, 0),
        )
        for which, value in limits:
            resource.setrlimit(which, (value, value))
        out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        source_in = os.open(in_path if in_path else os.devnull, os.O_RDONLY)
        os.dup2(source_in, 0)
        os.dup2(out, 1)
        os.dup2(out, 2)
        _close_inherited()
        _fresh_main()
        name = req["name"]
        if req["mode"] == "session":
            sys.argv = [""]
            sys.path[0] = ""
            sys.ps1 = PS1
            sys.ps2 = PS2
            _api.PyRun_InteractiveLoopFlags(_C_STDIN, b"<stdin>", None)
            code = 0
        else:
            # Since 3.9 the interpreter makes the script path absolute.
            shown = os.path.abspath(name) if sys.version_info >= (3, 9) else name
            sys.argv = [shown]
            sys.path[0] = os.path.dirname(os.path.abspath(name))
            fp = _libc.fopen(name.encode(), b"rb")
            failed = _api.PyRun_SimpleFileExFlags(fp, shown.encode(), 1, None)
            code = 1 if failed else 0
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
    if (atexit._ncallbacks(), warnings.filters) != before:
        return False
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return False
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
    base = tempfile.mkdtemp(prefix="snipcheck-")
    work = os.path.join(base, "work")
    os.mkdir(work)
    with open(os.path.join(work, req["name"]), "w", encoding="utf-8") as f:
        f.write(req["source"])
    in_path = None
    if req["mode"] == "session":
        in_path = os.path.join(base, "stdin")
        with open(in_path, "w", encoding="utf-8") as f:
            f.write(req["input"])
    out_path = os.path.join(base, "output")
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
    try:
        with open(out_path, "rb") as f:
            raw = f.read(int(req["max_output"]) + 1)
    except FileNotFoundError:
        raw = b""
    # CPython ignores SIGXFSZ, so a write past RLIMIT_FSIZE is cut short
    # silently; an output that reached the limit is therefore a failure.
    if len(raw) >= int(req["max_output"]) and reply["status"] == "exited":
        reply["status"] = "output-limit"
    reply["output"] = raw.decode("utf-8", "backslashreplace")
    shutil.rmtree(base, ignore_errors=True)
    return reply


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


def main():
    gc.freeze()
    for req in _requests():
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
