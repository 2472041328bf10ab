"""Red team W (wp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/w_py_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code) for f in result.findings]


HEAD = (
    "from wmill import task, workflow\n\n"
    "@task()\nasync def drain(host: str) -> str:\n    return host\n\n"
)


def test_sorting_a_set_by_a_key_that_ties_keeps_the_salted_order() -> None:
    # `sorted` is stable: hosts of equal length stay in the set's order, which str
    # hashing salts per process. A key that also compares the item is a total order.
    code = HEAD + (
        "@workflow\nasync def main(hosts: list[str], load: dict):\n"
        "    for h in sorted(set(hosts), key=len):\n"  # 9
        "        await drain(h)\n"
        "    for h in sorted(set(hosts), key=lambda x: load[x]):\n"  # 11
        "        await drain(h)\n"
        "    for h in sorted(set(hosts), key=lambda x: (len(x), x)):\n"
        "        await drain(h)\n"
        "    for h in sorted(set(hosts), key=str.lower):\n"
        "        await drain(h)\n"
        "    for h in sorted(set(hosts)):\n"
        "        await drain(h)\n"
        "    for n in sorted({1, 2, 3}, key=lambda x: x % 2):\n"
        "        await drain(str(n))\n"
    )
    assert findings(code, "WAC105") == [(9, "WAC105"), (11, "WAC105")]


def test_set_algebra_on_keys_views_is_a_set() -> None:
    code = HEAD + (
        "@workflow\nasync def main(a: dict, b: dict):\n"
        "    for k in a.keys() & b.keys():\n"  # 9
        "        await drain(k)\n"
        "    for k in a.keys() - b.keys():\n"  # 11
        "        await drain(k)\n"
        "    for k in a.keys():\n"
        "        if k in b.keys():\n"
        "            await drain(k)\n"
        "    for k in sorted(a.keys() ^ b.keys()):\n"
        "        await drain(k)\n"
    )
    assert findings(code, "WAC105") == [(9, "WAC105"), (11, "WAC105")]


def test_first_items_of_a_set_by_index_or_unpacking_feeding_a_task() -> None:
    code = HEAD + (
        "@workflow\nasync def main(nodes: list[str]):\n"
        "    pool = set(nodes)\n"
        "    first = list(pool)[0]\n"  # 10
        "    await drain(first)\n"
        "    primary, *rest = {n.lower() for n in nodes}\n"  # 12
        "    await drain(primary)\n"
        "    last = tuple(pool)[-1]\n"  # 14
        "    await drain(last)\n"
        "    a, b = sorted(pool)[:2]\n"
        "    await drain(a)\n"
        "    unused, *others = pool\n"
        "    print(unused)\n"
        "    low = min(pool)\n"
        "    await drain(low)\n"
    )
    assert findings(code, "WAC105") == [(10, "WAC105"), (12, "WAC105"), (14, "WAC105")]


def test_a_partial_of_a_task_called_as_a_statement_is_a_dropped_task_call() -> None:
    code = (
        "import asyncio\n"
        "from functools import partial\n"
        "import functools\n"
        "from wmill import task, workflow\n\n"
        "@task()\nasync def notify(user: str, channel: str) -> str:\n    return user\n\n"
        "email = functools.partial(notify, channel='email')\n\n"
        "@workflow\nasync def main(users: list[str]):\n"
        "    sms = partial(notify, channel='sms')\n"
        "    for u in users:\n"
        "        sms(u)\n"  # 16
        "    email(users[0])\n"  # 17
        "    await asyncio.gather(*(email(u) for u in users))\n"
        "    await sms(users[0])\n"
        "    later = partial(print, 'x')\n"
        "    later()\n"
    )
    assert findings(code, "WAC106", "WAC402", "WAC301") == [(16, "WAC106"), (17, "WAC106")]
