// SDK: windmill-client 1.818.0 task() wrapper maps positional args onto getParamNames(fn); a missing one never reaches the child job; step() checkpoints fn()
import { step, workflow } from "windmill-client";
import { chargeCard, sendReceipt, stamp } from "../kit/index.ts";

type CheckoutResult = {
  orderId: string;
  placedAt: number;
  chargeId: string;
  receipt: boolean;
};

export const main = workflow(async (orderId: string, email: string, totalCents: number) => {
  if (totalCents <= 0) {
    return { orderId, status: "nothing_to_charge" };
  }

  const placedAt = stamp(); // expect: WAC102
  const charge = await chargeCard(orderId); // expect: WAC402

  const receipt = await sendReceipt(orderId, email);

  const result: CheckoutResult = {
    orderId,
    placedAt,
    chargeId: charge.id,
    receipt,
  };
  await step("audit", () => ({ ...result, at: new Date().toISOString() }));
  return result;
});
