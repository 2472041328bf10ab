"""Red team AF (afp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/af_py_*`)."""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


@cache
def run(code: str, *codes: str) -> tuple[tuple[int, str, str], ...]:
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, f.message) for f in result.findings)


def rows(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code, *codes)]


HEAD = (
    "import asyncio\n"
    "import httpx\n"
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def t(x: str) -> dict:\n"
    "    return {'x': x}\n"
)


# ---- WAC201: asyncio.wait over a name rebound from its own result ----------------------

WAIT_LOOP = (
    HEAD + "FIRST = asyncio.FIRST_COMPLETED\n"
    "@workflow\n"
    "async def main(xs: list[str]):\n"
    "    pending = {asyncio.ensure_future(t(x)) for x in xs}\n"
    "    while pending:\n"
    "        done, pending = await asyncio.wait(pending, return_when=FIRST)\n"  # 12
    "    return 1\n"
)


def test_asyncio_wait_over_futures_rebound_in_a_loop_is_reported() -> None:
    assert (12, "WAC201") in rows(WAIT_LOOP, "WAC201")


def test_asyncio_wait_over_a_rebound_name_that_never_held_tasks_is_fine() -> None:
    code = (
        HEAD + "async def probe(u: str) -> int:\n"
        "    return len(u)\n"
        "@workflow\n"
        "async def main(xs: list[str]):\n"
        "    pending = {asyncio.ensure_future(probe(x)) for x in xs}\n"
        "    while pending:\n"
        "        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)\n"
        "    return await t('done')\n"
    )
    assert rows(code, "WAC201") == []


def test_a_name_rebound_elsewhere_is_not_followed_to_its_other_values() -> None:
    # `jobs` read in `asyncio.wait(jobs)` is not rebound from its own value: only its
    # last (plain) value is what the read holds
    code = (
        HEAD + "@workflow\n"
        "async def main(xs: list[str]):\n"
        "    jobs = [t(x) for x in xs]\n"
        "    got = await asyncio.gather(*jobs)\n"
        "    jobs = [asyncio.sleep(0)]\n"
        "    done, _ = await asyncio.wait(jobs)\n"
        "    return got\n"
    )
    assert rows(code, "WAC201") == []


# ---- WAC101: methods of instances held in a dict / list / tuple literal ----------------

CATALOG = (
    HEAD + "class Ds:\n"
    "    def __init__(self, key: str):\n"
    "        self.key = key\n"
    "    def load(self) -> dict:\n"
    "        return httpx.get(self.key).json()\n"
    "class Pure:\n"
    "    def load(self) -> dict:\n"
    "        return {}\n"
    "CATALOG = {'a': Ds('x'), 'b': Ds('y'), 'p': Pure()}\n"  # 15
    "PAIR = (Ds('x'), Pure())\n"
    "SAME = {'a': Ds('x'), 'b': Ds('y')}\n"
    "@workflow\n"
    "async def main(name: str):\n"
    "    a = CATALOG['a'].load()\n"  # 20
    "    b = PAIR[0].load()\n"
    "    c = CATALOG.get('b').load()\n"
    "    d = SAME[name].load()\n"
    "    e = CATALOG['p'].load()\n"  # 24: pure
    "    f = PAIR[1].load()\n"  # pure
    "    g = CATALOG[name].load()\n"  # two classes: not known
    "    return await t(str([a, b, c, d, e, f, g]))\n"
)


def test_methods_of_instances_read_from_a_literal_are_followed() -> None:
    assert rows(CATALOG, "WAC101") == [(n, "WAC101") for n in (20, 21, 22, 23)]


def test_the_message_names_the_chain_through_the_class() -> None:
    message = run(CATALOG, "WAC101")[0][2]
    assert "(reached through `main → Ds.load → httpx.get`)" in message


def test_a_literal_with_a_splat_is_not_read() -> None:
    code = (
        HEAD + "class Ds:\n"
        "    def load(self) -> dict:\n"
        "        return httpx.get('u').json()\n"
        "BASE = {}\n"
        "CATALOG = {**BASE, 'a': Ds()}\n"
        "@workflow\n"
        "async def main(name: str):\n"
        "    return await t(str(CATALOG[name].load()))\n"
    )
    assert rows(code, "WAC101") == []


