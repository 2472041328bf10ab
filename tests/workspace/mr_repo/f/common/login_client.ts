export class LoggedIn {
  token: Promise<string>;

  constructor(private url: string, user: string) {
    this.token = fetch(`${url}/login`, { method: "POST", body: user }).then((r) => r.text());
  }
}

export class Page {
  constructor(public url: string, public size = 50) {
    this.size = Math.min(size, 500);
  }
}

export async function main(url: string) {
  return new Page(url).size;
}
