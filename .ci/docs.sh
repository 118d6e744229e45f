#!/usr/bin/env bash
# Build the documentation site with warnings as errors (needs the docs extra).
# The tutorial notebook and the doctests of docs/*.md run in pytest (tests/test_docs.py).
set -euo pipefail
cd "$(dirname "$0")/.."
NO_MKDOCS_2_WARNING=1 mkdocs build --strict --site-dir "${1:-site}"
