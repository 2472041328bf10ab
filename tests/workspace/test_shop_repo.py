"""A second Windmill repository (`shop_repo/`, dotted `.flow` folders, `__mod`
scripts, `u/` paths, a bash target known only by its `.script.yaml`), in the
`expect:` style of the adversarial corpus: each workflow script gets exactly the
findings its `expect:` comments mark, and a `*_ok` script none.

What it checks across files: side effects and clock / random reads hidden in
helpers imported by Windmill path, by relative path and by namespace, two hops
deep, and in methods of a class another script defines (WAC101 / WAC102); pure
helpers and helpers called only from tasks or steps (no finding);
`task_script` / `task_flow` targets that are missing, carry an extension, or
are a flow (WAC401), and calls that contradict the target's `main`, its
`.script.yaml` or the flow's schema (WAC402), including a `main(**kwargs)`
target that takes any name. The `.script.yaml` files beside the workflows were
written by Windmill's own CLI (`windmill-oracle script-yaml`, i.e. `wmill
generate-metadata --schema-only`), so WAC901 must stay silent on them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import expected_marks as expected
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "shop_repo"
FILES = sorted(p for p in REPO.rglob("*") if p.suffix in (".py", ".ts"))
WORKFLOWS = [p for p in FILES if re.search(r"\bworkflow\b", p.read_text(encoding="utf-8"))]


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def test_repository_shape() -> None:
    assert len(WORKFLOWS) >= 30
    correct = [p for p in WORKFLOWS if not expected(p)]
    assert len(correct) >= 12
    for path in WORKFLOWS:
        assert path.stem.endswith("_ok") == (not expected(path)), path


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_findings_are_the_marked_ones(path: Path) -> None:
    found = {(f.row, f.code) for f in analyze_source(read_source(path)).findings}
    assert found == expected(path)


def test_method_of_an_imported_class_names_the_chain() -> None:
    path = REPO / "f/billing/crm_method_body.py"
    (finding,) = [f for f in analyze_source(read_source(path)).findings if f.code == "WAC101"]
    assert finding.message == (
        "`httpx.post` (reached through `main → f.shared.crm.CrmClient.push → httpx.post`) "
        "does network I/O in the workflow body, which re-runs on every replay; "
        "move it into a task or a `step(...)`"
    )


def test_a_kwargs_target_takes_any_name_but_still_requires_its_parameters(
    tmp_path: Path,
) -> None:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    (tmp_path / "f").mkdir()
    (tmp_path / "f/target.py").write_text("def main(region: str, **kwargs):\n    return region\n")
    script = tmp_path / "f/caller.py"
    script.write_text(
        "from wmill import task_script, workflow\n\n"
        'target = task_script("f/target")\n\n\n'
        "@workflow\nasync def main():\n"
        '    await target(region="eu", extra=1)\n'
        "    return await target(extra=2)\n"
    )
    forget_projects()
    result = analyze_source(read_source(script), select=["WAC402"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            9,
            "`f/target` requires `region` (no default, from the `main` signature of "
            "f/target.py), which this call does not pass",
        )
    ]


@pytest.mark.parametrize(
    ("script", "chain"),
    [
        (
            "f/shop/barrel_import.ts",
            "`fetch` (reached through `main → f/shared/index.ts.postJson → "
            "f/shared/http.ts.postJson → fetch`)",
        ),
        (
            "f/billing/star_import_helper.py",
            "`requests.post` (reached through `main → f.shared.http_client.post_json → "
            "requests.post`)",
        ),
        (
            "f/shop/default_export_helper.ts",
            "`fetch` (reached through `main → f/shared/audit.ts.default → fetch`)",
        ),
    ],
)
def test_re_exports_star_imports_and_default_exports_are_followed(script: str, chain: str) -> None:
    (finding,) = [
        f for f in analyze_source(read_source(REPO / script)).findings if f.code == "WAC101"
    ]
    assert finding.message.startswith(chain + " does network I/O in the workflow body")


def test_every_script_has_its_own_windmill_path() -> None:
    # `f/shared/money.py` and `f/shared/money.ts` would both be `f/shared/money`, which a
    # Windmill workspace cannot hold; modules inside a `__mod` folder are not scripts.
    paths = [
        p.relative_to(REPO).as_posix().split(".", 1)[0]
        for p in REPO.rglob("*")
        if p.is_file()
        and p.suffix in (".py", ".ts", ".sql", ".sh")
        and not any(part.endswith("__mod") for part in p.parts)
    ]
    assert len(paths) == len(set(paths))


def test_a_keyword_only_parameter_of_the_target_is_never_passed() -> None:
    path = REPO / "f/billing/export_report_keyword_only.py"
    result = analyze_source(read_source(path), select=["WAC402"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            9,
            "`include_drafts` is keyword-only in the `main` of `f/billing/export_report` "
            "(the `main` signature of f/billing/export_report.py): Windmill's parser leaves "
            "keyword-only parameters out of the script's inputs and passes only those, so the "
            "child job never receives it and its default applies",
        )
    ]
