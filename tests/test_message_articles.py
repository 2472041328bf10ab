"""Messages put "a" or "an" before a name shown as code by how it is read aloud."""

from __future__ import annotations

import pytest

from tests.helpers import lint
from wac_lint.rule import indefinite


@pytest.mark.parametrize(
    ("name", "article"),
    [
        ("Invoice", "an"),
        ("Order", "an"),
        ("datetime", "a"),
        ("Decimal", "a"),
        ("User", "a"),  # "you"
        ("Uint8Array", "a"),
        ("Unit", "a"),
        ("Unknown", "an"),  # "uh"
        ("Update", "an"),
        ("UUID", "a"),  # an acronym: by its letters' names
        ("URL", "a"),
        ("HTTPError", "an"),
        ("SSLContext", "an"),
        ("XMLParser", "an"),
        ("MD5", "an"),
        ("os.DirEntry", "an"),  # read from its first word
    ],
)
def test_article_follows_the_sound_of_the_name(name: str, article: str) -> None:
    assert indefinite(name) == article


def test_a_wac107_message_says_an_before_a_vowel() -> None:
    source = (
        "import wmill\n"
        "from wmill import task, workflow\n\n"
        "class Invoice:\n"
        "    def __init__(self, total: int) -> None:\n"
        "        self.total = total\n\n"
        "@task()\n"
        "async def build(total: int):\n"
        "    return Invoice(total)\n\n"
        "@workflow\n"
        "async def main(total: int = 1):\n"
        "    return await build(total)\n"
    )
    messages = [f.message for f in lint(source) if f.code == "WAC107"]
    assert messages, "the task returns a class instance"
    assert all("an `Invoice` instance" in m for m in messages), messages
