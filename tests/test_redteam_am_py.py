"""Red team AM (amp): regressions for the general causes behind the misses and false
findings of `tests/corpus/adversarial/am_py_*` (Python workflows ported from Temporal,
Restate, Hatchet, Luigi, Flyte and Celery, and data-team Python).

- WAC902: `Annotated[T, ...]` on a `main` parameter is ignored by Windmill's parser,
  and the input takes the type of its default (windmill-oracle `sig`). When that is the
  type `T` alone gives (`Annotated[str, "..."] = "x"`, `Annotated[list[str], ...] =
  []`, `Annotated[dict, ...] = {}`), the input is the one the author meant: nothing
  to report. Without a default, or when the default gives another type
  (`Annotated[float, ...] = 2` is an integer input, `Annotated[Literal["p", "q"], ...]
  = "p"` a plain string input), it is still reported.
- WAC104: a container's changing method given to `step(...)` by reference
  (`step("collect", functools.partial(points.extend, batch))`, `step("c",
  points.clear)`, TypeScript `points.push.bind(points, x)`) changes the body's
  container once: replays read the step's checkpointed result and never call it
  again (wmill 1.850.0 `_run_inline_step`). A pure method (`points.copy`), a function
  (`partial(sorted, batch)`) and a library client's method (`r.set` of a
  `redis.Redis()`) are not reported.
- WAC101 (the call graph): `notifier.send(text)` where `notifier` holds an instance of
  one of several classes of the file, chosen by a conditional expression (`Slack(h) if h
  else Log()`, under a `Protocol` annotation or none), a boolean `or`, or assignments on
  several branches, calls the method of each: the I/O of any of them is the body's.
  Classes whose methods only print are still fine. The same for a TypeScript `let`
  assigned `new SlackNotifier(hook)` in one branch and `new LogNotifier()` in the other
  (the values that reach the call).
- WAC101 (found after the blind run, probing other spellings): a method of an instance
  of a class of the file handed by reference to a call that runs it there and then
  (`asyncio.to_thread(box.refresh)`, `map(box.refresh, xs)`, `sorted(xs,
  key=box.refresh)`) is followed like a function of the file; and a copied context's
  `run` (`contextvars.copy_context().run(fetch, url)`) calls what it is given.
"""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


@cache
def run(code: str) -> tuple[tuple[int, str, str], ...]:
    source = SourceFile("<t>.py", code, LANG_PYTHON)
    result = analyze_source(source)
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, f.message) for f in result.findings if f.code != "WAC901")


def rows(code: str) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code)]


HEAD = (
    "from typing import Annotated, Literal\n"
    "\n"
    "from wmill import step, task, workflow\n"
    "\n"
    "\n"
    "@task\n"
    "async def work(x: str) -> str:\n"
    "    return x\n"
    "\n"
    "\n"
    "@workflow\n"
)


def _main(params: str) -> str:
    return HEAD + f"async def main({params}):\n    return await work('a')\n"


def test_annotated_with_a_default_of_the_meant_type_is_not_reported():
    for params in (
        'approver: Annotated[str, "Windmill group that signs off"] = "chief"',
        'limit: Annotated[float, "largest delta"] = 25.0',
        'count: Annotated[int, "how many"] = 3',
        'tags: Annotated[list[str], "labels"] = []',
        'extra: Annotated[dict, "anything"] = {}',
    ):
        assert rows(_main(params)) == [], params


def test_annotated_whose_default_gives_another_type_is_still_reported():
    code = _main('limit: Annotated[float, "z"] = 2, mode: Annotated[Literal["p", "q"], "v"] = "p"')
    assert [m for _, _, m in run(code)] == [
        'Windmill does not read `Annotated`: `Annotated[float, "z"]` is ignored and the input '
        "takes the type of its default (an integer input); write the type itself (`float`)",
        'Windmill does not read `Annotated`: `Annotated[Literal["p", "q"], "v"]` is ignored and '
        "the input takes the type of its default (a string input); write the type itself "
        '(`Literal["p", "q"]`)',
    ]


def test_annotated_without_a_default_is_still_reported():
    assert [m for _, _, m in run(_main('approver: Annotated[str, "x"]'))] == [
        'Windmill does not read `Annotated`: `Annotated[str, "x"]` makes an untyped input; '
        "write the type itself (`str`)"
    ]


