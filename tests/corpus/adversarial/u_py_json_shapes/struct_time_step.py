# SDK: wmill 1.850.0 step() returns json.loads(json.dumps(result, default=str)); a time.struct_time is a named tuple, written as a JSON list, so .tm_hour on the result raises AttributeError
import time

from wmill import step, task, workflow


@task()
async def rotate_logs(host: str, keep_days: int) -> int:
    import paramiko

    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(host)
    _, out, _ = ssh.exec_command(f"find /var/log/app -mtime +{keep_days} -delete -print | wc -l")
    return int(out.read().decode().strip())


@workflow
async def main(hosts: list[str], keep_days: int = 14):
    now = await step("now", lambda: time.gmtime())  # expect: WAC107
    if now.tm_hour < 6:
        return {"skipped": "maintenance window not open"}
    removed = 0
    for host in hosts:
        removed += await rotate_logs(host, keep_days)
    return {"removed": removed}
