"""Loading and matching the call catalogues that WAC101 and WAC102 read.

The catalogues are data (TOML files beside this module) so that they can be
reviewed, documented and extended without touching rule code.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from wac_lint.model import BodyCall, ScriptModel
from wac_lint.rule import Fix, Related, RuleContext, code_span
from wac_lint.rules import _data
from wac_lint.rules._sdk_calls import Node
from wac_lint.setting import Setting, strings

# The configuration keys that trim or extend the catalogues; WAC102 and WAC103
# both read the nondeterminism catalogue, so both declare its two keys.
EXTEND_SIDE_EFFECTS = strings(
    "extend-side-effects", "Calls (after import resolution) WAC101 also treats as I/O."
)
ALLOW_SIDE_EFFECTS = strings(
    "allow-side-effects", "Calls WAC101 accepts although its catalogue names them."
)
EXTEND_NONDETERMINISM = strings(
    "extend-nondeterminism", "Calls or reads also treated as non-deterministic."
)
ALLOW_NONDETERMINISM = strings(
    "allow-nondeterminism", "Calls or reads accepted although the catalogue names them."
)
# Annotated: mypyc checks these modules in an order where the tuple's type is
# not yet inferred when a rule module reads it.
SIDE_EFFECT_SETTINGS: tuple[Setting, Setting] = (EXTEND_SIDE_EFFECTS, ALLOW_SIDE_EFFECTS)
NONDETERMINISM_SETTINGS: tuple[Setting, Setting] = (EXTEND_NONDETERMINISM, ALLOW_NONDETERMINISM)


@dataclass(frozen=True)
class Entry:
    """One pattern of a catalogue and the category it reports."""

    pattern: str
    category: str


@dataclass(frozen=True)
class Key:
    """How an entry is looked up: by name prefix, method name, or constructor."""

    name: str
    kind: str  # "name" | "method" | "new"
    # `X()`: only without arguments; `X(<2)`: with fewer than 2; `X(*)`: with any;
    # `X(>0)`: with at least one positional argument (`df.to_csv(path)` writes a file,
    # `df.to_csv()` returns the text). Each matches the call itself only, not a method
    # of what it returns (`X(…).m`).
    max_args: int | None
    min_args: int = 0
    # `X(>0|path)`: or with one of these keyword arguments (`df.to_csv(path_or_buf=p)`)
    keywords: frozenset[str] = frozenset()
    # `X(=now|today)`: only when the first argument is one of these string literals
    # (`pd.Timestamp("now")` reads the clock, `pd.Timestamp(day)` parses a value)
    literals: frozenset[str] = frozenset()
    # `X(!random_state|seed)`: only when none of these keywords is given a value other
    # than `None` (`train_test_split(X, y)` shuffles at random, `(..., random_state=0)`
    # does not). Matches the call itself and a method by its name alike.
    # `X(<2!tz)`: both: fewer than 2 positional arguments and no `tz=` (a time zone
    # given either way: `fromtimestamp(ts, timezone.utc)`, `fromtimestamp(ts, tz=utc)`).
    unless: frozenset[str] = frozenset()
    # `X(!random_state|shuffle=False)`: also not when that keyword is given the literal
    # `False` (`train_test_split(X, y, shuffle=False)` keeps the order); `X(!random_state|
    # +shuffle)`: only when that keyword is given a value other than `None` / `False`
    # (`KFold(5)` keeps the order, `KFold(5, shuffle=True)` shuffles at random)
    unless_false: frozenset[str] = frozenset()
    requires: frozenset[str] = frozenset()
    # `X(?a|b|c)`: unless every one of these parameters (in the signature's order) is
    # given a value other than `None`, by position or by name: `uuid8(a, b, c)` is
    # fixed but `uuid8(a, b)` draws `c` at random; `astimezone(zone)` converts to that
    # zone but `astimezone(None)`, like `astimezone()`, to the worker's.
    required: tuple[str, ...] = ()

    @property
    def no_args(self) -> bool:
        return self.max_args == 0

    @classmethod
    def of(cls, pattern: str) -> Key:
        kind = "name"
        if pattern.startswith("new "):
            kind, pattern = "new", pattern[4:]
        max_args: int | None = None
        min_args = 0
        keywords: frozenset[str] = frozenset()
        literals: frozenset[str] = frozenset()
        unless: frozenset[str] = frozenset()
        unless_false: frozenset[str] = frozenset()
        requires: frozenset[str] = frozenset()
        required: tuple[str, ...] = ()
        if pattern.endswith(")") and "(?" in pattern:
            pattern, _, words = pattern.rpartition("(?")
            required = tuple(w.strip() for w in words[:-1].split("|") if w.strip())
            max_args = sys.maxsize  # the call itself, not the methods of what it returns
        elif pattern.endswith(")") and "(<" in pattern and "!" in pattern.rpartition("(<")[2]:
            pattern, _, limit = pattern.rpartition("(<")
            count, _, words = limit[:-1].partition("!")
            max_args = int(count) - 1
            unless = frozenset(w.strip() for w in words.split("|") if w.strip())
        elif pattern.endswith(")") and "(!" in pattern:
            pattern, _, words = pattern.rpartition("(!")
            listed = [w.strip() for w in words[:-1].split("|") if w.strip()]
            unless = frozenset(w for w in listed if w[0] != "+" and "=" not in w)
            unless_false = frozenset(w[: -len("=False")] for w in listed if w.endswith("=False"))
            requires = frozenset(w[1:] for w in listed if w[0] == "+")
            max_args = sys.maxsize  # the call itself, not the methods of what it returns
        elif pattern.endswith(")") and "(=" in pattern:
            pattern, _, words = pattern.rpartition("(=")
            literals = frozenset(w.strip().lower() for w in words[:-1].split("|") if w.strip())
            max_args = sys.maxsize  # the call itself, not the methods of what it returns
        elif pattern.endswith(")") and "(>" in pattern:
            pattern, _, limit = pattern.rpartition("(>")
            count, _, names = limit[:-1].partition("|")
            max_args, min_args = sys.maxsize, int(count) + 1
            keywords = frozenset(n.strip() for n in names.split(",") if n.strip())
        elif pattern.endswith("(*)"):  # the call itself, with any arguments (not its chain)
            max_args, pattern = sys.maxsize, pattern[:-3]
        elif pattern.endswith("()"):
            max_args, pattern = 0, pattern[:-2]
        elif pattern.endswith(")") and "(<" in pattern:
            pattern, _, limit = pattern.rpartition("(<")
            max_args = int(limit[:-1]) - 1
        if pattern.startswith("."):
            kind, pattern = "method", pattern[1:]
        return cls(
            pattern,
            kind,
            max_args,
            min_args,
            keywords,
            literals,
            unless,
            unless_false,
            requires,
            required,
        )


# Entries of this category name calls that look like a catalogued one but are not
# (a seeded `random.Random(seed)`): matching one means "nothing to report".
NOT_MATCHING = "harmless"


class Catalogue:
    """Entries indexed for lookup: a call is matched by its name's prefixes
    (`a`, `a.b`, `a.b.c`, and `fs` for `fs/promises.x`), its method name, or
    its constructor, in a few dictionary probes instead of a scan."""

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self.index: dict[tuple[str, str], list[tuple[Key, Entry]]] = {}
        for entry in entries:
            key = Key.of(entry.pattern)
            self.index.setdefault((key.kind, key.name), []).append((key, entry))

    def lookup(self, call: BodyCall) -> Entry | None:
        entry = self._lookup(call)
        if (
            entry is not None
            and entry.category not in (NOT_MATCHING, "configured")
            and exception_class(call)
        ):
            return None  # `raise requests.HTTPError(...)`: an exception, built in memory
        return entry

    def _lookup(self, call: BodyCall) -> Entry | None:
        name = call.qualname
        if call.kind == "inherited":
            # `class Settings(BaseSettings)` built: only an entry naming that class (not
            # its module: `class PaymentError(requests.HTTPError)` sends nothing)
            exact = [
                e
                for k, e in self.index.get(("name", name), ())
                if k.name == name and (k.max_args is None or call.arg_count <= k.max_args)
            ]
            return exact[0] if exact else None
        probes: list[tuple[str, str]] = []
        # keyword arguments count as given (`default_rng(seed=s)` is seeded) where the
        # entries only ask whether there are any: `X()` / `X(…)`
        keyworded = call.kind != "read" and not call.arg_count and bool(keyword_names(call))
        # Python's `None` is what these parameters default to: `default_rng(seed=None)`,
        # `random.Random(None)` seed themselves from the OS like `default_rng()`
        given = (call.arg_count or keyworded) and not only_none_arguments(call)
        if call.kind != "read":  # `random.Random(…)`: the call with its arguments
            probes.append(("name", name + ("(…)" if given else "()")))
        if call.kind == "new":
            probes += [("new", p) for p in prefixes(name)]
        method = name.rsplit(".", 1)[1] if "." in name else None
        if (
            call.kind != "read"
            and method is not None
            and (name.startswith(".") or "(" in name)
            and name[0] != "~"
        ):
            # a method by name only on a receiver we cannot name or an object a
            # factory built: `jsonpath.query` or the file's own `Url().query` is no query.
            # (`postgres(…)` alone is the built object itself, called: `sql\`...\``.)
            probes.append(("method", method))
        probes += [("name", p) for p in prefixes(name)]
        for i, probe in enumerate(probes):
            for key, entry in self.index.get(probe, ()):
                if key.literals and not first_string_in(call, key.literals):
                    continue  # `pd.Timestamp(day)` is no `pd.Timestamp("now")`
                if key.unless and unless_given(call, key.unless):
                    continue  # `df.sample(n=5, random_state=7)` is seeded
                if key.unless_false and any(
                    keyword_value(call, w) == "false" for w in key.unless_false
                ):
                    continue  # `train_test_split(X, y, shuffle=False)` keeps the order
                if key.requires and all(
                    keyword_value(call, w) in (None, "none", "false") for w in key.requires
                ):
                    continue  # `KFold(n_splits=5)` without `shuffle=True` keeps the order
                if key.required and all_given(call, key.required):
                    continue  # `uuid8(a, b, c)`: every part given
                if key.max_args is not None and (
                    call.arg_count > key.max_args
                    or (
                        call.arg_count < key.min_args
                        and not (key.keywords and key.keywords & keyword_names(call))
                    )
                    or call.kind == "read"
                    or (key.kind != "method" and probe[1] != name)
                ):
                    continue  # an argument count only says something about the call itself
                if probe[0] == "method" and entry.category != NOT_MATCHING:
                    # a method matched by its name alone yields to an entry naming its
                    # receiver: a look-alike (`random.Random(…).sample` of a seeded
                    # generator, `wmill.ducklake().query`, which only builds the query) or
                    # what it really is (`random.SystemRandom().sample`: random, whatever
                    # `random_state` pandas' `sample` takes)
                    for later in probes[i + 1 :]:
                        if later[0] != "name":
                            continue
                        for other, kept in self.index.get(later, ()):
                            if self.fits(call, other, later):
                                return kept
                return entry
        return None

    @staticmethod
    def fits(call: BodyCall, key: Key, probe: tuple[str, str]) -> bool:
        """Whether a name entry found by `probe` applies to this call's arguments."""
        if key.literals and not first_string_in(call, key.literals):
            return False
        if key.unless and unless_given(call, key.unless):
            return False
        if key.required and all_given(call, key.required):
            return False
        if key.max_args is None:
            return True
        return not (
            call.arg_count > key.max_args
            or call.arg_count < key.min_args
            or call.kind == "read"
            or probe[1] != call.qualname
        )


