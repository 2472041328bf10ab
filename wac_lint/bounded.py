"""Work refused because an input would make it unbounded, and a parse with a budget.

tree-sitter's own error recovery can be superlinear: a mutated TypeScript file
with a few hundred unclosed `[` after a statement took minutes to parse (the
same file with its comments kept parsed in milliseconds). Issue 9 asks every
command to answer in bounded time and, where the grammar itself is the cause,
to bound the work and say so: a parse that runs past its budget is stopped
(tree-sitter asks a progress callback as it goes) and the file refused in one
line, like a tree nested deeper than the analysis follows (`tree_depth.py`).
"""

from __future__ import annotations

import time

import tree_sitter

# The budget is thread CPU time (the language server parses on worker threads, and
# a loaded machine does not stretch it much). A normal parse costs 0.1-0.35 s per MB
# (0.6 s per MB nested 20,000 deep, on a loaded machine); a parse that passes 1 s has
# already broken issue 9's bound for the whole command, and the margin keeps files
# that merely parse slowly away from the edge, where the same file could be refused
# on one run and not the next (a 0.3 s budget did that to a fuzzed file whose comment
# runs cost the scanner 0.48 s, before such runs were shortened). It was 1 s + 2 s per
# MB: a fuzzed 280 KB TypeScript file then parsed for 1.5 s before it was done.
BASE_SECONDS = 0.5
SECONDS_PER_MB = 1.0
# The clock is read at each of tree-sitter's progress checks, every 100 of its
# operations: about one per 110 bytes of source, a fraction of a millisecond apart
# (0.24 ms at most over 600 corpus scripts; 6 ms in the runaway error recovery above).
# One operation can lex a whole run of comments, linear in its length (49 ms for the
# 150 KB runs of tests/trust/test_linear_time.py), which the size of the file bounds.
# A longer gap is the machine stalling the thread, not the parse working: a paused
# virtual machine can advance the thread's clock when it resumes. CI refused a corpus
# script that parses in milliseconds as too costly to parse, on two workers at once,
# which only a stall of the machine explains. So each gap counts for at most this.
STALL_SECONDS = 0.05
_CHUNK = 1 << 16


class _Spent:
    """The parse's thread CPU time so far, each gap between progress checks capped
    at STALL_SECONDS."""

    def __init__(self, allowed: float) -> None:
        self.allowed = allowed
        self.seconds = 0.0
        self.last = time.thread_time()

    def over(self) -> bool:
        now = time.thread_time()
        self.seconds += min(now - self.last, STALL_SECONDS)
        self.last = now
        return self.seconds > self.allowed


class Unanalysable(RecursionError):
    """An input the analysis refuses rather than spend unbounded work on. A
    RecursionError, so that every reader already bounded against deep nesting
    refuses it the same way; `reason` is what the one-line message says."""

    reason = "nested too deeply to analyse"


class ParseTooSlow(Unanalysable):
    """tree-sitter did not finish parsing the file within its budget."""

    reason = "too costly to parse (the parser's error recovery runs away on this input)"


def reason(error: RecursionError) -> str:
    """What to tell the user about a refusal (a plain RecursionError: the nesting)."""
    return error.reason if isinstance(error, Unanalysable) else Unanalysable.reason


def bounded_parse(
    parser: tree_sitter.Parser,
    data: bytes,
    old_tree: tree_sitter.Tree | None = None,
    keep_bytes: bool = True,
) -> tree_sitter.Tree:
    """`parser.parse(data, old_tree)`, or ParseTooSlow once the parse has used more
    thread CPU time than `budget(len(data))` (a stall of the machine counting for
    little: STALL_SECONDS). Without `keep_bytes`, the tree read
    through the callback is returned as it is: for a caller that only asks whether
    it parses (`root_node.has_error`), never for one that reads its nodes' text."""
    spent = _Spent(budget(len(data)))

    def read(offset: int, _point: tuple[int, int]) -> bytes:
        return data[offset : offset + _CHUNK]

    def past_deadline(_offset: int, _has_error: bool) -> bool:
        return spent.over()

    try:
        if old_tree is None:
            read_tree = parser.parse(read, progress_callback=past_deadline)
        else:
            read_tree = parser.parse(read, old_tree, progress_callback=past_deadline)
    except ValueError as exc:  # "Parsing failed": the callback stopped it
        # a stopped parser resumes that parse on its next call, whatever it is given
        parser.reset()
        if spent.seconds > spent.allowed:
            raise ParseTooSlow(f"parsing took more than {budget(len(data)):.1f} s") from exc
        raise
    if not keep_bytes:
        return read_tree
    # A tree parsed through a read callback has no bytes of its own: `Node.text` calls
    # `read` again, and called with Python's stack nearly full (a schema reader deep in
    # a nested default) that call fails inside py-tree-sitter, which then crashes the
    # process (fuzz seed 1515151: a segmentation fault). Parsed again from the bytes
    # with this tree as the old one, unchanged, tree-sitter reuses it whole (about a
    # tenth of a parse) and the tree keeps its bytes.
    if old_tree is None:
        return parser.parse(data, read_tree)
    # An incremental parse is done again from the edited tree instead (it took the
    # time above: within the budget): re-parsed unchanged, a tree with syntax errors
    # is re-parsed differently at the next edit than a fresh parse would read it, so
    # the editor's findings drifted from `check`'s (tests/lsp/test_incremental.py).
    return parser.parse(data, old_tree)


def budget(size: int) -> float:
    return BASE_SECONDS + SECONDS_PER_MB * size / 1_000_000
