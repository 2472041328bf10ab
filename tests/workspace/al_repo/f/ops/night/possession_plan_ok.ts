// Plan the night's track possessions: approve clashing requests, then close the sections.
import { sleep, task, taskScript, waitForApproval, workflow } from "windmill-client";
import { infra, paths } from "../../rail/kit/index.ts";

const closeTrack = taskScript(paths.Scripts.closeTrack);

const requestedPossessions = task(async function requestedPossessions(line: string) {
  return await infra.possessions(line);
});

export const main = workflow(async (line: string, night: string) => {
  const requested = await requestedPossessions(line);
  const clashes = requested.filter((a, i) => requested.slice(i + 1).some((b) => infra.overlaps(a, b)));
  if (clashes.length > 0) {
    await waitForApproval({ timeout: 7200, description: `${clashes.length} clashing possessions on ${line}` });
  }
  for (const p of requested) {
    await closeTrack({ section: p.section, from_km: p.from_km, to_km: p.to_km, reason: `night works ${night}` });
    await sleep(2);
  }
  return { line, night, closed: requested.length };
});
