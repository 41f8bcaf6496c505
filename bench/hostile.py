"""Hostile inputs, each a folder beside one good excerpt: shared by tests/pipeline and `python -m bench --hostile`."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.generate import generate

MARK = "PWNED"  # in every payload, so a test can look for it in the page
SECRET = "TOP-SECRET-LOCAL-FILE-CONTENT"  # in the file an external entity or a symlink points at
GOOD = "good.txt"
ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024


def good_excerpt() -> bytes:
    """One ordinary generated excerpt, the neighbour every hostile file sits beside."""
    return generate(1, seed=20260)["00000.txt"]


def txt(body: str, title: str = "Envoys meet as border row deepens", outlet: str = "Continental Review",
        published: str = '"2019-03-08"', extra: str = "") -> str:
    """A .txt excerpt with the given front matter values (published as raw TOML) and body."""
    return (f'+++\ntitle = {toml_str(title)}\noutlet = {toml_str(outlet)}\npublished = {published}\n'
            f"{extra}+++\n{body}")


def toml_str(s: str) -> str:
    """A TOML basic string for any text (escapes quotes, backslashes and control characters)."""
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


STORY = ("The foreign minister said on Tuesday that talks would resume next week. "
         "A frigate entered the strait on Monday, the navy said.\n")
PAYLOAD_TITLE = f'<script>alert("{MARK}")</script> Talks stall'
PAYLOAD_ATTR = f'"><img src=x onerror=alert("{MARK}")>'
TEMPLATE_BODY = (f"The minister said on Tuesday: </script><b>{MARK}-tag</b> and {{{{ 7*7 }}}} and "
                 f"{{% raw %}}{MARK}-raw{{% endraw %}} were typed into the statement.\n\n" + STORY)


def _write(name: str, data: bytes | str) -> Callable[[Path], str]:
    def build(folder: Path) -> str:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        (folder / name).write_bytes(raw)
        return name
    return build


def _big(folder: Path) -> str:
    """A 20 MB excerpt made of ordinary generated prose (so it is text, just far too much of it)."""
    prose = b"".join(generate(40, seed=7).values()).decode("utf-8").replace("+++", "")
    body = (prose * (20 * MB // len(prose) + 1))[: 20 * MB]
    (folder / "huge.txt").write_text(txt(body), encoding="utf-8")
    return "huge.txt"


def _long_line(folder: Path) -> str:
    (folder / "longline.txt").write_text(txt(STORY + "x" * (2 * MB) + "\n"), encoding="utf-8")
    return "longline.txt"


def _nested(folder: Path) -> str:
    html = ("<!DOCTYPE html><html><head><title>Deep page</title></head><body><article>"
            + "<div>" * 100_000 + "<p>" + STORY + "</p>" + "</div>" * 100_000 + "</article></body></html>")
    (folder / "nested.html").write_text(html, encoding="utf-8")
    return "nested.html"


def _laughs(folder: Path) -> str:
    ents = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                                      for i in range(1, 10)]
    html = (f'<?xml version="1.0"?>\n<!DOCTYPE html [\n{chr(10).join(ents)}\n]>\n'
            f"<html><head><title>Laughs &lol9;</title></head><body><article><p>{STORY} &lol9;</p>"
            "</article></body></html>")
    (folder / "laughs.html").write_text(html, encoding="utf-8")
    return "laughs.html"


def _xxe(folder: Path) -> str:
    secret = folder.parent / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    html = (f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
            f"<html><head><title>Leak &xxe;</title></head><body><article><p>{STORY} &xxe;</p>"
            "</article></body></html>")
    (folder / "xxe.html").write_text(html, encoding="utf-8")
    return "xxe.html"


def _page_payloads(folder: Path) -> str:
    html = ('<!DOCTYPE html><html><head><title>Ships sail as talks stall</title>'
            '<meta property="og:site_name" content="Harbour Ledger">'
            '<meta property="article:published_time" content="2021-06-04"></head><body><article>'
            f"<h1>Ships sail as talks stall</h1><p>{STORY}</p>"
            f'<script>alert("{MARK}-script")</script>'
            f'<p>The envoy said on Thursday <img src=x onerror="alert(\'{MARK}-onerror\')"> that the '
            f'<a href="javascript:alert(\'{MARK}-js\')">talks</a> would go on.</p>'
            f'<iframe src="https://example.invalid/{MARK}-iframe"></iframe>'
            f"<p>{STORY}</p></article></body></html>")
    (folder / "payload.html").write_text(html, encoding="utf-8")
    return "payload.html"


def _symlink(folder: Path) -> str:
    outside = folder.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text(txt(SECRET + "\n"), encoding="utf-8")
    os.symlink(outside / "secret.txt", folder / "link.txt")
    return "link.txt"


def _dir_named_txt(folder: Path) -> str:
    (folder / "x.txt").mkdir()
    (folder / "x.txt" / "inner.txt").write_bytes(good_excerpt())
    return "x.txt"


def _many_dates(folder: Path) -> str:
    months = ["January", "March", "May", "July", "September", "November"]
    lines = [f"Talks were held on {1 + i % 28} {months[i % 6]} {1990 + i % 30}, officials said on Monday."
             for i in range(10_000)]
    (folder / "dates.txt").write_text(txt("\n".join(lines) + "\n"), encoding="utf-8")
    return "dates.txt"


@dataclass(frozen=True)
class Case:
    """One hostile input: how to build it, what must happen (error | ok | warn | any), and options."""

    name: str
    build: Callable[[Path], str]
    expect: str
    args: tuple[str, ...] = ()
    slow: bool = False
    note: str = ""
    timeout: float = 120  # seconds before the bench calls it a hang and kills the run


CASES: list[Case] = [
    Case("empty file", _write("empty.txt", b""), "error"),
    Case("front matter only", _write("frontonly.txt", txt("")), "ok"),
    Case("no closing +++", _write("noclose.txt", '+++\ntitle = "A"\noutlet = "B"\npublished = "2019"\n' + STORY), "error"),
    Case("invalid TOML", _write("badtoml.txt", '+++\ntitle = "unterminated\noutlet = "B"\npublished = "2019"\n+++\n' + STORY), "error"),
    Case("missing title", _write("notitle.txt", '+++\noutlet = "B"\npublished = "2019-01-02"\n+++\n' + STORY), "error"),
    Case("published 2017-13-45", _write("baddate.txt", txt(STORY, published='"2017-13-45"')), "error"),
    Case("published integer", _write("intdate.txt", txt(STORY, published="2017")), "error"),
    Case("future date", _write("future.txt", txt(STORY, published='"2999-06-01"')), "ok"),
    Case("unknown keys", _write("unknown.txt", txt(STORY, extra='pubished = "2019-03-08"\ndesk = "world"\n')), "warn"),
    Case("UTF-8 BOM", _write("bom.txt", b"\xef\xbb\xbf" + txt(STORY).encode()), "ok"),
    Case("CRLF line ends", _write("crlf.txt", txt(STORY + "\n" + STORY).replace("\n", "\r\n")), "ok"),
    Case("Latin-1 bytes", _write("latin1.txt", txt("Le ministre a parl\u00e9 mardi.\n").encode("latin-1")), "error"),
    Case("binary and NUL bytes", _write("binary.txt", b"+++\n\x00\x01\x02\xff\xfe" * 200), "error"),
    Case("20 MB text", _big, "error", note="over the 5 MB default"),
    Case("20 MB text, --max-bytes 32 MB", _big, "ok", args=("--max-bytes", str(32 * MB)), slow=True, timeout=900),
    Case("2 MB line without spaces", _long_line, "ok"),
    Case("100,000 nested <div>", _nested, "any"),
    Case("entity-expansion DOCTYPE", _laughs, "any"),
    Case("external entity to a local file", _xxe, "any"),
    Case("script/onerror/javascript:/iframe in a page body", _page_payloads, "ok"),
    Case("<script> and onerror in title, outlet, author",
         _write("metapayload.txt", txt(STORY, title=PAYLOAD_TITLE, outlet=PAYLOAD_ATTR,
                                       extra=f"author = {toml_str(PAYLOAD_ATTR)}\n")), "ok"),
    Case("</script>, {{ 7*7 }}, {% raw %} in a body",
         _write("template.txt", txt(TEMPLATE_BODY, title="Talks stall {{ 7*7 }} {% raw %}")), "ok"),
    Case("RTL override and zero-width characters",
         _write("rtl.txt", txt("The envoy\u200b said on \u202eMonday\u202c that\u200d talks\ufeff would resume.\n\n"
                               + STORY, title="Talks \u202eresume\u202c\u200b")), "ok"),
    Case("file name with spaces and non-ASCII", _write("Déclaration du ministre 北京.txt", txt(STORY)), "ok"),
    Case("symlink leaving the folder", _symlink, "error"),
    Case("folder named like an excerpt", _dir_named_txt, "warn"),
    Case("10,000 dates in one text", _many_dates, "ok"),
    Case("5,000 empty lines", _write("blank.txt", txt(STORY + "\n" * 5000 + STORY)), "ok"),
]


def prepare(case: Case, base: Path) -> tuple[Path, str]:
    """The case's folder under base: the good excerpt and the hostile entry; returns (folder, entry)."""
    folder = base / "excerpts"
    folder.mkdir(parents=True)
    (folder / GOOD).write_bytes(good_excerpt())
    return folder, case.build(folder)


