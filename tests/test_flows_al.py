"""Red team AL-F (flows): the general causes behind what heldout_al found, as small inline
flows (one analysis per case, in process).

- A module's result followed through containers at any depth (WAC503): a loop whose body
  ends with a `branchall` (each entry a list), a nested loop (each entry a list) or a
  `branchone` (each entry the last step of the branch it took); a `branchone` whose
  branches end with loops (its result a list); a `branchall` branch ending with a loop.
- A loop's own `stop_after_if` sees the iteration's result (the body's last step), and a
  loop's or a `branchall`'s `stop_after_all_iters_if` the list of them: fields read there
  are judged by what those steps return (WAC503).
- Entries that may be error objects (WAC503, warning): the body's last step has
  `continue_on_error: true`, a `branchall` branch has `skip_failure: true`.
- `all_iters` exists only in a loop's own `stop_after_if` (WAC509).
- `result` and `previous_result` are one value in a condition (WAC507).
- The items a for loop's `iterator` hands on unchanged (`.slice(...)`, a spread, a
  ternary, `?? []`, `.concat(...)`, a loop's result, `.flat()` of object entries) and
  the numbers a mapping callback builds (`Array.from({length: n}, (_, i) => i + 1)`)
  judge `flow_input.iter.value.<field>` (WAC503).
"""

from __future__ import annotations

from functools import cache

import pytest

from wac_lint.engine import analyze_bytes

Finding = tuple[int, str, str, str]


@cache
def _run(text: str) -> tuple[Finding, ...]:
    result = analyze_bytes(text.encode(), "f/al/probe__flow/flow.yaml")
    assert result.errors == []
    return tuple((f.row, f.code, f.severity, f.message) for f in result.findings)


def _codes(text: str) -> list[tuple[int, str, str]]:
    return [(row, code, severity) for row, code, severity, _ in _run(text)]


def _row(text: str, needle: str) -> int:
    """The row (from 1) of the last line holding `needle`."""
    rows = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return rows[-1]


def _step(sid: str, returns: str, indent: int = 4) -> str:
    pad = " " * indent
    return (
        f"{pad}- id: {sid}\n"
        f"{pad}  value:\n"
        f"{pad}    type: rawscript\n"
        f"{pad}    language: python3\n"
        f"{pad}    content: |\n"
        f"{pad}      def main():\n"
        f"{pad}          return {returns}\n"
        f"{pad}    input_transforms: {{}}\n"
    )


def _use(expr: str, param: str = "x") -> str:
    return (
        "    - id: use\n"
        "      value:\n"
        "        type: rawscript\n"
        "        language: python3\n"
        "        content: |\n"
        f"          def main({param}=None):\n"
        f"              return {param}\n"
        "        input_transforms:\n"
        f"          {param}: {{type: javascript, expr: '{expr}'}}\n"
    )


HEAD = "summary: s\nvalue:\n  modules:\n"


def _loop(sid: str, body: str, extra: str = "") -> str:
    return (
        f"    - id: {sid}\n"
        "      value:\n"
        "        type: forloopflow\n"
        "        iterator: {type: javascript, expr: '[1, 2]'}\n"
        "        skip_failures: false\n"
        "        modules:\n"
        f"{body}{extra}"
    )


def _branches(sid: str, kind: str, branches: list[str], extra: str = "") -> str:
    out = f"    - id: {sid}\n      value:\n        type: {kind}\n"
    if kind == "branchall":
        out += "        parallel: true\n"
    out += "        branches:\n"
    for i, body in enumerate(branches):
        out += f"          - summary: b{i}\n"
        out += "            expr: 'true'\n" if kind == "branchone" else ""
        out += "            skip_failure: false\n" if kind == "branchall" else ""
        out += f"            modules:\n{body}"
    if kind == "branchone":
        out += "        default: []\n"
    return out + extra


def _indent(text: str, by: int) -> str:
    return "".join(" " * by + line if line.strip() else line for line in text.splitlines(True))


# --- results through containers at any depth --------------------------------------------

LOOP_OF_BRANCHALL = HEAD + _loop(
    "grade",
    _indent(
        _branches(
            "fan",
            "branchall",
            [
                _indent(_step("label", '{"label_id": 1}'), 10),
                _indent(_step("photo", '{"url": 1}'), 10),
            ],
        ),
        6,
    ),
)


