import json
from dataclasses import replace

import numpy as np
import pytest

from models.evaluation import spec as feature_spec
from models.evaluation.data import concat, load_split, load_splits
from models.evaluation.fixture import make_world

TOLERANCE = 1e-6


def test_split_round_trip(fixture_worlds):
    folder = fixture_worlds["train"][0]
    tensors = load_split(folder)
    assert tensors.size == 150
    assert tensors.worlds() == [folder.name]
    assert tensors.meta[0]["world_seeds"] == [1]
    assert tensors.spec["s_num"]["width"] == tensors.s_num.shape[2]


def test_missing_array_names_file_and_folder(tmp_path, fixture_worlds):
    source = fixture_worlds["train"][0]
    broken = tmp_path / "broken"
    broken.mkdir()
    for path in source.iterdir():
        if path.name != "y_hazard.npy":
            (broken / path.name).write_bytes(path.read_bytes())
    with pytest.raises(FileNotFoundError, match=r"y_hazard\.npy.*broken"):
        load_split(broken)


def test_wrong_dtype_names_file(tmp_path, fixture_worlds):
    source = fixture_worlds["train"][0]
    for path in source.iterdir():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    np.save(tmp_path / "s_type.npy", np.load(source / "s_type.npy").astype(np.int32))
    with pytest.raises(ValueError, match=r"s_type\.npy: expected dtype int64"):
        load_split(tmp_path)


def test_concat_rejects_other_widths():
    world = make_world(1, 10)
    narrow = replace(world, ns_num=world.ns_num[:, :3])
    with pytest.raises(ValueError, match="ns_num shape"):
        concat([world, narrow])


def test_load_splits_keeps_world_of_each_row(fixture_worlds):
    tensors = load_splits(fixture_worlds["test"])
    assert tensors.worlds() == ["seed-7", "seed-8"]
    assert (tensors.world == "seed-8").sum() == 120


@pytest.mark.parametrize("rule, raw", [
    ({"kind": "identity"}, [-3.0, 0.0, 0.5, 7.0]),
    ({"kind": "affine", "center": 70, "scale": 20, "min": -4, "max": 4}, [0.0, 45.0, 80.0, 149.0]),
    ({"kind": "log1p", "scale": 1, "reference": 1000}, [0.0, 0.3, 2.0, 45.0, 8000.0]),
    ({"kind": "signed_log1p", "scale": 0.005, "reference": 0.5}, [-0.2, -0.001, 0.0, 0.01, 0.3]),
    ({"kind": "log_ratio", "reference": 50_000, "min": -4, "max": 4}, [1000.0, 20_000.0, 110_000.0]),
], ids=["identity", "affine", "log1p", "signed_log1p", "log_ratio"])
def test_spec_inverts_every_normalisation(rule, raw):
    raw = np.array(raw)
    restored = feature_spec.invert(rule, feature_spec.normalise(rule, raw))
    np.testing.assert_allclose(restored, raw, rtol=TOLERANCE, atol=TOLERANCE)


def test_spec_missing_column_names_it():
    spec = {"s_num": {"fields": [{"index": 0, "name": "board_temp", "normalization": {"kind": "identity"}}]}}
    with pytest.raises(feature_spec.SpecError, match="chip_temp_max"):
        feature_spec.raw_column(spec, "s_num", "chip_temp_max", np.zeros((1, 1)))


def test_fixture_meta_lists_seed(fixture_worlds):
    meta = json.loads((fixture_worlds["test"][1] / "meta.json").read_text())
    assert meta["world_seeds"] == [8]


def test_concat_pads_candidate_slots():
    narrow, wide = make_world(1, 5), make_world(2, 4)
    narrow = replace(narrow, **{name: getattr(narrow, name)[:, :10] for name in
                                ("cand_num", "cand_kind", "y_value", "y_risk")})
    joined = concat([narrow, wide])
    assert joined.cand_kind.shape == (9, 12)
    assert (joined.cand_kind[:5, 10:] == 0).all()
    assert np.isnan(joined.y_value[:5, 10:]).all()
    assert (joined.cand_num[:5, 10:] == 0).all()


def test_seeds_read_from_exporter_meta():
    from types import SimpleNamespace

    from models.evaluation.zoo import seeds_of

    exported = SimpleNamespace(meta=[{"worlds": [{"index": 0, "seed": 9001}, {"index": 1, "seed": 9002}]}])
    assert seeds_of(exported) == {9001, 9002}
