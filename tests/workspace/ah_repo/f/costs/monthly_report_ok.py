"""Monthly cloud cost report per linked account, in the budget currency."""

from wmill import step, task, task_script, workflow

from f.platform.costs import over_budget, to_budget_currency
from f.platform.tasks import post_slack

OPS = "f/ops"

collect = task_script(f"{OPS}/collect_costs", timeout=900)

BUDGETS = {
    "111111111111": "42000.00",
    "222222222222": "9000.00",
    "333333333333": "1500.00",
}


@task()
async def convert(amount: str, currency: str) -> str:
    # the exchange rate is fetched here, in the task's own job
    return to_budget_currency(amount, currency)


@workflow
async def main(month: str, channel: str = "#finops"):
    lines = []
    over = []
    for account in sorted(BUDGETS):
        cost = await collect(account_id=account, month=month)
        usd = await convert(cost["amount"], cost["currency"])
        lines.append(f"{account}: {usd} USD (budget {BUDGETS[account]})")
        if over_budget(usd, BUDGETS[account]):
            over.append(account)

    text = await step("report", lambda: f"Cloud costs {month}\n" + "\n".join(lines))
    await post_slack(channel, text)
    return {"month": month, "over_budget": over}
