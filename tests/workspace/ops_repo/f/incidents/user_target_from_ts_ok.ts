// SDK: windmill-client 1.818.0 taskScript accepts u/<user>/ paths; scratch_note takes note, pinned.
import { taskScript, workflow } from "windmill-client";

const keepNote = taskScript("u/dana/scratch_note");

export const main = workflow(async (note: string) => {
  return await keepNote({ note });
});
