"""What every command line of the product shares: a clean message instead of a traceback.

Each package's ``__main__`` runs its ``main`` through ``run``:

- a closed pipe (``python -m geo stats | head -1``) ends quietly, exit 0;
- Ctrl-C prints ``interrupted``, exit 130;
- an ``OSError`` (unreadable, unwritable, disk full...) prints one line naming the path, exit 1;
- a ``ValueError`` from our own code (refused input: ``StoreError``, ``ArticleError``...) prints
  its message, exit 2;
- anything else prints one line with the error's type and message (no traceback), exit 70.

``show(path)`` renders any path, even a file name that is not valid UTF-8, printably.
"""
from __future__ import annotations

import errno
import os
import sys
from typing import Callable

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BUG = 0, 1, 2, 130, 70

DISK_FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


def show(path) -> str:
    """A path as printable text: undecodable bytes of a file name become \\xNN escapes."""
    text = os.fsdecode(path) if isinstance(path, (bytes, os.PathLike)) else str(path)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def describe_os_error(exc: OSError) -> str:
    """One line for an OSError: the path (when known) and what went wrong, in words."""
    what = exc.strerror or str(exc) or type(exc).__name__
    if exc.errno in DISK_FULL:
        what = "disk full (or file size limit reached)"
    where = exc.filename if exc.filename is not None else None
    return f"{show(where)}: {what}" if where is not None else what


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's final flush is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def error(message: str) -> None:
    """Print ``error: message`` on stderr (path-safe)."""
    print(f"error: {show(message)}", file=sys.stderr)


def run(main: Callable[..., int], argv: list[str] | None = None) -> int:
    """Run a command line ``main(argv)`` and turn every failure into one line on stderr."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass
    try:
        return main(argv) if argv is not None else main()
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except SystemExit:
        raise
    except OSError as exc:
        error(describe_os_error(exc))
        return EXIT_FAILED
    except ValueError as exc:       # refused input from our own code: the message says why
        error(str(exc))
        return EXIT_USAGE
    except Exception as exc:        # a bug: one line, never a traceback
        error(f"unexpected {type(exc).__name__}: {exc} (please report this)")
        return EXIT_BUG
    finally:
        try:
            sys.stdout.flush()
        except (BrokenPipeError, ValueError, OSError):
            _quiet_stdout()
