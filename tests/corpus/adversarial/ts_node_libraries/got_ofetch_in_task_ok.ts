// SDK: windmill-client 1.818.0 client.mjs: tasks run once and their results are checkpointed; got and ofetch inside them are not repeated by replays.
import got from "got";
import { ofetch } from "ofetch";
import { task, workflow } from "windmill-client";

const pull = task(async (id: string) => await got(`https://api.example.com/items/${id}`).json<{ id: string; qty: number }>());
const push = task(async (id: string, qty: number) => await ofetch("https://erp.example.com/stock", { method: "POST", body: { id, qty } }));

export const main = workflow(async (id: string) => {
  const item = await pull(id);
  return await push(item.id, item.qty);
});
