"""`Loss`: what the checkpoint's JSON does to a value a durable call is given or
returns, and the losses named after a type (an enum member, a dict whose keys JSON
cannot encode, a regular expression, an iterator) (WAC107)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Loss:
    """What a value becomes through the checkpoint's JSON, and how to keep it."""

    what: str  # "a `datetime`"
    becomes: str  # "a string like `2024-05-01 12:00:00`"
    lossy: bool  # data is lost, not only its type
    fix: str | None = None  # template over `{}`: the expression
    raises: bool = False  # json.dumps raises on it: the step / task fails


def enum_loss(name: str) -> Loss:
    return Loss(
        f"a member of the `Enum` `{name}`",
        f'its `str()` (`"{name}.MEMBER"`), which `{name}(...)` does not accept and no '
        "member equals",
        True,
        "{}.value",
    )


def unencodable_keys(what: str) -> Loss:
    """A dict whose keys JSON cannot encode: checkpointing it raises."""
    return Loss(
        what,
        "JSON cannot encode its keys (`json.dumps` raises `TypeError`: keys must be str, "
        "int, float, bool or None, and `default=str` does not apply to keys), so it fails "
        "instead of being checkpointed",
        True,
        raises=True,
    )


# JSON.stringify keeps only own enumerable properties (or what `toJSON` returns): a
# RegExp has none, an Error's `message` and `stack` are not enumerable, an iterator or
# generator object has none, so each becomes `{}`; a URL has `toJSON` (its href).
EMPTY_OBJECT = "`{}` (JSON keeps none of it)"


def regexp_loss() -> Loss:
    return Loss("a `RegExp`", EMPTY_OBJECT, True, "{}.source")


def iterator_loss(what: str) -> Loss:
    return Loss(what, EMPTY_OBJECT, True, "[...{}]")
