// SDK: windmill-client 1.818.0 Promise.allSettled, .catch and a swallowing try/catch inside a task body are the task's own business (a task is one job, not replayed)
import { task, workflow } from "windmill-client";

type Ruling = { court: string; caption: string; url: string };

const collect = task(async (courts: string[]) => {
  const settled = await Promise.allSettled(
    courts.map((c) => fetch(`https://rulings.example/${c}/today`).then((r) => r.json() as Promise<Ruling[]>)),
  );
  const rulings: Ruling[] = [];
  for (const s of settled) if (s.status === "fulfilled") rulings.push(...s.value);
  const extra = await fetch("https://rulings.example/federal/today")
    .then((r) => r.json() as Promise<Ruling[]>)
    .catch(() => [] as Ruling[]);
  try {
    await fetch("https://metrics.example/ping", { method: "POST" });
  } catch {
    // metrics are best-effort
  }
  return [...rulings, ...extra];
});

const send = task(async (to: string, rulings: Ruling[]) => {
  const body = rulings.map((r) => `- ${r.court}: ${r.caption} (${r.url})`).join("\n");
  const res = await fetch("https://mail.lawfirm.example/send", { method: "POST", body: JSON.stringify({ to, body }) });
  return res.ok;
});

export const main = workflow(async (to: string, courts: string[]) => {
  const rulings = await collect(courts);
  if (rulings.length === 0) return { sent: false };
  return { sent: await send(to, rulings), count: rulings.length };
});