class _PeakWatch(threading.Thread):
    """Reads a running child's peak resident memory (VmHWM of its own program, after exec) every 10 ms."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.halt = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.halt.is_set():
            try:
                with open(f"/proc/{self.pid}/status") as fh:
                    hwm = next((line.split()[1] for line in fh if line.startswith("VmHWM:")), "0")
                self.peak = max(self.peak, int(hwm) * 1024)
            except (OSError, ValueError):
                pass
            self.halt.wait(0.01)


def run_subprocess(folder: Path, out: Path, args: tuple[str, ...] = (), timeout: float = 600,
                   extra_env: dict[str, str] | None = None) -> tuple[int, str, str, float, int]:
    """report.py in a child process: exit code, stdout, stderr, seconds, and its peak RSS in bytes."""
    env = dict(os.environ, COLUMNS="300", **(extra_env or {}))
    cmd = [sys.executable, str(ROOT / "report.py"), "--excerpts", str(folder), "--out", str(out), *args]
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=fo, stderr=fe, env=env)
        timer = threading.Timer(timeout, proc.kill)  # never a hang: a run past the limit is killed
        timer.start()
        watch = _PeakWatch(proc.pid)
        watch.start()
        # wait4, not wait: its rusage is this child's own. Its ru_maxrss starts from this process's
        # size when it forked, though, so the peak comes from the child's own VmHWM where it was read.
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        timer.cancel()
        watch.halt.set()
        watch.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        fo.seek(0)
        fe.seek(0)
        stdout, stderr = fo.read().decode("utf-8", "replace"), fe.read().decode("utf-8", "replace")
    return proc.returncode, stdout, stderr, seconds, watch.peak or usage.ru_maxrss * 1024
