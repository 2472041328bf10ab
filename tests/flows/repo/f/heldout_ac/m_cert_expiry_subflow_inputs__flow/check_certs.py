import socket
import ssl
from datetime import datetime, timezone


def main(hosts: list[str], warn_days: int = 21):
    expiring = []
    for host in hosts:
        ctx = ssl.create_default_context()
        with socket.create_connection((host, 443), timeout=10) as sock:
            with ctx.wrap_socket(sock, server_hostname=host) as tls:
                cert = tls.getpeercert()
        not_after = datetime.strptime(cert["notAfter"], "%b %d %H:%M:%S %Y %Z").replace(tzinfo=timezone.utc)
        days = (not_after - datetime.now(timezone.utc)).days
        if days <= warn_days:
            expiring.append({"host": host, "days_left": days})
    return {"expiring": expiring, "checked": len(hosts)}
