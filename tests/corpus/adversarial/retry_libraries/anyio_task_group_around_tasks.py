# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException; anyio 4's task group gathers what its child tasks raise into a BaseExceptionGroup, which _run_workflow_async does not catch as _StepSuspend, so the round fails instead of dispatching.
import anyio

from wmill import task, workflow


@task()
async def transcode(video_id: str, preset: str) -> str:
    return f"{video_id}-{preset}.mp4"


@workflow
async def main(video_id: str, presets: list[str]):
    outputs: dict[str, str] = {}

    async def run(preset: str) -> None:
        outputs[preset] = await transcode(video_id, preset)

    async with anyio.create_task_group() as tg:  # expect: WAC201
        for preset in presets:
            tg.start_soon(run, preset)
    return outputs
