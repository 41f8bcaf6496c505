"""JSON as every out/ file writes it: top-level keys and list items one per line, UTF-8, streamed."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

# Why a module of its own: the exports helper (pipeline/exports_helper.py) writes timelinejs.json with these in a
# small process of its own, which must not import the whole pipeline (pipeline.run) to do it.

BATCH = 512  # JSON items encoded and written together: few writes, little held at once

Write = Callable[[bytes], Any]


def _compact(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _items(write: Write, head: str, items: Iterator[str] | Iterator[bytes]) -> None:
    """A non-empty JSON list, one item per line, written in batches as the items are made (items all
    str, or all UTF-8 bytes as pydantic's encoder gives them)."""
    write(f"{head}[\n".encode())
    first_item = next(items)
    if isinstance(first_item, bytes):
        empty, comma, sep, indent = b"", b",\n", b",\n    ", b"    "
        encode: Callable[[Any], bytes] = bytes  # already UTF-8
    else:
        empty, comma, sep, indent = "", ",\n", ",\n    ", "    "  # type: ignore[assignment]
        encode = partial(str.encode, encoding="utf-8")  # type: ignore[assignment]
    batch: list[Any] = [first_item]
    first = True
    for item in items:
        batch.append(item)
        if len(batch) == BATCH:
            write(encode((empty if first else comma) + indent + sep.join(batch)))
            batch, first = [], False
    if batch:
        write(encode((empty if first else comma) + indent + sep.join(batch)))
    write(b"\n  ]")


def _object(write: Write, fields: Iterable[tuple[str, str | Iterator[str]]]) -> None:
    """A JSON object with its keys one per line; a field's value is JSON text, or an iterator of list items."""
    write(b"{\n")
    for k, (key, value) in enumerate(fields):
        head = ("" if k == 0 else ",\n") + f"  {_compact(key)}: "
        if isinstance(value, str):
            write((head + value).encode("utf-8"))
        else:
            _items(write, head, value)
    write(b"\n}\n")


def write_json(write: Write, obj: Any) -> None:
    """JSON as every out/ file writes it: top-level keys and list items one per line, UTF-8.

    json.dumps with indent= runs Python's pure-Python encoder (8 s of a 1,000-excerpt run in the
    profile); one item per line keeps the C encoder and still gives line-by-line diffs."""
    if not isinstance(obj, dict):
        write((_compact(obj) + "\n").encode("utf-8"))
        return
    write_json_fields(write, obj)


_END = object()


def write_json_fields(write: Write, fields: dict[str, Any]) -> None:
    """write_json of a dict whose list values may be iterators, each item encoded as it is written."""

    def laid_out() -> Iterator[tuple[str, str | Iterator[str]]]:
        for key, value in fields.items():
            if isinstance(value, Iterator):
                first = next(value, _END)
                value = [] if first is _END else itertools.chain([first], value)
            if isinstance(value, itertools.chain) or (isinstance(value, list) and value):
                yield key, map(_compact, value)
            else:
                yield key, _compact(value)

    _object(write, laid_out())
