# Route an incoming Stripe webhook event to the script that handles it.
from wmill import task_script, task_flow, workflow

handle_payment_succeeded = task_script("f/billing/handle_payment_succeeded")
handle_payment_failed = task_script("f/billing/handle_payment_failed")
handle_subscription_change = task_flow("f/billing/subscription_changed")
log_unhandled_event = task_script("./log_unhandled_event.py")


@workflow
async def main(event: dict):
    kind = event["type"]
    obj = event["data"]["object"]
    if kind == "payment_intent.succeeded":
        result = await handle_payment_succeeded(payment=obj)
    elif kind == "payment_intent.payment_failed":
        result = await handle_payment_failed(payment=obj, attempt=obj.get("attempt", 1))
    elif kind.startswith("customer.subscription."):
        result = await handle_subscription_change(subscription=obj, change=kind.rsplit(".", 1)[-1])
    else:
        result = await log_unhandled_event(event_type=kind, event_id=event["id"])
    return {"event": event["id"], "type": kind, "result": result}
