"""Red team AE (aep): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/ae_py_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def run(code: str, *codes: str) -> list[tuple[int, str, str, str]]:
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code, f.severity, f.message) for f in result.findings]


def rows(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _, _ in run(code, *codes)]


HEAD = (
    "from wmill import task, task_flow, task_script, step, workflow\n"
    "@task()\n"
    "async def t(x: str) -> str:\n"
    "    return x\n"
)


# ---- WAC203: a `raise` that leaves a `finally` -----------------------------------------


def test_a_raise_leaving_a_finally_replaces_the_suspension() -> None:
    code = (
        HEAD + "class Incomplete(Exception):\n    pass\n"
        "@workflow\n"
        "async def main(xs: list[str]):\n"
        "    done = []\n"
        "    try:\n"
        "        for x in xs:\n"
        "            done.append(await t(x))\n"
        "    finally:\n"
        "        if len(done) != len(xs):\n"
        "            raise Incomplete(len(done))\n"  # 15
        "    return done\n"
    )
    found = run(code, "WAC203")
    assert [(r, c) for r, c, _, _ in found] == [(15, "WAC203")]
    assert "its exception replaces the suspension" in found[0][3]


def test_a_raise_the_finally_catches_itself_or_in_a_nested_function_is_fine() -> None:
    code = (
        HEAD + "@workflow\n"
        "async def main(xs: list[str]):\n"
        "    try:\n"
        "        r = await t(xs[0])\n"
        "    finally:\n"
        "        try:\n"
        "            raise ValueError('x')\n"
        "        except ValueError:\n"
        "            raise\n"
        "        def later():\n"
        "            raise RuntimeError('never here')\n"
        "        print('done')\n"
        "    return r\n"
    )
    assert rows(code, "WAC203") == []


def test_a_raise_in_a_finally_around_no_durable_call_is_fine() -> None:
    code = (
        HEAD + "@workflow\n"
        "async def main(xs: list[str]):\n"
        "    try:\n"
        "        n = len(xs)\n"
        "    finally:\n"
        "        if not xs:\n"
        "            raise ValueError('empty')\n"
        "    return await t(str(n))\n"
    )
    assert rows(code, "WAC203") == []


def test_a_raise_in_a_helpers_finally_is_reported_at_the_bodys_call() -> None:
    code = (
        HEAD + "async def guarded(x: str) -> str:\n"
        "    ok = False\n"
        "    try:\n"
        "        r = await t(x)\n"
        "        ok = True\n"
        "        return r\n"
        "    finally:\n"
        "        if not ok:\n"
        "            raise RuntimeError(x)\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    return await guarded(x)\n"  # 16
    )
    found = run(code, "WAC203")
    assert [(r, c) for r, c, _, _ in found] == [(16, "WAC203")]
    assert "`guarded`" in found[0][3] and "replaces the suspension" in found[0][3]


# ---- WAC203: a task registered on an exit stack through a partial or a lambda ----------


STACK = (
    "import contextlib\nimport functools\n" + HEAD + "@task()\n"
    "async def release(x: str) -> None:\n"
    "    pass\n"
    "@workflow\n"
    "async def main(x: str):\n"
    "    async with contextlib.AsyncExitStack() as stack:\n"
    "        {register}\n"  # 13
    "        await t(x)\n"
)


def test_a_task_registered_through_a_partial_or_a_lambda() -> None:
    for register in (
        "stack.push_async_callback(functools.partial(release, x))",
        "stack.push_async_callback(lambda: release(x))",
        "stack.push_async_callback(release, x)",
    ):
        code = STACK.replace("{register}", register)
        assert rows(code, "WAC203", "WAC106") == [(13, "WAC203")], register


def test_a_partial_of_a_plain_function_on_the_stack_is_fine() -> None:
    code = STACK.replace("{register}", "stack.push_async_callback(functools.partial(print, x))")
    assert rows(code, "WAC203", "WAC106") == []


# ---- WAC201: a guard that lets `_StepSuspend` through but not `_StepFailure` ------------


GUARD = (
    HEAD + "@workflow\n"
    "async def main(x: str):\n"
    "    try:\n"
    "        return await t(x)\n"
    "    except BaseException as e:\n"  # 9
    "        if {test}:\n"
    "            raise\n"
    "        return None\n"
)


def test_a_guard_true_for_the_suspension_only_swallows_the_step_failure() -> None:
    for test in (
        "'Suspend' in type(e).__name__",
        "type(e).__name__ == '_StepSuspend'",
        "isinstance(e, _StepSuspend)",
    ):
        found = run(GUARD.replace("{test}", test), "WAC201")
        assert [(r, c) for r, c, _, _ in found] == [(9, "WAC201")], test
        assert "but not `_StepFailure`" in found[0][3], test


def test_guards_true_for_both_signals_are_fine() -> None:
    for test in (
        "not isinstance(e, Exception)",
        "type(e).__module__.startswith('wmill')",
        "type(e).__name__ in ('_StepSuspend', '_StepFailure')",
        "'_Step' in type(e).__name__",
    ):
        assert rows(GUARD.replace("{test}", test), "WAC201") == [], test


def test_an_unconditional_reraise_is_fine() -> None:
    code = GUARD.replace(
        "        if {test}:\n            raise\n        return None\n", "        raise\n"
    )
    assert rows(code, "WAC201") == []


def test_a_suspension_only_guard_in_a_decorator_above_a_task() -> None:
    code = (
        "import functools\n" + HEAD + "def quiet(fn):\n"
        "    @functools.wraps(fn)\n"
        "    async def wrapper(*a, **k):\n"
        "        try:\n"
        "            return await fn(*a, **k)\n"
        "        except BaseException as e:\n"
        "            if 'Suspend' in type(e).__name__:\n"
        "                raise\n"
        "            return None\n"
        "    return wrapper\n"
        "@quiet\n"
        "@task()\n"
        "async def u(x: str) -> str:\n"
        "    return x\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    return await u(x)\n"  # 22
    )
    found = run(code, "WAC201")
    assert [(r, c) for r, c, _, _ in found] == [(22, "WAC201")]
    assert "`_StepFailure`" in found[0][3]


# ---- WAC107: a NamedTuple given to another script or flow -------------------------------


NAMED = (
    "from typing import NamedTuple\n" + HEAD + "class Plan(NamedTuple):\n"
    "    drone: str\n"
    "    altitude: int\n"
    "fly = task_flow('f/x/fly')\n"
    "def plan_for(d: str) -> Plan:\n"
    "    return Plan(d, 3)\n"
    "def plan_loose(d: str):\n"
    "    return Plan(drone=d, altitude=3)\n"
    "@workflow\n"
    "async def main(d: str):\n"
)


def test_a_named_tuple_sent_to_a_flow() -> None:
    code = NAMED + (
        "    a = Plan(d, 1)\n"  # 16
        "    await fly(plan=a)\n"  # 17
        "    await fly(plan=plan_for(d))\n"  # 18
        "    b = plan_loose(d)\n"
        "    await fly(plan=b)\n"  # 20
    )
    found = run(code, "WAC107")
    assert [(r, c) for r, c, _, _ in found] == [(17, "WAC107"), (18, "WAC107"), (20, "WAC107")]
    assert "`altitude`, `drone`" in found[0][3]


def test_containers_of_named_tuples_sent_to_a_flow() -> None:
    code = NAMED + (
        "    legs = [Plan(x, 1) for x in d.split()]\n"
        "    await fly(legs=legs)\n"  # 17
        "    await fly(first=legs[0])\n"  # 18
        "    await fly(by_name={'a': Plan(d, 2)})\n"  # 19
        "    await fly(pairs=[(x, 1) for x in d.split()])\n"
    )
    found = run(code, "WAC107")
    assert [(r, c) for r, c, _, _ in found] == [(17, "WAC107"), (18, "WAC107"), (19, "WAC107")]
    assert "`legs` holds `NamedTuple`s" in found[0][3]
    assert "`legs[0]` is a `NamedTuple`" in found[1][3]


def test_a_named_tuple_as_a_dict_or_to_a_task_of_the_file_is_fine() -> None:
    code = NAMED + (
        "    a = Plan(d, 1)\n"
        "    await fly(plan=a._asdict())\n"
        "    await t(a)\n"
        "    await fly(drone=a.drone, altitude=a.altitude)\n"
    )
    assert rows(code, "WAC107") == []


# ---- WAC107: `bytes` / `datetime` inputs of `main` ---------------------------------------


INPUTS = (
    "from datetime import date, datetime\n"
    "from typing import Optional\n" + HEAD + "ts = task_script('f/x/ts')\n"
    "@workflow\n"
    "async def main(clip: bytes, since: Optional[datetime], day: date, note: str, "
    "blob: bytes | None = None):\n"
)


def test_converted_inputs_of_main_sent_to_a_script_or_returned_by_a_step() -> None:
    code = INPUTS + (
        "    await ts(clip=clip)\n"  # 10
        "    await ts(head=clip[:16])\n"  # 11
        "    await ts(since=since)\n"  # 12
        "    await ts(blob=blob)\n"  # 13
        "    return await step('s', lambda: since)\n"  # 14
    )
    found = run(code, "WAC107")
    assert [(r, c) for r, c, _, _ in found] == [
        (10, "WAC107"),
        (11, "WAC107"),
        (12, "WAC107"),
        (13, "WAC107"),
        (14, "WAC107"),
    ]
    assert "which Windmill decodes from base64" in found[0][3]
    assert "`datetime.fromisoformat`" in found[2][3]


def test_inputs_windmill_does_not_convert_or_sent_as_json_values_are_fine() -> None:
    code = INPUTS + (
        "    await ts(day=day)\n"  # a `date` input stays the string it was sent as
        "    await ts(note=note)\n"
        "    await ts(since=since.isoformat() if since else None)\n"
        "    await t(clip)\n"  # a task of the file gets the live object
        "    clip = clip.decode()\n"
        "    await ts(clip=clip)\n"
    )
    assert rows(code, "WAC107") == []


def test_a_parameter_of_a_helper_is_not_an_input() -> None:
    code = (
        HEAD + "ts = task_script('f/x/ts')\n"
        "async def send(clip: bytes):\n"
        "    return clip\n"
        "@workflow\n"
        "async def main(note: str):\n"
        "    return await ts(note=await send(note.encode('utf-8').hex()))\n"
    )
    assert rows(code, "WAC107") == []


# ---- WAC902: keyword-only parameters of `main` -------------------------------------------


def test_keyword_only_parameters_of_main() -> None:
    code = (
        HEAD + "@workflow\n"
        "async def main(x: str, *, dry_run: bool = False, region: str):\n"  # 6
        "    return await t(x)\n"
    )
    found = run(code, "WAC902")
    assert [(r, c, s) for r, c, s, _ in found] == [
        (6, "WAC902", "warning"),
        (6, "WAC902", "error"),
    ]
    assert "`dry_run` always takes its default" in found[0][3]
    assert "every run fails with a `TypeError`" in found[1][3]


def test_parameters_after_star_args_and_before_the_separator() -> None:
    code = (
        HEAD + "@workflow\n"
        "async def main(x: str, y: int = 1, *rest: str, z: int = 2):\n"
        "    return await t(x)\n"
    )
    found = run(code, "WAC902")
    assert [(r, c) for r, c, _, _ in found] == [(6, "WAC902")]
    assert "`z` is a keyword-only parameter of `main` (after `*rest`)" in found[0][3]


def test_keyword_only_parameters_beside_kwargs_are_passed() -> None:
    # the worker's Python wrapper: with `**kwargs` in the signature, `args = kwargs`
    # (every argument sent), so a keyword-only parameter does receive its value
    code = (
        HEAD + "@workflow\nasync def main(x: str, *, z: int = 2, **extra):\n    return await t(x)\n"
    )
    assert rows(code, "WAC902") == []
    plain = HEAD + "@workflow\nasync def main(x: str, y: int = 1):\n    return await t(x)\n"
    assert rows(plain, "WAC902") == []
