from wmill import workflow

from f.lib.transport import send_json


@workflow
async def main(url: str, amount: float):
    response = send_json(url, json={"amount": amount})  # expect: WAC101
    return response.status_code
