"""The order in which the workflow body allocates keys, and its interpretation.

While it draws the graph, the builder also records a small structured program
of allocations: sequences, alternatives (branches), loops, parallel blocks,
try blocks and exits. `assign_keys` runs that program over an `AllocState`
and gives every durable node its key. Loops are run twice: a dry run tells
which names one iteration allocates, then the body runs for real from the
state widened to "any number of earlier iterations".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from wac_lint.graph.keys import UNREACHABLE, AllocState, Key, KeyName, join, merge_keys, widen

NOTE_LOOP = "inside a loop: a new key each iteration"
NOTE_FANOUT = "fan-out: one key per item, numbered in dispatch order"
# `finally` blocks nested deeper than this in each other run once, not twice.
MAX_FINALLY_DEPTH = 4
NOTE_INTERLEAVED = "runs after other branches of a parallel block, in an order set at run time"


@dataclass
class Alloc:
    node_id: str
    name: KeyName
    retries: int | None = 0  # None: a retry policy whose attempts we cannot read
    eager: bool = True  # Python: task calls allocate at the call, coroutines when started


@dataclass
class Seq:
    items: list[Item] = field(default_factory=list)


@dataclass
class Alt:
    arms: list[Seq]
    switch: bool = False  # a `break` in an arm leaves the switch
    # falls_into[i]: arm i ends without leaving, and runs on into arm i + 1
    falls_into: list[bool] = field(default_factory=list)


@dataclass
class Loop:
    body: Seq
    at_least_once: bool = False
    fanout: bool = False


@dataclass
class Par:
    branches: list[Seq]
    # The gather starts the coroutines it is given only after evaluating all its
    # arguments (Python's `asyncio.gather`); promises started as they were made.
    lazy_coroutines: bool


@dataclass
class Try:
    body: Seq
    handlers: list[Seq]
    orelse: Seq
    final: Seq


@dataclass
class Callback:
    """A function body run in place (a callback, an inlined local function)."""

    body: Seq


@dataclass
class Exit:
    kind: str  # return | raise | break | continue | callback-return


Item = Alloc | Seq | Alt | Loop | Par | Try | Callback | Exit


@dataclass
class KeyResult:
    key: Key | None
    retry_keys: list[Key] | None


@dataclass
class _Frame:
    kind: str  # loop | switch | try | finally | callback
    states: dict[str, list[AllocState]] = field(default_factory=dict)

    def add(self, what: str, state: AllocState | None) -> None:
        if state is not None:
            self.states.setdefault(what, []).append(state)

    def get(self, what: str) -> list[AllocState | None]:
        return list(self.states.get(what, []))


RUNNERS: dict[type, str] = {}  # item type -> the name of the Interpreter method running it


class Interpreter:
    def __init__(self) -> None:
        self.results: dict[str, KeyResult] = {}
        self.frames: list[_Frame] = []
        self.notes: list[str] = []  # why keys in the current region depend on run time
        self.dry = 0
        self.finally_depth = 0  # try statements being run inside each other

    def run(self, item: Item, state: AllocState | None) -> AllocState | None:
        kind = type(item)
        name = RUNNERS.get(kind)
        if name is None:
            name = RUNNERS[kind] = f"run_{kind.__name__.lower()}"
        method: Callable[[Item, AllocState | None], AllocState | None] = getattr(self, name)
        return method(item, state)

    # ---- items -----------------------------------------------------------------
    def run_seq(self, item: Seq, state: AllocState | None) -> AllocState | None:
        run, run_alloc = self.run, self.run_alloc
        for child in item.items:
            # most items of a long body are allocations: no dispatch for them
            state = run_alloc(child, state) if type(child) is Alloc else run(child, state)
        return state

    def run_alloc(self, item: Alloc, state: AllocState | None) -> AllocState | None:
        if state is None:
            self.record(item.node_id, KeyResult(UNREACHABLE, None))
            return None
        note = self.notes[-1] if self.notes else None
        key = state.allocate(item.name, note)
        retries: list[Key] | None = None
        if item.retries is not None:
            retries = []
            for i in range(item.retries):
                for suffix in (f"#retry{i + 2}", f"#{i + 2}"):
                    retries.append(state.allocate(derived(key, suffix), note))
        self.record(item.node_id, KeyResult(key, retries))
        return state

    def run_alt(self, item: Alt, state: AllocState | None) -> AllocState | None:
        if item.switch or len(item.arms) != 2:
            return self.run_arms(item, state)
        # An if-chain nests one two-armed Alt per `elif` in the `false` arm of the one
        # before: run along it in a loop (a recursion per arm refused 300 `elif`s).
        # `join` is a lattice join, so joining every arm's end at once is the nested
        # joins' result.
        outs: list[AllocState | None] = []
        while True:
            then, other = item.arms
            outs.append(self.run(then, state.copy() if state else None))
            entry = state.copy() if state else None
            rest = other.items
            last = rest[-1] if rest else None
            if type(last) is not Alt or last.switch or len(last.arms) != 2:
                outs.append(self.run(other, entry))
                return join(outs)
            state = self.run_seq(Seq(rest[:-1]), entry)
            item = last

    def run_arms(self, item: Alt, state: AllocState | None) -> AllocState | None:
        frame = _Frame("switch")
        if item.switch:
            self.frames.append(frame)
        outs: list[AllocState | None] = []
        carried: AllocState | None = None  # what falls into this arm from the one before
        for index, arm in enumerate(item.arms):
            entry = state.copy() if state else None
            if index and item.falls_into[index - 1 : index] == [True]:
                # Entered directly or from the case above: one run from both
                # (running each case on through the rest doubled the work at
                # every level of nested switches).
                entry = join([entry, carried])
            out = self.run(arm, entry)
            if item.falls_into[index : index + 1] == [True]:
                carried = out
            else:
                outs.append(out)
        if item.switch:
            self.frames.pop()
        return join([*outs, *frame.get("break")])

    def run_loop(self, item: Loop, state: AllocState | None) -> AllocState | None:
        if state is None:
            self.run_body_of(item, None)
            return None
        if self.dry:
            return self.run_loop_once(item, state)
        self.dry += 1
        dry_frame, dry_out = self.run_body_of(item, state.copy())
        self.dry -= 1
        head = widen(state, [dry_out, *dry_frame.get("continue")])
        self.notes.append(NOTE_FANOUT if item.fanout else NOTE_LOOP)
        frame, out = self.run_body_of(item, head.copy())
        self.notes.pop()
        exits = [out, *frame.get("continue"), *frame.get("break")]
        if not item.at_least_once:
            exits.append(head)
        return join(exits)

    def run_loop_once(self, item: Loop, state: AllocState) -> AllocState | None:
        """A loop inside a dry run: one pass, widened.

        A dry run only tells the enclosing loop which counters an iteration
        moves, and one pass of this loop moves the same ones (widening then
        makes them unbounded). Running it dry *and* for real here doubled the
        work at every level of nesting: 20 nested loops took a minute.
        """
        frame, out = self.run_body_of(item, state.copy())
        return widen(state, [out, *frame.get("continue"), *frame.get("break")])

    def run_body_of(self, item: Loop, state: AllocState | None) -> tuple[_Frame, AllocState | None]:
        frame = _Frame("loop")
        self.frames.append(frame)
        out = self.run(item.body, state)
        self.frames.pop()
        return frame, out

    def run_par(self, item: Par, state: AllocState | None) -> AllocState | None:
        # Every branch starts (and allocates its first key) as the block begins, in
        # source order; what a branch allocates after its first await interleaves
        # with the other branches. Python's `asyncio.gather` evaluates its arguments
        # first (task calls allocate when called) and only then starts the
        # coroutines it was given (step, sleep, approval, parallel).
        first: list[Item] = []
        deferred: list[Item] = []
        later: list[list[Item]] = []
        for branch in item.branches:
            if not branch.items:
                continue
            head, rest = branch.items[0], branch.items[1:]
            if isinstance(head, Callback) and len(head.body.items) > 1:
                # an async callback runs up to its first await, then yields
                rest = [Callback(Seq(head.body.items[1:])), *rest]
                head = head.body.items[0]
            if item.lazy_coroutines and not is_eager(head):
                deferred.append(head)
            else:
                first.append(head)
            if rest:
                later.append(rest)
        state = self.run(Seq(first + deferred), state)
        if later and state is not None:
            state = shared_names_uncertain(state, later)
        self.notes.append(NOTE_INTERLEAVED)
        for items in later:
            state = self.run(Seq(items), state)
        self.notes.pop()
        return state

    def run_try(self, item: Try, state: AllocState | None) -> AllocState | None:
        leaving = _Frame("finally")  # paths that leave by `return`, through `finally`
        self.frames.append(leaving)
        frame = _Frame("try")
        self.frames.append(frame)
        body_out = self.run(item.body, state.copy() if state else None)
        self.frames.pop()
        # An exception may come from anywhere in the body: counters lie between.
        handler_in = join([state, body_out, *frame.get("raise")])
        outs = [self.run(item.orelse, body_out)]
        outs += [self.run(h, handler_in.copy() if handler_in else None) for h in item.handlers]
        self.frames.pop()
        merged = join(outs)
        exits = leaving.get("return") + ([] if item.handlers else frame.get("raise"))
        leaving_state = join(exits) or (handler_in.copy() if handler_in else None)
        self.finally_depth += 1
        try:
            if item.final.items and (exits or merged is None):
                if merged is not None and self.finally_depth > MAX_FINALLY_DEPTH:
                    # `finally` blocks run twice each, nested: 2^depth runs. Deep
                    # down, one run from both ways in, whose keys allow either path.
                    return self.run(item.final, join([merged, leaving_state]))
                # `finally` also runs on the way out: its keys must allow those paths too
                self.run(item.final, leaving_state)
            if merged is None:
                return None
            return self.run(item.final, merged)
        finally:
            self.finally_depth -= 1

    def run_callback(self, item: Callback, state: AllocState | None) -> AllocState | None:
        frame = _Frame("callback")
        self.frames.append(frame)
        out = self.run(item.body, state)
        self.frames.pop()
        return join([out, *frame.get("callback-return")])

    def run_exit(self, item: Exit, state: AllocState | None) -> AllocState | None:
        targets = {
            "return": ("finally",),
            "raise": ("try",),
            "break": ("loop", "switch"),
            "continue": ("loop",),
            "callback-return": ("callback",),
        }.get(item.kind, ())
        for frame in reversed(self.frames):
            if frame.kind in targets:
                frame.add(item.kind, state)
                break
            if frame.kind == "callback":
                break  # a callback's own exits never leave it
        return None  # nothing after an exit runs on this path

    # ---- results -----------------------------------------------------------------
    def record(self, node_id: str, result: KeyResult) -> None:
        if self.dry:
            return
        old = self.results.get(node_id)
        if old is None or old.key is None or old.key is UNREACHABLE:
            self.results[node_id] = result
            return
        if result.key is None or result.key is UNREACHABLE:
            return
        retry: list[Key] | None = None
        if old.retry_keys is not None and result.retry_keys is not None:
            retry = [
                merge_keys(a, b) for a, b in zip(old.retry_keys, result.retry_keys, strict=True)
            ]
        self.results[node_id] = KeyResult(merge_keys(old.key, result.key), retry)


def derived(base: Key, suffix: str) -> KeyName:
    """The name of a retry key, from its task's (possibly inexact) base key."""
    if base.exact:
        return KeyName.exact(base.text + suffix)
    # Retry names are unique per base key, so the SDK never numbers them.
    return KeyName(None, base.text + suffix, f"(?:{base.regex}){suffix}", numbered=False)


