"""The cluster a workflow talks to, configured from the worker's environment."""

import os
from dataclasses import dataclass


@dataclass
class Cluster:
    name: str
    api: str

    @classmethod
    def from_env(cls) -> "Cluster":
        return cls(os.environ.get("RCC_CLUSTER", "greatlakes"), os.environ["RCC_SLURM_API"])

    @classmethod
    def named(cls, name: str) -> "Cluster":
        return cls(name, f"https://slurm.rcc.example.edu/{name}/v0.0.40")
