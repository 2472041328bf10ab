"""WAC500 on what `wmill` reads differently from how a flow looks: `!inline`
files that are missing or in another language than the step's, and `<<` merge
keys, which Windmill's CLI (YAML 1.2) keeps as a key named `<<`."""

from __future__ import annotations

from pathlib import Path

from wac_lint.engine import analyze_bytes
from wac_lint.flows.yaml_tree import parse_yaml

STEP = "    - id: {id}\n      value:\n        type: rawscript\n        language: {lang}\n"


def _check(tmp_path: Path, text: str, files: dict[str, str]) -> list[tuple[int, str, str]]:
    folder = tmp_path / "f" / "ops" / "sync__flow"
    folder.mkdir(parents=True)
    for name, code in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(code)
    path = folder / "flow.yaml"
    path.write_text(text)
    result = analyze_bytes(path.read_bytes(), str(path))
    return [(f.row, f.code, f.message) for f in result.findings]


def _flow(*steps: str) -> str:
    return "summary: s\nvalue:\n  modules:\n" + "".join(steps)


def _step(step_id: str, lang: str, content: str) -> str:
    return (
        STEP.format(id=step_id, lang=lang)
        + f"        content: {content}\n        input_transforms: {{}}\n"
    )


def test_a_missing_inline_file_is_reported(tmp_path: Path) -> None:
    text = _flow(_step("normalize", "python3", "!inline scripts/normalize.py"))
    assert _check(tmp_path, text, {}) == [
        (
            8,
            "WAC500",
            "`!inline scripts/normalize.py` names no file in the flow's folder (nor "
            "`normalize.py`, the name wmill tries next): `wmill sync push` stops on a "
            "missing inline script",
        )
    ]


def test_wmills_fallback_name_and_the_quoted_form_are_found(tmp_path: Path) -> None:
    text = _flow(
        _step("normalize", "python3", "!inline old_name.py"),
        _step("load", "postgresql", "'!inline load.pg.sql'"),
    )
    files = {"normalize.py": "def main():\n    return 1\n", "load.pg.sql": "SELECT 1;\n"}
    found = _check(tmp_path, text, files)
    assert [f for f in found if f[1] == "WAC500"] == []


def test_a_file_in_another_language_is_reported(tmp_path: Path) -> None:
    text = _flow(
        _step("notify", "python3", "!inline notify.ts"),
        _step("count", "mysql", "!inline count.pg.sql"),
        _step("ok", "bun", "!inline ok.ts"),
        _step("plain", "snowflake", "!inline plain.sql"),
    )
    files = {
        "notify.ts": "export function main() { return 1 }\n",
        "count.pg.sql": "SELECT 1;\n",
        "ok.ts": "export function main() { return 1 }\n",
        "plain.sql": "SELECT 1;\n",
    }
    found = [f for f in _check(tmp_path, text, files) if f[1] == "WAC500"]
    assert found == [
        (
            8,
            "WAC500",
            "`notify.ts` is a TypeScript file, but step `notify` has `language: python3`: "
            "Windmill runs its text as python3 code",
        ),
        (
            14,
            "WAC500",
            "`count.pg.sql` is a PostgreSQL file, but step `count` has `language: mysql`: "
            "Windmill runs its text as mysql code",
        ),
    ]


MERGE = (
    "`<<` merges nothing: Windmill's CLI reads flow.yaml as YAML 1.2, without merge keys, "
    "so this is a key named `<<` and the keys of the mapping it points to are not added here"
)


def test_merge_keys_are_reported_once_each(tmp_path: Path) -> None:
    text = (
        "summary: s\nvalue:\n  modules:\n"
        "    - id: a\n      retry: &policy {constant: {attempts: 2, seconds: 5}}\n"
        "      value:\n        type: rawscript\n        language: python3\n"
        "        content: |\n          def main(x: str, y: str):\n              return x\n"
        "        input_transforms: &both\n"
        "          x: {type: static, value: a}\n          y: {type: static, value: b}\n"
        "    - id: b\n      <<: {retry: *policy}\n"
        "      value:\n        type: rawscript\n        language: python3\n"
        "        content: |\n          def main(x: str, y: str):\n              return x\n"
        "        input_transforms:\n          <<: *both\n"
    )
    found = _check(tmp_path, text, {})
    assert found == [
        (16, "WAC500", MERGE),
        (23, "WAC506", found[1][2]),  # x and y get no value: nothing was merged
        (24, "WAC500", MERGE),
    ]
    assert "takes `x`, `y` (no default)" in found[1][2]


def test_an_aliased_merge_key_is_reported_once(tmp_path: Path) -> None:
    text = (
        "summary: s\nvalue:\n  modules:\n"
        "    - id: a\n      value: &v\n        <<: {type: identity}\n"
        "    - id: b\n      value: *v\n"
    )
    root = parse_yaml(text)
    assert root is not None
    from wac_lint.flows.openflow import merge_keys

    assert [(p.node.start, p.path) for p in merge_keys(root)] == [((5, 8), "<<")]
