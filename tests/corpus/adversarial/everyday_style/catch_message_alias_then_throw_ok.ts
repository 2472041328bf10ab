// SDK: windmill-client 1.818.0 client.mjs: StepSuspend's message is "__step_suspend__", so `msg` never holds "card_declined" for it and the last statement rethrows it.
import { task, workflow } from "windmill-client";

const chargeCard = task(async (orderId: string, cents: number) => ({ orderId, cents, status: "paid" }));

export const main = workflow(async (orderId: string, cents: number) => {
  try {
    return await chargeCard(orderId, cents);
  } catch (err: any) {
    const msg = String(err?.message ?? err);
    if (msg.includes("card_declined")) {
      return { orderId, status: "declined" };
    }
    throw err;
  }
});
