// Treat a declined card differently from other failures.
import { task, workflow } from "windmill-client";

class CardDeclined extends Error {}

const charge = task(async (order: string) => {
  if (order.startsWith("x")) throw new CardDeclined(order);
  return order;
});

export const main = workflow(async (order: string) => {
  try {
    return await charge(order);
  } catch (e: any) {
    if (e instanceof Error && e.name === "TaskError" && e.result?.error?.name === "Error") return "declined";
    throw e;
  }
});