@pytest.mark.parametrize(
    ("expr", "count"),
    [
        ("results.grade.map((c) => c.label_id)", 1),
        ("results.grade[0].label_id", 1),
        ("results.grade.reduce((s, c) => s + c.url, 0)", 1),
        ("results.grade.map((c) => c[0].label_id)", 0),
        ("results.grade.map((c) => c.length)", 0),
        ("results.grade.flat().map((c) => c.url)", 0),
    ],
)
def test_loop_ending_in_branchall(expr: str, count: int) -> None:
    text = LOOP_OF_BRANCHALL + _use(expr)
    row = _row(text, "expr:")
    assert [c for c in _codes(text) if c[1] == "WAC503"] == [(row, "WAC503", "error")] * count


def test_loop_ending_in_branchall_message() -> None:
    text = LOOP_OF_BRANCHALL + _use("results.grade.map((c) => c.label_id)")
    assert [m for *_, m in _run(text)] == [
        "`c.label_id`: an entry of the result of loop `grade` is the result of the last step "
        "of its body, `fan`, and `fan` is a branchall, whose result is a list with one entry "
        "per branch, which has no `label_id`"
    ]


LOOP_OF_LOOP = HEAD + _loop(
    "outer", _indent(_loop("inner", _indent(_step("cab", '{"ok": True}'), 6)), 6)
)


@pytest.mark.parametrize(
    ("expr", "count"),
    [
        ("results.outer.filter((l) => !l.ok).length", 1),
        ("results.outer.some((l) => l.ok)", 1),
        ("results.outer.flat().filter((c) => !c.ok).length", 0),
        ("results.outer.map((l) => l.length)", 0),
    ],
)
def test_loop_ending_in_loop(expr: str, count: int) -> None:
    text = LOOP_OF_LOOP + _use(expr)
    row = _row(text, "expr:")
    assert [c for c in _codes(text) if c[1] == "WAC503"] == [(row, "WAC503", "error")] * count


LOOP_OF_BRANCHONE = HEAD + _loop(
    "each",
    _indent(
        _branches(
            "decide",
            "branchone",
            [_indent(_step("roast", '{"roast_id": 1, "profile": "x"}'), 10)],
        ).replace(
            "        default: []\n",
            "        default:\n" + _indent(_step("hold", '{"roast_id": None}'), 6),
        ),
        6,
    ),
)


@pytest.mark.parametrize(
    ("expr", "count"),
    [
        ("results.each.filter((r) => r.roasted_at)", 1),
        ("results.each.map((r) => r.roast_id)", 0),
        ("results.each.map((r) => r.profile)", 0),  # one branch gives it
    ],
)
def test_loop_ending_in_branchone(expr: str, count: int) -> None:
    found = [c for c in _codes(LOOP_OF_BRANCHONE + _use(expr)) if c[1] == "WAC503"]
    assert len(found) == count


BRANCHONE_OF_LOOPS = HEAD + _branches(
    "route",
    "branchone",
    [_indent(_loop("direct", _indent(_step("leg", '{"fare": 1}'), 6)), 10)],
).replace(
    "        default: []\n",
    "        default:\n" + _indent(_loop("hops", _indent(_step("hop", '{"fare": 2}'), 6)), 6),
)


@pytest.mark.parametrize(
    ("expr", "count"),
    [
        ("results.route.fare", 1),
        ("results.route.total", 1),
        ("results.route.length", 0),
        ("results.route.reduce((s, l) => s + l.fare, 0)", 0),
        ("results.route?.fare ?? 0", 0),
    ],
)
def test_branchone_ending_in_loops(expr: str, count: int) -> None:
    found = [c for c in _codes(BRANCHONE_OF_LOOPS + _use(expr)) if c[1] == "WAC503"]
    assert len(found) == count


def test_branchone_ending_in_loops_message() -> None:
    text = BRANCHONE_OF_LOOPS + _use("results.route.fare")
    assert [m for *_, m in _run(text) if "route" in m] == [
        "`results.route.fare`: the result of branchone `route` is the result of the last step "
        "of the branch it takes, and each of `direct`, `hops` gives a list (one entry per "
        "iteration or branch), which has no `fare`"
    ]


BRANCHALL_OF_LOOP = HEAD + _branches(
    "fan",
    "branchall",
    [
        _indent(_loop("many", _indent(_step("one", '{"total": 1}'), 6)), 10),
        _indent(_step("single", '{"total": 2}'), 10),
    ],
)


