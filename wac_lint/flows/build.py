"""The flow front-end: YAML text -> `FlowModel` (modules, blocks, expressions).

Tolerant by design: a document that violates the OpenFlow schema still gets a
model of whatever is readable (WAC500 reports the violation itself), so the
other rules can still speak about the parts that make sense.
"""

from __future__ import annotations

from wac_lint.flows.model import (
    Block,
    BlockKind,
    Expression,
    ExprRole,
    FlowModel,
    FlowModule,
    ModuleKind,
    Transform,
)
from wac_lint.flows.yaml_tree import (
    YamlError,
    YNode,
    inline_file,
    parse_error_hint,
    parse_yaml,
)
from wac_lint.source import SourceFile

KINDS = {kind.value: kind for kind in ModuleKind}


def build_flow_model(source: SourceFile) -> FlowModel:
    text = source.text
    if source.path.endswith(".json"):
        # JSON is read as YAML (for positions); a raw tab in valid JSON can only be
        # whitespace, which YAML does not always accept: one space keeps every column.
        text = text.replace("\t", " ")
    try:
        root = parse_yaml(text)
    except YamlError as exc:
        lines = text.splitlines()
        line = lines[exc.line] if 0 <= exc.line < len(lines) else ""
        message = str(exc) + parse_error_hint(line, str(exc))
        return FlowModel(source, None, error=(message, exc.line, exc.column))
    model = FlowModel(source, root)
    if root is None or not root.is_map:
        return model
    _Builder(model).build(root)
    return model


