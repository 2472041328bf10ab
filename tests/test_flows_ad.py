"""Red team AD (flows): the general causes behind heldout_ad's misses, as small inline flows.

- Fields read on the entries of a loop's (or a step's list) result in more callbacks: a
  reducer's second parameter, both parameters of a comparator (`sort` / `toSorted`),
  `Object.groupBy` / `Map.groupBy` / `Array.from` callbacks, and destructured parameters
  (`({ title }) => title`); a nested function rebinding the name hides it.
- A for loop whose `iterator` builds its items: a `.map` / `.flatMap` callback giving an
  object literal, `Object.entries(...)` (`[key, value]` pairs), `Object.keys(...)` (strings).
- Python grouping through `entry = d.setdefault(k, {...})` / `d[k]["f"].append(x)`.
- A while loop's step whose own result is a list, read after the loop into an array
  parameter, is the last round (no warning).
- WAC510 names a stop that sits in a nested loop, which does not end the while loop.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings

LOOP_FLOW = """\
summary: s
value:
  modules:
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: '[1, 2]'}}
        skip_failures: false
        modules:
          - id: one
            value:
              type: rawscript
              language: bun
              content: "export function main(x: number) {{ return {{ id: x, total: x * 2 }} }}"
              input_transforms:
                x: {{type: javascript, expr: flow_input.iter.value}}
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(v: any) {{ return v }}"
        input_transforms:
          v: {{type: javascript, expr: '{expr}'}}
"""


def _findings(tmp_path: Path, text: str, files: dict[str, str] | None = None) -> list[object]:
    folder = tmp_path / "f" / "ad" / "probe__flow"
    folder.mkdir(parents=True)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    (folder / "flow.yaml").write_text(text)
    for name, code in (files or {}).items():
        (folder / name).write_text(code)
    return [(r, c, s) for r, c, s, _ in file_findings(folder / "flow.yaml")]


def _messages(tmp_path: Path, text: str, files: dict[str, str] | None = None) -> list[str]:
    folder = tmp_path / "f" / "ad" / "probe__flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    for name, code in (files or {}).items():
        (folder / name).write_text(code)
    return [m for _, _, _, m in file_findings(folder / "flow.yaml")]


# --- entries read in callbacks ------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "count"),
    [
        # a reducer's entry is its second parameter
        ("results.each.reduce((acc, r) => acc + r.totl, 0)", 1),
        ("results.each.reduce((acc, r) => ({ ...acc, [r.id]: r.totl }), {})", 1),
        ("results.each.reduceRight((acc, r) => acc + r.totl, 0)", 1),
        ("results.each.reduce((acc, r) => acc + r.total, 0)", 0),
        ("results.each.reduce((acc, r) => acc.totl + r.total, 0)", 0),  # acc is not an entry
        # both parameters of a comparator
        ("results.each.toSorted((a, b) => b.totl - a.totl)[0]", 2),
        ("results.each.sort((a, b) => b.total - a.total)", 0),
        # static functions handed the list
        ("Object.groupBy(results.each, (r) => r.kind)", 1),
        ("Map.groupBy(results.each, (r) => r.id)", 0),
        ("Array.from(results.each, (r) => r.totl)", 1),
        ("Object.groupBy(results.each.filter((r) => r.total > 0), (r) => r.kind)", 1),
        # destructured parameters
        ("results.each.map(({ id, totl }) => id)", 1),
        ("results.each.map(({ id, total: t }) => t)", 0),
        ("results.each.map(({ id, totl = 0 }) => totl)", 0),  # a default: may be missing
        ("results.each.filter(({ total }) => total > 2).map(({ name }) => name)", 1),
        # a nested function that binds the same name reads something else
        ("results.each.map((r) => [r.id].map((r) => r.kind))", 0),
        # a step read twice: each read belongs to its own reference
        ("results.each.map((r) => r.totl).concat(results.each.map((r) => r.totl))", 2),
    ],
)
def test_entry_fields_in_callbacks(tmp_path: Path, expr: str, count: int) -> None:
    found = _findings(tmp_path, LOOP_FLOW.format(expr=expr))
    assert found == [(23, "WAC503", "error")] * count


def test_a_destructured_field_is_named(tmp_path: Path) -> None:
    (message,) = _messages(tmp_path, LOOP_FLOW.format(expr="results.each.map(({ totl }) => 1)"))
    assert message.startswith("`totl`: an entry of the result of loop `each` is the result")
    assert "no `totl`, so it is undefined; did you mean `total`?" in message


# --- items an iterator builds -------------------------------------------------------------

ITER_FLOW = """\
summary: s
value:
  modules:
    - id: rows
      value:
        type: rawscript
        language: bun
        content: "export function main() {{ return {{ a: [1], b: [2] }} }}"
        input_transforms: {{}}
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: '{iterator}'}}
        skip_failures: false
        modules:
          - id: one
            value:
              type: rawscript
              language: bun
              content: "export function main(x: any) {{ return x }}"
              input_transforms:
                x: {{type: javascript, expr: '{read}'}}