@pytest.mark.parametrize(
    ("expr", "count"),
    [
        ("results.fan[0].total", 1),
        ("results.fan[1].total", 0),
        ("results.fan[0][0].total", 0),
    ],
)
def test_branchall_branch_ending_in_loop(expr: str, count: int) -> None:
    found = [c for c in _codes(BRANCHALL_OF_LOOP + _use(expr)) if c[1] == "WAC503"]
    assert len(found) == count


# --- a loop's own conditions --------------------------------------------------------------

WHILE_STOP = (
    HEAD + "    - id: poll\n"
    "      value:\n"
    "        type: whileloopflow\n"
    "        skip_failures: false\n"
    "        modules:\n"
    + _indent(_step("read", '{"raw": 1}'), 6)
    + _indent(_step("log", '{"temp_c": 1, "minute": 2}'), 6)
    + "      stop_after_if:\n"
    "        expr: {stop}\n"
)


@pytest.mark.parametrize(
    ("stop", "count"),
    [
        ("result.temperature >= 1200", 1),
        ("result.raw > 3", 1),  # the first step's field: the iteration's result is the last's
        ("result.temp_c >= 1200", 0),
        ("result.temp_c >= 1200 || all_iters.length > 20", 0),
        ("result.error !== undefined", 0),
    ],
)
def test_loop_own_stop_after_if_fields(stop: str, count: int) -> None:
    text = WHILE_STOP.replace("{stop}", stop)
    row = _row(text, stop)
    assert [c for c in _codes(text) if c[1] in ("WAC503", "WAC509")] == [
        (row, "WAC503", "error")
    ] * count


def test_loop_own_stop_after_if_message() -> None:
    text = WHILE_STOP.replace("{stop}", "result.temperature >= 1200")
    assert [m for *_, m in _run(text)] == [
        "`result.temperature`: in the `stop_after_if` of loop `poll`, `result` is the result "
        "of the iteration that just ran, the result of the last step of its body, `log`, and "
        "every `return` of step `log`'s `main` gives an object with `minute`, `temp_c` and no "
        "`temperature`, so it is undefined; the condition never holds as meant"
    ]


ALL_ITERS = HEAD + _loop(
    "each",
    _indent(_step("check", '{"ready": True}'), 6),
    "      stop_after_all_iters_if:\n        expr: '{stop}'\n",
)


@pytest.mark.parametrize(
    ("stop", "found"),
    [
        ("!result.every((r) => r.is_ready)", ["WAC503"]),
        ("result[0].is_ready", ["WAC503"]),
        ("!result.every((r) => r.ready)", []),
        ("result.filter((r) => r.ready).length < 2", []),
        ("all_iters.some((r) => !r.ready)", ["WAC509"]),
    ],
)
def test_stop_after_all_iters_if_entries(stop: str, found: list[str]) -> None:
    text = ALL_ITERS.replace("{stop}", stop)
    row = _row(text, stop)
    assert _codes(text) == [(row, code, "error") for code in found]


def test_stop_after_all_iters_if_on_branchall() -> None:
    text = HEAD + _branches(
        "checks",
        "branchall",
        [
            _indent(_step("projector", '{"ready": 1}'), 10),
            _indent(_step("sound", '{"ready": 2}'), 10),
        ],
        "      stop_after_all_iters_if:\n        expr: '!result.every((c) => c.is_ready)'\n",
    )
    assert [m for *_, m in _run(text)] == [
        "`c.is_ready`: in the `stop_after_all_iters_if` of branchall `checks`, `result` is the "
        "list of the results of every branch, each the result of the last step of its branch, "
        "and none of `projector`, `sound` gives `is_ready`, so it is undefined"
    ]


# --- entries that may be errors ----------------------------------------------------------

CONTINUE_LAST = HEAD + _loop(
    "pay_each",
    _indent(_step("check", '{"iban": 1}'), 6)
    + _indent(_step("pay", '{"amount": 1}'), 6).replace(
        "          - id: pay\n", "          - id: pay\n            continue_on_error: true\n"
    ),
)


@pytest.mark.parametrize(
    ("expr", "count"),
    [
        ("results.pay_each.map((p) => p.amount)", 1),
        ("results.pay_each.reduce((s, p) => s + p.amount, 0)", 1),
        ("results.pay_each.filter((p) => !p.error).map((p) => p.amount)", 0),
        ("results.pay_each.map((p) => p?.amount ?? 0)", 0),
    ],
)
def test_continue_on_error_last_step_entries(expr: str, count: int) -> None:
    text = CONTINUE_LAST + _use(expr)
    assert _codes(text) == [(_row(text, "expr:"), "WAC503", "warning")] * count


