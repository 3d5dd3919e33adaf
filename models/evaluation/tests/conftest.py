"""Shared fixtures: small synthetic worlds in the exporter's layout."""

from __future__ import annotations

import pytest
import torch
from threadpoolctl import threadpool_limits

from models.evaluation.fixture import write_fixture

# One thread each: OpenMP threads spin-wait when other processes hold the cores, which slows a shared machine
# down by an order of magnitude.
torch.set_num_threads(1)
threadpool_limits(1)


@pytest.fixture(scope="session")
def fixture_worlds(tmp_path_factory):
    """Three training worlds, one held-out world and one held-out world 8 °C warmer."""
    root = tmp_path_factory.mktemp("worlds")
    train = write_fixture(root / "train", seeds=[1, 2, 3], entities=150)
    test = write_fixture(root / "test", seeds=[7], entities=120)
    test += write_fixture(root / "hot", seeds=[8], entities=120, climate_shift_c=8.0)
    return {"train": train, "test": test}
