"""Red team V (vt): TypeScript workflows ported from other engines, promise combinators,
values crossing the checkpoint and operations runbooks, pinned with the messages of the
findings round V's blind scripts first missed."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

HEAD = (
    'import { sleep, step, task, taskScript, waitForApproval, workflow } from "windmill-client";\n'
)


def findings(code: str, code_: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=[code_])
    return [(f.row, f.message) for f in result.findings]


def test_milliseconds_through_a_constant() -> None:
    code = (
        'import ms from "ms";\n' + HEAD + "const APPROVAL_TIMEOUT_MS = 30 * 60 * 1000;\n"
        "const THREE_DAYS = 3 * 24 * 60 * 60 * 1000;\n"
        'const BAKE = ms("10m");\n'
        "const BAKE_SECONDS = 10 * 60;\n"
        "const HALF = THREE_DAYS / 1000 / 2;\n"
        "export const main = workflow(async () => {\n"
        "  await sleep(BAKE);\n"
        "  await sleep(BAKE_SECONDS);\n"
        "  await sleep(HALF);\n"
        '  await waitForApproval({ key: "dba", timeout: APPROVAL_TIMEOUT_MS });\n'
        '  await waitForApproval({ key: "legal", timeout: THREE_DAYS });\n'
        "});\n"
    )
    assert findings(code, "WAC301") == [
        (
            9,
            "`sleep` takes seconds, but `BAKE` is in milliseconds (`setTimeout`'s unit): the "
            "workflow waits 1000 times longer; pass seconds (`5 * 60` for five minutes)",
        )
    ]
    ms_timeout = (
        "`timeout` is a number of seconds in the SDK, but `{}` is in milliseconds: it is "
        "1000 times longer than meant; give seconds"
    )
    assert findings(code, "WAC302") == [
        (12, ms_timeout.format("APPROVAL_TIMEOUT_MS")),
        (13, ms_timeout.format("THREE_DAYS")),
    ]


def test_sleep_given_an_object() -> None:
    code = (
        HEAD + "export const main = workflow(async () => {\n"
        "  await sleep({ minutes: 5 } as unknown as number);\n"
        "  await sleep([5] as unknown as number);\n"
        "  await sleep(5 * 60);\n"
        "});\n"
    )
    assert findings(code, "WAC301") == [
        (
            3,
            "`sleep` takes a number of seconds: `{ minutes: 5 } as unknown as number` is not "
            "one, and `Math.round` of it is `NaN`; pass a number (`5 * 60` for five minutes)",
        )
    ]


def test_python_sleep_given_a_dict() -> None:
    code = (
        "from wmill import sleep, workflow\n\n"
        "@workflow\n"
        "async def main():\n"
        '    await sleep({"minutes": 5})\n'
        "    await sleep(300)\n"
    )
    result = analyze_source(SourceFile("<p>", code, LANG_PYTHON), select=["WAC301"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            5,
            '`sleep` takes a number of seconds: `{"minutes": 5}` is not one, and `int()` of it '
            "raises `TypeError`; pass a number (`5 * 60` for five minutes)",
        )
    ]


def test_set_returned_by_a_namespace_function_given_to_step() -> None:
    code = (
        HEAD + "namespace Tags {\n"
        "  export function normalize(raw: string[]): Set<string> {\n"
        "    const out = new Set<string>(raw.map((t) => t.toLowerCase()));\n"
        "    return out;\n"
        "  }\n"
        "  export function listed(raw: string[]): string[] {\n"
        "    return [...normalize(raw)];\n"
        "  }\n"
        "}\n"
        "export const main = workflow(async (raw: string[]) => {\n"
        '  const tags = await step("tags", () => Tags.normalize(raw));\n'
        '  const listed = await step("listed", () => Tags.listed(raw));\n'
        "  return { tags, listed };\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [
        (
            5,
            "`out` is a `Set` returned by `normalize` as a step's result: it is checkpointed "
            "as JSON and comes back as `{}` (its items are lost)",
        )
    ]


def test_map_and_dates_from_helpers_given_to_a_task_script() -> None:
    code = (
        HEAD + 'const reserve = taskScript("f/inventory/reserve");\n'
        "const local = task(async (m: Map<string, number>) => m.size);\n"
        "function plan(skus: string[]) {\n"
        "  const byWarehouse = new Map<string, number>();\n"
        "  for (const s of skus) byWarehouse.set(s, 1);\n"
        "  return byWarehouse;\n"
        "}\n"
        "function bounds(year: number) {\n"
        "  const start = new Date(Date.UTC(year, 0, 1));\n"
        "  return { start, label: `${year}` };\n"
        "}\n"
        "export const main = workflow(async (skus: string[], year: number) => {\n"
        "  const allocation = plan(skus);\n"
        "  const { start, label } = bounds(year);\n"
        "  await local(allocation);\n"
        "  await reserve({ allocation: Object.fromEntries(allocation), label });\n"
        "  return await reserve({ allocation, start });\n"
        "});\n"
    )
    sent = (
        "is {} inside the value passed to the script `f/inventory/reserve`: the job's "
        "arguments are sent as JSON, so it arrives as {}"
    )
    assert findings(code, "WAC107") == [
        (18, "`allocation` " + sent.format("a `Map`", "`{}` (its entries are lost)")),
        (18, "`start` " + sent.format("a `Date`", "its ISO string")),
    ]


def test_flow_wrapper_given_the_item_of_a_parallel_arrow() -> None:
    code = (
        HEAD.replace("sleep,", "parallel, taskFlow,")
        + 'const indexShard = taskFlow("f/search/index_shard");\n'
        + "const listShards = task(async (index: string) => [index]);\n"
        "export const main = workflow(async (index: string, rows: { id: string }[]) => {\n"
        "  const shardIds: string[] = await listShards(index);\n"
        "  await parallel(shardIds, (shardId) => indexShard(shardId), { concurrency: 2 });\n"
        '  await Promise.all(["a", "b"].map((s) => indexShard(s)));\n'
        "  await parallel(rows, (row) => indexShard(row));\n"
        "  await parallel(shardIds, (shardId) => indexShard({ shard_id: shardId }));\n"
        "});\n"
    )
    wrapper = (
        "`indexShard` is a `taskFlow` wrapper, which sends one object of named arguments "
        "(windmill-client 1.818.0 turns anything else into `{ arg0, arg1, ... }`, parameters "
        "the flow does not have); pass `{ name: value, ... }`"
    )
    assert findings(code, "WAC301") == [(6, wrapper), (7, wrapper)]


GATE_TS = (
    "class SignOffGate {\n"
    "  constructor(private readonly key: string, private readonly hours: number) {}\n"
    "  async ask() {\n"
    "    return await waitForApproval({ key: this.key, timeout: this.hours * 3600 });\n"
    "  }\n"
    "}\n"
)


def test_approval_key_held_by_an_instance_asked_twice() -> None:
    code = (
        HEAD + GATE_TS + 'const security = new SignOffGate("security", 24);\n'
        'const prod = new SignOffGate("prod", 8);\n'
        "export const main = workflow(async (n: number) => {\n"
        "  await security.ask();\n"
        "  await prod.ask();\n"
        "  await security.ask();\n"
        '  for (let i = 0; i < n; i++) await new SignOffGate("review", 1).ask();\n'
        "});\n"
    )
    assert findings(code, "WAC303") == [
        (
            13,
            'The approval key `"security"` (held by the instance as `this.key`; `ask` waits for '
            "the approval keyed by it) is already used on line 11: the SDK raises `WAC step key "
            "... is already used` here; give each approval its own key",
        ),
        (
            14,
            'The approval key `"review"` (held by the instance as `this.key`; `ask` waits for '
            "the approval keyed by it) is used inside a loop: the SDK raises on its second use; "
            "drop the key (approvals are then numbered) or call it once",
        ),
    ]


def test_approval_key_held_by_a_python_instance() -> None:
    code = (
        "from wmill import wait_for_approval, workflow\n\n"
        "class Gate:\n"
        "    def __init__(self, key: str, hours: int):\n"
        "        self.key = key\n"
        "        self.hours = hours\n\n"
        "    async def ask(self):\n"
        "        return await wait_for_approval(timeout=self.hours * 3600, key=self.key)\n\n"
        'legal = Gate("legal", 24)\n'
        'finance = Gate("finance", 24)\n\n'
        "@workflow\n"
        "async def main():\n"
        "    await legal.ask()\n"
        "    await finance.ask()\n"
        "    await legal.ask()\n"
    )
    result = analyze_source(SourceFile("<p>", code, LANG_PYTHON), select=["WAC303"])
    assert [f.row for f in result.findings] == [18]


SAGA = (
    "const book = task(async (id: string) => id);\n"
    "const cancel = task(async (ref: string) => ref);\n"
    "export const main = workflow(async (id: string) => {\n"
    "  const undo: Array<() => PromiseLike<unknown>> = [];\n"
    "  const notes: Array<() => string> = [];\n"
    "  try {\n"
    "    const ref = await book(id);\n"
    "    undo.push(() => cancel(ref));\n"
    "    notes.push(() => ref);\n"
    "    return ref;\n"
    "  } catch (e) {\n"
    "    for (const fn of ITEMS) await fn();\n"
    "    throw e;\n"
    "  }\n"
    "});\n"
)


def test_catch_running_queued_compensations_before_rethrowing() -> None:
    code = HEAD + SAGA.replace("ITEMS", "undo.reverse()")
    assert findings(code, "WAC202") == [
        (
            12,
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error): what it "
            "does before its first durable call runs on every suspension (windmill-client "
            "1.818.0 rethrows the suspension at that call); rethrow it first: "
            '`if (e?.name === "StepSuspend") throw e`',
        )
    ]
    # functions that make no durable call: the handler rethrows at once
    assert findings(HEAD + SAGA.replace("ITEMS", "notes"), "WAC202") == []


def test_shared_options_constant_reported_once() -> None:
    code = (
        HEAD + "const OPTS = { timeout: 10 * 60 * 1000, retry: { maximumAttempts: 4 } };\n"
        "const a = task(async (x: string) => x, OPTS);\n"
        "const b = task(async (x: string) => x, OPTS);\n"
        "export const main = workflow(async (x: string) => [await a(x), await b(x)]);\n"
    )
    assert findings(code, "WAC302") == [
        (
            2,
            "`timeout` is a number of seconds in the SDK, but `10 * 60 * 1000` is in "
            "milliseconds: it is 1000 times longer than meant; give seconds",
        ),
        (2, "A retry policy needs `attempts`: the SDK rejects it where it is written"),
        (
            2,
            "`maximumAttempts` is not a key of a retry policy (attempts, delay, multiplier, "
            "max_delay): the SDK ignores it",
        ),
    ]


def test_approval_key_through_class_statics_and_namespace_constants() -> None:
    code = (
        HEAD + "namespace Keys {\n"
        '  export const LEGAL = "legal_signoff";\n'
        "}\n"
        "class Approvals {\n"
        '  static readonly KEY = "ops_signoff";\n'
        "  static ask() {\n"
        "    return waitForApproval({ key: Approvals.KEY, timeout: 3600 });\n"
        "  }\n"
        "}\n"
        "async function askLegal() {\n"
        "  return await waitForApproval({ key: Keys.LEGAL, timeout: 3600 });\n"
        "}\n"
        "export const main = workflow(async () => {\n"
        "  await Approvals.ask();\n"
        "  await askLegal();\n"
        "  await Approvals.ask();\n"
        "});\n"
    )
    assert findings(code, "WAC303") == [
        (
            17,
            "`ask` waits for an approval with the key `Approvals.KEY` (the string "
            '`"ops_signoff"`) (line 8), and it already ran on line 15: the SDK raises `WAC '
            "step key ... is already used` here; pass each call its own key, or drop the key "
            "(approvals are then numbered)",
        )
    ]


def test_structured_clone_keeps_the_type() -> None:
    code = (
        HEAD + "const lookup = task(async (id: string) => {\n"
        "  const m = new Map<string, number>([[id, 1]]);\n"
        "  return structuredClone(m);\n"
        "});\n"
        "const copy = task(async (id: string) => structuredClone({ id }));\n"
        "export const main = workflow(async (id: string) => [await lookup(id), await copy(id)]);\n"
    )
    assert findings(code, "WAC107") == [
        (
            4,
            "`structuredClone(m)` is a `Map` returned by this task: it is checkpointed as JSON "
            "and comes back as `{}` (its entries are lost)",
        )
    ]


def test_all_settled_in_a_helper_given_task_calls() -> None:
    code = (
        HEAD + "const charge = task(async (id: string) => ({ id }));\n"
        "async function settle<T>(ps: PromiseLike<T>[]) {\n"
        "  return Promise.allSettled(ps);\n"
        "}\n"
        "export const main = workflow(async (ids: string[]) => {\n"
        "  const labels = await settle([Promise.resolve(ids[0])]);\n"
        "  return [labels, await settle([charge(ids[0]), charge(ids[1])])];\n"
        "});\n"
    )
    assert findings(code, "WAC202") == [
        (
            8,
            "`Promise.allSettled` over durable calls turns the SDK's suspension (`StepSuspend`) "
            "into a rejected result (in `settle`, which the workflow calls): the code after it "
            "runs on every suspension; use `Promise.all`",
        )
    ]


def test_python_gather_return_exceptions_in_a_helper_given_task_calls() -> None:
    code = (
        "import asyncio\n\nfrom wmill import task, workflow\n\n\n"
        "@task()\nasync def charge(x: str) -> str:\n    return x\n\n\n"
        "async def settle(coros):\n"
        "    return await asyncio.gather(*coros, return_exceptions=True)\n\n\n"
        "@workflow\nasync def main(a: str, b: str):\n"
        "    return await settle([charge(a), charge(b)])\n"
    )
    result = analyze_source(SourceFile("<p>", code, LANG_PYTHON), select=["WAC201"])
    assert [f.row for f in result.findings] == [17]
