"""Checkpoint keys, allocated the way the SDK does, over an abstract state.

Both SDKs (wmill 1.850.0 `WorkflowCtx._alloc_key`, windmill-client 1.818.0
`WorkflowCtx._allocKey`) hand out name-based keys: the first call named `x`
gets `x`, the next `x_2`, `x_3`, ..., and a key already handed out (say a
step literally named `x_2`) is skipped by bumping the number again. Tasks,
steps, sleeps (`sleep`) and approvals (`approval` or their `key`) share one
namespace, and a task with `retry={"attempts": k}` claims `base#retry2`,
`base#2`, ... right after its base key.

Statically we only know the counters exactly on straight-line code. After a
branch a counter is a range; in a loop it is unbounded; a dynamic step name
may be any string. `AllocState` keeps, per name, the interval of possible
counter values plus the keys (and key patterns) that are certainly or
possibly taken, and `allocate` returns either the exact key or the set of
keys it can be at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wac_lint.python_class import python_class

# Enumerate at most this many candidate keys before describing them by a pattern.
MAX_CANDIDATES = 6
# Show at most this many alternatives of a key merged from several paths.
MAX_SHOWN = 12


@dataclass(frozen=True)
class KeyName:
    """The name the SDK passes to `_alloc_key` for one call."""

    literal: str | None  # the exact name, when the source fixes it
    display: str | None = None  # a dynamic name shown as a pattern, e.g. `notify_<user>`
    regex: str | None = None  # what the dynamic name can be
    numbered: bool = True  # whether the SDK may add `_<n>` to it (not to retry keys)

    @classmethod
    def exact(cls, name: str) -> KeyName:
        return cls(name)

    @classmethod
    def dynamic(cls, display: str, regex: str) -> KeyName:
        return cls(None, display, regex)

    @property
    def is_dynamic(self) -> bool:
        return self.literal is None


@python_class  # its instance dict is filled at once (`of`)
@dataclass(frozen=True)
class Key:
    """A node's checkpoint key: exact, or what it can be at run time."""

    text: str  # the key, or a pattern such as `send[_<n>]` / `a | a_2`
    exact: bool
    regex: str  # every key this can be at run time
    candidates: tuple[str, ...] | None = None  # the finite set, when known
    note: str | None = None  # why it depends on run time

    @classmethod
    def of(cls, key: str) -> Key:
        # One per durable call: the instance's dict is filled at once (the frozen
        # dataclass's `__init__` sets each field through `object.__setattr__`).
        made = object.__new__(cls)
        # `re.escape` escapes only ASCII punctuation and spaces: none in an identifier.
        regex = key if key.isidentifier() else re.escape(key)
        made.__dict__.update(text=key, exact=True, regex=regex, candidates=(key,), note=None)
        return made

    def matches(self, actual: str) -> bool:
        return re.fullmatch(self.regex, actual) is not None


def suffixed(name: str, n: int) -> str:
    return name if n == 1 else f"{name}_{n}"


def family_regex(name: str, first_possible: bool) -> str:
    """Every key the SDK can derive from `name` by numbering it."""
    body = re.escape(name)
    return rf"{body}(?:_\d+)?" if first_possible else rf"{body}_\d+"


