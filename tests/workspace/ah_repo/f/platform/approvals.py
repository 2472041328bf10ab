from wmill import wait_for_approval

SIGNOFF_FORM = {
    "type": "object",
    "properties": {"reason": {"type": "string"}},
}


async def sign_off(key: str, summary: str, timeout: int = 3600) -> bool:
    """Ask a human to approve; the key names the approval step."""
    answer = await wait_for_approval(
        key=key, timeout=timeout, form=SIGNOFF_FORM, description=summary
    )
    return bool(answer.get("approved"))
