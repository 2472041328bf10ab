import wmill


def main(message: str, failed_step: str):
    wmill.set_state({"last_failure": failed_step})
    return {"alerted": True, "step": failed_step, "message": message}
