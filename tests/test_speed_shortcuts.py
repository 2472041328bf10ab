"""Shortcuts taken for speed must give the answer of the work they skip.

Each test here pins a case at the edge of one shortcut (bench/README.md,
"speed16"): the gate must not skip a case the full work would have handled.
"""

from __future__ import annotations

from pathlib import Path

from wac_lint.languages.python import COMMENT_RUN, KEPT_COMMENT_LINES, Python


def comment_run(lines: int, indent: str = "") -> bytes:
    return b"".join(f"{indent}# note {n}\n".encode() for n in range(lines))


def test_comment_run_gate_keeps_the_shortest_run_it_must_shorten() -> None:
    # Exactly as many `#` as the shortest run the pattern matches: the count
    # gate lets it through, and the run is shortened as before.
    shortest = 2 * KEPT_COMMENT_LINES
    data = b"def main():\n    return 1\n" + comment_run(shortest, "    ") + b"x = 1\n"
    assert data.count(b"#") == shortest
    assert COMMENT_RUN.search(data)
    prepared = Python().prepare(data)
    assert prepared != data
    assert len(prepared) == len(data)
    assert prepared.count(b"\n") == data.count(b"\n")
    assert prepared.count(b"#") == KEPT_COMMENT_LINES


def test_comment_run_gate_skips_what_the_pattern_never_matches() -> None:
    # One `#` short: no run can be long enough, the text is the parser's as is.
    data = b"x = 1\n" + comment_run(2 * KEPT_COMMENT_LINES - 1)
    assert not COMMENT_RUN.search(data)
    assert Python().prepare(data) is data


def filter_non_main_by_lines(code: str, name: str) -> tuple[str, int, str]:
    """Windmill's filter_non_main as written there (and here before speed16): per line."""
    lines = code.split("\n")
    for index, line in enumerate(lines):
        for prefix in (f"def {name}(", f"async def {name}("):
            if line.startswith(prefix):
                remaining = "\n".join([line[len(prefix) :], *lines[index + 1 :]])
                depth = 1
                taken = []
                for ch in remaining:
                    if ch == "(":
                        depth += 1
                    elif ch == ")":
                        depth -= 1
                    taken.append(ch)
                    if depth == 0:
                        break
                return prefix + "".join(taken) + ": return", index, prefix
    return "", -1, ""


FILTER_CASES = [
    "",
    "def main(",
    "def main(a, b=(1, 2)):\n    return a\n",
    "async def main(x: int,\n  y: str = ')'):\n    pass\n",
    "x = 'def main('\ndef main(a):\n    pass\n",
    "    def main(a):\n        pass\nasync def main(b):\n    pass\n",
    " async def main(a): pass\nasyncdef main(b): pass\nasync  def main(c): pass\n",
    "class A:\n    def main(self): pass\n# def main(x)\ndef main(y): pass\n",
    "def mainly(a): pass\ndef main (b): pass\ndef main(c): pass\n",
    "def main(a, (b\n\n",  # unbalanced: to the end of the file
    "\r\ndef main(a):\r\n  pass\r\n",
    "async def preprocessor(event):\n    return event\ndef main(x): pass\n",
    "z = 1\nasync def main(a=f'{(1)}'):\n  pass\ndef main(b): pass\n",
]


def test_filter_non_main_finds_what_the_line_by_line_filter_found() -> None:
    from wac_lint.schema.sig_python import _filter_non_main

    for code in FILTER_CASES:
        for name in ("main", "preprocessor"):
            assert _filter_non_main(code, name) == filter_non_main_by_lines(code, name), (
                code,
                name,
            )


def test_filter_non_main_agrees_on_every_corpus_script() -> None:
    from pathlib import Path

    from wac_lint.schema.sig_python import _filter_non_main

    root = Path(__file__).resolve().parent.parent
    scripts = [*root.joinpath("tests").rglob("*.py"), *root.joinpath("examples").rglob("*.py")]
    assert len(scripts) > 500
    for path in scripts:
        code = path.read_text(encoding="utf-8", errors="replace")
        for name in ("main", "preprocessor"):
            assert _filter_non_main(code, name) == filter_non_main_by_lines(code, name), path


