// SDK: windmill-client 1.818.0 client.mjs: a task runs as its own job and its result is JSON-decoded (`JsonifiedFn`); a class instance comes back as its own fields only, so the `isExpiring` getter reads `undefined` and no renewal is ever sent
import { task, workflow } from "windmill-client";

class StorageContract {
  constructor(
    readonly vessel: string,
    readonly owner: string,
    readonly endsOn: string,
    readonly asOf: string,
  ) {}
  get isExpiring(): boolean {
    const days = (Date.parse(this.endsOn) - Date.parse(this.asOf)) / 86_400_000;
    return days >= 0 && days <= 30;
  }
}

const loadContracts = task(async (yard: string, asOf: string): Promise<StorageContract[]> => {
  const r = await fetch(`https://yard.portobelo-marina.example/yards/${yard}/contracts`);
  const rows = (await r.json()) as { vessel: string; owner: string; ends_on: string }[];
  return rows.map((x) => new StorageContract(x.vessel, x.owner, x.ends_on, asOf)); // expect: WAC107
});

const sendRenewal = task(async (owner: string, vessel: string, endsOn: string) => {
  await fetch("https://mail.portobelo-marina.example/send", {
    method: "POST",
    body: JSON.stringify({ to: owner, template: "winter-storage-renewal", vessel, endsOn }),
  });
});

export const main = workflow(async (yard: string, asOf: string) => {
  const contracts = await loadContracts(yard, asOf);
  const expiring = contracts.filter((c) => c.isExpiring);
  for (const c of expiring) {
    await sendRenewal(c.owner, c.vessel, c.endsOn);
  }
  return { yard, contracts: contracts.length, reminded: expiring.length };
});
