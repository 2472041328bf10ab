"""Push a service message to the passenger app and the station displays of a line."""

import httpx
import wmill


def main(line: str, message: str, severity: str = "info"):
    token = wmill.get_variable("f/rail_ops/pis_token")
    resp = httpx.post(
        "https://pis.westbahn-regional.at/api/messages",
        json={"line": line, "text": message, "severity": severity},
        headers={"Authorization": f"Bearer {token}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()
