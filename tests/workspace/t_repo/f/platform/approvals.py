"""Approval helpers shared by the HR workflows."""

from wmill import get_approval_urls, step, wait_for_approval


async def hr_signoff(summary: str) -> dict:
    """Ask HR to approve; the approval step is always keyed `hr_signoff`."""
    await step("hr_signoff_urls", lambda: get_approval_urls("hr_signoff"))
    return await wait_for_approval(key="hr_signoff", timeout=86_400, description=summary)
