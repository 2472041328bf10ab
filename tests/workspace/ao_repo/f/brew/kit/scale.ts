// The keg scale on the cellar floor.
export default class Scale {
  constructor(private readonly base: string = "http://keg-scale.cellar.lan") {}

  async weigh(bin: string): Promise<number> {
    const res = await fetch(`${this.base}/bins/${bin}`);
    return (await res.json()).kg as number;
  }

  net(grossKg: number, tareKg = 13.2): number {
    return Math.max(0, grossKg - tareKg);
  }
}
