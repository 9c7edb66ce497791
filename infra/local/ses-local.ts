import type { Server } from 'node:http';
import sesLocal from 'aws-ses-v2-local';

// A CommonJS module: its default export sits on `default` when imported from ESM.
const startSesServer = sesLocal.default;

export interface SesLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** The aws-ses-v2-local endpoint: SES's SendEmail/SendRawEmail, a web inbox at `/`, JSON at `/store`. */
export async function startSesLocal(options: { port: number }): Promise<SesLocal> {
  const server: Server = await startSesServer({ port: options.port, host: '127.0.0.1' });
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
