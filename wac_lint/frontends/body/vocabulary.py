"""The calls, methods and syntax the body walk knows by name, in both languages."""

from __future__ import annotations

import re

from wac_lint.model import DurableKind
from wac_lint.semantic import LOCAL

LOOPS = frozenset(
    {
        "for_statement",
        "while_statement",
        "for_in_statement",
        "do_statement",
    }
)


QUOTES = frozenset(b"\"'")  # the bytes a string literal without a prefix starts with


# Literals a value can be put in and carried on (Python and TypeScript spellings).
CONTAINERS = frozenset({"list", "tuple", "set", "dictionary", "array", "object"})


# Concepts whose call in the body is itself a checkpointed operation.
DURABLE_CONCEPTS = {
    "step": DurableKind.STEP,
    "sleep": DurableKind.SLEEP,
    "wait_for_approval": DurableKind.APPROVAL,
}


# Loops whose target may name one task of a sequence of them, and the sequences.
LOOP_HEADS = frozenset({"for_statement", "for_in_statement", "for_in_clause"})


TASK_SEQUENCES = frozenset({"tuple", "list", "array"})


# Methods that add an item to a list (`undo.push(fn)`, `undo.append(fn)`)
QUEUEING_METHODS = frozenset({"push", "unshift", "append", "insert", "appendleft"})


# Methods giving back the same items (reordered or copied)
ORDER_KEEPING_METHODS = frozenset({"reverse", "slice", "toReversed", "values", "copy"})


FOLDS = frozenset({"functools.reduce"})


# Calls that hand a function on without running it in the body.
DEFERRING_CALLS = frozenset({"functools.partial", "partial", ".bind"})


# Calls that install the accessors of a property descriptor on an object (`{ get: () =>
# Date.now() }`): a getter runs where the property is read, not where it is defined.
# The position of the object and of the descriptor (or of the map of descriptors, for
# the plural ones) among the arguments.
ACCESSOR_DEFINERS = {
    "Object.defineProperty": (0, 2, False),
    "Reflect.defineProperty": (0, 2, False),
    "Object.defineProperties": (0, 1, True),
    "Object.create": (None, 1, True),
}


# Calls that run the functions they are given, there and then: `map(requests.get, urls)`,
# `asyncio.to_thread(requests.get, url)`, `urls.map(fetch)`.
# The functions a `let` may hold at a call that are followed (the latest assignments
# first): a name reassigned in a long chain of branches would follow each of them.
MAX_MAY_CALL = 4


# Calls recorded again for the other places of the body that call a helper (see
# `BodyWalker.record_other_sites`); past this, a file's further places are not added.
MAX_OTHER_SITE_CALLS = 2_000


MAX_OTHER_SITE_ROUNDS = 8  # helpers reached through helpers first walked elsewhere


# Decorators that make a function dispatch on its argument's type to the functions
# registered on it (`@emit.register`).
SINGLE_DISPATCH = frozenset({"functools.singledispatch", "functools.singledispatchmethod"})


RUNS_ARGUMENTS = frozenset(
    {
        "map",
        "filter",
        "itertools.starmap",
        # runs it as this round's process exits: every round registers and runs it again
        "atexit.register",
        "asyncio.to_thread",
        # `ctx.run(fn, *args)` of a copied context calls `fn` there and then, in it
        "contextvars.copy_context().run",
        "contextvars.Context().run",
        # registered on an exit stack, run as its `with` block unwinds: in the body, on
        # every round (the suspension unwinds it too)
        "contextlib.ExitStack().callback",
        "contextlib.ExitStack().push",
        "contextlib.AsyncExitStack().callback",
        "contextlib.AsyncExitStack().push",
        "contextlib.AsyncExitStack().push_async_callback",
        "contextlib.AsyncExitStack().push_async_exit",
        ".run_in_executor",
        ".submit",
        ".map",
        ".forEach",
        ".flatMap",
        ".filter",
        ".reduce",
        ".some",
        ".every",
        ".find",
        ".then",
        # The SDK's `parallel(items, fn)` calls `fn(item)` for each item in the body
        # (wmill 1.850.0 `client.py`, windmill-client 1.818.0): a task dispatches, any
        # other function runs right there
        "wmill.parallel",
        "windmill-client.parallel",
    }
)


# Calls that await what the function they are given returns (`AsyncExitStack`'s
# `push_async_callback` awaits `callback(*args)` as its block unwinds).
AWAITS_RETURNED = frozenset({"contextlib.AsyncExitStack().push_async_callback"})


# Keywords whose function every call that takes one runs on the items there and then
# (`sorted(xs, key=...)`, `min` / `max`, `list.sort`, `heapq.nlargest`, `groupby`).
RUNS_KEYWORDS = frozenset({"key"})


