"""FLOPs per request of a PyTorch model, counted with PyTorch's own operator hook.

`torch.utils.flop_counter.FlopCounterMode` intercepts every aten operator of one forward pass and adds the FLOPs of
the matrix products (mm, addmm, bmm, scaled dot-product attention, convolutions; a multiply-add counts 2). It skips
element-wise work such as activations, norms and softmax, which is a small share for these models. A request is one
entity with its full history and all its candidate slots, padding included, as the product scores it.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

from models.evaluation.data import TensorSet
from models.evaluation.neural.train import INPUT_NAMES, to_torch

FLOP_METHOD = "torch FlopCounterMode (matrix products, 2 per multiply-add)"


def request_row(tensors: TensorSet) -> np.ndarray:
    """Return the index of the entity with the longest real history, as a one-element array."""
    return np.array([int(np.argmax((tensors.s_type > 0).sum(axis=1)))])


@torch.no_grad()
def flops_per_request(model: nn.Module, tensors: TensorSet) -> int:
    """Count the FLOPs of one forward pass of `model` for one entity of `tensors`."""
    batch = to_torch(tensors, request_row(tensors))
    model.eval()
    counter = FlopCounterMode(display=False)
    with counter:
        model(*(batch[name] for name in INPUT_NAMES))
    return int(counter.get_total_flops())
