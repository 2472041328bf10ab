// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a table of pure formatters called in the body gives the same text every replay, and the post happens in a task (checkpointed once).
import { task, workflow } from "windmill-client";

type Msg = { channel: string; text: string };

const formatters: Record<string, (m: Msg) => string> = {
  slack: (m) => `*${m.channel}* ${m.text}`,
  plain: (m) => `${m.channel}: ${m.text}`,
};

const post = task(async (text: string) => {
  const r = await fetch("https://hooks.example.com/notify", { method: "POST", body: text });
  return r.status;
});

export const main = workflow(async (orderId: string, kind: string) => {
  const m: Msg = { channel: "#orders", text: `order ${orderId} built` };
  const text = formatters[kind](m);
  return await post(text);
});
