import { RestBase } from "./rest.ts";

export type TransferItem = { source_path: string; destination_path: string; recursive?: boolean };

export class Globus extends RestBase {
  async submitTransfer(src: string, dst: string, items: TransferItem[]): Promise<{ task_id: string }> {
    return this.request("/v0.10/transfer", {
      method: "POST",
      body: JSON.stringify({ DATA_TYPE: "transfer", source_endpoint: src, destination_endpoint: dst, DATA: items }),
    });
  }

  async taskStatus(taskId: string): Promise<{ status: string }> {
    return this.request(`/v0.10/task/${taskId}`);
  }

  label(src: string, dst: string): string {
    return `rcc ${src.slice(0, 8)} -> ${dst.slice(0, 8)}`;
  }
}
