"""Every kind of unusable input gives one exact line naming the file and the problem."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from excerpt.errors import ExcerptError
from excerpt.loader import load_folder

GOOD = '+++\ntitle = "Talks collapse in Doha"\noutlet = "Gulf Wire"\npublished = "2023-11-02"\n+++\nBody text.\n'


def _folder(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    folder = tmp_path / "ex"
    folder.mkdir()
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def _error(folder: Path, **kwargs: int) -> str:
    with pytest.raises(ExcerptError) as info:
        load_folder(folder, **kwargs)
    return info.value.line()


def test_missing_folder(tmp_path: Path) -> None:
    assert _error(tmp_path / "nowhere") == f"{tmp_path.as_posix()}/nowhere: no such folder"


def test_empty_folder(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"notes.md": "not an excerpt"})
    assert _error(folder) == f"{folder.as_posix()}: no excerpts (.txt, .html, .htm) in the folder"


# (file content, the problem after "<path>: ")
CASES: list[tuple[str, bytes | str, str]] = [
    ("no-closing-fence", '+++\ntitle = "x"\noutlet = "y"\npublished = ""\nBody.\n',
     "no closing '+++' line after the front matter"),
    ("no-front-matter", "Just a story.\n", "no front matter: the file must start with a '+++' line"),
    ("invalid-toml", '+++\ntitle = "x"\noutlet "Gulf Wire"\npublished = ""\n+++\nBody.\n',
     "invalid TOML in the front matter at line 3: Expected '=' after a key in a key/value pair"),
    ("unclosed-string", '+++\ntitle = "x\noutlet = "y"\npublished = ""\n+++\nBody.\n',
     "invalid TOML in the front matter at line 2: Illegal character '\\n'"),
    ("missing-key", '+++\ntitle = "x"\npublished = "2020"\n+++\nBody.\n',
     "missing required key 'outlet' in the front matter"),
    ("bad-day", '+++\ntitle = "x"\noutlet = "y"\npublished = "2017-13-45"\n+++\nBody.\n',
     "published '2017-13-45' is not a real day"),
    ("feb-30", '+++\ntitle = "x"\noutlet = "y"\npublished = "2019-02-29"\n+++\nBody.\n',
     "published '2019-02-29' is not a real day"),
    ("date-shape", '+++\ntitle = "x"\noutlet = "y"\npublished = "04/09/2017"\n+++\nBody.\n',
     "published '04/09/2017' is not a date (YYYY-MM-DD, YYYY-MM, YYYY or \"\")"),
    ("integer-date", '+++\ntitle = "x"\noutlet = "y"\npublished = 2017\n+++\nBody.\n',
     'published must be a quoted date string like "2017-09-04", got 2017'),
    ("toml-date", '+++\ntitle = "x"\noutlet = "y"\npublished = "2017"\nas_of = 2017-05-01\n+++\nBody.\n',
     'as_of must be a quoted string: write as_of = "2017-05-01"'),
    ("empty-title", '+++\ntitle = " "\noutlet = "y"\npublished = ""\n+++\nBody.\n', "title is empty"),
    ("non-utf8", b'+++\ntitle = "Caf\xe9 talks"\noutlet = "y"\npublished = ""\n+++\n',
     "not UTF-8: byte 0xe9 at byte offset 16 cannot be decoded"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file (NUL or control bytes), not a text excerpt"),
]


@pytest.mark.parametrize(("name", "content", "problem"), CASES, ids=[c[0] for c in CASES])
def test_bad_file(tmp_path: Path, name: str, content: bytes | str, problem: str) -> None:
    folder = _folder(tmp_path, {"001.txt": GOOD, f"{name}.txt": content})
    assert _error(folder) == f"{folder.as_posix()}/{name}.txt: {problem}"


def test_over_the_size_limit_and_raising_it(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"big.txt": GOOD})
    size = len(GOOD.encode())
    assert _error(folder, max_bytes=50) == (
        f"{folder.as_posix()}/big.txt: file is {size:,} bytes, over the limit of 50 (raise it with --max-bytes)")
    assert load_folder(folder, max_bytes=size).excerpts[0].id == "big"


def test_default_limit_is_5_mb(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"huge.txt": GOOD + "x" * (5 * 1024 * 1024)})
    assert _error(folder).endswith("over the limit of 5,242,880 (raise it with --max-bytes)")


def test_symlink_outside_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text(GOOD)
    folder = _folder(tmp_path, {"001.txt": GOOD})
    os.symlink(outside, folder / "002.txt")
    assert _error(folder) == f"{folder.as_posix()}/002.txt: symlink points outside the excerpt folder"


def test_symlink_inside_the_folder_is_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"001.txt": GOOD})
    os.symlink(folder / "001.txt", folder / "002.txt")
    assert [e.id for e in load_folder(folder).excerpts] == ["001", "002"]


def test_duplicate_ids_name_both_files(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"000.txt": GOOD, "000.html": "<html></html>"})
    assert _error(folder) == (
        f"{folder.as_posix()}/000.txt: duplicate excerpt id '000': also {folder.as_posix()}/000.html")


def test_unknown_key_is_kept_and_warned_with_a_suggestion(tmp_path: Path) -> None:
    text = GOOD.replace('published = "2023-11-02"', 'published = ""\npubished = "2023-11-02"\ndesk = "Gulf"')
    folder = _folder(tmp_path, {"001.txt": text})
    ex = load_folder(folder).excerpts[0]
    assert ex.extra == {"pubished": "2023-11-02", "desk": "Gulf"}
    assert ex.warnings == ("unknown front-matter key 'desk'",
                           "unknown front-matter key 'pubished' (did you mean 'published'?)")


def test_crlf_is_kept_and_offsets_count_it(tmp_path: Path) -> None:
    text = GOOD.replace("\n", "\r\n").replace("Body text.", "First line.\r\n\r\nSecond para.")
    folder = _folder(tmp_path, {"001.txt": text})
    ex = load_folder(folder).excerpts[0]
    assert ex.body == "First line.\r\n\r\nSecond para.\r\n"
    second = ex.paragraphs[1]
    assert (second.start, second.end) == (15, 27)
    assert ex.text(second) == "Second para."
    assert ex.line_col(second.start) == (8, 1)


def test_only_a_leading_bom_is_stripped(tmp_path: Path) -> None:
    text = "\ufeff" + GOOD.replace("Body text.", "Body \ufeffkeeps this one.")
    folder = _folder(tmp_path, {"001.txt": text})
    ex = load_folder(folder).excerpts[0]
    assert ex.title == "Talks collapse in Doha"
    assert ex.body == "Body \ufeffkeeps this one.\n"
    raw = (folder / "001.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the sha256 is of the file as saved, BOM included
    import hashlib

    assert ex.sha256 == hashlib.sha256(raw).hexdigest()


def test_other_files_are_listed_as_skipped(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"001.txt": GOOD, "photo.jpg": b"\xff\xd8", "verdicts.toml": "", ".hidden": ""})
    result = load_folder(folder)
    assert result.skipped == [(f"{folder.as_posix()}/photo.jpg", "not an excerpt (.txt, .html, .htm)")]
