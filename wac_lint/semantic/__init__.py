"""The semantic model: scopes, bindings and the qualified name of every expression.

`SemanticModel` answers, for any node of the file, which binding a name refers
to and what a call or attribute chain really reaches (`requests.post` through
`from requests import post as p`, `s3.put_object` through
`s3 = boto3.client("s3")`, ...). Front-ends and rules ask it; nothing here
knows about particular rules.
"""

from __future__ import annotations

import builtins
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wac_lint.semantic.scopes import Binding, BindingKind, Node, Scope, ScopeKind, Scopes, text

__all__ = [
    "Binding",
    "BindingKind",
    "Scope",
    "ScopeKind",
    "SemanticModel",
    "NameSyntax",
    "LOCAL",
]

LOCAL = "~"  # qualified names of things defined in the file start with this
# LangChain's core runnables (prompts, output parsers, lambdas, passthroughs): piped
# with `|`, they compute in memory; the member that sends is another library's
PIPE_IN_MEMORY = ("langchain_core.", "langchain.prompts.", "langchain.schema.")
MAX_PIPE_OPERANDS = 32

# A `let` assigned more often than this is read as its declaration says: working out
# which assignments reach each read costs reads x assignments (a generated file with
# thousands of them took minutes).
MAX_REASSIGNMENTS = 32
# Links of an attribute / call chain followed to name what it reaches: a longer chain
# is unknown (no real chain is that long; nested thousands deep it cost each link)
MAX_CHAIN = 40

PYTHON_BUILTINS = frozenset(dir(builtins))
# Calls whose result is an object whose methods we keep following (a client, a
# connection, a session): classes (capitalised), and these factory functions.
FACTORY_NAMES = frozenset(
    {
        "client",
        "resource",
        "connect",
        "create_engine",
        "create_async_engine",
        "create_pool",
        "createClient",
        "createPool",
        "createConnection",
        "create",
        "from_url",
        "cursor",
        "session",
        "Session",
        "get_session",  # aiobotocore's `get_session().create_client("s3")`
        # `contextvars.copy_context().run(fn)`: the copied context's `run` calls `fn`
        "copy_context",
        "open_connection",
        "WebClient",
        # asyncio's event loop: its methods (`loop.time()`, `loop.run_in_executor`)
        # belong to the loop asyncio built, not to an unknown receiver
        "get_running_loop",
        "get_event_loop",
        "new_event_loop",
        # kafkajs `kafka.producer()` / `kafka.consumer()`, a mongoose `model(...)`
        "producer",
        "consumer",
        "model",
        # a request function with defaults (`graphql.defaults({...})`, `got.extend(...)`)
        "defaults",
        "extend",
    }
)


# The SDK's task decorator reached through its module (`@wmill.task()`).
SDK_TASK_DECORATORS = frozenset({"wmill.task", "wmill.client.task"})

# Modules (TypeScript specifiers, or one of their exports) whose functions all build API
# clients with lowercase names: `google.sheets({ version: "v4" })`, `drizzle(url)`. The
# methods of what they return belong to the module, like those of `createClient(...)`.
FACTORY_MODULES = (
    "googleapis.google.",
    "drizzle-orm/",
    # `const sql = neon(url)`: a function sending each query (`sql\`...\``) over HTTP
    "@neondatabase/serverless",
    "firebase-admin",
    "@google-cloud/",
    # wmill's SQL clients and the queries they build (`datatable().query(sql)` returns a
    # `SqlQuery` that runs when fetched)
    "wmill.datatable",
    "wmill.ducklake",
    "wmill.client.datatable",
    "wmill.client.ducklake",
    "wmill.Windmill().datatable",
    "wmill.Windmill(…).datatable",
    "wmill.Windmill().ducklake",
    "wmill.Windmill(…).ducklake",
    "wmill.client.Windmill().datatable",
    "wmill.client.Windmill(…).datatable",
    "wmill.client.Windmill().ducklake",
    "wmill.client.Windmill(…).ducklake",
    # windmill-client's: a template function (and the statements its tagged templates
    # build), and the lazy materialization statements
    "windmill-client.datatable",
    "windmill-client.ducklake",
    "windmill-client.upsertPartition",
    "windmill-client.appendPartition",
)
# Calls that build a handle, named exactly (what the handle's methods return is a plain
# value): Bun 1.2's lazy file references, `Bun.file(path)` and `s3.file(key)` (also of
# an `S3Client`), a `BunFile` / `S3File` whose methods do the I/O
# What `util.promisify` makes of Node's callback timers (their `util.promisify.custom`).
PROMISIFIED_TIMERS = {
    "setTimeout": "timers/promises.setTimeout",
    "setImmediate": "timers/promises.setImmediate",
    "timers.setTimeout": "timers/promises.setTimeout",
    "timers.setImmediate": "timers/promises.setImmediate",
}

FACTORY_CALLS = frozenset(
    {
        "Bun.file",
        "bun.file",
        "Bun.s3.file",
        "bun.s3.file",
        "Bun.S3Client(…).file",
        "bun.S3Client(…).file",
    }
)


# Library calls that give a factory of sessions, and the class of the session calling
# that factory builds (`Session = async_sessionmaker(engine)`, then `Session()`, or
# `Session.begin()`, which enters one): SQLAlchemy 2.0's ORM sessions.
SESSION_FACTORIES = {
    "sqlalchemy.orm.sessionmaker": "sqlalchemy.orm.Session",
    "sqlalchemy.orm.scoped_session": "sqlalchemy.orm.Session",
    "sqlalchemy.ext.asyncio.async_sessionmaker": "sqlalchemy.ext.asyncio.AsyncSession",
    "sqlalchemy.ext.asyncio.async_scoped_session": "sqlalchemy.ext.asyncio.AsyncSession",
}


# Classes of I/O libraries whose instances are data, not connections: a parameter
# annotated with one is not treated as a client (`resp.json()` sends nothing).
DATA_TYPE_SUFFIXES = ("Response", "Request", "Error", "Exception", "Result", "Row", "Record")


# `super().__init__(...)`: building the library base, which the catalogue names by the
# class itself (`CallKind.INHERITED`), not as a method of an instance of it.
CONSTRUCTION_METHODS = frozenset({"__init__", "__new__", "__post_init__", "__init_subclass__"})


# Subscript node types, with their object and key fields (Python, TypeScript).
SUBSCRIPTS = {"subscript": ("value", "subscript"), "subscript_expression": ("object", "index")}
# Decorators that turn a generator into a context manager, and the annotations of
# such a generator, whose first argument is what `with ... as x` holds.
CONTEXT_MAKERS = frozenset({"contextmanager", "asynccontextmanager"})
_YIELDED = re.compile(
    r"[\"']?(?:typing\.|collections\.abc\.)?(?:Async)?(?:Iterator|Generator)\[([\w.]+)[,\]].*"
)
# `typing.cast(T, value)`: the value itself, of the type the first argument names.
CASTS = frozenset({"typing.cast", "typing_extensions.cast"})
# Container annotations whose items are all of one type: `dict[str, httpx.Client]`
# (the value type), `list[Redis]`, `Sequence[Redis]` (the item type).
_CONTAINER = re.compile(
    r"(?:typing\.|collections\.abc\.)?"
    r"(?:(?:dict|Dict|Mapping|MutableMapping|defaultdict|OrderedDict)\[[^,\[\]]+,"
    r"|(?:list|List|Sequence|MutableSequence|tuple|Tuple)\[)"
    r"(?P<item>[\w.]+)(?:,\.\.\.)?\]"
)


# Python methods of library clients that build a handle locally, without a request:
# `storage.Client().bucket(name)`, `bucket.blob(path)`, `firestore.client().collection(c)`,
# `.document(id)`, azure's `get_container_client(...)`; the handle's own methods are the
# requests (a call of the method itself is catalogued as harmless where it must be).
HANDLE_METHODS = frozenset(
    {
        "bucket",
        "blob",
        "table",
        "collection",
        "document",
        "dataset",
        "get_database_client",
        "get_container_client",
        "get_blob_client",
        "get_queue_client",
        "get_table_client",
        "get_directory_client",
        "get_file_client",
        "get_queue_sender",
        "get_queue_receiver",
        "get_topic_sender",
        "get_subscription_receiver",
    }
)


@cache
def _stdlib_star_exports() -> dict[str, frozenset[str]]:
    """Module -> the names `from module import *` binds (standard library, see
    `star_exports.json`)."""
    data = json.loads((Path(__file__).with_name("star_exports.json")).read_text("utf-8"))
    return {m: frozenset(names) for m, names in data["modules"].items()}


def is_factory_verb(name: str) -> bool:
    """`createTransport`, `create_client`, `connect_async`: a name that says it builds
    a client, so the methods of what it returns belong to that client's library."""
    return name.startswith(("create", "connect"))


# Values an attribute is given before its real one (`self._client = None`).
PLACEHOLDERS = frozenset({"none", "null", "undefined"})


@dataclass(frozen=True)
class NameSyntax:
    """The node types qualified-name resolution needs from one grammar."""

    identifiers: frozenset[str]
    attribute: str
    attribute_object: str
    attribute_name: str
    calls: frozenset[str]
    new: frozenset[str]
    awaits: frozenset[str]
    transparent: frozenset[str]  # (x), x!, x as T
    functions: frozenset[str]
    literals: frozenset[str]
    global_prefixes: frozenset[str]  # globalThis. / window. / self.
    builtins: frozenset[str]  # Python builtins; TypeScript globals are open-ended
    module_loaders: frozenset[str]  # require / import / importlib.import_module
    import_statements: frozenset[str]  # the statements that bind imported names
    # `from m import *` puts m's names in the module scope (Python); a name nothing
    # binds is then m's, unless it is a builtin.
    star_imports_bind: bool
    # Binary operators whose `/` joins a path onto a `pathlib.Path` (Python).
    path_join_operators: frozenset[str]
    # A module's default / namespace import may itself be a factory (`postgres(url)`).
    callable_module_imports: bool
    # Assignments to a name declared once (TypeScript `x = v` after `let x = u`): the
    # scope rules bind only declarations, so what a `let` holds at a read is worked
    # out from these (`reaching_values`). Empty where each assignment binds (Python).
    assignments: frozenset[str] = frozenset()
    # Statements that run their body again (a later assignment reaches an earlier read).
    loops: frozenset[str] = frozenset()
    # A library object's method called without `await` hands back another of its
    # objects (`bus.createSender(q)`): TypeScript requests return promises, awaited for
    # their answer; a Python client's sync method returns the answer itself.
    unawaited_methods_build: bool = False
    # Methods of every function that give the same function, bound (TypeScript's
    # `fn.bind(thisArg)`): `s3.send.bind(s3)` names `s3.send`.
    binding_methods: frozenset[str] = frozenset()
    # How qualified names spell the SDK module, for the names a star import takes from
    # a workspace module re-exporting it (Python's `from f.common.wac import *`).
    sdk_module: str = ""


