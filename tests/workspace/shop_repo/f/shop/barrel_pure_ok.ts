import { authHeader, formatCents } from "/f/shared/index.ts";
import { task, workflow } from "windmill-client";

const placeOrder = task(async (cart: string, label: string, headers: Record<string, string>) => ({ cart, label, headers }));

export const main = workflow(async (cart: string, cents: number, token: string) => {
  return await placeOrder(cart, formatCents(cents), authHeader(token));
});
