"""Load a folder of saved excerpts (.txt with front matter, .html/.htm pages) into Excerpt models."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from excerpt import frontmatter
from excerpt.errors import ExcerptError
from excerpt.models import Excerpt
from excerpt.structure import paragraphs_of

TEXT_SUFFIXES = (".txt",)
PAGE_SUFFIXES = (".html", ".htm")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
BOM = "\ufeff"
# Control characters that mark a binary file (NUL and friends; tab, LF, CR, FF are text).
BINARY_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 32)) - {27}
_BINARY_DELETE = bytes(sorted(BINARY_BYTES))


@dataclass
class Folder:
    """The result of loading a folder: excerpts in id order, and files skipped with the reason."""

    excerpts: list[Excerpt]
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _display(path: Path) -> str:
    return path.as_posix()


def decode(path: str, raw: bytes) -> str:
    """UTF-8 text without a leading BOM, or an ExcerptError naming the byte offset."""
    head = raw[:4096]
    # Control bytes counted in C (translate deletes them): a generator over 4,096 bytes cost 1 ms a file.
    if b"\x00" in raw[:65536] or len(head) - len(head.translate(None, _BINARY_DELETE)) > 8:
        raise ExcerptError(path, "binary file (NUL or control bytes), not a text excerpt")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExcerptError(
            path, f"not UTF-8: byte 0x{raw[exc.start]:02x} at byte offset {exc.start} cannot be decoded"
        ) from None
    return text[1:] if text.startswith(BOM) else text


def load_text(path: str, raw: bytes, excerpt_id: str, structure: bool = True) -> Excerpt:
    """An Excerpt from the bytes of a .txt file with front matter."""
    text = decode(path, raw)
    fm = frontmatter.parse(path, text)
    body = fm.body
    return Excerpt(
        id=excerpt_id,
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        format="txt",
        title=fm.meta["title"],
        outlet=fm.meta["outlet"],
        url=fm.meta.get("url") or None,
        author=fm.meta.get("author") or None,
        published=fm.meta["published"],
        as_of=fm.meta.get("as_of") or None,
        notes=fm.meta.get("notes"),
        extra=fm.extra,
        warnings=tuple(fm.warnings),
        body=body,
        body_line=fm.body_line,
        paragraphs=tuple(paragraphs_of(body, title=fm.meta["title"], author=fm.meta.get("author")))
        if structure else (),
    )


def with_structure(excerpt: Excerpt) -> Excerpt:
    """An excerpt loaded with structure=False, given the paragraphs and sentences the loader would have made."""
    if excerpt.paragraphs:
        return excerpt
    return excerpt.model_copy(update={"paragraphs": tuple(paragraphs_of(excerpt.body, title=excerpt.title,
                                                                         author=excerpt.author))})


def load_file(path: Path, excerpt_id: str, shown: str, max_bytes: int = DEFAULT_MAX_BYTES,
              structure: bool = True) -> Excerpt:
    """Load one excerpt file, whatever its kind; structure=False skips paragraphs and sentences."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExcerptError(shown, f"cannot read: {exc.strerror}") from None
    if size > max_bytes:
        raise ExcerptError(
            shown, f"file is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ExcerptError(shown, f"cannot read: {exc.strerror}") from None
    if path.suffix.lower() in PAGE_SUFFIXES:
        from excerpt.htmlpage import load_page

        return load_page(shown, raw, excerpt_id, structure)
    return load_text(shown, raw, excerpt_id, structure)


def list_folder(folder: Path) -> tuple[list[tuple[str, Path]], list[tuple[str, str]]]:
    """The excerpt files of a folder as (id, path) in sorted order, and the entries skipped."""
    shown = _display(folder)
    if not folder.exists():
        raise ExcerptError(shown, "no such folder")
    if not folder.is_dir():
        raise ExcerptError(shown, "not a folder")
    root = folder.resolve()
    found: dict[str, Path] = {}
    skipped: list[tuple[str, str]] = []
    for entry in sorted(os.listdir(folder)):
        path = folder / entry
        suffix = path.suffix.lower()
        if suffix not in TEXT_SUFFIXES + PAGE_SUFFIXES:
            if entry != "verdicts.toml" and not entry.startswith("."):
                skipped.append((_display(path), "not an excerpt (.txt, .html, .htm)"))
            continue
        if path.is_symlink():
            target = path.resolve()
            if root not in target.parents:
                raise ExcerptError(_display(path), "symlink points outside the excerpt folder")
        if path.is_dir():
            skipped.append((_display(path), "a folder, not an excerpt file"))
            continue
        excerpt_id = path.stem
        if excerpt_id in found:
            raise ExcerptError(
                _display(path), f"duplicate excerpt id '{excerpt_id}': also {_display(found[excerpt_id])}"
            )
        found[excerpt_id] = path
    if not found:
        raise ExcerptError(shown, "no excerpts (.txt, .html, .htm) in the folder")
    return sorted(found.items()), skipped


def load_folder(folder: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, structure: bool = True) -> Folder:
    """Load every excerpt of a folder, in sorted id order."""
    files, skipped = list_folder(Path(folder))
    excerpts = [load_file(path, eid, _display(path), max_bytes, structure) for eid, path in files]
    return Folder(excerpts=excerpts, skipped=skipped)
