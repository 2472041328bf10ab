"""Qualified names the replay_io red-team scripts needed: parameters annotated with an
imported class, attributes a class assigns once (`self.session`, `this.s3`), and a
method called on an instance built in place (`Notifier(hook).send()`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def wac101(code: str, language: str) -> list[tuple[int, str]]:
    name = "t.py" if language == LANG_PYTHON else "t.ts"
    result = analyze_source(SourceFile(name, code, language), select=["WAC101"])
    return [(f.row, f.message.split(" in the workflow body")[0]) for f in result.findings]


def test_parameter_annotated_with_an_imported_class() -> None:
    code = (
        "import httpx\nfrom wmill import workflow\n\nhttp = httpx.Client()\n\n"
        "def post(client: httpx.Client, x: dict) -> int:\n"
        '    return client.post("/e", json=x).status_code\n\n'
        "@workflow\nasync def main():\n    return post(http, {})\n"
    )
    assert wac101(code, LANG_PYTHON) == [
        (11, "`client.post` (reached through `main → post → client.post`) does network I/O")
    ]


def test_parameter_annotated_with_a_builtin_or_local_type_is_unknown() -> None:
    code = (
        "from wmill import workflow\n\nclass Local:\n"
        "    def post(self) -> int:\n        return 1\n\n"
        "def use(client: Local, d: dict) -> int:\n    d.update({})\n    return client.post()\n\n"
        "@workflow\nasync def main():\n    return use(Local(), {})\n"
    )
    assert wac101(code, LANG_PYTHON) == []


def test_attribute_assigned_once_in_init_and_method_on_an_instance_built_in_place() -> None:
    code = (
        "import requests\nfrom wmill import workflow\n\nclass N:\n"
        "    def __init__(self) -> None:\n        self.s = requests.Session()\n"
        "    def send(self) -> int:\n        return self.s.post('u').status_code\n\n"
        "@workflow\nasync def main():\n    return N().send()\n"
    )
    assert wac101(code, LANG_PYTHON) == [
        (12, "`self.s.post` (reached through `main → N.send → self.s.post`) does network I/O")
    ]


def test_attribute_assigned_twice_is_unknown() -> None:
    code = (
        "import requests\nfrom wmill import workflow\n\nclass N:\n"
        "    def __init__(self, s) -> None:\n        self.s = requests.Session()\n"
        "        self.s = s\n"
        "    def send(self) -> int:\n        return self.s.post('u')\n\n"
        "@workflow\nasync def main():\n    return N(None).send()\n"
    )
    assert wac101(code, LANG_PYTHON) == []


def test_typescript_class_field_through_this() -> None:
    code = (
        'import Redis from "ioredis";\nimport { workflow } from "windmill-client";\n'
        "class Bus {\n  private r = new Redis();\n"
        "  async emit(m: string) {\n    return await this.r.publish('c', m);\n  }\n}\n"
        "export const main = workflow(async () => {\n  return await new Bus().emit('x');\n});\n"
    )
    assert wac101(code, LANG_TYPESCRIPT) == [
        (
            10,
            "`this.r.publish` (reached through `main → Bus.emit → this.r.publish`) "
            "talks to a database or queue",
        )
    ]


def test_parameter_annotated_with_a_response_type_is_data() -> None:
    code = (
        "import requests\nfrom wmill import workflow\n\n"
        "def parse(resp: requests.Response) -> dict:\n    return resp.json()\n\n"
        "@workflow\nasync def main(r: dict):\n    return parse(r)\n"
    )
    assert wac101(code, LANG_PYTHON) == []


def test_function_held_in_an_object_or_dict_literal() -> None:
    ts = (
        'import { workflow } from "windmill-client";\n'
        "const api = {\n  ping: () => 1,\n"
        "  async post(u: string) {\n    return fetch(u);\n  },\n};\n"
        "export const main = workflow(async (u: string) => {\n  api.ping();\n"
        "  return await api.post(u);\n});\n"
    )
    assert wac101(ts, LANG_TYPESCRIPT) == [
        (10, "`fetch` (reached through `main → api.post → fetch`) does network I/O")
    ]
    py = (
        "import requests\nfrom wmill import workflow\n\n"
        'H = {"a": lambda u: requests.get(u), "b": lambda u: u}\n\n'
        '@workflow\nasync def main(u: str):\n    H["b"](u)\n    return H["a"](u)\n'
    )
    assert wac101(py, LANG_PYTHON) == [
        (9, "`requests.get` (reached through `main → H.a → requests.get`) does network I/O")
    ]
