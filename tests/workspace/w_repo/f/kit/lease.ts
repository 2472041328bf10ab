// Leases on campaigns, released when the holder's scope ends.
const LEASES = "https://leases.internal/v1";

export class CampaignLease {
  constructor(public readonly campaignId: string) {}

  async [Symbol.asyncDispose](): Promise<void> {
    await fetch(`${LEASES}/${this.campaignId}/release`, { method: "POST" });
  }
}

export class LocalMark {
  held = true;
  constructor(public readonly campaignId: string) {}

  [Symbol.dispose](): void {
    this.held = false;
  }
}
