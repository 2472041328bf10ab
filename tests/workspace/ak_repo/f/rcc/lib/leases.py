"""Node leases for training sessions."""

import contextlib

import requests

LEASES = "https://leases.rcc.example.edu/api"


class NodeLease:
    def __init__(self, node: str):
        self.node = node

    def __enter__(self):
        requests.post(f"{LEASES}/{self.node}", timeout=10)
        return self

    def __exit__(self, *exc):
        return False


class LeaseLabel:
    def __init__(self, node: str):
        self.node = node

    def __enter__(self):
        return f"lease:{self.node}"

    def __exit__(self, *exc):
        return False


@contextlib.asynccontextmanager
async def shielded():
    try:
        yield
    except BaseException:  # keep the session going whatever happens
        pass


@contextlib.asynccontextmanager
async def logged():
    try:
        yield
    except Exception as exc:
        print(f"session step failed: {exc!r}")
        raise


def window_nodes(nodes: list[str], reserved: list[str]) -> set[str]:
    return set(nodes) - set(reserved)


def window_list(nodes: list[str], reserved: list[str]) -> list[str]:
    return sorted(set(nodes) - set(reserved))
