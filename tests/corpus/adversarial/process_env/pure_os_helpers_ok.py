# SDK: wmill 1.850.0 client.py: os.path string functions and os.sep compute from their arguments only; they read no disk and no environment.
import os
import posixpath

from wmill import task, workflow


@task()
async def copy_object(src: str, dst: str) -> bool:
    return True


@workflow
async def main(prefix: str, names: list[str]):
    copied = 0
    for name in names:
        stem, ext = os.path.splitext(os.path.basename(name))
        src = posixpath.join(prefix, name)
        dst = os.path.join("archive", f"{stem}{ext}").replace(os.sep, "/")
        copied += int(await copy_object(src, dst))
    return {"copied": copied}
