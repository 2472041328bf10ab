// SDK: windmill-client 1.818.0 client.mjs: the body replays; resend.emails.send sends the mail again on every replay.
import { Resend } from "resend";
import { task, workflow } from "windmill-client";

const resend = new Resend("re_test_key");

const render = task(async (name: string) => `<p>Welcome, ${name}</p>`);

export const main = workflow(async (name: string, to: string) => {
  const html = await render(name);
  await resend.emails.send({ from: "hi@example.com", to, subject: "Welcome", html }); // expect: WAC101
  return html.length;
});
