"""A rawscript whose code is written in the flow file and imports the WAC SDK is
checked as the workflow it is; its findings are reported on the flow's lines
(literal blocks keep their lines and columns, other scalars point at the
code's first line), without fixes, which would edit a file that does not exist."""

from __future__ import annotations

import json
from pathlib import Path

from wac_lint.engine import analyze_bytes

BODY_IO = (
    "import requests\nfrom wmill import task, workflow\n\n\n"
    "@task()\nasync def t(u: str) -> int:\n    return 1\n\n\n"
    "@workflow\nasync def main(url: str):\n    requests.post(url)\n    return await t(url)\n"
)


def _check(tmp_path: Path, name: str, text: str) -> list[tuple[int, int, str, bool]]:
    folder = tmp_path / "f" / "ops" / "crawl__flow"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    result = analyze_bytes(path.read_bytes(), str(path))
    assert result.errors == []
    return [(f.row, f.column, f.code, f.fix is None) for f in result.findings]


def test_a_literal_block_keeps_lines_and_columns(tmp_path: Path) -> None:
    code = "".join(f"          {line}\n" if line else "\n" for line in BODY_IO.splitlines())
    text = (
        "summary: s\nvalue:\n  modules:\n    - id: crawl\n      value:\n"
        "        type: rawscript\n        language: python3\n        content: |\n"
        f"{code}"
        "        input_transforms:\n          url: {type: static, value: 'https://x'}\n"
    )
    # `requests.post(url)` is line 12 of the code, which starts on line 9 of the file
    found = _check(tmp_path, "flow.yaml", text)
    assert found == [(20, 15, "WAC101", True)]
    assert text.splitlines()[19][14:].startswith("requests.post(url)")


def test_code_in_a_json_string_is_reported_on_its_line(tmp_path: Path) -> None:
    flow = {
        "summary": "s",
        "value": {
            "modules": [
                {
                    "id": "crawl",
                    "value": {
                        "type": "rawscript",
                        "language": "python3",
                        "content": BODY_IO,
                        "input_transforms": {"url": {"type": "static", "value": "https://x"}},
                    },
                }
            ]
        },
    }
    text = json.dumps(flow, indent=2)
    row, line = next((i, ln) for i, ln in enumerate(text.splitlines(), 1) if '"content"' in ln)
    column = line.index('"import') + 1  # the string's opening quote
    assert _check(tmp_path, "flow.json", text) == [(row, column, "WAC101", True)]


def test_steps_that_are_not_workflows_and_inline_files_are_left_alone(tmp_path: Path) -> None:
    text = (
        "summary: s\nvalue:\n  modules:\n    - id: plain\n      value:\n"
        "        type: rawscript\n        language: python3\n        content: |\n"
        "          import requests\n\n          def main(url: str):\n"
        "              return requests.post(url).status_code\n"
        "        input_transforms:\n          url: {type: static, value: 'https://x'}\n"
        "    - id: wac_file\n      value:\n"
        "        type: rawscript\n        language: python3\n"
        "        content: '!inline crawl.inline_script.py'\n"
        "        input_transforms:\n          url: {type: static, value: 'https://x'}\n"
    )
    inline = tmp_path / "f" / "ops" / "crawl__flow" / "crawl.inline_script.py"
    inline.parent.mkdir(parents=True)
    inline.write_text(BODY_IO)  # checked as a file of its own, not as part of the flow
    assert _check(tmp_path, "flow.yaml", text) == []
