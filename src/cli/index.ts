import { run } from './main';

// `reconnect due | head`: a closed pipe ends the output quietly, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

process.exitCode = run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  isTty: process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
});
