// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a method destructured off the file's API object still fetches when called in the body.
import { task, workflow } from "windmill-client";

const crm = {
  async findContact(email: string) {
    const r = await fetch(`https://crm.example.com/contacts?email=${encodeURIComponent(email)}`);
    return (await r.json()) as { id: string } | null;
  },
  label(email: string) {
    return email.split("@")[0];
  },
};

const create = task(async (email: string) => ({ id: `new-${email}` }));

export const main = workflow(async (email: string) => {
  const { findContact, label } = crm;
  const existing = await findContact(email); // expect: WAC101
  console.log("contact", label(email));
  return existing ?? (await create(email));
});
