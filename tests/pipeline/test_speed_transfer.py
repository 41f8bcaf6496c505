"""pipeline.transfer: events and parity parts cross processes as plain tuples and come back as the same models."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from bench.generate import write_folder
from excerpt.loader import load_folder
from pipeline import parallel, transfer
from timeline.models import DateResolution, Event, Evidence, Kind, Modality, Quote


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = write_folder(tmp_path_factory.mktemp("transfer") / "ex", 12, seed=11)
    return parallel.extract_serial(load_folder(folder, structure=False).excerpts)


def _same_model(a, b) -> None:
    """Equal in every way a model can be told apart: class, values in field order, field set, JSON."""
    assert type(a) is type(b)
    assert list(a.__dict__.items()) == list(b.__dict__.items())
    assert a.__pydantic_fields_set__ == b.__pydantic_fields_set__
    assert a.__pydantic_extra__ == b.__pydantic_extra__ and a.__pydantic_private__ == b.__pydantic_private__
    assert a.model_dump_json() == b.model_dump_json()


def _round_trip(result):
    return transfer.unpack(pickle.loads(pickle.dumps(transfer.pack(result), protocol=pickle.HIGHEST_PROTOCOL)))


def test_extracted_events_come_back_equal(results):
    events = [ev for r in results for ev in r[0]]
    assert len(events) > 100 and any(ev.quote for ev in events) and any(ev.date.dated for ev in events)
    for r in results:
        back = _round_trip(r)
        assert back[1] == r[1] and back[2] == r[2]
        assert back[3] == [tuple(f) for f in r[3]]  # parity parts as tuples, field for field
        for a, b in zip(r[0], back[0], strict=True):
            assert a == b
            _same_model(a, b)
            for sub in ("date", "evidence", "quote"):
                if getattr(a, sub) is None:
                    assert getattr(b, sub) is None
                else:
                    _same_model(getattr(a, sub), getattr(b, sub))
    transfer.clear()


def _event(date_res: DateResolution, quote: Quote | None) -> Event:
    body = "Officials said the ships left port on Monday."
    return Event(id="x-1", excerpt="x", kind=Kind.statement, summary="Officials said", quote=quote,
                 modality=Modality.asserted, date=date_res, evidence=Evidence.of(body, 0, 14), participants=["a"])


def test_field_sets_and_unusual_models_are_kept():
    partial_date = DateResolution(phrase="soon", basis="vague")  # start, end, relative_to never set
    full_date = DateResolution.built(start=date(2024, 5, 6), end=date(2024, 5, 6), phrase="on Monday",
                                     basis="b", relative_to="published")
    made = [_event(partial_date, None), _event(full_date, Quote(text="we left", direct=False)),
            Event.model_construct(id="y", excerpt="y", kind=Kind.other, summary="s",
                                  evidence=Evidence.of("abc", 0, 1))]  # defaults never set: a partial field set
    back = _round_trip((made, [], (), None))[0]
    for a, b in zip(made, back, strict=True):
        _same_model(a, b)
        _same_model(a.date, b.date)
        _same_model(a.evidence, b.evidence)
    assert back[0].date.__pydantic_fields_set__ == {"phrase", "basis"}
    transfer.clear()


def test_one_date_object_per_distinct_date():
    d1 = DateResolution.built(start=date(2024, 5, 6), end=date(2024, 5, 6), phrase="on Monday", basis="b",
                              relative_to="published")
    d2 = DateResolution.built(start=date(2024, 5, 6), end=date(2024, 5, 6), phrase="on Monday", basis="b",
                              relative_to="published")
    back = _round_trip(([_event(d1, None), _event(d2, None)], [], (), None))[0]
    assert back[0].date is back[1].date and back[0].date == d1
    transfer.clear()


def test_the_pool_sends_tuples_and_gives_the_serial_results(tmp_path):
    folder = write_folder(tmp_path / "ex", parallel.MIN_PARALLEL + 6, seed=5)
    excerpts = load_folder(folder, structure=False).excerpts
    packed = parallel._run_packed(excerpts[:2])
    assert all(isinstance(t, tuple) for r in packed for t in r[0])  # no model crosses the pipe
    serial = parallel.extract_serial(excerpts)
    pooled = parallel.extract_local(excerpts, workers=2)
    assert pooled == serial
    for a, b in zip(serial, pooled, strict=True):
        for x, y in zip(a[0], b[0], strict=True):
            _same_model(x, y)


def test_equal_texts_and_quotes_of_two_chunks_come_back_as_one_object():
    def made() -> Event:  # new string objects each call, as two workers' pickles give them
        body = "".join(["Officials said ", "the ships left port on Monday."])
        return Event(id="".join(["x-", "1"]), excerpt="x", kind=Kind.statement, actor="".join(["Rus", "sia"]),
                     summary="".join(["Officials ", "said"]), quote=Quote(text="".join(["we ", "left"]), direct=True),
                     evidence=Evidence.of(body, 0, 14), participants=["".join(["Chi", "na"])])
    first, second = made(), made()
    assert first.actor is not second.actor
    a = _round_trip(([first], [], (), None))[0][0]
    b = _round_trip(([second], [], (), None))[0][0]
    _same_model(a, first)
    assert a.actor is b.actor and a.summary is b.summary and a.participants[0] is b.participants[0]
    assert a.evidence.exact is b.evidence.exact and a.quote is b.quote
    assert a.id is not b.id  # an event's id is its own: never looked up
    transfer.clear()
    c = _round_trip(([made()], [], (), None))[0][0]
    assert c.actor is not a.actor and c == a  # a run's texts let go


def test_pooled_events_share_texts_whichever_process_made_them(tmp_path):
    folder = write_folder(tmp_path / "ex", parallel.MIN_PARALLEL + 30, seed=9)
    excerpts = load_folder(folder, structure=False).excerpts
    pooled = parallel.extract_local(excerpts, workers=2)
    # The first excerpt runs here before the pool forks (kept as made); every other's texts are shared.
    events = [ev for r in pooled[1:] for ev in r[0]]
    actors = {}
    for ev in events:
        if ev.actor:
            actors.setdefault(ev.actor, set()).add(id(ev.actor))
    assert len(actors) > 3 and all(len(ids) == 1 for ids in actors.values())
    assert pooled == parallel.extract_serial(excerpts)
