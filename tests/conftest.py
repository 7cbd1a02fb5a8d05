"""Hypothesis profiles: a quick one for development, a thorough one for CI.

``HYPOTHESIS_PROFILE=ci`` (set by .ci/run) selects the thorough profile. Round-trip
properties ask for ``ROUND_TRIP_EXAMPLES`` examples: at least 1,000 in CI.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "dev",
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    print_blob=True,
    derandomize=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

#: How many examples each round-trip property runs: 1,000 in CI, fewer while developing.
ROUND_TRIP_EXAMPLES = 1000 if settings().max_examples >= 200 else 100

#: The evaluation data beside the project (../shared/data), or NEWSMODEL_DATA.
DATA = Path(os.environ.get("NEWSMODEL_DATA", Path(__file__).resolve().parents[1] / ".." / "shared" / "data")).resolve()
SEED = DATA.parent / "seed"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip tests marked ``data`` when the evaluation data is not there."""
    if DATA.is_dir():
        return
    skip = pytest.mark.skip(reason=f"evaluation data not found at {DATA}")
    for item in items:
        if "data" in item.keywords:
            item.add_marker(skip)
