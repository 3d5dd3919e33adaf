"""PyTorch models of the comparison and the training loop they share.

The HashTrans package `hashtrans` lives in models/training and is imported from there, never copied, so this
package puts that folder on the import path once.
"""

import sys
from pathlib import Path

TRAINING_DIR = Path(__file__).resolve().parents[2] / "training"
if str(TRAINING_DIR) not in sys.path:
    sys.path.insert(0, str(TRAINING_DIR))
