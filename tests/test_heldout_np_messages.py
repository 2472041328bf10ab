"""Red team NP: Python scripts written blind (retry libraries around durable calls,
values crossing the checkpoint, per-process values, task signatures and step-key
collisions), pinned with the messages their findings give."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile

HEAD = "from wmill import step, task, wait_for_approval, workflow\n"


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


def test_typed_var_keyword_task_parameter_takes_any_keyword() -> None:
    # `**labels: str` is a `typed_parameter` around the splat: it is `**labels`,
    # not a required parameter called `**labels`
    code = (
        HEAD + "\n\n"
        "@task()\n"
        "async def tag(resource: str, *names: str, **labels: str) -> dict:\n"
        "    return {}\n\n\n"
        "@workflow\n"
        "async def main(resource: str):\n"
        '    await tag(resource, "a", "b", env="prod")\n'
        '    return await tag(resource=resource, team="x", missing=1)\n'
    )
    assert findings(code, "WAC402") == []


def test_task_parameters_no_keyword_reaches() -> None:
    # wmill 1.850.0 names every positional argument after the signature and the
    # task's job calls `func(**kwargs)`: positional-only and `*args` parameters fail
    code = (
        HEAD + "\n\n"
        "@task()\n"
        'async def score(text: str, /, model: str = "s") -> float:\n'
        "    return 0.5\n\n\n"
        "@task()\n"
        "async def digest(channel: str, *lines: str, **labels: str) -> int:\n"
        "    return len(lines)\n\n\n"
        "@task()\n"
        "async def fine(text: str, *, model: str, **labels: str) -> int:\n"
        "    return 1\n\n\n"
        "@workflow\n"
        "async def main(texts: list[str]):\n"
        '    await digest("#ops", *texts)\n'
        '    await fine(texts[0], model="m", env="x")\n'
        "    return await score(texts[0])\n"
    )
    assert findings(code, "WAC301") == [
        (
            5,
            "WAC301",
            "`text` is positional-only, but wmill 1.850.0 sends a task's arguments by name "
            "(its job calls `func(**kwargs)`), so a call that gives it fails (`TypeError`: "
            "positional-only argument passed as keyword); drop the `/`",
        ),
        (
            10,
            "WAC301",
            "wmill 1.850.0 sends a task's arguments by name: a positional argument past the "
            "named ones arrives as `lines=` (then `arg<i>=`), which `*lines` cannot take, so "
            "the task's job fails (`TypeError`); take a list parameter instead",
        ),
    ]


SALTED = (
    "`hash` of a str or bytes is salted per process (PYTHONHASHSEED): the value changes "
    "between replays of the workflow body; capture it with `step(...)`"
)


def test_hash_of_a_tuple_is_salted_only_when_an_item_is() -> None:
    code = (
        HEAD + "\n\n"
        "@task()\n"
        "async def put(bucket: int) -> int:\n"
        "    return bucket\n\n\n"
        "@workflow\n"
        "async def main(year: int, month: int, tenant: str):\n"
        "    await put(hash((year, month)) % 8)\n"
        "    await put(hash(((year, 1), month)) % 8)\n"
        "    return await put(hash((tenant, month)) % 8)\n"
    )
    assert findings(code, "WAC102") == [(13, "WAC102", SALTED)]


def taken(shown: str, what: str, row: int) -> str:
    return (
        f"The approval key {shown} is already the step key of {what} on line {row} (steps, "
        "tasks and approvals draw their keys from one set of names): the SDK raises `WAC step "
        "key ... is already used` here; give the approval another key"
    )


def test_approval_key_taken_by_an_earlier_task_or_step() -> None:
    code = (
        HEAD + "\n\n"
        "@task()\n"
        "async def deploy(env: str) -> str:\n"
        "    return env\n\n\n"
        "@task()\n"
        "async def go(env: str) -> str:\n"
        "    return env\n\n\n"
        "@workflow\n"
        "async def main(env: str, fast: bool):\n"
        '    first = await wait_for_approval(key="go")\n'
        "    await go(env)\n"  # after the approval: the task is renumbered, fine
        "    await deploy(env)\n"
        '    urls = await step("sign_off", lambda: 1)\n'
        "    if fast:\n"
        '        await step("fast", lambda: 1)\n'
        "    else:\n"
        '        await wait_for_approval(key="fast")\n'  # exclusive branches: fine
        '    await wait_for_approval(key="sign_off")\n'
        '    return await wait_for_approval(key="deploy")\n'
    )
    assert findings(code, "WAC303") == [
        (24, "WAC303", taken('`"sign_off"`', '`step("sign_off", ...)`', 19)),
        (25, "WAC303", taken('`"deploy"`', "`deploy(...)`", 18)),
    ]


def test_typescript_approval_key_taken_by_a_task() -> None:
    code = (
        'import { task, waitForApproval, workflow } from "windmill-client";\n'
        "const deploy = task(async function deploy(env: string) { return env; });\n"
        "export const main = workflow(async (env: string) => {\n"
        "  await deploy(env);\n"
        '  return await waitForApproval({ key: "deploy" });\n'
        "});\n"
    )
    result = analyze_source(SourceFile("<t>.ts", code, "typescript"), select=["WAC303"])
    assert [(f.row, f.message) for f in result.findings] == [
        (5, taken('`"deploy"`', "`deploy(...)`", 4))
    ]


def retries(what: str, where: str = "") -> str:
    return (
        f"`{what}` retries on the SDK's suspension (a BaseException){where}: each attempt "
        "calls the durable code again under new step keys instead of suspending, and the "
        "dispatch is lost; retry on `Exception` (or `TaskError`) only, or use the task's "
        "`retry` option"
    )


def test_retrying_libraries_that_retry_the_suspension() -> None:
    code = (
        "import backoff\nimport stamina\n"
        "from tenacity import AsyncRetrying, retry, retry_if_exception_type, "
        "retry_if_not_exception_type, stop_after_attempt\n" + HEAD + "\n\n"
        "@task()\n"
        "async def charge(x: str) -> str:\n"
        "    return x\n\n\n"
        "@retry(retry=retry_if_not_exception_type(ValueError))\n"
        "async def a(x: str) -> str:\n"
        "    return await charge(x)\n\n\n"
        "@retry(stop=stop_after_attempt(3), retry=retry_if_exception_type((TimeoutError,)))\n"
        "async def b(x: str) -> str:\n"
        "    return await charge(x)\n\n\n"
        "@stamina.retry(on=(OSError, BaseException))\n"
        "async def c(x: str) -> str:\n"
        "    return await charge(x)\n\n\n"
        "@backoff.on_exception(backoff.expo, Exception)\n"
        "async def d(x: str) -> str:\n"
        "    return await charge(x)\n\n\n"
        "@retry(retry=retry_if_not_exception_type(ValueError))\n"
        "async def pure(x: str) -> str:\n"
        "    return x\n\n\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    await a(x)\n"
        "    await a(x)\n"
        "    await b(x)\n"
        "    await c(x)\n"
        "    await d(x)\n"
        "    await pure(x)\n"
        "    async for attempt in AsyncRetrying(retry=retry_if_exception_type(BaseException)):\n"
        "        with attempt:\n"
        "            await charge(x)\n"
        "    async for attempt in AsyncRetrying(stop=stop_after_attempt(2)):\n"
        "        with attempt:\n"
        "            return await charge(x)\n"
    )
    assert findings(code, "WAC201") == [
        (39, "WAC201", retries("retry", " (in `a`, which the workflow calls)")),
        # the second call of `a` retries the suspension again (one finding per call)
        (40, "WAC201", retries("retry", " (in `a`, which the workflow calls)")),
        (42, "WAC201", retries("stamina.retry", " (in `c`, which the workflow calls)")),
        (45, "WAC201", retries("AsyncRetrying")),
    ]


def test_anyio_task_group_over_a_function_that_runs_a_task() -> None:
    code = (
        "import anyio\n" + HEAD + "\n\n"
        "@task()\n"
        "async def charge(x: str) -> str:\n"
        "    return x\n\n\n"
        "async def run(x: str) -> None:\n"
        "    await charge(x)\n\n\n"
        "def log(x: str) -> None:\n"
        "    print(x)\n\n\n"
        "@workflow\n"
        "async def main(xs: list[str]):\n"
        "    async with anyio.create_task_group() as quiet:\n"
        "        for x in xs:\n"
        "            quiet.start_soon(log, x)\n"
        "    async with anyio.create_task_group() as tg:\n"
        "        for x in xs:\n"
        "            tg.start_soon(run, x)\n"
    )
    assert findings(code, "WAC201") == [
        (
            23,
            "WAC201",
            "`anyio.create_task_group` collects the SDK's suspension (a BaseException) from its "
            "tasks and re-raises it inside a `BaseExceptionGroup`, which wmill's runner does not "
            "recognise (it catches `_StepSuspend`): the workflow fails on its first dispatch; "
            "use `await asyncio.gather(...)`",
        )
    ]


def test_handwritten_retry_decorator_is_followed_with_the_function_it_wraps() -> None:
    code = (
        "import functools\n" + HEAD + "\n\n"
        "def retrying(fn):\n"
        "    @functools.wraps(fn)\n"
        "    async def wrapper(*args):\n"
        "        try:\n"
        "            return await fn(*args)\n"
        "        except:  # noqa: E722\n"
        "            return None\n"
        "    return wrapper\n\n\n"
        "@task()\n"
        "async def charge(x: str) -> str:\n"
        "    return x\n\n\n"
        "@retrying\n"
        "async def pure(x: str) -> str:\n"
        "    return x\n\n\n"
        "@retrying\n"
        "async def locate(x: str) -> str:\n"
        "    return await charge(x)\n\n\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    await locate(x)\n"
        "    return await pure(x)\n"
    )
    assert findings(code, "WAC201") == [
        (
            32,
            "WAC201",
            "`except:` catches the SDK's suspension (a BaseException) (in `retrying`, which the "
            "workflow calls): the workflow cannot suspend here; catch `Exception` or "
            "`TaskError`, or re-raise",
        )
    ]


REPLAYED = (
    "wmill's task wrapper is a plain `def`, and once the task has failed, the call raises "
    "its `TaskError` there when the body replays"
)
ALTERNATIVE = (
    "use `@task(retry={...})`, or put the decorator below `@task` to retry inside the task's job"
)


def above_task(what: str) -> str:
    # wmill 1.850.0's `_next_step` raises a failed task's TaskError at the wrapper's
    # call on replay, so a matching policy does retry (acp corrected this message)
    if what == "backoff.on_predicate":
        return (
            f"`{what}` above the task decorator retries on the value the call returns, "
            "which is the step's coroutine (always truthy), so it retries nothing "
            f"({REPLAYED}, outside its predicate); {ALTERNATIVE}"
        )
    return (
        f"`{what}` above the task decorator retries, but not as it reads: {REPLAYED}, so "
        "each retry dispatches the task anew under the next step key, and the library's "
        "waits are blocking sleeps in the workflow body, slept again on every replay; "
        f"{ALTERNATIVE}"
    )


def test_retrying_decorator_above_the_task_decorator_never_retries() -> None:
    code = (
        "import backoff\nimport tenacity\n" + HEAD + "\n\n"
        "@tenacity.retry(stop=tenacity.stop_after_attempt(3))\n"
        "@task()\n"
        "async def a(x: str) -> str:\n"
        "    return x\n\n\n"
        "@task()\n"
        "@backoff.on_exception(backoff.expo, Exception)\n"
        "async def b(x: str) -> str:\n"
        "    return x\n\n\n"
        "@backoff.on_predicate(backoff.constant, lambda r: r is None)\n"
        "@task\n"
        "async def c(x: str) -> str:\n"
        "    return x\n\n\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    return [await a(x), await b(x), await c(x)]\n"
    )
    assert findings(code, "WAC204") == [
        (6, "WAC204", above_task("tenacity.retry")),
        (18, "WAC204", above_task("backoff.on_predicate")),
    ]


NUMBER_KEYS = (
    "is a dict keyed by numbers returned by this {}: it is checkpointed as JSON and comes "
    'back as a dict keyed by strings (`{{1: ...}}` is read back as `{{"1": ...}}`), so looking '
    "an item up by its number (`d[1]`, `d.get(1)`) no longer finds it"
)


def test_values_json_changes_fractions_number_keys_and_comprehension_items() -> None:
    code = (
        "from collections import Counter\nfrom dataclasses import dataclass\n"
        "from fractions import Fraction\n" + HEAD + "\n\n"
        "@dataclass\n"
        "class Line:\n"
        "    sku: str\n\n\n"
        "def tiers() -> dict:\n"
        '    return {1: "bronze", 2: "silver"}\n\n\n'
        "@task()\n"
        "async def share(a: int, b: int) -> Fraction:\n"
        "    return Fraction(a, b)\n\n\n"
        "@task()\n"
        "async def tally(codes: list[int]) -> dict[int, int]:\n"
        "    return dict(Counter(codes))\n\n\n"
        "@task()\n"
        "async def lines(skus: list[str]) -> list:\n"
        "    return [Line(s) for s in skus]\n\n\n"
        "@task()\n"
        "async def fine(skus: list[str]) -> dict[str, int]:\n"
        '    return {"1": 1, **{s: 2 for s in skus}}\n\n\n'
        "@workflow\n"
        "async def main(skus: list[str]):\n"
        '    t = await step("tiers", tiers)\n'
        "    return t, await share(1, 3), await tally([1]), await lines(skus), await fine(skus)\n"
    )
    assert findings(code, "WAC107") == [
        (13, "WAC107", '`{1: "bronze", 2: "silver"}` ' + NUMBER_KEYS.format("step")),
        (
            18,
            "WAC107",
            "`Fraction(a, b)` is a `Fraction` returned by this task: it is checkpointed as JSON "
            'and comes back as a string like `"1/3"`',
        ),
        (23, "WAC107", "`dict(Counter(codes))` " + NUMBER_KEYS.format("task")),
        (
            28,
            "WAC107",
            "`Line(s)` is a `Line` instance inside the value returned by this task: it is "
            "checkpointed as JSON and comes back as a string of its `str()`",
        ),
    ]


def test_result_compared_with_a_tuple_is_a_dead_check() -> None:
    code = (
        HEAD + "\n\n"
        "@task()\n"
        "async def probe(url: str) -> tuple:\n"
        '    return ("ok", 200)\n\n\n'
        "@workflow\n"
        "async def main(url: str):\n"
        "    health = await probe(url)\n"
        "    status, code = health\n"
        '    if (status, code) == ("ok", 200):\n'
        '        return "fine"\n'
        '    if health != ("ok", 200):\n'
        '        return "down"\n'
        '    return "unknown"\n'
    )
    assert findings(code, "WAC107") == [
        (
            15,
            "WAC107",
            '`health != ("ok", 200)` is always true: `health` is a checkpointed result, which '
            "comes back from JSON with its tuples as lists, and a list never equals a tuple",
        )
    ]


def test_order_of_salted_hashes_and_items_picked_from_a_set() -> None:
    code = (
        HEAD + "\n\n"
        "@task()\n"
        "async def notify(owner: str) -> str:\n"
        "    return owner\n\n\n"
        "@workflow\n"
        "async def main(owners: list[str], sizes: list[int]):\n"
        "    for owner in sorted(owners, key=lambda o: hash(o)):\n"
        "        await notify(owner)\n"
        "    for owner in sorted(owners, key=len):\n"
        "        await notify(owner)\n"
        "    pending = set(owners)\n"
        "    first = pending.pop()\n"
        "    unused = set(owners).pop()\n"
        "    await notify(first)\n"
        "    await notify(next(iter(set(owners))))\n"
        "    return await notify(min(pending))\n"
    )
    pick = (
        "`{}` takes the item that comes first in a `set`, which can differ between replays "
        "(str hashes are salted per process); the durable calls it feeds are keyed by call "
        "order, so a recorded result can belong to another item; pick one by value "
        "(`min(...)`, `sorted(...)[0]`)"
    )
    assert findings(code, "WAC105") == [
        (
            11,
            "WAC105",
            "Durable calls are dispatched in the order of `sorted(..., key=hash)` (str hashes "
            "are salted per process), which can differ between replays; checkpoint keys follow "
            "call order, so results can be swapped; sort by the items themselves (drop the "
            "`key`)",
        ),
        (16, "WAC105", pick.format("pending.pop()")),
        (19, "WAC105", pick.format("next(iter(set(owners)))")),
    ]


def unsliceable(shown: str, what: str, verb: str = "slice") -> str:
    return (
        f"`{shown}` is {what}, which `parallel` cannot {verb}: wmill 1.850.0 runs "
        "`len(items)` and `items[i : i + n]`, so this raises `TypeError` before any task is "
        "dispatched; pass a list (`sorted(...)`, `list(...)`)"
    )


def test_parallel_items_it_cannot_slice_and_plain_functions() -> None:
    code = (
        "from wmill import parallel\n" + HEAD + "\n\n"
        "@task()\n"
        "async def t(x: str) -> str:\n"
        "    return x\n\n\n"
        "def norm(x: str) -> str:\n"
        "    return x.lower()\n\n\n"
        "async def helper(x: str) -> str:\n"
        "    return await t(x)\n\n\n"
        "@workflow\n"
        "async def main(xs: list[str], d: dict[str, int]):\n"
        "    unique = set(xs)\n"
        "    await parallel(unique, t, concurrency=2)\n"
        "    await parallel(items=(x for x in xs), fn=t)\n"
        "    await parallel(d.keys(), t)\n"
        "    await parallel(map(str.upper, xs), t)\n"
        "    await parallel(xs, norm)\n"
        "    await parallel(sorted(unique), helper)\n"
        "    await parallel(list(d), lambda x: t(x))\n"
        "    return await parallel(range(3), t)\n"
    )
    assert findings(code, "WAC301", "WAC105") == [
        (21, "WAC301", unsliceable("unique", "a `set`")),
        (22, "WAC301", unsliceable("(x for x in xs)", "a generator", "take the length of")),
        (23, "WAC301", unsliceable("d.keys()", "a dict view (`.keys()`)")),
        (24, "WAC301", unsliceable("map(str.upper, xs)", "a `map` object", "take the length of")),
        (
            25,
            "WAC301",
            "`norm` is a plain function: `parallel` gathers `fn(item)` for each item (wmill "
            "1.850.0), and a plain function's result is not awaitable, so `asyncio.gather` "
            "raises `TypeError`; pass a task or an `async def`",
        ),
    ]


def test_asyncio_tasks_stored_and_only_cancelled_are_never_awaited() -> None:
    code = (
        "import asyncio\n" + HEAD + "\n\n"
        "@task()\n"
        "async def t(x: str) -> str:\n"
        "    return x\n\n\n"
        "@workflow\n"
        "async def main(xs: list[str]):\n"
        "    async def worker(x: str) -> None:\n"
        "        await t(x)\n\n"
        "    lost = [asyncio.create_task(worker(x)) for x in xs]\n"
        "    for job in lost:\n"
        "        job.cancel()\n"
        "    kept = [asyncio.create_task(worker(x)) for x in xs]\n"
        "    for job in kept:\n"
        "        await job\n"
        "    return len(xs)\n"
    )
    assert findings(code, "WAC106") == [
        (
            15,
            "WAC106",
            "`worker(...)` is an async function of this file that runs durable calls, called "
            "without `await`: the workflow goes on without waiting for them, and their results "
            "and failures are lost; `await` it",
        )
    ]


def test_counter_result_read_by_a_counter_only_method() -> None:
    code = (
        "from collections import Counter\n" + HEAD + "\n\n"
        "@task()\n"
        "async def count(words: list[str]) -> Counter:\n"
        "    return Counter(words)\n\n\n"
        "@task()\n"
        "async def count_plain(words: list[str]) -> dict:\n"
        "    return Counter(words)\n\n\n"
        "@workflow\n"
        "async def main(words: list[str]):\n"
        "    counted = await count(words)\n"
        "    plain = await count_plain(words)\n"
        "    return counted.most_common(3), plain.get('a', 0)\n"
    )
    assert findings(code, "WAC107") == [
        (
            7,
            "WAC107",
            "`Counter(words)` is a `Counter` returned by this task, and the workflow calls "
            "`counted.most_common` on the result: it is checkpointed as JSON and comes back as "
            "a plain dict, which has no such method (`AttributeError`)",
        )
    ]


def test_iterable_bound_to_a_call_of_itself_does_not_recurse_forever() -> None:
    # `pending = list(pending)`: `list(...)` of a name bound to `list(...)` of itself
    # recursed without bound in WAC105 (RecursionError, an internal error)
    code = (
        HEAD + "\n\n"
        "@task()\n"
        "async def t(x: str) -> str:\n"
        "    return x\n\n\n"
        "@workflow\n"
        "async def main(xs: list[str]):\n"
        "    pending = list(xs)\n"
        "    pending = list(pending)\n"
        "    for x in list(pending):\n"
        "        await t(x)\n"
        "    return await t(pending.pop())\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=["WAC105"])
    assert [(f.code, f.message) for f in result.findings] == []
    assert not result.errors


def test_stamina_retry_context_on_base_exception_in_the_body() -> None:
    code = (
        "import stamina\n" + HEAD + "\n\n"
        "@task()\n"
        "async def charge(x: str) -> str:\n"
        "    return x\n\n\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    async for attempt in stamina.retry_context(on=Exception):\n"
        "        with attempt:\n"
        "            await charge(x)\n"
        "    async for attempt in stamina.retry_context(on=BaseException, attempts=3):\n"
        "        with attempt:\n"
        "            return await charge(x)\n"
    )
    assert findings(code, "WAC201") == [(15, "WAC201", retries("stamina.retry_context"))]
