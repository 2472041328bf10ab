"""Signature -> JSON schema, merged into the existing schema as wmill does.

A port of the behaviour of wmill's `inferSchema` and `argSigToJsonSchemaType`
(windmill-cli), including the parts that look accidental but decide the
output: old keys that survive a type change, `format` kept or dropped by the
date rules, JavaScript's `in` seeing `constructor` and friends on every object,
and `__proto__` vanishing from `properties`.

Values are plain Python containers with JavaScript meaning: dict = object (key
order = insertion), list = array, `UNDEFINED` = a key set to undefined (not
written).
"""

from __future__ import annotations

from typing import Any

from wac_lint.schema.jsvalues import UNDEFINED, json_roundtrip, loose_equal
from wac_lint.schema.types import (
    BOOL,
    BYTES,
    DATE,
    DATETIME,
    EMAIL,
    FLOAT,
    INT,
    SQL,
    Signature,
    TDynSelect,
    TList,
    TObject,
    TOneOf,
    TResource,
    TStr,
    Typ,
)

SCHEMA_URL = "https://json-schema.org/draft/2020-12/schema"

# Names every JavaScript object answers to through Object.prototype: `name in
# oldProperties` is true for them even when the old schema has no such key.
INHERITED_NAMES = frozenset(
    {
        "constructor",
        "__defineGetter__",
        "__defineSetter__",
        "hasOwnProperty",
        "__lookupGetter__",
        "__lookupSetter__",
        "isPrototypeOf",
        "propertyIsEnumerable",
        "toString",
        "valueOf",
        "__proto__",
        "toLocaleString",
    }
)

PRESERVED_FIELDS = (
    "description",
    "pattern",
    "min",
    "max",
    "currency",
    "currencyLocale",
    "multiselect",
    "customErrorMessage",
    "required",
    "showExpr",
    "password",
    "order",
    "dateFormat",
    "title",
    "placeholder",
)
ITEMS_PRESERVED_FIELDS = (
    "properties",
    "required",
    "additionalProperties",
    "enum",
    "resourceType",
    "contentEncoding",
    "description",
)


class MergeError(Exception):
    """The existing metadata has a shape wmill itself cannot merge into."""


def default_schema() -> dict[str, Any]:
    return {"$schema": SCHEMA_URL, "type": "object", "properties": {}, "required": []}


def infer_schema(sig: Signature, current: Any) -> tuple[dict[str, Any], bool]:
    """(the schema to store, whether to record `has_preprocessor: true`)."""
    if sig.invalid:
        return default_schema(), False
    if not _js_truthy(current):
        current = {}
    if not isinstance(current, dict):
        raise MergeError("`schema` is not a mapping")
    current["required"] = required = []
    old_properties = current.get("properties", UNDEFINED)
    if old_properties is UNDEFINED or old_properties is None:
        old_properties = {}
    if not isinstance(old_properties, (dict, list)):
        raise MergeError("`schema.properties` is not a mapping")
    old_properties = json_roundtrip(old_properties)
    properties: dict[str, Any] = {}
    current["properties"] = properties
    for arg in sig.args:
        if isinstance(old_properties, dict) and arg.name in old_properties:
            prop: Any = _sort_object(old_properties[arg.name])  # own keys, `constructor` too
        elif arg.name in INHERITED_NAMES:
            prop = {}  # an Object.prototype member, rebuilt by sortObject as {}
        else:
            prop = {"description": "", "type": ""}
        apply_type(arg.typ, prop)
        if arg.otyp and "[" in arg.otyp and "|" in arg.otyp:
            prop["originalType"] = arg.otyp
        prop["default"] = arg.default
        if arg.name != "__proto__":  # assigning it sets the prototype: no property
            properties[arg.name] = prop
        if not arg.has_default and arg.name not in required:
            required.append(arg.name)
    return current, sig.has_preprocessor


def _js_truthy(value: Any) -> bool:
    if value is None or value is UNDEFINED or value is False:
        return False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value == value and value != 0
    if isinstance(value, str):
        return value != ""
    return True


