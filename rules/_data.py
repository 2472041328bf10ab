"""The rules' data: `*.toml` files written and commented by hand, read at run time
from the JSON copies beside them.

tomllib is pure Python: importing it and parsing the three catalogues was about a
tenth of a one-file `check`, where `json` (in C) costs almost nothing. The TOML
stays the one place to edit; `python -m wac_lint.rules._data` rewrites the
copies, and a test fails while a copy differs from its TOML.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
SOURCES = ("side_effects.toml", "nondeterminism.toml", "sdk_signatures.toml")


def copy_of(source: str) -> Path:
    return HERE / (source.removesuffix(".toml") + ".json")


@cache
def load(source: str) -> dict[str, Any]:
    """The data of `source` (a name in SOURCES), as its TOML reads."""
    with open(copy_of(source), "rb") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def from_toml(source: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib  # type: ignore[import-not-found, no-redef, unused-ignore]
    with open(HERE / source, "rb") as fh:
        data: dict[str, Any] = tomllib.load(fh)
    return data


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def main() -> None:
    for source in SOURCES:
        copy_of(source).write_text(render(from_toml(source)), encoding="utf-8")
        print(f"wrote {copy_of(source).name} from {source}")


if __name__ == "__main__":
    main()
