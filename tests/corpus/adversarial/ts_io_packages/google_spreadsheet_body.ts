// SDK: windmill-client 1.818.0 client.mjs: google-spreadsheet's `addRow` appends to the sheet over the API; in the body each replay appends another row.
import { GoogleSpreadsheet } from "google-spreadsheet";
import { task, workflow } from "windmill-client";

const score = task(async (email: string) => ({ email, score: 7 }));

export const main = workflow(async (sheetId: string, auth: { email: string; key: string }, email: string) => {
  const s = await score(email);
  const doc = new GoogleSpreadsheet(sheetId, { apiKey: auth.key });
  await doc.sheetsByIndex[0].addRow({ email: s.email, score: s.score }); // expect: WAC101
  return s;
});
