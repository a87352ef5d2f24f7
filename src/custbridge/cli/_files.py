"""Where ``convert`` writes: checked before the run, renamed into place after it.

Each output file is written to a temporary file beside its target and renamed
over it only when the run ends normally, so an interrupted run never leaves a
half file under the final name. A target that exists and is not a regular file
(``/dev/null``, a named pipe) is written to directly: renaming over it would
replace the device or the pipe with a file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import IO

__all__ = ["Target", "UsageError", "check_paths"]


class UsageError(Exception):
    """A path given on the command line cannot be used; the message says why."""


def check_paths(source: str, outputs: dict[str, str | None]) -> None:
    """Refuse outputs that collide with each other or the input, or are links.

    Args:
        source: The input path, or ``-``.
        outputs: Each output option (``--output``) and its path, ``-`` or ``None``.

    Raises:
        UsageError: naming the option and the path at fault.
    """
    given = {option: path for option, path in outputs.items() if path is not None}
    stdout = [option for option, path in given.items() if path == "-"]
    if len(stdout) > 1:
        raise UsageError(f"{' and '.join(stdout)} are both standard output")
    seen: dict[str, str] = {}
    for option, path in given.items():
        if path == "-":
            continue
        target = Path(path)
        if target.is_symlink():
            raise UsageError(
                f"refusing to write {option} {path}: it is a symbolic link;"
                " give the file it points to"
            )
        if target.is_dir():
            raise UsageError(f"cannot write {option} {path}: it is a directory")
        if _special(target):
            continue  # /dev/null twice is fine, and it is never the input
        if source != "-" and _same(source, target):
            raise UsageError(f"refusing to overwrite the input file with {option}")
        key = str(target.resolve())
        if key in seen or any(_same(other, target) for other in seen):
            raise UsageError(f"{seen.get(key, option)} and {option} are the same file")
        seen[key] = option


def _special(path: Path) -> bool:
    """Whether *path* exists and is not a regular file (a device, a pipe)."""
    return path.exists() and not path.is_file()


def _same(a: str | Path, b: Path) -> bool:
    try:
        return Path(a).samefile(b)
    except OSError:  # one of them does not exist yet
        return False


class Target:
    """One output: standard output, or a temporary file renamed at the end."""

    def __init__(self, path: str) -> None:
        """Open the temporary file beside *path*, or take standard output for ``-``."""
        self.path = path
        self._temporary: Path | None = None
        self._direct = False  # written in place: a device or a pipe
        if path == "-":
            self.stream: IO[bytes] = sys.stdout.buffer
            return
        target = Path(path)
        if _special(target):
            self.stream = target.open("wb")
            self._direct = True
            return
        try:
            handle, name = tempfile.mkstemp(
                dir=target.parent, prefix=f".{target.name}.", suffix=".part"
            )
        except OSError as error:  # name the file asked for, not the temporary
            raise OSError(error.errno, error.strerror, path) from None
        self._temporary = Path(name)
        os.chmod(handle, _mode(target))  # noqa: PTH101 - on the open handle
        self.stream = os.fdopen(handle, "wb")

    def commit(self) -> None:
        """Move the finished file into place (flush standard output)."""
        self.stream.flush()
        if self._direct:
            self.stream.close()
        elif self._temporary is not None:
            self.stream.close()
            self._temporary.replace(self.path)
            self._temporary = None

    def discard(self) -> None:
        """Remove the temporary file, leaving the target as it was."""
        if self._direct:
            self.stream.close()
        elif self._temporary is not None:
            self.stream.close()
            self._temporary.unlink(missing_ok=True)
            self._temporary = None


def _mode(target: Path) -> int:
    """The target's permissions when it exists, else what the umask allows."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
