// SDK: windmill-client 1.818.0 task(): positional args are mapped onto the function's parameter names and dispatched when called inside a workflow.
import { task } from "windmill-client";

export const sendEmail = task(async function sendEmail(to: string, subject: string, html: string) {
  const r = await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to, subject, html }),
  });
  return (await r.json()).id as string;
});

export const probeSmtp = task(async function probeSmtp(host: string) {
  const r = await fetch(`https://probe.internal/smtp/${host}`);
  return { via: "smtp", ok: r.ok };
});

export const probeApi = task(async function probeApi(host: string) {
  const r = await fetch(`https://probe.internal/api/${host}`);
  return { via: "api", ok: r.ok };
});

export const rebuildSegment = task(async function rebuildSegment(region: string, segment: string) {
  const r = await fetch(`https://segments.internal/${region}/${segment}/rebuild`, { method: "POST" });
  return (await r.json()) as { size: number };
});
