import boto3


def main(account_id: str, month: str):  # expect: WAC901
    ce = boto3.client("ce")
    start = f"{month}-01"
    resp = ce.get_cost_and_usage(
        TimePeriod={"Start": start, "End": f"{month}-28"},
        Granularity="MONTHLY",
        Metrics=["UnblendedCost"],
        Filter={"Dimensions": {"Key": "LINKED_ACCOUNT", "Values": [account_id]}},
    )
    total = resp["ResultsByTime"][0]["Total"]["UnblendedCost"]
    return {"account_id": account_id, "amount": total["Amount"], "currency": total["Unit"]}
