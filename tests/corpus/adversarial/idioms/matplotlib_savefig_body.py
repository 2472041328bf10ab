# SDK: wmill 1.850.0 client.py: the body re-runs on replay; `plt.savefig(path)` writes the chart file in the body each round.
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from wmill import task, workflow


@task()
async def daily_signups(days: int) -> list[int]:
    return [3, 5, 8][:days]


@task()
async def attach_chart(path: str) -> str:
    return path


@workflow
async def main(days: int = 3):
    counts = await daily_signups(days)
    plt.plot(range(len(counts)), counts)
    plt.title("Signups")
    plt.savefig("/tmp/signups.png")  # expect: WAC101
    return await attach_chart("/tmp/signups.png")
