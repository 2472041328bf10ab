// SDK: windmill-client 1.818.0 step() returns the checkpointed value on replay; task() maps positional args onto the task's parameters
import { step, workflow } from "windmill-client";
import { chargeCard, isoNow, sendReceipt, slug, stamp } from "/f/kit/index.ts";
import type { OrderLine } from "/f/kit/index.ts";

export const main = workflow(
  async (orderId: string, email: string, lines: OrderLine[], currency = "EUR") => {
    const totalCents = lines.reduce((sum, l) => sum + l.qty * l.cents, 0);
    if (totalCents <= 0) {
      return { orderId, status: "nothing_to_charge" };
    }

    const placedAt = await step("placed_at", () => stamp());
    const ref = slug("checkout", orderId);
    const charge = await chargeCard(orderId, totalCents, currency);
    const receipt = await sendReceipt(orderId, email, "de");

    const closedAt = await step("closed_at", () => isoNow());
    return { orderId, ref, placedAt, closedAt, chargeId: charge.id, receipt };
  },
);
