"""The OpenFlow JSON schema, checked against a flow's YAML tree with positions.

The schema is the one the pinned `wmill` (windmill-cli 1.819.0) validates
flow.yaml with (`openflow-schemas.json`, verbatim from its bundle; the flow
guide's copy is older: it wanted `flow_env` values to be strings, where `wmill`
takes any JSON value, and lacked `groups`, `on_behalf_of_email`,
`debouncing`...). This is the small part of JSON Schema it uses: `$ref`, `type`,
`required`, `properties`, `additionalProperties`, `items`, `enum`, `allOf`,
and `oneOf` chosen by its `discriminator` (so that an unknown module `type`
gets one message naming the known ones, not nine). Each problem names the
JSON path and the schema rule it breaks.

`minimum` / `maximum` are not checked: Windmill's own editor writes retry
settings below them (`exponential: {attempts: 0, seconds: 0}`, retry off), and
a finding there would not be a mistake.

Null for a property that is not required is accepted: Windmill reads these
documents with optional fields, and `key:` with no value is a common way YAML
writers leave one empty.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from wac_lint.flows.yaml_tree import STR_TAG, YKind, YNode
from wac_lint.rule import with_article

Schema = dict[str, Any]
MAX_PROBLEMS = 50
# Required by the schema but filled in by Windmill's own reader when missing
# (windmill-common `flows.rs`, `FlowModuleValue`'s deserializer: `input_transforms`
# `unwrap_or_default()`): a step without them runs with no arguments given,
# which WAC506 judges against what it calls. (`skip_failures`, which the reader
# defaults too, stays required: a for loop without it skips failed iterations.)
DEFAULTED_BY_WINDMILL = {
    "PathScript": frozenset({"input_transforms"}),
    "PathFlow": frozenset({"input_transforms"}),
    "RawScript": frozenset({"input_transforms"}),
}


@dataclass(frozen=True)
class Problem:
    node: YNode
    path: str
    message: str
    warning: bool = False  # runs, but not as written (a misspelt key Windmill ignores)


# Keys Windmill still reads that the pinned schema no longer lists (the flow
# guide's older copy has them), or writes itself: never taken for a misspelling.
# `has_on_behalf_of`: written at the top of flow.yaml by `wmill sync pull` (found in
# three public synced repositories), not part of the schema: a key Windmill writes
# is no misspelling of `on_behalf_of_email`.
LEGACY_KEYS = frozenset({"delete_after_use", "has_on_behalf_of"})
# The types the flow guide's schema gives the legacy keys of a module: Windmill's
# `FlowModule` (windmill-common `flows.rs`) still reads `delete_after_use` as an
# `Option<bool>`, so a string there is refused when the flow is saved.
LEGACY_MODULE_SCHEMAS: dict[str, Schema] = {"delete_after_use": {"type": "boolean"}}


@cache
def schemas() -> dict[str, Schema]:
    from importlib import resources  # loads tempfile, shutil, ...: only for a flow

    text = resources.files("wac_lint.flows").joinpath("openflow-schemas.json").read_text("utf-8")
    found: dict[str, Schema] = json.loads(text)["components"]["schemas"]
    return found


def validate(root: YNode) -> list[Problem]:
    checker = _Checker()
    checker.check(root, {"$ref": "#/components/schemas/OpenFlow"}, "", "OpenFlow")
    return yaml_reading_problems(root) + checker.problems


MERGE_KEY = "<<"
# The tags windmill-cli's YAML reader knows besides the core schema's (`!!str`...,
# which PyYAML spells `tag:yaml.org,2002:...`): `WINDMILL_CUSTOM_TAGS` in esm/main.js.
CLI_TAGS = frozenset({"!inline", "!inline_fileset"})


def _unknown_tag(node: YNode, key: str | None) -> Problem:
    """A scalar written after a `!name` YAML reads as a tag: an unquoted expression that
    starts with `!` (`expr: !flow_input.dry_run`). The CLI's `yaml` package does not
    know the tag, warns (`Unresolved tag`) and keeps the rest of the scalar as a string
    (`findScalarTagByName`), so the `!...` part never reaches Windmill."""
    rest = node.text
    kept = f"only `{rest}`" if rest.strip() else "an empty string"
    written = f"{node.tag} {rest}".strip()
    quoted = "'" + written.replace("'", "''") + "'"
    effect = ""
    if key == "expr":
        effect = (
            f", so the expression Windmill evaluates is `{rest}`"
            if rest.strip()
            else ", so the expression Windmill evaluates is empty"
        )
    return Problem(
        node,
        key or node.tag,
        f"YAML reads `{node.tag}` as a tag, not as part of the value: Windmill's CLI does "
        f"not know that tag, drops it and keeps {kept}{effect}; quote the value "
        f"(`{quoted}`)",
    )


def yaml_reading_problems(root: YNode) -> list[Problem]:
    """What windmill-cli's YAML reader makes of flow.yaml differently from how it looks:
    `<<` merge keys, and scalars under a tag it does not know.

    windmill-cli 1.819.0 reads flow.yaml with the `yaml` package's `parse`
    (`yamlParseFile`, `esm/main.js`) and its defaults: YAML 1.2, core schema,
    no `merge` option. `<<: *defaults` is then an ordinary key named `<<`
    holding the anchored mapping; none of its keys land beside it (checked by
    running that bundled parser on such a document)."""
    out: list[Problem] = []
    stack: list[tuple[YNode, str | None]] = [(root, None)]
    seen: set[int] = set()  # an alias is the anchored node again; recursive ones loop
    while stack:
        node, holder_key = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.is_scalar:
            if node.tag[:1] == "!" and node.tag not in CLI_TAGS:
                out.append(_unknown_tag(node, holder_key))
        elif node.is_map:
            for key, value in node.pairs:
                if key.is_scalar and key.text == MERGE_KEY:
                    out.append(
                        Problem(
                            key,
                            MERGE_KEY,
                            "`<<` merges nothing: Windmill's CLI reads flow.yaml as YAML 1.2, "
                            "without merge keys, so this is a key named `<<` and the keys of "
                            "the mapping it points to are not added here",
                        )
                    )
                else:
                    stack.append((value, key.text if key.is_scalar else None))
        elif node.is_seq:
            stack.extend((item, None) for item in node.items)
    return sorted(out, key=lambda p: p.node.start)


def merge_keys(root: YNode) -> list[Problem]:
    """The `<<` keys alone of `yaml_reading_problems`."""
    return [p for p in yaml_reading_problems(root) if p.path == MERGE_KEY]


def duplicate_keys(root: YNode) -> list[Problem]:
    """A key written twice in one mapping of flow.yaml.

    The `yaml` package windmill-cli parses flow.yaml with checks key uniqueness by
    default (`uniqueKeys: true`) and its `parse` throws on the first repeat
    ("Map keys must be unique"), so `wmill sync push` stops on the file. (A
    flow.json is read with `JSON.parse`, which keeps the last value instead.)"""
    out: list[Problem] = []
    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.is_map:
            first: dict[str, YNode] = {}
            for key, value in node.pairs:
                stack.append(value)
                if not key.is_scalar:
                    continue
                earlier = first.setdefault(key.text, key)
                if earlier is not key:
                    out.append(
                        Problem(
                            key,
                            key.text,
                            f"`{key.text}` is already a key of this mapping (line "
                            f"{earlier.start[0] + 1}): Windmill's CLI refuses a YAML mapping "
                            "with a repeated key (`Map keys must be unique`), so "
                            "`wmill sync push` stops on this flow",
                        )
                    )
        elif node.is_seq:
            stack.extend(node.items)
    return sorted(out, key=lambda p: p.node.start)


_TAG_TYPES = {
    STR_TAG: "string",
    "!inline": "string",
    "tag:yaml.org,2002:int": "integer",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:bool": "boolean",
    "tag:yaml.org,2002:null": "null",
}
_ARTICLES = {
    "object": "a mapping",
    "array": "a list",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
}


def json_type(node: YNode) -> str:
    kind = node.kind
    if kind is YKind.MAP:
        return "object"
    if kind is YKind.SEQ:
        return "array"
    return _TAG_TYPES.get(node.tag, "string")


# Enums the guide's schema lists shorter than Windmill accepts. A rawscript's
# `language` is deserialised into windmill-common's `ScriptLang` (scripts.rs,
# `#[serde(rename_all = "lowercase")]`, no aliases): the guide's list plus the
# languages below run too, and anything else (`python`, `typescript`) makes
# Windmill reject the flow.
EXTRA_ENUM_VALUES: dict[tuple[str, str], tuple[str, ...]] = {
    ("RawScript", "language"): (
        "bunnative",
        "duckdb",
        "rust",
        "ansible",
        "csharp",
        "nu",
        "java",
        "ruby",
    ),
}


def _enum_values(schema: Schema, name: str, path: str) -> list[object]:
    extra = EXTRA_ENUM_VALUES.get((name, path.rsplit(".", 1)[-1]), ())
    return list(dict.fromkeys([*schema["enum"], *extra]))


_VARIANTS: dict[int, tuple[str, dict[str, str]] | None] = {}


def _variants(schema: Schema) -> tuple[str, dict[str, str]] | None:
    """The property that tells a `oneOf`'s variants apart and its value -> variant.

    The CLI's schema gives a `discriminator` without a `mapping` (Ajv's
    `discriminator: true` reads each variant's own `enum` of that property), and
    none at all for an agent tool's variants (`tool_type`); both are read from the
    variants themselves."""
    key = id(schema)
    if key not in _VARIANTS:
        _VARIANTS[key] = _find_variants(schema)
    return _VARIANTS[key]


def _find_variants(schema: Schema) -> tuple[str, dict[str, str]] | None:
    refs = [v.get("$ref") for v in schema.get("oneOf", ())]
    if not refs or not all(isinstance(r, str) for r in refs):
        return None
    discriminator = schema.get("discriminator")
    if discriminator is not None and discriminator.get("mapping"):
        return discriminator["propertyName"], dict(discriminator["mapping"])
    tags = [_fixed_values(schemas()[str(r).rsplit("/", 1)[-1]]) for r in refs]
    candidates = [discriminator["propertyName"]] if discriminator is not None else list(tags[0])
    for prop in candidates:
        if all(prop in t for t in tags):
            pairs = zip(refs, tags, strict=True)
            return prop, {value: str(ref) for ref, t in pairs for value in t[prop]}
    return None


def _fixed_values(schema: Schema) -> dict[str, list[str]]:
    """Property -> the values its `enum` allows, for a variant (through `allOf`)."""
    while "$ref" in schema:
        schema = schemas()[schema["$ref"].rsplit("/", 1)[-1]]
    out: dict[str, list[str]] = {}
    for part in (schema, *schema.get("allOf", ())):
        if "$ref" in part:
            out.update(_fixed_values(part))
            continue
        for prop, sub in part.get("properties", {}).items():
            if isinstance(sub, dict) and isinstance(sub.get("enum"), list):
                out[prop] = [str(v) for v in sub["enum"]]
    return out


def _unquoted_hint(node: YNode, path: str, expected: str) -> str:
    """Why an expression is a mapping or a list: written unquoted, `{ a: results.x.a }`
    and `[results.a, results.b]` are YAML's flow collections, not JavaScript."""
    if expected != "string" or not path.endswith(".expr") or node.is_scalar:
        return ""
    if node.is_map:
        return ": YAML reads an unquoted `{ ... }` as a mapping; quote the expression (`'{ ... }'`)"
    return ": YAML reads an unquoted `[ ... ]` as a list; quote the expression (`'[ ... ]'`)"


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class _Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.partial = 0  # inside one part of an `allOf`: its keys are not all listed here

    def report(self, node: YNode, path: str, message: str, warning: bool = False) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(node, path or "(document)", message, warning))

    def check(self, node: YNode, schema: Schema, path: str, name: str) -> None:
        while "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            schema = schemas()[name]
        for part in schema.get("allOf", ()):
            self.partial += 1
            self.check(node, part, path, name)
            self.partial -= 1
        if "oneOf" in schema:
            self.one_of(node, schema, path, name)
        expected = schema.get("type")
        if expected is not None and not self.type_ok(node, expected):
            found = json_type(node)
            self.report(
                node,
                path,
                f"`{path or '(document)'}` is {_ARTICLES.get(found, found)}, but {name} "
                f"wants {_ARTICLES.get(expected, expected)}{_unquoted_hint(node, path, expected)}",
            )
            return
        if "enum" in schema and node.is_scalar:
            value = node.value()
            values = _enum_values(schema, name, path)
            if value not in values:
                allowed = ", ".join(str(v) for v in values)
                self.report(node, path, f"`{path}`: `{node.text}` is not one of {allowed} ({name})")
        if node.is_map:
            self.mapping(node, schema, path, name)
        elif node.is_seq and "items" in schema:
            for i, item in enumerate(node.items):
                self.check(item, schema["items"], f"{path}[{i}]", name)

    @classmethod
    def stands_for(cls, value: YNode, wanted: str, properties: dict[str, Schema]) -> bool:
        """Whether a key the schema does not list, holding `value`, can be the missing
        `wanted` under another name: its value has the type `wanted` takes."""
        expected = properties.get(wanted, {}).get("type")
        return isinstance(expected, str) and cls.type_ok(value, expected)

    @staticmethod
    def type_ok(node: YNode, expected: str) -> bool:
        found = json_type(node)
        if found == expected:
            return True
        if expected == "number" and found == "integer":
            return True
        if expected == "integer" and found == "number":
            value = node.value()
            return isinstance(value, float) and value.is_integer()
        return False

    def mapping(self, node: YNode, schema: Schema, path: str, name: str) -> None:
        properties: dict[str, Schema] = schema.get("properties", {})
        required: list[str] = schema.get("required", [])
        present = {k.text for k, _ in node.pairs if k.kind is YKind.SCALAR} if required else ()
        defaulted = DEFAULTED_BY_WINDMILL.get(name, frozenset())
        missing = [w for w in required if w not in present and w not in defaulted]
        # a key the schema does not list, where a required one is missing, is likely
        # that key under another name (`value:` written for a javascript transform's
        # `expr:`): the finding goes on it, and names both
        stray = (
            [(k, v) for k, v in node.pairs if k.is_scalar and k.text not in properties]
            if missing and isinstance(properties, dict)
            else []
        )
        for wanted in missing:
            where = path or "(document)"
            if (
                len(missing) == 1
                and len(stray) == 1
                and self.stands_for(stray[0][1], wanted, properties)
            ):
                key = stray[0][0]
                self.report(
                    key,
                    path,
                    f"`{where}` lacks `{wanted}`, which {name} requires, and has "
                    f"`{key.text}`, which {name} does not read: write the value under "
                    f"`{wanted}`",
                )
                continue
            self.report(node, path, f"`{where}` lacks `{wanted}`, which {name} requires")
        extra = schema.get("additionalProperties")
        for key, value in node.pairs:
            if not key.is_scalar or key.text == MERGE_KEY:
                continue  # a `<<` key is reported once, by `merge_keys`
            sub = properties.get(key.text)
            if sub is None and name == "FlowModule":
                sub = LEGACY_MODULE_SCHEMAS.get(key.text)
            if sub is None and isinstance(extra, dict):
                sub = extra
            if sub is None:
                if extra is None and not self.partial:
                    self.misspelt(key, properties, path, name, node)
                continue
            if value.is_scalar and value.tag == "tag:yaml.org,2002:null":
                if key.text not in required:
                    continue
            self.check(value, sub, _join(path, key.text), name)

    def misspelt(
        self, key: YNode, properties: dict[str, Schema], path: str, name: str, holder: YNode
    ) -> None:
        """A key close to one the schema lists: Windmill's reader ignores unknown keys,
        so `continue_on_errors: true` silently leaves the step failing the flow."""
        if key.text in LEGACY_KEYS or not properties:
            return
        close = difflib.get_close_matches(key.text, list(properties), n=1, cutoff=0.8)
        if not close:
            self.misplaced(key, path, name, holder, properties)
            return
        where = _join(path, key.text)
        self.report(
            key,
            where,
            f"`{where}` is not a key {name} reads (did you mean `{close[0]}`?): Windmill "
            "ignores it",
            warning=True,
        )

    def misplaced(
        self, key: YNode, path: str, name: str, holder: YNode, properties: dict[str, Schema]
    ) -> None:
        """A key of another part of a flow step (the module, another step type's
        `value`, the other kind of branch) than the one it is written in. Not on a
        branch the flow editor wrote: it puts `parallel`, `skip_failure` and `expr` on
        every branch of both kinds (`expr: ''` on a branchall's), so those keys there are
        its own, not a hand edit (a real condition on a branchall's branch is judged with
        the step, by what its condition says)."""
        if _is_branch_path(path) and (holder.get("parallel") is not None or key.text == "expr"):
            return
        message = _misplaced_message(key.text, path, name)
        if message is None:
            message = _nested_key_message(key.text, path, name, properties, holder)
        if message is None:
            message = _unread_setting_message(key.text, path, name, properties)
        if message is None:
            message = _foreign_setting_message(key.text, path, name, holder)
        if message is not None:
            self.report(key, _join(path, key.text), message, warning=True)
            return
        message = _unread_module_message(key.text, holder.get(key.text), path, name)
        if message is not None:
            self.report(key, _join(path, key.text), message)

    def one_of(self, node: YNode, schema: Schema, path: str, name: str) -> None:
        found_variants = _variants(schema)
        if found_variants is None:
            return  # variants no one property tells apart: not judged
        prop, mapping = found_variants
        known = ", ".join(mapping)
        if not node.is_map:
            found = json_type(node)
            # Every variant is an object. Numbers are left alone: Windmill's own types
            # have read a bare number for some of these slots (`timeout`, `sleep`).
            if found in ("string", "array"):
                self.report(
                    node,
                    path,
                    f"`{path}` is {_ARTICLES.get(found, found)}, but {name} wants a mapping "
                    f"with `{prop}` ({known})",
                )
            return
        marker = node.get(prop)
        if marker is None:
            self.report(
                node, path, f"`{path}` lacks `{prop}` (one of {known}), which {name} requires"
            )
            return
        target = mapping.get(marker.text) if marker.is_scalar else None
        if target is None:
            self.report(
                marker,
                _join(path, prop),
                f"`{_join(path, prop)}`: `{marker.text}` is not a known {prop} ({known})",
            )
            return
        self.check(node, {"$ref": target}, path, target.rsplit("/", 1)[-1])


