# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException; stamina's retry_if_exception_type(Exception) lets it through, so the task is dispatched and only its TaskError is retried.
import stamina

from wmill import task, workflow


@task()
async def publish_post(post_id: str, channel: str) -> str:
    return f"{channel}:{post_id}"


@stamina.retry(on=Exception, attempts=5)
async def publish(post_id: str, channel: str) -> str:
    return await publish_post(post_id, channel)


@workflow
async def main(post_id: str, channels: list[str]):
    return [await publish(post_id, channel) for channel in channels]
