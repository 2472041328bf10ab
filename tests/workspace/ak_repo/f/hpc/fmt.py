"""Formatting helpers of the HPC folder."""


def node_list(nodes: list[str]) -> str:
    return ",".join(sorted(nodes))