# The parts of a flow step whose keys get put in one another by hand: the module
# (`FlowModule`), its `value` (one of the step types) and a branch of a branchone /
# branchall. Windmill's reader ignores a key where its part does not list it
# (windmill-common `flows.rs`: no `deny_unknown_fields`), so `skip_failure` on a
# branchone's branch, `skip_failures` on a branchall or `stop_after_if` under
# `value` does nothing. Keys Windmill's `Branch` reads for both kinds of branch
# (`skip_failure`, `parallel`, `expr`) are told apart by the schema, which lists
# for each kind only those its runner uses.
_STEP_TYPES = (
    "RawScript",
    "PathScript",
    "PathFlow",
    "ForloopFlow",
    "WhileloopFlow",
    "BranchOne",
    "BranchAll",
    "Identity",
    "AiAgent",
)
_TYPE_NAMES = {
    "RawScript": "rawscript",
    "PathScript": "script",
    "PathFlow": "flow",
    "ForloopFlow": "forloopflow",
    "WhileloopFlow": "whileloopflow",
    "BranchOne": "branchone",
    "BranchAll": "branchall",
    "Identity": "identity",
    "AiAgent": "aiagent",
}


@cache
def _part_keys() -> dict[str, frozenset[str]]:
    """Part of a step -> the keys the schema lists for it."""
    found = schemas()
    out: dict[str, frozenset[str]] = {
        "FlowModule": frozenset(found["FlowModule"].get("properties", {})) | LEGACY_KEYS
    }
    for name in _STEP_TYPES:
        out[name] = frozenset(found[name].get("properties", {}))
    for name in ("BranchOne", "BranchAll"):
        items = found[name]["properties"]["branches"]["items"]
        out[f"branch of {name}"] = frozenset(items.get("properties", {}))
    return out


