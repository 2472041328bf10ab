// The infrastructure manager: track sections and possessions.
import { ApiBase } from "./base.ts";
import { Paged } from "./mixins.ts";

export interface Possession {
  section: string;
  from_km: number;
  to_km: number;
  starts: string;
  ends: string;
}

class InfraClient extends Paged(ApiBase) {
  async possessions(line: string): Promise<Possession[]> {
    return this.all<Possession>(`/lines/${line}/possessions`);
  }

  overlaps(a: Possession, b: Possession): boolean {
    return a.section === b.section && a.from_km < b.to_km && b.from_km < a.to_km;
  }
}

export default new InfraClient("https://infra.westbahn-regional.at/api");
