import { workflow } from "windmill-client";
import { Contacts, makeCrm } from "/f/common/crm.ts";

export const main = workflow(async (name: string) => {
  const contacts = Contacts.connect();
  const all = await contacts.list(); // expect: WAC101
  const crm = makeCrm("https://backup.example.com");
  const status = await crm.push({ name }); // expect: WAC101
  return { all, status };
});
