import wmill


def main(message: str, step: str):
    wmill.run_script_by_path(
        "f/ops/slack_alert", args={"text": f"invoice run failed at {step}: {message}"}
    )
    return {"alerted": True}
