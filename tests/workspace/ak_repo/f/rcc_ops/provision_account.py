"""Create the cluster account of a researcher under a PI's group."""

import subprocess


def main(uid: str, pi_group: str, shell: str = "/bin/bash", dry_run: bool = False):
    cmd = ["sacctmgr", "-i", "add", "user", uid, f"account={pi_group}"]
    if dry_run:
        return {"cmd": cmd}
    subprocess.run(cmd, check=True)
    subprocess.run(["usermod", "-s", shell, uid], check=True)
    return {"uid": uid, "account": pi_group}