def first_string_in(call: BodyCall, words: frozenset[str]) -> bool:
    """The call's first argument is a plain string literal among `words` (any case)."""
    if call.elsewhere is not None:
        return False  # a call in another file: `call.node` is the site here
    node: Node | None = call.node  # None in a test's hand-made call
    args = node.child_by_field_name("arguments") if node is not None else None
    first = next((a for a in args.named_children if a.type != "comment"), None) if args else None
    if first is None or first.type != "string" or first.text is None:
        return False
    text = first.text.decode(errors="replace")
    if text[:1] not in "\"'":
        return False  # an f-string or other prefix: not a constant
    return text.strip("\"'").lower() in words


# TypeScript arguments whose keys are seen: literals and object literals
SEEN_ARGUMENTS = frozenset(
    {"string", "number", "template_string", "true", "false", "null", "undefined", "array"}
)


def unless_given(call: BodyCall, words: frozenset[str]) -> bool:
    """Whether the call may give one of `words` (an `X(!words)` entry): named, or
    hidden in options we cannot see (`d.toLocaleString("de-DE", opts)`, `{ ...fmt }`,
    Python `**kwargs`), which may carry it."""
    if call.elsewhere is not None:
        return True  # a call in another file: `call.node` is the site here, not its arguments
    if words & keyword_names(call, given=True):
        return True
    node: Node | None = call.node  # None in a test's hand-made call
    args = node.child_by_field_name("arguments") if node is not None else None
    if args is None:
        return False
    named = [a for a in args.named_children if a.type != "comment"]
    for i, arg in enumerate(named):
        if arg.type == "dictionary_splat":
            return True
        if args.type != "arguments":
            continue  # Python: positional arguments are no options
        if arg.type == "object":
            if any(m.type == "spread_element" for m in arg.named_children):
                return True
        elif i > 0 and arg.type not in SEEN_ARGUMENTS:
            return True
    return False


