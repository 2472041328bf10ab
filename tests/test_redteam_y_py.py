"""Red team Y (yp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/y_py_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code) for f in result.findings]


def messages(code: str, *codes: str) -> list[str]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [f.message for f in result.findings]


HEAD = (
    "from wmill import step, task, task_flow, workflow\n\n"
    "@task()\nasync def record(x: str) -> str:\n    return x\n\n"
)


def test_conversions_with_the_workers_local_time_zone_differ_between_workers() -> None:
    # each round may run on another worker: without a zone these use its `TZ`
    code = HEAD + (
        "import time\n"
        "from datetime import date, datetime, timezone\n"
        "from zoneinfo import ZoneInfo\n"
        "@workflow\nasync def main(ts: int, s: str):\n"
        "    a = datetime.fromtimestamp(ts)\n"  # 12
        "    b = datetime.fromtimestamp(ts, tz=None)\n"  # 13
        "    c = time.localtime(ts).tm_hour\n"  # 14
        "    d = time.ctime(ts)\n"  # 15
        "    e = time.mktime(time.strptime(s, '%Y-%m-%d'))\n"  # 16
        "    f = date.fromtimestamp(ts)\n"  # 17
        "    g = datetime.fromisoformat(s).astimezone()\n"  # 18
        "    ok = [\n"
        "        datetime.fromtimestamp(ts, timezone.utc),\n"
        "        datetime.fromtimestamp(ts, tz=ZoneInfo('Europe/Paris')),\n"
        "        time.gmtime(ts), datetime.fromisoformat(s).astimezone(timezone.utc),\n"
        "        datetime.utcfromtimestamp(ts),\n"
        "    ]\n"
        "    return await record(f'{a}{b}{c}{d}{e}{f}{g}{ok}')\n"
    )
    assert findings(code, "WAC102") == [(row, "WAC102") for row in range(12, 19)]
    assert all("local time zone (`TZ`)" in m for m in messages(code, "WAC102"))


def test_a_clock_read_made_local_is_reported_once_as_the_clock() -> None:
    code = HEAD + (
        "from datetime import datetime\n"
        "@workflow\nasync def main():\n"
        "    return await record(datetime.now().astimezone().isoformat())\n"
    )
    assert findings(code, "WAC102") == [(10, "WAC102")]
    assert "reads the clock" in messages(code, "WAC102")[0]


def test_task_coroutines_kept_in_dict_items_or_a_field_are_followed() -> None:
    # `jobs[k] = t(x)` and `run.pending.append(t(x))` keep the coroutine in a container:
    # its later uses decide, and reading only keys / the length drops it
    code = HEAD + (
        "import asyncio\n"
        "class Run:\n    pending: list\n    other: list\n\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    jobs = {}\n"
        "    for x in xs:\n"
        "        jobs[x] = record(x)\n"  # 16
        "    run = Run()\n"
        "    for x in xs:\n"
        "        run.pending.append(record(x))\n"  # 19
        "    run.other.append(x)\n"
        "    return sorted(jobs), len(run.pending)\n"
    )
    assert findings(code, "WAC106") == [(16, "WAC106"), (19, "WAC106")]


def test_items_of_containers_of_task_coroutines_awaited_or_gathered_are_fine() -> None:
    code = HEAD + (
        "import asyncio\n"
        "class Run:\n    pending: list\n\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    jobs = {}\n"
        "    for x in xs:\n"
        "        jobs[x] = record(x)\n"
        "    done = await asyncio.gather(*jobs.values())\n"
        "    firsts = {}\n"
        "    firsts[xs[0]] = record(xs[0])\n"
        "    one = await firsts[xs[0]]\n"
        "    listed = [record(x) for x in xs]\n"
        "    two = await listed[0]\n"
        # the rest gathered too: read back only by `listed[0]`, the others are lost
        # (acp: tests/test_redteam_ac_py.py)
        "    more = await asyncio.gather(*listed[1:])\n"
        "    run = Run()\n"
        "    run.pending.append(record(xs[0]))\n"
        "    three = await asyncio.gather(*run.pending)\n"
        "    kept = Run()\n"
        "    kept.pending.append(record(xs[0]))\n"
        "    four = await kept.flush()\n"  # a method may await its field
        "    return done, one, two, more, three, four\n"
    )
    assert findings(code, "WAC106") == []


def test_a_single_stored_task_coroutine_indexed_is_still_dropped() -> None:
    code = HEAD + (
        "@workflow\nasync def main(x: str):\n"
        "    job = record(x)\n"  # 9
        "    return job['id']\n"
    )
    assert findings(code, "WAC106") == [(9, "WAC106")]


def test_statistics_of_decimals_and_fractions_keep_their_type() -> None:
    # `default=str` writes a Decimal as "182.50", a Fraction as "37/40"
    code = HEAD + (
        "import statistics\n"
        "from decimal import Decimal\n"
        "from fractions import Fraction\n"
        "@task()\nasync def profile(rows: list) -> dict:\n"
        "    amounts = [Decimal(r['amount']) for r in rows]\n"
        "    return {\n"
        "        'median': statistics.median(amounts),\n"  # 14
        "        'low': statistics.median_low(amounts),\n"  # 15
        "        'ratio': statistics.mean(Fraction(r['a'], r['b']) for r in rows),\n"  # 16
        "        'top': max(amounts, default=Decimal('0')),\n"  # 17
        "        'fine': float(statistics.median(amounts)),\n"
        "        'fmean': statistics.fmean(float(a) for a in amounts),\n"
        "        'floats': statistics.median([float(r['amount']) for r in rows]),\n"
        "        'count': max((len(r) for r in rows), default=0),\n"
        "    }\n"
        "@workflow\nasync def main(rows: list):\n"
        "    return await profile(rows)\n"
    )
    assert findings(code, "WAC107") == [
        (14, "WAC107"),
        (15, "WAC107"),
        (16, "WAC107"),
        (17, "WAC107"),
    ]


def test_a_dict_filled_item_by_item_with_decimals_is_a_dict_of_decimals() -> None:
    code = HEAD + (
        "from decimal import Decimal\n"
        "@task()\nasync def rates(rows: list, total: int) -> dict:\n"
        "    out = {}\n"
        "    for r in rows:\n"
        "        out[r['code']] = (Decimal(r['n']) / Decimal(total)).quantize(Decimal('0.01'))\n"
        "    return out\n"  # 13
        "@task()\nasync def fine(rows: list, total: int) -> dict:\n"
        "    out = {}\n"
        "    for r in rows:\n"
        "        out[r['code']] = str(Decimal(r['n']) / Decimal(total))\n"
        "    return out\n"
        "@workflow\nasync def main(rows: list, total: int):\n"
        "    return [await rates(rows, total), await fine(rows, total)]\n"
    )
    assert findings(code, "WAC107") == [(13, "WAC107")]
    assert "a dict filled with a `Decimal` per key" in messages(code, "WAC107")[0]


def test_the_timestamp_of_a_naive_datetime_uses_the_workers_time_zone() -> None:
    code = HEAD + (
        "from datetime import datetime, timezone\n"
        "@workflow\nasync def main(y: int, m: int, s: str):\n"
        "    a = datetime(y, m, 1).timestamp()\n"  # 10
        "    first = datetime(y, m, 1)\n"
        "    b = first.timestamp()\n"  # 12
        "    c = datetime.strptime(s, '%Y-%m-%d').timestamp()\n"  # 13
        "    ok = [\n"
        "        datetime(y, m, 1, tzinfo=timezone.utc).timestamp(),\n"
        "        datetime(y, m, 1, 0, 0, 0, 0, timezone.utc).timestamp(),\n"
        "        datetime.strptime(s, '%Y-%m-%d %z').timestamp(),\n"
        "    ]\n"
        "    print(datetime(y, m, 1).timestamp())\n"
        "    return await record(f'{a}{b}{c}{ok}')\n"
    )
    assert findings(code, "WAC102") == [(10, "WAC102"), (12, "WAC102"), (13, "WAC102")]


PARTIALS = HEAD + (
    "import functools\n"
    "@task()\nasync def send(seg: str, tpl: str, locale: str) -> dict:\n    return {}\n\n"
    "SENDERS = {\n"
    "    'fr': functools.partial(send, locale='fr-FR'),\n"
    "    'en': functools.partial(send, locale='en-GB'),\n"
    "}\n"
    "MIXED = {'fr': functools.partial(send, locale='fr-FR'), 'any': send}\n"
)


def test_tasks_picked_from_a_table_of_partials_are_task_calls() -> None:
    # each entry calls `send` with `locale=` bound first (TaskDef.bound): a table
    # picked by a key, or by `.get(key, default)`, dispatches it like the partial does
    code = PARTIALS + (
        "@workflow\nasync def main(seg: str, tpl: str, lang: str):\n"
        "    SENDERS['fr'](seg, tpl)\n"  # 19
        "    SENDERS[lang](seg, tpl)\n"  # 20
        "    sender = SENDERS.get(lang, SENDERS['en'])\n"
        "    jobs = {}\n"
        "    jobs[seg] = sender(seg, tpl)\n"  # 23
        "    a = await SENDERS['en'](seg)\n"  # 24: `tpl` missing, `locale` bound
        "    b = await MIXED[lang](seg, tpl)\n"  # entries bind different arguments
        "    return sorted(jobs), a, b\n"
    )
    assert findings(code, "WAC106", "WAC402") == [
        (19, "WAC106"),
        (20, "WAC106"),
        (23, "WAC106"),
        (24, "WAC402"),
    ]


def test_tasks_picked_from_a_table_of_partials_and_awaited_are_fine() -> None:
    code = PARTIALS + (
        "import asyncio\n"
        "@workflow\nasync def main(segs: list[str], tpl: str, lang: str):\n"
        "    sender = SENDERS.get(lang, SENDERS['en'])\n"
        "    done = await asyncio.gather(*(sender(s, tpl) for s in segs))\n"
        "    one = await SENDERS['fr'](segs[0], tpl)\n"
        "    return done, one\n"
    )
    assert findings(code, "WAC106", "WAC402") == []


def test_a_method_keeping_task_coroutines_in_a_field_nothing_awaits() -> None:
    # the method is a plain `def`: the body's call of it is where the calls are lost
    code = HEAD + (
        "import asyncio\n"
        "class Batch:\n"
        "    def __init__(self):\n"
        "        self.jobs = {}\n"
        "        self.queue = []\n"
        "    def add(self, x):\n"
        "        self.jobs[x] = record(x)\n"
        "        return len(self.jobs)\n"
        "    def push(self, x):\n"
        "        self.queue.append(record(x))\n"
        "    async def drain(self):\n"
        "        return await asyncio.gather(*self.queue)\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    b = Batch()\n"
        "    for x in xs:\n"
        "        b.add(x)\n"  # 23
        "        b.push(x)\n"
        "    done = await b.drain()\n"
        "    return sorted(b.jobs), done\n"
    )
    assert findings(code, "WAC106") == [(23, "WAC106")]


def test_map_as_a_statement_calls_nothing() -> None:
    # Python 3's `map` / `filter` return iterators: as a statement nothing is called,
    # so nothing is sent (a bug of its own, but no request repeated on replay)
    code = HEAD + (
        "import requests\n"
        "def notify(u):\n    return requests.post(u).status_code\n"
        "@workflow\nasync def main(urls: list[str]):\n"
        "    map(notify, urls)\n"
        "    filter(requests.head, urls)\n"
        "    sent = list(map(notify, urls))\n"  # 14
        "    return sent\n"
    )
    assert findings(code, "WAC101") == [(14, "WAC101")]


def test_the_local_zone_as_an_object_is_the_workers() -> None:
    code = HEAD + (
        "from datetime import datetime\n"
        "from dateutil import tz\n"
        "from dateutil.tz import tzlocal, gettz\n"
        "@workflow\nasync def main(ts: int, zone: str):\n"
        "    a = datetime.fromtimestamp(ts, tz=tzlocal())\n"  # 12
        "    b = datetime.fromtimestamp(ts, tz.gettz())\n"  # 13
        "    c = datetime.fromtimestamp(ts, gettz(zone))\n"
        "    return await record(f'{a}{b}{c}')\n"
    )
    assert findings(code, "WAC102") == [(12, "WAC102"), (13, "WAC102")]
