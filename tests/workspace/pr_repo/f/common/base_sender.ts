export class BaseSender {
  async send(message: string): Promise<string> {
    const text = this.frame(message);
    return await this.deliver(text);
  }

  frame(message: string): string {
    return `<${message}>`;
  }

  async deliver(text: string): Promise<string> {
    return text;
  }
}
