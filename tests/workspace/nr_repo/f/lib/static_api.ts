export class Api {
  static async post(url: string, body: object): Promise<number> {
    const res = await fetch(url, { method: "POST", body: JSON.stringify(body) });
    return res.status;
  }

  static path(...parts: string[]): string {
    return parts.join("/");
  }
}

export async function main() {
  return Api.path("a", "b");
}