# literals that give a parameter no value: Python's default for "not given" is `None`
ABSENT_VALUES = frozenset({"none", "undefined", "null"})


def all_given(call: BodyCall, parameters: tuple[str, ...]) -> bool:
    """Whether the call gives each of `parameters` (an `X(?parameters)` entry) a value
    other than `None`, by position (in their order) or by name; an unpacked `*args` /
    `**kwargs`, or a call in another file, may give them all."""
    if call.elsewhere is not None:
        return True  # a call in another file: `call.node` is the site here, not its arguments
    node: Node | None = call.node  # None in a test's hand-made call
    args = node.child_by_field_name("arguments") if node is not None else None
    if args is None:
        return False
    named = [a for a in args.named_children if a.type != "comment"]
    if any(a.type in ("list_splat", "dictionary_splat", "spread_element") for a in named):
        return True
    positional = [a for a in named if a.type != "keyword_argument"]
    given = {
        name
        for name, arg in zip(parameters, positional, strict=False)
        if arg.type not in ABSENT_VALUES
    }
    return set(parameters) <= given | keyword_names(call, given=True)


def keyword_value(call: BodyCall, word: str) -> str | None:
    """The node type of the value a Python call gives keyword `word` (`"false"`,
    `"none"`, `"true"`, `"identifier"`, ...), or None when it is not given by name."""
    if call.elsewhere is not None:
        return None  # a call in another file: `call.node` is the site here
    node: Node | None = call.node  # None in a test's hand-made call
    args = node.child_by_field_name("arguments") if node is not None else None
    if args is None or args.type != "argument_list":
        return None
    for arg in args.named_children:
        if arg.type != "keyword_argument":
            continue
        name, value = arg.child_by_field_name("name"), arg.child_by_field_name("value")
        if name is not None and value is not None and name.text == word.encode():
            return value.type
    return None


