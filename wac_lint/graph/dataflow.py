"""Data edges: a durable result reaching a later durable call's arguments.

A light reaching-definitions pass over the workflow body. Variables are
bound by assignments, declarations, loop headers, comprehensions and the
parameters of fan-out callbacks; a variable carries the durable results its
value was computed from. A use sees the latest binding before it, plus
earlier bindings made on paths that may not have run (inside a branch or a
loop), plus, inside a loop, bindings made later in the same loop (they reach
the next iteration). Attribute, subscript and call chains carry the sources
of the variables they read: `order["lines"]` is still data from `order`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache
from operator import attrgetter, itemgetter, neg

import tree_sitter

from wac_lint.graph.graph import Edge, Graph
from wac_lint.graph.index import (
    LOOPS,
    NO_CONTEXT,
    BodyIndex,
    Context,
    Identifiers,
    Loops,
    Scope,
    Structures,
    each_loop,
    encloses,
    field_ids,
    scope_like,
    statement_like,
)
from wac_lint.model import FunctionInfo, ScriptModel
from wac_lint.parsing import language

TsNode = tree_sitter.Node

FUNCTIONS = frozenset(
    {
        "function_definition",
        "lambda",
        "arrow_function",
        "function_expression",
        "function_declaration",
    }
)
GATHERS = ("asyncio.gather", "Promise.all", "Promise.allSettled")
CALLBACKS = frozenset({"lambda", "arrow_function", "function_expression"})
ARGUMENT_LISTS = frozenset({"argument_list", "arguments"})
# Bounds per use, so that 20,000 conditional writes of one name stay linear.
MAX_REACHING = 50  # definitions drawn as the sources of one use
MAX_WALK = 500  # definitions looked at for one use
Span = tuple[int, int]
# starts, names, the innermost structure holding each
# (`Structures.innermost_of_leaves`), and per identifier once asked: (name, start
# byte, context)
Wanted = tuple[list[int], list[str], list[int], list["tuple[str, int, Context] | None"]]


@dataclass(slots=True, eq=False)
class Binding:
    name: str
    pos: int  # where the binding takes effect (after its value is computed)
    value: TsNode | None  # the expression computed
    scope: Scope  # the innermost statement-like node above the binding
    strong: bool = True  # replaces earlier values (False: `x += ...`, `x[i] = ...`)
    element: int | None = None  # destructuring index, for element-wise gathers
    # the durable results of its value, once worked out (a tuple: a set per binding
    # was a tenth of the data edges' memory)
    sources: tuple[str, ...] | None = None
    resolving: bool = False  # its sources are being worked out (a cycle reads none)


class DataFlow:
    def __init__(
        self,
        model: ScriptModel,
        function: FunctionInfo,
        sites: dict[str, TsNode],
        index: BodyIndex | None = None,
    ):
        self.model = model
        self.body = function.body
        if index is None and self.body is not None:
            index = BodyIndex(model.source.language, model.lang.graph_dialect(b""), self.body)
        self.index = index
        self.sites = sites
        self.bindings: dict[str, list[Binding]] = {}
        self.positions: dict[str, list[int]] = {}  # binding positions per name, sorted
        # per name and index: the index of the nearest strong binding at or before it
        self.assignments: dict[str, list[int]] = {}
        self.truncated: set[str] = set()  # names whose uses hit MAX_REACHING / MAX_WALK
        # durable call sites sorted by start, for range queries
        items = list(sites.items())
        starts = [site.start_byte for _, site in items]
        ends = [site.end_byte for _, site in items]
        keys = list(zip(starts, map(neg, ends), strict=True))
        order = sorted(range(len(items)), key=keys.__getitem__)  # stable
        self.site_starts = [starts[i] for i in order]
        self.site_ends = [ends[i] for i in order]
        self.site_list = [items[i] for i in order]
        self.site_arguments: dict[str, Span | None] = {}
        self.structures = Structures(index) if index is not None else None
        self.identifiers = Identifiers(index) if index is not None else None
        # per block: the statement-like ancestors and loops from it up to the body
        self.block_context: dict[int, Context] = {}
        self.wanted: Wanted | None = None  # see `wanted_identifiers`

    def text(self, node: TsNode) -> str:
        return self.model.text(node)

    # ---- bindings ------------------------------------------------------------------
    def collect(self) -> None:
        """Bindings, found by tree-sitter queries (in C) and read in source order."""
        assert self.body is not None and self.index is not None
        found: list[tuple[int, int, TsNode, tuple[TsNode, TsNode] | None]] = [
            (node.start_byte, -node.end_byte, node, None) for node in self.index.binders
        ]
        for fn in sorted(self.index.functions, key=lambda f: f.start_byte):
            # a function passed as an argument, with its argument list and call: read
            # from the body's functions (a query pattern over call and arguments kept a
            # match pending across each nested call: 6,000 nested steps, 9 s)
            if fn.type not in CALLBACKS:
                continue
            args = self.model.parent_of(fn)
            if args is None or args.type not in ARGUMENT_LISTS:
                continue
            call = self.model.parent_of(args)
            if call is not None:
                found.append((fn.start_byte, -fn.end_byte, fn, (args, call)))
        found.sort(key=itemgetter(0, 1))  # pre-order, as a walk meets them
        ids = field_ids(self.model.source.language)
        f_left, f_right, f_name, f_value = ids.left, ids.right, ids.name, ids.value
        for _, _, node, family in found:
            if family is not None:
                self.callback_params(node, *family)
                continue
            t = node.type
            if t in ("assignment", "assignment_expression", "variable_declarator"):
                target = node.child_by_field_id(f_left) or node.child_by_field_id(f_name)
                value = node.child_by_field_id(f_right) or node.child_by_field_id(f_value)
                if value is not None and value.type in FUNCTIONS:
                    continue  # a local function, expanded where it is called
                self.bind(target, value, node, strong=True)
            elif t in ("augmented_assignment", "augmented_assignment_expression"):
                target = node.child_by_field_name("left")
                self.bind(target, node.child_by_field_name("right"), node, strong=False)
            elif t == "named_expression":
                self.bind(
                    node.child_by_field_name("name"), node.child_by_field_name("value"), node, True
                )
            elif t in ("for_statement", "for_in_statement"):
                right = node.child_by_field_name("right")
                self.bind(node.child_by_field_name("left"), right, right or node, strong=True)
            elif t == "for_in_clause":
                # the comprehension's body, written first, runs after this binding
                parent = node.parent
                if parent is not None:
                    right = node.child_by_field_name("right")
                    target = node.child_by_field_name("left")
                    self.bind(target, right, node, strong=True, pos=parent.start_byte)
        for name, items in self.bindings.items():
            items.sort(key=attrgetter("pos"))
            self.positions[name] = [b.pos for b in items]
            nearest, last = [], -1
            for index, binding in enumerate(items):
                last = index if binding.strong else last
                nearest.append(last)
            self.assignments[name] = nearest
        self.wanted = None  # made from the bindings: made again when next asked

    def bind(
        self,
        target: TsNode | None,
        value: TsNode | None,
        at: TsNode,
        strong: bool,
        pos: int | None = None,
        holder: TsNode | None = None,
    ) -> None:
        """`holder`: the node `at` is the first token of (a callback's parameters
        bind at its first token), for finding the statement around it."""
        if target is None:
            return
        if target.type == "identifier":  # most targets: one name, bound whole
            name = self.model.source.data[target.start_byte : target.end_byte].decode(
                "utf-8", "replace"
            )
            binding = Binding(
                name,
                at.end_byte if pos is None else pos,
                value,
                self.binding_scope(at, holder),
                strong,
            )
            found = self.bindings.get(name)
            if found is None:
                self.bindings[name] = [binding]
            else:
                found.append(binding)
            return
        names = self.target_names(target)
        element_wise = len(names) > 1
        scope = self.binding_scope(at, holder)
        for index, (name, direct) in enumerate(names):
            binding = Binding(
                name,
                at.end_byte if pos is None else pos,
                value,
                scope,
                strong=strong and direct,
                element=index if element_wise else None,
            )
            self.bindings.setdefault(name, []).append(binding)

    def target_names(self, target: TsNode) -> list[tuple[str, bool]]:
        """Names a target binds; False for `x[i] = ...` / `x.a = ...` (x keeps old data)."""
        if target.type in ("identifier", "shorthand_property_identifier_pattern"):
            return [(self.text(target), True)]
        if target.type in ("subscript", "attribute", "member_expression", "subscript_expression"):
            base = target.child_by_field_name("value") or target.child_by_field_name("object")
            return (
                [(name, False) for name, _ in self.target_names(base)] if base is not None else []
            )
        out: list[tuple[str, bool]] = []
        for child in target.named_children:
            if child.type == "pair_pattern":
                child = child.child_by_field_name("value") or child
            out.extend(self.target_names(child))
        return out

    def callback_params(self, fn: TsNode, parent: TsNode | None, call: TsNode | None) -> None:
        """`xs.map((x) => t(x))`, `parallel(xs, lambda x: ...)`: x carries xs's data.

        `parent` and `call` are `fn`'s parent and grandparent (from the walk)."""
        if parent is None or parent.type not in ("arguments", "argument_list"):
            return
        if call is None:
            return
        source: TsNode | None = None
        callee = call.child_by_field_name("function")
        if callee is not None and callee.type in ("member_expression", "attribute"):
            source = callee.child_by_field_name("object")
        elif parent.named_children and parent.named_children[0] is not fn:
            source = parent.named_children[0]  # parallel(items, fn)
        params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
        if source is None or params is None:
            return
        first = params.named_children[0] if params.named_children else params
        pattern = first.child_by_field_name("pattern") or first
        self.bind(pattern, source, fn.children[0], strong=True, holder=fn)

    def binding_scope(self, at: TsNode, holder: TsNode | None) -> Scope:
        """`scope_of(at)`, from the body's statements when `at` is inside them."""
        if self.structures is not None:
            node = holder or at
            found = self.structures.context_above(node.start_byte, node.end_byte, node.type)
            if found is not None:
                return found[0]
        return self.scope_of(at)

    def scope_of(self, node: TsNode) -> Scope:
        """Statement-like ancestors above the statement holding `node`."""
        current: TsNode | None = node
        while current is not None and not is_statement(current):
            current = current.parent
        return self.context(current.parent if current is not None else None)[0]

    def context(self, node: TsNode | None) -> Context:
        """From `node` up to the body (not included): the statement-like nodes and
        ternaries (a use's or a binding's scope), and the loops, innermost first. What
        lies above a block is kept per block: each use of a long body used to walk up
        to the body, twice."""
        path: list[TsNode] = []
        scope: Scope = None
        loops: Loops = None
        stop = self.body
        while node is not None and node != stop:
            hit = self.block_context.get(node.id)
            if hit is not None:
                scope, loops = hit
                break
            path.append(node)
            node = node.parent
        if not path:
            return scope, loops
        for above in reversed(path):
            t = above.type
            span = (above.start_byte, above.end_byte)
            if scope_like(t):
                scope = span
            if t in LOOPS:
                loops = (span, loops)
            if block_like(t):
                self.block_context[above.id] = (scope, loops)
        return scope, loops

    # ---- reaching definitions ------------------------------------------------------
    def reaching(self, name: str, use: TsNode) -> list[Binding]:
        return self.reaching_at(name, use.start_byte, self.context(use.parent))

    def reaching_at(self, name: str, use_start: int, context: Context) -> list[Binding]:
        """The definitions of `name` that reach `use`, nearest first.

        Walking back from the use: every assignment up to the first one that
        surely ran (its scope holds the use), which hides what came before.
        A piecewise write (`d[k] = v`, `d.k = v`, `x += v`) keeps the older
        data, but only the writes up to the first that surely ran are drawn,
        then the walk jumps to the assignments: a dict written by every block
        (`summary[k] = await t(summary)`) gives each use its last write and its
        assignment, not every earlier write, so edges stay linear in the code.
        A write with no durable data in it (`d["n"] = 0`) is walked past. At
        most `MAX_REACHING` definitions are drawn and `MAX_WALK` looked at per
        use; a name that hits either is recorded in `self.truncated`.
        """
        candidates = self.bindings.get(name, [])
        if not candidates:
            return []
        positions = self.positions[name]
        scope, loops = context
        before = bisect.bisect_right(positions, use_start)
        if before and not loops:  # the walk's first step, when it is also its last
            nearest = candidates[before - 1]
            if nearest.strong and encloses(nearest.scope, scope):
                return [nearest]
        found = self.walk_back(name, before - 1, -1, scope)
        for _, loop_end in each_loop(loops):
            # bound later in the same loop: reaches the next iteration
            last = bisect.bisect_right(positions, loop_end)
            seen = {id(b) for b in found}
            later = self.walk_back(name, last - 1, before - 1, scope)
            found.extend(b for b in later if id(b) not in seen)
        return found

    def walk_back(self, name: str, start: int, stop: int, scope: Scope) -> list[Binding]:
        """`reaching`'s walk over the definitions of `name` from index `start` down
        to (not including) `stop`."""
        candidates = self.bindings[name]
        assignments = self.assignments[name]
        found: list[Binding] = []
        looked = 0
        index = start
        while index > stop:
            if len(found) >= MAX_REACHING or looked >= MAX_WALK:
                self.truncated.add(name)
                break
            looked += 1
            binding = candidates[index]
            surely_ran = encloses(binding.scope, scope)
            if binding.strong:
                found.append(binding)
                if surely_ran:
                    break  # it runs whenever the use does, and hides what came before
            elif self.sources_of_binding(binding):
                found.append(binding)
                if surely_ran:  # older writes are not drawn: on to the assignments
                    index = assignments[index - 1] if index > 0 else -1
                    continue
            index -= 1
        return found

    def sites_in(self, start: int, end: int) -> list[tuple[str, TsNode]]:
        """Durable call sites inside [start, end)."""
        starts, ends = self.site_starts, self.site_ends
        i = bisect.bisect_left(starts, start)
        out = []
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                out.append(self.site_list[i])
            i += 1
        return out

    def sources_of_binding(self, binding: Binding) -> tuple[str, ...]:
        found = binding.sources
        if found is not None:
            return found
        if binding.value is None or binding.resolving:
            return ()
        binding.resolving = True
        value = binding.value
        if binding.element is not None:
            elements = self.gather_elements(value)
            if elements is not None and binding.element < len(elements):
                value = elements[binding.element]
        result = binding.sources = tuple(self.sources_in(value))
        binding.resolving = False
        return result

    def gather_elements(self, value: TsNode) -> list[TsNode] | None:
        node = value
        while node.type in ("await", "await_expression", "parenthesized_expression"):
            if not node.named_children:
                return None
            node = node.named_children[-1]
        callee = node.child_by_field_name("function")
        if node.type not in ("call", "call_expression") or callee is None:
            return None
        if not self.text(callee).endswith(GATHERS):
            return None
        args = node.child_by_field_name("arguments")
        items = [a for a in args.named_children if a.type != "comment"] if args else []
        if len(items) == 1 and items[0].type in ("array", "list"):
            items = [a for a in items[0].named_children if a.type != "comment"]
        return items

    def sources_in(self, region: TsNode) -> set[str]:
        """Durable results an expression is computed from."""
        start, end = region.start_byte, region.end_byte
        out: set[str] = set()  # the sites inside (`sites_in`)
        starts, ends, sites = self.site_starts, self.site_ends, self.site_list
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                out.add(sites[i][0])
            i += 1
        ids = self.identifiers
        if ids is None or self.structures is None or not ids.covers(start, end):
            uses = self.uses(region)
        else:
            uses = self.uses_between(start, end, None)
        for name, at, context in uses:
            for binding in self.reaching_at(name, at, context):
                found = binding.sources
                out.update(self.sources_of_binding(binding) if found is None else found)
        return out

    def uses(
        self, region: TsNode, outermost: list[tuple[str, TsNode]] | None = None
    ) -> list[tuple[str, int, Context]]:
        """`reads(region, skip_calls=True)`, each as (name, start byte, context):
        from the body's identifiers by binary search when the region is in the
        body, else by walking it."""
        ids, structures = self.identifiers, self.structures
        start, end = region.start_byte, region.end_byte
        if ids is None or structures is None or not ids.covers(start, end):
            bound = self.bindings
            return [
                (name, ident.start_byte, self.context(ident.parent))
                for ident in self.reads(region, skip_calls=True, outermost=outermost)
                if (name := self.text(ident)) in bound
            ]
        return self.uses_between(start, end, outermost)

    def uses_between(
        self, start: int, end: int, outermost: list[tuple[str, TsNode]] | None
    ) -> list[tuple[str, int, Context]]:
        """`uses` of the region [start, end) of the body."""
        wanted = self.wanted
        if wanted is None:
            assert self.identifiers is not None
            wanted = self.wanted = self.wanted_identifiers(self.identifiers)
        starts, _, _, found = wanted
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end, first)
        if first == last:
            return []
        if outermost is None:
            outermost = self.outermost_sites_in(start, end)
        # (A region that is one identifier reads it: no region is a keyword
        # argument's name or an attribute, which `not_read` lists.)
        if not outermost:
            return [found[i] or self.use_at(i) for i in range(first, last)]
        hidden: list[Span] = []  # sorted, disjoint
        for node_id, site in outermost:
            args = self.arguments_of(node_id, site)
            if args is not None and args != (start, end):
                hidden.append(args)
        if len(hidden) <= 1:
            low, high = hidden[0] if hidden else (0, 0)
            return [
                found[i] or self.use_at(i)
                for i in range(first, last)
                if not low <= starts[i] < high
            ]
        out: list[tuple[str, int, Context]] = []
        hidden_starts = [h for h, _ in hidden]
        for i in range(first, last):
            at = starts[i]
            h = bisect.bisect_right(hidden_starts, at) - 1
            if h >= 0 and at < hidden[h][1]:
                continue
            out.append(found[i] or self.use_at(i))
        return out

    def wanted_identifiers(self, ids: Identifiers) -> Wanted:
        """The body's identifiers that may read a variable: of a name the body binds
        (others have no definition), not a keyword argument's name or an attribute.
        One pass, after `collect`: a region's uses are then a slice of them."""
        data, not_read = self.model.source.data, ids.not_read
        # Compared as bytes: the parsed bytes are UTF-8 (encoded from text), and
        # tree-sitter's nodes start and end on character boundaries.
        bound = {name.encode("utf-8", "surrogatepass"): name for name in self.bindings}
        found: list[tuple[int, str, int]] = []
        for node in ids.nodes:
            at, end = node.start_byte, node.end_byte
            name = bound.get(data[at:end])
            if name is not None and at not in not_read:
                found.append((at, name, end))
        found.sort()  # identifiers do not nest: in order of their starts
        starts = [at for at, _, _ in found]
        assert self.structures is not None
        innermost = self.structures.innermost_of_leaves(starts, [end for _, _, end in found])
        return (starts, [name for _, name, _ in found], innermost, [None] * len(found))

    def use_at(self, i: int) -> tuple[str, int, Context]:
        """The i-th wanted identifier as a use (name, start byte, context), kept."""
        assert self.wanted is not None and self.structures is not None
        starts, names, innermost, found = self.wanted
        k = innermost[i]
        context = self.structures.context(k) if k >= 0 else NO_CONTEXT
        use = found[i] = (names[i], starts[i], context)
        return use

    def arguments_of(self, node_id: str, site: TsNode) -> Span | None:
        """The span of a durable call's arguments (asked for every region around it)."""
        if node_id in self.site_arguments:
            return self.site_arguments[node_id]
        args = site.child_by_field_id(field_ids(self.model.source.language).arguments)
        span = None if args is None else (args.start_byte, args.end_byte)
        self.site_arguments[node_id] = span
        return span

    def outermost_sites_in(self, start: int, end: int) -> list[tuple[str, TsNode]]:
        """`sites_in`, without the sites nested in another one of them: in
        `t(await s(await r()))` r feeds s, and s feeds t."""
        out: list[tuple[str, TsNode]] = []
        starts, ends = self.site_starts, self.site_ends
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                out.append(self.site_list[i])
                i = bisect.bisect_left(starts, ends[i], i + 1)  # skip nested
            else:
                i += 1
        return out

    def reads(
        self,
        region: TsNode,
        skip_calls: bool = False,
        outermost: list[tuple[str, TsNode]] | None = None,
    ) -> list[TsNode]:
        """Variables an expression reads; with `skip_calls`, not those that are only
        arguments of a durable call inside it (they feed that call, not the value).

        Linear in the region even when durable calls nest 10,000 deep: the
        arguments of nested calls are not entered, and parents come from the walk.
        """
        hidden: set[tuple[int, int]] = set()
        if skip_calls:
            if outermost is None:
                outermost = self.outermost_sites_in(region.start_byte, region.end_byte)
            for _, site in outermost:
                args = site.child_by_field_name("arguments")
                if args is not None:
                    hidden.add((args.start_byte, args.end_byte))
        out = []
        stack: list[tuple[TsNode, TsNode | None]] = [(region, None)]
        while stack:
            node, parent = stack.pop()
            if node.type != "identifier":
                # named children only: the anonymous ones are tokens (`(`, `,`, `=`)
                if node is region or not hidden or (node.start_byte, node.end_byte) not in hidden:
                    children = node.named_children
                    if children:
                        stack.extend([(child, node) for child in reversed(children)])
                continue
            if parent is not None:
                kind = parent.type
                if kind == "keyword_argument" and node == parent.child_by_field_name("name"):
                    continue
                if kind == "attribute" and node == parent.child_by_field_name("attribute"):
                    continue
            out.append(node)
        return out

    # ---- edges ---------------------------------------------------------------------
    def edges(self) -> list[Edge]:
        self.collect()
        edges: dict[tuple[str, str], set[str]] = {}
        ids = self.identifiers
        in_body = ids is not None and self.structures is not None
        reaching_at, sources_of_binding = self.reaching_at, self.sources_of_binding
        for node_id, site in self.sites.items():
            region = self.argument_region(site)
            if region is None:
                continue
            # Names read inside a nested durable call's arguments feed that call,
            # which feeds this one (the edge below): no edge straight from them.
            start, end = region.start_byte, region.end_byte
            outermost = self.outermost_sites_in(start, end)
            if in_body and ids is not None and ids.covers(start, end):
                uses = self.uses_between(start, end, outermost)
            else:
                uses = self.uses(region, outermost)
            for name, at, context in uses:
                for binding in reaching_at(name, at, context):
                    found = binding.sources
                    for source in sources_of_binding(binding) if found is None else found:
                        if source != node_id:
                            edges.setdefault((source, node_id), set()).add(name)
            for source, _ in outermost:
                if source != node_id:  # `t(await s())`: s feeds t directly
                    edges.setdefault((source, node_id), set())
        number = node_number
        return [
            Edge(src, dst, "data", ", ".join(sorted(names)) or None)
            for (src, dst), names in sorted(
                edges.items(), key=lambda e: (number(e[0][0]), number(e[0][1]))
            )
        ]

    def argument_region(self, site: TsNode) -> TsNode | None:
        if site.type in ("call", "call_expression"):
            return site.child_by_field_id(field_ids(self.model.source.language).arguments)
        # a task named by a fan-out (`parallel(items, t)`, `xs.map(t)`): the items
        parent = site.parent
        call = parent.parent if parent is not None else None
        if parent is None or call is None:
            return None
        callee = call.child_by_field_name("function")
        if callee is not None and callee.type in ("member_expression", "attribute"):
            return callee.child_by_field_name("object")
        return parent.named_children[0] if parent.named_children else None


