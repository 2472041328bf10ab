"""Red team H: imported tables of functions called by subscript, module-level I/O two
imports deep, and data-frame writers (WAC101)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source, read_source
from wac_lint.source import LANG_PYTHON, SourceFile
from wac_lint.workspace.root import forget_projects


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def wac101(path: Path) -> list[tuple[int, str]]:
    result = analyze_source(read_source(path), select=["WAC101"])
    return [(f.row, f.message) for f in result.findings]


PY_TABLE = """\
import requests


def _post(path, body):
    return requests.post("https://api.example.com" + path, json=body).json()


def _render(body):
    return str(body)


API = {"post": _post, "render": _render}
HANDLERS = {"refund": lambda body: _post("/refunds", body), "noop": lambda body: body}
"""


def test_python_tables_called_by_literal_and_computed_keys(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "wmill.yaml": "defaultTs: bun\n",
            "f/lib/api.py": PY_TABLE,
            "f/wf/main.py": (
                "from wmill import workflow\n\nfrom f.lib.api import API, HANDLERS\n\n\n"
                "@workflow\nasync def main(kind: str):\n"
                '    API["render"]({"a": 1})\n'
                '    API["post"]("/audit", {})\n'
                "    HANDLERS[kind]({})\n"
            ),
        },
    )
    assert wac101(tmp_path / "f/wf/main.py") == [
        (
            9,
            "`requests.post` (reached through `main → f.lib.api.API.post → requests.post`) "
            "does network I/O in the workflow body, which re-runs on every replay; "
            "move it into a task or a `step(...)`",
        ),
        (
            10,
            "`requests.post` (reached through `main → f.lib.api.HANDLERS[kind] → "
            "f.lib.api.HANDLERS.refund → f.lib.api._post → requests.post`) does network I/O "
            "in the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`",
        ),
    ]


def test_typescript_object_called_by_key_and_pure_tables(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "wmill.yaml": "defaultTs: bun\n",
            "f/lib/api.ts": (
                "export const API = {\n"
                "  post: async (p: string) => (await fetch(p, { method: 'POST' })).json(),\n"
                "  label: (p: string) => p.toUpperCase(),\n};\n"
                "export const FORMATS: Record<string, (s: string) => string> = {\n"
                "  upper: (s) => s.toUpperCase(),\n  lower: (s) => s.toLowerCase(),\n};\n"
            ),
            "f/wf/main.ts": (
                'import { workflow } from "windmill-client";\n'
                'import { API, FORMATS } from "/f/lib/api.ts";\n\n'
                "export const main = workflow(async (kind: string) => {\n"
                "  const shown = FORMATS[kind](API['label']('x'));\n"
                "  return await API['post'](shown);\n});\n"
            ),
        },
    )
    assert wac101(tmp_path / "f/wf/main.ts") == [
        (
            6,
            "`fetch` (reached through `main → f/lib/api.ts.API.post → fetch`) does network "
            "I/O in the workflow body, which re-runs on every replay; move it into a task or "
            "a `step(...)`",
        )
    ]


def test_module_level_io_two_imports_deep(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "wmill.yaml": "defaultTs: bun\n",
            "f/lib/settings.py": "import requests\n\nFLAGS = requests.get('https://f').json()\n",
            "f/lib/config.py": "from f.lib.settings import FLAGS\n\nDRY = bool(FLAGS)\n",
            "f/lib/pure.py": "from f.lib import text\n\nX = text.upper('a')\n",
            "f/lib/text.py": "def upper(s):\n    return s.upper()\n",
            "f/wf/main.py": (
                "from wmill import workflow\n\nfrom f.lib.config import DRY\n"
                "from f.lib.pure import X\n\n\n@workflow\nasync def main():\n"
                "    return DRY, X\n"
            ),
        },
    )
    (found,) = analyze_source(read_source(tmp_path / "f/wf/main.py"), select=["WAC101"]).findings
    assert (found.row, found.message) == (
        3,
        "importing f/lib/config.py imports f/lib/settings.py in turn, whose module-level "
        "`requests.get` (line 3) does network I/O, on every replay of the workflow: the "
        "script runs again from the top each time; move that call into a function the "
        "workflow runs in a task or a `step(...)`",
    )
    (related,) = found.related
    assert related.filename.endswith("f/lib/settings.py") and related.row == 3


def test_typescript_module_level_fetch_three_imports_deep_and_a_cycle(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "wmill.yaml": "defaultTs: bun\n",
            "f/lib/flags.ts": (
                'import { DRY } from "./config.ts";\n'
                "export const FLAGS = await (await fetch('https://f')).json();\n"
            ),
            "f/lib/mid.ts": (
                'export type { Row } from "./types.ts";\nexport { FLAGS } from "./flags.ts";\n'
            ),
            "f/lib/types.ts": "export type Row = { id: string };\nawait fetch('https://t');\n",
            "f/lib/config.ts": 'import { FLAGS } from "./mid.ts";\nexport const DRY = !!FLAGS;\n',
            "f/wf/main.ts": (
                'import { workflow } from "windmill-client";\n'
                'import { DRY } from "/f/lib/config.ts";\n\n'
                "export const main = workflow(async () => DRY);\n"
            ),
        },
    )
    assert [row for row, _ in wac101(tmp_path / "f/wf/main.ts")] == [2]
    (message,) = [m for _, m in wac101(tmp_path / "f/wf/main.ts")]
    assert message.startswith(
        "importing f/lib/config.ts imports f/lib/mid.ts → f/lib/flags.ts in turn, whose "
        "module-level `fetch` (line 2) does network I/O"
    )


def py_wac101(code: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=["WAC101"])
    return [(f.row, f.message) for f in result.findings]


def test_data_frame_writers_given_a_path_write_files() -> None:
    code = (
        "import io\nimport pandas as pd\nimport polars as pl\nfrom wmill import workflow\n\n"
        "@workflow\nasync def main(rows: list):\n"
        "    df = pd.DataFrame(rows)\n"
        "    df.to_csv('/tmp/out.csv', index=False)\n"
        "    text = df.to_csv(index=False)\n"
        "    buf = io.BytesIO()\n"
        "    df.to_parquet(buf)\n"
        "    pl.DataFrame(rows).write_json('/tmp/x.json')\n"
        "    df.to_json(path_or_buf=buf)\n"
        "    df.to_csv(path_or_buf='/tmp/again.csv')\n"
        "    return text + pl.DataFrame(rows).write_csv()\n"
    )
    assert py_wac101(code) == [
        (
            9,
            "`df.to_csv` reads or writes data outside the workflow (a file, a URL or a "
            "database) in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`",
        ),
        (
            13,
            "`pl.DataFrame(rows).write_json` reads or writes data outside the workflow (a "
            "file, a URL or a database) in the workflow body, which re-runs on every replay; "
            "move it into a task or a `step(...)`",
        ),
        (
            15,
            "`df.to_csv` reads or writes data outside the workflow (a file, a URL or a "
            "database) in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`",
        ),
    ]


def test_inherited_member_of_an_imported_base_and_tables_by_get(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "wmill.yaml": "defaultTs: bun\n",
            "f/lib/api.py": PY_TABLE,
            "f/lib/base.py": (
                "import requests\n\n\nclass Http:\n    def _post(self, p):\n"
                "        return requests.post(p)\n"
            ),
            "f/lib/mailer.py": (
                "from f.lib.base import Http\n\n\nclass Mailer(Http):\n"
                "    def send(self, p):\n        return self._post(p)\n\n"
                "    def _render(self, p):\n        return p\n\n"
                "    def show(self, p):\n        return self._render(p)\n"
            ),
            "f/wf/main.py": (
                "import f.lib.api as billing\nfrom wmill import workflow\n\n"
                "from f.lib.api import HANDLERS\nfrom f.lib.mailer import Mailer\n\n\n"
                "@workflow\nasync def main(kind: str):\n"
                "    Mailer().show('x')\n    Mailer().send('x')\n"
                "    HANDLERS.get(kind)({})\n    billing.API['render']({})\n"
                "    billing.API['post']('/a', {})\n"
            ),
        },
    )
    found = wac101(tmp_path / "f/wf/main.py")
    assert [row for row, _ in found] == [11, 12, 14]
    assert (
        "`main → f.lib.mailer.Mailer.send → f.lib.base.Http._post → requests.post`" in (found[0][1])
    )
    assert "`main → f.lib.api.HANDLERS[kind] → f.lib.api.HANDLERS.refund → " in found[1][1]
    assert "`main → f.lib.api.API.post → requests.post`" in found[2][1]
