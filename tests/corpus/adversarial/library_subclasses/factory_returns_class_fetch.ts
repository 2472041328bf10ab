// SDK: windmill-client 1.818.0 client.mjs: the body replays from the top; `crmFor(env)` returns a `Crm`, whose `upsert` calls `fetch`, so the contact is posted again on every replay.
import { task, workflow } from "windmill-client";

class Crm {
  constructor(private base: string) {}
  async upsert(contact: { email: string }) {
    const res = await fetch(`${this.base}/contacts`, { method: "POST", body: JSON.stringify(contact) });
    return res.json();
  }
}

function crmFor(env: string) {
  return new Crm(env === "prod" ? "https://crm.example.com" : "https://crm.staging.example.com");
}

const welcome = task(async (email: string) => email);

export const main = workflow(async (contact: { email: string }, env: string) => {
  const crm = crmFor(env);
  await crm.upsert(contact); // expect: WAC101
  return await welcome(contact.email);
});
