"""Reproduce the bundle from a seed: simulate worlds, export tensors, train, export ONNX, golden vectors, checksums.

Usage (from the repository root, after `mvn package -DskipTests` built target/hashinsight.jar):
    PYTHONPATH=models/training .venv/bin/python -m hashtrans.pipeline --seed 7 --work /tmp/hashtrans-work \\
        --out models/hashtrans-v1
    PYTHONPATH=models/training .venv/bin/python -m hashtrans.pipeline --seed 7 --work /tmp/hashtrans-smoke --smoke

World seeds are seed, seed + 1, ... seed + worlds - 1; evaluation must use other seeds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from hashtrans import bundle, train

# World sizes: the smoke size checks the pipeline in CI, the full size trains the bundled model.
SMOKE_WORLDS = dict(worlds=1, miners=6, days=45, anchor_every_days=14, telemetry_minutes=30)
FULL_WORLDS = dict(worlds=3, miners=24, days=420, anchor_every_days=7, telemetry_minutes=15)


def run_step(name: str, command: list[str]) -> float:
    """Run one pipeline step, echoing its command; returns its duration in seconds."""
    print(f"step {name}: {' '.join(command)}", flush=True)
    started = time.monotonic()
    subprocess.run(command, check=True)
    duration = time.monotonic() - started
    print(f"step {name} done in {duration:.1f}s", flush=True)
    return duration


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m hashtrans.pipeline", description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7, help="first world seed and the training seed")
    parser.add_argument("--work", type=Path, required=True, help="folder for worlds, tensors and the training run")
    parser.add_argument("--out", type=Path, help="bundle folder to write; no bundle is written without it")
    parser.add_argument("--smoke", action="store_true", help="one tiny world and the smoke model (CI)")
    parser.add_argument("--worlds", type=int, help="number of simulated worlds (smoke 1, full 3)")
    parser.add_argument("--miners", type=int, help="miners per world (smoke 6, full 24)")
    parser.add_argument("--days", type=int, help="days per world (smoke 45, full 420: the 365-day profit label needs that)")
    parser.add_argument("--anchor-every-days", type=int, help="days between training anchors (smoke 14, full 7)")
    parser.add_argument("--telemetry-minutes", type=int, help="minutes between telemetry rows (smoke 30, full 15)")
    parser.add_argument("--jar", type=Path, default=Path("target/hashinsight.jar"), help="the workstation jar")
    parser.add_argument("--java", default="java", help="java executable (JDK 25)")
    parser.add_argument("--threads", type=int, default=2, help="torch CPU threads for training")
    parser.add_argument("--max-minutes", type=float, help="training time limit in minutes (smoke 1, full 18)")
    parser.add_argument("--limit-by-cpu", action="store_true",
                        help="count the training time limit in CPU time / threads (for a shared machine)")
    args = parser.parse_args(argv)
    defaults = SMOKE_WORLDS if args.smoke else FULL_WORLDS
    for name, value in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    if not args.jar.exists():
        parser.error(f"{args.jar} not found; build it with `mvn -q package -DskipTests` first")

    java = [args.java, "-Djava.awt.headless=true", "-jar", str(args.jar)]
    durations = {}
    world_dirs = []
    for index in range(args.worlds):
        world = args.work / "worlds" / f"world-{args.seed + index}"
        world_dirs.append(str(world))
        durations[f"simulate_{index}"] = run_step(f"simulate {index + 1}/{args.worlds}", [
            *java, "simulate", "--seed", str(args.seed + index), "--miners", str(args.miners),
            "--days", str(args.days), "--anchor-every", str(args.anchor_every_days),
            "--telemetry-minutes", str(args.telemetry_minutes), "--out", str(world)])

    data = args.work / "data"
    durations["export"] = run_step("export-training-set", [
        *java, "export-training-set", "--worlds", *world_dirs, "--out", str(data),
        "--anchor-every-days", str(args.anchor_every_days)])

    run_dir = args.work / "run"
    train_args = ["--train", str(data), "--out", str(run_dir), "--seed", str(args.seed),
                  "--threads", str(args.threads)]
    if args.smoke:
        train_args.append("--smoke")
    if args.max_minutes is not None:
        train_args += ["--max-minutes", str(args.max_minutes)]
    if args.limit_by_cpu:
        train_args.append("--limit-by-cpu")
    started = time.monotonic()
    print(f"step train: python -m hashtrans.train {' '.join(train_args)}", flush=True)
    train.main(train_args)
    durations["train"] = time.monotonic() - started

    if args.out is None:
        return
    model, metadata = bundle.load_checkpoint(run_dir / train.CHECKPOINT_FILE)
    metadata["training"]["pipeline"] = {
        "command": " ".join(["python -m hashtrans.pipeline", *(argv if argv is not None else sys.argv[1:])]),
        "world_seeds": [args.seed + index for index in range(args.worlds)], "miners": args.miners,
        "days": args.days, "anchor_every_days": args.anchor_every_days, "telemetry_minutes": args.telemetry_minutes,
        "step_seconds": {name: round(value, 1) for name, value in durations.items()},
    }
    started = time.monotonic()
    bundle.write_bundle(model, args.out, metadata, data / bundle.FEATURE_SPEC_FILE)
    print(f"step bundle done in {time.monotonic() - started:.1f}s: {args.out}", flush=True)
    print(json.dumps(metadata["metrics"], indent=2), flush=True)


if __name__ == "__main__":
    main()
