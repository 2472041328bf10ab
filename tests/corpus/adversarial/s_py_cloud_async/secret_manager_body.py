# SDK: wmill 1.850.0 the body replays after each task; SecretManagerServiceClient.access_secret_version is a gRPC call made again on every round
from google.cloud import secretmanager
from wmill import task, workflow


@task(timeout=600)
async def rotate_webhook_secret(endpoint_id: str, signing_key: str) -> dict:
    import requests

    resp = requests.patch(
        f"https://api.partner.example.com/v1/webhook_endpoints/{endpoint_id}",
        headers={"Authorization": f"Bearer {signing_key}"},
        json={"rotate_secret": True},
        timeout=30,
    )
    resp.raise_for_status()
    return {"endpoint": endpoint_id, "version": resp.json()["secret_version"]}


@workflow
async def main(project: str, endpoints: list[str]):
    sm = secretmanager.SecretManagerServiceClient()
    name = f"projects/{project}/secrets/partner-signing-key/versions/latest"
    signing_key = sm.access_secret_version(name=name).payload.data.decode()  # expect: WAC101
    rotated = []
    for endpoint_id in endpoints:
        rotated.append(await rotate_webhook_secret(endpoint_id, signing_key))
    return {"rotated": rotated}
