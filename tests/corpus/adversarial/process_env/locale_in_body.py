# SDK: wmill 1.850.0 client.py: the locale comes from the worker's environment (LANG / LC_ALL) in each round; the guide counts environment reads in the body as unsafe.
import locale

from wmill import task, workflow


@task()
async def render_statement(account_id: str, lang: str) -> str:
    return f"{account_id}.{lang}.pdf"


@workflow
async def main(account_id: str):
    lang, _encoding = locale.getlocale()  # expect: WAC102
    return await render_statement(account_id, lang or "en_US")
