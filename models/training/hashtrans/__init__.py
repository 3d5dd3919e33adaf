"""HashTrans: a OneTrans-style Transformer over S-tokens (event history) and NS-tokens (context, candidate)."""

from hashtrans.config import HashTransConfig
from hashtrans.model import HashTrans

__all__ = ["HashTransConfig", "HashTrans"]
