"""Write the whole out/ set at once: into a temporary sibling folder, then swapped in by rename."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from excerpt.errors import PipelineError

OWN_MARK = ".parity-timeline-out"  # marks a folder this tool wrote, so it may replace it
AT_FDCWD = -100
RENAME_EXCHANGE = 2
WRITE_BUFFER = 1 << 20  # streamed files are written in 1 MB pieces, not one syscall per item


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step with Linux renameat2(RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    rc = fn(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return rc == 0


def recover(out_dir: str | Path) -> None:
    """Put back an earlier out/ left aside by a run killed between its two renames."""
    out = Path(out_dir)
    if out.exists():
        return
    parent = out.resolve().parent
    olds = sorted(parent.glob(f".{out.name}.old-*")) if parent.exists() else []
    if olds:
        os.rename(olds[-1], out)


def _failed(out: Path, exc: OSError) -> PipelineError:
    return PipelineError(f"{out}: cannot write output: {exc.strerror or exc}")


def _prepare(out: Path) -> Path:
    """Check out_dir may be replaced and make the temporary sibling the new files go to."""
    recover(out)
    for stale in sorted(out.resolve().parent.glob(f".{out.name}.new-*")):
        shutil.rmtree(stale, ignore_errors=True)  # left by a run that was killed mid-write
    if out.exists() and not out.is_dir():
        raise PipelineError(f"{out}: exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / OWN_MARK).exists():
        raise PipelineError(f"{out}: folder has files this tool did not write; refusing to replace it")
    parent = out.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=parent))
    # mkdtemp makes it owner-only (0700); out/ is a folder people share and serve, so use the umask's mode.
    mask = os.umask(0)
    os.umask(mask)
    tmp.chmod(0o777 & ~mask)
    return tmp


def _swap(out: Path, tmp: Path) -> None:
    """Put the finished temporary folder in out_dir's place, in one step where Linux allows."""
    (tmp / OWN_MARK).write_bytes(b"")
    if out.exists() and _exchange(tmp, out):
        shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the earlier out/
        return
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=tmp.parent))
        os.rmdir(old)
        os.rename(out, old)  # until the next rename out/ is absent; recover() undoes a kill here
    os.rename(tmp, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


@contextmanager
def staged(out_dir: str | Path) -> Iterator[Path]:
    """A temporary folder to write the new out/ into, swapped in whole when the block ends normally."""
    # On an exception (or a kill) the earlier out_dir stays as it was; a killed run's temporary folder is
    # removed by the next run. Files written into it are closed with sync_close.
    out = Path(out_dir)
    try:
        tmp = _prepare(out)
    except OSError as exc:
        raise _failed(out, exc) from None
    try:
        yield tmp
        _swap(out, tmp)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise _failed(out, exc) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def sync_close(fh) -> None:  # noqa: ANN001 - any binary file object opened by open()
    """Flush a file to disk and close it: the swap must never expose a file still in the page cache only."""
    fh.flush()
    os.fsync(fh.fileno())
    fh.close()


def write_out(out_dir: str | Path, files: dict[str, bytes]) -> None:
    """Replace out_dir with exactly these files, or leave the earlier out_dir whole."""
    with staged(out_dir) as tmp:
        for name in sorted(files):
            fh = open(tmp / name, "wb")  # noqa: SIM115 - closed by sync_close
            fh.write(files[name])
            sync_close(fh)