"""


@pytest.mark.parametrize(
    ("iterator", "read", "count"),
    [
        ("Object.entries(results.rows)", "flow_input.iter.value.name", 1),
        ("Object.entries(results.rows)", "flow_input.iter.value[0]", 0),
        ("Object.entries(results.rows).filter(([k]) => k)", "flow_input.iter.value.length", 0),
        ("Object.keys(results.rows)", "flow_input.iter.value.key", 1),
        ("Object.keys(results.rows)", "flow_input.iter.value.toUpperCase()", 0),
        ("Object.keys(results.rows)", "flow_input.iter.value", 0),
        (
            "Object.entries(results.rows).map(([k, v]) => ({ key: k, n: v.length }))",
            "flow_input.iter.value.name",
            1,
        ),
        (
            "Object.entries(results.rows).map(([k, v]) => ({ key: k, n: v.length }))",
            "flow_input.iter.value.key",
            0,
        ),
        (
            "Object.values(results.rows).flatMap((v) => ({ first: v[0] }))",
            "flow_input.iter.value.frist",
            1,
        ),
        (
            "return Object.values(results.rows).map((v) => { const n = v.length; return { n }; })",
            "flow_input.iter.value.n",
            0,
        ),
        # the keys are not all known: a spread, a computed key
        (
            "Object.values(results.rows).map((v) => ({ ...v, n: 1 }))",
            "flow_input.iter.value.name",
            0,
        ),
        ("Object.keys(results.rows).map((k) => ({ [k]: 1 }))", "flow_input.iter.value.name", 0),
        # a fallback, an optional read
        ("Object.keys(results.rows).map((k) => ({ k }))", "flow_input.iter.value.name ?? null", 0),
    ],
)
def test_items_an_iterator_builds(tmp_path: Path, iterator: str, read: str, count: int) -> None:
    found = _findings(tmp_path, ITER_FLOW.format(iterator=iterator, read=read))
    assert found == [(22, "WAC503", "error")] * count


def test_items_an_iterator_builds_messages(tmp_path: Path) -> None:
    text = ITER_FLOW.format(
        iterator="Object.keys(results.rows).map((k) => ({ key: k, count: 1 }))",
        read="flow_input.iter.value.cuont",
    )
    assert _messages(tmp_path, text) == [
        "`flow_input.iter.value.cuont`: the items of loop `each` are the objects the callback "
        "of its `iterator` builds, with `count`, `key` and no `cuont`, so it is undefined; "
        "did you mean `count`?"
    ]


# --- Python grouping through setdefault ----------------------------------------------------

GROUP_FLOW = """\
summary: s
value:
  modules:
    - id: group
      value:
        type: rawscript
        language: python3
        content: '!inline group.py'
        input_transforms: {rows: {type: static, value: []}}
    - id: each
      value:
        type: forloopflow
        iterator: {type: javascript, expr: results.group}
        skip_failures: false
        modules:
          - id: one
            value:
              type: rawscript
              language: bun
              content: "export function main(x: any) { return x }"
              input_transforms:
                x: {type: javascript, expr: flow_input.iter.value.READ}