@dataclass
class AllocState:
    """What the allocator may look like at one point of the workflow body."""

    # name -> (lowest, highest) number of keys already derived from it; None = unbounded
    counts: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    definite: set[str] = field(default_factory=set)  # keys taken on every path
    possible: set[str] = field(default_factory=set)  # keys taken on some paths
    patterns: set[str] = field(default_factory=set)  # regexes of keys possibly taken

    def copy(self) -> AllocState:
        return AllocState(
            dict(self.counts), set(self.definite), set(self.possible), set(self.patterns)
        )

    def count(self, name: str) -> tuple[int, int | None]:
        return self.counts.get(name, (0, 0))

    def maybe_taken(self, key: str) -> bool:
        if key in self.possible:
            return True
        return bool(self.patterns) and any(re.fullmatch(p, key) for p in self.patterns)

    # ---- allocation ----------------------------------------------------------
    def allocate(self, name: KeyName, note: str | None = None) -> Key:
        """Allocate like the SDK; `note` says why, should the key depend on run time."""
        if name.literal is None:
            return self._allocate_dynamic(name, note)
        return self._allocate_literal(name.literal, note)

    def _allocate_literal(self, name: str, note: str | None) -> Key:
        lo, hi = self.counts.get(name, (0, 0))
        if lo == hi:
            n = lo + 1
            key = name if n == 1 else f"{name}_{n}"  # `suffixed`, once per durable call
            definite = self.definite
            while key in definite:  # the SDK bumps past keys already handed out
                n += 1
                key = suffixed(name, n)
            if not (key in self.possible or (self.patterns and self.maybe_taken(key))):
                self.counts[name] = (n, n)
                definite.add(key)
                return Key.of(key)
        return self._allocate_uncertain(name, lo, hi, note)

    def _allocate_uncertain(self, name: str, lo: int, hi: int | None, note: str | None) -> Key:
        candidates: list[str] = []
        numbers: list[int] = []
        unbounded = hi is None
        for start in range(lo, (hi if hi is not None else lo) + 1):
            if unbounded:
                break
            n = start + 1
            for _ in range(MAX_CANDIDATES * 4):
                key = suffixed(name, n)
                if key in self.definite:
                    n += 1
                    continue
                if key not in candidates:
                    candidates.append(key)
                numbers.append(n)
                if key in self.possible:  # maybe taken: then the SDK bumps once more
                    n += 1
                    continue
                if any(re.fullmatch(p, key) for p in self.patterns):
                    unbounded = True  # taken by a key we cannot enumerate
                break
            else:
                unbounded = True
        if len(candidates) > MAX_CANDIDATES:
            unbounded = True
        first_possible = lo == 0 and name not in self.definite
        reason = note or self._reason(name, lo, hi)
        if unbounded:
            regex = family_regex(name, first_possible)
            text = f"{name}[_<n>]" if first_possible else f"{name}_<n>"
            self.counts[name] = (lo + 1, None)
            self.patterns.add(regex)
            return Key(text, False, regex, None, reason)
        self.counts[name] = (min(numbers), max(numbers))
        self.possible.update(k for k in candidates if k not in self.definite)
        regex = "|".join(re.escape(k) for k in candidates)
        return Key(" | ".join(candidates), False, regex, tuple(candidates), reason)

    def _reason(self, name: str, lo: int, hi: int | None) -> str:
        if lo != hi:
            return f"depends on how many `{name}` calls ran before (branches or loops)"
        return "an earlier key that depends on run time may take this one"

    def _allocate_dynamic(self, name: KeyName, note: str | None) -> Key:
        assert name.regex is not None and name.display is not None
        # A dynamic name may equal any literal name, whose counter it then bumps:
        # every name it can match is no longer exact.
        regex = rf"(?:{name.regex})(?:_\d+)?"
        for known, (lo, hi) in list(self.counts.items()):
            if re.fullmatch(name.regex, known):
                self.counts[known] = (lo, None if hi is None else hi + 1)
        self.patterns.add(regex)
        reason = note or "dynamic name: the key is computed at run time"
        text = f"{name.display}[_<n>]" if name.numbered else name.display
        return Key(text, False, regex, None, reason)


def join(states: list[AllocState | None]) -> AllocState | None:
    """The state after paths meet: counters become ranges, keys `possible`."""
    live = [s for s in states if s is not None]
    if not live:
        return None
    if len(live) == 1:
        return live[0].copy()
    names = set().union(*(s.counts for s in live))
    counts: dict[str, tuple[int, int | None]] = {}
    for name in names:
        values = [s.count(name) for s in live]
        lo = min(v[0] for v in values)
        highs = [v[1] for v in values]
        hi = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
        counts[name] = (lo, hi)
    definite = set.intersection(*(s.definite for s in live))
    possible = set().union(*(s.definite | s.possible for s in live)) - definite
    patterns = set().union(*(s.patterns for s in live))
    return AllocState(counts, definite, possible, patterns)


def widen(entry: AllocState, after: list[AllocState | None]) -> AllocState:
    """The state at the head of a loop, for any number of earlier iterations.

    Whatever one iteration allocates, further iterations allocate again: those
    counters become unbounded and their numbered keys possibly taken.
    """
    merged = join([entry, *after])
    assert merged is not None
    for state in after:
        if state is None:
            continue
        for name, (lo, hi) in state.counts.items():
            if (lo, hi) != entry.count(name):
                low = merged.count(name)[0]
                merged.counts[name] = (low, None)
                merged.patterns.add(family_regex(name, first_possible=True))
    return merged


def merge_keys(first: Key, second: Key) -> Key:
    """One node reached along two program paths (e.g. a switch case fallen into)."""
    if first == second:
        return first
    if first.candidates is not None and second.candidates is not None:
        cands = tuple(dict.fromkeys(first.candidates + second.candidates))
        if len(cands) <= MAX_CANDIDATES:
            regex = "|".join(re.escape(k) for k in cands)
            note = first.note or second.note or "depends on the path taken"
            return Key(" | ".join(cands), False, regex, cands, note)
    note = first.note or second.note or "depends on the path taken"
    # Each alternative once: a node reached along many paths (nested `finally`
    # blocks) got the same alternatives again at every merge, 60 KB of them.
    shown = list(dict.fromkeys(first.text.split(" | ") + second.text.split(" | ")))
    text = " | ".join(shown[:MAX_SHOWN]) + (" | …" if len(shown) > MAX_SHOWN else "")
    regex = first.regex if first.regex == second.regex else f"(?:{first.regex})|(?:{second.regex})"
    return Key(text, False, regex, None, note)


UNREACHABLE = Key("<unreachable>", False, r"(?!)", (), "no path from the start of the workflow")
NOT_RUN = Key("<not run>", False, r"(?!)", (), "in a function the workflow body never calls")
NEVER_AWAITED = Key(
    "<not run>",
    False,
    r"(?!)",
    (),
    "never awaited: a Python coroutine that is not awaited does not run",
)
