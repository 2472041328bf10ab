import boto3


def main(aws: dict, final_status: dict, min_gain: float = 0.02):
    if final_status["status"] != "Completed":
        raise Exception(f"training ended as {final_status['status']}")
    cw = boto3.client("cloudwatch", region_name=aws["region"])
    prod = cw.get_metric_statistics(
        Namespace="Demand", MetricName="validation:mape", Dimensions=[{"Name": "model", "Value": "prod"}],
        StartTime="2020-01-01", EndTime="2100-01-01", Period=86400 * 365, Statistics=["Minimum"],
    )
    prod_mape = min((p["Minimum"] for p in prod["Datapoints"]), default=1.0)
    new_mape = final_status["metrics"].get("validation:mape", 1.0)
    return {
        "promote": prod_mape - new_mape >= min_gain,
        "prod_mape": prod_mape,
        "new_mape": new_mape,
        "model_artifact": final_status["model_artifact"],
    }
