// SDK: windmill-client 1.818.0 client.mjs: the Microsoft Graph client's `.api(...).post(...)` sends mail through Graph; in the body each replay sends again.
import { Client } from "@microsoft/microsoft-graph-client";
import { task, workflow } from "windmill-client";

const summarize = task(async (items: string[]) => items.join("\n"));

export const main = workflow(async (token: string, to: string, items: string[]) => {
  const body = await summarize(items);
  const graph = Client.init({ authProvider: (done) => done(null, token) });
  await graph.api("/me/sendMail").post({ message: { subject: "Digest", body: { contentType: "Text", content: body }, toRecipients: [{ emailAddress: { address: to } }] } }); // expect: WAC101
  return { sent: true };
});
