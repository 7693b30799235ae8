import { run } from './main';

process.exitCode = run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  isTty: process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
});
