import { formatCents, toCents } from "../shared/money_format.ts";
import { authHeader } from "/f/shared/http.ts";
import { task, workflow } from "windmill-client";

const placeOrder = task(async (cart: string, label: string, headers: Record<string, string>) => ({ cart, label, headers }));

export const main = workflow(async (cart: string, amount: number, token: string) => {
  return await placeOrder(cart, formatCents(toCents(amount)), authHeader(token));
});
