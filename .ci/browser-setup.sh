#!/usr/bin/env bash
# Install the headless browser used by tests/test_browser.py: Debian's chromium, from apt.
# Never `playwright install` (it downloads its own browser from the network at test time).
# Idempotent: does nothing when chromium is already there. Needs root (or sudo) for apt-get.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
    echo "browser-setup: $(chromium --version 2>/dev/null | tail -n 1)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

attempt=1
until $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q \
    && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        chromium fonts-dejavu-core; do
    if [ "$attempt" -ge 3 ]; then
        echo "browser-setup: apt-get failed $attempt times; the browser test will be skipped" >&2
        exit 1
    fi
    attempt=$((attempt + 1))
    echo "browser-setup: apt-get failed, retrying in 10 s (attempt $attempt of 3)" >&2
    sleep 10
done
echo "browser-setup: $(chromium --version 2>/dev/null | tail -n 1)"
