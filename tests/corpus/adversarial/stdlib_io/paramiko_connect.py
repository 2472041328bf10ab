# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `SSHClient()` and its host-key policy set nothing remote, and `connect` opens an SSH session every round.
import paramiko
from wmill import task, workflow


@task()
async def plan_rollout(service: str) -> list[str]:
    return ["systemctl restart app"]


@workflow
async def main(service: str, host: str, user: str):
    commands = await plan_rollout(service)
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(host, username=user, timeout=15)  # expect: WAC101
    return commands
