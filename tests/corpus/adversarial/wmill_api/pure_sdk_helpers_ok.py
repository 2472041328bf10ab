# SDK: wmill 1.850.0 client.py parse_resource_syntax / parse_variable_syntax / parse_s3_object are string parsing; get_workspace() reads WM_WORKSPACE through a client that sends nothing.
import wmill
from wmill import task, workflow


@task()
async def export(resource_path: str, variable_path: str, key: str, workspace: str) -> dict:
    return {"resource": resource_path, "variable": variable_path, "key": key, "ws": workspace}


@workflow
async def main(db_ref: str = "$res:f/db/main", secret_ref: str = "var://f/db/password"):
    resource_path = wmill.parse_resource_syntax(db_ref) or "f/db/main"
    variable_path = wmill.parse_variable_syntax(secret_ref) or "f/db/password"
    target = wmill.parse_s3_object("s3:///exports/latest.csv")
    return await export(resource_path, variable_path, target["s3"], wmill.get_workspace())
