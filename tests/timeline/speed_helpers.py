"""Shared by the speed tests: dev excerpts plus generated ones, and extraction with a shortcut switched on or off."""

from __future__ import annotations

import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def dev_excerpts(dev: list[str]) -> list:
    """The excerpts of dev folders named one by one (a folder of stories: each story folder in it)."""
    from excerpt.loader import load_folder

    out = []
    for d in dev:
        folder = ROOT / d
        subs = [folder] if any(folder.glob("*.txt")) else sorted(p for p in folder.iterdir() if p.is_dir())
        for sub in subs:
            out += load_folder(sub).excerpts
    return out


def generated_excerpts(n: int, seed: int) -> list:
    """n generated excerpts, loaded one file at a time (ids gen0, gen1, ...)."""
    from bench.generate import generate
    from excerpt.loader import load_file

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, raw) in enumerate(sorted(generate(n, seed=seed).items())):
            path = Path(tmp) / name
            path.write_bytes(raw)
            out.append(load_file(path, f"gen{i}", name, 10 ** 7, True))
    return out


def folders_and_generated(dev: list[str], folder: Path, n: int, seed: int) -> list:
    """The excerpts of each dev folder that exists, then n generated excerpts written to folder and loaded."""
    from bench.generate import write_folder
    from excerpt.loader import load_folder

    found = [e for d in dev if (ROOT / d).is_dir() for e in load_folder(ROOT / d).excerpts]
    return found + load_folder(write_folder(folder, n, seed=seed)).excerpts


def events_with(excerpts: list, module: ModuleType, switch: str, value: bool) -> list[list[str]]:
    """Each excerpt's events (as JSON) and warnings, extracted with module.switch set to value (restored after)."""
    from timeline.events import extract_checked

    was = getattr(module, switch)
    setattr(module, switch, value)
    try:
        # One extraction per excerpt gives both its events and its warnings (it was run twice for them).
        return [[ev.model_dump_json() for ev in events] + warnings
                for events, warnings in (extract_checked(e) for e in excerpts)]
    finally:
        setattr(module, switch, was)
