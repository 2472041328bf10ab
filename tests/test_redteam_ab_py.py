"""Red team AB (abp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/ab_py_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def run(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code, f.message) for f in result.findings]


INT_SET = (
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def open_batches(b: str) -> {returns}:\n"
    "    return [2611, 2614, 2611]\n"
    "@task()\n"
    "async def close_batch(n: int) -> dict:\n"
    '    return {{"n": n}}\n'
    "@workflow\n"
    "async def main(b: str, extra: {param}):\n"
    "    numbers = await open_batches(b)\n"
    "    for n in set(numbers):\n"
    "        await close_batch(n)\n"
    "    for n in {{x for x in extra}}:\n"
    "        await close_batch(n)\n"
)


def test_set_of_ints_declared_by_a_task_or_a_parameter_keeps_its_order() -> None:
    # `hash(n) == n`: a set of ints iterates the same way in every round's process
    code = INT_SET.format(returns="list[int]", param="list[int]")
    assert run(code, "WAC105") == []


def test_set_of_strs_declared_by_a_task_or_a_parameter_is_still_reported() -> None:
    code = INT_SET.format(returns="list[str]", param="list[str]")
    assert [(row, rule) for row, rule, _ in run(code, "WAC105")] == [
        (11, "WAC105"),
        (13, "WAC105"),
    ]


def test_itertools_slices_of_a_set_keep_its_order() -> None:
    code = (
        "import itertools\n"
        "from itertools import takewhile\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def calibrate(s: str) -> bool:\n"
        "    return True\n"
        "@workflow\n"
        "async def main(stations: list[str]):\n"
        "    for s in itertools.islice(set(stations), 2):\n"
        "        await calibrate(s)\n"
        "    for s in takewhile(str.isalpha, set(stations)):\n"
        "        await calibrate(s)\n"
        "    for batch in itertools.batched(set(stations), 2):\n"
        "        await calibrate(batch[0])\n"
        "    for s in itertools.islice(sorted(set(stations)), 2):\n"
        "        await calibrate(s)\n"
    )
    assert [(row, rule) for row, rule, _ in run(code, "WAC105")] == [
        (9, "WAC105"),
        (11, "WAC105"),
        (13, "WAC105"),
    ]


MODULE_IO = (
    "import sqlite3\n"
    "from pathlib import Path\n"
    "from wmill import task, workflow\n"
    'CONFIG = open("/etc/app.json").read()\n'
    'with open("/tmp/imports.log", "a") as fh:\n'
    '    fh.write("loaded\\n")\n'
    'Path("/tmp/state.json").write_text("{}")\n'
    'Path("/tmp/cache").mkdir(exist_ok=True)\n'
    'DB = sqlite3.connect("/tmp/audit.db")\n'
    'DB.execute("CREATE TABLE IF NOT EXISTS draws (term TEXT)")\n'
    "@task()\n"
    "async def t(x: str) -> str:\n"
    "    return x\n"
    "@workflow\n"
    "async def main(x: str):\n"
    "    return await t(x)\n"
)


def test_module_level_file_writes_and_client_methods_run_every_round() -> None:
    found = run(MODULE_IO, "WAC101")
    assert [(row, rule) for row, rule, _ in found] == [
        (5, "WAC101"),
        (7, "WAC101"),
        (10, "WAC101"),
    ]
    assert all("at module level" in message for _, _, message in found)
    assert "touches the file system" in found[0][2]
    assert "talks to a database" in found[2][2]


def test_task_given_to_filter_or_as_a_sort_key_is_never_awaited() -> None:
    # wmill 1.850.0: the task call queues its step (`_next_step`) and returns a
    # coroutine, which `filter` reads as a truthy test and `sorted` as a key
    code = (
        "import asyncio\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def is_hot(r: dict) -> bool:\n"
        '    return r["rh"] < 15\n'
        "@workflow\n"
        "async def main(readings: list[dict]):\n"
        "    hot = list(filter(is_hot, readings))\n"
        "    worst = sorted(readings, key=is_hot)\n"
        "    lazy = filter(is_hot, readings)\n"
        "    flags = await asyncio.gather(*map(is_hot, readings))\n"
        "    kept = [r for r, f in zip(readings, flags) if f]\n"
        "    return hot, worst, kept, lazy is None\n"
    )
    found = run(code, "WAC106")
    assert [(row, rule) for row, rule, _ in found] == [(8, "WAC106"), (9, "WAC106")]
    assert "always truthy" in found[0][2] and "Promise" not in found[0][2]
    assert "sort key" in found[1][2]


def test_typescript_task_given_to_filter_by_reference_is_never_awaited() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const isHot = task(async (r: { rh: number }): Promise<boolean> => r.rh < 15);\n"
        "export const main = workflow(async (readings: { rh: number }[]) => {\n"
        "  const hot = readings.filter(isHot);\n"
        "  const flags = await Promise.all(readings.map(isHot));\n"
        "  return { hot, ok: readings.filter((_, i) => flags[i]) };\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC106"])
    assert [(f.row, f.code) for f in result.findings] == [(4, "WAC106")]


ADDRESS_NAME = (
    "from wmill import step, workflow\n"
    "class Vessel{base_body}\n"
    "class Keg(Vessel):\n"
    "    def __init__(self, code: str):\n"
    "        self.code = code\n"
    "@workflow\n"
    "async def main(codes: list[str]):\n"
    "    for keg in [Keg(c) for c in codes]:\n"
    '        await step(f"plan-{{keg}}", lambda: 1)\n'
)


def test_step_name_printing_a_plain_subclass_of_a_plain_class_holds_an_address() -> None:
    code = ADDRESS_NAME.format(base_body=":\n    pass")
    found = run(code, "WAC103")
    assert [(row, rule) for row, rule, _ in found] == [(code.count("\n"), "WAC103")]
    assert "<Keg object at 0x...>" in found[0][2] and "stable" not in found[0][2]


def test_step_name_printing_a_subclass_of_a_class_with_repr_is_stable() -> None:
    base = ":\n    def __repr__(self) -> str:\n        return 'vessel'"
    code = ADDRESS_NAME.format(base_body=base)
    found = run(code, "WAC103")
    assert [(row, rule) for row, rule, _ in found] == [(code.count("\n"), "WAC103")]
    assert "stable across replays" in found[0][2]


def test_stored_task_coroutines_only_tested_through_zip_are_never_awaited() -> None:
    code = (
        "import asyncio\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def credit_hours(s: str) -> int:\n"
        "    return 15\n"
        "@workflow\n"
        "async def main(students: list[str]):\n"
        "    loads = [credit_hours(s) for s in students]\n"
        "    heavy = [s for s, hours in zip(students, loads) if hours]\n"
        "    jobs = [credit_hours(s) for s in students]\n"
        "    for i, job in enumerate(jobs):\n"
        "        print(i, await job)\n"
        "    pending = [credit_hours(s) for s in students]\n"
        "    done = [await p for p in pending]\n"
        "    return heavy, done\n"
    )
    assert [(row, rule) for row, rule, _ in run(code, "WAC106")] == [(8, "WAC106")]


def test_task_call_in_a_comprehension_condition_is_never_awaited() -> None:
    code = (
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def eligible(s: str) -> bool:\n"
        "    return True\n"
        "@workflow\n"
        "async def main(students: list[str]):\n"
        "    chosen = [s for s in students if eligible(s)]\n"
        "    kept = [s for s in students if await eligible(s)]\n"
        "    return chosen, kept\n"
    )
    assert [(row, rule) for row, rule, _ in run(code, "WAC106")] == [(7, "WAC106")]


def test_task_coroutines_read_by_all_any_sum_are_never_awaited() -> None:
    code = (
        "import asyncio\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def check(x: str) -> bool:\n"
        "    return True\n"
        "@workflow\n"
        "async def main(items: list[str]):\n"
        "    ready = all([check(x) for x in items])\n"
        "    some = any(map(check, items))\n"
        "    fine = all(await asyncio.gather(*map(check, items)))\n"
        "    return ready, some, fine\n"
    )
    assert [(row, rule) for row, rule, _ in run(code, "WAC106")] == [
        (8, "WAC106"),
        (9, "WAC106"),
    ]


def test_sets_grown_by_augmented_assignment_or_grouped_in_a_defaultdict() -> None:
    code = (
        "from collections import defaultdict\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def scan(r: str) -> list[str]:\n"
        "    return [r]\n"
        "@workflow\n"
        "async def main(regions: list[str]):\n"
        "    acc = set()\n"
        "    for r in regions:\n"
        "        acc |= set(await scan(r))\n"
        "    for t in acc:\n"
        "        await scan(t)\n"
        "    groups = defaultdict(set)\n"
        "    for r in regions:\n"
        "        groups[r[:2]].add(r)\n"
        "    for prefix, members in groups.items():\n"
        "        for r in members:\n"
        "            await scan(r)\n"
        "    for prefix in sorted(groups):\n"
        "        for r in groups[prefix]:\n"
        "            await scan(r)\n"
        "        for r in sorted(groups[prefix]):\n"
        "            await scan(r)\n"
        "    lists = defaultdict(list)\n"
        "    for r in regions:\n"
        "        lists[r[:2]].append(r)\n"
        "    for prefix, names in lists.items():\n"
        "        for r in names:\n"
        "            await scan(r)\n"
    )
    assert [(row, rule) for row, rule, _ in run(code, "WAC105")] == [
        (11, "WAC105"),
        (17, "WAC105"),
        (20, "WAC105"),
    ]


def test_combinations_and_products_of_a_set_keep_its_order() -> None:
    code = (
        "import itertools\n"
        "from itertools import combinations\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def compare(a: str, b: str) -> float:\n"
        "    return 0.5\n"
        "@workflow\n"
        "async def main(teams: list[str], venues: list[str]):\n"
        "    for a, b in combinations(set(teams), 2):\n"
        "        await compare(a, b)\n"
        "    for a, b in itertools.product(venues, set(teams)):\n"
        "        await compare(a, b)\n"
        "    for a, b in itertools.permutations(sorted(set(teams)), 2):\n"
        "        await compare(a, b)\n"
    )
    assert [(row, rule) for row, rule, _ in run(code, "WAC105")] == [
        (9, "WAC105"),
        (11, "WAC105"),
    ]


def test_generator_expressions_of_task_calls_consumed_by_builtins() -> None:
    # a generator expression holding `await` is an async generator: `sum` / `any` / a
    # `for` loop raise `TypeError: 'async_generator' object is not iterable`
    code = (
        "import asyncio\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def credits(s: str) -> int:\n"
        "    return 3\n"
        "@workflow\n"
        "async def main(students: list[str]):\n"
        "    total = sum(await credits(s) for s in students)\n"
        "    pending = list(credits(s) for s in students)\n"
        "    fine = sum([await credits(s) for s in students])\n"
        "    listed = tuple(credits(s) for s in students)\n"
        "    done = await asyncio.gather(*listed)\n"
        "    async for c in (await credits(s) for s in students):\n"
        "        print(c)\n"
        "    return total, len(pending), fine, done\n"
    )
    found = run(code, "WAC106")
    assert [(row, rule) for row, rule, _ in found] == [(8, "WAC106"), (9, "WAC106")]
    assert "async generator" in found[0][2] and "`sum` cannot iterate it" in found[0][2]


def test_lazy_generator_of_task_calls_never_iterated_calls_nothing() -> None:
    code = (
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def t(x: str) -> int:\n"
        "    return 1\n"
        "@workflow\n"
        "async def main(xs: list[str]):\n"
        "    lazy = (t(x) for x in xs)\n"
        "    mapped = map(t, xs)\n"
        "    kept = [t(x) for x in xs]\n"
        "    return len(kept)\n"
    )
    found = run(code, "WAC106")
    assert [(row, rule) for row, rule, _ in found] == [(7, "WAC106"), (8, "WAC106"), (9, "WAC106")]
    assert "generator expression that is never iterated" in found[0][2]
    assert "a `map(...)` that is never iterated" in found[1][2]
    assert "still dispatches" in found[2][2]


SEEDED = (
    "import random\n"
    "import time\n"
    "from wmill import task, workflow\n"
    "random.seed({seed})\n"
    "@task()\n"
    "async def assign(s: str) -> dict:\n"
    "    return {{}}\n"
    "@workflow\n"
    "async def main(students: list[str]):\n"
    "    order = list(students)\n"
    "    random.shuffle(order)\n"
    "    return [await assign(s) for s in order]\n"
)


def test_module_seed_from_a_salted_hash_or_the_clock_fixes_nothing() -> None:
    for seed in ('hash("fixed-salt")', "time.time()", "int(time.time())"):
        found = run(SEEDED.format(seed=seed), "WAC102")
        assert [(row, rule) for row, rule, _ in found] == [(11, "WAC102")], seed
    for seed in ("1516", "hash((2026, 12))", '"fixed-salt"'):
        assert run(SEEDED.format(seed=seed), "WAC102") == [], seed


def test_task_call_on_the_left_of_and_or_is_tested_never_awaited() -> None:
    code = (
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def pending(j: str) -> bool:\n"
        "    return False\n"
        "@workflow\n"
        "async def main(job: str, fallback: bool):\n"
        "    both = pending(job) and fallback\n"
        "    either = pending(job) or fallback\n"
        "    fine = await pending(job) or fallback\n"
        "    return both, fine\n"
    )
    assert [(row, rule) for row, rule, _ in run(code, "WAC106")] == [(7, "WAC106"), (8, "WAC106")]
