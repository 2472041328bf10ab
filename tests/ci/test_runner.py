"""`check_paths` reports exactly what the engine reports, file by file."""

from __future__ import annotations

from pathlib import Path

import pytest

import wac_lint.runner as runner_module
from tests.ci.samples import BAD_PY, BAD_TS, FIXABLE_PY, GOOD_PY, UNICODE_TS
from wac_lint.config import clear_cache, settings_for_file
from wac_lint.engine import analyze_source, read_source
from wac_lint.registry import all_rules
from wac_lint.report import finding_dict
from wac_lint.runner import check_paths

PLAIN = {
    # Not WAC: no SDK import, so no rule looks at them (and they are not parsed).
    "plain.py": "import requests\n\ndef main(url: str):\n    return requests.get(url).json()\n",
    "plain.ts": "export async function main(n: number) {\n  return Date.now() + n;\n}\n",
    "broken_plain.py": "def main(:\n    return 1\n",
    "mentions_in_comment.py": "# uses wmill later\nimport os\n\ndef main():\n    os.system('x')\n",
    # The SDK, but no WAC name: still parsed (it imports the module).
    "sdk_no_wac.py": "import wmill\n\ndef main():\n    return wmill.get_variable('u/x')\n",
    "broken_wac.py": "from wmill import workflow\n\n@workflow\nasync def main(:\n    pass\n",
    "npm_prefix.ts": 'import { workflow } from "npm:windmill-client";\n'
    "export const main = workflow(async () => Date.now());\n",
}
WAC = {"bad.py": BAD_PY, "good.py": GOOD_PY, "bad.ts": BAD_TS, "fix.py": FIXABLE_PY}


@pytest.fixture()
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.chdir(tmp_path)
    clear_cache()
    names = {**PLAIN, **WAC, "u.ts": UNICODE_TS}
    for name, text in names.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [Path(name) for name in sorted(names)]


def engine_findings(paths: list[Path]) -> list[dict[str, object]]:
    out = []
    for path in paths:
        result = analyze_source(read_source(path), settings_for_file(path))
        out.extend(finding_dict(f) for f in result.findings)
    return sorted(out, key=lambda d: (d["filename"], d["location"]["row"], d["location"]["column"]))  # type: ignore[index]


def test_runner_matches_the_engine(files: list[Path]) -> None:
    expected = engine_findings(files)
    run = check_paths(files, workers=1)
    assert [finding_dict(f) for f in run.findings] == expected
    assert run.files == [str(p) for p in files]
    codes = {(f.filename, f.code) for f in run.findings}
    assert ("broken_wac.py", "WAC000") in codes
    assert ("npm_prefix.ts", "WAC102") in codes
    # a plain script that does not parse cannot run either (round AI): WAC000 alone
    assert ("broken_plain.py", "WAC000") in codes
    assert {name for name, _ in codes} & {"plain.py", "plain.ts"} == set()


def test_plain_scripts_are_not_parsed(files: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    analysed: list[str] = []
    real = runner_module.analyze_source

    def counting(source, *args, **kwargs):  # type: ignore[no-untyped-def]
        analysed.append(source.path)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(runner_module, "analyze_source", counting)
    # The shortcut holds while every selected rule only looks at WAC files.
    wac_only = [rule for rule in all_rules() if rule.wac_only]
    select = [rule.code for rule in wac_only]
    check_paths(files, select=select, workers=1)
    # Only files that never spell the SDK's module name are skipped; a mention
    # in a comment is enough to be parsed (the shortcut is conservative).
    skipped = {"plain.py", "plain.ts", "broken_plain.py"}
    assert set(analysed) == {str(p) for p in files} - skipped

    # A rule that looks at every script turns the shortcut off.
    analysed.clear()
    monkeypatch.setattr(wac_only[0], "wac_only", False)
    check_paths(files, select=select, workers=1)
    assert set(analysed) == {str(p) for p in files}