STEP_HEAD = (
    "import functools\n"
    "from functools import partial\n"
    "\n"
    "import redis\n"
    "\n"
    "from wmill import step, task, workflow\n"
    "\n"
    "r = redis.Redis()\n"
    "\n"
    "\n"
    "@task\n"
    "async def work(x: list) -> int:\n"
    "    return len(x)\n"
    "\n"
    "\n"
    "@workflow\n"
    "async def main(batch: list[int]):\n"
    "    points: list[int] = []\n"
    "    seen: set[int] = set()\n"
)

MUTATOR_MESSAGE = (
    "This `step(...)` callback, `{ref}`, changes `{name}`, which belongs to the workflow "
    "body: once the step is checkpointed it is not called again and only its return value "
    "comes back, so the change is lost on replay; return the value from the step and "
    "assign it in the body"
)


def test_a_containers_changing_method_given_to_step_by_reference_is_reported():
    code = STEP_HEAD + (
        '    await step("a", functools.partial(points.extend, batch))\n'
        '    await step("b", partial(seen.add, 3))\n'
        '    await step("c", points.clear)\n'
        "    return await work(points)\n"
    )
    assert run(code) == (
        (20, "WAC104", MUTATOR_MESSAGE.format(ref="points.extend", name="points")),
        (21, "WAC104", MUTATOR_MESSAGE.format(ref="seen.add", name="seen")),
        (22, "WAC104", MUTATOR_MESSAGE.format(ref="points.clear", name="points")),
    )


def test_pure_references_and_library_clients_given_to_step_are_not_reported():
    code = STEP_HEAD + (
        '    copy = await step("a", points.copy)\n'
        '    ranked = await step("b", functools.partial(sorted, batch))\n'
        '    await step("c", functools.partial(r.set, "k", "v"))\n'
        "    return await work(copy + ranked)\n"
    )
    assert rows(code) == []


def test_a_bound_push_given_to_step_is_reported_in_typescript():
    code = (
        'import { step, task, workflow } from "windmill-client";\n'
        "\n"
        "const work = task(async (n: number) => n);\n"
        "\n"
        "export const main = workflow(async (xs: number[]) => {\n"
        "  const points: number[] = [];\n"
        '  await step("a", points.push.bind(points, 3));\n'
        '  await step("b", () => points.slice());\n'
        "  return await work(points.length);\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT))
    assert [(f.row, f.code, f.message) for f in result.findings if f.code != "WAC901"] == [
        (7, "WAC104", MUTATOR_MESSAGE.format(ref="points.push", name="points"))
    ]


NOTIFIERS = (
    "from typing import Protocol\n"
    "\n"
    "import httpx\n"
    "\n"
    "from wmill import task, workflow\n"
    "\n"
    "\n"
    "class Notifier(Protocol):\n"
    "    def send(self, text: str) -> None: ...\n"
    "\n"
    "\n"
    "class LogNotifier:\n"
    "    def send(self, text: str) -> None:\n"
    "        print(text)\n"
    "\n"
    "\n"
    "class SlackNotifier:\n"
    "    def __init__(self, hook: str) -> None:\n"
    "        self.hook = hook\n"
    "\n"
    "    def send(self, text: str) -> None:\n"
    '        httpx.post(self.hook, json={"text": text})\n'
    "\n"
    "\n"
    "@task\n"
    "async def work(x: int) -> int:\n"
    "    return x\n"
    "\n"
    "\n"
    "@workflow\n"
    'async def main(hook: str = ""):\n'
)

SLACK_POST = (
    "`httpx.post` (reached through `main → SlackNotifier.send → httpx.post`) does network "
    "I/O in the workflow body, which re-runs on every replay; move it into a task or a "
    "`step(...)`"
)


def test_a_method_of_an_instance_chosen_among_classes_of_the_file_runs_each():
    for choice in (
        "    notifier: Notifier = SlackNotifier(hook) if hook else LogNotifier()\n",
        "    notifier = hook and SlackNotifier(hook) or LogNotifier()\n",
        "    if hook:\n"
        "        notifier = SlackNotifier(hook)\n"
        "    else:\n"
        "        notifier = LogNotifier()\n",
    ):
        code = NOTIFIERS + choice + '    notifier.send("start")\n    return await work(1)\n'
        row = code.count("\n") - 1
        assert run(code) == ((row, "WAC101", SLACK_POST),), choice


def test_instances_chosen_among_classes_whose_methods_only_print_are_not_reported():
    code = NOTIFIERS + (
        "    notifier: Notifier = LogNotifier() if hook else LogNotifier()\n"
        '    notifier.send("start")\n'
        "    return await work(1)\n"
    )
    assert rows(code) == []


TS_NOTIFIERS = (
    'import { task, workflow } from "windmill-client";\n'
    "\n"
    "interface Notifier {\n"
    "  send(text: string): Promise<void>;\n"
    "}\n"
    "\n"
    "class LogNotifier implements Notifier {\n"
    "  async send(text: string) {\n"
    "    console.log(text);\n"
    "  }\n"
    "}\n"
    "\n"
    "class SlackNotifier implements Notifier {\n"
    "  constructor(private hook: string) {}\n"
    "  async send(text: string) {\n"
    '    await fetch(this.hook, { method: "POST", body: JSON.stringify({ text }) });\n'
    "  }\n"
    "}\n"
    "\n"
    "const work = task(async (n: number) => n);\n"
    "\n"
    "export const main = workflow(async (hook: string) => {\n"
    "  let notifier: Notifier;\n"
    "  if (hook) {\n"
    "    notifier = new {first}(hook);\n"
    "  } else {\n"
    "    notifier = new LogNotifier();\n"
    "  }\n"
    '  await notifier.send("start");\n'
    "  return await work(1);\n"
    "});\n"
)


def test_a_typescript_let_assigned_instances_of_several_classes_runs_each_method():
    def findings(code: str) -> list[tuple[int, str, str]]:
        result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT))
        return [(f.row, f.code, f.message) for f in result.findings if f.code != "WAC901"]

    assert findings(TS_NOTIFIERS.replace("{first}", "SlackNotifier")) == [
        (
            29,
            "WAC101",
            "`fetch` (reached through `main → SlackNotifier.send → fetch`) does network I/O "
            "in the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`",
        )
    ]
    assert findings(TS_NOTIFIERS.replace("{first}", "LogNotifier")) == []


