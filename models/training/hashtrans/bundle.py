"""Write the model bundle: ONNX graphs, config.json, model-card.json, golden vectors and SHA-256 checksums.

Usage (from the repository root):
    PYTHONPATH=models/training .venv/bin/python -m hashtrans.bundle --checkpoint RUN/checkpoint.pt \
        --feature-spec DATA/feature-spec.json --out models/hashtrans-v1
    PYTHONPATH=models/training .venv/bin/python -m hashtrans.bundle --untrained --seed 7 --out models/hashtrans-v1
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import shutil
from pathlib import Path

import numpy as np
import torch

from hashtrans.config import HashTransConfig
from hashtrans.graphs import cache_names, context_names, flatten_cache, flatten_context
from hashtrans.model import OUTPUT_NAMES, HashTrans, LayerCache
from hashtrans.onnx_export import (CONTEXT_FILE, ENCODER_FILE, ENCODER_STEP_FILE, SCENARIO_SCORER_FILE, SCORER_FILE,
                                   export_graphs, graph_files, graph_io)

log = logging.getLogger(__name__)

MODEL_VERSION = "hashtrans-v1"
BUNDLE_FORMAT_VERSION = 2  # 2: context.onnx and scenario_scorer.onnx replace scorer.onnx
CONFIG_FILE = "config.json"
MODEL_CARD_FILE = "model-card.json"
MODEL_CARD_TEXT_FILE = "model-card.md"
FEATURE_SPEC_FILE = "feature-spec.json"
CHECKSUMS_FILE = "checksums.sha256"
GOLDEN_DIR = "golden"
GOLDEN_INDEX = "golden.json"
GOLDEN_DATA = "golden.bin"
GOLDEN_TOLERANCE = 1e-4
# Files under checksum; documentation (README.md, model-card.md) is left out so that it can be edited freely.
CHECKED_FILES = (ENCODER_FILE, ENCODER_STEP_FILE, SCORER_FILE, CONTEXT_FILE, SCENARIO_SCORER_FILE, CONFIG_FILE, MODEL_CARD_FILE, FEATURE_SPEC_FILE,
                 f"{GOLDEN_DIR}/{GOLDEN_INDEX}", f"{GOLDEN_DIR}/{GOLDEN_DATA}")


def checkpoint_payload(model: HashTrans, extra: dict) -> dict:
    return {"config": model.config.to_dict(), "state_dict": model.state_dict(), **extra}


def load_checkpoint(path: Path) -> tuple[HashTrans, dict]:
    """Load a model written by the trainer; returns the model in eval mode and the checkpoint's metadata."""
    payload = torch.load(path, map_location="cpu", weights_only=True)
    model = HashTrans(HashTransConfig.from_dict(payload["config"]))
    model.load_state_dict(payload["state_dict"])
    metadata = {key: value for key, value in payload.items() if key not in ("config", "state_dict")}
    return model.eval(), metadata


def weights_digest(model: HashTrans) -> str:
    """Return the first 12 hex digits of a SHA-256 over all parameters and buffers, in name order."""
    digest = hashlib.sha256()
    for name, value in sorted(model.state_dict().items()):
        digest.update(name.encode("utf-8"))
        digest.update(value.detach().contiguous().numpy().tobytes())
    return digest.hexdigest()[:12]


def model_card(model: HashTrans, metadata: dict) -> dict:
    """Return the model-card.json content: version, training facts, metrics and graph I/O names."""
    return {
        # Part of every inference cache key: it changes whenever the weights change.
        "model_version": f"{MODEL_VERSION}+{weights_digest(model)}",
        "bundle_format_version": BUNDLE_FORMAT_VERSION if model.config.scenario_columns else 1,
        "trained": bool(metadata.get("trained", False)),
        "feature_spec_version": metadata.get("feature_spec_version"),
        "graphs": {name: io for name, io in graph_io(model.config.n_layers).items() if name in graph_files(model)},
        "golden_tolerance": GOLDEN_TOLERANCE,
        "training": without_entity_lists(metadata.get("training", {})),
        "metrics": metadata.get("metrics", {}),
    }


def without_entity_lists(training: dict) -> dict:
    """Return the training facts without the export's per-row lists (serials, times, splits).

    They identify every training row and make model-card.json hundreds of kilobytes; the tensors' own meta.json
    keeps them.
    """
    data = training.get("data")
    if not isinstance(data, dict) or "entities" not in data:
        return training
    return {**training, "data": {key: value for key, value in data.items() if key != "entities"}}


