// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body is re-run from the top after each task; `Crm.Contacts.upsert` (a fetch inside a nested namespace) runs on every replay.
import { task, workflow } from "windmill-client";

namespace Crm {
  const BASE = "https://crm.example.com/api";

  export namespace Contacts {
    export async function upsert(email: string, fields: Record<string, unknown>) {
      const res = await fetch(`${BASE}/contacts`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, ...fields }),
      });
      return (await res.json()) as { id: string };
    }
  }
}

const scoreLead = task(async function scoreLead(email: string) {
  return email.endsWith(".com") ? 80 : 40;
});

export const main = workflow(async (email: string) => {
  const score = await scoreLead(email);
  const contact = await Crm.Contacts.upsert(email, { score }); // expect: WAC101
  return { contact: contact.id, score };
});
