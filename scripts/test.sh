#!/usr/bin/env bash
# Set up (if needed, with test packages and Debian's chromium) and run the whole test suite.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test || exit $?
.venv/bin/python -m ruff check . || exit $?
# One pytest-xdist worker per usable core (2 on the 2-core target); PYTEST_WORKERS=N sets another count, 0 runs
# the suite in this one process. loadfile keeps a file on one worker (its module fixtures made once). A developer's own
# `pytest tests/foo.py` starts no workers (nothing in addopts).
workers=${PYTEST_WORKERS:-$(nproc 2>/dev/null || echo 2)}
.venv/bin/python -m pytest -n "$workers" --dist loadfile "$@"
rc=$?
# pytest exits 5 when it collected no test: that is a failure here, not a pass.
if [ $rc -eq 5 ]; then echo "test.sh: no tests were collected" >&2; exit 1; fi
exit $rc
