// Departure boards of the stations.
export interface Departure {
  train: string;
  platform: string;
  planned: string;
  delayMin: number;
}

export default class DepartureBoard {
  static readonly base = "https://dbi.westbahn-regional.at/api/boards";

  static render(deps: Departure[]): string[] {
    return deps.map((d) => `${d.planned} ${d.train} Gl.${d.platform}${d.delayMin ? ` +${d.delayMin}` : ""}`);
  }

  static async push(station: string, lines: string[]): Promise<number> {
    const resp = await fetch(`${DepartureBoard.base}/${station}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ lines }),
    });
    return resp.status;
  }
}
