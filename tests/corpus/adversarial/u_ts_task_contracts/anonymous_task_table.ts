// SDK: windmill-client 1.818.0 task() (client.mjs: taskName = fn.name || taskPath || ""; _nextStep falls back to the key `step`, `step_2`, ... allocated in body order, so anonymous arrows still get stable keys; the guide asks for each task in its own named top-level const, and the diagram only draws those: WAC003 warning)
import { task, workflow } from "windmill-client";

type Channel = "email" | "sms" | "push";
type Message = { to: string; body: string };

const senders: Record<Channel, (m: Message) => Promise<{ id: string }>> = {
  email: task(async (m: Message) => { // expect: WAC003
    const res = await fetch("https://mail.internal/send", { method: "POST", body: JSON.stringify(m) });
    return (await res.json()) as { id: string };
  }),
  sms: task(async (m: Message) => { // expect: WAC003
    const res = await fetch("https://sms.internal/send", { method: "POST", body: JSON.stringify(m) });
    return (await res.json()) as { id: string };
  }),
  push: task(async (m: Message) => { // expect: WAC003
    const res = await fetch("https://push.internal/send", { method: "POST", body: JSON.stringify(m) });
    return (await res.json()) as { id: string };
  }),
};

export const main = workflow(async (channels: Channel[], to: string, body: string) => {
  const ids: Record<string, string> = {};
  for (const channel of channels) {
    const { id } = await senders[channel]({ to, body });
    ids[channel] = id;
  }
  return ids;
});
