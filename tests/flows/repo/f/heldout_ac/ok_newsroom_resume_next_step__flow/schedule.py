import wmill
import requests


def main(story_id: str, headline: str, publish_at: str, desk_editor: str):
    cms = wmill.get_resource("f/newsroom/cms")
    resp = requests.post(
        f"{cms['url']}/stories/{story_id}/schedule",
        headers={"Authorization": f"Bearer {cms['token']}"},
        json={"headline": headline, "publish_at": publish_at, "approved_by": desk_editor},
        timeout=20,
    )
    resp.raise_for_status()
    return {"scheduled": True, "publish_at": publish_at}
