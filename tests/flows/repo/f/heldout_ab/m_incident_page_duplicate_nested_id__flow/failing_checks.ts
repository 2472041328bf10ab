import * as wmill from "windmill-client";

type Check = { id: string; name: string; owner: string; severity: "critical" | "warning" };

export async function main() {
  const ck = await wmill.getResource("f/sre/checkly");
  const res = await fetch("https://api.checklyhq.com/v1/check-statuses", {
    headers: { Authorization: `Bearer ${ck.token}`, "X-Checkly-Account": ck.account_id },
  });
  const statuses: { checkId: string; name: string; hasFailures: boolean; tags: string[] }[] = await res.json();
  const failing: Check[] = statuses
    .filter((s) => s.hasFailures)
    .map((s) => ({
      id: s.checkId,
      name: s.name,
      owner: s.tags.find((t) => t.startsWith("owner:"))?.slice(6) ?? "sre",
      severity: s.tags.includes("critical") ? "critical" : "warning",
    }));
  return failing;
}