"""

SETDEFAULT_ALIAS = """\
def main(rows: list):
    by_k = {}
    for r in rows:
        entry = by_k.setdefault(r["k"], {"k": r["k"], "items": []})
        entry["items"].append({"id": r["id"]})
    return list(by_k.values())
"""

SETDEFAULT_INDEXED = """\
def main(rows: list):
    by_k = {}
    for r in rows:
        by_k.setdefault(r["k"], {"k": r["k"], "items": []})
        by_k[r["k"]]["items"].append({"id": r["id"]})
    return list(by_k.values())
"""

SETDEFAULT_CHANGED = """\
def main(rows: list):
    by_k = {}
    for r in rows:
        entry = by_k.setdefault(r["k"], {"k": r["k"], "items": []})
        entry["count"] = len(entry["items"])
    return list(by_k.values())
"""


@pytest.mark.parametrize(
    ("code", "read", "count"),
    [
        (SETDEFAULT_ALIAS, "key", 1),
        (SETDEFAULT_ALIAS, "items", 0),
        (SETDEFAULT_INDEXED, "key", 1),
        (SETDEFAULT_INDEXED, "k", 0),
        # the entry gets another key: its shape is not known any more
        (SETDEFAULT_CHANGED, "count", 0),
        (SETDEFAULT_CHANGED, "key", 0),
    ],
)
def test_setdefault_entries(tmp_path: Path, code: str, read: str, count: int) -> None:
    text = GROUP_FLOW.replace("READ", read)
    found = _findings(tmp_path, text, {"group.py": code})
    assert found == [(22, "WAC503", "error")] * count


def test_nested_loop_over_a_list_field_of_setdefault_entries(tmp_path: Path) -> None:
    text = GROUP_FLOW.replace(
        """          - id: one
            value:
              type: rawscript""",
        """          - id: inner
            value:
              type: forloopflow
              iterator: {type: javascript, expr: flow_input.iter.value.items}
              skip_failures: false
              modules:
                - id: one
                  value:
                    type: rawscript""",
    ).replace("              ", "                    ", 0)
    text = text.replace(
        """              language: bun
              content: "export function main(x: any) { return x }"
              input_transforms:
                x: {type: javascript, expr: flow_input.iter.value.READ}""",
        """                    language: bun
                    content: "export function main(x: any) { return x }"
                    input_transforms:
                      x: {type: javascript, expr: flow_input.iter.value.email}""",
    )
    found = _findings(tmp_path, text, {"group.py": SETDEFAULT_ALIAS})
    assert found == [(28, "WAC503", "error")]


# --- a while loop's list-valued step read after it -----------------------------------------

WHILE_FLOW = """\
summary: s
value:
  modules:
    - id: poll
      value:
        type: whileloopflow
        skip_failures: false
        modules:
          - id: round
            value:
              type: {kind}
              {body}
          - id: check
            stop_after_if: {{expr: result.done}}
            value:
              type: rawscript
              language: bun
              content: "export function main() {{ return {{ done: true }} }}"
              input_transforms: {{}}
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(xs: string[]) {{ return xs.length }}"
        input_transforms:
          xs: {{type: javascript, expr: results.round}}
"""

A_LOOP = (
    "forloopflow\n"
    "              iterator: {type: javascript, expr: '[1]'}\n"
    "              skip_failures: false\n"
    "              modules: []"
)


@pytest.mark.parametrize(
    ("kind", "body", "expected"),
    [
        # the step's own result is a list: the final round's list is what is handed on
        (A_LOOP, "", []),
        (
            "rawscript",
            "language: bun\n              content: \"export function main() { return ['a'] }\""
            "\n              input_transforms: {}",
            [],
        ),
        # an object each round: an array parameter wants every round's
        (
            "rawscript",
            'language: bun\n              content: "export function main() { return { a: 1 } }"'
            "\n              input_transforms: {}",
            [(28, "WAC503", "warning")],
        ),
    ],
)
def test_while_step_with_a_list_result_read_after_the_loop(
    tmp_path: Path, kind: str, body: str, expected: list[object]
) -> None:
    assert _findings(tmp_path, WHILE_FLOW.format(kind=kind, body=body)) == expected


# --- WAC510 names a stop in a nested loop --------------------------------------------------

NESTED_STOP = """\
summary: s
value:
  modules:
    - id: poll
      value:
        type: whileloopflow
        skip_failures: false
        modules:
          - id: each
            value:
              type: forloopflow
              iterator: {type: javascript, expr: '[1, 2]'}
              skip_failures: false
              modules:
                - id: probe
                  stop_after_if: {expr: result.ok}
                  value:
                    type: rawscript
                    language: bun
                    content: "export function main() { return { ok: true } }"
                    input_transforms: {}
