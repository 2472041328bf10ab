"""Record types shared by the allocation workflows."""

from dataclasses import dataclass

__all__ = ["Quota"]


@dataclass
class Quota:
    project: str
    tib: int


@dataclass
class Allocation:
    project: str
    pi: str
    su: int
