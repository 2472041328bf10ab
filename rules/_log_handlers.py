"""Logging handlers that send records over the network, set up at module level.

`log.error(...)` in the workflow body is a log line, unless the module attached a
handler that mails or posts each record (`logging.handlers.SMTPHandler`,
`HTTPHandler`, ...): then every replay sends it again. WAC101 reads this module to
know which log calls of the body reach such a handler, following what the logging
module does: a record goes to its logger's handlers and its ancestors' (up to the
root), each handler taking it when the record's level reaches the handler's, and the
logger lets it through only when it reaches the logger's effective level (its own, an
ancestor's, or the root's: WARNING unless configured).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wac_lint.model import BodyCall, ScriptModel
from wac_lint.rules._sdk_calls import Node

# Handlers of the standard library (and a few common packages) whose `emit` sends
# the record off the machine.
SENDING_HANDLERS = {
    "sentry_sdk.init": "sends",
    "logging.handlers.SMTPHandler": "e-mails",
    "logging.handlers.HTTPHandler": "posts",
    "logging.handlers.SocketHandler": "sends",
    "logging.handlers.DatagramHandler": "sends",
    "watchtower.CloudWatchLogHandler": "sends",
    "logging_loki.LokiHandler": "posts",
}
LEVELS = {"NOTSET": 0, "DEBUG": 10, "INFO": 20, "WARNING": 30, "WARN": 30, "ERROR": 40}
LEVELS |= {"CRITICAL": 50, "FATAL": 50}
METHOD_LEVELS = {
    "debug": 10,
    "info": 20,
    "warning": 30,
    "warn": 30,
    "error": 40,
    "exception": 40,
    "critical": 50,
    "fatal": 50,
}
ROOT = ""


@dataclass
class Handler:
    kind: str  # `logging.handlers.SMTPHandler`
    row: int  # 1-based, where it is built
    level: int = 0


@dataclass
class Setup:
    """The module's loggers: their handlers that send, and the levels set on them."""

    handlers: dict[str, list[Handler]] = field(default_factory=dict)
    levels: dict[str, int] = field(default_factory=dict)
    isolated: set[str] = field(default_factory=set)  # `log.propagate = False`
    # hooked into every logger, whatever `propagate` says (sentry_sdk's logging
    # integration patches `Logger.callHandlers`)
    everywhere: list[Handler] = field(default_factory=list)

    def effective(self, logger: str) -> int:
        for name in _lineage(logger):
            if name in self.levels:
                return self.levels[name]
        return 30  # the root logger's default: WARNING

    def reached(self, logger: str, level: int) -> Handler | None:
        """The first sending handler a record of `level` on `logger` is emitted to."""
        if level < self.effective(logger):
            return None
        for handler in self.everywhere:
            if level >= handler.level:
                return handler
        for name in _lineage(logger):
            for handler in self.handlers.get(name, []):
                if level >= handler.level:
                    return handler
            if name in self.isolated:
                break  # its records stop here
        return None


def _lineage(logger: str) -> list[str]:
    """`a.b` -> [`a.b`, `a`, root]; a name not known statically has only the root."""
    out = [logger]
    while logger:
        logger = logger.rpartition(".")[0]
        out.append(logger)
    return out


def setup_of(model: ScriptModel) -> Setup | None:
    """What the module's top-level statements configure; None when nothing sends."""
    semantic = model.semantic
    data = model.source.data
    if semantic is None or (b"Handler" not in data and b"sentry_sdk" not in data):
        return None
    setup = Setup()
    built: dict[str, Handler] = {}  # module-level name -> the sending handler it holds
    for statement in semantic.root.named_children:
        if statement.type != "expression_statement" or not statement.named_children:
            continue
        expr = statement.named_children[0]
        if expr.type == "assignment":
            left, right = expr.child_by_field_name("left"), expr.child_by_field_name("right")
            made = _handler(model, right) if right is not None else None
            if left is not None and left.type == "identifier" and made is not None:
                built[model.text(left)] = made
            if (
                left is not None
                and right is not None
                and left.type == "attribute"
                and model.text(right) == "False"
            ):
                owner, attr = (
                    left.child_by_field_name("object"),
                    left.child_by_field_name("attribute"),
                )
                logger = logger_name(model, owner) if owner is not None else None
                if attr is not None and model.text(attr) == "propagate" and logger is not None:
                    setup.isolated.add(logger)
            continue
        if expr.type != "call":
            continue
        callee = expr.child_by_field_name("function")
        qualname = semantic.qualified_name(callee) if callee is not None else None
        if qualname == "logging.basicConfig":
            _basic_config(model, expr, setup)
            continue
        if qualname == SENTRY_INIT:
            level = _sentry_event_level(model, expr)
            if level is not None:
                setup.everywhere.append(Handler(SENTRY_INIT, expr.start_point[0] + 1, level))
            continue
        if callee is None or callee.type != "attribute":
            continue
        receiver = callee.child_by_field_name("object")
        method = callee.child_by_field_name("attribute")
        first = _first_argument(expr)
        if receiver is None or method is None or first is None:
            continue
        verb = model.text(method)
        if verb == "setLevel" and receiver.type == "identifier" and model.text(receiver) in built:
            built[model.text(receiver)].level = _level(model, first)
            continue
        logger = logger_name(model, receiver)
        if logger is None:
            continue
        if verb == "setLevel":
            setup.levels[logger] = _level(model, first)
        elif verb == "addHandler":
            handler = _handler(model, first)
            if handler is None and first.type == "identifier":
                handler = built.get(model.text(first))
            if handler is not None:
                setup.handlers.setdefault(logger, []).append(handler)
    return setup if setup.handlers or setup.everywhere else None


