// SDK: windmill-client 1.818.0 Promise.allSettled and a swallowing catch inside a task body (its own job); structuredClone / Object.groupBy / JSON.parse of inputs in the body; a try/catch in the body around pure parsing only; overrides given as a list of objects (windmill-oracle sig: a list of objects)
import { task, workflow } from "windmill-client";

type ServiceLine = { address: string; material: "lead" | "galvanized" | "copper" | "unknown"; source: string };

const lookupRecords = task(async (addresses: string[]): Promise<ServiceLine[]> => {
  const settled = await Promise.allSettled(
    addresses.map(async (address) => {
      const res = await fetch(`https://records.water.example/lines?address=${encodeURIComponent(address)}`);
      if (!res.ok) throw new Error(String(res.status));
      return (await res.json()) as ServiceLine;
    }),
  );
  return settled.map((s, i) =>
    s.status === "fulfilled" ? s.value : { address: addresses[i], material: "unknown", source: "lookup failed" },
  );
});

const fileInventory = task(async (utilityId: string, lines: ServiceLine[]) => {
  try {
    const res = await fetch(`https://state-drinking-water.example/lsli/${utilityId}`, {
      method: "PUT",
      body: JSON.stringify(lines),
    });
    return { accepted: res.ok, status: res.status };
  } catch {
    return { accepted: false, status: 0 };
  }
});

export const main = workflow(async (utilityId: string, addressesJson: string, overrides: { address: string; material: ServiceLine["material"] }[] = []) => {
  let addresses: string[];
  try {
    addresses = JSON.parse(addressesJson);
  } catch {
    throw new Error("addressesJson must be a JSON array of strings");
  }
  const found = await lookupRecords(addresses);
  const lines = structuredClone(found);
  const byAddress = new Map(overrides.map((o) => [o.address, o.material]));
  for (const line of lines) line.material = byAddress.get(line.address) ?? line.material;
  const grouped = Object.groupBy(lines, (l) => l.material);
  const filing = await fileInventory(utilityId, lines);
  return {
    filing,
    counts: Object.fromEntries(Object.entries(grouped).map(([k, v]) => [k, v?.length ?? 0])),
  };
});