# `await p` / `await (p)` of a bare name (not `await p.then(...)`, `await p(x)`)
_AWAITED_NAME = re.compile(rb"\bawait\s+\(*\s*([A-Za-z_$][\w$]*)\b(?!\s*(?:[.(\[]|\?\.))")


@dataclass(frozen=True)
class _Definition:
    """One assignment of a `let` (or its declaration)."""

    node: Node  # the declared name, or the assignment expression
    value: Node | None  # what it assigns (None: not known, `x += 1`)
    function: int | None  # the function it runs in
    block: tuple[int, int] | None  # the block it is a statement of, when it replaces


# The functions that build an instance, by node type and name.
CONSTRUCTORS = frozenset(
    {("method_definition", "constructor"), ("function_definition", "__init__")}
)
CLASS_DECLARATIONS = ("class_declaration", "class", "abstract_class_declaration")
# Python expressions that hold a sequence of items written out (see `sequence_items`).
SEQUENCE_NODES = frozenset(
    {"tuple", "list", "parenthesized_expression", "list_splat", "expression_list"}
)

# Arguments that spread a sequence or a mapping: which parameter gets what is unknown.
SPREADS = frozenset({"spread_element", "list_splat", "dictionary_splat"})
# dependency_injector's providers that build their value by calling the factory they
# are given (`providers.Singleton(requests.Session)()` is a `requests.Session()`).
PROVIDERS = frozenset(
    f"dependency_injector.providers.{name}"
    for name in (
        "Singleton",
        "ThreadSafeSingleton",
        "ThreadLocalSingleton",
        "ContextLocalSingleton",
        "Factory",
        "DelegatedFactory",
        "Callable",
        "Coroutine",
        "Resource",
    )
)
# Values that build an object: a construction or a call.
BUILDS = frozenset({"new_expression", "call_expression", "call"})
LITERAL_OBJECTS = frozenset({"object", "dictionary"})
# What a memoizing getter assigns the value it returns with (`this.#c ??= new X()`,
# `self._c = X()`, `(self._c := X())`), and the operators that keep the assigned value.
MEMO_ASSIGNMENTS = frozenset(
    {"assignment", "assignment_expression", "augmented_assignment_expression", "named_expression"}
)
MEMO_OPERATORS = frozenset({"=", "??=", "||="})


def _descendants(root: Node, kinds: frozenset[str]) -> list[Node]:
    """The nodes of `kinds` under `root` (a getter's body: small)."""
    found = []
    stack = list(root.named_children)
    while stack:
        node = stack.pop()
        if node.type in kinds:
            found.append(node)
        stack.extend(node.named_children)
    return found


# A subclass constructor passing arguments to its base's (by `is_python`).
_SUPER_CALL = {
    True: re.compile(rb"(?<![.\w$])super\s*\([^()]*\)\s*\.\s*__init__\s*\("),
    False: re.compile(rb"(?<![.\w$])super\s*\("),
}


# Calls building an object whose attributes are their keyword arguments.
NAMESPACE_MAKERS = frozenset({"types.SimpleNamespace", "argparse.Namespace"})
NAMESPACE_CLASSES = frozenset(name.rsplit(".", 1)[-1] for name in NAMESPACE_MAKERS)


