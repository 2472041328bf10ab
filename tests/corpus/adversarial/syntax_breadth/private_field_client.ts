// SDK: windmill-client 1.818.0 client.mjs: plain class methods run in the workflow body; a `#private` helper that fetches runs again on every replay.
import { task, workflow } from "windmill-client";

class CrmClient {
  #base: string;
  static #instances = 0;

  static {
    CrmClient.#instances = 0;
  }

  constructor(base: string) {
    this.#base = base;
    CrmClient.#instances += 1;
  }

  async #post(path: string, body: unknown): Promise<Response> {
    return fetch(`${this.#base}${path}`, { method: "POST", body: JSON.stringify(body) });
  }

  async tagContact(id: string, tag: string): Promise<number> {
    const res = await this.#post(`/contacts/${id}/tags`, { tag });
    return res.status;
  }
}

const findLead = task(async (email: string) => ({ id: "c_1", email }));

export const main = workflow(async (email: string, crmBase: string) => {
  const lead = await findLead(email);
  const crm = new CrmClient(crmBase);
  const status = await crm.tagContact(lead.id, "webinar"); // expect: WAC101
  return { lead, status };
});
