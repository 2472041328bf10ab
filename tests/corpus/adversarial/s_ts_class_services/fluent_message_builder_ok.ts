// SDK: windmill-client 1.818.0 client.mjs step() (the post runs once in the step), waitForApproval({ key }), task()
import { step, task, waitForApproval, workflow } from "windmill-client";

class TeamsCard {
  private readonly sections: { title: string; text: string }[] = [];
  private summary = "";

  constructor(private readonly webhookUrl: string) {}

  titled(summary: string): this {
    this.summary = summary;
    return this;
  }

  section(title: string, text: string): this {
    this.sections.push({ title, text });
    return this;
  }

  toJSON() {
    return { "@type": "MessageCard", summary: this.summary, sections: this.sections };
  }

  async post(): Promise<number> {
    const res = await fetch(this.webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(this),
    });
    return res.status;
  }
}

const rotateKeys = task(async (service: string) => {
  const res = await fetch(`https://vault.internal/v1/rotate/${service}`, { method: "POST" });
  return ((await res.json()) as { version: number }).version;
});

export const main = workflow(async (service: string, teams_webhook: string) => {
  const card = new TeamsCard(teams_webhook)
    .titled(`Key rotation for ${service}`)
    .section("Action", "Approve to rotate the signing keys");
  const status = await step("notify_teams", () => card.post());
  const approval = await waitForApproval({ key: "rotate", timeout: 3600 });
  if (!approval.approved) return { service, rotated: false, notified: status };
  const version = await rotateKeys(service);
  return { service, rotated: true, version, card: card.toJSON().summary };
});
