// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; appending to the sheet in the body appends a row each round.
import { google } from "googleapis";
import { task, workflow } from "windmill-client";

const sheets = google.sheets({ version: "v4" });
const score = task(async (lead: string) => ({ lead, score: 42 }));

export const main = workflow(async (sheetId: string, lead: string) => {
  const s = await score(lead);
  await sheets.spreadsheets.values.append({ spreadsheetId: sheetId, range: "A1", requestBody: { values: [[lead, s.score]] } }); // expect: WAC101
  return s;
});
