// SDK: windmill-client 1.818.0 client.mjs: `_.once` caches within one process only; every replay is a fresh run of the body, so the token request runs each round.
import _ from "lodash";
import { task, workflow } from "windmill-client";

const getToken = _.once(async () => {
  const r = await fetch("https://auth.example.com/oauth/token", { method: "POST", body: "grant_type=client_credentials" });
  return ((await r.json()) as { access_token: string }).access_token;
});

const syncContacts = task(async (token: string, listId: string) => ({ listId, synced: token.length > 0 }));

export const main = workflow(async (listId: string) => {
  const token = await getToken(); // expect: WAC101
  return await syncContacts(token, listId);
});
