"""Session 11 (speed): parity's pairs scored in blocks over forked processes give the record one process gives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from excerpt.loader import load_folder
from parity import build, forked
from parity.build import build_parity
from pipeline.parallel import excerpt_stage
from timeline.build import build_timeline

DATA = Path(__file__).resolve().parents[1] / "data"
FOLDERS = [DATA / "eval" / name for name in ("scs", "iran", "bs")]


def _square(k: int) -> tuple[int, str]:
    return k * k, f"block {k}"


def test_blocks_come_back_in_order_from_helpers():
    assert list(forked.run_blocks(_square, 40, helpers=1)) == [_square(k) for k in range(40)]
    assert list(forked.run_blocks(_square, 40, helpers=2)) == [_square(k) for k in range(40)]
    assert list(forked.run_blocks(_square, 40, helpers=0)) == [_square(k) for k in range(40)]


def test_without_helpers_each_block_is_done_as_it_is_read():
    done: list[int] = []
    blocks = forked.run_blocks(lambda k: done.append(k) or k, 5, helpers=0)
    assert done == []  # nothing made, nothing held, until the caller reads
    assert next(blocks) == 0 and done == [0]


def test_a_helper_that_fails_leaves_its_blocks_to_this_process():
    parent = os.getpid()

    def work(k: int) -> int:
        if os.getpid() != parent and k % 3 == 0:
            raise RuntimeError("helper trouble")
        return k + 1

    assert list(forked.run_blocks(work, 30, helpers=1)) == list(range(1, 31))


def test_an_error_is_raised_here_as_one_process_raises_it():
    def work(k: int) -> int:
        if k == 7:
            raise ValueError("block 7")
        return k

    for helpers in (0, 1):
        with pytest.raises(ValueError, match="block 7"):
            list(forked.run_blocks(work, 12, helpers=helpers))


def test_no_helpers_below_the_work_that_pays_or_with_one_worker(monkeypatch):
    assert forked.helpers_for(forked.MIN_WORK - 1, 2) == 0
    assert forked.helpers_for(10 * forked.MIN_WORK, 1) == 0
    monkeypatch.setattr(forked, "resident", lambda: forked.FORK_LIMIT + 1)
    assert forked.helpers_for(10 * forked.MIN_WORK, 2) == 0


def _record(folder: Path):
    excerpts = load_folder(folder, structure=False).excerpts
    results = [excerpt_stage(e) for e in excerpts]
    timeline = build_timeline(excerpts, [r[0] for r in results], [r[1] for r in results])
    return timeline, {e.id: e.body for e in excerpts}


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_pairs_scored_on_two_processes_give_the_same_record(folder, monkeypatch):
    timeline, bodies = _record(folder)
    one = build_parity(timeline, bodies=bodies, workers=1).model_dump_json()
    # Every pair set forks here: small blocks, no minimum, so several blocks go to the helper.
    monkeypatch.setattr(forked, "MIN_WORK", 0)
    monkeypatch.setattr(forked, "can_fork", lambda: True)  # whatever threads earlier tests left
    monkeypatch.setattr(forked, "FORK_LIMIT", 1 << 62)  # however large the whole suite's process has grown
    monkeypatch.setattr(build, "SCORE_BLOCK", 3)
    forks: list[int] = []
    real = forked.run_blocks

    def counted(work, blocks, helpers):
        forks.append(helpers)
        return real(work, blocks, helpers)

    monkeypatch.setattr(build, "run_blocks", counted)
    monkeypatch.setattr(build, "COPIES_MIN_EVENTS", 0)  # and the copied excerpts found by a helper
    jobs: list[object] = []
    real_job = forked.Forked

    def job(fn):
        jobs.append(fn)
        return real_job(fn)

    monkeypatch.setattr(forked, "Forked", job)
    two = build_parity(timeline, bodies=bodies, workers=2).model_dump_json()
    assert forks and forks[0] == 1 and len(jobs) == 1
    assert two == one
    assert '"links":[{' in one  # a record with links, not an empty one


def test_packed_scores_are_the_scores():
    timeline, bodies = _record(FOLDERS[0])
    from parity.blocking import build_index, candidate_pairs
    from parity.claims import claims_of
    from parity.origins import find_origins
    from parity.score import score_pair

    claims = claims_of(timeline)
    index = build_index(claims)
    pairs = candidate_pairs(claims, index)
    origins = find_origins(claims, pairs, build.excerpt_credits(timeline, bodies), bodies)
    seen = 0
    for i, j in pairs:
        dependent = origins.dependent(i, j)
        outcome = build._outcome(claims, index, origins, set(), i, j, dependent)
        copied = dependent and origins.copied_sentence(i, j, True)
        scored = score_pair(claims[i], claims[j], index, copied=copied, dependent=dependent)
        if scored is None:
            assert outcome is None or outcome[0] is None
            continue
        seen += 1
        assert build._unpack(outcome[0], {}) == scored
    assert seen > 10


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_copies_found_apart_are_the_copies_find_origins_finds(folder):
    from parity.blocking import build_index, candidate_pairs
    from parity.claims import claims_of
    from parity.origins import body_copies, find_origins, origin_excerpts

    timeline, bodies = _record(folder)
    claims = claims_of(timeline)
    pairs = candidate_pairs(claims, build_index(claims))
    credit = build.excerpt_credits(timeline, bodies)
    alone = find_origins(claims, pairs, credit, bodies)
    apart = body_copies(origin_excerpts((ev.excerpt for ev in timeline.events), bodies), bodies)
    given = find_origins(claims, pairs, credit, bodies, apart)
    assert apart == alone.copies
    assert (given.copies, given.group, given.passages) == (alone.copies, alone.group, alone.passages)


def test_copies_of_a_reprint_are_found_apart():
    from parity.origins import body_copies

    # Two sentences: a copy shares 16 shingles at least (origins.toml min_shared, session 25); one sentence has 14.
    wire = ("Warships of the navy sailed through the strait on Monday, the defence ministry said in a statement. "
            "Two coast guard cutters and a patrol aircraft shadowed the ships as they left the strait. ") * 3
    bodies = {"a": wire, "b": "Reprinted. " + wire, "c": "An unrelated report about trade talks in the capital."}
    assert [(a, b) for a, b, *_ in body_copies(sorted(bodies), bodies)] == [("a", "b")]
