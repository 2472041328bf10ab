// Label printing helpers for the bottling line.
export default class LabelPrinter {
  static stamp(): string {
    return new Date().toISOString().slice(0, 16);
  }

  static format(beer: string, lot: string): string {
    return `${beer.toUpperCase()} / ${lot}`;
  }

  async print(text: string): Promise<void> {
    await fetch("http://label-printer.bottling.lan/print", { method: "POST", body: text });
  }
}
