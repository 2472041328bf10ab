# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `ServerProxy(url)` opens nothing, and the remote `execute_kw` call creates a partner in Odoo every round.
import xmlrpc.client

from wmill import task, workflow

ODOO = "https://erp.example.com"


@task()
async def authenticate(db: str, user: str, password: str) -> int:
    common = xmlrpc.client.ServerProxy(f"{ODOO}/xmlrpc/2/common")
    return common.authenticate(db, user, password, {})


@workflow
async def main(db: str, user: str, password: str, company: str):
    uid = await authenticate(db, user, password)
    models = xmlrpc.client.ServerProxy(f"{ODOO}/xmlrpc/2/object")
    partner_id = models.execute_kw(db, uid, password, "res.partner", "create", [{"name": company}])  # expect: WAC101
    return {"partner_id": partner_id}
