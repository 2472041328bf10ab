"""Helpers that run shared tasks; call them from a workflow body only."""

import logging

from wmill import step

from f.lib.tasks import charge_card, send_receipt, void_charge

log = logging.getLogger(__name__)


async def charge_and_notify(order: dict) -> dict:
    charge = await charge_card(order["id"], order["total_cents"], order.get("currency", "EUR"))
    await send_receipt(order["id"], order["email"])
    return charge


async def safe_charge(order: dict) -> dict | None:
    """Charge, but never fail the workflow on a declined card."""
    try:
        return await charge_card(order["id"], order["total_cents"])
    except:  # noqa: E722 - declined cards surface as many error types
        log.warning("charge failed for %s", order["id"])
        return None


async def careful_charge(order: dict) -> dict | None:
    try:
        return await charge_card(order["id"], order["total_cents"])
    except Exception as exc:
        log.warning("charge failed for %s: %s", order["id"], exc)
        return None


async def rollback(charge_id: str) -> None:
    await void_charge(charge_id, reason="fulfilment failed")
    await step("rollback_logged", lambda: log.info("voided %s", charge_id))