def _sort_object(value: Any) -> dict[str, Any]:
    """wmill's sortObject: `Object.keys(v).sort()` into a new object."""
    if value is None:
        raise MergeError("a property of `schema.properties` is null")
    if isinstance(value, dict):
        items = dict(value)
    elif isinstance(value, list):
        items = {str(i): v for i, v in enumerate(value)}
    elif isinstance(value, str):
        units = value.encode("utf-16-le", "surrogatepass")
        chars = [
            units[i : i + 2].decode("utf-16-le", "surrogatepass") for i in range(0, len(units), 2)
        ]
        items = {str(i): c for i, c in enumerate(chars)}
    else:
        items = {}
    keys = sorted(items, key=lambda k: k.encode("utf-16-be", "surrogatepass"))
    return {k: items[k] for k in keys}


def _get(obj: Any, key: str) -> Any:
    """`obj?.[key]` for the values a parsed YAML file holds."""
    if isinstance(obj, dict):
        return obj.get(key, UNDEFINED)
    return UNDEFINED


def _new_property() -> dict[str, Any]:
    return {"description": "", "type": ""}


def _object_property(container: Any, key: str) -> dict[str, Any]:
    """`key in container ? container[key] : {description: "", type: ""}` (shared, not copied)."""
    if isinstance(container, dict):
        if key not in container and key in INHERITED_NAMES and key != "__proto__":
            # wmill's `key in` finds the inherited function, updates it and then
            # fails to write it ("Tag not resolved for Function value").
            raise MergeError(
                f"the object parameter's old `properties` lack `{key}`, which wmill then "
                "reads from JavaScript's Object.prototype and cannot write back"
            )
        if key not in container:
            return _new_property()
        found = container[key]
        if not isinstance(found, dict):
            raise MergeError(f"property `{key}` of an object parameter is not a mapping")
        return found
    if isinstance(container, list):
        return _new_property()
    raise MergeError("`properties` of an object parameter is not a mapping")


def apply_type(typ: Typ, old: dict[str, Any]) -> None:
    """argSigToJsonSchemaType: update the property schema `old` in place for `typ`."""
    new: dict[str, Any] = {"type": ""}
    if typ == INT:
        new["type"] = "integer"
    elif typ == FLOAT:
        new["type"] = "number"
    elif typ == BOOL:
        new["type"] = "boolean"
    elif typ == EMAIL:
        new.update(type="string", format="email")
    elif typ == SQL:
        new.update(type="string", format="sql")
    elif typ == BYTES:
        new.update(type="string", contentEncoding="base64", originalType="bytes")
    elif typ == DATETIME:
        new.update(type="string", format="date-time")
    elif typ == DATE:
        new.update(type="string", format="date")
    elif isinstance(typ, TOneOf):
        new["type"] = "object"
        new["oneOf"] = [_one_of_variant(label, props, old) for label, props in typ.variants]
    elif isinstance(typ, TObject):
        new["type"] = "object"
        if typ.name:
            new["format"] = f"resource-{typ.name}"
        if typ.props is not None:
            old_props = _get(old, "properties")
            properties: dict[str, Any] = {}
            for key, prop_typ in typ.props:
                prop = (
                    _object_property(old_props, key) if _js_truthy(old_props) else _new_property()
                )
                apply_type(prop_typ, prop)
                _set_property(properties, key, prop)
            new["properties"] = properties
    elif isinstance(typ, TStr):
        new["type"] = "string"
        if typ.values is not None:
            new["originalType"] = "enum"
            new["enum"] = list(typ.values)
        elif loose_equal(_get(old, "originalType"), "string") and _js_truthy(_get(old, "enum")):
            new["originalType"] = "string"
            new["enum"] = old["enum"]
        else:
            new["originalType"] = "string"
            new["enum"] = UNDEFINED
    elif isinstance(typ, TResource):
        new.update(type="object", format=f"resource-{typ.name}")
    elif isinstance(typ, TDynSelect):
        prefix = "dynmultiselect" if typ.multi else "dynselect"
        new.update(type="object", format=f"{prefix}-{typ.name}")
    elif isinstance(typ, TList):
        new["type"] = "array"
        _apply_list(typ.inner, old, new)
    else:
        old_type = _get(old, "type")
        new["type"] = "object" if old_type is UNDEFINED or old_type is None else old_type
    for name in PRESERVED_FIELDS:
        if _get(old, name) is not UNDEFINED:
            new[name] = old[name]
    _reconcile(old, new)
    old.update(new)