def runs_by_method(called: str | None) -> bool:
    """`asyncio.get_running_loop().run_in_executor`, `ThreadPoolExecutor().map`: a method
    of a library object built by a call, known to run what it is given by its name
    (the method entries of RUNS_ARGUMENTS, `.run_in_executor`, `.submit`, `.map`)."""
    if called is None or "()." not in called or called.startswith(LOCAL):
        return False
    return "." + called.rsplit(".", 1)[-1] in RUNS_ARGUMENTS


# Calls that run the value they are given, built earlier from functions: an Effect
# (`Effect.runPromise(program)` runs the functions `Effect.tryPromise({ try })` /
# `Effect.gen(...)` captured), an rxjs observable (`lastValueFrom(defer(() => ...))`).
RUNS_VALUES = frozenset(
    {
        "effect.Effect.runPromise",
        "effect.Effect.runPromiseExit",
        "effect.Effect.runSync",
        "effect.Effect.runSyncExit",
        "effect.Effect.runFork",
        "rxjs.firstValueFrom",
        "rxjs.lastValueFrom",
    }
)


# Methods of a value built from functions that run those functions: a validation
# schema's parse runs its `.default(() => ...)` / `.transform(...)` / `.refine(...)`
# callbacks (zod; valibot / yup spell theirs `parse` / `validate` / `cast`).
RUNS_CAPTURED_METHODS = frozenset(
    {
        "parse",
        "safeParse",
        "parseAsync",
        "safeParseAsync",
        "spa",
        "validate",
        "validateSync",
        "cast",
    }
)


# Values, not functions: what a library is given from the environment is read where it
# is given (`knex({ connection: process.env.DATABASE_URL })`), not run later.
ENVIRONMENT_READS = ("process.env", "Bun.env", "Deno.env", "import.meta.env", "os.environ")


# Functions that run the callbacks of the schema given them (the argument at this
# position): valibot's `v.parse(Schema, input)` runs `v.optional(..., () => ...)`
# defaults and `v.transform` / `v.check` actions; superstruct's `create(value, Struct)`
# runs `defaulted(..., () => ...)` / `coerce(...)`.
RUNS_SCHEMA_ARGUMENT = {
    "valibot.parse": 0,
    "valibot.safeParse": 0,
    "valibot.parseAsync": 0,
    "valibot.safeParseAsync": 0,
    "valibot.is": 0,
    "superstruct.create": 1,
    "superstruct.mask": 1,
    "superstruct.validate": 1,
}


# keyword arguments whose function runs elsewhere than the call they are given to
# (a dataclass / pydantic field's factory runs where an instance is built)
DEFERRED_KEYWORDS = frozenset({"default_factory"})


# `a && b` / `a and b`: when `a` lets it, the right operand is the expression's value
LOGICAL_EXPRESSIONS = frozenset({"binary_expression", "boolean_operator"})


LOGICAL_OPERATORS = frozenset({"&&", "||", "??", "and", "or"})


# `[a, b]` / `a, b` values and the patterns that take them apart item by item
SEQUENCE_LITERALS = frozenset({"array", "list", "tuple", "expression_list"})


SEQUENCE_PATTERNS = frozenset({"array_pattern", "pattern_list", "tuple_pattern", "list_pattern"})
# an item assigned by key or index: `jobs[k] = v` (Python), `jobs[k] = v` (TypeScript)
SUBSCRIPTS = frozenset({"subscript", "subscript_expression"})


UNPACKING = frozenset({"spread_element", "rest_pattern", "list_splat", "list_splat_pattern"})


# the statement lists a durable result's later reads are looked for in, and the
# statements that leave one before its end without leaving the function
STATEMENT_BLOCKS = frozenset(
    {"block", "module", "statement_block", "program", "switch_case", "switch_default"}
)


EARLY_EXIT_WORDS = re.compile(rb"(?<![\w$])(?:break|continue)(?![\w$])")


# ancestors of a stored call looked at for its statement and function (a statement
# holds its call a few levels down; deeper ones keep every later read)
MAX_STATEMENT_DEPTH = 24


# methods that put their arguments into the list they are called on
FILLING_METHODS = frozenset({"push", "unshift", "append", "extend", "insert", "add"})


# The members `using` / `await using` call when the block is left.
DISPOSERS = frozenset({"[Symbol.dispose]", "[Symbol.asyncDispose]"})


# Methods that keep a function handed to them in a collection (an array, a set, a
# map's value) instead of calling it.
STORING_METHODS = frozenset({"push", "unshift", "append", "insert", "add", "set"})


# Methods that put a value in the collection they are called on (see `added_to`); a
# `Map`'s `set(key, value)` keeps its value the same way.
ADDING_METHODS = frozenset({"push", "unshift", "append", "appendleft", "insert", "add", "set"})