def test_continue_on_error_last_step_message() -> None:
    text = CONTINUE_LAST + _use("results.pay_each.map((p) => p.amount)")
    assert [m for *_, m in _run(text)] == [
        "`results.pay_each.map`: `pay`, the last step of loop `pay_each`'s body, has "
        "`continue_on_error: true`, and the entry of an iteration where it failed is its error "
        "(`{error: ...}`), which has no `amount`: the `map` callback reads undefined from it; "
        "drop failed entries first (`.filter((r) => !r?.error)`)"
    ]


SKIP_FAILURE_BRANCH = HEAD + _branches(
    "sites",
    "branchall",
    [_indent(_step("central", '{"units": 1}'), 10), _indent(_step("store", '{"units": 2}'), 10)],
).replace(
    "          - summary: b1\n            skip_failure: false\n",
    "          - summary: b1\n            skip_failure: true\n",
)


@pytest.mark.parametrize(
    ("expr", "count"),
    [
        ("results.sites.map((s) => s.units)", 1),
        ("results.sites[1].units", 1),
        ("results.sites[0].units", 0),  # that branch fails the flow instead
        ("results.sites.map((s) => s.units ?? 0)", 0),
    ],
)
def test_skip_failure_branch_entries(expr: str, count: int) -> None:
    text = SKIP_FAILURE_BRANCH + _use(expr)
    found = [c for c in _codes(text) if c[1] == "WAC503"]
    assert found == [(_row(text, "expr:"), "WAC503", "warning")] * count


# --- all_iters ---------------------------------------------------------------------------

STEP_STOP = HEAD + _loop(
    "deliver",
    _indent(_step("attempt", '{"delivered": True}'), 6)
    + _indent(_step("notify", '{"delivered": True}'), 6)
    + "            stop_after_if:\n              expr: '{stop}'\n",
)


@pytest.mark.parametrize(
    ("stop", "found"),
    [
        ("result.delivered || all_iters.length >= 2", ["WAC509"]),
        ("result.delivered || flow_input.iter.index >= 2", []),
    ],
)
def test_all_iters_in_a_body_step(stop: str, found: list[str]) -> None:
    text = STEP_STOP.replace("{stop}", stop)
    assert _codes(text) == [(_row(text, stop), code, "error") for code in found]


def test_all_iters_messages() -> None:
    text = STEP_STOP.replace("{stop}", "all_iters.length >= 2")
    assert [m for *_, m in _run(text)] == [
        "`all_iters` is defined only in a loop's own `stop_after_if`, where it holds the "
        "results of the iterations so far; move the condition onto the loop, `deliver`: "
        "evaluating it throws a ReferenceError and the step fails"
    ]
    text = ALL_ITERS.replace("{stop}", "all_iters.length > 1")
    assert [m for *_, m in _run(text)] == [
        "`all_iters` is not defined in a `stop_after_all_iters_if`: Windmill gives it only to "
        "a loop's own `stop_after_if`; here `result` is already the list of every iteration's "
        "(branch's) result: evaluating it throws a ReferenceError and the step fails"
    ]


def test_all_iters_in_skip_if() -> None:
    text = (
        HEAD
        + _step("a", '{"n": 1}')
        + _step("b", '{"n": 2}').replace(
            "    - id: b\n", "    - id: b\n      skip_if:\n        expr: all_iters.length > 0\n"
        )
    )
    assert _codes(text) == [(_row(text, "all_iters"), "WAC509", "error")]


# --- result and previous_result in one condition ------------------------------------------


@pytest.mark.parametrize(
    ("stop", "count"),
    [
        ("Math.abs(result.sg - previous_result.sg) < 0.001", 1),
        ("result.count === previous_result.count", 1),
        ("result.ok && previous_result.count > 0", 0),
        ("result.ok", 0),
    ],
)
def test_result_and_previous_result(stop: str, count: int) -> None:
    text = HEAD + _step("gauge", '{"sg": 1.0, "count": 1, "ok": True}').replace(
        "      value:\n", f"      stop_after_if:\n        expr: '{stop}'\n      value:\n", 1
    )
    row = _row(text, "expr:")
    assert [c for c in _codes(text) if c[1] == "WAC507"] == [(row, "WAC507", "error")] * count


