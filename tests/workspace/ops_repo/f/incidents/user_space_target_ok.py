# SDK: wmill 1.850.0 task_script accepts any workspace path, u/<user>/... included.
from wmill import task_script, workflow

keep_note = task_script("u/dana/scratch_note")


@workflow
async def main(note: str):
    saved = await keep_note(note=note, pinned=True)
    return {"saved": saved}