ELEMENTS = (
    HEAD + "class Ds:\n"
    "    def load(self) -> dict:\n"
    "        return httpx.get('u').json()\n"
    "class Pure:\n"
    "    def load(self) -> dict:\n"
    "        return {}\n"
    "CATALOG = {'a': Ds(), 'b': Ds()}\n"  # 13
    "ITEMS = [Ds(), Ds()]\n"
    "MIXED = [Ds(), Pure()]\n"
    "@workflow\n"
    "async def main(name: str):\n"
    "    ds = CATALOG['a']\n"
    "    ds.load()\n"  # 19
    "    picked = CATALOG.get(name)\n"
    "    picked.load()\n"  # 21
    "    for d in CATALOG.values():\n"
    "        d.load()\n"  # 23
    "    for d in ITEMS:\n"
    "        d.load()\n"  # 25
    "    for d in (Pure(), Ds()):\n"
    "        d.load()\n"  # 27: two classes: the method of each (Ds.load fetches)
    "    for d in MIXED:\n"
    "        d.load()\n"  # 29: the same through a module literal
    "    for d in (Ds(), Ds()):\n"
    "        d.load()\n"  # 31
    "    for k in CATALOG:\n"
    "        print(k.upper())\n"
    "    return await t(name)\n"
)


def test_names_bound_to_elements_of_a_literal_and_loop_variables_over_one() -> None:
    assert rows(ELEMENTS, "WAC101") == [(n, "WAC101") for n in (19, 21, 23, 25, 27, 29, 31)]


def test_comments_inside_the_literal_are_not_elements() -> None:
    code = (
        HEAD + "class Ds:\n"
        "    def load(self) -> dict:\n"
        "        return httpx.get('u').json()\n"
        "SINKS = [\n"
        "    # the primary sink\n"
        "    Ds(),\n"
        "]\n"
        "@workflow\n"
        "async def main(name: str):\n"
        "    for s in SINKS:\n"
        "        s.load()\n"  # 17
        "    return await t(name)\n"
    )
    assert rows(code, "WAC101") == [(17, "WAC101")]


def test_asyncio_wait_over_a_set_filled_with_tasks_then_rebound_is_reported() -> None:
    code = (
        HEAD + "@workflow\n"
        "async def main(xs: list[str]):\n"
        "    pending = set()\n"
        "    for x in xs:\n"
        "        pending.add(asyncio.create_task(t(x)))\n"
        "    while pending:\n"
        "        done, pending = await asyncio.wait(pending, timeout=5)\n"  # 13
        "    return 1\n"
    )
    assert rows(code, "WAC201") == [(13, "WAC201")]


# ---- WAC107: tuples compared with parts of a result, and `in` a tuple of tuples --------

TUPLES = (
    "from wmill import task, workflow\n"
    "NO_FIX = (0.0, 0.0)\n"
    "@task()\n"
    "async def locate(e: str) -> dict:\n"
    "    return {'fix': (1.0, 2.0), 'pair': [(1, 2)]}\n"
    "@workflow\n"
    "async def main(e: str, want: tuple[int, int]):\n"
    "    r = await locate(e)\n"
    "    a = r['fix'] == NO_FIX\n"  # 9
    "    b = r['pair'][0] != (1, 2)\n"  # 10
    "    c = r['fix'] in (NO_FIX, (1.0, 2.0))\n"  # 11
    "    d = r['fix'] not in [NO_FIX]\n"  # 12
    "    f = want == (1, 2)\n"  # an input: a list too, but no checkpointed result
    "    g = r['fix'] in (NO_FIX, None)\n"  # None may be there
    "    h = tuple(r['fix']) == NO_FIX\n"  # converted: fine
    "    return [a, b, c, d, f, g, h]\n"
)


def test_parts_of_a_result_compared_with_tuples_are_dead_checks() -> None:
    assert rows(TUPLES, "WAC107") == [(n, "WAC107") for n in (9, 10, 11, 12)]


def test_the_messages_name_the_part_and_its_result() -> None:
    messages = {row: message for row, _, message in run(TUPLES, "WAC107")}
    assert messages[9] == (
        "`r['fix'] == NO_FIX` is never true: `r['fix']` is taken from `r`, a checkpointed "
        "result, which comes back from JSON with its tuples as lists, and a list never "
        "equals a tuple"
    )
    assert messages[12] == (
        "`r['fix'] not in [NO_FIX]` is always true: `r['fix']` is taken from `r`, a "
        "checkpointed result, which comes back from JSON with its tuples as lists, and a "
        "list never equals any of these tuples"
    )
