// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the helper binds to LDAP and searches, in the body, on every replay.
import { Client } from "ldapts";
import { task, workflow } from "windmill-client";

const LDAP_PW = process.env.LDAP_PW ?? "";

async function findManager(uid: string): Promise<string | undefined> {
  const client = new Client({ url: "ldaps://ldap.example.com" });
  await client.bind("cn=svc,dc=example,dc=com", LDAP_PW);
  const { searchEntries } = await client.search("ou=people,dc=example,dc=com", { filter: `(uid=${uid})` });
  await client.unbind();
  return searchEntries[0]?.manager as string | undefined;
}

const requestAccess = task(async (uid: string, manager: string) => ({ uid, manager, requested: true }));

export const main = workflow(async (uid: string) => {
  const manager = await findManager(uid); // expect: WAC101
  if (!manager) return { uid, error: "no manager" };
  return await requestAccess(uid, manager);
});
