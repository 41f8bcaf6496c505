#!/usr/bin/env bash
# Set up (if needed) and run the main job on the built-in sample excerpts, writing out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python report.py "$@"
