"""The init of a sandbox in which runner.run_fresh starts a fresh interpreter.

The first process of a PID namespace ignores signals it has no handler for,
so the interpreter must not be that process: this one starts it, waits for
it, and writes how it ended (the raw wait status) on the descriptor named
first on its command line.  It runs on the target interpreter, 2.7 and up.

Usage: python -I -S _init.py <fd> <program> [args...] (-E -s for -I before 3.4)
"""

import os
import sys


def main():
    report = int(sys.argv[1])
    argv = sys.argv[2:]
    pid = os.fork()
    if pid == 0:
        os.close(report)
        os.execv(argv[0], argv)
    _, status = os.waitpid(pid, 0)
    os.write(report, str(status).encode())


main()
