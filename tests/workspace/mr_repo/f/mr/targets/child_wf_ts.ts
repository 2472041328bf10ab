import { task, workflow } from "windmill-client";

const reserve = task(async (orderId: string) => {
  return { orderId, reserved: true };
});

export const main = workflow(async (orderId: string, notify = true) => {
  const reserved = await reserve(orderId);
  return { reserved, notify };
});