def only_none_arguments(call: BodyCall) -> bool:
    """A Python call whose every argument is the literal `None`, by position or by
    keyword (`default_rng(None)`, `default_rng(seed=None)`): the parameters' own default,
    so the call is the one written without them."""
    if call.elsewhere is not None:
        return False  # a call in another file: `call.node` is the site here
    node: Node | None = call.node  # None in a test's hand-made call
    args = node.child_by_field_name("arguments") if node is not None else None
    if args is None or args.type != "argument_list":
        return False
    named = [a for a in args.named_children if a.type != "comment"]
    values = [a.child_by_field_name("value") if a.type == "keyword_argument" else a for a in named]
    return bool(values) and all(v is not None and v.type == "none" for v in values)


def keyword_names(call: BodyCall, given: bool = False) -> frozenset[str]:
    """The keyword arguments a (Python) call passes: `to_csv(path_or_buf=p)`; with
    `given`, only those whose value is not the literal `None` (`random_state=None`
    leaves the draw to the global generator)."""
    node: Node | None = call.node  # None in a test's hand-made call
    args = node.child_by_field_name("arguments") if node is not None else None
    if args is None:
        return frozenset()
    names = set()
    for arg in args.named_children:
        if arg.type == "object":
            # TypeScript: the options object's properties play the keywords' part
            # (`parseExpression(cron, { currentDate })`)
            for member in arg.named_children:
                key = member.child_by_field_name("key") if member.type == "pair" else member
                if key is None or member.type not in ("pair", "shorthand_property_identifier"):
                    continue
                value = member.child_by_field_name("value") if member.type == "pair" else None
                if given and value is not None and value.type in ("undefined", "null"):
                    continue
                names.add((key.text or b"").decode().strip("\"'"))
            continue
        name = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
        if name is None or name.text is None:
            continue
        value = arg.child_by_field_name("value")
        if given and value is not None and value.type == "none":
            continue
        names.add(name.text.decode())
    return frozenset(names)


