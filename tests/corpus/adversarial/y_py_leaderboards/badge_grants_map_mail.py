# SDK: wmill 1.850.0 client.py: the body re-runs each round; list(map(helper, xs)) calls the helper in the body, and the helper sends mail over smtplib
import smtplib
from email.message import EmailMessage

from wmill import task, workflow


@task()
async def season_winners(season: str) -> list:
    import httpx

    return httpx.get(f"https://scores.internal/seasons/{season}/winners", timeout=30).json()


@task()
async def ship_rewards(season: str, player_ids: list) -> dict:
    import httpx

    return httpx.post("https://store.internal/rewards", json={"season": season, "players": player_ids}, timeout=60).json()


def congratulate(winner: dict) -> str:
    msg = EmailMessage()
    msg["To"] = winner["email"]
    msg["From"] = "league@arcadia.gg"
    msg["Subject"] = f"You placed #{winner['rank']}!"
    msg.set_content(f"GG {winner['handle']}, your reward is on its way.")
    with smtplib.SMTP("smtp.arcadia.gg", 587) as s:
        s.starttls()
        s.send_message(msg)
    return winner["player_id"]


@workflow
async def main(season: str):
    winners = await season_winners(season)
    notified = list(map(congratulate, winners))  # expect: WAC101
    shipped = await ship_rewards(season, notified)
    return {"season": season, "shipped": shipped["count"]}