"""


def test_while_loop_with_a_stop_only_in_a_nested_loop(tmp_path: Path) -> None:
    assert _messages(tmp_path, NESTED_STOP) == [
        "while loop `poll` has no `stop_after_if`, on itself or on a step of its body (the "
        "one on `probe` stops only the nested loop `each`): nothing ends it, so it runs until "
        "one of its steps fails, which fails the flow"
    ]


# --- an iterator that flattens a list field of a step's items ------------------------------

FLAT_FLOW = """\
summary: s
value:
  modules:
    - id: orders
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return [{"id": 1, "lines": [{"sku": "a", "qty": 1}]}]
        input_transforms: {}
    - id: each_line
      value:
        type: forloopflow
        iterator: {type: javascript, expr: 'ITERATOR'}
        skip_failures: false
        modules:
          - id: one
            value:
              type: rawscript
              language: bun
              content: "export function main(x: any) { return x }"
              input_transforms:
                x: {type: javascript, expr: flow_input.iter.value.READ}
"""


@pytest.mark.parametrize(
    ("iterator", "read", "count"),
    [
        ("results.orders.flatMap((o) => o.lines)", "quantity", 1),
        ("results.orders.flatMap((o) => o.lines)", "qty", 0),
        ("results.orders.flatMap((o) => o.lines).filter((l) => l.qty > 0)", "quantity", 1),
        # the field of an order, not of a line
        ("results.orders.flatMap((o) => o.lines)", "id", 1),
        # a field the orders lack: reported in the iterator, the items are not known
        ("results.orders.flatMap((o) => o.extras)", "quantity", -1),
    ],
)
def test_iterator_flattening_a_list_field(
    tmp_path: Path, iterator: str, read: str, count: int
) -> None:
    text = FLAT_FLOW.replace("ITERATOR", iterator).replace("READ", read)
    expected = [(15, "WAC503", "error")] if count < 0 else [(24, "WAC503", "error")] * count
    assert _findings(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("expr", "count"),
    [
        ("const out = {}; for (const r of results.each) { out[r.id] = r.totl } return out", 1),
        ("const out = {}; for (const r of results.each) { out[r.id] = r.total } return out", 0),
        ("let n = 0; for (const { totl } of results.each) { n += 1 } return n", 1),
        # `for ... in` walks the indexes
        ("let n = 0; for (const r in results.each) { n += r.totl } return n", 0),
    ],
)
def test_entry_fields_in_for_of_loops(tmp_path: Path, expr: str, count: int) -> None:
    found = _findings(tmp_path, LOOP_FLOW.format(expr=expr))
    assert found == [(23, "WAC503", "error")] * count


def test_iterator_mapping_a_list_field_then_flattening(tmp_path: Path) -> None:
    text = FLAT_FLOW.replace("ITERATOR", "results.orders.map((o) => o.lines).flat()")
    assert _findings(tmp_path, text.replace("READ", "quantity")) == [(24, "WAC503", "error")]
    assert _findings(tmp_path / "b", text.replace("READ", "sku")) == []


def test_a_field_the_iterator_renamed_is_named(tmp_path: Path) -> None:
    text = ITER_FLOW.format(
        iterator="results.rows.a.map((r) => ({ to: r.email, n: 1 }))",
        read="flow_input.iter.value.email",
    )
    assert _messages(tmp_path, text) == [
        "`flow_input.iter.value.email`: the items of loop `each` are the objects the callback "
        "of its `iterator` builds, with `n`, `to` and no `email`, so it is undefined; the "
        "callback puts the `email` under `to`"
    ]
