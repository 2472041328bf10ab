# SDK: wmill 1.850.0 replays the body from the top: each replay builds the client again (no I/O) and sends the request again (I/O): one finding, on the request.
import httpx
from wmill import workflow

@workflow
async def main(u: str):
    async with httpx.AsyncClient() as c:
        r = await c.get(u)  # expect: WAC101
    return r.status_code
