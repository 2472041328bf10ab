"""Red team H: what the body reaches through classes, getters, decorators and
conditional clients, pinned with WAC101's messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def wac101(code: str, language: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, language), select=["WAC101"])
    return [(f.row, f.message) for f in result.findings]


def network(what: str, chain: str) -> str:
    return (
        f"`{what}` (reached through `{chain}`) does network I/O in the workflow body, "
        "which re-runs on every replay; move it into a task or a `step(...)`"
    )


def test_python_method_inherited_from_a_base_class() -> None:
    code = (
        "import requests\nfrom wmill import workflow\n\n"
        "class Http:\n    def _post(self, p):\n        return requests.post(p)\n\n"
        "class Mailer(Http):\n    def send(self, p):\n        return self._post(p)\n\n"
        "@workflow\nasync def main(p: str):\n    return Mailer().send(p)\n"
    )
    assert wac101(code, LANG_PYTHON) == [
        (14, network("requests.post", "main → Mailer.send → Http._post → requests.post"))
    ]


def test_python_super_call_and_a_base_the_file_does_not_define() -> None:
    code = (
        "import requests\nfrom wmill import workflow\nfrom somewhere import Base\n\n"
        "class Sink:\n    def write(self, e):\n        return requests.post('u', json=e)\n\n"
        "class Audited(Sink):\n    def write(self, e):\n        return super().write(e)\n\n"
        "class Other(Base):\n    def go(self):\n        return self.unknown()\n\n"
        "@workflow\nasync def main(e: dict):\n    Other().go()\n    return Audited().write(e)\n"
    )
    assert wac101(code, LANG_PYTHON) == [
        (
            20,
            network("requests.post", "main → Audited.write → Sink.write → requests.post"),
        )
    ]


def test_typescript_inherited_method_and_super() -> None:
    code = (
        'import { workflow } from "windmill-client";\n'
        "class Rest {\n  protected post(p: string) { return fetch(p); }\n}\n"
        "class Orders extends Rest {\n  create(p: string) { return this.post(p); }\n}\n"
        "class Audited extends Orders {\n  create(p: string) { return super.create(p); }\n}\n"
        "export const main = workflow(async (p: string) => new Audited().create(p));\n"
    )
    assert wac101(code, LANG_TYPESCRIPT) == [
        (
            11,
            "`fetch` (reached through `main → Audited.create → Orders.create → Rest.post → "
            "fetch`) does network I/O in the workflow body, which re-runs on every replay; "
            "move it into a task or a `step(...)`",
        )
    ]


def test_property_and_getter_give_the_attribute_its_value() -> None:
    py = (
        "from functools import cached_property\nfrom slack_sdk import WebClient\n"
        "from wmill import workflow\n\n"
        "class Notifier:\n    @cached_property\n    def client(self):\n"
        '        """The Slack client."""\n        return WebClient(token="x")\n\n'
        "    def notify(self, text):\n"
        "        self.client.chat_postMessage(channel='c', text=text)\n\n"
        "@workflow\nasync def main(text: str):\n    Notifier().notify(text)\n"
    )
    assert wac101(py, LANG_PYTHON) == [
        (
            16,
            "`self.client.chat_postMessage` (reached through `main → Notifier.notify → "
            "self.client.chat_postMessage`) sends a notification in the workflow body, which "
            "re-runs on every replay; move it into a task or a `step(...)`",
        )
    ]
    ts = (
        'import { workflow } from "windmill-client";\nimport nodemailer from "nodemailer";\n'
        "class Mailer {\n  get transport() { return nodemailer.createTransport('smtp://x'); }\n"
        "  send(to: string) { return this.transport.sendMail({ to }); }\n}\n"
        "export const main = workflow(async (to: string) => new Mailer().send(to));\n"
    )
    assert [row for row, _ in wac101(ts, LANG_TYPESCRIPT)] == [7]


def test_decorator_above_the_task_runs_in_the_body() -> None:
    code = (
        "import functools\nimport requests\nfrom wmill import task, workflow\n\n"
        "def audited(fn):\n    @functools.wraps(fn)\n    async def wrapper(*a):\n"
        "        try:\n            return await fn(*a)\n        finally:\n"
        "            requests.post('https://audit', json={'f': fn.__name__})\n"
        "    return wrapper\n\n"
        "@audited\n@task()\nasync def above(x: str) -> str:\n    return x\n\n"
        "@task()\n@audited\nasync def below(x: str) -> str:\n    return x\n\n"
        "@workflow\nasync def main(x: str):\n    await below(x)\n    return await above(x)\n"
    )
    assert wac101(code, LANG_PYTHON) == [
        (27, network("requests.post", "main → audited → requests.post"))
    ]


def test_conditional_client_and_nested_namespace() -> None:
    code = (
        'import { workflow } from "windmill-client";\nimport { WebClient } from "@slack/web-api";\n'
        "namespace Crm {\n  export namespace Contacts {\n"
        "    export function upsert(e: string) { return fetch(e); }\n  }\n}\n"
        "export const main = workflow(async (e: string, token?: string) => {\n"
        "  const slack = token ? new WebClient(token) : undefined;\n"
        "  await slack?.chat.postMessage({ channel: 'c', text: e });\n"
        "  return Crm.Contacts.upsert(e);\n});\n"
    )
    assert [row for row, _ in wac101(code, LANG_TYPESCRIPT)] == [10, 11]
    assert wac101(code, LANG_TYPESCRIPT)[1][1] == network("fetch", "main → Contacts.upsert → fetch")


def wac102(code: str, language: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, language), select=["WAC102"])
    return [(f.row, f.message) for f in result.findings]


def test_default_factory_runs_when_the_instance_is_built() -> None:
    code = (
        "from dataclasses import dataclass, field\nfrom datetime import datetime\n"
        "from uuid import uuid4\nfrom pydantic import BaseModel, Field\n"
        "from wmill import workflow\n\n"
        "@dataclass\nclass Run:\n    name: str\n"
        "    at: datetime = field(default_factory=datetime.now)\n"
        "    tags: list = field(default_factory=list)\n\n"
        "class Job(BaseModel):\n    id: str = Field(default_factory=lambda: uuid4().hex)\n\n"
        "@workflow\nasync def main(n: str):\n    Run(n)\n    Job()\n    return n\n"
    )
    found = wac102(code, LANG_PYTHON)
    assert [row for row, _ in found] == [18, 19]
    assert found[0][1].startswith("`datetime.now` (reached through `main → Run → datetime.now`)")
    assert found[1][1].startswith("`uuid4` (reached through `main → Job.__init__ → uuid4`)")


def test_field_initializers_and_omitted_defaults_run_with_new() -> None:
    code = (
        'import { workflow } from "windmill-client";\n'
        "class Log {\n  static made = Date.now();\n  at = Date.now();\n  tags: string[] = [];\n}\n"
        "class Win {\n  constructor(readonly days: number, now: Date = new Date()) {}\n}\n"
        "export const main = workflow(async (asOf: string) => {\n"
        "  new Log();\n  new Win(3, new Date(asOf));\n  new Win(3);\n  return asOf;\n});\n"
    )
    found = wac102(code, LANG_TYPESCRIPT)
    assert [row for row, _ in found] == [11, 13]
    assert found[0][1].startswith("`Date.now` (reached through `main → Log → Date.now`)")
    assert found[1][1].startswith("`new Date()` (reached through `main → Win.constructor → ")


def test_decorator_factory_above_the_task() -> None:
    code = (
        "import requests\nfrom wmill import task, workflow\n\n"
        "def audit(channel):\n    def decorate(fn):\n        async def wrapper(*a):\n"
        "            requests.post('https://audit', json={'c': channel})\n"
        "            return await fn(*a)\n        return wrapper\n    return decorate\n\n"
        "@audit(channel='infra')\n@task()\nasync def provision(env: str) -> str:\n"
        "    return env\n\n@workflow\nasync def main(env: str):\n    return await provision(env)\n"
    )
    assert wac101(code, LANG_PYTHON) == [
        (19, network("requests.post", "main → audit → requests.post"))
    ]


def test_abstract_method_reaches_the_override_of_a_subclass() -> None:
    code = (
        'import { workflow } from "windmill-client";\n'
        "abstract class Notifier {\n  abstract send(t: string): Promise<Response>;\n"
        "  all(ts: string[]) { return Promise.all(ts.map((t) => this.send(t))); }\n}\n"
        "class Hook extends Notifier {\n  send(t: string) { return fetch(t); }\n}\n"
        "export const main = workflow(async (ts: string[]) => new Hook().all(ts));\n"
    )
    assert wac101(code, LANG_TYPESCRIPT) == [
        (9, network("fetch", "main → Notifier.all → Hook.send → fetch"))
    ]


def test_arrays_charts_and_lazy_scans_are_file_io() -> None:
    code = (
        "import numpy as np\nimport polars as pl\nimport matplotlib.pyplot as plt\n"
        "from wmill import workflow\n\n@workflow\nasync def main(p: str):\n"
        "    np.save(p, np.zeros(3))\n    plt.savefig(p)\n"
        "    return pl.scan_parquet(p).collect().height\n"
    )
    assert [row for row, _ in wac101(code, LANG_PYTHON)] == [8, 9, 10]


def test_class_level_attributes_and_a_dataclass_client_field() -> None:
    code = (
        "from dataclasses import dataclass, field\nimport httpx\nimport requests\n"
        "from wmill import workflow\n\n"
        "class Status:\n    session = requests.Session()\n\n"
        "@dataclass\nclass Repo:\n"
        "    client: httpx.Client = field(default_factory=lambda: httpx.Client())\n\n"
        "    def latest(self):\n        return self.client.get('https://x').json()\n\n"
        "@workflow\nasync def main():\n"
        "    Status.session.get('https://s')\n    return Repo().latest()\n"
    )
    found = wac101(code, LANG_PYTHON)
    assert [row for row, _ in found] == [18, 19]
    assert found[0][1].startswith("`Status.session.get` does network I/O in the workflow body")
    assert found[1][1].startswith(
        "`self.client.get` (reached through `main → Repo.latest → self.client.get`)"
    )


def test_static_field_fluent_chain_and_map_handlers() -> None:
    code = (
        'import { workflow } from "windmill-client";\n'
        "class Store {\n  static http = { go: (u: string) => fetch(u) };\n}\n"
        "class Q {\n  where(c: string): this { return this; }\n"
        "  run() { return fetch('https://db'); }\n}\n"
        "const post = (t: string) => fetch(t);\n"
        "const handlers = new Map([['a', post]]);\n"
        "export const main = workflow(async (k: string) => {\n"
        "  await new Q().where('x').run();\n  await handlers.get(k)?.('t');\n  return k;\n});\n"
    )
    found = wac101(code, LANG_TYPESCRIPT)
    assert found == [
        (12, network("fetch", "main → Q.run → fetch")),
        (13, network("fetch", "main → post → fetch")),
    ]


def test_python_dict_get_dispatch_keeps_a_literal_key_to_its_member() -> None:
    code = (
        "import requests\nfrom wmill import workflow\n\n"
        "def send(t):\n    return requests.post('https://x', data=t)\n\n"
        "def show(t):\n    return t.upper()\n\n"
        "HANDLERS = {'send': send, 'show': show}\n\n"
        "@workflow\nasync def main(kind: str):\n"
        "    HANDLERS.get('show')('x')\n    HANDLERS.get(kind)('y')\n"
    )
    assert wac101(code, LANG_PYTHON) == [
        (15, network("requests.post", "main → send → requests.post"))
    ]


def test_a_settings_subclass_reads_the_environment_when_built() -> None:
    code = (
        "from pydantic_settings import BaseSettings\nfrom pydantic import BaseModel\n"
        "from wmill import workflow\n\n"
        "class Settings(BaseSettings):\n    batch: int = 10\n\n"
        "class Options(BaseModel):\n    batch: int = 10\n\n"
        "@workflow\nasync def main():\n    Options()\n    return Settings().batch\n"
    )
    errors = (
        "import requests\nfrom wmill import workflow\n\n"
        "class Declined(requests.HTTPError):\n    pass\n\n"
        "@workflow\nasync def main():\n    raise Declined('no')\n"
    )
    assert wac101(errors, LANG_PYTHON) == []
    assert wac102(code, LANG_PYTHON) == [
        (
            14,
            "`BaseSettings` (reached through `main → Settings → BaseSettings`) reads the "
            "process environment: the value changes between replays of the workflow body; "
            "capture it with `step(...)`",
        )
    ]


def test_parameter_property_default_and_task_defaults() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "class FetchHttp {\n  get(u: string) { return fetch(u); }\n}\n"
        "class Geo {\n  constructor(private readonly http = new FetchHttp()) {}\n"
        "  find(a: string) { return this.http.get(a); }\n}\n"
        "const stamp = task(async function stamp(l: string, at: number = Date.now()) {\n"
        "  return { l, at };\n});\n"
        "export const main = workflow(async (a: string) => {\n"
        "  await stamp(a);\n  return new Geo().find(a);\n});\n"
    )
    assert wac101(code, LANG_TYPESCRIPT) == [
        (14, network("fetch", "main → Geo.find → FetchHttp.get → fetch"))
    ]
    assert wac102(code, LANG_TYPESCRIPT) == []
