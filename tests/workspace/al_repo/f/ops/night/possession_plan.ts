// Plan the night's track possessions: approve clashing requests, then close the sections.
import { taskScript, waitForApproval, workflow } from "windmill-client";
import { infra, paths, pause } from "../../rail/kit/index.ts";

const closeTrack = taskScript(paths.Scripts.closeTrack);

export const main = workflow(async (line: string, night: string) => {
  const requested = await infra.possessions(line); // expect: WAC101
  const clashes = requested.filter((a, i) => requested.slice(i + 1).some((b) => infra.overlaps(a, b)));
  if (clashes.length > 0) {
    await waitForApproval({ timeout: 7200, description: `${clashes.length} clashing possessions on ${line}` });
  }
  for (const p of requested) {
    await closeTrack({ section: p.section, from_km: p.from_km, to_km: String(p.to_km), reason: `night works ${night}` }); // expect: WAC402
    await pause(2000); // expect: WAC101
  }
  return { line, night, closed: requested.length };
});
