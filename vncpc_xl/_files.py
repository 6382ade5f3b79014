"""Atomic file writes: a temporary file in the target folder, then a rename over the target."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that readers see either the old file or the whole new one; return `path`.

    The file gets the permissions an ordinary new file would get (0666 less the umask), not the private
    0600 of a temporary file. A failure leaves no partial file behind and re-raises.
    """
    with open_atomic(path) as handle:
        handle.write(data)
    return Path(path)


@contextmanager
def open_atomic(path: Path) -> Iterator[BinaryIO]:
    """Yield a file to write that replaces `path` when the block ends without error (as `write_atomic`).

    For a file written in pieces (a long report): nothing is at `path` until it is whole.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".~{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
