// Tell riders about a delay on a line and put it on the station's departure board.
import { taskScript, workflow } from "windmill-client";
import * as kit from "/f/rail/kit/index.ts";

const notify = taskScript(kit.paths.Scripts.notify);

export const main = workflow(async (line: string, station: string, delayMin: number) => {
  await notify({ line, text: `+${delayMin} min at ${station}` }); // expect: WAC402
  const status = await kit.board.push(station, [`${line} +${delayMin} min`]); // expect: WAC101
  return { key: kit.disruptionKey(line, station), status };
});
