import { createServer } from 'node:http';

export interface FakeWebhook {
  url: string;
  /** Markdown contents received, with the time each arrived. */
  posts(): { content: string; at: number }[];
  /** Answers with this errcode from now on (0: accept). */
  answerWith(errcode: number): void;
  stop(): Promise<void>;
}

/** A local stand-in for a WeCom group robot's webhook (POST JSON, answers {errcode, errmsg}). */
export async function fakeWebhook(): Promise<FakeWebhook> {
  const posts: { content: string; at: number }[] = [];
  let errcode = 0;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString('utf8')));
    req.on('end', () => {
      const body = JSON.parse(raw) as { msgtype?: string; markdown?: { content?: string } };
      if (errcode === 0 && body.msgtype === 'markdown') posts.push({ content: body.markdown?.content ?? '', at: Date.now() });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ errcode, errmsg: errcode ? 'refused' : 'ok' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/cgi-bin/webhook/send?key=test`,
    posts: () => [...posts],
    answerWith: (code) => void (errcode = code),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
