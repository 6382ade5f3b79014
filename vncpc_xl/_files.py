"""Atomic file writes: a temporary file in the target folder, then a rename over the target."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that readers see either the old file or the whole new one; return `path`.

    The file gets the permissions an ordinary new file would get (0666 less the umask), not the private
    0600 of a temporary file. A failure leaves no partial file behind and re-raises.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".~{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
