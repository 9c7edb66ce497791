import { connect, createServer, type Socket } from 'node:net';

export interface TcpGate {
  /**
   * Cuts every open connection and refuses new ones for `forMs`, then lets them through again:
   * what clients see of a service they cannot reach, while the service behind keeps running.
   */
  cut(forMs: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A TCP relay on `port` to `targetPort` on this machine. It stands in for a network outage in
 * front of DynamoDB Local: stopping the emulator's process instead can lose transactions it has
 * already acknowledged (it applies them from a queue), which real DynamoDB never does.
 */
export async function startTcpGate(options: { port: number; targetPort: number }): Promise<TcpGate> {
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(options.targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.once('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  /** Stops listening and cuts what is open (the server closes only once its connections have). */
  const shut = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of open) socket.destroy();
    await closed;
  };
  await listen();
  return {
    async cut(forMs) {
      await shut();
      await new Promise((resolve) => setTimeout(resolve, forMs));
      await listen();
    },
    stop: shut,
  };
}