def prefixes(name: str) -> list[str]:
    """`a.b.c` -> [`a.b.c`, `a.b`, `a`]; module paths split at `/` too."""
    cuts = [i for i, ch in enumerate(name) if ch in "./("]
    return [name] + [name[:i] for i in reversed(cuts) if i > 0]


@cache
def load(filename: str) -> dict[str, tuple[Entry, ...]]:
    """language -> entries, from one catalogue file."""
    data = _data.load(filename)
    return {
        language: tuple(
            Entry(pattern, category) for category, patterns in table.items() for pattern in patterns
        )
        for language, table in data.items()
    }


@cache
def effective(
    filename: str, language: str, extend: tuple[str, ...], allow: tuple[str, ...]
) -> tuple[Catalogue, Catalogue]:
    """The catalogue for a language with the project's additions, and what it allows."""
    base = load(filename).get(language, ())
    kept = tuple(e for e in base if e.pattern not in allow)
    extra = tuple(Entry(p, "configured") for p in extend)
    return Catalogue(kept + extra), Catalogue(tuple(Entry(p, "allowed") for p in allow))


# A library's exception class (`requests.HTTPError`, `httpx.HTTPStatusError`,
# `requests.exceptions.ConnectionError`, `new AxiosError(...)`): building one, reading
# one or its attributes does nothing outside the process, whatever its module does.
EXCEPTION_CLASS = re.compile(r"^_?[A-Z][A-Za-z0-9]*(?:Error|Exception|Warning)$")


def exception_class(call: BodyCall) -> bool:
    """Whether the call builds (or the read names) an exception class of a library:
    the last name before the first call in its chain (`requests.HTTPError(…).response`)."""
    head = call.qualname.split("(", 1)[0]
    return EXCEPTION_CLASS.match(head.rsplit(".", 1)[-1]) is not None


def body_matches(
    ctx: RuleContext, filename: str, extend: tuple[str, ...], allow: tuple[str, ...]
) -> Iterator[tuple[BodyCall, Entry]]:
    """Each call or read of the workflow body that the catalogue names."""
    catalogue, allowed = effective(filename, ctx.model.language, extend, allow)
    for call in ctx.model.body_calls:
        entry = catalogue.lookup(call)
        if entry is not None and entry.category != NOT_MATCHING and allowed.lookup(call) is None:
            yield call, entry


def describe(ctx: RuleContext, call: BodyCall) -> str:
    """`requests.post`, plus the chain of helpers it was reached through."""
    text = call.elsewhere.text if call.elsewhere is not None else ctx.model.text(call.span)
    if call.elsewhere is None and "\n" in text:
        # `db.query(\n  "SELECT ...",  # note\n).fetch` written over several lines: the
        # chain without its arguments (`db.query(…).fetch`), not their text and comments
        callee = call.node.child_by_field_name("function")
        if callee is not None and ctx.model.text(callee) == text:
            text = chain_label(ctx.model, callee)
    shown = code_span(text) + star_rebinding(ctx.model, call)
    if not call.chain:
        return shown
    wf = ctx.model.workflow
    root = (wf.name if wf is not None else None) or "main"
    path = " → ".join((root, *call.chain, " ".join(text.split())))
    return f"{shown} (reached through `{path}`)"


def star_rebinding(model: ScriptModel, call: BodyCall) -> str:
    """` (`time.sleep`: `from time import *` binds the name again after line 7)` when the
    call's name was bound by the file (an import of the SDK's `sleep`, a `def`) before a
    standard-library star import that rebinds it; else ""."""
    semantic = model.semantic
    if semantic is None or call.elsewhere is not None:
        return ""
    callee = call.node.child_by_field_name("function")
    if callee is None or callee.type != "identifier":
        return ""
    binding = semantic.resolve(callee)
    star = semantic.stdlib_star_after(binding) if binding is not None else None
    if star is None or binding is None:
        return ""
    row = binding.node.start_point[0] + 1
    return (
        f" (`{star}.{binding.name}`: `from {star} import *` binds the name again after line {row})"
    )


