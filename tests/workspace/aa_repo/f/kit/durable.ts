// Helpers that run the shared tasks; call them from a workflow body.
import { step } from "windmill-client";
import { chargeCard, sendReceipt, voidCharge } from "./tasks.ts";

export { stepName as runKey } from "./clock.ts";

export interface Order {
  id: string;
  email: string;
  totalCents: number;
  currency?: string;
}

export async function chargeAndNotify(order: Order) {
  const charge = await chargeCard(order.id, order.totalCents, order.currency ?? "EUR");
  await sendReceipt(order.id, order.email);
  return charge;
}

// Declines should not fail the whole workflow.
export async function tryCharge(order: Order) {
  try {
    return await chargeCard(order.id, order.totalCents);
  } catch (err) {
    console.warn(`charge failed for ${order.id}`, err);
    return null;
  }
}

export async function rollback(chargeId: string) {
  await voidCharge(chargeId, "fulfilment failed");
  await step("rollback_logged", () => ({ chargeId }));
}