TASK_HELPERS = """\
import { step, task, workflow } from "windmill-client";

const load = (x: number) => x + 1;
function shout(x: number) { return String(x); }

const first = task(async (x: number) => {
  const reply = await fetch(`https://svc.example.com/${x}`);
  return load(reply.status) + Number(shout(x));
});

// `report` is spelled here, so the scopes are asked about it
const second = task(async (x: number) => {
  const report = (y: number) => y * 2;
  return report(x);
});

export const main = workflow(async (x: number) => {
  await first(x);
  await second(x);
  return await step("s", () => print(x));
});
"""


def test_callees_spelled_only_at_calls_skip_the_scopes_and_lose_nothing() -> None:
    from wac_lint.frontends import build_model
    from wac_lint.frontends.durable_code import DurableCode
    from wac_lint.model import CodeRole
    from wac_lint.source import LANG_TYPESCRIPT, SourceFile

    m = build_model(SourceFile("s.ts", TASK_HELPERS, LANG_TYPESCRIPT))
    code = DurableCode(m, frozenset({"call_expression"}), frozenset({"arrow_function"}))
    # spelled only as callees: no scope of the file can bind them
    assert code.never_bound("fetch") and code.never_bound("print")
    # bound by the file (`load`, `shout`) or spelled in a comment too (`report`):
    # the scopes decide
    assert not code.never_bound("load")
    assert not code.never_bound("shout")
    assert not code.never_bound("report")
    # what the scopes decide is unchanged: the task bodies' helpers are task code
    names = sorted(r.name or "" for r in m.call_graph.durable_code(CodeRole.TASK))
    assert names == ["first", "load", "report", "second", "shout"]


MUTATIONS = """\
from wmill import step, task, workflow

COUNT = 0
SEEN = []

@task()
async def bump(x: int):
    global COUNT
    COUNT = COUNT + x
    SEEN.append(x)
    local = []
    local.append(x)
    return x

@workflow
async def main(x: int):
    audit = []
    def record():
        audit.append(x)
        mine = []
        mine.append(x)
        return x
    await step("r", record)
    return await bump(x), SEEN  # the body reads SEEN: the task's change is lost to it
"""


def test_wac104_works_out_local_names_only_when_asked_and_finds_the_same() -> None:
    # a `global` name changed by assignment (no local names needed), outer names
    # changed by a method (local names needed), locals changed (not reported)
    from tests.helpers import lint

    found = [
        (f.code, f.row, f.message.split(":")[0]) for f in lint(MUTATIONS) if f.code == "WAC104"
    ]
    assert found == [
        (
            "WAC104",
            9,
            "This task body changes the module-level `COUNT`",
        ),
        (
            "WAC104",
            10,
            "This task body changes the module-level `SEEN`",
        ),
        (
            "WAC104",
            19,
            "This `step(...)` callback changes `audit`, which belongs to the workflow body",
        ),
    ]


def test_whole_words_finds_what_the_name_pattern_finds() -> None:
    import random
    from pathlib import Path

    from wac_lint.frontends.common import name_pattern, whole_words

    rng = random.Random(14)
    for _ in range(5000):
        data = bytes(rng.choice(b"ab_$-. \\n") for _ in range(rng.randint(0, 30)))
        names = frozenset(
            bytes(rng.choice(b"ab_-$.") for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(1, 4))
        )
        expected = [m.span() for m in name_pattern(names).finditer(data)]
        assert whole_words(data, names) == expected, (data, names)
    # names inside one another, as the SDK's are (`windmill-client`, `client`)
    sdk = frozenset({b"task", b"taskScript", b"step", b"windmill-client", b"client", b"main"})
    root = Path(__file__).resolve().parent.parent
    for path in [
        *root.joinpath("tests", "corpus").rglob("*.ts"),
        *root.joinpath("examples").rglob("*.py"),
    ]:
        data = path.read_bytes()
        assert whole_words(data, sdk) == [m.span() for m in name_pattern(sdk).finditer(data)], path


