// SDK: windmill-client 1.818.0 client.mjs: approvals with explicit distinct keys inside labelled loops; `continue rounds` / `break rounds` only depend on checkpointed approval values, so each replay walks the same path; the key is read from a constant table, which the guide's constant-name advice still asks to write out (a warning)
import { task, step, workflow, waitForApproval, getApprovalUrls } from "windmill-client";

const shortlist = task(async (section: string, round: number, keep: number) => {
  const r = await fetch(`https://jury.reelfest.example/api/sections/${section}/shortlist?round=${round}&keep=${keep}`);
  return (await r.json()) as string[];
});

const postToJuryChannel = task(async (section: string, round: number, films: string[], resume: string, cancel: string) => {
  await fetch("https://chat.reelfest.example/hooks/jury", {
    method: "POST",
    body: JSON.stringify({ text: `Round ${round} of ${section}: ${films.join(", ")}`, resume, cancel }),
  });
  return true;
});

const KEYS = ["round_1", "round_2", "round_3"] as const;

export const main = workflow(async (section: string) => {
  let finalists: string[] = [];
  rounds: for (let i = 0; i < KEYS.length; i++) {
    const key = KEYS[i];
    const films = await shortlist(section, i + 1, 10 >> i);
    if (films.length === 0) break rounds;
    const urls = await step("urls", () => getApprovalUrls(key));
    await postToJuryChannel(section, i + 1, films, urls.resume, urls.cancel);
    const decision = (await waitForApproval({ key, timeout: 3 * 24 * 3600 })) as { value?: { skip?: boolean } }; // expect: WAC103
    if (decision?.value?.skip) continue rounds;
    finalists = films;
  }
  return { section, finalists };
});
