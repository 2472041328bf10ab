// SDK: windmill-client 1.818.0 client.mjs: a task runs once as a child job; `post` destructured from axios is called only there.
import axios from "axios";
import { task, workflow } from "windmill-client";

const { post } = axios;

const price = task(async (sku: string) => ({ sku, cents: 1299 }));
const publish = task(async (p: { sku: string; cents: number }) => (await post("https://catalog.example.com/prices", p)).status);

export const main = workflow(async (sku: string) => {
  const p = await price(sku);
  return await publish(p);
});
