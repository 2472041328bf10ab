"""WAC101 / WAC102 report one finding per place in the workflow body: a helper the
body calls once may reach several catalogued calls, and the user moves that one call
(`_catalogue.report_per_site`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

PY_HEAD = "import time\nimport requests\nfrom wmill import task, workflow\n\n"
TS_HEAD = 'import { task, workflow } from "windmill-client";\n\n'


def findings(code: str, language: str = LANG_PYTHON) -> list[tuple[int, int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, language), select=["WAC101", "WAC102"])
    return [(f.row, f.column, f.code, f.message) for f in result.findings]


def io(chain: str, call: str) -> str:
    return (
        f"`{call}` (reached through `{chain} → {call}`) does network I/O in the workflow "
        "body, which re-runs on every replay; move it into a task or a `step(...)`"
    )


def clock(chain: str) -> str:
    return (
        f"`time.time` (reached through `{chain} → time.time`) reads the clock: the value "
        "changes between replays of the workflow body; capture it with `step(...)`"
    )


def test_a_helper_that_posts_three_times_is_one_finding_naming_the_others() -> None:
    code = PY_HEAD + (
        "def sync(x):\n"
        "    a = requests.get('https://a.example/' + x).json()\n"
        "    requests.post('https://b.example/', json=a)\n"
        "    requests.post('https://c.example/', json=a)\n"
        "    return a\n\n"
        "@workflow\nasync def main(x: str):\n    sync(x)\n    return x\n"
    )
    assert findings(code) == [
        (
            13,
            5,
            "WAC101",
            io("main → sync", "requests.get")
            + "; the same call also reaches `requests.post` (line 7, in `sync`) and "
            "`requests.post` (line 8, in `sync`)",
        )
    ]


def test_a_helper_reaching_many_calls_names_four_and_counts_the_rest() -> None:
    """Thousands of calls reached through one helper made a 99 KB message (and each
    was compared with every one listed before it): four places, then a count; calls
    shown at one place are listed once."""
    posts = "".join(f"    requests.post('https://{i}.example/')\n" for i in range(6))
    code = PY_HEAD + (
        "def sync(x):\n"
        + posts
        + "    requests.put('https://a.example/'); requests.put('https://b.example/')\n"
        "    return x\n\n"
        "@workflow\nasync def main(x: str):\n    sync(x)\n    return x\n"
    )
    (found,) = findings(code)
    assert found[3] == (
        io("main → sync", "requests.post")
        + "; the same call also reaches `requests.post` (line 7, in `sync`), "
        "`requests.post` (line 8, in `sync`), `requests.post` (line 9, in `sync`), "
        "`requests.post` (line 10, in `sync`) and 2 more"
    )


def test_a_helper_reaching_two_calls_at_one_place_lists_it_once() -> None:
    code = PY_HEAD + (
        "def sync(x):\n"
        "    requests.get('https://a.example/')\n"
        "    requests.put('https://a.example/'); requests.put('https://b.example/')\n"
        "    return x\n\n"
        "@workflow\nasync def main(x: str):\n    sync(x)\n    return x\n"
    )
    (found,) = findings(code)
    assert found[3] == (
        io("main → sync", "requests.get")
        + "; the same call also reaches `requests.put` (line 7, in `sync`)"
    )


def test_two_helpers_called_in_two_places_are_two_findings() -> None:
    code = PY_HEAD + (
        "def ping(x):\n    return requests.get(x).status_code\n\n"
        "def push(x):\n    return requests.put(x).status_code\n\n"
        "@workflow\nasync def main(x: str):\n    ping(x)\n    push(x)\n    return x\n"
    )
    assert [(row, code) for row, _, code, _ in findings(code)] == [
        (13, "WAC101"),
        (14, "WAC101"),
    ]


def test_helpers_of_two_rules_stay_apart() -> None:
    code = PY_HEAD + (
        "def stamp(x):\n    requests.post(x)\n    return time.time()\n\n"
        "@workflow\nasync def main(x: str):\n    return stamp(x)\n"
    )
    assert [(row, code) for row, _, code, _ in findings(code)] == [
        (11, "WAC101"),
        (11, "WAC102"),
    ]


def test_one_clock_read_reached_by_a_decorator_and_by_its_wrapper_is_one_finding() -> None:
    code = PY_HEAD + (
        "def timed(fn):\n"
        "    def inner(*a):\n"
        "        started = time.monotonic()\n"
        "        out = fn(*a)\n"
        "        return out, time.monotonic() - started\n"
        "    return inner\n\n"
        "@timed\ndef total(xs):\n    return sum(xs)\n\n"
        "@workflow\nasync def main(xs: list):\n    return total(xs)\n"
    )
    (only,) = findings(code)
    assert only[:3] == (18, 12, "WAC102")
    assert only[3].endswith(
        "; capture it with `step(...)`; the same call also reaches `time.monotonic` "
        "(line 9, in `timed`)"
    )


def test_calls_chained_in_one_statement_are_one_finding() -> None:
    code = PY_HEAD + (
        "from supabase import create_client\n\nsb = create_client('u', 'k')\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    sb.table('t').insert({'x': x}).execute()\n    return x\n"
    )
    (only,) = findings(code)
    assert only[:3] == (11, 5, "WAC101")
    assert "also reaches" not in only[3]


def test_typescript_helper_fetching_twice() -> None:
    code = TS_HEAD + (
        "async function sync(x: string) {\n"
        '  const a = await fetch("https://a.example/" + x);\n'
        '  await fetch("https://b.example/", { method: "POST" });\n'
        "  return a.status;\n}\n\n"
        "export const main = workflow(async (x: string) => {\n"
        "  await sync(x);\n  return x;\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT) == [
        (
            10,
            9,
            "WAC101",
            io("main → sync", "fetch") + "; the same call also reaches `fetch` (line 5, in `sync`)",
        )
    ]


def test_each_place_that_calls_a_helper_is_a_finding() -> None:
    # the helper is walked once; its calls run again at every place that calls it
    code = PY_HEAD + (
        "def notify(msg):\n    requests.post('https://hooks.example/', json={'t': msg})\n\n"
        "@task()\nasync def work(x: int) -> int:\n    return x\n\n"
        "@workflow\nasync def main(x: int):\n"
        "    notify('start')\n    y = await work(x)\n    notify('middle')\n"
        "    return await work(y)\n"
    )
    posted = io("main → notify", "requests.post")
    assert findings(code) == [(14, 5, "WAC101", posted), (16, 5, "WAC101", posted)]


def test_each_place_of_a_typescript_body_that_awaits_a_helper_is_a_finding() -> None:
    code = TS_HEAD + (
        "async function notify(msg: string) {\n  await fetch('https://hooks.example/' + msg);\n}\n"
        "const work = task(async (x: number) => x);\n"
        "export const main = workflow(async (x: number) => {\n"
        "  await notify('start');\n  const y = await work(x);\n  await notify('end');\n"
        "  return y;\n});\n"
    )
    fetched = io("main → notify", "fetch")
    assert findings(code, LANG_TYPESCRIPT) == [
        (8, 9, "WAC101", fetched),
        (10, 9, "WAC101", fetched),
    ]


def test_a_helper_reached_first_through_another_counts_at_every_place() -> None:
    # `stamp` is walked under `audit` (line 13); the body's own call of `stamp` and the
    # second call of `audit` reach it again
    code = PY_HEAD + (
        "def stamp():\n    return time.time()\n\n"
        "def audit(x):\n    return (x, stamp())\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = audit(x)\n    b = stamp()\n    c = audit(x)\n    return [a, b, c]\n"
    )
    assert [(row, message) for row, _, _, message in findings(code)] == [
        (13, clock("main → audit → stamp")),
        (14, clock("main → stamp")),
        (15, clock("main → audit → stamp")),
    ]


def test_a_recursive_helper_is_one_finding_per_place_of_the_body() -> None:
    code = PY_HEAD + (
        "def pages(url, n):\n"
        "    body = requests.get(url).json()\n"
        "    return [body] + (pages(body['next'], n - 1) if n else [])\n\n"
        "@workflow\nasync def main(x: str):\n    return pages(x, 3)\n"
    )
    assert [row for row, _, _, _ in findings(code)] == [11]
