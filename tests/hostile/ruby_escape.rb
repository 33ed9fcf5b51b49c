# expect: success
# Ruby: read /etc/shadow and the canary, run a shell (backticks, system,
# fork + exec), make namespaces and mount through Kernel#syscall (raw system
# calls: unshare, mount, ptrace), connect to the harness's listener over TCP
# and send it UDP. Every attempt must fail; the harness checks the listener
# saw nothing.
require 'socket'

vals = {}
$stdin.read.each_line do |l|
  k, v = l.chomp.split(' ', 2)
  vals[k] = v if v
end
leaks = []
['/etc/shadow', '/etc/passwd', vals['CANARY'], '/proc/1/environ'].each do |p|
  begin
    leaks << "read #{p}" unless File.binread(p).empty?
  rescue StandardError
    nil
  end
end
begin
  out = `cat /etc/shadow /etc/passwd 2>/dev/null`
  leaks << "backticks ran a shell: #{out[0, 40].inspect}" unless out.to_s.empty?
rescue StandardError
  nil
end
begin
  leaks << 'system() ran a shell' if system('/bin/sh', '-c', 'exit 0')
rescue StandardError
  nil
end
begin
  pid = fork { exec('/bin/sh', '-c', 'echo LEAK: fork+exec ran a shell') }
  Process.wait(pid) if pid
rescue StandardError
  nil
end
[[272, 0x10000000 | 0x20000], [272, 0x40000000]].each do |nr, flags|
  begin
    leaks << "unshare(#{flags.to_s(16)}) succeeded" if syscall(nr, flags).zero?
  rescue SystemCallError, NotImplementedError
    nil
  end
end
begin
  leaks << 'mounted a tmpfs' if syscall(165, 'none', '/tmp', 'tmpfs', 0, 0).zero?
rescue SystemCallError, NotImplementedError
  nil
end
begin
  leaks << 'ptrace attached to the parent' if syscall(101, 16, Process.ppid, 0, 0).zero?
rescue SystemCallError, NotImplementedError
  nil
end
begin
  s = Socket.tcp('127.0.0.1', vals['PORT'].to_i, connect_timeout: 2)
  leaks << 'connected to the listener over TCP'
  s.close
rescue StandardError
  nil
end
begin
  u = UDPSocket.new
  u.send('lcpwn', 0, '127.0.0.1', vals['PORT'].to_i)
  leaks << 'sent UDP to the listener'
rescue StandardError
  nil
end
leaks.each { |l| puts "LEAK: #{l}" }
puts 'OK' if leaks.empty?