def test_result_and_previous_result_message() -> None:
    text = (
        HEAD
        + _step("a", '{"n": 1}')
        + _step("b", '{"n": 2}').replace(
            "    - id: b\n",
            "    - id: b\n      skip_if:\n        expr: previous_result.n === result.n\n",
        )
    )
    assert [m for *_, m in _run(text)] == [
        "`previous_result.n` is `result.n` here: Windmill evaluates a `skip_if` with `result` "
        "and `previous_result` bound to one value, the result of the step before it, so "
        "setting them against each other compares a value with itself and the condition does "
        "not depend on how it changed; to compare with an earlier result, let a step take it "
        "(`results.<id>`) and return the comparison"
    ]


# --- the items an iterator hands on --------------------------------------------------------

ITER = (
    HEAD
    + _step("rush", '[{"job_id": 1, "sheets": 2}]')
    + _step("queue", '[{"job_id": 3, "sheets": 4}]')
    + "    - id: run\n"
    "      value:\n"
    "        type: forloopflow\n"
    "        iterator: {type: javascript, expr: '{iterator}'}\n"
    "        skip_failures: false\n"
    "        modules:\n"
    "          - id: press\n"
    "            value:\n"
    "              type: rawscript\n"
    "              language: python3\n"
    "              content: |\n"
    "                def main(x=None):\n"
    "                    return x\n"
    "              input_transforms:\n"
    "                x: {type: javascript, expr: '{read}'}\n"
)


@pytest.mark.parametrize(
    ("iterator", "read", "count"),
    [
        ("results.rush.slice(0, 5)", "flow_input.iter.value.pages", 1),
        ("results.rush.filter((j) => j.sheets > 1)", "flow_input.iter.value.pages", 1),
        ("[...results.rush, ...results.queue]", "flow_input.iter.value.pages", 1),
        ("flow_input.all ? results.queue : results.rush", "flow_input.iter.value.pages", 1),
        ("results.rush ?? []", "flow_input.iter.value.pages", 1),
        ("results.rush.concat(results.queue)", "flow_input.iter.value.pages", 1),
        ("[...results.rush, ...results.queue]", "flow_input.iter.value.sheets", 0),
        ("results.rush.slice(0, 5)", "flow_input.iter.value.job_id", 0),
        ("[...results.rush, ...flow_input.extra]", "flow_input.iter.value.pages", 0),
        ("Array.from({ length: 3 }, (_, i) => i + 1)", "flow_input.iter.value.name", 1),
        ("Array.from({ length: 3 }, (_, i) => i + 1)", "flow_input.iter.value.toFixed(1)", 0),
        ("Array.from({ length: 3 }, (_, i) => i + 1)", "flow_input.iter.value", 0),
        ("Array.from(results.rush, (j) => ({ id: j.job_id }))", "flow_input.iter.value.job_id", 1),
        ("Array.from(results.rush, (j) => ({ id: j.job_id }))", "flow_input.iter.value.id", 0),
        ("results.rush.map((j, i) => i * 10)", "flow_input.iter.value.sheets", 1),
        ("results.rush.map((j) => j.sheets)", "flow_input.iter.value", 0),
    ],
)
def test_iterator_items(iterator: str, read: str, count: int) -> None:
    text = ITER.replace("{iterator}", iterator).replace("{read}", read)
    row = _row(text, read)
    assert [c for c in _codes(text) if c[1] == "WAC503"] == [(row, "WAC503", "error")] * count


def test_iterator_over_a_loops_result() -> None:
    text = (
        HEAD
        + _loop("pages", _indent(_step("page", '{"items": [], "next_cursor": None}'), 6))
        + ITER.split("    - id: run\n", 1)[1].join(["    - id: run\n", ""])
    )
    for iterator, count in (
        ("results.pages.flat()", 1),
        ("results.pages", 1),
        ("results.pages.flatMap((p) => p.items)", 0),
    ):
        found = _codes(
            text.replace("{iterator}", iterator).replace("{read}", "flow_input.iter.value.sku")
        )
        assert [c[1] for c in found] == ["WAC503"] * count, iterator


def test_loop_ending_in_an_identity_step() -> None:
    # the identity step completes with the result of the step before it
    identity = "          - id: pass_on\n            value: {type: identity}\n"
    body = _indent(_step("weigh", '{"kg": 1}'), 6) + identity
    for expr, count in (
        ("results.each.map((r) => r.weight)", 1),
        ("results.each.map((r) => r.kg)", 0),
    ):
        text = HEAD + _loop("each", body) + _use(expr)
        found = [c for c in _codes(text) if c[1] == "WAC503"]
        assert found == [(_row(text, "expr:"), "WAC503", "error")] * count, expr