RUNNERS = (
    "import asyncio\n"
    "import contextvars\n"
    "\n"
    "import requests\n"
    "\n"
    "from wmill import step, task, workflow\n"
    "\n"
    "\n"
    "class Box:\n"
    "    def refresh(self, n: int = 0) -> dict:\n"
    '        return requests.get("https://x.example/box", timeout=5).json()\n'
    "\n"
    "    def label(self, n: int = 0) -> str:\n"
    '        return f"box-{n}"\n'
    "\n"
    "\n"
    "def fetch(url: str) -> dict:\n"
    "    return requests.get(url, timeout=5).json()\n"
    "\n"
    "\n"
    "@task\n"
    "async def work(x: list) -> int:\n"
    "    return len(x)\n"
    "\n"
    "\n"
    "@workflow\n"
    "async def main(urls: list[str]):\n"
    "    box = Box()\n"
)

REFRESH = (
    "`requests.get` (reached through `main → Box.refresh → requests.get`) does network "
    "I/O in the workflow body, which re-runs on every replay; move it into a task or a "
    "`step(...)`"
)


def test_a_method_of_an_instance_handed_to_a_call_that_runs_it_is_followed():
    code = RUNNERS + (
        "    a = await asyncio.to_thread(box.refresh)\n"
        "    b = list(map(box.refresh, [1, 2]))\n"
        "    c = sorted(urls, key=box.refresh)\n"
        "    d = contextvars.copy_context().run(box.refresh)\n"
        "    return await work([a, b, c, d])\n"
    )
    assert run(code) == tuple((row, "WAC101", REFRESH) for row in (29, 30, 31, 32))


def test_a_copied_context_runs_the_function_it_is_given():
    code = RUNNERS + (
        "    ctx = contextvars.copy_context()\n"
        "    page = ctx.run(fetch, urls[0])\n"
        "    state = ctx.run(box.refresh)\n"
        "    return await work([page, state])\n"
    )
    assert run(code) == (
        (
            30,
            "WAC101",
            "`requests.get` (reached through `main → fetch → requests.get`) does network I/O "
            "in the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`",
        ),
        (31, "WAC101", REFRESH),
    )


def test_pure_methods_and_runners_inside_a_step_are_not_reported():
    code = RUNNERS + (
        "    names = list(map(box.label, [1, 2]))\n"
        "    ranked = sorted(urls, key=box.label)\n"
        '    pages = await step("pages", lambda: list(map(box.refresh, [1, 2])))\n'
        "    return await work([names, ranked, pages])\n"
    )
    assert rows(code) == []
