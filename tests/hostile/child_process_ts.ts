// expect: success
/* TypeScript (compiled by tsc, run by node): spawn a shell that reads /etc/shadow and the canary
 * (child_process.execSync), read them with fs, connect to the harness's
 * listener (net.connect) and send UDP (dgram). Every attempt must fail; the
 * harness checks the listener saw nothing. */
const fs = require('fs');
const net = require('net');
const dgram = require('dgram');
const cp = require('child_process');

const vals: any = {};
for (const l of fs.readFileSync(0, 'utf8').split('\n')) {
  const i = l.indexOf(' ');
  if (i > 0) vals[l.slice(0, i)] = l.slice(i + 1);
}
const port = Number(vals.PORT);
const canary = vals.CANARY;
const leaks = [];
for (const p of ['/etc/shadow', '/etc/passwd', canary, '/proc/1/environ']) {
  try {
    if (fs.readFileSync(p).length) leaks.push('read ' + p);
  } catch (e) { /* expected */ }
}
try {
  const out = cp.execSync(`cat /etc/shadow /etc/passwd '${canary}' 2>/dev/null`, {timeout: 5000});
  if (out.length) leaks.push('shell printed ' + out.toString().slice(0, 40));
} catch (e) { /* cat fails: expected */ }

let pending = 2;
function done() {
  if (--pending) return;
  for (const l of leaks) console.log('LEAK: ' + l);
  if (!leaks.length) console.log('OK');
  process.exit(0);
}
const c = net.connect({host: '127.0.0.1', port});
c.on('connect', () => { leaks.push('connected to 127.0.0.1:' + port); c.destroy(); done(); });
c.on('error', () => done());
try {
  const u = dgram.createSocket('udp4');
  u.on('error', () => { try { u.close(); } catch (e) {} done(); });
  u.send('lcpwn', port, '127.0.0.1', (err) => {
    if (!err) leaks.push('sent UDP to the listener');
    try { u.close(); } catch (e) {}
    done();
  });
} catch (e) {
  done();
}
setTimeout(() => { pending = 1; done(); }, 3000);