@cache
def node_number(node_id: str) -> int:
    digits = node_id.split("_")[1]
    return int(digits) if digits.isdigit() else 0


def is_statement(node: TsNode) -> bool:
    return statement_like(node.type)


@cache
def block_like(kind: str) -> bool:
    return kind.endswith("block")


def data_edges(
    model: ScriptModel,
    function: FunctionInfo,
    graph: Graph,
    sites: dict[str, TsNode],
    instances: dict[str, tuple[int, ...]],
    index: BodyIndex | None = None,
) -> list[Edge]:
    if function.body is None:
        return []
    known = {n.id for n in graph.nodes}
    flow = DataFlow(model, function, {k: v for k, v in sites.items() if k in known}, index)
    edges = flow.edges()
    if flow.truncated:
        names = ", ".join(f"`{name}`" for name in sorted(flow.truncated))
        graph.warnings.append(
            f"{model.source.path}: some uses of {names} are reached by more definitions "
            f"than are followed ({MAX_REACHING} drawn, {MAX_WALK} looked at per use): "
            "data edges from the older ones are not drawn"
        )
    if not any(instances.values()):  # no local function expanded: one expansion
        return edges
    return [
        e for e in edges if same_expansion(instances.get(e.source, ()), instances.get(e.target, ()))
    ]


def same_expansion(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Nodes of one expansion of a local function, or of it and the code around it."""
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def kinds_pattern(lang: str, kinds: tuple[str, ...] | frozenset[str], name: str) -> str:
    """A query matching the node kinds the language's grammar has."""
    known = sorted(k for k in kinds if language(lang).id_for_node_kind(k, True) is not None)
    return "[" + " ".join(f"({k})" for k in known) + f"] @{name}"
