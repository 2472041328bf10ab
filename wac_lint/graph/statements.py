"""Statements of the workflow body: sequences, if-chains, loops, try, switch/match, exits."""

from __future__ import annotations

from functools import partial

from wac_lint.graph import program as prog
from wac_lint.graph.base import Breakable, BuilderBase, Frontier, TsNode
from wac_lint.graph.positions import (
    end_position,
    header_position,
    position,
    strip,
    strip_parens,
)
from wac_lint.graph.syntax import IfArm, LoopParts


class StatementBuilder(BuilderBase):
    def block(self, node: TsNode | None) -> None:
        for stmt in self.syn.statements(node):
            self.statement(stmt)

    def statement_list(self, statements: list[TsNode]) -> None:
        for stmt in statements:
            self.statement(stmt)

    def statement(self, stmt: TsNode) -> None:
        syn, t = self.syn, stmt.type
        if t == "expression_statement":  # most of a workflow body: none of the below
            self.expr(stmt)
        elif t == syn.ifs:
            self.if_statement(stmt)
        elif t in syn.loops:
            self.loop(stmt)
        elif t == syn.tries:
            self.try_statement(stmt)
        elif t == syn.switches:
            self.switch(stmt)
        elif t == syn.returns:
            self.return_statement(stmt)
        elif t == syn.raises:
            self.raise_statement(stmt)
        elif t == syn.breaks:
            self.break_statement()
        elif t == syn.continues:
            self.continue_statement()
        elif t in syn.blocks:
            self.block(stmt)
        elif t == "labeled_statement":
            body = stmt.child_by_field_name("body")
            if body is not None:
                self.statement(body)
        elif t == "with_statement":
            for child in stmt.named_children:
                if child.type == "with_clause":
                    self.expr(child)
            self.block(stmt.child_by_field_name("body"))
        elif self.syn.local_function(stmt) is not None or t in (
            "class_definition",
            "class_declaration",
            "decorated_definition",
        ):
            return  # defined, not run: local functions are expanded where called
        else:
            self.expr(stmt)

    def if_statement(self, stmt: TsNode) -> None:
        if not self.relevant_here(stmt):
            return
        arms, orelse = self.syn.if_chain(stmt)
        exits: Frontier = []
        first: list[str] = []
        self.if_arms(arms, orelse, exits, first)
        self.join_node(
            "Merge", end_position(self.model, stmt), f"{first[0]}_merge", exits, label="merge"
        )

    def if_arms(
        self,
        arms: list[IfArm],
        orelse: TsNode | None,
        exits: Frontier,
        first: list[str],
    ) -> None:
        """The arms of an if-chain, each arm's `false` branch holding the arms after it:
        `Alt([then, Seq([next condition, Alt([...])])])`, nested once per `elif`.

        A loop, not a recursion per arm: an `if` with 300 `elif`s (flat in the source)
        was refused as nested too deeply. Each arm's `false` branch is a capture left
        open for the next arm and closed, innermost first, once the chain is done."""
        thens: list[prog.Seq] = []
        depth = len(self.seqs)
        try:
            for index, arm in enumerate(arms):
                self.expr(arm.condition)
                construct = "if" if index == 0 else self.syn.elif_keyword
                branch = self.add_node(
                    "Branch",
                    header_position(self.model, arm.head, arm.condition),
                    label=construct,
                    construct=construct,
                    condition=self.syn.text(strip_parens(arm.condition)),
                )
                first.append(branch.id)
                self.frontier = [(branch.id, "true")]
                with self.capture() as items:
                    self.block(arm.body)
                thens.append(prog.Seq(items))
                exits.extend(self.frontier)
                self.frontier = [(branch.id, "false")]
                self.seqs.append([])  # the `false` branch: the next arm, or the `else`
            self.block(orelse)
            exits.extend(self.frontier)
            for then in reversed(thens):
                other = prog.Seq(self.seqs.pop())
                self.emit(prog.Alt([then, other]))
        finally:
            del self.seqs[depth:]  # on an error, no capture left open

    def loop(self, stmt: TsNode) -> None:
        if not self.relevant(stmt):
            return
        parts = self.syn.loop(stmt)
        for node in parts.before:
            self.expr(node)
        start = self.add_node(
            "LoopStart",
            header_position(self.model, stmt, parts.head_end),
            label=parts.construct,
            construct=parts.construct,
            condition=strip(parts.condition),
            iterable=parts.iterable,
        )
        ctx = Breakable("loop", head=start.id)
        self.breakables.append(ctx)
        body = self.captured(lambda: self.loop_body(parts))
        self.breakables.pop()
        self.emit(prog.Loop(body, at_least_once=parts.at_least_once))
        back: Frontier = [(src, "next") for src, _ in self.frontier + ctx.continues]
        self.connect(back, start.id)
        exits: Frontier = [] if parts.infinite else [(start.id, "done")]
        if parts.at_least_once and not parts.infinite:
            # do/while leaves after its condition, at the end of the body
            exits = [(src, "done") for src, _ in self.frontier] or [(start.id, "done")]
        breaks: Frontier = [(src, "break") for src, _ in ctx.breaks]
        orelse = parts.orelse if self.relevant(parts.orelse) else None
        if orelse is None:
            exits += breaks
        self.join_node(
            "LoopEnd",
            end_position(self.model, stmt),
            f"{start.id}_end",
            exits,
            label="end " + parts.construct,
        )
        if orelse is not None:
            # Python's `for/while ... else`: the else block runs unless the loop broke
            else_prog = self.captured(lambda: self.block(orelse))
            self.emit(prog.Alt([else_prog, prog.Seq([])]))
            self.frontier = self.frontier + breaks

    def loop_body(self, parts: LoopParts) -> None:
        if parts.cond_first is not None:
            self.expr(parts.cond_first)
        self.block(parts.body)
        for node in parts.after_body:
            self.expr(node)
        if parts.cond_last is not None:
            self.expr(parts.cond_last)

    def try_statement(self, stmt: TsNode) -> None:
        if not self.relevant(stmt):
            return
        body, handlers, orelse, final = self.syn.try_parts(stmt)
        branch = self.add_node(
            "Branch",
            header_position(self.model, stmt, None),
            label="try",
            construct="try",
            condition=self.syn.try_condition if handlers else "try/finally",
        )
        exits: Frontier = []
        self.frontier = [(branch.id, "try")]
        body_prog = self.captured(lambda: self.block(body))
        else_prog = self.captured(lambda: self.block(orelse))
        exits.extend(self.frontier)
        handler_progs = []
        for handler in handlers:
            self.frontier = [(branch.id, handler.label)]
            handler_progs.append(self.captured(partial(self.block, handler.body)))
            exits.extend(self.frontier)
        self.join_node(
            "Merge", end_position(self.model, stmt), f"{branch.id}_merge", exits, label="merge"
        )
        final_prog = self.captured(lambda: self.block(final))
        self.emit(prog.Try(body_prog, handler_progs, else_prog, final_prog))

    def switch(self, stmt: TsNode) -> None:
        subject, cases, falls = self.syn.switch(stmt)
        if not self.relevant(stmt):
            return
        self.expr(subject)
        branch = self.add_node(
            "Branch",
            header_position(self.model, stmt, subject),
            label="switch" if falls else "match",
            construct="switch" if falls else "match",
            condition=self.syn.text(strip_parens(subject)),
        )
        ctx = Breakable("switch")
        if falls:
            self.breakables.append(ctx)
        exits: Frontier = []
        arms: list[prog.Seq] = []
        carried: Frontier = []
        for case in cases:
            self.frontier = [(branch.id, case.label)] + carried
            arm = self.captured(partial(self.statement_list, case.statements))
            arms.append(arm)
            carried = self.frontier if falls else []
            if not falls:
                exits.extend(self.frontier)
        into: list[bool] = []
        if falls:
            self.breakables.pop()
            exits.extend(carried + ctx.breaks)
            # a case that falls into the next one runs that one's code too
            into = [falls_through(case.statements) for case in cases[:-1]]
        if not any(c.default for c in cases):
            exits.append((branch.id, "no match"))
            arms.append(prog.Seq([]))
        self.emit(prog.Alt(arms, switch=falls, falls_into=into))
        self.join_node(
            "Merge", end_position(self.model, stmt), f"{branch.id}_merge", exits, label="merge"
        )

    def return_statement(self, stmt: TsNode) -> None:
        value = self.syn.return_value(stmt)
        if value is not None:
            self.expr(value)
        frame = self.functions[-1]
        if frame.callback:
            frame.returns.extend(self.frontier)
            self.emit(prog.Exit("callback-return"))
        else:
            self.add_node("Return", position(self.model, stmt), label="return")
            self.emit(prog.Exit("return"))
        self.frontier = []

    def raise_statement(self, stmt: TsNode) -> None:
        value = self.syn.return_value(stmt)
        if value is not None:
            self.expr(value)
        self.add_node("Raise", position(self.model, stmt), label=self.syn.raise_label)
        self.emit(prog.Exit("raise"))
        self.frontier = []

    def break_statement(self) -> None:
        if self.breakables:
            self.breakables[-1].breaks.extend(self.frontier)
            self.emit(prog.Exit("break"))
        self.frontier = []

    def continue_statement(self) -> None:
        loop = next((b for b in reversed(self.breakables) if b.kind == "loop"), None)
        if loop is not None:
            loop.continues.extend(self.frontier)
            self.emit(prog.Exit("continue"))
        self.frontier = []


def falls_through(statements: list[TsNode]) -> bool:
    last = statements[-1] if statements else None
    return last is None or last.type not in (
        "break_statement",
        "return_statement",
        "throw_statement",
        "continue_statement",
    )
