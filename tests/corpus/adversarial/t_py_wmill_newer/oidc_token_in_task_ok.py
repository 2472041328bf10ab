# SDK: wmill.get_id_token(audience) POSTs /oidc/token/<audience>; called here inside the task that uses it, never in the body
import hvac
import wmill
from wmill import task, workflow

VAULT_URL = "https://vault.internal:8200"
AUDIENCE = "vault"


def vault_client(role: str) -> hvac.Client:
    client = hvac.Client(url=VAULT_URL)
    client.auth.jwt.jwt_login(role=role, jwt=wmill.get_id_token(AUDIENCE))
    return client


@task()
async def read_db_creds(role: str) -> dict:
    secret = vault_client(role).secrets.database.generate_credentials(name=role)
    return {"username": secret["data"]["username"], "lease": secret["lease_id"]}


@task()
async def rotate_app_user(username: str, app: str) -> dict:
    return {"app": app, "rotated_to": username}


@workflow
async def main(app: str = "orders", role: str = "orders-rw"):
    creds = await read_db_creds(role=role)
    return await rotate_app_user(username=creds["username"], app=app)
