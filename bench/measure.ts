/** Runs `run` after a warm-up and returns its median and p99 in milliseconds. */
export async function measure(label: string, run: () => Promise<unknown>, iterations = 300) {
  for (let i = 0; i < Math.min(20, iterations); i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const p99 = samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.99))]!;
  console.log(`  ${label.padEnd(44)} median ${median.toFixed(3)} ms   p99 ${p99.toFixed(3)} ms`);
  return { median, p99 };
}
