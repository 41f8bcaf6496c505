#!/usr/bin/env bash
# Set up (if needed, with test packages and Debian's chromium) and run the whole test suite.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test || exit $?
.venv/bin/python -m ruff check . || exit $?
.venv/bin/python -m pytest "$@"
rc=$?
# pytest exits 5 when it collected no test: that is a failure here, not a pass.
if [ $rc -eq 5 ]; then echo "test.sh: no tests were collected" >&2; exit 1; fi
exit $rc
