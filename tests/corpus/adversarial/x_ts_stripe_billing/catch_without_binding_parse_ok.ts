// SDK: windmill-client 1.818.0: only durable calls throw StepSuspend; a try / catch {} around JSON.parse of an input holds none
import { task, workflow } from "windmill-client";

type Webhook = { topic: string; rawBody: string; shop: string };

const upsertProduct = task(async (shop: string, product: { id: number; title: string; variants: unknown[] }) => {
  const r = await fetch("https://catalog.internal/api/products", {
    method: "PUT",
    body: JSON.stringify({ shop, product }),
  });
  return r.ok;
});

const archiveProduct = task(async (shop: string, productId: number) => {
  const r = await fetch(`https://catalog.internal/api/products/${shop}/${productId}`, { method: "DELETE" });
  return r.ok;
});

export const main = workflow(async (hook: Webhook) => {
  let payload: { id?: number; title?: string; variants?: unknown[] } = {};
  try {
    payload = JSON.parse(hook.rawBody);
  } catch {
    return { skipped: true, reason: "body is not JSON" };
  }
  if (typeof payload.id !== "number") {
    return { skipped: true, reason: "no product id" };
  }

  if (hook.topic === "products/delete") {
    return { archived: await archiveProduct(hook.shop, payload.id) };
  }
  const ok = await upsertProduct(hook.shop, {
    id: payload.id,
    title: payload.title ?? "(untitled)",
    variants: payload.variants ?? [],
  });
  return { upserted: ok };
});
