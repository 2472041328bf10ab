import requests
import wmill


def main(netlify_token: str, site: str, archive_url: str, message: str = ""):
    archive = wmill.load_s3_file(archive_url.removeprefix("s3:///"))
    resp = requests.post(
        f"https://api.netlify.com/api/v1/sites/{site}.netlify.app/deploys",
        params={"title": message},
        headers={"Authorization": f"Bearer {netlify_token}", "Content-Type": "application/zip"},
        data=archive,
        timeout=120,
    )
    resp.raise_for_status()
    return {"deploy_id": resp.json()["id"]}
