"""Mira's ad-hoc helper: restart a service and probe its ports (not a workflow)."""

import wmill


def main(host: str, service: str, ports: list[int] = [80, 443]):
    job = wmill.run_script_by_path(
        "f/ops/restart_host", args={"host": host, "service": service, "graceful": True}
    )
    probe = wmill.run_script_by_path("u/mira/probe_ports", args={"host": host, "ports": ports})
    return {"restart": job, "probe": probe}