# Calls whose `default_factory=` runs each time an instance is built.
DEFAULT_FACTORY_MAKERS = frozenset(
    {"dataclasses.field", "pydantic.Field", "pydantic.fields.Field", "attrs.field", "attr.ib"}
    | {"attr.attrib", "attr.field"}
)
# attrs names the factory `factory=` (`attrs.field(factory=list)`), or wraps it in
# `Factory` given as the default (`attr.ib(default=attr.Factory(dict))`).
ATTRS_FIELD_MAKERS = frozenset({"attrs.field", "attr.ib", "attr.attrib", "attr.field"})
ATTRS_FACTORIES = frozenset({"attrs.Factory", "attr.Factory"})
# Methods a library base class gives a class of the file that build an instance of it
# (pydantic v2 and v1 class methods) or copy one (`m.model_copy(update=...)`).
LIBRARY_INSTANCE_MAKERS = frozenset(
    {"model_validate", "model_validate_json", "model_validate_strings", "model_construct"}
    | {"parse_obj", "parse_raw", "construct", "from_orm", "model_copy"}
)
# Those that validate their data: the model's validators run in them, as in its
# `__init__` (`model_construct` / `construct` / `model_copy` skip validation).
VALIDATING_INSTANCE_MAKERS = frozenset(
    {"model_validate", "model_validate_json", "model_validate_strings", "parse_obj"}
    | {"parse_raw", "from_orm"}
)
# Decorators (last name) of the methods pydantic runs while it validates an instance,
# and the hook it calls once the instance is built.
VALIDATOR_DECORATORS = frozenset(
    {"field_validator", "model_validator", "validator", "root_validator"}
)
VALIDATION_HOOKS = ("model_post_init",)


# Where an object literal bound to a name runs its own member: `await x` its `then`,
# `for (... of x)` its iterator, `[...x]` its `[Symbol.iterator]`.
LITERAL_PROTOCOLS = frozenset(
    {"await_expression", "for_in_statement", "spread_element", "assignment_expression"}
)


# Library calls that call a method of the object they are given: `JSON.stringify(x)`
# its `toJSON`, `String(x)` its `[Symbol.toPrimitive]` or else its `toString`.
CONVERSION_HOOKS = {
    "JSON.stringify": ("toJSON",),
    "String": ("[Symbol.toPrimitive]", "toString"),
    # `Array.from(batch)` iterates it: what its iterator yields is in the array
    "Array.from": ("[Symbol.iterator]",),
}


# Calls that assign the properties of their other arguments to the one at this index
# through its accessors (`Object.assign(tariff, quote)` runs each `set` whose name is a
# key of `quote`).
SETTER_HOOKS = {"Object.assign": 0}


# The methods of Node's EventEmitter that register a listener for an event.
LISTENING_METHODS = frozenset(
    {"on", "once", "addListener", "prependListener", "prependOnceListener"}
)


# Node's EventEmitter as its modules name it (`import { EventEmitter } from "node:events"`,
# `import EventEmitter from "events"`, eventemitter3).
# XState: the calls that make an actor of a machine (v5 `createActor`, v4 `interpret`),
# the method of the actor that runs the machine's implementations (the actions, guards
# and invoked actors of the transitions an event takes) right where it is called, and
# the calls that build a machine or hand it implementations. (`start()` runs only the
# initial state's entry actions: not followed.)
ACTOR_MAKERS = frozenset({"xstate.createActor", "xstate.interpret"})
ACTOR_RUNNERS = frozenset({"send"})
MACHINE_BUILDERS = frozenset({"xstate.createMachine", "xstate.setup", "xstate.Machine"})
MACHINE_METHODS = frozenset({"createMachine", "provide", "withConfig"})

EMITTERS = frozenset(
    {"events.EventEmitter", "events", "eventemitter3", "eventemitter3.EventEmitter"}
)


# What `new Proxy(...)` may be wrapped in where a name is bound to it.
PROXY_WRAPPERS = frozenset(
    {"as_expression", "satisfies_expression", "non_null_expression", "parenthesized_expression"}
)


# The lookups of dependency-injection containers: given a class, or a token a class was
# registered under, they hand back an instance of that class (see
# `BodyWalker.container_class`): tsyringe / awilix `resolve`, typedi / inversify / NestJS
# `get`; in Python, injector's `injector.get(Mailer)`, punq's and lagom's `resolve`.
CONTAINER_LOOKUPS = frozenset({"resolve", "get", "getAsync", "resolveAsync"})


# Where a value is only tested for truth (an awaitable always is): its own result is
# never asked for.
TRUTH_TESTS = frozenset(
    {
        "if_statement",
        "elif_clause",
        "while_statement",
        "do_statement",
        "conditional_expression",
        "ternary_expression",
        "not_operator",
        "unary_expression",
        "assert_statement",
        "if_clause",  # `[r for r in rows if x]`
    }
)


# Array methods that call their callback with each element first.
ELEMENT_CALLBACKS = frozenset(
    {"map", "forEach", "flatMap", "filter", "some", "every", "find", "findIndex"}
)


# Expressions that pick one of several values (`a ? f : g`, `f ?? g`, `f if c else g`).
CHOICES = frozenset(
    {"ternary_expression", "conditional_expression", "binary_expression", "boolean_operator"}
)


# What an object literal passes through on its way to being returned or bound.
KEPT_WRAPPERS = frozenset(
    {"parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression"}
)