def write_model_files(model: HashTrans, out_dir: Path, metadata: dict) -> None:
    """Write config.json (the config dataclass, flat), model-card.json and its Markdown rendering."""
    model.config.save(out_dir / CONFIG_FILE)
    card = model_card(model, metadata)
    (out_dir / MODEL_CARD_FILE).write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    (out_dir / MODEL_CARD_TEXT_FILE).write_text(model_card_text(card, model), encoding="utf-8")


def model_card_text(card: dict, model: HashTrans) -> str:
    """Render model-card.json as Markdown for people: data, training command, time and metrics."""
    training = card["training"]
    pipeline = training.get("pipeline", {})
    data = training.get("data", {})
    n_params = sum(p.numel() for p in model.parameters())
    lines = [
        f"# Model card: {card['model_version']}",
        "",
        "Generated by `hashtrans.bundle` from `model-card.json`; edit the generator, not this file.",
        "",
        "## Model",
        "",
        f"- Trained: {'yes' if card['trained'] else 'no (random weights: the scores mean nothing)'}",
        f"- Feature spec version: {card['feature_spec_version']}",
        f"- Parameters: {n_params}",
        f"- Config: `{json.dumps(model.config.to_dict())}`",
        "",
        "## Data",
        "",
    ]
    if pipeline:
        lines += [f"- Simulated worlds: seeds {pipeline['world_seeds']}, {pipeline['miners']} miners and "
                  f"{pipeline['days']} days each, telemetry every {pipeline.get('telemetry_minutes', 5)} minutes, "
                  f"training anchors every {pipeline['anchor_every_days']} days"]
    if training:
        lines += [f"- Rows: {data.get('rows', 'unknown')} ({training['train_entities']} training, "
                  f"{training['val_entities']} validation; validation miners are held out by the exporter's split)"]
    else:
        lines += ["- None: this bundle was not trained."]
    lines += ["", "## Training", ""]
    if training:
        lines += [
            f"- Command: `{pipeline.get('command') or training['command']}`",
            f"- Training time: {training['duration_s']} s for {training['steps']} steps "
            f"({training['epochs_run']} epochs{', stopped at the time limit' if training['stopped_early'] else ''}) "
            f"with {training['threads']} CPU thread{'s' if int(training['threads']) != 1 else ''} "
            f"({training['machine']}, torch {training['torch']}); process CPU time {training.get('cpu_s', 'unknown')} s. "
            f"With `--limit-by-cpu` the time limit counts CPU time per thread, so wall time exceeds it on a shared "
            f"machine.",
        ]
        if pipeline:
            steps = ", ".join(f"{name} {value} s" for name, value in pipeline["step_seconds"].items())
            lines.append(f"- Pipeline steps: {steps}")
    lines += ["", "## Validation metrics", "", "| metric | value |", "|---|---|"]
    lines += [f"| {name} | {value:.4f} |" for name, value in sorted(card["metrics"].items())]
    lines += ["", "Losses are per head on the validation rows (listwise and Huber terms in standardised units, "
              "BCE, pinball). Baselines, ablations and decision regret on held-out worlds are in docs/model-card.md of "
              "the repository.", ""]
    return "\n".join(lines)


class GoldenWriter:
    """Collects named arrays into one little-endian binary file plus a JSON index of dtypes, shapes and offsets."""

    def __init__(self) -> None:
        self.tensors: dict[str, dict] = {}
        self.chunks: list[bytes] = []
        self.offset = 0
        self.cases: list[dict] = []

    def add(self, key: str, tensor: torch.Tensor) -> str:
        array = tensor.detach().contiguous().numpy()
        dtype = {np.dtype(np.float32): "<f4", np.dtype(np.int64): "<i8"}[array.dtype]
        data = array.astype(dtype).tobytes()
        self.tensors[key] = {"dtype": str(array.dtype), "shape": list(array.shape), "offset": self.offset,
                             "bytes": len(data)}
        self.chunks.append(data)
        self.offset += len(data)
        return key

    def add_case(self, name: str, graph: str, inputs: dict[str, torch.Tensor],
                 outputs: dict[str, torch.Tensor]) -> None:
        self.cases.append({
            "name": name,
            "graph": graph,
            "inputs": {key: self.add(f"{name}.in.{key}", value) for key, value in inputs.items()},
            "outputs": {key: self.add(f"{name}.out.{key}", value) for key, value in outputs.items()},
        })

    def write(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / GOLDEN_DATA).write_bytes(b"".join(self.chunks))
        index = {"byte_order": "little-endian", "data_file": GOLDEN_DATA, "tolerance": GOLDEN_TOLERANCE,
                 "tensors": self.tensors, "cases": self.cases}
        (out_dir / GOLDEN_INDEX).write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")


