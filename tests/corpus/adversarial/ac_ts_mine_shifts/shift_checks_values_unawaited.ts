// SDK: windmill-client 1.818.0 client.mjs: the checks mapped from Object.values are started (their keys allocated) but only their count is returned; nothing awaits them, so the round finishes without their results and a failed check is only logged
import { task, step, workflow } from "windmill-client";

const checkRefugeChamber = task(async (level: string) => {
  const r = await fetch(`https://safety.deepcore.example/api/levels/${level}/refuge`);
  return { check: "refuge", ok: r.ok };
});

const checkFirstAid = task(async (level: string) => {
  const r = await fetch(`https://safety.deepcore.example/api/levels/${level}/first-aid`);
  return { check: "first_aid", ok: r.ok };
});

const checkSelfRescuers = task(async (level: string) => {
  const r = await fetch(`https://safety.deepcore.example/api/levels/${level}/scsr`);
  return { check: "scsr", ok: r.ok };
});

const CHECKS = { refuge: checkRefugeChamber, firstAid: checkFirstAid, scsr: checkSelfRescuers };

const signOffLevel = task(async (level: string, supervisor: string) => {
  await fetch(`https://safety.deepcore.example/api/levels/${level}/signoff`, { method: "POST", body: JSON.stringify({ supervisor }) });
  return { level, signedBy: supervisor };
});

export const main = workflow(async (levels: string[], supervisor: string) => {
  const signed = [];
  for (const level of levels) {
    const started = Object.values(CHECKS).map((check) => check(level)); // expect: WAC106
    console.log(`${level}: ${started.length} checks started`);
    signed.push(await signOffLevel(level, supervisor));
  }
  const when = await step("signed_at", () => new Date().toISOString());
  return { signed, when };
});