class SemanticModel:
    """Scopes of one file and the resolution of names through them."""

    def __init__(self, root: Node, source: bytes, scopes: Scopes, syntax: NameSyntax) -> None:
        self.root = root
        self.source = source
        self.scopes = scopes
        self.syntax = syntax
        self._binding_names: dict[int, str | None] = {}
        self._resolving: set[int] = set()
        self._attributes_resolving: set[tuple[int, int]] = set()
        self._class_attributes: dict[tuple[int, int, str], dict[str, list[Node]]] = {}
        self._library_bases: dict[tuple[int, int, str, bool], str | None] = {}
        self._reassignments: dict[int, list[Node]] = {}
        self._defs: dict[int, list[_Definition] | None] = {}
        self._awaited_names: set[bytes] | None = None  # names awaited bare: `await p`
        self._functions: dict[int, int | None] = {}
        self._reading: set[int] = set()  # reads whose reaching values are being named
        self._spine_lengths: dict[int, int] = {}  # links of the chain each node ends
        self._resolved: dict[int, Binding | None] = {}  # by identifier node
        self._imports: list[Binding] | None = None

    # ---- scopes ------------------------------------------------------------
    @property
    def module(self) -> Scope:
        return self.scopes.module

    def scope_at(self, node: Node) -> Scope:
        return self.scopes.scope_at(node)

    def scope_of_function(self, function: Node, outer: Scope | None = None) -> Scope:
        """The scope a function (or lambda, class, block) opens."""
        if outer is None:
            outer = self.scope_at(function)
        return self.scopes.open(function, outer)

    def resolve(self, identifier: Node, scope: Scope | None = None) -> Binding | None:
        if scope is not None:
            return self.scopes.lookup(self.text(identifier), scope)
        # Kept per node: most rules ask about every call's name, several times over
        # an analysis, and a name's binding cannot change once the file is read.
        resolved = self._resolved
        key = identifier.id
        if key in resolved:
            return resolved[key]
        found = self.scopes.lookup(self.text(identifier), self.scope_at(identifier))
        resolved[key] = found
        return found

    def lookup(self, name: str, scope: Scope) -> Binding | None:
        return self.scopes.lookup(name, scope)

    def star_module_after(self, binding: Binding | None) -> str | None:
        """The module of the last module-level `from m import *` written after the
        module's own binding of a name (`def msh(...)` above `from f.lib.hl7 import *`):
        when `m` exports the name, that import binds it again, last. None for an import
        (see `HelperImports.star_import_after`) or when no star import follows."""
        module = self.module
        if binding is None or not module.star_imports or binding.scope is not module:
            return None
        if binding.kind == BindingKind.IMPORT:
            return None
        later = None
        for star, start in zip(module.star_imports, module.star_import_starts, strict=False):
            if start > binding.node.start_byte:
                later = star
        return later

    def stdlib_star_after(self, binding: Binding) -> str | None:
        """The standard-library module of the last module-level `from m import *` written
        after the module's own binding of a name that `m` exports (`from wmill import
        sleep`, then `from time import *`: `sleep` is `time.sleep` from there on, which
        is what a function of the module calls), else None. The names each module exports
        are read from `star_exports.json`."""
        module = self.module
        if (
            not self.syntax.star_imports_bind
            or not module.star_imports
            or binding.scope is not module
        ):
            return None
        exports = _stdlib_star_exports()
        later = None
        for star, start in zip(module.star_imports, module.star_import_starts, strict=False):
            if start > binding.node.start_byte and binding.name in exports.get(star, ()):
                later = star
        return later

    def import_bindings(self) -> list[Binding]:
        """Every import binding of the file, in any scope (what each name an import
        statement binds is at the end of its scope: a later import of the name replaces
        an earlier one). Found from the import statements, so only their scopes open."""
        if self._imports is None:
            found: dict[int, Binding] = {}
            for statement in self.scopes.nodes_of(self.syntax.import_statements):
                for binding in self.scope_at(statement).bindings.values():
                    if binding.kind == BindingKind.IMPORT:
                        found[id(binding)] = binding
            self._imports = list(found.values())
        return self._imports

    def text(self, node: Node) -> str:
        return text(node, self.source)

    def sequence_items(self, node: Node, depth: int = 0) -> list[Node]:
        """The items a Python tuple or list expression holds, through parentheses, `*`
        spreads and names bound once to one (`BEST_EFFORT = (TimeoutError,
        BaseException)`, then `except BEST_EFFORT:` or `suppress(*BEST_EFFORT)`); any
        other expression is its own single item."""
        if node.type in SEQUENCE_NODES and depth < 8:
            items: list[Node] = []
            for child in node.named_children:
                if child.type != "comment":
                    items += self.sequence_items(child, depth + 1)
            return items
        if node.type == "identifier" and depth < 8:
            binding = self.resolve(node)
            value = binding.value if binding is not None else None
            if (
                binding is not None
                and binding.kind == BindingKind.ASSIGNMENT
                and not binding.rebound
                and not binding.member
                and value is not None
                and value.type in SEQUENCE_NODES
            ):
                return self.sequence_items(value, depth + 1)
        return [node]

    # ---- qualified names -----------------------------------------------------
    def qualified_name(self, node: Node | None, scope: Scope | None = None) -> str | None:
        """What `node` (a name, attribute chain, call or `new`) really reaches.

        `requests.post`; `boto3.client(…).put_object` for a method of an object a
        factory built; `.name` for a method on a receiver we cannot follow;
        `~name` for something the file defines itself; None when unknown.
        """
        if node is None or self._spine_longer(node, MAX_CHAIN):
            return None
        if scope is None:
            scope = self.scope_at(node)
        return self._qualify(node, scope, 0)

    def _spine_longer(self, node: Node, limit: int) -> bool:
        """Whether the chain `node` ends (`a.b(c).d`: the links `_qualify` follows,
        object of an attribute, callee of a call, operand of an `await`) has more than
        `limit` links. Such a chain is unknown: decided by this scan, whose lengths are
        kept per node, not by resolving `limit` links at each of its thousands of
        links (quadratic on `f()()()...` or `((x).a).a...` 20,000 long)."""
        return self._spine_length(node) > limit

    def _spine_length(self, node: Node) -> int:
        syn = self.syntax
        lengths = self._spine_lengths
        path: list[tuple[int, int]] = []  # (node id, links before it), outermost first
        links = 0
        rest = 0
        current: Node | None = node
        while current is not None:
            known = lengths.get(current.id)
            if known is not None:
                rest = known
                break
            path.append((current.id, links))
            t = current.type
            if t in syn.transparent:
                current = current.named_children[0] if current.named_child_count == 1 else None
                continue
            if t == syn.attribute:
                current = current.child_by_field_name(syn.attribute_object)
            elif t in syn.calls:
                current = current.child_by_field_name("function")
            elif t in syn.new:
                current = current.child_by_field_name("constructor")
            elif t in syn.awaits:
                current = current.named_children[-1] if current.named_child_count else None
            else:
                break
            links += 1
        total = links + rest
        for node_id, before in path:
            lengths[node_id] = total - before
        return total

    def _qualify(self, node: Node, scope: Scope, depth: int) -> str | None:
        syn = self.syntax
        if depth > MAX_CHAIN:
            return None
        while node.type in syn.transparent and node.named_child_count == 1:
            node = node.named_children[0]
        t = node.type
        if t in syn.identifiers:
            return self._name(node, scope)
        if t == "meta_property":
            return self.text(node)  # import.meta
        if t == syn.attribute:
            obj = node.child_by_field_name(syn.attribute_object)
            attr = node.child_by_field_name(syn.attribute_name)
            if attr is None:
                return None
            name = self.text(attr)
            if obj is None:
                return "." + name
            if obj.type in syn.identifiers and self.text(obj) in syn.global_prefixes:
                if self.resolve(obj, scope) is None:
                    return self._global(name, scope)
            if obj.type == "this" or obj.type in syn.identifiers:
                held = self._instance_attribute(obj, name, scope)
                if held is not None:
                    return held
            if obj.type in syn.identifiers:
                held = self._class_attribute(obj, name, scope) or self._shared_attribute(
                    obj, name, scope
                )
                if held is not None:
                    return held
                held = self._literal_member(obj, name, scope, depth)
                if held is not None:
                    return held
                held = self._built_instance_attribute(obj, name, scope)
                if held is not None:
                    return held
            if obj.type == syn.attribute:
                held = self._held_literal_member(obj, name, scope, depth)
                if held is not None:
                    return held
            inherited = self._inherited_member(obj, name, scope)
            if inherited is not None:
                return inherited
            typed = self._member_annotation(obj, name, scope)
            if typed is not None:
                held = self._annotation_instance(*typed)
                if held is not None:
                    return held
            base = self._qualify(obj, scope, depth + 1)
            if base is None or base.startswith("."):
                return "." + name
            return f"{base}.{name}"
        if t in syn.calls or t in syn.new:
            return self._call_result(node, scope, depth)
        if t in syn.awaits:
            inner = node.named_children[-1] if node.named_children else None
            return self._qualify(inner, scope, depth + 1) if inner is not None else None
        if t in SUBSCRIPTS:
            return self._keyed_handle(node, scope, depth)
        if t == "binary_operator":
            op = node.child_by_field_name("operator")
            if op is not None and self.text(op) == "|":
                return self._piped_member(node, scope)  # `(prompt | llm).invoke(...)`
        return None

    def _keyed_handle(self, node: Node, scope: Scope, depth: int) -> str | None:
        """`MongoClient(uri)["crm"]`, `db["orders"]`: a literal key of an instance of a
        library class is a handle of that library (a database, a collection), whose
        methods are its requests. Any other subscript's value is unknown data."""
        obj_field, key_field = SUBSCRIPTS[node.type]
        obj = node.child_by_field_name(obj_field)
        key = node.child_by_field_name(key_field)
        if obj is None or key is None:
            return None
        item = self._item_instance(obj, scope)
        if item is not None:
            return item
        if key.type not in ("string", "template_string", "number", "integer"):
            return None
        base = self._qualify(obj, scope, depth + 1)
        if base is None or base.startswith((".", LOCAL)):
            return None
        if base.endswith("[…]"):
            return base + "[…]"
        if key.type in ("number", "integer"):
            # `doc.sheetsByIndex[0]`: an item of a list a library object holds (built
            # or reached without `await`: not an answer's data) is one of its handles
            return base + "[…]" if "(" in base and "." in base.rsplit(")", 1)[-1] else None
        made = base.rsplit(".", 1)[-1]
        if not made.endswith(")") or not made[:1].isupper():
            return None
        return base + "[…]"

    def _global(self, name: str, scope: Scope) -> str:
        module = scope.module
        if (
            self.syntax.star_imports_bind
            and module.star_imports
            and name not in self.syntax.builtins
        ):
            star = module.star_imports[-1]
            facade = module.facades.get(star) if module.facades else None
            if facade and name in facade and self.syntax.sdk_module:
                # `from f.common.wac import *` of a module re-exporting the SDK's names
                return f"{self.syntax.sdk_module}.{name}"
            return f"{star}.{name}"
        return name

    def _name(self, node: Node, scope: Scope) -> str | None:
        name = self.text(node)
        binding = self.scopes.lookup(name, scope)
        if binding is None:
            return self._global(name, scope)
        if node.id in self._reading:
            return None  # `x = x.filter(...)` in a loop: the read is its own assignment's
        self._reading.add(node.id)
        try:
            values = self.reaching_values(binding, node)
            if values is not None:
                return self._may_name(values, binding.scope)
        finally:
            self._reading.discard(node.id)
        return self.binding_name(binding)

    def _may_name(self, values: list[Node | None], scope: Scope) -> str | None:
        """The name a `let` holds at a read that several assignments reach: the one
        object among them when the others hold nothing to call (a local stub, an arrow,
        a literal, `undefined`), as for `token ? new WebClient(token) : undefined`;
        else unknown."""
        names: set[str] = set()
        for value in values:
            if value is None:
                return None  # `x += 1`, a destructuring: not known
            if value.type == "object" or self.text(value) in ("undefined", "null"):
                continue
            named = self.value_name(value, scope)
            if named is None:
                return None
            if not named.startswith(LOCAL):
                names.add(named)
        return names.pop() if len(names) == 1 else None

    # ---- reassigned names (TypeScript `let`) -----------------------------------
    def reassignments(self, binding: Binding) -> list[Node]:
        """The `name = v` / `name op= v` expressions that assign `binding` after its
        declaration (in its scope or a function nested in it), in source order."""
        if not self.syntax.assignments or binding.kind != BindingKind.ASSIGNMENT:
            return []
        if not binding.reassigned or binding.member or binding.rebound:
            return []
        key = id(binding.node)
        found = self._reassignments.get(key)
        if found is None:
            found = []
            pattern = re.compile(
                rb"(?<![.\w$])"
                + re.escape(binding.name.encode())
                + rb"\s*(?:\*\*|<<|>>>?|\?\?|\|\||&&|[-+*/%&|^])?=(?![=>])"
            )
            scope_node = binding.scope.node
            for match in pattern.finditer(self.source, scope_node.start_byte, scope_node.end_byte):
                ident = self.root.descendant_for_byte_range(match.start(), match.start())
                if ident is None or ident.type not in self.syntax.identifiers:
                    continue
                parent = ident.parent
                if (
                    parent is None
                    or parent.type not in self.syntax.assignments
                    or parent.child_by_field_name("left") != ident
                ):
                    continue
                held = self.resolve(ident)
                # a body's `let` is bound by the function's scope and by its block's
                if held is not None and held.node == binding.node:
                    found.append(parent)
            self._reassignments[key] = found
        return found

    def reaching_values(self, binding: Binding, use: Node) -> list[Node | None] | None:
        """The values `binding` may hold where `use` reads it, when the name is assigned
        again after its declaration (else None: the declared value holds everywhere).

        An assignment in a statement of a block that holds the read, not in a branch, a
        loop body or a function the read is not in, replaces every earlier one; the
        others (in an `if`, a callback, a later iteration of a loop) may have run."""
        defs = self._definitions(binding)
        if defs is None:
            return None
        own = self._function_of(use)
        reaching: list[Node | None] = []
        for d in reversed(defs):
            if d.node.end_byte > use.start_byte:  # after the read, or the read is in its value
                if d.function != own or self._in_loop_with(d.node, use):
                    reaching.append(d.value)  # a callback run later, the next iteration
                continue
            if d.node is binding.node:
                if d.value is not None:  # `let x;` holds `undefined`: nothing to name
                    reaching.append(d.value)
                break
            reaching.append(d.value)
            block = d.block
            if d.function == own and block is not None and block[0] <= use.start_byte < block[1]:
                break  # a statement of a block the read is in: it ran, and replaced the rest
        return reaching

    def _definitions(self, binding: Binding) -> list[_Definition] | None:
        """The declaration and each later assignment of a `let`, with what a read needs
        to know of them (worked out once per binding)."""
        key = id(binding.node)
        if key in self._defs:
            return self._defs[key]
        later = self.reassignments(binding)
        found: list[_Definition] | None = None
        if later and len(later) <= MAX_REASSIGNMENTS:
            found = [_Definition(binding.node, binding.value, None, None)]
            for assignment in later:
                right = assignment.child_by_field_name("right")
                op = assignment.child_by_field_name("operator")
                operator = self.text(op) if op is not None else "="
                plain = operator in ("=", "??=", "||=", "&&=")
                # `x ??= v`: the old value may stay, so it replaces nothing
                keeps = operator in ("??=", "||=", "&&=")
                found.append(
                    _Definition(
                        assignment,
                        right if plain else None,
                        self._function_of(assignment),
                        None if keeps else self._statement_block(assignment),
                    )
                )
        self._defs[key] = found
        return found

    def _function_of(self, node: Node) -> int | None:
        key = node.id
        if key in self._functions:
            return self._functions[key]
        current = node.parent
        found: int | None = None
        while current is not None:
            if current.type in self.syntax.functions:
                found = current.id
                break
            current = current.parent
        self._functions[key] = found
        return found

    def _statement_block(self, assignment: Node) -> tuple[int, int] | None:
        """The block an assignment is a whole statement of (`x = v;`), as a byte range."""
        statement = assignment.parent
        while statement is not None and statement.type in (
            "await_expression",
            "parenthesized_expression",
        ):
            statement = statement.parent
        if statement is None or statement.type != "expression_statement":
            return None
        block = statement.parent
        return (block.start_byte, block.end_byte) if block is not None else None

    def _in_loop_with(self, node: Node, use: Node) -> bool:
        current = use.parent
        while current is not None and current.type not in self.syntax.functions:
            if current.type in self.syntax.loops and current.end_byte >= node.end_byte:
                return True
            current = current.parent
        return False

    def binding_name(self, binding: Binding) -> str | None:
        """The qualified name of what a binding holds."""
        key = id(binding)
        if key in self._binding_names:
            return self._binding_names[key]
        if key in self._resolving:
            return None  # a cycle (`a = b; b = a`)
        self._resolving.add(key)
        try:
            result = self._binding_name(binding)
        finally:
            self._resolving.discard(key)
        self._binding_names[key] = result
        return result

    def _binding_name(self, binding: Binding) -> str | None:
        kind = binding.kind
        rebound_by = self.stdlib_star_after(binding)
        if rebound_by is not None:
            return f"{rebound_by}.{binding.name}"
        if kind == BindingKind.IMPORT:
            if binding.target is None:
                return LOCAL + binding.name  # a relative import: the project's own code
            return binding.target
        if kind in (BindingKind.FUNCTION, BindingKind.CLASS, BindingKind.NAMESPACE):
            return LOCAL + binding.name
        if kind == BindingKind.PARAMETER and not binding.rebound:
            return self._annotated_instance(binding)
        if kind not in (BindingKind.ASSIGNMENT, BindingKind.CONTEXT) or binding.rebound:
            return None
        value = binding.value
        if value is None:
            return None
        base = self.value_name(value, binding.scope)
        if base is None and not binding.member:
            # `conn: psycopg.Connection = pool.getconn()`: the annotation names what the
            # value is when the value itself cannot be followed
            return self._annotation_instance(self._annotation_of(binding), binding.scope)
        if base is None:
            return None
        for part in binding.member:
            base = f"{base}.{part}"
        return base

    def _annotated_instance(self, binding: Binding) -> str | None:
        """A parameter annotated with an imported class (`client: httpx.Client`,
        `client: Redis`) holds an instance of it: `httpx.Client(…)`."""
        return self._annotation_instance(self._annotation_of(binding), binding.scope)

    def _annotation_of(self, binding: Binding) -> Node | None:
        """The type annotation where a name is bound: a parameter's (`c: httpx.Client`)
        or an annotated assignment's (`CLIENTS: dict[str, httpx.Client] = {...}`)."""
        holder = binding.node.parent
        if holder is None:
            return None
        if binding.kind == BindingKind.ASSIGNMENT and holder.type not in (
            "assignment",
            "variable_declarator",
        ):
            return None
        annotation = holder.child_by_field_name("type")
        if annotation is not None and annotation.type == "type_annotation":
            annotation = annotation.named_children[0] if annotation.named_children else None
        return annotation

    def _annotation_instance(self, annotation: Node | None, scope: Scope) -> str | None:
        """The object an annotation says a value is, when it names an imported class
        (`httpx.Client`, `Optional[Redis]`, `"psycopg.Connection"`): `httpx.Client(…)`."""
        if annotation is None:
            return None
        return self._annotated_class(self.text(annotation), scope)

    def _annotated_class(self, text: str, scope: Scope) -> str | None:
        text = re.sub(r"\s+", "", text).strip("\"'")
        text = re.sub(r"^(typing\.)?Optional\[(.*)\]$", r"\2", text)
        text = re.sub(r"\|(None|null|undefined)$|^(None|null|undefined)\|", "", text)
        if not re.fullmatch(r"[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*", text):
            return None
        head, _, rest = text.partition(".")
        imported = self.scopes.lookup(head, scope)
        if imported is not None and imported.kind == BindingKind.ASSIGNMENT and not rest:
            # `Cache: TypeAlias = redis.Redis` / `Cache = redis.Redis`: the class it names
            value = imported.assigned_value
            if value is None or value.type not in (self.syntax.attribute, *self.syntax.identifiers):
                return None
            if value.type in self.syntax.identifiers and self.text(value) == head:
                return None
            return self._annotated_class(self.text(value), imported.scope)
        if imported is None or imported.kind != BindingKind.IMPORT:
            return None
        base = self.binding_name(imported)
        if base is None or base.startswith(LOCAL):
            return None
        last = (rest or imported.imported_name or head).rsplit(".", 1)[-1]
        if not last[:1].isupper() and last != "default":
            return None  # a module or a function, not a class
        if last.endswith(DATA_TYPE_SUFFIXES):
            return None  # `resp: requests.Response`: what a request returned, not a client
        return (f"{base}.{rest}" if rest else base) + "(…)"

    def _member_annotation(
        self, obj: Node, name: str, scope: Scope, method: bool = False
    ) -> tuple[Node, Scope] | None:
        """What the class of the file `obj` is an instance of declares member `name` to
        be: a property's return annotation (`@property def api(self) -> httpx.Client`)
        or a field annotated in the class body (`conns: dict[str, redis.Redis]`)."""
        if self.syntax.attribute != "attribute":
            return None  # Python classes only
        receiver = self._receiver_class(obj, scope)
        if receiver is None or not receiver[2]:
            return None  # the class itself, not an instance
        class_node, outer, _, _ = receiver
        body = class_node.child_by_field_name("body")
        for statement in body.named_children if body is not None else ():
            function = statement
            if method:
                # `def kv(self) -> hvac.Client:` called: what its annotation names
                if statement.type == "decorated_definition":
                    function = statement.child_by_field_name("definition") or statement
                own = function.child_by_field_name("name")
                if function.type == "function_definition" and own is not None:
                    if self.text(own) == name:
                        returned = function.child_by_field_name("return_type")
                        return (returned, outer) if returned is not None else None
                continue
            if statement.type == "decorated_definition":
                function = statement.child_by_field_name("definition") or statement
                decorators = [
                    self.text(d).strip().lstrip("@").rsplit(".", 1)[-1]
                    for d in statement.named_children
                    if d.type == "decorator"
                ]
                own = function.child_by_field_name("name")
                if (
                    function.type == "function_definition"
                    and own is not None
                    and self.text(own) == name
                    and ("property" in decorators or "cached_property" in decorators)
                ):
                    returned = function.child_by_field_name("return_type")
                    return (returned, outer) if returned is not None else None
                continue
            inner = statement.named_children[0] if statement.named_children else None
            if statement.type != "expression_statement" or inner is None:
                continue
            target = inner.child_by_field_name("left")
            annotation = inner.child_by_field_name("type")
            if (
                inner.type == "assignment"
                and annotation is not None
                and target is not None
                and self.text(target) == name
            ):
                return annotation, outer
        return None

    def _item_instance(self, obj: Node, scope: Scope) -> str | None:
        """`CLIENTS[region]` where `CLIENTS: dict[str, httpx.Client]` (or a parameter
        annotated `list[Redis]`, `Mapping[str, Redis]`): an item of a container whose
        annotation names its items' class is an instance of that class, whatever the key."""
        annotation: Node | None = None
        if obj.type == self.syntax.attribute:
            # `self.conns[region]` with `conns: dict[str, redis.Redis]` in the class body
            holder = obj.child_by_field_name(self.syntax.attribute_object)
            member = obj.child_by_field_name(self.syntax.attribute_name)
            typed = (
                self._member_annotation(holder, self.text(member), scope)
                if holder is not None and member is not None
                else None
            )
            if typed is None:
                return None
            annotation, scope = typed
        elif obj.type in self.syntax.identifiers:
            binding = self.scopes.lookup(self.text(obj), scope)
            if binding is None or binding.rebound:
                return None
            if binding.kind not in (BindingKind.ASSIGNMENT, BindingKind.PARAMETER):
                return None
            annotation, scope = self._annotation_of(binding), binding.scope
        if annotation is None:
            return None
        match = _CONTAINER.fullmatch(re.sub(r"\s+", "", self.text(annotation)).strip("\"'"))
        if match is None:
            return None
        return self._annotated_class(match.group("item"), scope)

    def _literal_member(self, obj: Node, name: str, scope: Scope, depth: int) -> str | None:
        """`api.read` with `const api = { read: wmill.getVariable }` (or `{ getVariable }`):
        what the object literal's member names, when it is something imported (its own
        functions are followed by the call graph; `{ url: process.env.X }` holds a value
        read when the object was built, which WAC102's module values judge)."""
        binding = self.scopes.lookup(self.text(obj), scope)
        value = binding.assigned_value if binding is not None else None
        return self._object_member(value, name, depth)

    def _held_literal_member(self, obj: Node, name: str, scope: Scope, depth: int) -> str | None:
        """`this.deps.http` with `constructor(private deps: Deps)` and the class built
        once with `new Planner({ http: fetch })` (or `this.deps = deps`): what the object
        literal the instance holds in that attribute names."""
        inner = obj.child_by_field_name(self.syntax.attribute_object)
        attr = obj.child_by_field_name(self.syntax.attribute_name)
        if inner is None or attr is None:
            return None
        if inner.type != "this" and self.text(inner) != "self":
            return None
        value = self.attribute_value(inner, self.text(attr), scope)
        return self._object_member(value, name, depth, globals_too=True)

    def _object_member(
        self, value: Node | None, name: str, depth: int, globals_too: bool = False
    ) -> str | None:
        """What member `name` of the object literal `value` names, when it is something
        imported (with `globals_too`, also a global function given by its bare name:
        `{ http: fetch }`)."""
        if value is not None and value.type in self.syntax.calls:
            # `wf = SimpleNamespace(now=datetime.now)`: the keyword gives the member
            held = self._namespace_member(value, name)
            return self._member_name(held, depth, globals_too) if held is not None else None
        if value is None or value.type != "object":
            return None
        for member in value.named_children:
            if member.type == "shorthand_property_identifier" and self.text(member) == name:
                imported = self.scopes.lookup(name, self.scope_at(member))
                if imported is None or imported.kind != BindingKind.IMPORT:
                    return None
                return self.binding_name(imported)
            if member.type != "pair":
                continue
            key = member.child_by_field_name("key")
            held = member.child_by_field_name("value")
            if key is None or held is None or self.text(key).strip("\"'") != name:
                continue
            return self._member_name(held, depth, globals_too)
        return None

    def _member_name(self, held: Node, depth: int, globals_too: bool) -> str | None:
        """What a member's value `held` names, when it is something imported (see
        `_object_member`)."""
        if held.type in self.syntax.identifiers or held.type == self.syntax.attribute:
            root = held
            while root.type == self.syntax.attribute:
                root = root.child_by_field_name(self.syntax.attribute_object) or root
                if root.type not in (self.syntax.attribute, *self.syntax.identifiers):
                    return None
            imported = self.scopes.lookup(self.text(root), self.scope_at(root))
            if imported is None and globals_too and root is held:
                return self._qualify(held, self.scope_at(held), depth + 1)
            if imported is None or imported.kind != BindingKind.IMPORT:
                return None  # a value read when the object was built, not a function
            return self._qualify(held, self.scope_at(held), depth + 1)
        return None

    def namespace_member(self, value: Node | None, name: str) -> Node | None:
        """The keyword argument `name` of a call building an attribute namespace
        (`SimpleNamespace(now=lambda: ..., uuid4=uuid.uuid4)`): what `ns.<name>` holds."""
        if value is None or value.type not in self.syntax.calls:
            return None
        return self._namespace_member(value, name)

    def _namespace_member(self, call: Node, name: str) -> Node | None:
        maker = call.child_by_field_name("function")
        # spelled `SimpleNamespace` / `types.SimpleNamespace`: only such a name is
        # qualified (qualifying any callee here would follow `self.x = self.x.strip()`
        # back into itself)
        if maker is None or self.text(maker).rsplit(".", 1)[-1] not in NAMESPACE_CLASSES:
            return None
        if self.qualified_name(maker) not in NAMESPACE_MAKERS:
            return None
        args = call.child_by_field_name("arguments")
        for arg in args.named_children if args is not None else ():
            key = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
            if key is not None and self.text(key) == name:
                return arg.child_by_field_name("value")
        return None

    def _instance_attribute(self, obj: Node, name: str, scope: Scope) -> str | None:
        """`self.session` / `this.s3` inside a method: what the class assigns to that
        attribute, when it assigns it exactly once (`self.session = requests.Session()`
        in `__init__`, a field `private s3 = new S3Client()`)."""
        value = self.attribute_value(obj, name, scope)
        if value is None:
            return None
        key = (value.start_byte, value.end_byte)
        if key in self._attributes_resolving:
            return None  # `self.a = self.a.copy()`: no fixed point
        self._attributes_resolving.add(key)
        try:
            return self.value_name(value, self.scope_at(value))
        finally:
            self._attributes_resolving.discard(key)

    def attribute_value(self, obj: Node, name: str, scope: Scope) -> Node | None:
        """The one value the class of a method's `self` / `this` gives attribute `name`."""
        class_scope: Scope | None = None
        receiver = self.text(obj)
        if obj.type == "this":
            current: Scope | None = scope
            while current is not None and current.kind != ScopeKind.CLASS:
                current = current.parent
            class_scope = current
        elif obj.type in self.syntax.identifiers:
            binding = self.scopes.lookup(receiver, scope)
            if binding is None or binding.kind != BindingKind.PARAMETER:
                return None
            fn_scope = binding.scope
            if fn_scope.parent is None or fn_scope.parent.kind != ScopeKind.CLASS:
                return None
            params = fn_scope.node.child_by_field_name("parameters")
            first = (
                params.named_children[0] if params is not None and params.named_children else None
            )
            if first is None or first != binding.node:
                return None  # only the method's own `self`
            class_scope = fn_scope.parent
        if class_scope is None:
            return None
        values = self._attributes_of(class_scope.node, receiver).get(name, [])
        if not values:  # `self.session` read from a class-level `session = Session()`
            class_node = class_scope.node
            if class_node.type not in ("class_definition", "class_declaration", "class"):
                class_node = class_node.parent or class_node
            held = self._class_level_value(class_node, name)
            values = [held] if held is not None else []
        if len(values) > 1:
            # `self._r = None` in `__init__`, `self._r = redis.Redis(...)` in `__enter__`:
            # a method calling `self._r.set(...)` runs on the one real value (on the
            # placeholder the call would raise before doing anything)
            values = [v for v in values if v.type not in PLACEHOLDERS]
        return values[0] if len(values) == 1 else None

    def _shared_attribute(self, obj: Node, name: str, scope: Scope) -> str | None:
        """`api.session` with `api = Api()` and `class Api: session = requests.Session()`:
        a plain class variable read through an instance of the class of the file (one
        object shared by every instance), when no method assigns `self.session` (Python;
        an annotated one is a dataclass / pydantic field the constructor may fill)."""
        if self.syntax.attribute != "attribute":
            return None
        binding = self.scopes.lookup(self.text(obj), scope)
        if binding is None or binding.kind != BindingKind.ASSIGNMENT or binding.rebound:
            return None
        value = binding.assigned_value
        if value is None or value.type != "call":
            return None
        ctor = value.child_by_field_name("function")
        if ctor is None or ctor.type not in self.syntax.identifiers:
            return None
        cls = self.scopes.lookup(self.text(ctor), self.scope_at(ctor))
        if cls is None or cls.kind != BindingKind.CLASS or cls.value is None:
            return None
        body = cls.value.child_by_field_name("body")
        shared: Node | None = None
        for member in body.named_children if body is not None else ():
            assigned = member.named_children[0] if member.named_children else None
            if member.type != "expression_statement" or assigned is None:
                continue
            left = assigned.child_by_field_name("left")
            if assigned.type != "assignment" or left is None or self.text(left) != name:
                continue
            if assigned.child_by_field_name("type") is not None:
                return None  # `session: Session = ...`: a field an instance may be given
            shared = assigned.child_by_field_name("right")
        if shared is None or name in self._attributes_of(cls.value, "self"):
            return None
        key = (shared.start_byte, shared.end_byte)
        if key in self._attributes_resolving:
            return None
        self._attributes_resolving.add(key)
        try:
            return self.value_name(shared, self.scope_at(shared))
        finally:
            self._attributes_resolving.discard(key)

    def _built_instance_attribute(self, obj: Node, name: str, scope: Scope) -> str | None:
        """`repo.pool` with `const repo = new Repo()`: what the class of the file gives
        its instances' `pool` once (a field, `this.pool = ...` in a method, a getter
        returning it, a memoizing one included: `get pool() { return (this.#p ??= new
        Pool()) }`)."""
        found = self._receiver_class(obj, scope)
        if found is None or found[3] or not found[2]:
            return None  # not an instance (the class itself, `super`)
        class_node = found[0]
        receiver = "self" if self.syntax.attribute == "attribute" else "this"
        values = [
            v
            for v in self._attributes_of(class_node, receiver).get(name, [])
            if v.type not in PLACEHOLDERS
        ]
        if len(values) != 1:
            return None
        value = values[0]
        key = (value.start_byte, value.end_byte)
        if key in self._attributes_resolving:
            return None
        self._attributes_resolving.add(key)
        try:
            held = self.value_name(value, self.scope_at(value))
        finally:
            self._attributes_resolving.discard(key)
        # a library's object, not a value of the file (a parameter, a literal)
        return held if held is not None and not held.startswith((LOCAL, ".")) else None

    def _class_attribute(self, obj: Node, name: str, scope: Scope) -> str | None:
        """`StatusPage.session` / `Storage.client`: what a class of the file assigns to
        that name in its own body (a class variable, a `static` field)."""
        binding = self.scopes.lookup(self.text(obj), scope)
        if binding is None or binding.kind != BindingKind.CLASS or binding.value is None:
            return None
        value = self._class_level_value(binding.value, name)
        if value is None:
            return None
        key = (value.start_byte, value.end_byte)
        if key in self._attributes_resolving:
            return None
        self._attributes_resolving.add(key)
        try:
            return self.value_name(value, self.scope_at(value))
        finally:
            self._attributes_resolving.discard(key)

    # ---- members a class of the file inherits from an imported class -------------
    def _inherited_member(self, obj: Node, name: str, scope: Scope) -> str | None:
        """`api.get` where `api = GithubApi(token)` and `class GithubApi(requests.Session)`
        defines no `get` (nor does a base of the file): the library class's member,
        `requests.Session(…).get`. Also through `self` / `this` in the class's methods,
        `super()`, and the class itself (`Moment.now` of `class Moment(datetime)`)."""
        if name in CONSTRUCTION_METHODS or name.startswith("__"):
            # the base's construction (matched as that class built, INHERITED), or a
            # protocol method (`__str__`, `__len__`) that says nothing about I/O
            return None
        found = self._receiver_class(obj, scope)
        if found is None:
            return None
        class_node, outer, marker, skip_own = found
        base = self._library_base(class_node, outer, name, skip_own)
        return f"{base}{marker}.{name}" if base is not None else None

    def _receiver_class(self, obj: Node, scope: Scope) -> tuple[Node, Scope, str, bool] | None:
        """The class of the file `obj` is (marker ``) or an instance of (marker `(…)` when
        built with arguments or not known how, `()` without): (class node, the scope
        it is defined in, marker, whether its own members are skipped (`super()`))."""
        syn = self.syntax
        if obj.type == "this" or obj.type == "super" or self._is_super_call(obj, scope):
            current: Scope | None = scope
            while current is not None and current.kind != ScopeKind.CLASS:
                current = current.parent
            if current is None or current.parent is None:
                return None
            return self._class_node(current.node), current.parent, "(…)", obj.type != "this"
        if obj.type in syn.calls or obj.type in syn.new:
            return self._built_class(obj, scope)
        if obj.type not in syn.identifiers:
            return None
        binding = self.scopes.lookup(self.text(obj), scope)
        if binding is None:
            return None
        if binding.kind == BindingKind.CLASS and binding.value is not None:
            return binding.value, binding.scope, "", False
        if binding.kind == BindingKind.PARAMETER and not binding.rebound:
            fn_scope = binding.scope
            owner = fn_scope.parent
            if owner is None or owner.kind != ScopeKind.CLASS or owner.parent is None:
                return None
            params = fn_scope.node.child_by_field_name("parameters")
            first = (
                next((p for p in params.named_children if p.type != "comment"), None)
                if params is not None
                else None
            )
            if first is None or binding.node not in (first, first.child_by_field_name("name")):
                return None  # only the method's own `self` / `cls`
            kind = self.method_kind(fn_scope.node)
            if kind == "staticmethod":
                return None  # its first parameter is an ordinary one
            if kind == "classmethod":
                return self._class_node(owner.node), owner.parent, "", False
            return self._class_node(owner.node), owner.parent, "(…)", False
        value = binding.assigned_value
        if binding.kind == BindingKind.CONTEXT and not binding.rebound and not binding.member:
            value = binding.value  # `with Client() as c:` (`__enter__` gives the instance)
        if value is None:
            return None
        while value.type in syn.awaits and value.named_children:
            value = value.named_children[-1]
        if value.type in syn.calls or value.type in syn.new:
            return self._built_class(value, binding.scope)
        return None

    def _built_class(self, call: Node, scope: Scope) -> tuple[Node, Scope, str, bool] | None:
        """`GithubApi(token)` / `new Api()`: the class of the file it builds."""
        callee = call.child_by_field_name(
            "constructor" if call.type in self.syntax.new else "function"
        )
        if callee is None or callee.type not in self.syntax.identifiers:
            return None
        binding = self.scopes.lookup(self.text(callee), scope)
        if binding is None or binding.kind != BindingKind.CLASS or binding.value is None:
            return None
        args = call.child_by_field_name("arguments")
        given = args is not None and any(a.type != "comment" for a in args.named_children)
        return binding.value, binding.scope, "(…)" if given else "()", False

    def _is_super_call(self, obj: Node, scope: Scope) -> bool:
        """Python's `super()` (the builtin, not a name the file binds)."""
        if obj.type not in self.syntax.calls:
            return False
        callee = obj.child_by_field_name("function")
        return (
            callee is not None
            and callee.type in self.syntax.identifiers
            and self.text(callee) == "super"
            and self.scopes.lookup("super", scope) is None
        )

    def method_kind(self, function: Node) -> str | None:
        """`classmethod` / `staticmethod` for a method decorated so, else None."""
        parent = function.parent
        if parent is None or parent.type != "decorated_definition":
            return None
        for d in parent.named_children:
            name = self.text(d).strip().lstrip("@") if d.type == "decorator" else ""
            if name in ("classmethod", "staticmethod"):
                return name
        return None

    @staticmethod
    def _class_node(node: Node) -> Node:
        """The class declaration of a class scope (TypeScript's scope is its body)."""
        if node.type in ("class_body", "block") and node.parent is not None:
            return node.parent
        return node

    def _library_base(
        self, class_node: Node, outer: Scope, name: str, skip_own: bool, depth: int = 0
    ) -> str | None:
        """The imported class `name` comes from for instances of `class_node`: None when
        the class (or a base the file defines) has it, or no imported base does."""
        memo = (class_node.start_byte, class_node.end_byte, name, skip_own)
        if memo in self._library_bases:
            return self._library_bases[memo]
        self._library_bases[memo] = None  # a cycle of bases the file cannot really have
        found: str | None = None
        if depth < 8 and (skip_own or not self._class_defines(class_node, name)):
            for base in self._base_names(class_node):
                qual = self._qualify(base, outer, 1)
                binding = (
                    self.scopes.lookup(self.text(base), outer)
                    if base.type in self.syntax.identifiers
                    else None
                )
                if binding is not None and binding.kind == BindingKind.CLASS and binding.value:
                    if self._class_defines(binding.value, name):
                        break  # the file's own base has it
                    found = self._library_base(binding.value, binding.scope, name, False, depth + 1)
                    if found is not None:
                        break
                    continue
                if qual is not None and not qual.startswith((LOCAL, ".")) and "(" not in qual:
                    if not qual.rsplit(".", 1)[-1].endswith(DATA_TYPE_SUFFIXES):
                        # `class Declined(requests.HTTPError)`: an error, not a client
                        found = qual
                    break
        self._library_bases[memo] = found
        return found

    def _base_names(self, class_node: Node) -> list[Node]:
        """The base classes a class names: Python's `class A(B, C)` (not `metaclass=`),
        TypeScript's `extends B`."""
        out: list[Node] = []
        supers = class_node.child_by_field_name("superclasses")
        if supers is not None:
            out = [
                n
                for n in supers.named_children
                if n.type in self.syntax.identifiers or n.type == self.syntax.attribute
            ]
        for child in class_node.children:
            if child.type == "class_heritage":
                for clause in child.named_children:
                    value = clause.child_by_field_name("value")
                    if clause.type == "extends_clause" and value is not None:
                        out.append(value)
        return out

    def _class_defines(self, class_node: Node, name: str) -> bool:
        """The class body defines `name` (a method, a class variable or field, an
        annotated attribute), or a method assigns `self.name` / `this.name`."""
        body = class_node.child_by_field_name("body")
        for member in body.named_children if body is not None else ():
            node = member
            if node.type == "decorated_definition":
                node = node.child_by_field_name("definition") or node
            if node.type == "expression_statement" and node.named_children:
                node = node.named_children[0]
            if node.type == "assignment":
                left = node.child_by_field_name("left")
                if left is not None and self.text(left) == name:
                    return True
                continue
            label = node.child_by_field_name("name") or node.child_by_field_name("property")
            if label is not None and self.text(label).lstrip("#") == name:
                return True
        return name in self._attributes_of(class_node, "self")

    def _class_level_value(self, class_node: Node, name: str) -> Node | None:
        """The value a class body gives `name` once: `name = v` / `name: T = v` (Python),
        a field `name = v` / `static name = v` (TypeScript). A dataclass / pydantic
        `field(default_factory=f)` holds what `f` builds."""
        body = class_node.child_by_field_name("body")
        found: list[Node] = []
        for member in body.named_children if body is not None else ():
            if member.type == "public_field_definition":
                field_name = member.child_by_field_name("name")
                value = member.child_by_field_name("value")
                if field_name is not None and value is not None and self.text(field_name) == name:
                    found.append(value)
            elif member.type == "expression_statement" and member.named_children:
                assigned = member.named_children[0]
                left = assigned.child_by_field_name("left")
                right = assigned.child_by_field_name("right")
                if assigned.type == "assignment" and left is not None and right is not None:
                    if left.type in self.syntax.identifiers and self.text(left) == name:
                        found.append(self._default_factory(right) or right)
            elif member.type == "method_definition" and any(
                c.type == "static" for c in member.children
            ):
                # `static get pool() { return (this.#pool ??= new Pool()); }`
                getter = self._getter_value(member)
                if getter is not None and getter[0] == name:
                    found.append(getter[1])
        return found[0] if len(found) == 1 else None

    def _default_factory(self, value: Node) -> Node | None:
        """`field(default_factory=lambda: httpx.Client())`: the value the factory builds
        (the lambda's body; a class or function named there stands for its call)."""
        if value.type not in self.syntax.calls:
            return None
        args = value.child_by_field_name("arguments")
        for arg in args.named_children if args is not None else ():
            key = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
            factory = arg.child_by_field_name("value")
            if key is None or factory is None or self.text(key) != "default_factory":
                continue
            if factory.type == "lambda":
                return factory.child_by_field_name("body")
            return None
        return None

    def _attributes_of(self, class_node: Node, receiver: str) -> dict[str, list[Node]]:
        """attribute name -> values a class assigns to `self.<name>` / `this.<name>` or
        declares as a field; worked out once per class."""
        memo_key = (class_node.start_byte, class_node.end_byte, receiver)
        known = self._class_attributes.get(memo_key)
        if known is not None:
            return known
        found: dict[str, list[Node]] = {}
        stack = [class_node]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            if node.type in ("assignment", "assignment_expression"):
                left = node.child_by_field_name("left")
                right = node.child_by_field_name("right")
                if left is None or right is None or left.type != self.syntax.attribute:
                    continue
                target = left.child_by_field_name(self.syntax.attribute_object)
                attr = left.child_by_field_name(self.syntax.attribute_name)
                if (
                    target is not None
                    and attr is not None
                    and (target.type == "this" or self.text(target) in ("self", receiver))
                ):
                    given = self._constructor_parameter(right)
                    built = self._parameter_property_values(class_node, given) if given else []
                    defaulted = self._defaulted_parameter(right)
                    if defaulted is not None:
                        # `self.clock = clock or SystemClock()`: what each construction
                        # passes, the fallback where it passes nothing (or `None`)
                        given, fallback = defaulted
                        built = [
                            fallback if v.type in PLACEHOLDERS else v
                            for v in self._parameter_property_values(class_node, given)
                        ]
                    if built and all(
                        v.type in BUILDS or v.type in LITERAL_OBJECTS or self._module_reference(v)
                        for v in built
                    ):
                        # `this.repo = repo` in the constructor, every construction of
                        # the class passing a built object (`new Handler(new PgRepo())`),
                        # an object literal (`new Planner({ send: post })`) or
                        # something the module names (`Exporter(uploader=s3.upload_file)`);
                        # otherwise the parameter itself (its annotation may name a class)
                        found.setdefault(self.text(attr), []).extend(built)
                        continue
                    found.setdefault(self.text(attr), []).append(right)
            elif node.type == "public_field_definition":
                field_name = node.child_by_field_name("name")
                value = node.child_by_field_name("value")
                if field_name is not None and value is not None:
                    found.setdefault(self.text(field_name), []).append(value)
            elif node.type in ("decorated_definition", "method_definition"):
                getter = self._getter_value(node)
                if getter is not None:
                    found.setdefault(getter[0], []).append(getter[1])
            elif node.type in ("required_parameter", "optional_parameter") and any(
                c.type in ("accessibility_modifier", "readonly") for c in node.children
            ):
                # `constructor(private readonly http: Http = new FetchHttp())`: a parameter
                # property holds what each `new` of the class gives it, its default where
                # one gives none
                pattern = node.child_by_field_name("pattern")
                if pattern is not None:
                    for value in self._parameter_property_values(class_node, node):
                        found.setdefault(self.text(pattern), []).append(value)
        self._class_attributes[memo_key] = found
        return found

    def _module_reference(self, value: Node) -> bool:
        """`s3.upload_file`, `requests.post`, `notify`: a name (or a member of one) bound
        at module level (imported, defined or assigned there once), so it means the same
        thing wherever the value is used."""
        root = value
        while root.type == self.syntax.attribute:
            root = root.child_by_field_name(self.syntax.attribute_object) or root
            if root.type not in (self.syntax.attribute, *self.syntax.identifiers):
                return False
        if root.type not in self.syntax.identifiers:
            return False
        held = self.resolve(root)
        if held is None and root is value and self.text(root) not in ("undefined", "None"):
            return True  # a global function given by name: `new Client(fetch)`
        return (
            held is not None
            and held.scope.kind == ScopeKind.MODULE
            and not held.rebound
            and held.kind
            in (BindingKind.IMPORT, BindingKind.FUNCTION, BindingKind.ASSIGNMENT, BindingKind.CLASS)
        )

    def _defaulted_parameter(self, value: Node) -> tuple[Node, Node] | None:
        """`clock or SystemClock()`, `clock ?? new SystemClock()`, `clock if clock is not
        None else SystemClock()`: a constructor parameter and the object built in its
        place when the construction gives none."""
        sides: list[Node] = []
        if value.type in ("boolean_operator", "binary_expression"):
            op = value.child_by_field_name("operator")
            if op is None or self.text(op) not in ("or", "||", "??"):
                return None
            sides = [c for c in (value.child_by_field_name(f) for f in ("left", "right")) if c]
        elif value.type == "conditional_expression" and len(value.named_children) == 3:
            sides = [value.named_children[0], value.named_children[2]]
        elif value.type == "ternary_expression":
            sides = [
                c
                for c in (value.child_by_field_name(f) for f in ("consequence", "alternative"))
                if c is not None
            ]
        if len(sides) != 2:
            return None
        for param_side, fallback in (sides, sides[::-1]):
            given = self._constructor_parameter(param_side)
            if given is not None and fallback.type in BUILDS:
                return given, fallback
        return None

    def _constructor_parameter(self, value: Node) -> Node | None:
        """The constructor parameter a value names (`repo` in `this.repo = repo` written
        in TypeScript's `constructor(repo: Repo)`, `self.repo = repo` in `__init__`)."""
        if value.type != "identifier":
            return None
        held = self.resolve(value)
        if held is None or held.kind != BindingKind.PARAMETER or held.rebound:
            return None
        function = held.scope.node
        name = function.child_by_field_name("name")
        if name is None or (function.type, self.text(name)) not in CONSTRUCTORS:
            return None
        param: Node | None = held.node
        while param is not None and param.parent is not None:
            if param.parent.type in ("formal_parameters", "parameters"):
                return param
            if param.type in ("formal_parameters", "parameters", "block", "statement_block"):
                return None
            param = param.parent
        return None

    def _parameter_property_values(self, class_node: Node, param: Node) -> list[Node]:
        """What a constructor parameter kept on the instance holds (a TypeScript
        parameter property, `this.repo = repo`, Python's `self.repo = repo`): the
        argument each construction of the class in the file passes at its place (`new
        Policy(new FixedClock(at))`, `Handler(PgRepo(pool))`, by keyword too), its
        default for a construction that leaves it out, or only its default when the file
        builds no instance. Nothing (not guessed) when a construction spreads its
        arguments."""
        default = param.child_by_field_name("value")
        params = param.parent
        python = class_node.type in ("class_definition", "block")
        kinds = ("class_definition",) if python else CLASS_DECLARATIONS
        if class_node.type not in kinds:
            class_node = class_node.parent or class_node  # the scope of `this`: its body
        name = class_node.child_by_field_name("name")
        if params is None or name is None:
            return [default] if default is not None else []
        listed = [c for c in params.named_children if c.type != "comment"]
        index = listed.index(param) - (1 if python else 0)  # `self` is not passed
        named = param.child_by_field_name("pattern") or param.child_by_field_name("name")
        if named is None and param.type == "typed_parameter" and param.named_children:
            named = param.named_children[0]
        keyword = self.text(named if named is not None else param)
        spelled = self.text(name)
        values: list[Node] = []
        seen: set[str] = set()
        built = False
        for made in self._constructions(class_node, spelled, python):
            built = True
            args = made.child_by_field_name("arguments")
            given = [a for a in args.named_children if a.type != "comment"] if args else []
            if any(a.type in SPREADS for a in given):
                return []
            by_name = [
                a.child_by_field_name("value")
                for a in given
                if a.type == "keyword_argument"
                and self.text(a.child_by_field_name("name") or a) == keyword
            ]
            positional = [a for a in given if a.type != "keyword_argument"]
            if by_name:
                value = by_name[0]
            else:
                value = positional[index] if 0 <= index < len(positional) else default
            if value is None:
                continue
            if value.type in BUILDS or self._module_reference(value):
                if self.text(value) in seen:
                    continue  # the same construction again (`new PgRepo(pool)`)
                seen.add(self.text(value))
            values.append(value)
        if not built and default is not None:
            return [default]
        return values

    def _constructions(self, class_node: Node, spelled: str, python: bool) -> Iterator[Node]:
        """The calls of the file that build an instance of `class_node` (named `spelled`)
        and pass its constructor's arguments: `Exporter(...)` / `new Exporter(...)`, and a
        subclass's `super().__init__(...)` / `super(...)` (found by their text: one scan
        of the source, not a walk of the tree)."""
        prefix = rb"(?<![.\w$])" + (rb"" if python else rb"new\s+")
        tail = rb"\s*\(" if python else rb"(?![\w$])"
        pattern = re.compile(prefix + re.escape(spelled.encode()) + tail)
        for match in pattern.finditer(self.source):
            made = self.root.descendant_for_byte_range(match.start(), match.start())
            if python:
                made = made.parent if made is not None and made.type == "identifier" else None
                if made is not None and made.type != "call":
                    made = None
            else:
                made = made.parent if made is not None and made.type == "new" else None
            field = "function" if python else "constructor"
            ctor = made.child_by_field_name(field) if made is not None else None
            if made is None or ctor is None or self.text(ctor) != spelled:
                continue
            held = self.resolve(ctor)
            if held is None or held.kind != BindingKind.CLASS or held.value != class_node:
                continue
            yield made
        if b"super" not in self.source:
            return
        for match in _SUPER_CALL[python].finditer(self.source):
            at = self.root.descendant_for_byte_range(match.start(), match.start())
            made = self._super_construction(at, python)
            if made is None:
                continue
            subclass = made.parent
            while subclass is not None and subclass.type not in (
                "class_definition",
                *CLASS_DECLARATIONS,
            ):
                subclass = subclass.parent
            if subclass is not None and self._extends(subclass, class_node, spelled):
                yield made

    @staticmethod
    def _super_construction(at: Node | None, python: bool) -> Node | None:
        """The call `super().__init__(...)` (Python) / `super(...)` (TypeScript) whose
        `super` is `at`."""
        if at is None:
            return None
        if python:
            inner = at.parent if at.type == "identifier" else None  # `super()`
            method = inner.parent if inner is not None and inner.type == "call" else None
            if method is None or method.type != "attribute":
                return None
            name = method.child_by_field_name("attribute")
            made = method.parent
            if name is None or name.text != b"__init__" or made is None or made.type != "call":
                return None
            return made
        made = at.parent if at.type == "super" else None
        return made if made is not None and made.type == "call_expression" else None

    def _extends(self, subclass: Node, base: Node, spelled: str) -> bool:
        """`subclass` names the class `base` (spelled `spelled`) among its bases."""
        if subclass.type == "class_definition":
            bases = subclass.child_by_field_name("superclasses")
            named = [b for b in bases.named_children] if bases is not None else []
        else:
            heritage = next(
                (c for c in subclass.named_children if c.type == "class_heritage"), None
            )
            clause = (
                next((c for c in heritage.named_children if c.type == "extends_clause"), None)
                if heritage is not None
                else None
            )
            value = clause.child_by_field_name("value") if clause is not None else None
            named = [value] if value is not None else []
        for node in named:
            if node.type in self.syntax.identifiers and self.text(node) == spelled:
                held = self.resolve(node)
                if held is not None and held.kind == BindingKind.CLASS and held.value == base:
                    return True
        return False

    def _getter_value(self, node: Node) -> tuple[str, Node] | None:
        """A `@property` / `@cached_property` (Python) or `get x()` (TypeScript) whose body
        is one `return value`: reading the attribute gives that value."""
        function = node
        if node.type == "decorated_definition":
            decorators = [d for d in node.named_children if d.type == "decorator"]
            if not any(self.text(d).rstrip().endswith("property") for d in decorators):
                return None
            function = node.child_by_field_name("definition") or node
        elif not any(c.type == "get" for c in node.children):
            return None
        name = function.child_by_field_name("name")
        body = function.child_by_field_name("body")
        if name is None or body is None:
            return None
        statements = [
            c
            for c in body.named_children
            if c.type != "comment"
            and not (c.type == "expression_statement" and c.named_children[0].type == "string")
        ]  # a docstring is no statement that matters
        if not statements or statements[-1].type != "return_statement":
            return None
        values = statements[-1].named_children
        if len(values) != 1:
            return None
        value = self._memoized_value(values[0], body)
        if len(statements) != 1 and value is values[0]:
            return None
        return self.text(name), value

    def _memoized_value(self, value: Node, body: Node) -> Node:
        """What a memoizing getter's `return` gives: `return (this.#pool ??= new
        Pool())` the built value; `if (!this.client) this.client = new X(); return
        this.client` (or Python's `if self._c is None: self._c = X()`) the value the
        getter's body assigns to what it returns; else `value` itself."""
        inner = value
        while inner.type == "parenthesized_expression" and inner.named_children:
            inner = inner.named_children[0]
        if inner.type in MEMO_ASSIGNMENTS:
            op = inner.child_by_field_name("operator")
            right = inner.child_by_field_name("right") or inner.child_by_field_name("value")
            if right is not None and (op is None or self.text(op) in MEMO_OPERATORS):
                return right
            return value
        if inner.type != self.syntax.attribute:
            return value
        held = self.text(inner)
        assigned: list[Node | None] = []
        for node in _descendants(body, MEMO_ASSIGNMENTS):
            left = node.child_by_field_name("left")
            op = node.child_by_field_name("operator")
            if left is None or self.text(left) != held:
                continue
            if op is None or self.text(op) in MEMO_OPERATORS:
                assigned.append(node.child_by_field_name("right"))
        if len(assigned) == 1 and assigned[0] is not None:
            return assigned[0]
        return value

    def value_name(self, value: Node, scope: Scope) -> str | None:
        """The qualified name of an assigned value: an alias, a module, a built object."""
        syn = self.syntax
        # `(x)`, `x!`, `await await x`: unwrapped in a loop (a file can nest thousands deep)
        while (value.type in syn.transparent and value.named_child_count == 1) or (
            value.type in syn.awaits and value.named_children
        ):
            value = value.named_children[0 if value.type in syn.transparent else -1]
        t = value.type
        if t in syn.functions:
            return LOCAL + "function"
        if t in syn.literals:
            return LOCAL + "value"
        if t in syn.identifiers or t == syn.attribute:
            return self._qualify(value, scope, 1)
        if t in syn.awaits:
            inner = value.named_children[-1] if value.named_children else None
            return self.value_name(inner, scope) if inner is not None else None
        if t in syn.calls or t in syn.new:
            return self._call_result(value, scope, 1)
        if t in SUBSCRIPTS:
            return self._keyed_handle(value, scope, 1)
        if t in ("ternary_expression", "conditional_expression"):
            # `token ? new WebClient(token) : undefined` / `Client(k) if k else None`: the
            # object when there is one (the other branch holds nothing to call)
            branches = [
                c
                for c in value.named_children
                if c != value.child_by_field_name("condition")
                and self.text(c) not in ("undefined", "null", "None")
            ]
            if t == "conditional_expression" and len(value.named_children) == 3:
                branches = [
                    c
                    for c in (value.named_children[0], value.named_children[2])
                    if self.text(c) != "None"
                ]
            if len(branches) == 1:
                return self.value_name(branches[0], scope)
            return None
        if t == "binary_operator":
            op = value.child_by_field_name("operator")
            if op is not None and self.text(op) == "|":
                piped = self._piped_member(value, scope)
                if piped is not None:
                    return piped
        if t in syn.path_join_operators:
            left = value.child_by_field_name("left")
            op = value.child_by_field_name("operator")
            if left is not None and op is not None and self.text(op) == "/":
                base = self.value_name(left, scope)  # `OUT / "x"` is a Path like OUT
                if base is not None and base.startswith("pathlib.Path("):
                    return base
        return None

    def _piped_member(self, value: Node, scope: Scope) -> str | None:
        """`prompt | llm | StrOutputParser()` (Python, LangChain's LCEL): a
        `RunnableSequence` whose `invoke` / `batch` / `stream` run every member in turn.
        Named after the member that may send, the first object built by a library other
        than `langchain_core` (whose prompts, parsers and runnables work in memory);
        None when no member is such an object (`{"a": x} | prompt`, sets, flags)."""
        operands: list[Node] = []
        pending = [value]
        while pending and len(operands) < MAX_PIPE_OPERANDS:
            node = pending.pop()
            while node.type == "parenthesized_expression" and node.named_child_count == 1:
                node = node.named_children[0]  # `((a | b) | c)`: one flat pipe
            op = node.child_by_field_name("operator") if node.type == "binary_operator" else None
            if op is not None and self.text(op) == "|":
                right, left = node.child_by_field_name("right"), node.child_by_field_name("left")
                pending += [n for n in (right, left) if n is not None]
            else:
                operands.append(node)
        for operand in operands:
            if operand.type == "binary_operator":
                continue
            name = self.value_name(operand, scope)
            if name is None or name.startswith(LOCAL) or "(" not in name:
                continue
            if not name.startswith(PIPE_IN_MEMORY):
                return name
        return None

    def _call_result(self, call: Node, scope: Scope, depth: int) -> str | None:
        """What a call evaluates to: a loaded module, a built object, or unknown."""
        syn = self.syntax
        is_new = call.type in syn.new
        callee = call.child_by_field_name("constructor" if is_new else "function")
        args = call.child_by_field_name("arguments")
        if callee is None:
            return None
        if callee.type == "import" or (
            callee.type in syn.identifiers and self.text(callee) in syn.module_loaders
        ):
            module = self._first_string(args)
            if module is not None and (
                callee.type == "import" or self.scopes.lookup(self.text(callee), scope) is None
            ):
                return module
        if callee.type == syn.attribute and syn.binding_methods:
            method = callee.child_by_field_name(syn.attribute_name)
            bound = callee.child_by_field_name(syn.attribute_object)
            if (
                method is not None
                and bound is not None
                and self.text(method) in syn.binding_methods
            ):
                return self._qualify(bound, scope, depth + 1)  # `s3.send.bind(s3)`: `s3.send`
        base = self._qualify(callee, scope, depth + 1)
        if base is None:
            return None
        count = len([a for a in args.named_children if a.type != "comment"]) if args else 0
        if base in SESSION_FACTORIES:
            return base + ("(…)" if count else "()")  # `async_sessionmaker(engine)`
        factory, _, rest = base.rpartition("(")
        if factory in SESSION_FACTORIES and rest in ("…)", ")", "…).begin", ").begin"):
            # `Session()` / `Session.begin()` of `Session = async_sessionmaker(engine)`
            return SESSION_FACTORIES[factory] + "(…)"
        if base == "importlib.import_module":
            return self._first_string(args)
        if base in CASTS and args is not None:
            # `cast(httpx.Client, REGISTRY["api"])` hands back its value unchanged: the
            # object the type names
            first = next((a for a in args.named_children if a.type != "comment"), None)
            return self._annotation_instance(first, scope)
        if (base in ("functools.partial", "util.promisify") or base in PROVIDERS) and (
            args is not None
        ):
            # `partial(requests.post, url)`, `promisify(exec)`: the same function, wrapped;
            # dependency_injector's `providers.Singleton(requests.Session)`: called, it
            # calls the factory it was given (once, for a singleton)
            first = next((a for a in args.named_children if a.type != "comment"), None)
            wrapped = self._qualify(first, scope, depth + 1) if first is not None else None
            if base == "util.promisify" and wrapped in PROMISIFIED_TIMERS:
                # Node gives the timers a custom promisified form (`util.promisify.custom`):
                # `promisify(setTimeout)` is `timers/promises`' `setTimeout(ms, value)`
                return PROMISIFIED_TIMERS[wrapped]
            return wrapped
        if base.startswith(LOCAL) and "(" in base:
            if callee.type == syn.attribute:
                # `Vault(url).kv()` where `def kv(self) -> hvac.Client`: that client
                holder = callee.child_by_field_name(syn.attribute_object)
                method = callee.child_by_field_name(syn.attribute_name)
                typed = (
                    self._member_annotation(holder, self.text(method), scope, method=True)
                    if holder is not None and method is not None
                    else None
                )
                made = self._annotation_instance(*typed) if typed is not None else None
                if made is not None:
                    return made
            return base + "()"  # a method of the file's own class: its own kind of value
        if base.startswith(LOCAL) and callee.type in syn.identifiers:
            made = self._factory_result(callee, scope, depth)
            if made is not None:
                return made
        last = base.rsplit(".", 1)[-1].lstrip(LOCAL)
        if not (
            is_new
            or last[:1].isupper()
            or last in FACTORY_NAMES
            or is_factory_verb(last)
            # an alternate constructor (`instructor.from_openai(client)`, `from_url(u)`)
            or last.startswith("from_")
            or ("(" in base and last in HANDLE_METHODS)
            or base.startswith(FACTORY_MODULES)
            or base in FACTORY_CALLS
            or self._static_factory(callee, last, scope)
            or self._sub_client(call, base)
        ):
            if not self._imported_callable(callee, scope):
                return None  # a plain function's result: nothing known about it
        count = len([a for a in args.named_children if a.type != "comment"]) if args else 0
        return base + ("(…)" if count else "()")

    def _static_factory(self, callee: Node, method: str, scope: Scope) -> bool:
        """`DynamoDBDocumentClient.from(client)`, `Redis.fromEnv()`, Microsoft Graph's
        `Client.init({...})`: a static `from...` / `init...` of a class the file imports
        builds an instance of it."""
        if not method.startswith(("from", "init")) or callee.type != self.syntax.attribute:
            return False
        obj = callee.child_by_field_name(self.syntax.attribute_object)
        if obj is None or obj.type not in self.syntax.identifiers:
            return False
        if not self.text(obj)[:1].isupper():
            return False
        binding = self.scopes.lookup(self.text(obj), self.scope_at(obj))
        return binding is not None and binding.kind == BindingKind.IMPORT

    def _sub_client(self, call: Node, base: str) -> bool:
        """`bus.createSender(q)`, `pinecone.index(name)`, `new Airtable().base(id)`: a
        method of an object a library built, called without `await`, hands back
        another object of that library (a sender, a table, a bucket), whose methods
        are its requests. An awaited call's result is the answer (a response, rows)."""
        if not self.syntax.unawaited_methods_build or "(" not in base or base.startswith(LOCAL):
            return False
        parent = call.parent
        while parent is not None and parent.type in self.syntax.transparent:
            parent = parent.parent
        if parent is None or parent.type in self.syntax.awaits:
            return False
        if parent.type == self.syntax.attribute:
            # called on at once: `storage.bucket(b).file(f)`
            return parent.child_by_field_name(self.syntax.attribute_object) == call
        if parent.type not in ("variable_declarator", "assignment_expression"):
            return False
        # kept in a name: an object, unless the name is awaited later (`const p =
        # http.get(u)` ... `await p` is a request started early, its answer awaited)
        target = parent.child_by_field_name(
            "name" if parent.type == "variable_declarator" else "left"
        )
        if target is None or target.type not in self.syntax.identifiers:
            return False
        if self._awaited_names is None:
            self._awaited_names = {m.group(1) for m in _AWAITED_NAME.finditer(self.source)}
        return (target.text or b"") not in self._awaited_names

    def _factory_result(self, callee: Node, scope: Scope, depth: int) -> str | None:
        """`new_session(token)` where the file's `new_session` returns a
        `requests.Session()` (directly or through a name it binds): what every `return`
        of the function gives, when they all agree on one imported object."""
        binding = self.scopes.lookup(self.text(callee), scope)
        if binding is None or binding.kind != BindingKind.FUNCTION or binding.value is None:
            return None
        function = binding.value
        body = function.child_by_field_name("body")
        if body is None or depth > 8 or self._runs_as_job(function, binding.scope):
            return None
        inner = self.scopes.open(function, binding.scope)
        names: set[str | None] = set()
        stack = [body]
        while stack and len(names) < 2:
            node = stack.pop()
            if node.type in self.syntax.functions or node.type in ("class_definition", "class"):
                continue
            if node.type in ("return_statement",) and node.named_children:
                names.add(self.value_name(node.named_children[0], inner))
                continue
            stack.extend(node.named_children)
        name = names.pop() if len(names) == 1 else None
        if name is None or name.startswith((LOCAL, ".")) or "(" not in name:
            # only a built object: a plain value tells nothing. The return annotation
            # still does (`def client_for(n) -> httpx.Client:` returning `_CACHE[n]`)
            returned = function.child_by_field_name("return_type")
            if returned is not None and self._makes_context(function):
                # `@contextmanager def db() -> Iterator[redis.Redis]`: `with db() as r`
                # holds what it yields
                yielded = _YIELDED.fullmatch(re.sub(r"\s+", "", self.text(returned)))
                return self._annotated_class(yielded.group(1), binding.scope) if yielded else None
            return self._annotation_instance(returned, binding.scope)
        return name

    def _runs_as_job(self, function: Node, scope: Scope) -> bool:
        """Decorated `@task` / `@task(...)` (imported: wmill's, or a workspace module
        re-exporting it): the call dispatches a job whose result comes back decoded
        from JSON, never the object the function returns."""
        decorated = function.parent
        if decorated is None or decorated.type != "decorated_definition":
            return False
        for decorator in decorated.named_children:
            if decorator.type != "decorator" or not decorator.named_children:
                continue
            target = decorator.named_children[0]
            if target.type == "call":
                target = target.child_by_field_name("function") or target
            if target.type == self.syntax.attribute:
                # `@wmill.task()`: the SDK's own, reached through the module
                if self._qualify(target, scope, 0) in SDK_TASK_DECORATORS:
                    return True
                continue
            name = (
                self._qualify(target, scope, 0) if target.type in self.syntax.identifiers else None
            )
            if name is None or name.rsplit(".", 1)[-1] != "task":
                continue
            binding = self.scopes.lookup(self.text(target), scope)
            if binding is not None and binding.kind == BindingKind.IMPORT:
                return True
        return False

    def _makes_context(self, function: Node) -> bool:
        """Decorated `@contextmanager` / `@asynccontextmanager` (of contextlib)."""
        decorated = function.parent
        if decorated is None or decorated.type != "decorated_definition":
            return False
        return any(
            self.text(d).strip().lstrip("@").rsplit(".", 1)[-1] in CONTEXT_MAKERS
            for d in decorated.named_children
            if d.type == "decorator"
        )

    def _imported_callable(self, callee: Node, scope: Scope) -> bool:
        """`postgres(url)`, `knex(...)`: a TypeScript module that is itself a factory."""
        if not self.syntax.callable_module_imports or callee.type not in self.syntax.identifiers:
            return False
        binding = self.scopes.lookup(self.text(callee), scope)
        return (
            binding is not None
            and binding.kind == BindingKind.IMPORT
            and binding.imported_name in ("default", "*")
        )

    def _first_string(self, args: Node | None) -> str | None:
        if args is None:
            return None
        first = next((a for a in args.named_children if a.type != "comment"), None)
        if first is None or first.type not in ("string", "template_string"):
            return None
        raw = self.text(first)
        if raw[:1] in "fbrFBR":
            return None
        from wac_lint.semantic.typescript_scopes import module_name

        return module_name(raw.strip("\"'`"))
