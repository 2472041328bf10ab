"""Red team S (sp): Python multi-tenant fan-out, polling, notebooks turned into
workflows, data contracts and cloud SDK clients, pinned with their messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def findings(code: str, *codes: str, lang: str = LANG_PYTHON) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, lang), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


def rows(code: str, *codes: str, lang: str = LANG_PYTHON) -> list[tuple[int, str]]:
    return [(row, code_) for row, code_, _ in findings(code, *codes, lang=lang)]


HEAD = "from wmill import sleep, step, task, workflow\n\n"


# --- WAC101 at module level: a data-frame reader given a URL downloads it -----------


def test_a_module_level_reader_given_a_url_is_network_io() -> None:
    code = (
        "import pandas as pd\n" + HEAD + "SOURCE = 'https://data.example.com/regions.csv'\n"
        "regions = pd.read_csv(SOURCE)\n"
        "rates = pd.read_json('s3://bucket/rates.json')\n\n"
        "@workflow\nasync def main():\n    return len(regions) + len(rates)\n"
    )
    assert findings(code, "WAC101") == [
        (
            5,
            "WAC101",
            "`pandas.read_csv` does network I/O at module level: the script runs again from "
            "the top on every replay of the workflow, so this happens again each time; call "
            "it in a task or a `step(...)` in the body",
        ),
        (
            6,
            "WAC101",
            "`pandas.read_json` does network I/O at module level: the script runs again from "
            "the top on every replay of the workflow, so this happens again each time; call "
            "it in a task or a `step(...)` in the body",
        ),
    ]


def test_a_module_level_reader_of_a_local_file_or_a_lazy_scan_is_configuration() -> None:
    code = (
        "import pandas as pd\nimport polars as pl\n" + HEAD + "LOOKUP = pd.read_csv('lookup.csv')\n"
        "EVENTS = pl.scan_parquet('s3://lake/events/*.parquet')\n\n"
        "@workflow\nasync def main():\n    return len(LOOKUP)\n"
    )
    assert findings(code, "WAC101") == []


# --- WAC101: pure helpers shipped inside cloud SDKs; the asyncio AWS client ---------


def test_pure_helpers_of_cloud_sdks_are_not_requests() -> None:
    code = (
        "from boto3.dynamodb.types import TypeDeserializer, TypeSerializer\n"
        "from boto3.dynamodb.conditions import Key\n"
        "from botocore.config import Config\n"
        "from botocore.utils import ArnParser\n"
        + HEAD
        + "ser = TypeSerializer()\nparser = ArnParser()\n\n"
        "@task()\nasync def put(item: dict) -> int:\n    return 1\n\n"
        "@workflow\nasync def main(profile: dict, arn: str):\n"
        "    item = {k: ser.serialize(v) for k, v in profile.items()}\n"
        "    back = {k: TypeDeserializer().deserialize(v) for k, v in item.items()}\n"
        "    region = parser.parse_arn(arn)['region']\n"
        "    cond = Key('pk').eq(profile['pk'])\n"
        "    cfg = Config(retries={'max_attempts': 3})\n"
        "    return await put(item), region, len(back), str(cond), str(cfg)\n"
    )
    assert findings(code, "WAC101") == []


def test_aioboto3_requests_in_the_body_are_reported_and_its_session_is_not() -> None:
    code = (
        "import aioboto3\n" + HEAD + "@workflow\nasync def main(key: str):\n"
        "    session = aioboto3.Session()\n"
        "    async with session.client('s3') as s3:\n"
        "        await s3.put_object(Bucket='b', Key=key, Body=b'x')\n"
        "    return key\n"
    )
    assert rows(code, "WAC101") == [(8, "WAC101")]


# --- WAC107: set algebra, Decimal methods, values accumulated in place --------------


def test_set_algebra_and_key_view_differences_are_sets() -> None:
    code = (
        HEAD + "REQUIRED = {'id': 'str', 'email': 'str'}\n\n"
        "@task()\nasync def drift(cols: list[str]) -> dict:\n"
        "    have = {c: 1 for c in cols}\n"
        "    missing = REQUIRED.keys() - have.keys()\n"
        "    return {'missing': missing, 'extra': set(cols) - set(REQUIRED)}\n\n"
        "@workflow\nasync def main(cols: list[str]):\n    return await drift(cols)\n"
    )
    assert findings(code, "WAC107") == [
        (
            9,
            "WAC107",
            "`missing` is a set inside the value returned by this task: it is checkpointed as "
            "JSON and comes back as a string of its repr (`\"{'a', 'b'}\"`)",
        ),
        (
            9,
            "WAC107",
            "`set(cols) - set(REQUIRED)` is a `set` inside the value returned by this task: it "
            "is checkpointed as JSON and comes back as a string of its repr (`\"{'a', 'b'}\"`)",
        ),
    ]


def test_set_algebra_made_into_a_list_and_numbers_subtracted_are_fine() -> None:
    code = (
        HEAD + "REQUIRED = {'id': 'str', 'email': 'str'}\n\n"
        "@task()\nasync def drift(cols: list[str], a: int, b: int) -> dict:\n"
        "    have = {c: 1 for c in cols}\n"
        "    return {'missing': sorted(REQUIRED.keys() - have.keys()), 'gap': a - b,\n"
        "            'flags': a | b, 'extra': list(set(cols) - set(REQUIRED))}\n\n"
        "@workflow\nasync def main(cols: list[str]):\n    return await drift(cols, 3, 1)\n"
    )
    assert findings(code, "WAC107") == []


def test_a_decimal_kept_by_its_methods_and_by_augmented_arithmetic() -> None:
    code = (
        "from decimal import Decimal\n" + HEAD + "CENT = Decimal('0.01')\n\n"
        "@task()\nasync def total(rows: list[str]) -> dict:\n"
        "    acc = Decimal(0)\n"
        "    for r in rows:\n        acc += Decimal(r)\n"
        "    return {'total': acc.quantize(CENT), 'raw': acc}\n\n"
        "@workflow\nasync def main(rows: list[str]):\n    return await total(rows)\n"
    )
    assert findings(code, "WAC107") == [
        (
            11,
            "WAC107",
            "`acc.quantize(CENT)` is a `Decimal` inside the value returned by this task: it is "
            "checkpointed as JSON and comes back as a string",
        ),
        (
            11,
            "WAC107",
            "`acc` is a `Decimal` inside the value returned by this task: it is checkpointed "
            "as JSON and comes back as a string",
        ),
    ]


def test_a_name_rebound_whole_or_accumulated_into_a_str_is_not_guessed() -> None:
    code = (
        "from decimal import Decimal\n"
        + HEAD
        + "@task()\nasync def total(rows: list[str]) -> dict:\n"
        "    acc = Decimal(0)\n"
        "    for r in rows:\n        acc += Decimal(r)\n"
        "    acc = str(acc)\n"
        "    seen = set()\n    seen |= set(rows)\n    count = 0\n    count += len(seen)\n"
        "    return {'total': acc, 'count': count}\n\n"
        "@workflow\nasync def main(rows: list[str]):\n    return await total(rows)\n"
    )
    assert findings(code, "WAC107") == []


def test_a_set_grown_in_place_is_still_a_set() -> None:
    code = HEAD + (
        "@task()\nasync def owners(groups: list[list[str]]) -> list:\n"
        "    seen = set()\n"
        "    for g in groups:\n        seen |= set(g)\n"
        "    return [seen]\n\n"
        "@workflow\nasync def main(groups: list[list[str]]):\n    return await owners(groups)\n"
    )
    assert rows(code, "WAC107") == [(8, "WAC107")]


# --- WAC301: Python sleep given milliseconds ----------------------------------------


def test_python_sleep_given_milliseconds() -> None:
    code = (
        HEAD + "@task()\nasync def status() -> dict:\n    return {}\n\n"
        "@workflow\nasync def main(backoff_ms: int = 500, pause_s: int = 3):\n"
        "    r = await status()\n"
        "    await sleep(r['retry_after_ms'])\n"
        "    await sleep(r.get('retryAfterMs', 1500))\n"
        "    await sleep(backoff_ms)\n"
        "    await sleep(30 * 1000)\n"
        "    await sleep(backoff_ms / 1000)\n"
        "    await sleep(r['retry_after_ms'] / 1000)\n"
        "    await sleep(pause_s * 60)\n"
        "    await sleep(r.get('retry_after', 30))\n"
    )
    got = findings(code, "WAC301")
    assert [row for row, _, _ in got] == [10, 11, 12, 13]
    assert got[0][2] == (
        "`sleep` takes seconds, but `r['retry_after_ms']` is in milliseconds: the workflow "
        "waits 1000 times longer; divide by 1000 (`delay_ms / 1000`)"
    )


def test_typescript_sleep_given_a_field_in_milliseconds() -> None:
    code = (
        'import { sleep, task, workflow } from "windmill-client";\n\n'
        "const status = task(async () => ({ retryAfterMs: 1500 }));\n\n"
        "export const main = workflow(async () => {\n"
        "  const r = await status();\n"
        '  await sleep(r["retryAfterMs"]);\n'
        "  await sleep(r.retryAfterMs / 1000);\n"
        "});\n"
    )
    assert rows(code, "WAC301", lang=LANG_TYPESCRIPT) == [(7, "WAC301")]


def test_aiobotocore_clients_from_get_session_are_the_library_s() -> None:
    code = (
        "from aiobotocore.session import get_session\n"
        + HEAD
        + "@workflow\nasync def main(key: str):\n"
        "    session = get_session()\n"
        "    async with session.create_client('sqs') as sqs:\n"
        "        await sqs.send_message(QueueUrl='q', MessageBody=key)\n"
        "    return key\n"
    )
    assert rows(code, "WAC101") == [(8, "WAC101")]


def test_a_datetime_moved_in_place_by_a_timedelta_is_still_a_datetime() -> None:
    code = (
        "from datetime import datetime, timedelta\n"
        + HEAD
        + "@task()\nasync def next_run(last: str, days: int) -> dict:\n"
        "    when = datetime.fromisoformat(last)\n"
        "    when += timedelta(days=days)\n"
        "    return {'when': when}\n\n"
        "@workflow\nasync def main(last: str):\n    return await next_run(last, 1)\n"
    )
    assert rows(code, "WAC107") == [(8, "WAC107")]


def test_a_workflow_parameter_defaulting_to_today_parsed_as_a_time() -> None:
    code = (
        "import pandas as pd\n"
        + HEAD
        + "@workflow\nasync def main(end_date: str = 'today', start: str = 'now', tz: str = 'UTC'"
        "):\n"
        "    end = pd.to_datetime(end_date)\n"
        "    begin = pd.Timestamp(start, tz=tz)\n"
        "    zone = pd.Timestamp('2024-01-01', tz=tz)\n"
        "    return end.isoformat(), begin.isoformat(), zone.isoformat()\n"
    )
    assert findings(code, "WAC102") == [
        (
            6,
            "WAC102",
            "`pd.to_datetime(end_date)` reads the clock when `end_date` keeps its default "
            '`"today"` (a run started without it): the value changes between replays of the '
            "workflow body; default to `None` and capture the date with `step(...)` when it "
            "is not given",
        ),
        (
            7,
            "WAC102",
            "`pd.Timestamp(start, tz=tz)` reads the clock when `start` keeps its default "
            '`"now"` (a run started without it): the value changes between replays of the '
            "workflow body; default to `None` and capture the date with `step(...)` when it "
            "is not given",
        ),
    ]


def test_a_today_default_replaced_before_it_is_parsed_is_fine() -> None:
    code = (
        "from datetime import date\nimport pandas as pd\n"
        + HEAD
        + "@workflow\nasync def main(end_date: str = 'today'):\n"
        "    if end_date == 'today':\n"
        "        end_date = await step('today', lambda: date.today().isoformat())\n"
        "    return pd.to_datetime(end_date).isoformat()\n"
    )
    assert findings(code, "WAC102") == []


def test_azure_sdk_requests_in_the_body_and_their_clients_built_locally() -> None:
    code = (
        "from azure.identity import DefaultAzureCredential\n"
        "from azure.keyvault.secrets import SecretClient\n"
        "from azure.mgmt.compute import ComputeManagementClient\n"
        + HEAD
        + "cred = DefaultAzureCredential()\n\n"
        "@workflow\nasync def main(vault: str, sub: str):\n"
        "    kv = SecretClient(vault_url=vault, credential=cred)\n"
        "    compute = ComputeManagementClient(cred, sub)\n"
        "    key = kv.get_secret('api-key').value\n"
        "    vms = [vm.name for vm in compute.virtual_machines.list_all()]\n"
        "    token = cred.get_token('https://management.azure.com/.default')\n"
        "    return key, vms, token.expires_on\n"
    )
    assert rows(code, "WAC101") == [(12, "WAC101"), (13, "WAC101"), (14, "WAC101")]
