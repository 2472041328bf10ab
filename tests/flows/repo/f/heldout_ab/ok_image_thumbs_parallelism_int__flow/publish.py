import requests
import wmill


def main(playlists: list):
    cms = wmill.get_resource("f/media/cms")
    res = requests.post(
        f"{cms['url']}/api/videos/publish",
        json={"playlists": playlists},
        headers={"Authorization": f"Bearer {cms['token']}"},
        timeout=30,
    )
    return {"published": len(playlists), "status": res.status_code}
