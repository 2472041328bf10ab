// SDK: windmill-client 1.818.0: only task / step / sleep / approval results are checkpointed; an async generator the body drives with for await runs its fetch in the body on every replay
import { task, workflow } from "windmill-client";

type Contact = { id: string; email: string; unsubscribed: boolean };

const suppressEmails = task(async (emails: string[]) => {
  const r = await fetch("https://api.mailgun.net/v3/lists/newsletter/members.json", {
    method: "POST",
    headers: { Authorization: `Basic ${btoa(`api:${process.env.MAILGUN_KEY}`)}` },
    body: JSON.stringify({ members: emails.map((e) => ({ address: e, subscribed: false })) }),
  });
  return r.ok;
});

async function* exportPages(listId: string) {
  let url: string | null = `https://crm.internal/api/lists/${listId}/contacts?limit=500`;
  while (url) {
    const r = await fetch(url);
    const body = (await r.json()) as { data: Contact[]; next: string | null };
    yield body.data;
    url = body.next;
  }
}

export const main = workflow(async (listId: string) => {
  let suppressed = 0;
  for await (const batch of exportPages(listId)) { // expect: WAC101
    const emails = batch.filter((c) => c.unsubscribed).map((c) => c.email);
    if (emails.length && (await suppressEmails(emails))) suppressed += emails.length;
  }
  return { suppressed };
});
