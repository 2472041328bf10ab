# SDK: wmill 1.850.0 re-runs the workflow body after every task and sleep; set_component() is a plain helper of the body, so the Statuspage PATCH is sent again each round
import requests
from wmill import sleep, task, workflow

STATUSPAGE = "https://api.statuspage.io/v1/pages/abc123"
HEADERS = {"Authorization": "OAuth from-resource"}


def set_component(component_id: str, status: str) -> None:
    requests.patch(
        f"{STATUSPAGE}/components/{component_id}",
        headers=HEADERS,
        json={"component": {"status": status}},
        timeout=10,
    ).raise_for_status()


@task()
async def failover(cluster: str, region: str) -> dict:
    import boto3

    rds = boto3.client("rds", region_name=region)
    rds.failover_global_cluster(GlobalClusterIdentifier=cluster, TargetDbClusterIdentifier=f"{cluster}-{region}")
    return {"cluster": cluster, "region": region}


@task()
async def healthy(cluster: str, region: str) -> bool:
    import boto3

    rds = boto3.client("rds", region_name=region)
    status = rds.describe_db_clusters(DBClusterIdentifier=f"{cluster}-{region}")["DBClusters"][0]["Status"]
    return status == "available"


@workflow
async def main(cluster: str, region: str, component_id: str):
    set_component(component_id, "major_outage")  # expect: WAC101
    await failover(cluster, region)
    for _ in range(20):
        await sleep(30)
        if await healthy(cluster, region):
            break
    else:
        return {"recovered": False}
    set_component(component_id, "operational")  # expect: WAC101
    return {"recovered": True}
