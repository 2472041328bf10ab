"""An older copy of the helper above, with the argument name the script had before."""

import wmill


def main(host: str, service: str):
    return wmill.run_script_by_path(  # expect: WAC402
        "f/ops/restart_host", args={"hostname": host, "service": service}  # expect: WAC402
    )
