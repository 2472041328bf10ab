# SDK: wmill.get_id_token(audience) POSTs /oidc/token/<audience> and returns a fresh JWT on every call
import hvac
import wmill
from wmill import task, workflow

VAULT_URL = "https://vault.internal:8200"


@task()
async def read_db_creds(jwt: str, role: str) -> dict:
    client = hvac.Client(url=VAULT_URL)
    client.auth.jwt.jwt_login(role=role, jwt=jwt)
    secret = client.secrets.database.generate_credentials(name=role)
    return {"username": secret["data"]["username"], "lease": secret["lease_id"]}


@task()
async def rotate_app_user(username: str, app: str) -> dict:
    return {"app": app, "rotated_to": username}


@workflow
async def main(app: str = "orders", role: str = "orders-rw"):
    jwt = wmill.get_id_token("vault")  # expect: WAC101
    creds = await read_db_creds(jwt=jwt, role=role)
    return await rotate_app_user(username=creds["username"], app=app)