def _and(names: Iterable[str]) -> str:
    shown = list(names)
    return ", ".join(shown[:-1]) + f" and {shown[-1]}" if len(shown) > 1 else shown[0]


def _is_branch_path(path: str) -> bool:
    return path.endswith("]") and path.rsplit(".", 1)[-1].startswith("branches[")


def _misplaced_message(key: str, path: str, name: str) -> str | None:
    """Why `key`, which this part of a step does not list, is a key of another part."""
    parts = _part_keys()
    where = _join(path, key)
    if name in ("BranchOne", "BranchAll") and _is_branch_path(path):
        kind = _TYPE_NAMES[name]
        other = "BranchAll" if name == "BranchOne" else "BranchOne"
        if key in parts[f"branch of {other}"]:
            return (
                f"`{where}` is not a key of a {kind}'s branch (only a "
                f"{_TYPE_NAMES[other]}'s branches have `{key}`): Windmill ignores it here"
            )
        return None
    if name == "FlowModule":
        readers = [t for t in _STEP_TYPES if key in parts[t]]
        if not readers:
            return None
        types = _and(_TYPE_NAMES[t] for t in readers)
        return (
            f"`{where}` is not a key of a flow module but of its `value` (for {types} "
            f"steps): Windmill ignores it here; move it under `value`"
        )
    if name not in _STEP_TYPES or path.endswith("]"):
        return None
    kind = _TYPE_NAMES[name]
    if key in parts["FlowModule"]:
        return (
            f"`{where}` is not a key of {with_article(kind)} step's `value` but of the module: "
            f"Windmill ignores it here; move it beside `value`"
        )
    readers = [t for t in _STEP_TYPES if key in parts[t]]
    if not readers:
        return None
    types = _and(_TYPE_NAMES[t] for t in readers)
    hint = ""
    if name in ("BranchOne", "BranchAll"):
        close = difflib.get_close_matches(key, sorted(parts[f"branch of {name}"]), n=1, cutoff=0.8)
        if close:
            hint = f"; each branch takes `{close[0]}`"
    return (
        f"`{where}` is not a key of {with_article(kind)} step (only {types} steps read it): "
        f"Windmill ignores it here{hint}"
    )


