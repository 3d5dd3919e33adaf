"""Hand-made per-entity aggregates of the S-tokens, the feature set of the gradient-boosted-trees baseline."""

from __future__ import annotations

import numpy as np

from models.evaluation.data import TensorSet

RECENT_TOKENS = 8  # the "recent" window: the last this many real S-tokens


def sequence_aggregates(s_num: np.ndarray, s_type: np.ndarray, n_types: int) -> np.ndarray:
    """Summarise each entity's S-tokens: [B, L_S, F_S] -> [B, 6 F_S + n_types + 1].

    Per feature: mean, std, min, max, last value and mean of the last RECENT_TOKENS tokens, all over real tokens
    only (NaN for an entity without tokens, which HistGradientBoosting handles natively). Then the token count per
    event type and the total count.
    """
    real = s_type > 0  # [B, L_S]
    counts = real.sum(axis=1)  # [B]
    values = np.where(real[..., None], s_num, np.nan)  # [B, L_S, F_S]
    has_tokens = counts > 0

    # Padding is on the left, so a token's rank from the end is its distance to the last real position.
    from_end = np.cumsum(real[:, ::-1], axis=1)[:, ::-1]  # [B, L_S], 1 at the last real token
    recent = np.where((real & (from_end <= RECENT_TOKENS))[..., None], s_num, np.nan)

    stats = np.full((len(s_num), 6, s_num.shape[2]), np.nan, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        if has_tokens.any():
            kept = values[has_tokens]
            stats[has_tokens, 0] = np.nanmean(kept, axis=1)
            stats[has_tokens, 1] = np.nanstd(kept, axis=1)
            stats[has_tokens, 2] = np.nanmin(kept, axis=1)
            stats[has_tokens, 3] = np.nanmax(kept, axis=1)
            stats[has_tokens, 4] = s_num[has_tokens, -1]
            stats[has_tokens, 5] = np.nanmean(recent[has_tokens], axis=1)
    type_counts = np.stack([(s_type == t).sum(axis=1) for t in range(1, n_types)], axis=1)
    return np.concatenate([stats.reshape(len(s_num), -1), type_counts, counts[:, None]], axis=1)


def entity_features(tensors: TensorSet, n_types: int) -> np.ndarray:
    """Sequence aggregates followed by the NS features: [B, F_entity]."""
    return np.concatenate([sequence_aggregates(tensors.s_num, tensors.s_type, n_types), tensors.ns_num], axis=1)


def candidate_rows(tensors: TensorSet, entity: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Flatten real candidates to rows of [entity features, candidate features, kind].

    Returns the feature matrix, and the entity and candidate index of every row.
    """
    entity_index, candidate_index = np.nonzero(tensors.cand_kind > 0)
    features = np.concatenate([
        entity[entity_index],
        tensors.cand_num[entity_index, candidate_index],
        tensors.cand_kind[entity_index, candidate_index, None].astype(np.float64),
    ], axis=1)
    return features, entity_index, candidate_index


def type_vocabulary_size(tensors: TensorSet) -> int:
    """Return the S event-type vocabulary size, padding included, from the spec or else from the data."""
    spec_size = len(tensors.spec.get("s_types", []))
    return max(spec_size, int(tensors.s_type.max()) + 1, 2)