def test_call_heads_are_the_lookahead_patterns_matches() -> None:
    import random

    from wac_lint.rules._sdk_calls import _heads, _starts

    rng = random.Random(9)
    for _ in range(5000):
        data = bytes(rng.choice(b"ab.( ") for _ in range(rng.randint(0, 30)))
        names = frozenset(
            "".join(rng.choice("ab.(") for _ in range(rng.randint(1, 3)))
            for _ in range(rng.randint(1, 3))
        )
        start = rng.randint(0, len(data))
        end = rng.randint(start, len(data))
        expected = {m.start() for m in _heads(names).finditer(data, start, end)}
        assert _starts(data, names, start, end) == expected, (data, names, start, end)


def test_annotated_base_is_the_same_when_asked_again() -> None:
    from wac_lint.rules._json_declared import annotated_base

    cases = {
        "dict": "dict",
        "Optional[decimal.Decimal]": "Decimal",
        "typing.Optional[ datetime ]": "datetime",
        "set[str] | None": "set",
        "None | Decimal": "Decimal",
    }
    for _ in range(2):  # the second round is answered from the cache
        assert {a: annotated_base(a) for a in cases} == cases


def test_never_bound_counts_a_bounded_number_of_names_per_file() -> None:
    from wac_lint.frontends import build_model
    from wac_lint.frontends.durable_code import MAX_NAME_COUNTS, DurableCode
    from wac_lint.source import LANG_TYPESCRIPT, SourceFile

    names = [f"g{n}x" for n in range(MAX_NAME_COUNTS + 8)]
    code = (
        'import { task, workflow } from "windmill-client";\n'
        + "".join(f"const t{n} = task(async () => {name}());\n" for n, name in enumerate(names))
        + "export const main = workflow(async () => { await t0(); });\n"
    )
    m = build_model(SourceFile("s.ts", code, LANG_TYPESCRIPT))
    durable = DurableCode(m, frozenset({"call_expression"}), frozenset({"arrow_function"}))
    answers = [durable.never_bound(name) for name in names]
    # each name is spelled once, at its call: the first ones are counted, the rest
    # left to the scopes (which find nothing either: the same call graph)
    assert answers == [True] * MAX_NAME_COUNTS + [False] * 8


def test_flow_rule_modules_define_flow_rules_alone() -> None:
    """A run over scripts skips the `wac5*` modules: every rule they define reads
    flows alone, and every flow-only rule lives in one of them."""
    import importlib
    import pkgutil

    import wac_lint.rules as package
    from wac_lint.registry import FLOW_RULE_MODULES, all_rules, rules_for_language
    from wac_lint.source import LANG_FLOW, LANG_PYTHON, LANG_TYPESCRIPT

    flow_modules = [
        info.name
        for info in pkgutil.iter_modules(package.__path__)
        if info.name.startswith(FLOW_RULE_MODULES)
    ]
    assert flow_modules
    for rule in all_rules():
        in_flow_module = rule.__module__.rsplit(".", 1)[-1] in flow_modules
        assert in_flow_module == (tuple(rule.languages) == (LANG_FLOW,)), rule.code
    for name in flow_modules:
        assert importlib.import_module(f"{package.__name__}.{name}")
    for language in (LANG_PYTHON, LANG_TYPESCRIPT):
        chosen = rules_for_language(language)
        assert chosen == tuple(r for r in all_rules() if language in r.languages)
    # a flow's inline scripts are checked with the script rules
    assert rules_for_language(LANG_FLOW) == all_rules()


def test_a_check_of_scripts_imports_no_flow_rule(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "w.py").write_text(
        "from wmill import task, workflow\n\n@task()\nasync def double(x: int) -> int:\n"
        "    return x * 2\n\n@workflow\nasync def main(x: int = 1):\n    return await double(x)\n"
    )
    probe = (
        "import sys\nfrom wac_lint.entry import main\nsys.argv = ['wac-lint', 'check', "
        "'--no-cache', 'w.py']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('wac_lint.rules.wac5')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[-1] == "[]"
    assert "All checks passed (1 file checked)." in done.stdout
