"""Red team QP: Python hooks an expression runs without a visible call, arguments a
durable call evaluates in the body, and guards, pinned with their messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


HEAD = (
    "from wmill import task, workflow\n\n@task()\nasync def t(x: object) -> int:\n    return 1\n\n"
)


def test_sqlalchemy_engine_built_in_the_body_connects_nothing() -> None:
    # create_engine builds the engine and its pool; the first connect() opens a connection
    code = (
        "import sqlalchemy as sa\n" + HEAD + "class Book:\n"
        "    def __init__(self, url):\n        self.engine = sa.create_engine(url)\n\n"
        "@workflow\nasync def main(url: str):\n    book = Book(url)\n    return await t(1)\n"
    )
    assert findings(code, "WAC101") == []