def golden_inputs(config: HashTransConfig, seed: int) -> dict:
    """Synthetic inputs for the golden cases: a full row, a left-padded row and a row with no S-tokens."""
    generator = torch.Generator().manual_seed(seed)
    block = config.pyramid_block
    seq_len = block + block // 2 + 4  # crosses one block boundary, so the pyramid drops tokens
    n_real = (seq_len, seq_len - block // 4, 0)
    s_type = torch.randint(1, config.n_s_types, (3, seq_len), generator=generator)
    for row, count in enumerate(n_real):
        s_type[row, : seq_len - count] = 0
    s_num = torch.randn(3, seq_len, config.f_s, generator=generator) * (s_type != 0).unsqueeze(-1)
    cand_kind = torch.tensor([[1, 2, 3, 4], [2, 2, 2, 0], [1, 1, 4, 3]])
    return {
        "s_num": s_num, "s_type": s_type,
        "ns_num": torch.randn(3, config.f_ns, generator=generator),
        "cand_num": torch.randn(3, 4, config.f_c, generator=generator) * (cand_kind != 0).unsqueeze(-1),
        "cand_kind": cand_kind,
        "new_s_num": torch.randn(3, 5, config.f_s, generator=generator),
        "new_s_type": torch.randint(1, config.n_s_types, (3, 5), generator=generator),
    }


def write_golden(model: HashTrans, out_dir: Path, seed: int = 20260101) -> None:
    """Write the golden cases: encode, scoring, encode_step (append 5 tokens) and scoring after that step.

    Scoring is one scorer.onnx case, or for a model with a scenario token a context.onnx case and a
    scenario_scorer.onnx case.
    """
    config = model.config
    ex = golden_inputs(config, seed)
    names = cache_names(config.n_layers)
    writer = GoldenWriter()
    ns_inputs = {"ns_num": ex["ns_num"], "cand_num": ex["cand_num"], "cand_kind": ex["cand_kind"]}

    def add_scoring(suffix: str, cache: list[LayerCache], flat: dict) -> None:
        if not config.scenario_columns:
            scores = model.score(cache, ex["ns_num"], ex["cand_num"], ex["cand_kind"])
            writer.add_case(f"score{suffix}", SCORER_FILE, {**ns_inputs, **flat}, {k: scores[k] for k in OUTPUT_NAMES})
            return
        context = model.encode_context(cache, ex["ns_num"])
        context_flat = dict(zip(context_names(config.n_layers), flatten_context(context)))
        writer.add_case(f"context{suffix}", CONTEXT_FILE, {"ns_num": ex["ns_num"], **flat}, context_flat)
        scores = model.score_with_context(cache, context, ex["ns_num"], ex["cand_num"], ex["cand_kind"])
        writer.add_case(f"score{suffix}", SCENARIO_SCORER_FILE, {**ns_inputs, **flat, **context_flat},
                        {k: scores[k] for k in OUTPUT_NAMES})

    with torch.no_grad():
        cache = model.encode(ex["s_num"], ex["s_type"])
        flat = dict(zip(names, flatten_cache(cache)))
        writer.add_case("encode", ENCODER_FILE, {"s_num": ex["s_num"], "s_type": ex["s_type"]}, flat)
        add_scoring("", cache, flat)

        stepped = model.encode_step(cache, ex["new_s_num"], ex["new_s_type"])
        past = {f"past_{name}": value for name, value in flat.items()}
        stepped_flat = dict(zip(names, flatten_cache(stepped)))
        writer.add_case("encode_step", ENCODER_STEP_FILE,
                        {"s_num": ex["new_s_num"], "s_type": ex["new_s_type"], **past}, stepped_flat)
        add_scoring("_after_step", stepped, stepped_flat)
    writer.write(out_dir)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_checksums(bundle_dir: Path) -> None:
    """Write checksums.sha256 in `sha256sum` format for every checked file present in the bundle."""
    lines = [f"{sha256_of(bundle_dir / name)}  {name}" for name in CHECKED_FILES if (bundle_dir / name).exists()]
    (bundle_dir / CHECKSUMS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")


def verify_checksums(bundle_dir: Path) -> list[str]:
    """Return the files whose SHA-256 differs from checksums.sha256 (missing files included)."""
    mismatched = []
    for line in (bundle_dir / CHECKSUMS_FILE).read_text(encoding="utf-8").splitlines():
        expected, name = line.split("  ", 1)
        path = bundle_dir / name
        if not path.exists() or sha256_of(path) != expected:
            mismatched.append(name)
    return mismatched


def read_feature_spec(path: Path) -> dict:
    """Return the spec's version, widths and S-type vocabulary size, as written by `hashinsight feature-spec`."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    try:
        widths = spec["widths"]
        return {"feature_spec_version": spec["feature_spec_version"], "f_s": int(widths["F_S"]),
                "f_ns": int(widths["F_NS"]), "f_c": int(widths["F_C"]), "n_s_types": int(spec["s_type_vocab_size"]),
                "scenario_columns": tuple(field["index"] for field in spec["ns_num"]["fields"]
                                          if field["group"] == "scenario")}
    except KeyError as missing:
        raise ValueError(f"{path}: field {missing} missing; expected a spec from `hashinsight feature-spec`") from None


def check_against_spec(config: HashTransConfig, spec: dict, spec_path: Path) -> None:
    """Raise ValueError when the model's input widths differ from the feature spec's."""
    for field in ("f_s", "f_ns", "f_c"):
        if getattr(config, field) != spec[field]:
            raise ValueError(f"model {field}={getattr(config, field)} but {spec_path} has {spec[field]}; "
                             "train on tensors exported with this spec")
    if config.n_s_types < spec["n_s_types"]:
        raise ValueError(f"model n_s_types={config.n_s_types} is below the spec's s_type_vocab_size "
                         f"{spec['n_s_types']} in {spec_path}")


def write_bundle(model: HashTrans, out_dir: Path, metadata: dict, feature_spec: Path | None = None) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    model = model.eval()
    if feature_spec is not None:
        spec = read_feature_spec(feature_spec)
        check_against_spec(model.config, spec, feature_spec)
        trained_on = metadata.get("feature_spec_version")
        if trained_on is not None and trained_on != spec["feature_spec_version"]:
            raise ValueError(f"the model was trained on feature spec version {trained_on} but {feature_spec} "
                             f"has version {spec['feature_spec_version']}")
        metadata = {**metadata, "feature_spec_version": spec["feature_spec_version"]}
        if feature_spec.resolve() != (out_dir / FEATURE_SPEC_FILE).resolve():
            shutil.copyfile(feature_spec, out_dir / FEATURE_SPEC_FILE)
    for stale in set(CHECKED_FILES) - set(graph_files(model)):
        if stale.endswith(".onnx"):
            (out_dir / stale).unlink(missing_ok=True)  # a graph of an earlier model in the same folder
    export_graphs(model, out_dir)
    write_model_files(model, out_dir, metadata)
    write_golden(model, out_dir / GOLDEN_DIR)
    write_checksums(out_dir)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m hashtrans.bundle", description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--checkpoint", type=Path, help="checkpoint.pt written by hashtrans.train")
    source.add_argument("--untrained", action="store_true",
                        help="export a randomly initialised model with the default config (I/O contract check only)")
    parser.add_argument("--seed", type=int, default=7, help="initialisation seed for --untrained")
    parser.add_argument("--feature-spec", type=Path,
                        help="feature-spec.json from `hashinsight feature-spec`; copied into the bundle, and with "
                             "--untrained it sets the input widths")
    parser.add_argument("--out", type=Path, required=True, help="bundle folder, e.g. models/hashtrans-v1")
    parser.add_argument("--checksums-only", action="store_true",
                        help="only rewrite checksums.sha256 (after feature-spec.json changed)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("hashtrans").setLevel(logging.INFO)

    if args.checksums_only:
        write_checksums(args.out)
        return
    if args.checkpoint is None and not args.untrained:
        parser.error("one of --checkpoint or --untrained is required")
    if args.untrained:
        torch.manual_seed(args.seed)
        widths = {}
        if args.feature_spec is not None:
            spec = read_feature_spec(args.feature_spec)
            widths = {key: spec[key] for key in ("f_s", "f_ns", "f_c", "n_s_types")}
            widths["scenario_columns"] = spec["scenario_columns"]
        model, metadata = HashTrans(HashTransConfig(**widths)), {"trained": False, "seed": args.seed}
    else:
        model, metadata = load_checkpoint(args.checkpoint)
    write_bundle(model, args.out, metadata, args.feature_spec)


if __name__ == "__main__":
    main()
