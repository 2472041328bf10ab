"""What WAC506 / WAC508 believe a step's script takes agrees with Windmill's own
parser on every script of the flow corpus.

`tests/flows/golden/signatures.jsonl` is `windmill-oracle sig` (Windmill's
`windmill-parser-wasm-py` / `-ts`) run on each `.py` / `.ts` file under
`tests/flows/repo`; regenerate it with

    find tests/flows/repo -name '*.py' -o -name '*.ts' | sort \\
        | xargs ../shared/oracle/windmill-oracle sig > tests/flows/golden/signatures.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wac_lint.flows.targets import _script_file_target

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "flows" / "golden" / "signatures.jsonl"
ENTRIES = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]

JSON_TYPES = {"int": "integer", "float": "number", "bool": "boolean", "str": "string"}


def windmill_type(typ: Any) -> str | None:
    if isinstance(typ, str):
        return JSON_TYPES.get(
            typ, "string" if typ in ("datetime", "date", "email", "bytes") else None
        )
    key = next(iter(typ))
    return {"str": "string", "list": "array", "object": "object"}.get(key)


def test_golden_covers_every_corpus_script() -> None:
    scripts = {
        str(p.relative_to(ROOT))
        for p in (ROOT / "tests" / "flows" / "repo").rglob("*")
        if p.suffix in (".py", ".ts")
    }
    assert {e["file"] for e in ENTRIES} == scripts


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["file"].split("repo/", 1)[1])
def test_parameters_match_windmill(entry: dict[str, Any]) -> None:
    target = _script_file_target(str(ROOT / entry["file"]), None)
    if entry["result"].get("auto_kind") == "lib":  # no `main` (a preprocessor-only script)
        # nothing to compare, or (Python with no `main` at all) a step that cannot run
        assert target is None or (target.no_main and target.params == ())
        return
    assert target is not None
    expected = [
        (a["name"], not a["has_default"], windmill_type(a["typ"])) for a in entry["result"]["args"]
    ]
    assert [(p.name, p.required, p.type) for p in target.params] == expected
    assert target.open_ended == entry["result"]["star_kwargs"]
