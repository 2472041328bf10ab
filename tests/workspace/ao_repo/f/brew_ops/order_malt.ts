// Order malt from a supplier's API.
import * as wmill from "windmill-client";

export async function main(supplier: string, malt: string, kg: number, rush: boolean = false) {
  const key = await wmill.getVariable(`f/brew_ops/${supplier}_api_key`);
  const res = await fetch(`https://orders.${supplier}.example/v2/orders`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}` },
    body: JSON.stringify({ malt, kg, rush }),
  });
  return { order: (await res.json()).id as string };
}
