# SDK: wmill 1.850.0 client.py _run_inline_step: the lookup runs once in the step and every replay reads the recorded address.
import socket

from wmill import step, task, workflow


@task()
async def allowlist(ip: str) -> bool:
    return True


@workflow
async def main(host: str):
    ip = await step("resolve", lambda: socket.gethostbyname(host))
    return await allowlist(ip)
