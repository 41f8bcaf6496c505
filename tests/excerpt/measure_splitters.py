"""Measure pysbd, syntok and excerpt.sentences on the split table: cases right and time (not a test)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.excerpt.split_cases import SPLIT_CASES  # noqa: E402


def by_pysbd():
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    return lambda text: [s.strip() for s in seg.segment(text) if s.strip()]


def by_syntok():
    from syntok import segmenter

    def split(text: str) -> list[str]:
        out = []
        for para in segmenter.analyze(text):
            for sent in para:
                start = sent[0].offset
                end = sent[-1].offset + len(sent[-1].value)
                out.append(text[start:end].strip())
        return out

    return split


def by_ours():
    from excerpt.sentences import split_text

    return lambda text: [text[a:b] for a, b in split_text(text)]


def main() -> None:
    corpus = "\n\n".join(t for t, _ in SPLIT_CASES)
    words = len(corpus.split())
    reps = max(1, 600_000 // words)  # about 1,000 excerpts of 600 words
    for name, make in (("pysbd", by_pysbd), ("syntok", by_syntok), ("ours", by_ours)):
        try:
            split = make()
        except ImportError as exc:
            print(name, "unavailable:", exc)
            continue
        wrong = []
        for text, want in SPLIT_CASES:
            got = split(text)
            if got != want:
                wrong.append((text, got))
        paras = [t for t, _ in SPLIT_CASES]
        n = min(reps, 20)
        t0 = time.perf_counter()
        for _ in range(n):
            for p in paras:
                split(p)
        dt = (time.perf_counter() - t0) / n * reps
        print(f"{name}: {len(SPLIT_CASES) - len(wrong)}/{len(SPLIT_CASES)} right; "
              f"~{dt:.2f} s per 600,000 words ({words} words x {reps})")
        for text, got in wrong:
            print("   MISS", repr(text[:70]), "->", got)


if __name__ == "__main__":
    main()