SENTRY_INIT = "sentry_sdk.init"


def _sentry_event_level(model: ScriptModel, call: Node) -> int | None:
    """The level from which `sentry_sdk.init(...)`'s logging integration (on by default)
    sends a record as a Sentry event: ERROR, or the `event_level=` of a
    `LoggingIntegration(...)` given; None when it sends none (`event_level=None`, or
    `default_integrations=False` without one)."""
    semantic = model.semantic
    assert semantic is not None
    integration: Node | None = None
    stack = [call]
    while stack:
        node = stack.pop()
        if node.type == "call" and node != call:
            callee = node.child_by_field_name("function")
            name = semantic.qualified_name(callee) if callee is not None else None
            if name is not None and name.endswith("LoggingIntegration"):
                integration = node
                break
        stack.extend(node.named_children)
    if integration is None:
        text = model.text(call).replace(" ", "")
        return None if "default_integrations=False" in text else LEVELS["ERROR"]
    args = integration.child_by_field_name("arguments")
    for arg in args.named_children if args is not None else ():
        key = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
        value = arg.child_by_field_name("value")
        if key is not None and value is not None and model.text(key) == "event_level":
            return None if model.text(value) == "None" else _level(model, value)
    return LEVELS["ERROR"]


def _basic_config(model: ScriptModel, call: Node, setup: Setup) -> None:
    args = call.child_by_field_name("arguments")
    for arg in args.named_children if args is not None else ():
        if arg.type != "keyword_argument":
            continue
        name, value = arg.child_by_field_name("name"), arg.child_by_field_name("value")
        if name is None or value is None:
            continue
        if model.text(name) == "level":
            setup.levels.setdefault(ROOT, _level(model, value))
        elif model.text(name) == "handlers" and value.type in ("list", "tuple"):
            for item in value.named_children:
                handler = _handler(model, item)
                if handler is not None:
                    setup.handlers.setdefault(ROOT, []).append(handler)


def _first_argument(call: Node) -> Node | None:
    args = call.child_by_field_name("arguments")
    return next((a for a in args.named_children if a.type != "comment"), None) if args else None


def _handler(model: ScriptModel, node: Node) -> Handler | None:
    semantic = model.semantic
    if semantic is None or node.type != "call":
        return None
    callee = node.child_by_field_name("function")
    kind = semantic.qualified_name(callee) if callee is not None else None
    if kind not in SENDING_HANDLERS:
        return None
    return Handler(kind, node.start_point[0] + 1)


def _level(model: ScriptModel, node: Node) -> int:
    """`logging.ERROR`, `"ERROR"`, `40`; an unknown level counts as NOTSET (sends all)."""
    text = model.text(node).strip("\"'")
    word = text.rsplit(".", 1)[-1].upper()
    if word in LEVELS:
        return LEVELS[word]
    return int(text) if text.isdigit() else 0


def logger_name(model: ScriptModel, node: Node) -> str | None:
    """The logger an expression is: `logging` / `logging.getLogger()` / `logging.root`
    (the root), `logging.getLogger("billing")`, or a module-level name bound once to
    one. A non-literal name (`__name__`) is known by its text."""
    semantic = model.semantic
    if semantic is None:
        return None
    if node.type == "identifier":
        qualname = semantic.qualified_name(node)
        if qualname == "logging":
            return ROOT
        binding = semantic.resolve(node)
        if binding is None or binding.rebound or binding.scope is not semantic.module:
            return None
        value = binding.value
        return logger_name(model, value) if value is not None and value != node else None
    if node.type == "attribute" and semantic.qualified_name(node) == "logging.root":
        return ROOT
    if node.type != "call":
        return None
    callee = node.child_by_field_name("function")
    if callee is None or semantic.qualified_name(callee) != "logging.getLogger":
        return None
    first = _first_argument(node)
    if first is None or model.text(first) in ("None", '"root"', "'root'"):
        return ROOT
    if first.type == "string" and model.text(first)[:1] in "\"'":
        return model.text(first).strip("\"'")
    return "<" + model.text(first) + ">"  # known by its text only: no parents


def sending_log_call(model: ScriptModel, setup: Setup, call: BodyCall) -> Handler | None:
    """The sending handler a log call of the body emits its record to, if any."""
    node = call.node
    if node is None or node.type != "call":
        return None
    callee = node.child_by_field_name("function")
    if callee is None or callee.type != "attribute":
        return None
    method = callee.child_by_field_name("attribute")
    receiver = callee.child_by_field_name("object")
    if method is None or receiver is None:
        return None
    level = METHOD_LEVELS.get(model.text(method))
    if level is None:
        return None
    logger = logger_name(model, receiver)
    return setup.reached(logger, level) if logger is not None else None
