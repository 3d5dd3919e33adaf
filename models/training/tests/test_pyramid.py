import torch

from conftest import tiny_config
from hashtrans import pyramid


def test_slice_length_covers_every_real_length():
    config = tiny_config()
    for seq_len in range(1, 120):
        for layer in range(config.n_layers):
            width = pyramid.slice_length(seq_len, layer, config)
            assert 1 <= width <= seq_len
            for n_real in range(seq_len + 1):
                start = int(pyramid.kept_start(torch.tensor([n_real]), layer, config))
                assert n_real - start <= width, (seq_len, layer, n_real)


def test_kept_count_shrinks_to_min_plus_open_block():
    config = tiny_config(pyramid_block=8, pyramid_min_s=3, n_layers=3)
    real = torch.ones(1, 45, dtype=torch.bool)  # anchor 40, open block holds 5 tokens
    counts = [int(pyramid.kept_mask(real, layer, config).sum()) for layer in range(config.n_layers)]
    assert counts[0] == 45
    assert counts[1] == 45 - (40 - 3) // 2
    assert counts[2] == 3 + 5


def test_kept_tokens_ignore_left_padding():
    config = tiny_config()
    real = torch.ones(1, 30, dtype=torch.bool)
    padded = torch.cat([torch.zeros(1, 11, dtype=torch.bool), real], dim=1)
    for layer in range(config.n_layers):
        alone = pyramid.kept_mask(real, layer, config)
        in_batch = pyramid.kept_mask(padded, layer, config)[:, 11:]
        assert torch.equal(alone, in_batch)


def test_can_append_only_inside_one_block():
    config = tiny_config(pyramid_block=8)
    assert pyramid.can_append(9, 15, config)
    assert pyramid.can_append(8, 15, config)
    assert not pyramid.can_append(15, 16, config)
    assert not pyramid.can_append(12, 10, config)
