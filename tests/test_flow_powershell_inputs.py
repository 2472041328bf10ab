"""PowerShell steps' inputs, as Windmill's PowerShell parser reads them: every
sample of `tests/data/powershell_signatures.json` (what windmill-parser-wasm-regex
answered for it, run by node when the file was made), and the findings on a
flow whose PowerShell steps are mis-wired."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wac_lint.engine import analyze_bytes
from wac_lint.flows.powershell_signature import PowershellInput, powershell_inputs

GOLDEN = json.loads(
    (Path(__file__).parent / "data" / "powershell_signatures.json").read_text(encoding="utf-8")
)
_KINDS = {"int": "integer", "float": "number", "bool": "boolean", "datetime": "string"}


def _kind(typ: Any, otyp: str | None) -> str | None:
    if isinstance(typ, str):
        return _KINDS.get(typ)
    if "list" in typ:
        return "array"
    if "object" in typ:
        return "object"
    # a string: `[string]` is judged, an untyped or unknown one is not
    return "string" if otyp is not None and otyp.lower() == "string" else None


@pytest.mark.parametrize("sample", GOLDEN["samples"], ids=lambda s: s["code"][:40])
def test_inputs_are_windmills(sample: dict[str, Any]) -> None:
    theirs = [
        PowershellInput(a["name"], not a["has_default"], _kind(a["typ"], a["otyp"]))
        for a in sample["args"]
    ]
    assert list(powershell_inputs(sample["code"])) == theirs


def test_a_mis_wired_powershell_step(tmp_path: Path) -> None:
    # The worker passes `-<name> <value>` for each parsed input, looking the job's
    # arguments up by the exact name (windmill-worker `handle_powershell_job`):
    # `service` does not reach `$Service`.
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    folder = tmp_path / "f" / "ops"
    (folder / "restart__flow").mkdir(parents=True)
    (folder / "restart_service.ps1").write_text(
        "param([Parameter(Mandatory)][string]$Service, [int]$Retries = 3)\n"
        "Restart-Service $Service\n"
    )
    path = folder / "restart__flow" / "flow.yaml"
    path.write_text(
        "summary: s\nvalue:\n  modules:\n"
        "    - id: restart\n      value:\n        type: script\n"
        "        path: f/ops/restart_service\n"
        "        input_transforms:\n"
        "          service: {type: static, value: nginx}\n"
        "          Retries: {type: static, value: many}\n"
        "    - id: inline\n      value:\n        type: rawscript\n        language: powershell\n"
        "        content: 'param([switch]$Force, $Target)'\n"
        "        input_transforms:\n"
        "          Target: {type: static, value: web}\n"
    )
    findings = analyze_bytes(path.read_bytes(), str(path)).findings
    assert [(f.row, f.code, f.message) for f in findings] == [
        (
            8,
            "WAC506",
            "the PowerShell script restart_service.ps1 takes `Service` (no default), but "
            "`input_transforms` gives it no value",
        ),
        (
            9,
            "WAC506",
            "`service` is not a parameter of the PowerShell script restart_service.ps1: the "
            "value goes nowhere",
        ),
        (10, "WAC506", "`Retries` is an integer, but the static value is a string"),
    ]
