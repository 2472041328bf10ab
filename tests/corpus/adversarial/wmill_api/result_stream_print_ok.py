# SDK: wmill 1.850.0 client.py append_to_result_stream() and stream_result() only print WM_STREAM lines to stdout, like print(): no request.
import wmill
from wmill import task, workflow


@task()
async def translate(chunk: str) -> str:
    return chunk.upper()


@workflow
async def main(chunks: list):
    out = []
    for chunk in chunks:
        text = await translate(chunk)
        wmill.append_to_result_stream(text)
        out.append(text)
    wmill.stream_result(iter(["done"]))
    return out
