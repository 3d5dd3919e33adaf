"""The config switches that the evaluation's ablations use: shared parameters and full non-causal attention."""

import pytest
import torch

from conftest import EXACT_TOLERANCE, synthetic_batch, tiny_config
from hashtrans import HashTrans
from hashtrans.model import OUTPUT_NAMES


def parameter_count(model: HashTrans) -> int:
    return sum(p.numel() for p in model.parameters())


def test_shared_params_cached_scorer_equals_full_forward():
    torch.manual_seed(4)
    model = HashTrans(tiny_config(shared_params=True)).eval()
    batch = synthetic_batch(model.config, n_real=[30, 11, 0], seq_len=30, n_candidates=3)
    with torch.no_grad():
        cached = model(**batch)
        full = model.forward_reference(**batch)
    for name in OUTPUT_NAMES:
        torch.testing.assert_close(cached[name], full[name], atol=EXACT_TOLERANCE, rtol=0, msg=name)


def test_shared_params_have_no_token_specific_weights():
    mixed = HashTrans(tiny_config())
    shared = HashTrans(tiny_config(shared_params=True))
    assert parameter_count(shared) < parameter_count(mixed)
    assert not any(name.startswith("blocks.") and ".ns_" in name for name, _ in shared.named_parameters())


def test_non_causal_lets_s_tokens_see_the_candidate():
    torch.manual_seed(5)
    model = HashTrans(tiny_config(causal=False)).eval()
    batch = synthetic_batch(model.config, n_real=[20, 0], seq_len=20, n_candidates=2)
    with torch.no_grad():
        raw = model.forward_reference_raw(**batch)
        changed = dict(batch, cand_num=batch["cand_num"].clone())
        changed["cand_num"][:, 1] += 1.0
        raw_changed = model.forward_reference_raw(**changed)
    for name, value in raw.items():
        assert torch.isfinite(value).all(), name
    # The context (entity heads) of candidate 1 now depends on candidate 1, and candidate 0's copy does not.
    assert not torch.allclose(raw["fail_logit"][:, 1], raw_changed["fail_logit"][:, 1])
    torch.testing.assert_close(raw["fail_logit"][:, 0], raw_changed["fail_logit"][:, 0], atol=EXACT_TOLERANCE,
                               rtol=0)


def test_non_causal_model_rejects_the_cached_path():
    model = HashTrans(tiny_config(causal=False))
    batch = synthetic_batch(model.config, n_real=[5], seq_len=5)
    with pytest.raises(ValueError, match="causal=True"):
        model.encode(batch["s_num"], batch["s_type"])
