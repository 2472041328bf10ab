import requests
import wmill


def main(arm: str, image_url: str):
    cell = wmill.get_resource("f/robotics/cell_controller")
    resp = requests.post(
        f"{cell['url']}/arms/{arm}/flash",
        json={"image": image_url},
        headers={"Authorization": f"Bearer {cell['token']}"},
        timeout=300,
    )
    resp.raise_for_status()
    return {"arm": arm, "version": resp.json()["version"]}
