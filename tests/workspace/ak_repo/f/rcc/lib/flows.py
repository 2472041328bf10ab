"""Arguments of the team's flows."""


def drain_args(node: str, reason: str) -> dict:
    # written for drain_node v1, before the flow renamed `why` to `reason`
    return {"node": node, "why": reason}


def drain_request(node: str, reason: str, pi_email: str = "") -> dict:
    args = {"node": node, "reason": reason}
    if pi_email:
        args["pi_email"] = pi_email
    return args
