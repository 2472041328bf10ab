#!/usr/bin/env python3
"""Regenerate tests/graph/refusals/golden/*.json: Windmill's own answer (a DAG or its
errors) for the scripts of tests/graph/refusals/corpus, which hold every refusal of
Windmill's diagram parser and look-alikes it draws.

Maintainer tool, like tests/graph/make_goldens.py (same output format): it runs
`windmill-oracle dag` (needs node and npm); the tests only read the committed files.

    python tests/graph/refusals/make_goldens.py            # write changed goldens, drop stale ones
    python tests/graph/refusals/make_goldens.py --check    # exit 1 if a golden is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent.parent))

from tests.graph import make_goldens  # noqa: E402

if __name__ == "__main__":
    make_goldens.CORPUS = HERE / "corpus"
    make_goldens.GOLDEN = HERE / "golden"
    sys.exit(make_goldens.main())
