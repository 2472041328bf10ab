from wmill import workflow

from f.common.picker import pick


@workflow
async def main(kind: str, text: str):
    return pick(kind).send(text)  # expect: WAC101
