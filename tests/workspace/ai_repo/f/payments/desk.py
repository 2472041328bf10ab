from __future__ import annotations

from wmill import wait_for_approval


class TreasuryDesk:
    """Sign-off helper for the treasury team: one approval per release decision."""

    def __init__(self, approver_group: str = "treasury") -> None:
        self.approver_group = approver_group

    def summary(self, batch_id: str, total_minor: int) -> str:
        return f"[{self.approver_group}] release {batch_id}: {total_minor / 100:.2f}"

    async def sign_off(self, batch_id: str, total_minor: int) -> bool:
        answer = await wait_for_approval(
            key="treasury-release",
            timeout=86_400,
            description=self.summary(batch_id, total_minor),
        )
        return bool(answer.get("approved"))

    async def sign_off_batch(self, batch_id: str, total_minor: int) -> bool:
        answer = await wait_for_approval(
            key=f"treasury-{batch_id}",
            timeout=86_400,
            description=self.summary(batch_id, total_minor),
        )
        return bool(answer.get("approved"))
