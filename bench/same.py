"""`python -m bench.same [--write FILE] [--check FILE] [--bench]`: digests of the record on every open corpus, to prove a
speed change leaves every output byte the same."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from excerpt.errors import PipelineError
from timeline.evalverbs import is_blind

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# Blind sets are never run here: their outputs are compared through the summary lines alone (the team's rule). Read
# from the evaluator's own test (session 28): a set declassified there is proved here, one being written is never run.
BLIND = frozenset(p.name for p in DATA.iterdir() if p.is_dir() and is_blind(p))
FILES = ("timeline.json", "parity.json")


def folders(bench: bool = False) -> list[Path]:
    """Every folder of excerpts under tests/data except the blind sets (a corpus's stories one by one), the
    samples, and with bench the generated 1,000 set."""
    out = [ROOT / "excerpt" / "samples"]
    for corpus in sorted(p for p in DATA.iterdir() if p.is_dir() and not is_blind(p)):
        out += sorted({f.parent for f in corpus.rglob("*") if f.suffix in (".txt", ".html", ".htm")})
    if bench:
        from bench.__main__ import dataset

        out.append(dataset(1000, 8))
    return out


def digests(bench: bool = False) -> dict[str, str]:
    """{folder: sha256 of its timeline.json and parity.json} (pages are not built: they read these records only)."""
    from pipeline.parallel import extract_serial
    from pipeline.run import build_outputs

    found: dict[str, str] = {}
    for folder in folders(bench):
        name = str(folder.relative_to(ROOT))
        try:
            result = build_outputs(folder, extract_all=extract_serial, pages=False, workers=1)
        except PipelineError as exc:  # a folder of deliberately broken excerpts: its error is its output
            found[name] = "error: " + str(exc)
            continue
        h = hashlib.sha256()
        for f in FILES:
            h.update(result.files[f] if isinstance(result.files[f], bytes) else result.files[f].encode())
        found[name] = h.hexdigest()
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.same")
    ap.add_argument("--write", help="write the digests to this JSON file")
    ap.add_argument("--check", help="compare with digests written before; exit 1 on any difference")
    ap.add_argument("--bench", action="store_true", help="also the generated 1,000 set (~1 CPU minute more)")
    args = ap.parse_args(argv)
    now = digests(args.bench)
    if args.write:
        Path(args.write).write_text(json.dumps(now, indent=1, sort_keys=True) + "\n")
    if args.check:
        before = json.loads(Path(args.check).read_text())
        differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
        for k in differ:
            print(f"differs: {k}")
        every = before.keys() | now.keys()
        print(f"{len(every) - len(differ)} of {len(every)} folders byte-identical")
        return 1 if differ else 0
    print(f"{len(now)} folders")
    return 0


if __name__ == "__main__":
    sys.exit(main())