class _Builder:
    def __init__(self, model: FlowModel) -> None:
        self.model = model

    def build(self, root: YNode) -> None:
        model = self.model
        model.schema = root.get("schema")
        value = root.get("value")
        if value is None or not value.is_map:
            return
        model.top = Block(BlockKind.FLOW, None)
        self.modules(value.get("modules"), model.top, "value.modules")
        for key, kind in (
            ("preprocessor_module", BlockKind.PREPROCESSOR),
            ("failure_module", BlockKind.FAILURE),
        ):
            node = value.get(key)
            if node is not None and node.is_map:
                block = Block(kind, None)
                setattr(model, "failure" if kind is BlockKind.FAILURE else "preprocessor", block)
                self.module(node, block, 0, f"value.{key}")
        skip = value.get("skip_expr")
        if skip is not None and skip.str_value() is not None:
            self.expression(skip, ExprRole.FLOW_SKIP, None, "value.skip_expr")

    def modules(self, node: YNode | None, block: Block, path: str) -> None:
        if node is None or not node.is_seq:
            return
        for i, item in enumerate(node.items):
            if item.is_map:
                self.module(item, block, len(block.modules), f"{path}[{i}]")

    def module(self, node: YNode, block: Block, position: int, path: str) -> FlowModule:
        id_node = node.get("id")
        ident = id_node.text if id_node is not None and id_node.is_scalar else None
        module = FlowModule(node, ident, id_node, block, position, path)
        block.modules.append(module)
        self.model.modules.append(module)
        value = node.get("value")
        module.value = value
        if value is not None and value.is_map:
            type_node = value.get("type")
            if type_node is not None and type_node.is_scalar:
                module.kind = KINDS.get(type_node.text)
            self.module_value(module, value, f"{path}.value")
        self.module_options(module, node, path)
        return module

    def module_options(self, module: FlowModule, node: YNode, path: str) -> None:
        for key, role in (
            ("skip_if", ExprRole.SKIP_IF),
            ("stop_after_if", ExprRole.STOP_AFTER_IF),
            ("stop_after_all_iters_if", ExprRole.STOP_AFTER_ALL_ITERS_IF),
        ):
            holder = node.get(key)
            if holder is not None and holder.is_map:
                expr = holder.get("expr")
                if expr is not None and expr.str_value() is not None:
                    self.expression(expr, role, module, f"{path}.{key}.expr")
        retry = node.get("retry")
        retry_if = retry.get("retry_if") if retry is not None else None
        expr = retry_if.get("expr") if retry_if is not None else None
        if expr is not None and expr.str_value() is not None:
            self.expression(expr, ExprRole.RETRY_IF, module, f"{path}.retry.retry_if.expr")
        for key in ("sleep", "timeout"):
            self.transform_expression(node.get(key), module, f"{path}.{key}")
        suspend = node.get("suspend")
        if suspend is not None and suspend.is_map:
            self.transform_expression(
                suspend.get("user_groups_required"), module, f"{path}.suspend.user_groups_required"
            )

    def module_value(self, module: FlowModule, value: YNode, path: str) -> None:
        kind = module.kind
        transforms = value.get("input_transforms")
        if transforms is not None and transforms.is_map:
            self.transforms(module, transforms, f"{path}.input_transforms")
        if kind is ModuleKind.RAWSCRIPT:
            content = value.get("content")
            if content is not None and content.is_scalar and inline_file(content) is None:
                self.model.code_scalars.append(content)
        elif kind is ModuleKind.FORLOOP or kind is ModuleKind.WHILELOOP:
            if kind is ModuleKind.FORLOOP:
                self.transform_expression(
                    value.get("iterator"), module, f"{path}.iterator", ExprRole.ITERATOR
                )
            self.transform_expression(value.get("parallelism"), module, f"{path}.parallelism")
            block = Block(BlockKind.LOOP, module)
            module.blocks.append(block)
            self.modules(value.get("modules"), block, f"{path}.modules")
        elif kind is ModuleKind.BRANCHONE or kind is ModuleKind.BRANCHALL:
            branches = value.get("branches")
            if branches is not None and branches.is_seq:
                for i, branch in enumerate(branches.items):
                    if not branch.is_map:
                        continue
                    bpath = f"{path}.branches[{i}]"
                    expr = branch.get("expr")
                    if kind is ModuleKind.BRANCHONE and expr is not None:
                        if expr.str_value() is not None:
                            self.expression(expr, ExprRole.BRANCH, module, f"{bpath}.expr")
                    block = Block(BlockKind.BRANCH, module, index=i)
                    module.blocks.append(block)
                    self.modules(branch.get("modules"), block, f"{bpath}.modules")
            if kind is ModuleKind.BRANCHONE:
                block = Block(BlockKind.DEFAULT, module)
                module.blocks.append(block)
                self.modules(value.get("default"), block, f"{path}.default")
        elif kind is ModuleKind.AIAGENT:
            tools = value.get("tools")
            block = Block(BlockKind.TOOLS, module)
            module.blocks.append(block)
            if tools is not None and tools.is_seq:
                for i, tool in enumerate(tools.items):
                    if tool.is_map:
                        self.tool(tool, block, f"{path}.tools[{i}]")

    def tool(self, node: YNode, block: Block, path: str) -> None:
        value = node.get("value")
        tool_type = value.get("tool_type") if value is not None else None
        if tool_type is not None and tool_type.is_scalar and tool_type.text != "flowmodule":
            return  # an MCP server or web search: not a module
        self.module(node, block, len(block.modules), path)

    def transforms(self, module: FlowModule, node: YNode, path: str) -> None:
        for key, spec in node.pairs:
            if not key.is_scalar:
                continue
            kind = spec.get("type") if spec.is_map else None
            transform = Transform(
                name=key.text,
                key=key,
                node=spec,
                type=kind.text if kind is not None and kind.is_scalar else None,
                value=spec.get("value") if spec.is_map else None,
                expr=spec.get("expr") if spec.is_map else None,
            )
            module.transforms.append(transform)
            expr = transform.expr
            if transform.type == "javascript" and expr is not None and expr.str_value() is not None:
                self.expression(expr, ExprRole.INPUT, module, f"{path}.{key.text}.expr")

    def transform_expression(
        self,
        node: YNode | None,
        module: FlowModule,
        path: str,
        role: ExprRole = ExprRole.INPUT,
    ) -> None:
        """An InputTransform-valued option (`iterator`, `sleep`, `timeout`, ...)."""
        if node is None or not node.is_map:
            return
        kind = node.get("type")
        expr = node.get("expr")
        if kind is not None and kind.text == "javascript" and expr is not None:
            if expr.str_value() is not None:
                self.expression(expr, role, module, f"{path}.expr")

    def expression(self, node: YNode, role: ExprRole, module: FlowModule | None, path: str) -> None:
        self.model.expressions.append(Expression(node.text, node, role, module, path))
