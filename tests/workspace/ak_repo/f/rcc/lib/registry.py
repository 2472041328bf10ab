"""Node health checks, registered by partition kind."""

from typing import Callable

NODE_CHECKS: dict[str, Callable[[str], dict]] = {}


def node_check(kind: str):
    def register(fn):
        NODE_CHECKS[kind] = fn
        return fn

    return register
