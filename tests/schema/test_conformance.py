"""Byte-for-byte conformance with Windmill on the corpus (goldens from windmill-oracle).

* signatures: `extract_signature` against what Windmill's wasm parsers return;
* first pass: the `.script.yaml` wmill writes for each corpus script (merging
  with the `.script.yaml` beside it when there is one);
* second pass: wmill run again over its own output.

Regenerate the goldens with `python tests/schema/make_goldens.py` (needs Node).
"""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from typing import Any

import pytest

from wac_lint.engine import read_source
from wac_lint.parsing import parse
from wac_lint.schema import render_script_yaml
from wac_lint.schema.files import expected_for_file
from wac_lint.schema.signature import extract_signature
from wac_lint.schema.types import SignatureError, signature_to_json

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
GOLDEN = HERE / "golden"
SIGNATURES: dict[str, Any] = json.loads((GOLDEN / "signatures.json").read_text(encoding="utf-8"))
SCRIPTS = sorted(SIGNATURES)
RENDERED = [s for s in SCRIPTS if "error" not in SIGNATURES[s]]


def _load_make_goldens() -> Any:
    spec = importlib.util.spec_from_file_location("make_goldens", HERE / "make_goldens.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SECOND_PASS = [
    s for s in RENDERED if not _load_make_goldens().writes_into_object_prototype(SIGNATURES[s])
]


def _metadata_name(script: str) -> str:
    directory, _, name = script.rpartition("/")
    return f"{directory}/{name.split('.', 1)[0]}.script.yaml"


def _as_js(value: Any) -> Any:
    """Compare as JavaScript sees JSON: numbers are doubles; object properties unordered."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        number = float(value)
        return None if math.isinf(number) else number
    if isinstance(value, list):
        return [_as_js(v) for v in value]
    if isinstance(value, dict):
        out = {k: _as_js(v) for k, v in value.items()}
        if isinstance(out.get("props"), list):
            out["props"] = sorted(out["props"], key=lambda p: p["key"])
        return out
    return value


def _expected_signature(result: dict[str, Any]) -> dict[str, Any]:
    if result.get("type") == "Invalid":
        return {"type": "Invalid"}
    keys = ("name", "typ", "default", "has_default", "otyp")
    return {
        "has_preprocessor": result["has_preprocessor"],
        "args": [{k: arg[k] for k in keys} for arg in result["args"]],
    }


def test_corpus_is_large_enough() -> None:
    python = [s for s in SCRIPTS if s.endswith(".py")]
    typescript = [s for s in SCRIPTS if s.endswith(".ts")]
    merges = [s for s in RENDERED if (CORPUS / _metadata_name(s)).exists()]
    assert len(SCRIPTS) >= 150 and len(python) >= 60 and len(typescript) >= 60
    assert len(merges) >= 25


@pytest.mark.parametrize("script", SCRIPTS)
def test_signature_matches_windmill_parser(script: str) -> None:
    path = CORPUS / script
    source = read_source(path)
    # The oracle hands the raw file to the parser, byte order mark included.
    bom = path.read_bytes().startswith(b"\xef\xbb\xbf")
    expected = SIGNATURES[script]
    if "error" in expected:
        with pytest.raises(SignatureError):
            extract_signature(source, parse(source), bom=bom)
        return
    ours = signature_to_json(extract_signature(source, parse(source), bom=bom))
    assert _as_js(ours) == _as_js(_expected_signature(expected))


@pytest.mark.parametrize("script", RENDERED)
def test_script_yaml_is_byte_identical(script: str) -> None:
    result = expected_for_file(CORPUS / script)
    golden = (GOLDEN / _metadata_name(script)).read_text(encoding="utf-8")
    assert result.expected == golden


def test_second_pass_exclusions_are_few() -> None:
    """Only scripts with an object property named `__proto__` miss a second-pass golden."""
    excluded = sorted(set(RENDERED) - set(SECOND_PASS))
    assert excluded == ["f/issue9/ts_default_proto_keys.ts", "f/issue9/ts_merge_inherited_names.ts"]


@pytest.mark.parametrize("script", SECOND_PASS)
def test_second_pass_is_byte_identical(script: str) -> None:
    """wmill over its own output (not always a no-op: e.g. stale `items` go on the 2nd run)."""
    source = read_source(CORPUS / script)
    first = (GOLDEN / _metadata_name(script)).read_text(encoding="utf-8")
    remote = _metadata_name(script)[: -len(".script.yaml")]
    ours = render_script_yaml(source, parse(source), first, remote_path=remote)
    assert ours == (GOLDEN / "second_pass" / _metadata_name(script)).read_text(encoding="utf-8")
