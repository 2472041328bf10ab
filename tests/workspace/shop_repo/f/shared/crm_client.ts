export class CrmClient {
  constructor(private base = "https://crm.example.com") {}

  async push(record: { id: string }): Promise<number> {
    return await this.send("/records", record);
  }

  describe(record: { id: string }): string {
    return `${record.id}@${this.base}`;
  }

  private async send(path: string, body: unknown): Promise<number> {
    const res = await fetch(`${this.base}${path}`, { method: "POST", body: JSON.stringify(body) });
    return res.status;
  }
}
