/**
 * The hardening benchmark's bystander: times GET /api/health every 20 ms until its parent sends
 * 'stop', then sends back the latencies and exits. It runs in a process of its own (forked by
 * run.ts), because the parent also fires hundreds of attack requests and reads their answers: in
 * one process those answers hold up the bystander's own event loop, and that wait (up to 200 ms
 * measured) was counted as the server's.
 *
 *   fork('bench/hardening/bystander.ts', [baseUrl])
 */
const url = `${process.argv[2]}/api/health`;
const EVERY_MS = 20;

let running = true;
process.on('message', (m) => {
  if (m === 'stop') running = false;
});
// The parent gone (killed, crashed): nobody will read the figures.
process.on('disconnect', () => process.exit(1));

async function timeOne(): Promise<number> {
  const t = performance.now();
  const res = await fetch(url).catch(() => null);
  await res?.arrayBuffer();
  return res?.ok ? performance.now() - t : Number.POSITIVE_INFINITY;
}

// The first request opens the keep-alive connection; only the ones after it are timed.
await timeOne();
process.send?.('ready');
const latencies: number[] = [];
while (running) {
  latencies.push(await timeOne());
  await new Promise((r) => setTimeout(r, EVERY_MS));
}
process.send?.({ latencies }, () => process.exit(0));
