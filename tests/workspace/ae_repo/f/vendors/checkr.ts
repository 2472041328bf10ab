// Background checks for applicants.
export default class CheckrClient {
  constructor(private readonly apiKey: string = "ck_live_harbor") {}

  async createReport(candidateId: string, pkg = "tasker_standard"): Promise<{ id: string; status: string }> {
    const resp = await fetch("https://api.checkr.com/v1/reports", {
      method: "POST",
      headers: { authorization: `Basic ${btoa(this.apiKey + ":")}` },
      body: JSON.stringify({ candidate_id: candidateId, package: pkg }),
    });
    return (await resp.json()) as { id: string; status: string };
  }

  describe(candidateId: string): string {
    return `checkr candidate ${candidateId}`;
  }
}
