"""Session 11's faster forms of the timeline stage give exactly what the plain forms give (equality, never timings)."""

from __future__ import annotations

from timeline import lexicon as L


def test_gate_words_are_read_from_their_prefixes_as_from_every_gate_word() -> None:
    def kinds(word: str) -> frozenset[str]:  # the forms before session 11: every gate word tried
        return frozenset(k for k, ws in L.GATES.items() for w in ws if word.startswith(w))

    def ids(word: str) -> tuple[int, ...]:
        return tuple(i for i, gs in enumerate(L._RARE_GATES) if any(word.startswith(g) for g in gs))

    def split(word: str) -> tuple:
        gate = max((w for ws in L.GATES.values() for w in ws if word.startswith(w)), key=len, default="")
        rare = max((g for gs in L._RARE_GATES for g in gs if word.startswith(g)), key=len, default="")
        return ((len(gate), kinds(gate)) if gate else None, (len(rare), ids(rare)) if rare else None)

    words = {w for ws in L.GATES.values() for w in ws} | {g for gs in L._RARE_GATES for g in gs}
    words |= {w + "s" for w in words} | {w[:-1] for w in words} | {"", "zzz", "redeployments"}
    assert len(words) > 1000
    for w in sorted(words):
        assert (L.gate_kinds(w), L._rare_ids(w), L._split(w)) == (kinds(w), ids(w), split(w)), w
    assert any(len(L._rare_ids(w)) > 1 for w in words) and any(len(L.gate_kinds(w)) > 1 for w in words)
