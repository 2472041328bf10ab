// SDK: windmill-client 1.818.0 client.mjs: every round is a new process that loads the module; building the client at load runs its constructor, which requests a token again in each round.
import { task, workflow } from "windmill-client";

class TokenClient {
  token: Promise<string>;
  constructor(authUrl: string) {
    this.token = fetch(authUrl, { method: "POST" }).then((r) => r.text());
  }
}

const client = new TokenClient("https://auth.example.com/token"); // expect: WAC101

const sync = task(async (accountId: string) => ({ accountId }));

export const main = workflow(async (accountId: string) => {
  console.log(typeof client);
  return await sync(accountId);
});
