"""Test-wide settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

# Property tests check results, not speed: a busy CI machine must not fail them on time (speed is benchmarks/').
settings.register_profile("vncpc", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("vncpc")


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the re-run cache and the default archive of every test run (the CLI and ribbon use them by default)
    out of the user's folders."""
    mp = pytest.MonkeyPatch()
    mp.setenv("VNCPC_XL_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    mp.setenv("VNCPC_XL_DATA_DIR", str(tmp_path_factory.mktemp("data")))  # the default archive, likewise
    yield
    mp.undo()
