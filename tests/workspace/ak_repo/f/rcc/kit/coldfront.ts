import { RestBase } from "./rest.ts";

class Coldfront extends RestBase {
  async allocations(project: string): Promise<{ resource: string; quota_tib: number }[]> {
    return this.request(`/api/allocations?project=${encodeURIComponent(project)}`);
  }

  portalLink(project: string): string {
    return this.link(`/project/${project}`);
  }
}

export default new Coldfront("https://coldfront.rcc.example.edu");