def _set_property(properties: dict[str, Any], key: str, prop: dict[str, Any]) -> None:
    """`properties[key] = prop` in JavaScript: `__proto__` sets the prototype, no property."""
    if key != "__proto__":
        properties[key] = prop


def _one_of_variant(
    label: str, props: tuple[tuple[str, Typ], ...], old: dict[str, Any]
) -> dict[str, Any]:
    old_variants = _get(old, "oneOf")
    old_variant: Any = UNDEFINED
    if isinstance(old_variants, list):
        old_variant = next(
            (o for o in old_variants if isinstance(o, dict) and o.get("title", UNDEFINED) == label),
            UNDEFINED,
        )
    old_props = _get(old_variant, "properties")
    properties: dict[str, Any] = {}
    for key, prop_typ in props:
        prop = _object_property(old_props, key) if _js_truthy(old_props) else _new_property()
        apply_type(prop_typ, prop)
        _set_property(properties, key, prop)
    order = _get(old_variant, "order")
    return {
        "type": "object",
        "title": label,
        "properties": properties,
        "order": UNDEFINED if order is None else order,
    }


def _apply_list(inner: Typ, old: dict[str, Any], new: dict[str, Any]) -> None:
    old_items = _get(old, "items")
    if inner in (INT, FLOAT):
        new["items"] = {"type": "number"}
        new["originalType"] = "number[]"
    elif inner == BYTES:
        new["items"] = {"type": "string", "contentEncoding": "base64"}
        new["originalType"] = "bytes[]"
    elif isinstance(inner, TStr) and inner.values is not None:
        new["items"] = {"type": "string", "enum": list(inner.values)}
        new["originalType"] = "enum[]"
    elif isinstance(inner, TStr):
        new["items"] = {"type": "string", "enum": _get(old_items, "enum")}
        new["originalType"] = "string[]"
    elif isinstance(inner, TResource) and inner.name:
        new["items"] = {"type": "resource", "resourceType": inner.name}
        new["originalType"] = "resource[]"
    elif isinstance(inner, TObject):
        if inner.name:
            new["format"] = f"resource-{inner.name}"
        if inner.props:
            properties: dict[str, Any] = {}
            for key, prop_typ in inner.props:
                prop = _new_property()
                apply_type(prop_typ, prop)
                _set_property(properties, key, prop)
            new["items"] = {"type": "object", "properties": properties}
        else:
            new["items"] = _preserved_items(old_items)
        new["originalType"] = "record[]"
    else:
        new["items"] = _preserved_items(old_items)
        new["originalType"] = "object[]"


def _preserved_items(old_items: Any) -> dict[str, Any]:
    old_type = _get(old_items, "type")
    items: dict[str, Any] = {"type": old_type if _js_truthy(old_type) else "object"}
    if isinstance(old_items, dict):
        for name in ITEMS_PRESERVED_FIELDS:
            if old_items.get(name, UNDEFINED) is not UNDEFINED:
                items[name] = old_items[name]
    return items


def _reconcile(old: dict[str, Any], new: dict[str, Any]) -> None:
    """wmill's rules for what of the old `format` / `items` survives."""
    old_type, new_type = _get(old, "type"), new["type"]
    old_format, new_format = _get(old, "format"), new.get("format", UNDEFINED)
    if not loose_equal(old_type, new_type):
        pass  # wmill deletes the keys it is about to overwrite: no visible effect
    elif (loose_equal(old_format, "date") or old_format == "date-time") and loose_equal(
        new_format, "string"
    ):
        new["format"] = old_format
    elif loose_equal(new_format, "date-time") and loose_equal(old_format, "date"):
        new["format"] = "date"
    elif loose_equal(new_format, "date") or loose_equal(new_format, "date-time"):
        new["format"] = old_format
    elif not loose_equal(
        _get(_get(old, "items"), "type"), _get(new.get("items", UNDEFINED), "type")
    ):
        old.pop("items", None)
    elif loose_equal(old_type, "string") and not loose_equal(old_format, None):
        new["format"] = old_format
    new_format = new.get("format", UNDEFINED)
    if (not loose_equal(old_type, new_type) or not loose_equal(new_type, "string")) and loose_equal(
        new_format, None
    ):
        old["format"] = UNDEFINED
