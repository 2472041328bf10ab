// SDK: windmill-client 1.818.0 StepSuspend extends Error; an optional catch binding that moves on swallows it
import { task, workflow } from "windmill-client";

type Subscriber = { id: string; email: string; locale: string };

const renderDigest = task(async (subscriberId: string, locale: string) => {
  const res = await fetch(`https://digest.internal/render/${subscriberId}?locale=${locale}`);
  return await res.text();
});

const sendDigest = task(async (email: string, html: string) => {
  const res = await fetch("https://mail.internal/send", { method: "POST", body: JSON.stringify({ to: email, html }) });
  return res.status;
});

export const main = workflow(async (subscribers: Subscriber[]) => {
  let sent = 0;
  for (const s of subscribers) {
    try {
      const html = await renderDigest(s.id, s.locale);
      await sendDigest(s.email, html);
      sent++;
    } catch { // expect: WAC202
      continue;
    }
  }
  return { sent, total: subscribers.length };
});
