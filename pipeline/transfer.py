"""Events and parity parts as plain tuples between processes, and back to the same models."""

from __future__ import annotations

import types
import typing
from operator import itemgetter
from typing import Any

from parity.build import PooledPart, Shared
from timeline.models import _EVERY, _FIELD_SETS, DateResolution, Event, Lean, Quote, _every

# Why: a pickled pydantic model is rebuilt through Python calls per model (__reduce_ex__, __getstate__,
# __setstate__: four models per event), and a NamedTuple through its Python __new__; plain tuples of
# values are pickled and read in C. At 1,000 excerpts the workers pickled 23,000 events in 0.37 CPU s
# and the driver read them in 0.19 s; as tuples it is about half, with the same models made again.


class _Codec:
    """One Lean model class as a tuple of its field values (nested Lean models as tuples too)."""

    def __init__(self, cls: type[Lean]) -> None:
        self.cls = cls
        self.names = tuple(cls.__pydantic_fields__)
        self.values = itemgetter(*self.names)
        # Fields whose value is a Lean model (or None): their own codec.
        self.nested = tuple((i, _Codec(sub)) for i, name in enumerate(self.names)
                            if (sub := _lean_in(cls.__pydantic_fields__[name].annotation)) is not None)
        # One object per distinct value: resolved dates repeat across events (the resolver shares them in
        # the worker; here they are shared across every chunk), and so do quotes (each event of a quoted
        # sentence carries its quote).
        self.shared: dict[tuple[Any, ...], Lean] | None = {} if cls in (DateResolution, Quote) else None
        # Text fields (an event's id aside: unique) and lists of texts, each value made one object across chunks.
        annotations = {name: cls.__pydantic_fields__[name].annotation for name in self.names}
        self.texts = tuple(i for i, name in enumerate(self.names)
                           if annotations[name] in (str, str | None) and name != "id")
        self.lists = tuple(i for i, name in enumerate(self.names) if annotations[name] == list[str])

    def encode(self, m: Any) -> Any:
        """A tuple (values, field-set or None for all) for an instance made as pydantic makes them; else
        the model itself (pickled as it is)."""
        if type(m) is not self.cls or m.__pydantic_extra__ is not None or m.__pydantic_private__ is not None \
                or m.__dict__.keys() != self.cls.__pydantic_fields__.keys():
            return m
        values = self.values(m.__dict__)
        if self.nested:
            values = list(values)
            for i, codec in self.nested:
                if values[i] is not None:
                    values[i] = codec.encode(values[i])
        every = _EVERY.get(self.cls) or _every(self.cls)
        fields = m.__pydantic_fields_set__
        return (tuple(values), None if fields is every or fields == every else frozenset(fields))

    def decode(self, t: Any) -> Any:
        """The model encode was given (an equal one: the same fields, values and field set)."""
        if not isinstance(t, tuple):
            return t
        if self.shared is not None:
            found = self.shared.get(t)
            if found is not None:
                return found
        values, fields = t
        if self.nested or self.texts or self.lists:
            values = list(values)
            for i, codec in self.nested:
                if values[i] is not None:
                    values[i] = codec.decode(values[i])
            # A pickle shares equal texts within one chunk only: a run's events repeated their actors, places,
            # evidence contexts and sentences across chunks (~6 MB per 1,000 excerpts).
            for i in self.texts:
                if values[i] is not None:
                    values[i] = _TEXTS.setdefault(values[i], values[i])
            for i in self.lists:
                values[i] = [_TEXTS.setdefault(v, v) for v in values[i]]
        cls = self.cls
        m = cls.__new__(cls)
        object.__setattr__(m, "__dict__", dict(zip(self.names, values, strict=True)))
        every = _EVERY.get(cls) or _every(cls)
        object.__setattr__(m, "__pydantic_fields_set__",
                           every if fields is None else _FIELD_SETS.setdefault(fields, set(fields)))
        object.__setattr__(m, "__pydantic_extra__", None)
        object.__setattr__(m, "__pydantic_private__", None)
        if self.shared is not None:
            self.shared[t] = m
        return m


def _lean_in(annotation: Any) -> type[Lean] | None:
    """The Lean model class a field holds ("Quote | None" -> Quote), else None."""
    if isinstance(annotation, type) and issubclass(annotation, Lean):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        subs = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(subs) == 1:
            return _lean_in(subs[0])
    return None


_TEXTS: dict[str, str] = {}  # one object per distinct text unpacked in a run (clear() lets go)
_PARTS: list[Shared] = [Shared()]  # the words of the parity parts unpacked in a run, one object each (clear() lets go)
_EVENTS = _Codec(Event)


def pack(result: tuple[list[Event], list[str], Any, Any]) -> tuple[Any, ...]:
    """pipeline.parallel.excerpt_stage's result with its events and parity parts as plain tuples."""
    events, warnings, layout, part = result
    return ([_EVENTS.encode(ev) for ev in events], warnings, layout,
            None if part is None else [tuple(f) for f in part])


def unpack(packed: tuple[Any, ...]) -> tuple[list[Event], list[str], Any, Any]:
    """The result pack was given: equal events (models again); parts as EventFacts again, each word, word tuple
    and set one object across the run's chunks (a PooledPart, which parity.build.prepare takes as it is)."""
    events, warnings, layout, part = packed
    return ([_EVENTS.decode(t) for t in events], warnings, layout,
            None if part is None else PooledPart(map(_PARTS[0].facts, part)))


def clear() -> None:
    """Let go of the dates, quotes and texts shared while unpacking (a run's own)."""
    for codec in _codecs(_EVENTS):
        if codec.shared is not None:
            codec.shared.clear()
    _TEXTS.clear()
    _PARTS[0] = Shared()


def _codecs(codec: _Codec) -> list[_Codec]:
    return [codec, *(c for _, sub in codec.nested for c in _codecs(sub))]