def _resolved(schema: Schema) -> Schema:
    while "$ref" in schema:
        schema = schemas()[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _listing(names: Iterable[str]) -> str:
    return _and(f"`{n}`" for n in names)


def _nested_key_message(
    key: str, path: str, name: str, properties: dict[str, Schema], holder: YNode
) -> str | None:
    """A key written one level too high: not one this object reads, but one of the
    objects it holds does (`retry: {attempts: 3, seconds: 30}`, whose `attempts` and
    `seconds` belong in `constant` or `exponential`; `required_events` beside
    `suspend`). Windmill's reader ignores it where it is."""
    holders = [
        inner
        for inner, sub in properties.items()
        if key in _resolved(sub).get("properties", {}) and _resolved(sub).get("type") == "object"
    ]
    if not holders:
        return _schema_keyword_message(key, path, properties, holder)
    where = _join(path, key)
    inside = " or ".join(f"`{h}`" for h in holders)
    example = holders[0]
    return (
        f"`{where}` is not a key of {name} itself but of its {inside}: Windmill ignores "
        f"it here, so the setting is never applied; nest it (`{example}: {{{key}: ...}}`)"
    )


def _module_ids(node: YNode | None) -> list[str]:
    """The ids of the flow modules `node` is (a mapping with `id` and a `value` that
    has a `type`) or holds (a list of them); [] when it is something else."""
    if node is None:
        return []
    items = node.items if node.is_seq else [node]
    ids: list[str] = []
    for item in items:
        ident = item.get("id") if item.is_map else None
        value = item.get("value") if item.is_map else None
        if ident is None or not ident.is_scalar or value is None or value.get("type") is None:
            return []
        ids.append(ident.text)
    return ids


# Where a flow's value holds modules Windmill runs (windmill-common `FlowValue`), by
# the id the module there has.
_MODULE_SLOTS = {"failure": "failure_module", "preprocessor": "preprocessor_module"}


def _unread_module_message(key: str, value: YNode | None, path: str, name: str) -> str | None:
    """A step (or a list of steps) under a key that no part of the flow reads
    (`error_handler:` for `failure_module:`, `steps:` for `modules:`): Windmill's
    reader ignores unknown keys, so the step never runs."""
    ids = _module_ids(value)
    if not ids:
        return None
    where = _join(path, key)
    steps = _and(f"`{i}`" for i in ids)
    noun = "step" if len(ids) == 1 else "steps"
    hint = ""
    if name == "FlowValue":
        slot = _MODULE_SLOTS.get(ids[0]) if len(ids) == 1 and value is not None else None
        if slot is not None and value is not None and value.is_map:
            hint = f"; put it under `{slot}`"
        elif value is not None and value.is_seq:
            hint = "; the flow's steps go under `modules`"
        else:
            hint = (
                "; the flow's steps go under `modules`, its failure handler under `failure_module`"
            )
    return (
        f"`{where}` is not a key Windmill reads ({name} has no `{key}`), so the {noun} "
        f"{steps} under it never {'runs' if len(ids) == 1 else 'run'}{hint}"
    )


# The keywords of a JSON Schema object (what the flow's input `schema` and an
# approval's `resume_form.schema` hold) that change the form when misplaced, and what
# is lost when Windmill ignores them: (in an approval form, at the top of flow.yaml).
JSON_SCHEMA_KEYWORDS = {
    "properties": (
        "the approval page shows no form fields, and `resume` has none of them",
        "the flow declares no inputs",
    ),
    "required": ("the form requires none of its fields", "no input of the flow is required"),
    "order": ("the form shows its fields in their default order",) * 2,
}


def _schema_keyword_message(
    key: str, path: str, properties: dict[str, Schema], holder: YNode
) -> str | None:
    """A JSON Schema keyword beside the `schema` that should hold it
    (`resume_form: {properties: ...}` for `resume_form: {schema: {properties: ...}}`):
    Windmill reads the form's (or the flow's inputs') fields from `schema` only.
    Reported once, on `properties` when it is there."""
    sub = properties.get("schema")
    effects = JSON_SCHEMA_KEYWORDS.get(key)
    if effects is None or sub is None or _resolved(sub).get("type") != "object":
        return None
    if key != "properties" and holder.get("properties") is not None:
        return None
    if path.endswith("resume_form"):
        effect = effects[0]
    elif not path:
        effect = effects[1]
    else:
        return None
    where = _join(path, key)
    owner = f"`{path.rsplit('.', 1)[-1]}`" if path else "the flow"
    return (
        f"`{where}` is a JSON Schema keyword, which Windmill reads only inside "
        f"{owner}'s `schema`: it ignores it here, so {effect}; nest it "
        f"(`schema: {{type: object, {key}: ...}}`)"
    )


# The step settings of the orchestrators flows are ported from (Airflow operators,
# Prefect tasks, Celery tasks, GitHub Actions steps and jobs, AWS Step Functions
# states, Argo templates), kept on a flow module: Windmill's reader drops keys it does
# not know, so each does nothing. Per kind of setting: what it was for, the module key
# Windmill reads for it (None: no one key), what to write instead, and what happens.
@dataclass(frozen=True)
class _Meant:
    what: str
    key: str | None
    instead: str
    effect: str


_RETRY = _Meant(
    "retries",
    "retry",
    "`retry: {constant: {attempts: <n>, seconds: <s>}}`",
    "the step is never retried",
)
_TIMEOUT = _Meant(
    "a time limit", "timeout", "`timeout: <seconds>`", "the step runs without that limit"
)
_ORDER = _Meant(
    "the order of the steps",
    None,
    "the order of `modules` (or a `branchall` for steps that run side by side)",
    "the steps run in the order `modules` lists them, whatever it says",
)
_CONDITION = _Meant(
    "a condition to run the step",
    "skip_if",
    "`skip_if: {expr: ...}` (true skips the step)",
    "the step always runs",
)
_AFTER_FAILURE = _Meant(
    "running the step after a step before it failed",
    None,
    "`continue_on_error: true` on the steps before it (`skip_failure: true` on a "
    "`branchall`'s branches)",
    "a failure of a step before it still fails the flow, and this step never runs",
)
_ON_FAILURE = _Meant(
    "what runs when the step fails",
    None,
    "the flow's `failure_module`, or `continue_on_error: true`",
    "a failure of the step fails the flow and nothing of it runs",
)
_FOREIGN_SETTINGS: dict[str, tuple[str, _Meant]] = {
    "retries": ("Airflow and Prefect", _RETRY),
    "max_retries": ("Celery", _RETRY),
    "retry_delay": ("Airflow", _RETRY),
    "retry_delay_seconds": ("Prefect", _RETRY),
    "retry_exponential_backoff": ("Airflow", _RETRY),
    "max_retry_delay": ("Airflow", _RETRY),
    "Retry": ("Step Functions", _RETRY),
    "retryStrategy": ("Argo", _RETRY),
    "execution_timeout": ("Airflow", _TIMEOUT),
    "timeout_seconds": ("Prefect", _TIMEOUT),
    "timeout-minutes": ("GitHub Actions", _TIMEOUT),
    "TimeoutSeconds": ("Step Functions", _TIMEOUT),
    "activeDeadlineSeconds": ("Argo", _TIMEOUT),
    "needs": ("GitHub Actions", _ORDER),
    "dependencies": ("Argo", _ORDER),
    "Next": ("Step Functions", _ORDER),
    "if": ("GitHub Actions", _CONDITION),
    "when": ("Argo", _CONDITION),
    "trigger_rule": ("Airflow", _AFTER_FAILURE),
    "on_failure_callback": ("Airflow", _ON_FAILURE),
    "Catch": ("Step Functions", _ON_FAILURE),
}


def _foreign_setting_message(key: str, path: str, name: str, holder: YNode) -> str | None:
    """A step setting of another orchestrator on a flow module (`retries: 3`, `needs:
    [build]`, `if: ...`, `TimeoutSeconds: 60`): Windmill ignores it."""
    found = _FOREIGN_SETTINGS.get(key) if name == "FlowModule" else None
    if found is None:
        return None
    tool, meant = found
    where = _join(path, key)
    head = (
        f"`{where}` is a setting of {tool} (for {meant.what}), not a key of a Windmill "
        "flow step: Windmill ignores it"
    )
    if meant.key is not None and holder.get(meant.key) is not None:
        return f"{head}; only the step's `{meant.key}` counts"
    return f"{head}, so {meant.effect}; write {meant.instead}"


def _unread_setting_message(
    key: str, path: str, name: str, properties: dict[str, Schema]
) -> str | None:
    """A key of none of the flow's parts in a settings object whose every key is a
    plain value (a retry's `constant` / `exponential`, a `stop_after_if`): Windmill's
    reader ignores it and the setting it was meant for keeps its default
    (`constant: {attempts: 3, delay: 60}` retries with no wait)."""
    if not path or len(properties) < 2 or name not in ("Retry", "StopAfterIf"):
        return None
    scalars = ("integer", "number", "boolean", "string")
    if not all(_resolved(sub).get("type") in scalars for sub in properties.values()):
        return None
    where = _join(path, key)
    setting = path.rsplit(".", 1)[-1]
    return (
        f"`{where}` is not a key Windmill reads: `{setting}` takes only "
        f"{_listing(properties)}, so it ignores `{key}` and the setting it was meant for "
        "keeps its default"
    )
