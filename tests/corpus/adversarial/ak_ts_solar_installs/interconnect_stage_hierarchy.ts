// SDK: windmill-client 1.818.0 index.js `workflow` only marks the function; the body reruns from the top after every task, so a stage whose `run` posts with ofetch itself (not through a task) posts again on every replay that reaches it
// Agent-written: install stages as a class hierarchy; the base class's `execute` logs and calls the subclass's `run`.
import { ofetch } from "ofetch";
import { task, workflow } from "windmill-client";

type Site = { siteId: string; utility: string; kw: number };

const orderPanels = task(async function orderPanels(site: Site): Promise<{ orderId: string }> {
  return await ofetch<{ orderId: string }>("https://supply.sunroof.example/api/orders", { method: "POST", body: site });
});

abstract class InstallStage {
  abstract readonly label: string;
  protected abstract run(site: Site): Promise<Record<string, string>>;
  async execute(site: Site) {
    console.log(`[${site.siteId}] ${this.label}`);
    return { stage: this.label, ...(await this.run(site)) };
  }
}

class ProcurementStage extends InstallStage {
  readonly label = "procurement";
  protected async run(site: Site) {
    return await orderPanels(site);
  }
}

class InterconnectStage extends InstallStage {
  readonly label = "interconnect";
  protected async run(site: Site) {
    const res = await ofetch<{ applicationId: string }>(`https://grid.${site.utility}.example/api/interconnect`, {
      method: "POST",
      body: { site: site.siteId, kw: site.kw },
    });
    return { applicationId: res.applicationId };
  }
}

export const main = workflow(async (site: Site) => {
  const procurement = await new ProcurementStage().execute(site);
  const interconnect = await new InterconnectStage().execute(site); // expect: WAC101
  return [procurement, interconnect];
});
