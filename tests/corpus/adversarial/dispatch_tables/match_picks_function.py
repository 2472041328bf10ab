# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; a `match` binds the function to call, and the "archive" arm picks one that deletes files.
import shutil

from wmill import task, workflow


def archive(path: str) -> None:
    shutil.rmtree(path)


def keep(path: str) -> None:
    return None


@task()
async def export(path: str) -> str:
    return path


@workflow
async def main(path: str, policy: str):
    out = await export(path)
    match policy:
        case "archive":
            cleanup = archive
        case _:
            cleanup = keep
    cleanup(out)  # expect: WAC101
    return out
