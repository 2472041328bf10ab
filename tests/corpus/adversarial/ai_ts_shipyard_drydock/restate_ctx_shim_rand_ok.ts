// SDK: windmill-client 1.818.0 client.mjs: the shim's uuidv4 goes through step(), so the first round's UUID is checkpointed and returned on every replay
import { task, step, sleep, workflow } from "windmill-client";

const ctx = {
  run: <T>(name: string, fn: () => T | Promise<T>) => step(name, fn),
  sleep: (ms: number) => sleep(Math.ceil(ms / 1000)),
  rand: {
    uuidv4: () => step("uuidv4", () => crypto.randomUUID()),
  },
};

type Zone = { id: string; areaM2: number; coats: number };

const reserveBlastBay = task(async (hull: string, zones: string[]) => {
  const r = await fetch("https://bays.drydock-ops.example/v1/reservations", {
    method: "POST",
    body: JSON.stringify({ hull, zones }),
  });
  return (await r.json()) as { bay: string; slot: string };
});

const orderCoating = task(async (hull: string, litres: number, idempotencyKey: string) => {
  const r = await fetch("https://coatings.jotun-dealer.example/v2/orders", {
    method: "POST",
    headers: { "Idempotency-Key": idempotencyKey },
    body: JSON.stringify({ hull, product: "antifouling-se", litres }),
  });
  return (await r.json()) as { orderId: string };
});

export const main = workflow(async (hull: string, zones: Zone[]) => {
  const bay = await reserveBlastBay(hull, zones.map((z) => z.id));
  const litres = await ctx.run("litres", () => zones.reduce((sum, z) => sum + z.areaM2 * z.coats * 0.12, 0));
  const key = await ctx.rand.uuidv4();
  const order = await orderCoating(hull, Math.ceil(litres), key);
  await ctx.sleep(6 * 3600 * 1000);
  return { hull, bay: bay.bay, orderId: order.orderId };
});
