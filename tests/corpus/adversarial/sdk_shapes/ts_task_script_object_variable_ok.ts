// SDK: windmill-client 1.818.0 client.mjs taskScript wrapper: one object argument is sent as the named arguments, whether written inline or built beforehand.
import { taskScript, workflow } from "windmill-client";

const extractOrders = taskScript("f/etl/extract_orders");

type ExtractArgs = { day: string; limit: number };

export const main = workflow(async (day: string, limit: number = 1000) => {
  const args: ExtractArgs = { day, limit };
  const first = await extractOrders(args);
  const second = await extractOrders({ ...args, day: `${day}-retry` });
  return { first, second };
});
