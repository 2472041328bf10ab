"""The node checks themselves; importing this module registers them."""

import requests

from f.rcc.lib.registry import node_check


@node_check("gpu")
def gpu_node(node: str) -> dict:
    resp = requests.get(f"https://dcgm.rcc.example.edu/api/v1/health/{node}", timeout=10)
    return {"node": node, "ok": resp.ok}


@node_check("cpu")
def cpu_node(node: str) -> dict:
    return {"node": node, "ok": not node.startswith("gl-drain")}
