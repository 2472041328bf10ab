// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the static async factory requests a token in the body on every replay.
import { task, workflow } from "windmill-client";

class Ledger {
  private constructor(readonly token: string) {}
  static async create(clientId: string): Promise<Ledger> {
    const r = await fetch("https://auth.ledger.example.com/oauth/token", {
      method: "POST",
      body: new URLSearchParams({ client_id: clientId, grant_type: "client_credentials" }),
    });
    return new Ledger(((await r.json()) as { access_token: string }).access_token);
  }
}

const post = task(async (token: string, entry: { account: string; cents: number }) => ({ ...entry, posted: token.length > 0 }));

export const main = workflow(async (clientId: string, account: string, cents: number) => {
  const ledger = await Ledger.create(clientId); // expect: WAC101
  return await post(ledger.token, { account, cents });
});
