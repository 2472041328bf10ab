"""What Windmill resolves as a resource or variable reference in a step's static
input (`$res:<path>`, `$var:<path>`), and the near misses of one: text meant as a
reference that Windmill passes on as it is, or looks up at a path that cannot exist."""

from __future__ import annotations

import re

from wac_lint.rule import code_span

VALID_REFERENCE = re.compile(r"\$res:[^\s/]+/\S+")
# What a resource reference looks like when it is meant as one and misspelt:
# `$res...` in any other shape, or a path behind `res:` / `resource:`. A text
# such as "res/logo.png" or "Resource: down" is not one.
DOLLAR_RES = re.compile(r"\s*\$(res|resource)\b", re.IGNORECASE)
BARE_RES = re.compile(r"(res|resource):[^\s/]+/\S+", re.IGNORECASE)

# The same for variables (`$var:f/secrets/token`): Windmill reads the text after
# `$var:` as the variable's path, so a space or a missing folder is a lookup that
# fails the step; `$variable:` / `var:` are not references and pass as they are.
VALID_VARIABLE = re.compile(r"\$var:[^\s/]+/\S+")
DOLLAR_VAR = re.compile(r"\s*\$(var|variable)\b", re.IGNORECASE)


def variable_near_miss(text: str) -> str | None:
    """Why `text`, meant as a variable reference, is not one (None: it is, or is not meant)."""
    if VALID_VARIABLE.fullmatch(text) or DOLLAR_VAR.match(text) is None:
        return None
    if text.startswith("$var:"):
        return (
            f"{code_span(text)} is not a variable reference: Windmill looks up the text after "
            "`$var:` exactly as the variable's path, which is not `<folder or user path>/<name>`, "
            "finds no variable and the step fails"
        )
    return (
        f"{code_span(text)} is not a variable reference: Windmill resolves only "
        "`$var:<folder or user path>/<name>` and passes this string as it is"
    )


# Every path of a workspace item starts with the owner's kind: `u/<user>/...` or
# `f/<folder>/...` (`g/<group>/...` in older workspaces).
PATH_ROOTS = frozenset({"u", "f", "g"})


def path_root_miss(text: str) -> str | None:
    """Why a well-formed `$res:<a>/<b>` / `$var:<a>/<b>` names nothing: its path starts
    with neither `u/` nor `f/` (`$res:finance/smtp`, a folder without its `f/`), so
    Windmill's lookup at that exact path finds no item and the step fails."""
    if not (VALID_REFERENCE.fullmatch(text) or VALID_VARIABLE.fullmatch(text)):
        return None
    prefix, _, path = text.partition(":")
    root = path.split("/", 1)[0]
    if root in PATH_ROOTS:
        return None
    item = "resource" if prefix == "$res" else "variable"
    return (
        f"{code_span(text)} names no {item}: workspace paths start with `u/<user>/` or "
        f"`f/<folder>/`, so Windmill's lookup of `{path}` finds nothing and the step fails; "
        f"did you mean `{prefix}:f/{path}`?"
    )


def near_miss(text: str) -> bool:
    if VALID_REFERENCE.fullmatch(text):
        return False
    return DOLLAR_RES.match(text) is not None or BARE_RES.fullmatch(text.strip()) is not None