def is_eager(item: Item) -> bool:
    if isinstance(item, Alloc):
        return item.eager
    if isinstance(item, Loop):
        return all(is_eager(i) for i in item.body.items)
    return False


def alloc_names(items: list[Item]) -> set[str]:
    """The literal key names `items` allocate, at any depth (a stack, not a recursion:
    an if-chain nests one level per `elif`)."""
    names: set[str] = set()
    stack: list[Item] = list(items)
    while stack:
        item = stack.pop()
        if isinstance(item, Alloc):
            if item.name.literal is not None:
                names.add(item.name.literal)
        elif isinstance(item, Seq):
            stack.extend(item.items)
        elif isinstance(item, Callback):
            stack.extend(item.body.items)
        elif isinstance(item, Loop):
            stack.extend(item.body.items)
        elif isinstance(item, Alt):
            stack.extend(item.arms)
        elif isinstance(item, Par):
            stack.extend(item.branches)
        elif isinstance(item, Try):
            stack.extend((item.body, item.orelse, item.final, *item.handlers))
    return names


def shared_names_uncertain(state: AllocState, segments: list[list[Item]]) -> AllocState:
    """Names allocated by several interleaved segments get a counter range."""
    seen: dict[str, int] = {}
    for items in segments:
        for name in alloc_names(items):
            seen[name] = seen.get(name, 0) + 1
    state = state.copy()
    for name, times in seen.items():
        if times > 1:
            lo, hi = state.count(name)
            state.counts[name] = (lo, None if hi is None else hi + times - 1)
    return state


def assign_keys(program: Seq) -> dict[str, KeyResult]:
    interp = Interpreter()
    interp.run(program, AllocState())
    return interp.results
