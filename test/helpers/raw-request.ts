import { request, type OutgoingHttpHeaders } from 'node:http';

export interface Answer {
  status: number;
  body: string;
}

/**
 * One HTTP request to 127.0.0.1 exactly as given: fetch() sets Host and Origin itself, and merges a
 * header sent twice, which the host's guards must be tested against. `headers` may be a flat
 * [name, value, name, value…] list so that one header can repeat.
 */
export function rawRequest(port: number, path: string, headers: OutgoingHttpHeaders | string[], method = 'POST', body = '{}'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });
}
