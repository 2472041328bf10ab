class LeaseManager {
  async acquire(node: string): Promise<{ node: string }> {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    return { node };
  }

  label(node: string): string {
    return `lease:${node}`;
  }
}

export const leases = new LeaseManager();
