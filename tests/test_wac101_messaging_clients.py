"""WAC101 on messaging clients: pika's settings objects are values, not I/O;
python-socketio's client connects in `connect` / `emit`, not when built."""

from __future__ import annotations

from wac_lint.engine import analyze_bytes

HEAD = (
    "import pika\nimport socketio\nfrom wmill import task, workflow\n\n"
    "@task()\nasync def ingest(x: str) -> str:\n    return x\n\n"
    "@workflow\nasync def main(x: str):\n"
)


def wac101(body: str) -> list[tuple[int, str]]:
    report = analyze_bytes((HEAD + body + "    return await ingest(x)\n").encode(), "m.py")
    return [(f.row, f.message.split(" ", 1)[0]) for f in report.findings if f.code == "WAC101"]


def test_pika_settings_are_built_locally() -> None:
    body = (
        "    params = pika.ConnectionParameters(\n"
        '        "rabbit", credentials=pika.PlainCredentials("u", "p")\n'
        "    )\n"
        '    props = pika.BasicProperties(content_type="application/json")\n'
        '    url = pika.URLParameters("amqp://rabbit")\n'
    )
    assert wac101(body) == []


def test_socketio_connects_in_connect_not_when_built() -> None:
    body = '    sio = socketio.Client()\n    sio.connect("https://chat.example.com")\n'
    assert wac101(body) == [(12, "`sio.connect`")]
