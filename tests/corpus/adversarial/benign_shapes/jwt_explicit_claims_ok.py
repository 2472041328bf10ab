# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; PyJWT signs only the claims it is given, and here the expiry comes from an input, so the token is the same in every round.
import jwt
from wmill import task, workflow


@task()
async def call_partner(token: str) -> int:
    return 200


@workflow
async def main(user: str, expires_at: int, secret: str):
    token = jwt.encode({"sub": user, "exp": expires_at}, secret, algorithm="HS256")
    return await call_partner(token)
