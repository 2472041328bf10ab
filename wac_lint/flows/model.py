"""The model of one OpenFlow flow: its modules, blocks, and JavaScript expressions.

Built by `wac_lint.flows.build` from the YAML tree; the WAC5xx rules read only
this. Modules run in *blocks* (the flow's `modules`, a loop body, a branch, the
default branch, an AI agent's tools, the failure and preprocessor modules), and
each expression knows where it is evaluated, which is what decides the
`results.<id>` it may use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from wac_lint.model import Span
from wac_lint.source import SourceFile

if TYPE_CHECKING:
    from wac_lint.flows.yaml_tree import YNode


class ModuleKind(str, Enum):
    RAWSCRIPT = "rawscript"
    SCRIPT = "script"
    FLOW = "flow"
    FORLOOP = "forloopflow"
    WHILELOOP = "whileloopflow"
    BRANCHONE = "branchone"
    BRANCHALL = "branchall"
    IDENTITY = "identity"
    AIAGENT = "aiagent"

    @property
    def is_loop(self) -> bool:
        return self in (ModuleKind.FORLOOP, ModuleKind.WHILELOOP)


class BlockKind(Enum):
    FLOW = "modules"  # the flow's top-level steps
    LOOP = "loop body"
    BRANCH = "branch"
    DEFAULT = "default branch"
    TOOLS = "tools"
    FAILURE = "failure_module"
    PREPROCESSOR = "preprocessor_module"


class ExprRole(Enum):
    """Where an expression sits, which decides what it can see."""

    INPUT = "input transform"
    ITERATOR = "iterator"
    BRANCH = "branch condition"
    SKIP_IF = "skip_if"
    STOP_AFTER_IF = "stop_after_if"
    STOP_AFTER_ALL_ITERS_IF = "stop_after_all_iters_if"
    RETRY_IF = "retry_if"
    FLOW_SKIP = "skip_expr"

    @property
    def sees_own_result(self) -> bool:
        """Evaluated after the module ran (with its `result`)."""
        return self in (
            ExprRole.STOP_AFTER_IF,
            ExprRole.STOP_AFTER_ALL_ITERS_IF,
            ExprRole.RETRY_IF,
        )


@dataclass(eq=False)
class Block:
    kind: BlockKind
    owner: FlowModule | None  # the loop / branch / agent module; None at the top
    modules: list[FlowModule] = field(default_factory=list)
    index: int = 0  # which branch

    @property
    def label(self) -> str:
        if self.kind is BlockKind.BRANCH:
            return f"branch {self.index + 1}"
        return str(self.kind.value)


@dataclass(eq=False)
class Transform:
    """One entry of `input_transforms`: `name: {type: static|javascript|ai, ...}`."""

    name: str
    key: YNode
    node: YNode
    type: str | None
    value: YNode | None  # the static `value`
    expr: YNode | None  # the javascript `expr`


@dataclass(eq=False)
class FlowModule:
    node: YNode  # the module's mapping
    id: str | None
    id_node: YNode | None
    block: Block
    position: int  # index in its block
    path: str  # JSON path, e.g. value.modules[2].value.branches[0].modules[1]
    kind: ModuleKind | None = None
    value: YNode | None = None
    blocks: list[Block] = field(default_factory=list)
    transforms: list[Transform] = field(default_factory=list)

    @property
    def anchor(self) -> YNode:
        """Where findings about the module as a whole point: its id, else its mapping."""
        return self.id_node or self.node

    @property
    def parent(self) -> FlowModule | None:
        return self.block.owner

    def ancestors(self) -> list[FlowModule]:
        out: list[FlowModule] = []
        current = self.block.owner
        while current is not None:
            out.append(current)
            current = current.block.owner
        return out

    @property
    def mocked(self) -> bool:
        """`mock: {enabled: true}`: the runner skips the code and the result is the
        mock's `return_value`, whatever the code returns."""
        mock = self.node.get("mock")
        enabled = mock.get("enabled") if mock is not None and mock.is_map else None
        return enabled is not None and enabled.value() is True

    def root_block(self) -> Block:
        block = self.block
        while block.owner is not None:
            block = block.owner.block
        return block


@dataclass(eq=False)
class Expression:
    text: str
    node: YNode  # the scalar holding it
    role: ExprRole
    module: FlowModule | None  # the module it belongs to (None: the flow itself)
    path: str

    @property
    def without_step_results(self) -> str | None:
        """Where Windmill evaluates this expression with no step context (`by_id` None
        in windmill-worker's `eval_timeout`, so `js_eval.rs` defines no `results`):
        a step's `sleep` (when the next step is pushed), `retry_if`, a suspend's
        `user_groups_required`, the flow's `skip_expr`. None elsewhere."""
        if self.role is ExprRole.FLOW_SKIP:
            return "the flow's `skip_expr`"
        if self.role is ExprRole.RETRY_IF:
            return "`retry_if`"
        if self.path.endswith(".sleep.expr"):
            return "a step's `sleep`"
        if self.path.endswith(".suspend.user_groups_required.expr"):
            return "`user_groups_required`"
        return None


@dataclass(eq=False)
class FlowModel:
    source: SourceFile
    root: YNode | None
    error: tuple[str, int, int] | None = None  # YAML that does not parse: (message, line, col)
    modules: list[FlowModule] = field(default_factory=list)  # every module, document order
    expressions: list[Expression] = field(default_factory=list)
    top: Block | None = None
    failure: Block | None = None
    preprocessor: Block | None = None
    schema: YNode | None = None  # the flow's input `schema`
    in_scope: bool = True  # the engine's WAC-file test; every flow is in scope
    # Scalars holding inline code (`content: |`): their lines are code, not YAML comments.
    code_scalars: list[YNode] = field(default_factory=list)
    memo: dict[object, object] = field(default_factory=dict)  # per-model results (targets)

    @property
    def language(self) -> str:
        return self.source.language

    @property
    def directory(self) -> Path:
        return Path(self.source.path).parent

    @cached_property
    def by_id(self) -> dict[str, FlowModule]:
        """The first module with each id."""
        out: dict[str, FlowModule] = {}
        for module in self.modules:
            if module.id is not None and module.id not in out:
                out[module.id] = module
        return out

    def span(self, node: YNode) -> Span:
        return self.span_between(node.start, node.end)

    def span_between(self, start: tuple[int, int], end: tuple[int, int]) -> Span:
        """A Span (byte columns) from YAML character positions."""
        src = self.source
        if end <= start:
            end = start
        start_col = src.byte_column_from_char(start[0], start[1])
        end_col = src.byte_column_from_char(end[0], end[1])
        return Span(0, 0, start[0], start_col, end[0], end_col)

    def key_span(self, node: YNode) -> Span:
        """A one-line span: the node itself when it is on one line, else its first line."""
        if node.end[0] == node.start[0]:
            return self.span(node)
        line = self.source.line_text(node.start[0])
        return self.span_between(node.start, (node.start[0], len(line)))

    def flow_env_names(self) -> set[str] | None:
        """The variables of the flow's `value.flow_env`; None when it has none."""
        value = self.root.get("value") if self.root is not None and self.root.is_map else None
        env = value.get("flow_env") if value is not None and value.is_map else None
        if env is None or not env.is_map:
            return None
        return {k.text for k, _ in env.pairs if k.is_scalar}

    def property_names(self) -> set[str] | None:
        """The flow's declared inputs; None when the flow has no schema with properties."""
        if self.schema is None or not self.schema.is_map:
            return None
        props = self.schema.get("properties")
        if props is None or not props.is_map:
            return None
        return {k.text for k, _ in props.pairs if k.is_scalar}
