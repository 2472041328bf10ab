import requests
import wmill


def main(week: str, expected_fleeces: int):
    board = wmill.get_resource("f/shearing/wool_board_api")
    resp = requests.post(
        f"{board['url']}/forecasts",
        json={"week": week, "fleeces": expected_fleeces},
        headers={"Authorization": f"Bearer {board['token']}"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()
