// A time-boxed lease on a data-transfer node.
export class Lease {
  constructor(
    readonly node: string,
    readonly untilMs: number,
  ) {}

  get expired(): boolean {
    return Date.now() > this.untilMs;
  }

  get label(): string {
    return `${this.node} until ${new Date(this.untilMs).toISOString()}`;
  }
}
