import subprocess
from datetime import datetime, timezone


def main(host: str, service: str, graceful: bool = True):
    verb = "reload" if graceful else "restart"
    started = datetime.now(timezone.utc).isoformat()
    proc = subprocess.run(["ssh", host, "sudo", "systemctl", verb, service], capture_output=True)
    return {"host": host, "service": service, "rc": proc.returncode, "started": started}
