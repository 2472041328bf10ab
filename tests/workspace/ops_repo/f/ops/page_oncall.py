from typing import Literal


def main(service: str, severity: Literal["low", "high", "critical"] = "low", dry_run: bool = False):
    return {"paged": service, "severity": severity, "dry_run": dry_run}
