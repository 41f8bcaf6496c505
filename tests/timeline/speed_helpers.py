"""Shared by the speed tests: dev excerpts plus generated ones, and extraction with a shortcut switched on or off."""

from __future__ import annotations

import importlib
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]

# The modules whose switches the speed tests turn (every upper-case bool of theirs, and sentindex's always-open bits):
# the default path is the one with each at its value when this module is imported (collection: no test has run).
SWITCH_MODULES = ("timeline.sentindex", "timeline.actindex", "timeline.fastpath", "timeline.speakers",
                  "timeline.wordindex")
# Each excerpt's default-path events (as JSON) and warnings, by the excerpt's own JSON: a dozen speed tests compare the
# default path with one shortcut off on overlapping excerpt sets, and the default half need not be extracted again.
_DEFAULT_EVENTS: dict[str, tuple[list[str], list[str]]] = {}


def switches() -> tuple:
    """The value of every switch the speed tests turn, now."""
    out = []
    for name in SWITCH_MODULES:
        module = importlib.import_module(name)
        out += [(name, k, v) for k, v in sorted(vars(module).items()) if k.isupper() and isinstance(v, bool)]
    from timeline import sentindex

    return (*out, ("timeline.sentindex", "_OPEN", sentindex._OPEN[0]))


import timeline.events  # noqa: E402, F401 - registers every gate first, so the switches below are the defaults

_DEFAULT_SWITCHES = switches()  # read at import, while no test has turned any


def _at_defaults() -> bool:
    return switches() == _DEFAULT_SWITCHES


def default_events(excerpts: list) -> list[tuple[list[str], list[str]]]:
    """Each excerpt's events (as JSON) and warnings on the default path: extracted once per excerpt and process."""
    from timeline.events import extract_checked

    if not _at_defaults():  # a switch is turned: this is no default path
        return [([ev.model_dump_json() for ev in events], warnings) for events, warnings in map(extract_checked, excerpts)]
    out = []
    for e in excerpts:
        key = e.model_dump_json()
        if key not in _DEFAULT_EVENTS:
            events, warnings = extract_checked(e)
            _DEFAULT_EVENTS[key] = ([ev.model_dump_json() for ev in events], list(warnings))
        evs, warns = _DEFAULT_EVENTS[key]
        out.append((list(evs), list(warns)))
    return out


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
    if value == was and _at_defaults():
        return [evs + warns for evs, warns in default_events(excerpts)]
    setattr(module, switch, value)
    try:
        # One extraction per excerpt gives both its events and its warnings (it was run twice for them).
        return [[ev.model_dump_json() for ev in events] + warnings
                for events, warnings in (extract_checked(e) for e in excerpts)]
    finally:
        setattr(module, switch, was)
