#!/usr/bin/env bash
# Set up a fresh machine: a .venv with the project and its packages; with --test, also the test
# packages and Debian's chromium for the page tests (installed with apt-get, never downloaded).
set -euo pipefail
cd "$(dirname "$0")/.."
extras=""
want_browser=0
for arg in "$@"; do
  case "$arg" in
    --test) extras="[test]"; want_browser=1 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
# The interpreter: $PYTHON if set; else the system's python3 when it is 3.11+ and can make a venv (Debian's is
# built with PGO and LTO: every stage ran ~10% faster than on a pyenv build without them, bench/results.md);
# else the first python3 on PATH.
py=${PYTHON:-}
if [ -z "$py" ]; then
  py=python3
  if /usr/bin/python3 -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    py=/usr/bin/python3
  fi
fi
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
stamp=".venv/.installed${extras}"
fresh() { [ -f "$1" ] && [ ! pyproject.toml -nt "$1" ]; }
# The test set-up installs everything the plain one does, so either stamp will do for a plain run.
if fresh "$stamp" || { [ -z "$extras" ] && fresh ".venv/.installed[test]"; }; then
  :
else
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
  touch "$stamp"
fi
if [ "$want_browser" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
  else
    echo "setup.sh: no apt-get; page tests will be skipped without /usr/bin/chromium" >&2
  fi
fi
