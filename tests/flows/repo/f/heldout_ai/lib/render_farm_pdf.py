import requests
import wmill


def main(html: str, dpi: int = 300):
    farm = wmill.get_resource("f/print_shop/render_farm")
    resp = requests.post(
        f"{farm['url']}/jobs",
        json={"html": html, "dpi": dpi},
        headers={"Authorization": f"Bearer {farm['token']}"},
        timeout=900,
    )
    resp.raise_for_status()
    return {"url": resp.json()["pdf_url"], "dpi": dpi}
