// SDK: windmill-client 1.818.0 client.mjs task(fn) names the step after fn.name; a function declaration used before its line (hoisted) is a top-level task body.
import { task, workflow } from "windmill-client";

const sendEmail = task(sendEmailImpl);

export const main = workflow(async (to: string[], subject: string) => {
  const ids: string[] = [];
  for (const addr of to) ids.push(await sendEmail(addr, subject, render(subject, addr)));
  return { sent: ids.length };
});

function render(subject: string, addr: string): string {
  return `<h1>${subject}</h1><p>Hello ${addr.split("@")[0]}</p>`;
}

async function sendEmailImpl(to: string, subject: string, html: string): Promise<string> {
  const res = await fetch("https://mail.example.com/api/send", {
    method: "POST",
    body: JSON.stringify({ to, subject, html }),
  });
  return ((await res.json()) as { id: string }).id;
}
