import * as wmill from "windmill-client";

export async function main(digest: string) {
  const scanner = await wmill.getResource("f/heldout_ang/scanner");
  const res = await fetch(`${scanner.url}/scan/${digest}`, { headers: { "X-Api-Key": scanner.key } });
  const report = await res.json();
  return { critical: Number(report.critical ?? 0), high: Number(report.high ?? 0) };
}
