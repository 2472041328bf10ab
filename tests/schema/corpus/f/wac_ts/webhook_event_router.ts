// Route an incoming Stripe webhook event to the script that handles it.
import { taskScript, taskFlow, workflow } from "windmill-client";

const handlePaymentSucceeded = taskScript("f/billing/handle_payment_succeeded");
const handlePaymentFailed = taskScript("f/billing/handle_payment_failed");
const handleSubscriptionChange = taskFlow("f/billing/subscription_changed");
const logUnhandledEvent = taskScript("./log_unhandled_event.ts");

type StripeEvent = { id: string; type: string; data: { object: Record<string, any> } };

export const main = workflow(async (event: StripeEvent) => {
  const kind = event.type;
  const obj = event.data.object;
  let result: unknown;
  if (kind === "payment_intent.succeeded") {
    result = await handlePaymentSucceeded({ payment: obj });
  } else if (kind === "payment_intent.payment_failed") {
    result = await handlePaymentFailed({ payment: obj, attempt: obj.attempt ?? 1 });
  } else if (kind.startsWith("customer.subscription.")) {
    result = await handleSubscriptionChange({ subscription: obj, change: kind.split(".").pop() });
  } else {
    result = await logUnhandledEvent({ event_type: kind, event_id: event.id });
  }
  return { event: event.id, type: kind, result };
});
