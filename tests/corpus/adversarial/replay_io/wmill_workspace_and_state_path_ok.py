# SDK: wmill 1.850.0 client.py get_workspace() returns _client.workspace (WM_WORKSPACE, fixed for the job) and get_state_path() reads the job's state path: no request, same value every replay.
import wmill
from wmill import task, workflow


@task()
async def archive(workspace: str, state_path: str, key: str) -> str:
    return f"{workspace}/{state_path}/{key}"


@workflow
async def main(key: str):
    return await archive(wmill.get_workspace(), wmill.get_state_path(), key)
