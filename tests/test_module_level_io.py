"""WAC101 at module level: the launch post says "the script exits" at each
suspension and the next round runs it again from the top, so I/O outside every
function of a workflow script happens again on every replay. Clients stored for
the body (which connect lazily), Python's `__main__` block, and scripts without a
workflow are not reported."""

from __future__ import annotations

from pathlib import Path

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

TAIL = (
    " at module level: the script runs again from the top on every replay of the workflow, "
    "so this happens again each time; call it in a task or a `step(...)` in the body"
)


def wac101(code: str, language: str) -> list[tuple[int, str]]:
    name = "t.py" if language == LANG_PYTHON else "t.ts"
    result = analyze_source(SourceFile(name, code, language), select=["WAC101"])
    return [(f.row, f.message) for f in result.findings]


def test_a_fetch_whose_result_is_used_at_once() -> None:
    code = (
        "import requests\nfrom wmill import task, workflow\n\n"
        'CONFIG = requests.get("https://x/config").json()\n\n'
        "@workflow\nasync def main():\n    return CONFIG\n"
    )
    assert wac101(code, LANG_PYTHON) == [(4, "`requests.get` does network I/O" + TAIL)]


def test_a_top_level_await_in_typescript() -> None:
    code = (
        'import { workflow } from "windmill-client";\n'
        'await fetch("https://hooks.example.com", { method: "POST" });\n'
        "export const main = workflow(async () => 1);\n"
    )
    assert wac101(code, LANG_TYPESCRIPT) == [(2, "`fetch` does network I/O" + TAIL)]


def test_a_windmill_api_call_inside_an_expression() -> None:
    code = (
        "import wmill\nfrom wmill import workflow\n\n"
        'TOKEN = "Bearer " + wmill.get_variable("f/ops/token").strip()\n\n'
        "@workflow\nasync def main():\n    return len(TOKEN)\n"
    )
    assert wac101(code, LANG_PYTHON) == [(4, "`wmill.get_variable` calls the Windmill API" + TAIL)]


def test_stored_clients_functions_and_the_main_block_are_not_reported() -> None:
    code = (
        "import requests\nimport psycopg\nfrom sqlalchemy import create_engine\n"
        "from wmill import task, workflow\n\n"
        'engine = create_engine("postgresql://db/x")\n'
        'conn = psycopg.connect("dbname=x") if engine else None\n'
        "session = requests.Session()\n"
        'session.headers.update({"User-Agent": "ops"})\n\n'
        "def ping():\n    return requests.get('https://x').status_code\n\n"
        "@task()\nasync def load() -> int:\n    return ping()\n\n"
        "@workflow\nasync def main():\n    return await load()\n\n"
        'if __name__ == "__main__":\n    requests.post("https://x/smoke")\n'
    )
    assert wac101(code, LANG_PYTHON) == []


def test_a_script_without_a_workflow_is_not_judged() -> None:
    code = (
        'import requests\n\nDATA = requests.get("https://x").json()\n\n'
        "def main():\n    return DATA\n"
    )
    assert wac101(code, LANG_PYTHON) == []


def test_an_imported_workspace_module_that_fetches_when_loaded(tmp_path: Path) -> None:
    from wac_lint.engine import read_source
    from wac_lint.workspace.root import forget_projects

    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    (tmp_path / "f/lib").mkdir(parents=True)
    (tmp_path / "f/lib/flags.py").write_text(
        'import requests\n\nFLAGS = requests.get("https://x/flags").json()\n'
    )
    (tmp_path / "f/lib/pure.py").write_text("def double(n):\n    return 2 * n\n")
    script = tmp_path / "f/lib/run.py"
    script.write_text(
        "from wmill import workflow\n\nfrom f.lib.flags import FLAGS\nfrom f.lib import pure\n\n"
        "@workflow\nasync def main():\n    return pure.double(len(FLAGS))\n"
    )
    forget_projects()
    result = analyze_source(read_source(script), select=["WAC101"])
    (finding,) = result.findings
    assert (finding.row, finding.message) == (
        3,
        "importing f/lib/flags.py runs its module-level `requests.get` (line 3), which does "
        "network I/O, on every replay of the workflow: the script runs again from the top each "
        "time; move that call into a function the workflow runs in a task or a `step(...)`",
    )
    (related,) = finding.related
    assert (Path(related.filename).name, related.row, related.column) == ("flags.py", 3, 9)


def test_a_name_lookup_kept_in_a_name_is_an_answer_not_a_client() -> None:
    # `socket.socket()` kept for the body connects later; a lookup's answer is final
    code = (
        "import socket\nfrom wmill import task, workflow\n\n"
        'IP = socket.gethostbyname("db.internal")\nSOCK = socket.socket()\n\n'
        "@workflow\nasync def main():\n    return IP\n"
    )
    assert wac101(code, LANG_PYTHON) == [(4, "`socket.gethostbyname` does network I/O" + TAIL)]
