import { workflow } from "windmill-client";
import * as crm from "../common/crm.ts";

export const main = workflow(async (name: string) => {
  const contacts = new crm.Contacts();
  const client = crm.makeCrm("https://backup.example.com");
  const all = await contacts.list(); // expect: WAC101
  const status = await client.push({ name }); // expect: WAC101
  return { all, status, link: client.route(name) };
});
