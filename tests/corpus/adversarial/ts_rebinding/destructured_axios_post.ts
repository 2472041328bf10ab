// SDK: windmill-client 1.818.0 client.mjs: the body replays; `post` destructured from axios is axios.post.
import axios from "axios";
import { task, workflow } from "windmill-client";

const { post } = axios;

const price = task(async (sku: string) => ({ sku, cents: 1299 }));

export const main = workflow(async (sku: string) => {
  const p = await price(sku);
  await post("https://catalog.example.com/prices", p); // expect: WAC101
  return p;
});
