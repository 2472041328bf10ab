from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The corpora are scripts wac-lint reads, never tests: a flow step named `test_models.py`
# (a dbt-style step of tests/flows/repo) was collected, and two such steps of one name
# stopped the run with an import-file mismatch.
collect_ignore_glob = ["corpus/*", "data/*", "flows/repo/*", "workspace/*_repo/*"]
