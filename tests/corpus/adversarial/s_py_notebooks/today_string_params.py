# SDK: wmill 1.850.0 the body replays from the top each round; pandas parses the string "today" as the current date and time (pd.to_datetime("today") reads the clock)
import pandas as pd
from wmill import task, workflow

# %% [parameters] (papermill defaults carried over from the notebook)
DEFAULT_LOOKBACK = "28D"


@task(timeout=900)
async def daily_signups(start: str, end: str) -> list[dict]:
    import sqlalchemy as sa

    engine = sa.create_engine("postgresql+psycopg://analyst@warehouse.internal/growth")
    with engine.connect() as conn:
        df = pd.read_sql(
            sa.text("SELECT day::text AS day, source, signups FROM signups_daily WHERE day BETWEEN :s AND :e"),
            conn,
            params={"s": start, "e": end},
        )
    return df.to_dict(orient="records")


@task()
async def post_digest(text: str) -> None:
    import requests

    requests.post("https://hooks.slack.example.com/services/T1/B2/C3", json={"text": text}, timeout=10)


@workflow
async def main(end_date: str = "today", lookback: str = DEFAULT_LOOKBACK):
    end = pd.to_datetime(end_date).normalize()  # expect: WAC102
    start = end - pd.Timedelta(lookback)
    rows = await daily_signups(start.date().isoformat(), end.date().isoformat())
    df = pd.DataFrame(rows)
    top = df.groupby("source")["signups"].sum().sort_values(ascending=False).head(5)
    lines = [f"{src}: {int(n)}" for src, n in top.items()]
    await post_digest(f"Signups {start.date()} to {end.date()}\n" + "\n".join(lines))
    return {"start": start.date().isoformat(), "end": end.date().isoformat(), "top": lines}
