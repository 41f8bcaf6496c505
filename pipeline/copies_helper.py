"""Copied excerpts (parity.origins.body_copies) found by a small helper process that loads the folder itself."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from pipeline import spawned

# Why: copy detection reads the bodies alone, and at 1,000 excerpts a forked helper does it while the driver makes
# the claims (parity.build). Where no fork may run (pipeline/spawned.py) it was ~1 in 5 of the parity stage's CPU on
# the driver's one core (~8 CPU s at 10,000). This helper loads the excerpts again from their files (the loader
# makes the same bodies from the same bytes: each file's sha256 is compared) and holds ~180 MB at 10,000.

COMMAND: tuple[str, ...] | None = None  # how this interpreter runs the helper (None: -m this module; tests change it)
Found = list[tuple[str, str, float, int]]


def find(folder: str, max_bytes: int) -> dict[str, Any]:
    """What body_copies finds over every excerpt of the folder, with the (id, sha256) of each file it read."""
    from excerpt.loader import load_folder
    from parity.origins import body_copies

    excerpts = load_folder(folder, max_bytes=max_bytes, structure=False).excerpts
    files = [(e.id, e.sha256) for e in excerpts]
    bodies = {e.id: e.body for e in excerpts}
    del excerpts
    return {"files": files, "found": body_copies(sorted(bodies), bodies)}


def main() -> int:
    """Helper entry: argv FOLDER MAX_BYTES; find's answer as JSON on stdout."""
    sys.stdout.write(json.dumps(find(sys.argv[1], int(sys.argv[2]))) + "\n")
    return 0


class Copies:
    """find in a new interpreter; result() is (True, found) when it read exactly these files, else (False, None)."""

    def __init__(self, folder: str, max_bytes: int, files: Sequence[tuple[str, str]]) -> None:
        self.files = [list(f) for f in files]  # as JSON gives them back
        self.job = spawned.Spawned("pipeline.copies_helper", [str(folder), str(max_bytes)], COMMAND)

    def result(self) -> tuple[bool, Found | None]:
        """As parity.forked.Forked.result: (True, what body_copies found) or (False, None), the caller then finds them."""
        got = self.job.result()
        # A file changed, added or removed since this run read the folder: the bodies differ, so the answer is not ours.
        if not isinstance(got, dict) or got.get("files") != self.files or not isinstance(got.get("found"), list):
            return False, None
        return True, [(a, b, share, shared) for a, b, share, shared in got["found"]]


def spawn(folder: str, max_bytes: int, files: Sequence[tuple[str, str]]) -> Copies | None:
    """The helper started, or None when no process can be started: the caller finds the copies itself."""
    try:
        return Copies(folder, max_bytes, files)
    except OSError:
        return None


if __name__ == "__main__":
    sys.exit(main())
