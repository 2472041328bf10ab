"""Red team PP (Python blind round P): functions reached through dispatch tables and
other indirection, clients named only by their types, standard-library I/O, and correct
code shaped like mistakes, pinned with their messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, select: list[str]) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=select)
    return [(f.row, f.code, f.message) for f in result.findings]


def body(what: str, kind: str) -> str:
    return (
        f"`{what}` {kind} in the workflow body, which re-runs on every replay; "
        "move it into a task or a `step(...)`"
    )


NETWORK = "does network I/O"
DATABASE = "talks to a database or queue"
FILES = "touches the file system"


def test_a_factory_return_annotation_names_the_client_it_hands_back() -> None:
    code = (
        "from redis import Redis\nfrom wmill import workflow\n\n_POOL = {}\n\n"
        "def cache(name: str) -> Redis:\n    return _POOL[name]\n\n"
        "def label(name: str) -> str:\n    return _POOL[name]\n\n"
        "@workflow\nasync def main(key: str):\n"
        '    cache("sessions").delete(key)\n    return label(key).upper()\n'
    )
    assert findings(code, ["WAC101"]) == [
        (14, "WAC101", body('cache("sessions").delete', DATABASE))
    ]


def test_typing_cast_hands_back_an_instance_of_the_type() -> None:
    code = (
        "import typing\nimport httpx\nfrom wmill import workflow\n\nHOLDER = {}\n\n"
        "@workflow\nasync def main(sid: str):\n"
        '    api = typing.cast("httpx.AsyncClient", HOLDER["api"])\n'
        "    size = typing.cast(int, HOLDER['size'])\n"
        '    await api.post("/revoke", json={"sid": sid})\n    return size + 1\n'
    )
    assert findings(code, ["WAC101"]) == [(11, "WAC101", body("api.post", NETWORK))]


def test_items_of_an_annotated_container_are_instances_of_its_item_type() -> None:
    code = (
        "from typing import Mapping\nimport requests\nfrom wmill import workflow\n\n"
        "@workflow\nasync def main(region: str, urls: list[str]):\n"
        "    sessions: Mapping[str, requests.Session] = {}\n"
        "    names: dict[str, str] = {}\n"
        "    sessions[region].get(urls[0])\n"
        "    return names[region].upper(), sessions[region].headers\n"
    )
    assert findings(code, ["WAC101"]) == [(9, "WAC101", body("sessions[region].get", NETWORK))]


def test_an_annotated_assignment_names_a_value_that_cannot_be_followed() -> None:
    code = (
        "import psycopg\nfrom wmill import workflow\n\nPOOL = object()\n\n"
        "@workflow\nasync def main(n: int):\n"
        "    conn: psycopg.Connection = POOL.getconn()\n"
        "    conn.cancel()\n    return n\n"
    )
    assert findings(code, ["WAC101"]) == [(9, "WAC101", body("conn.cancel", DATABASE))]


def test_a_sort_key_of_the_file_runs_on_every_item_in_the_body() -> None:
    code = (
        "import functools\nimport httpx\nfrom wmill import workflow\n\n"
        "def stars(repo: str, token: str) -> int:\n"
        '    return httpx.get(f"https://api.example/{repo}", headers={"t": token}).json()["n"]\n\n'
        "def length(repo: str) -> int:\n    return len(repo)\n\n"
        "@workflow\nasync def main(repos: list[str], token: str):\n"
        "    shortest = min(repos, key=length)\n"
        "    top = max(repos, key=functools.partial(stars, token=token))\n"
        "    return shortest, top\n"
    )
    assert findings(code, ["WAC101"]) == [
        (
            14,
            "WAC101",
            body("httpx.get", NETWORK).replace(
                "`httpx.get`", "`httpx.get` (reached through `main → stars → httpx.get`)"
            ),
        )
    ]


def test_a_function_looked_up_by_a_built_name_may_be_any_with_its_prefix() -> None:
    code = (
        "import subprocess\nfrom wmill import workflow\n\n"
        "def deploy_helm(app: str) -> None:\n"
        '    subprocess.run(["helm", "upgrade", app], check=True)\n\n'
        "def deploy_noop(app: str) -> None:\n    return None\n\n"
        "def render_helm(app: str) -> str:\n    return app\n\n"
        "class Renderer:\n"
        "    def run(self, kind: str, app: str) -> str:\n"
        '        return getattr(self, "_as_%s" % kind)(app)\n\n'
        "    def _as_text(self, app: str) -> str:\n        return app\n\n"
        "@workflow\nasync def main(kind: str, app: str):\n"
        '    globals()[f"deploy_{kind}"](app)\n'
        "    text = Renderer().run(kind, app)\n"
        '    return globals()["render_{}".format(kind)](text)\n'
    )
    assert findings(code, ["WAC101"]) == [
        (
            22,
            "WAC101",
            body("subprocess.run", "starts or signals a process or a thread").replace(
                "`subprocess.run`",
                "`subprocess.run` (reached through `main → deploy_helm → subprocess.run`)",
            ),
        )
    ]


def test_a_singledispatch_call_may_run_any_registered_implementation() -> None:
    code = (
        "import functools\nimport os\nfrom wmill import workflow\n\n"
        "class Store:\n"
        "    @functools.singledispatchmethod\n"
        "    def put(self, item: object) -> str:\n        return str(item)\n\n"
        "    @put.register(bytes)\n"
        "    def _(self, item) -> str:\n"
        '        os.remove("/tmp/blob")\n        return "removed"\n\n'
        "    @put.register\n"
        "    def _(self, item: int) -> str:\n        return hex(item)\n\n"
        "@functools.singledispatch\ndef show(v: object) -> str:\n    return str(v)\n\n"
        "@show.register\ndef _(v: int) -> str:\n    return f'{v:,}'\n\n"
        "@workflow\nasync def main(n: int):\n"
        "    Store().put(n)\n    return show(n)\n"
    )
    assert findings(code, ["WAC101"]) == [
        (
            29,
            "WAC101",
            body("os.remove", FILES).replace(
                "`os.remove`",
                "`os.remove` (reached through `main → Store.put[bytes] → os.remove`)",
            ),
        )
    ]


def test_a_paramiko_client_and_its_host_key_policy_are_set_up_locally() -> None:
    code = (
        "import paramiko\nfrom wmill import workflow\n\n"
        "client = paramiko.SSHClient()\n"
        "client.set_missing_host_key_policy(paramiko.RejectPolicy())\n\n"
        "@workflow\nasync def main(host: str):\n"
        "    ssh = paramiko.SSHClient()\n"
        "    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n"
        "    ssh.connect(host, username='deploy')\n    return host\n"
    )
    assert findings(code, ["WAC101"]) == [(11, "WAC101", body("ssh.connect", NETWORK))]


def test_an_unseeded_generator_is_reported_where_it_is_built_not_at_each_draw() -> None:
    code = (
        "import random\nfrom wmill import workflow\n\n"
        "@workflow\nasync def main(xs: list[str], seed: int):\n"
        "    rng = random.SystemRandom()\n"
        "    pick = rng.choice(xs)\n    order = rng.sample(xs, k=2)\n"
        "    fixed = random.Random(seed).choice(xs)\n"
        "    return pick, order, fixed, random.choice(xs)\n"
    )
    assert findings(code, ["WAC102"]) == [
        (
            6,
            "WAC102",
            "`random.SystemRandom` is random: the value changes between replays of the "
            "workflow body; capture it with `step(...)`",
        ),
        (
            10,
            "WAC102",
            "`random.choice` is random: the value changes between replays of the "
            "workflow body; capture it with `step(...)`",
        ),
    ]


def test_archives_over_a_buffer_in_memory_touch_no_file() -> None:
    code = (
        "import io\nimport tarfile\nimport zipfile\nfrom wmill import workflow\n\n"
        "@workflow\nasync def main(rows: str, out: str):\n"
        "    buf = io.BytesIO()\n"
        "    with tarfile.open(fileobj=buf, mode='w:gz') as tf:\n"
        "        tf.addfile(tarfile.TarInfo('rows.csv'), io.BytesIO(rows.encode()))\n"
        "    mem = zipfile.ZipFile(io.BytesIO(), 'w')\n    mem.writestr('rows.csv', rows)\n"
        "    disk = zipfile.ZipFile(out, 'w')\n    disk.writestr('rows.csv', rows)\n"
        "    return len(buf.getvalue())\n"
    )
    assert findings(code, ["WAC101"]) == [(14, "WAC101", body("disk.writestr", FILES))]


def test_a_function_kept_in_a_field_of_a_record_of_the_file_runs_when_called() -> None:
    code = (
        "import shutil\nfrom typing import Callable, NamedTuple\nfrom wmill import workflow\n\n"
        "def purge(path: str) -> None:\n    shutil.rmtree(path)\n\n"
        "def keep(path: str) -> None:\n    return None\n\n"
        "class Policy(NamedTuple):\n    name: str\n    apply: Callable[[str], None]\n"
        "    label: Callable[[str], str] = str.upper\n\n"
        "POLICIES = (Policy('keep', keep), Policy(name='purge', apply=purge))\n\n"
        "@workflow\nasync def main(path: str):\n"
        "    for policy in POLICIES:\n        policy.apply(path)\n"
        "    one = Policy('keep', keep)\n    one.apply(path)\n    return path\n"
    )
    assert findings(code, ["WAC101"]) == [
        (
            21,
            "WAC101",
            body("shutil.rmtree", FILES).replace(
                "`shutil.rmtree`",
                "`shutil.rmtree` (reached through `main → purge → shutil.rmtree`)",
            ),
        )
    ]


def test_a_client_that_connects_when_built_is_reported_where_it_connects() -> None:
    code = (
        "import ftplib\nimport poplib\nfrom wmill import workflow\n\n"
        "@workflow\nasync def main(host: str):\n"
        "    box = poplib.POP3_SSL(host=host)\n"
        "    count = box.stat()[0]\n    box.quit()\n"
        "    later = ftplib.FTP()\n    later.connect(host)\n    return count\n"
    )
    assert findings(code, ["WAC101"]) == [
        (7, "WAC101", body("poplib.POP3_SSL", NETWORK)),
        (11, "WAC101", body("later.connect", NETWORK)),
    ]


def test_a_function_handed_to_a_helper_that_calls_it_runs_in_the_body() -> None:
    code = (
        "import os\nimport functools\nfrom wmill import workflow\n\n"
        "def each(items: list[str], *, using) -> list:\n    return [using(i) for i in items]\n\n"
        "def later(fn, x: str):\n    return (fn, x)\n\n"
        "def drop(path: str, force: bool = False) -> None:\n    os.remove(path)\n\n"
        "def wipe(path: str) -> None:\n    os.rmdir(path)\n\n"
        "@workflow\nasync def main(paths: list[str]):\n"
        "    later(wipe, paths[0])\n"
        "    return each(paths, using=functools.partial(drop, force=True))\n"
    )
    assert findings(code, ["WAC101"]) == [
        (
            20,
            "WAC101",
            body("os.remove", FILES).replace(
                "`os.remove`", "`os.remove` (reached through `main → each → drop → os.remove`)"
            ),
        )
    ]


def test_a_bound_method_of_a_client_handed_to_map_is_called_there() -> None:
    code = (
        "import asyncio\nimport requests\nfrom wmill import workflow\n\n"
        "@workflow\nasync def main(urls: list[str], lines: list[str]):\n"
        "    session = requests.Session()\n"
        "    heads = list(map(session.head, urls))\n"
        "    clean = list(map(str.strip, lines))\n"
        "    body = await asyncio.to_thread(session.get, urls[0])\n"
        "    return heads, clean, body\n"
    )
    assert findings(code, ["WAC101"]) == [
        (8, "WAC101", body("session.head", NETWORK)),
        (10, "WAC101", body("session.get", NETWORK)),
    ]


def test_a_property_or_field_annotation_names_the_client_a_member_holds() -> None:
    code = (
        "from functools import cached_property\nimport boto3\nimport httpx\n"
        "from wmill import workflow\n\nREG = {}\n\n"
        "class Archive:\n    buckets: list[httpx.Client]\n    label: str\n\n"
        "    def __init__(self) -> None:\n        self.buckets = REG['b']\n"
        "        self.label = 'x'\n\n"
        "    @cached_property\n    def s3(self) -> 'boto3.client':\n        return REG['s3']\n\n"
        "    @property\n    def http(self) -> httpx.Client:\n        return REG['http']\n\n"
        "@workflow\nasync def main(key: str):\n    a = Archive()\n"
        "    a.http.delete(key)\n    a.buckets[0].put(key)\n"
        "    return a.label.upper(), a.s3\n"
    )
    assert findings(code, ["WAC101"]) == [
        (27, "WAC101", body("a.http.delete", NETWORK)),
        (28, "WAC101", body("a.buckets[0].put", NETWORK)),
    ]


def test_a_table_of_callable_instances_runs_their_call_method() -> None:
    code = (
        "import subprocess\nfrom wmill import workflow\n\n"
        "class Runner:\n    def __init__(self, cmd: str) -> None:\n        self.cmd = cmd\n\n"
        "    def __call__(self, arg: str) -> int:\n"
        "        return subprocess.call([self.cmd, arg])\n\n"
        "class Echo:\n    def __call__(self, arg: str) -> str:\n        return arg\n\n"
        "TOOLS = {'lint': Runner('ruff'), 'echo': Echo()}\nSAFE = {'echo': Echo()}\n\n"
        "@workflow\nasync def main(tool: str, arg: str):\n"
        "    SAFE[tool](arg)\n    return TOOLS.get(tool)(arg)\n"
    )
    assert findings(code, ["WAC101"]) == [
        (
            21,
            "WAC101",
            body("subprocess.call", "starts or signals a process or a thread").replace(
                "`subprocess.call`",
                "`subprocess.call` (reached through `main → Runner.__call__ → subprocess.call`)",
            ),
        )
    ]


def test_operator_methodcaller_calls_the_method_it_names_on_its_argument() -> None:
    code = (
        "from operator import methodcaller\nimport httpx\nfrom wmill import workflow\n\n"
        "@workflow\nasync def main(url: str, name: str):\n"
        "    client = httpx.Client()\n"
        "    upper = methodcaller('upper')\n"
        "    methodcaller('delete', url)(client)\n"
        "    return upper(name)\n"
    )
    assert findings(code, ["WAC101"]) == [
        (9, "WAC101", body("methodcaller('delete', url)", NETWORK))
    ]


def test_a_type_alias_and_a_context_manager_s_yield_annotation_name_the_client() -> None:
    code = (
        "from contextlib import contextmanager\nfrom typing import Generator\n"
        "import redis\nfrom wmill import workflow\n\n"
        "Cache = redis.Redis\nREG = {}\n\n"
        "def bump(c: Cache, key: str) -> None:\n    c.incr(key)\n\n"
        "@contextmanager\ndef conn() -> Generator[redis.Redis, None, None]:\n"
        "    yield REG['r']\n\n"
        "@workflow\nasync def main(key: str):\n"
        "    bump(REG['r'], key)\n"
        "    with conn() as r:\n        r.expire(key, 60)\n    return key\n"
    )
    assert findings(code, ["WAC101"]) == [
        (
            18,
            "WAC101",
            body("c.incr", DATABASE).replace(
                "`c.incr`", "`c.incr` (reached through `main → bump → c.incr`)"
            ),
        ),
        (20, "WAC101", body("r.expire", DATABASE)),
    ]


def test_a_file_log_handler_opens_its_file_and_closing_a_client_sends_nothing() -> None:
    code = (
        "import logging\nimport logging.handlers\nimport httpx\nfrom wmill import workflow\n\n"
        "@workflow\nasync def main(path: str):\n"
        "    lazy = logging.FileHandler(path, delay=True)\n"
        "    now = logging.handlers.RotatingFileHandler(path, maxBytes=1024)\n"
        "    client = httpx.Client()\n    client.close()\n    return lazy, now\n"
    )
    assert findings(code, ["WAC101"]) == [
        (9, "WAC101", body("logging.handlers.RotatingFileHandler", FILES))
    ]


def test_a_presigned_url_reads_the_clock_and_sends_nothing() -> None:
    code = (
        "import boto3\nfrom google.cloud import storage\nfrom wmill import step, workflow\n\n"
        "s3 = boto3.client('s3')\n\n"
        "@workflow\nasync def main(key: str):\n"
        "    post = s3.generate_presigned_post('b', key)\n"
        "    blob = storage.Client().bucket('b').blob(key)\n"
        "    url = blob.generate_signed_url(expiration=3600)\n"
        "    later = await step('url', lambda: s3.generate_presigned_url('get_object'))\n"
        "    return post, url, later\n"
    )
    clock = "reads the clock: the value changes between replays of the workflow body; "
    assert findings(code, ["WAC101", "WAC102"]) == [
        (9, "WAC102", f"`s3.generate_presigned_post` {clock}capture it with `step(...)`"),
        (11, "WAC102", f"`blob.generate_signed_url` {clock}capture it with `step(...)`"),
    ]


def test_a_method_s_return_annotation_names_the_client_its_call_hands_back() -> None:
    code = (
        "import pymongo\nfrom wmill import workflow\n\nPOOL = {}\n\n"
        "class Repo:\n    def coll(self) -> pymongo.collection.Collection:\n"
        "        return POOL['c']\n\n    def name(self) -> str:\n        return 'x'\n\n"
        "@workflow\nasync def main(doc: dict):\n    repo = Repo()\n"
        "    repo.coll().insert_one(doc)\n    return repo.name().upper()\n"
    )
    assert findings(code, ["WAC101"]) == [(16, "WAC101", body("repo.coll().insert_one", DATABASE))]


def test_a_table_of_classes_built_by_a_computed_key_runs_the_picked_class_method() -> None:
    code = (
        "import shutil\nfrom wmill import workflow\n\n"
        "class Purge:\n    def apply(self, path: str) -> None:\n        shutil.rmtree(path)\n\n"
        "class Keep:\n    def apply(self, path: str) -> None:\n        return None\n\n"
        "POLICIES = {'purge': Purge, 'keep': Keep}\nSAFE = {'keep': Keep}\n\n"
        "@workflow\nasync def main(policy: str, path: str):\n"
        "    SAFE[policy]().apply(path)\n    POLICIES.get(policy)().apply(path)\n"
        "    return policy\n"
    )
    assert findings(code, ["WAC101"]) == [
        (
            18,
            "WAC101",
            body("shutil.rmtree", FILES).replace(
                "`shutil.rmtree`",
                "`shutil.rmtree` (reached through `main → Purge.apply → shutil.rmtree`)",
            ),
        )
    ]


def test_a_table_filled_by_a_registering_decorator_or_at_module_level_is_followed() -> None:
    code = (
        "import os\nimport subprocess\nfrom wmill import workflow\n\nJOBS = {}\n\n"
        "def job(fn):\n    JOBS[fn.__name__] = fn\n    return fn\n\n"
        "@job\ndef clean(arg: str) -> None:\n    os.remove(arg)\n\n"
        "def build(arg: str) -> None:\n    subprocess.run(['make', arg])\n\n"
        "JOBS['build'] = build\n\n"
        "@workflow\nasync def main(name: str, arg: str):\n"
        "    JOBS[name](arg)\n    return name\n"
    )
    via = "`{0}` (reached through `main → {1} → {0}`)"
    assert findings(code, ["WAC101"]) == [
        (
            22,
            "WAC101",
            # one call of the table reaches either job: one finding, naming both
            body("os.remove", FILES).replace("`os.remove`", via.format("os.remove", "clean"))
            + "; the same call also reaches `subprocess.run` (line 16, in `build`)",
        ),
    ]


def test_a_function_a_helper_hands_on_to_a_step_runs_in_the_step() -> None:
    code = (
        "import requests\nfrom wmill import step, workflow\n\n"
        "def post_event(kind: str) -> int:\n"
        "    return requests.post('https://e.example', json={'k': kind}).status_code\n\n"
        "async def checkpoint(name: str, fn, *args):\n"
        "    return await step(name, lambda: fn(*args))\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    return await checkpoint('notify', post_event, x)\n"
    )
    assert findings(code, ["WAC101"]) == []


def test_singledispatch_on_an_argument_of_plain_type_runs_only_its_implementation() -> None:
    code = (
        "from dataclasses import dataclass\nfrom functools import singledispatch\n"
        "import httpx\nfrom wmill import workflow\n\n"
        "@dataclass\nclass Alert:\n    text: str\n\n"
        "class Page(Alert):\n    pass\n\n"
        "@dataclass\nclass Metric:\n    value: float\n\n"
        "@singledispatch\ndef emit(event) -> str:\n    return str(event)\n\n"
        "@emit.register\ndef _(event: Alert) -> str:\n"
        "    return str(httpx.post('https://alerts.example', json={'t': event.text}))\n\n"
        "@emit.register\ndef _(event: int) -> str:\n    return hex(event)\n\n"
        "@workflow\nasync def main(v: float, text: str):\n"
        "    emit(Metric(v))\n    emit(3)\n    emit(Page(text))\n    return v\n"
    )
    assert findings(code, ["WAC101"]) == [
        (
            33,
            "WAC101",
            body("httpx.post", NETWORK).replace(
                "`httpx.post`", "`httpx.post` (reached through `main → emit[Alert] → httpx.post`)"
            ),
        )
    ]


def test_a_config_parser_reading_a_file_touches_the_file_system() -> None:
    code = (
        "from configparser import ConfigParser, RawConfigParser\nfrom wmill import workflow\n\n"
        "@workflow\nasync def main(ini: str):\n"
        "    a = ConfigParser(interpolation=None)\n    a.read(['/etc/a.ini'])\n"
        "    b = RawConfigParser()\n    b.read_string(ini)\n    return a, b\n"
    )
    assert findings(code, ["WAC101"]) == [(7, "WAC101", body("a.read", FILES))]


def test_a_function_picked_into_a_name_first_may_be_any_it_was_given() -> None:
    code = (
        "import os\nfrom wmill import workflow\n\n"
        "def wipe(p: str) -> None:\n    os.remove(p)\n\n"
        "def purge(p: str) -> None:\n    os.rmdir(p)\n\n"
        "def show(p: str) -> None:\n    print(p)\n\n"
        "PURE = {'show': show}\nACTS = {'show': show}\n\n"
        "@workflow\nasync def main(p: str, kind: str, force: bool):\n"
        "    safe = PURE.get(kind, show)\n    safe(p)\n"
        "    act = ACTS.get(kind, wipe)\n    act(p)\n"
        "    step_fn = show\n    if force:\n        step_fn = purge\n    step_fn(p)\n"
        "    return p\n"
    )
    via = "`{0}` (reached through `main → {1} → {0}`)"
    assert findings(code, ["WAC101"]) == [
        (
            21,
            "WAC101",
            body("os.remove", FILES).replace("`os.remove`", via.format("os.remove", "wipe")),
        ),
        (
            25,
            "WAC101",
            body("os.rmdir", FILES).replace("`os.rmdir`", via.format("os.rmdir", "purge")),
        ),
    ]
