"""Test-wide settings."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

# Property tests check results, not speed: a busy CI machine must not fail them on time (speed is benchmarks/').
settings.register_profile("vncpc", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("vncpc")
