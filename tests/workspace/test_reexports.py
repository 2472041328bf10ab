"""A helper module that does not define a function but hands on one it imports:
Python's `from f.lib.http import post` (with or without `as`), TypeScript's
`import { post } from "./http.ts"` then `export { post as deliver }`. The body's
call is followed through it to the function's own file."""

from __future__ import annotations

from pathlib import Path

from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

TAIL = (
    " does network I/O in the workflow body, which re-runs on every replay; "
    "move it into a task or a `step(...)`"
)


def _repo(tmp_path: Path, files: dict[str, str]) -> None:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    forget_projects()


def _wac101(path: Path) -> list[tuple[int, str]]:
    result = analyze_source(read_source(path), select=["WAC101"])
    return [(f.row, f.message) for f in result.findings]


def test_python_module_that_imports_and_renames(tmp_path: Path) -> None:
    _repo(
        tmp_path,
        {
            "f/lib/http.py": "import requests\n\ndef post(u):\n    return requests.post(u)\n",
            "f/lib/api.py": "from f.lib.http import post as send, post\n",
            "f/x/run.py": (
                "from wmill import workflow\nfrom f.lib.api import send, post\n\n"
                "@workflow\nasync def main():\n    send('a')\n    return post('b')\n"
            ),
        },
    )
    chain = (
        "`requests.post` (reached through `main → f.lib.api.{} → f.lib.http.post → requests.post`)"
    )
    assert _wac101(tmp_path / "f/x/run.py") == [
        (6, chain.format("send") + TAIL),
        (7, chain.format("post") + TAIL),
    ]


def test_python_relative_reexport(tmp_path: Path) -> None:
    _repo(
        tmp_path,
        {
            "f/lib/http.py": "import requests\n\ndef post(u):\n    return requests.post(u)\n",
            "f/lib/api.py": "from .http import post\n",
            "f/x/run.py": (
                "from wmill import workflow\nfrom f.lib.api import post\n\n"
                "@workflow\nasync def main():\n    return post('b')\n"
            ),
        },
    )
    assert [row for row, _ in _wac101(tmp_path / "f/x/run.py")] == [6]


def test_typescript_import_then_export(tmp_path: Path) -> None:
    _repo(
        tmp_path,
        {
            "f/web/http.ts": "export async function post(u: string) {\n  return fetch(u);\n}\n",
            "f/web/text.ts": "export const slug = (t: string) => t.toLowerCase();\n",
            "f/web/api.ts": (
                'import { post as raw } from "./http.ts";\nimport { slug } from "./text.ts";\n'
                "export { raw as deliver, slug };\n"
            ),
            "f/x/run.ts": (
                'import { workflow } from "windmill-client";\n'
                'import { deliver, slug } from "/f/web/api.ts";\n'
                "export const main = workflow(async (t: string) => {\n"
                "  await deliver(slug(t));\n  return 1;\n});\n"
            ),
        },
    )
    assert _wac101(tmp_path / "f/x/run.ts") == [
        (
            4,
            "`fetch` (reached through `main → f/web/api.ts.deliver → f/web/http.ts.post → fetch`)"
            + TAIL,
        )
    ]