def chain_label(model: ScriptModel, node: Node) -> str:
    """`a.b(x, y).c` as `a.b(…).c`: a callee named without the arguments of the calls
    along it (iterative: a chain can be thousands of calls long)."""
    parts: list[str] = []
    current: Node | None = node
    while current is not None:
        if current.type in ("attribute", "member_expression"):
            member = current.child_by_field_name(
                "attribute" if current.type == "attribute" else "property"
            )
            parts.append("." + (model.text(member) if member is not None else ""))
            current = current.child_by_field_name("object")
        elif current.type in ("call", "call_expression"):
            args = current.child_by_field_name("arguments")
            given = args is not None and any(a.type != "comment" for a in args.named_children)
            parts.append("(…)" if given else "()")
            current = current.child_by_field_name("function")
        else:
            parts.append(" ".join(model.text(current).split()))
            current = None
    return "".join(reversed(parts))


def related(call: BodyCall) -> tuple[Related, ...]:
    """Where a call reached in another workspace file really is."""
    where = call.elsewhere
    if where is None:
        return ()
    return (
        Related(
            where.path,
            where.row,
            where.column,
            where.end_row,
            where.end_column,
            f"{code_span(where.text)} is called here",
        ),
    )


def silenced(call: BodyCall) -> frozenset[str]:
    """Codes a suppression comment on a helper along the way silences."""
    return call.elsewhere.silenced if call.elsewhere is not None else frozenset()


@dataclass
class CallFinding:
    """What a rule would report on one catalogued call, before the calls one place of
    the body reaches are merged (`report_per_site`)."""

    call: BodyCall
    message: str
    fix: Fix | None = None


def report_per_site(ctx: RuleContext, found: list[CallFinding]) -> None:
    """One finding per place in the workflow body. A helper the body calls once may
    reach several catalogued calls (`sync(y)` posting twice): the user moves that one
    call, so its first call is the finding and the others are named in its message.
    Calls that start at the same place of the body without a helper between (a chain
    `sb.table(t).insert(row).execute()`) are one statement: the first is reported."""
    sites: dict[tuple[int, int], list[CallFinding]] = {}
    for each in found:
        if ctx.rule.code in silenced(each.call):
            continue
        span = each.call.report_span
        sites.setdefault((span.start_row, span.start_col), []).append(each)
    for group in sites.values():
        first = group[0]
        also: dict[str, None] = {}  # where each other call is, once per place shown
        shown = [first]
        seen = {_call_key(first)}
        for other in group[1:]:
            key = _call_key(other)
            if not other.call.chain or key in seen:
                continue  # part of the first's statement, or one call reached twice
            seen.add(key)
            shown.append(other)
            also[_where(ctx, other.call)] = None
        message = first.message
        if also:
            message += f"; the same call also reaches {_listed(list(also))}"
        related_places = tuple(
            dict.fromkeys(r for each in shown[:MAX_LISTED_RELATED] for r in related(each.call))
        )
        ctx.report(first.call.report_span, message, related=related_places, fix=first.fix)


# A helper reaching thousands of catalogued calls (3,000 clock reads nested in one
# expression) made a 99 KB message and compared each call with every one shown
# before it (5 s): the message names a few and counts the rest.
MAX_LISTED = 4
MAX_LISTED_RELATED = 8


def _listed(places: list[str]) -> str:
    if len(places) == 1:
        return places[0]
    if len(places) <= MAX_LISTED:
        return ", ".join(places[:-1]) + " and " + places[-1]
    return ", ".join(places[:MAX_LISTED]) + f" and {len(places) - MAX_LISTED} more"


def _call_key(each: CallFinding) -> tuple[object, ...]:
    """One catalogued call, however it was reached (a decorator and its wrapper): its
    message and where it is (in another file, or in this one)."""
    if each.call.elsewhere is not None:
        return (each.message, each.call.elsewhere)
    return (each.message, each.call.span)


def _where(ctx: RuleContext, call: BodyCall) -> str:
    """`requests.post` (line 8, in `sync`): the helper holding it, in whichever file."""
    where = call.elsewhere
    text = where.text if where is not None else ctx.model.text(call.span)
    row = where.row if where is not None else call.span.start_row + 1
    return f"{code_span(' '.join(text.split()))} (line {row}, in `{call.chain[-1]}`)"
