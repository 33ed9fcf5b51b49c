# ---- LiteCode Ruby driver runtime (lib/judge/drivers/ruby/runtime.rb) ----
# The protocol is in lib/judge/signature.h. main.rb is one prelude line
# (json, ListNode and TreeNode as LeetCode defines them, all of stdin read
# into $lc__input, fd 0 reopened on /dev/null), the user's code unchanged,
# this runtime, then the generated call
#   lc__run([param types], return type, output index) { |a| name(*a) }
# Every name here starts with lc__. No recursion over lists or trees:
# 100,000-node chains work whatever the stack size.

LC__CAP = 1_000_000 # ListNode / TreeNode serialization node cap

def lc__die(msg)
  $stderr.write("litecode driver: #{msg}\n")
  $stderr.flush
  exit!(3)
end

# Whether v (parsed JSON) fits the package type t.
def lc__fits(t, v)
  case t
  when 'int', 'long' then v.is_a?(Integer)
  when 'double' then v.is_a?(Numeric)
  when 'bool' then v == true || v == false
  when 'string', 'character' then v.is_a?(String)
  when 'ListNode' then v.is_a?(Array) && v.all? { |x| x.is_a?(Integer) }
  when 'TreeNode' then v.is_a?(Array) && v.all? { |x| x.nil? || x.is_a?(Integer) }
  else
    t.end_with?('[]') && v.is_a?(Array) && v.all? { |x| lc__fits(t[0...-2], x) }
  end
end

def lc__new_list(a)
  head = nil
  a.reverse_each { |x| head = ListNode.new(x, head) }
  head
end

# LeetCode's level order: children are listed for non-null nodes only.
def lc__new_tree(a)
  return nil if a.empty? || a[0].nil?
  root = TreeNode.new(a[0], nil, nil)
  q = [root]
  qh = 0
  i = 1
  while i < a.length && qh < q.length
    nd = q[qh]
    q[qh] = nil
    qh += 1
    unless a[i].nil?
      nd.left = TreeNode.new(a[i], nil, nil)
      q << nd.left
    end
    i += 1
    if i < a.length
      unless a[i].nil?
        nd.right = TreeNode.new(a[i], nil, nil)
        q << nd.right
      end
      i += 1
    end
  end
  root
end

def lc__arg(line, t, test, param)
  begin
    v = JSON.parse(line, max_nesting: 64)
  rescue JSON::ParserError => e
    lc__die("test #{test} parameter #{param}: bad JSON: #{e.message[0, 80]}")
  end
  lc__die("test #{test} parameter #{param}: not a #{t}") unless lc__fits(t, v)
  case t
  when 'ListNode' then lc__new_list(v)
  when 'TreeNode' then lc__new_tree(v)
  when 'double' then v.to_f
  when 'double[]' then v.map(&:to_f)
  else v
  end
end

def lc__num(v)
  if v.is_a?(Float)
    return '"<invalid: nan>"' if v.nan? || v.infinite?
    return v.to_s
  end
  v.to_s
end

def lc__str(s)
  JSON.generate(s)
rescue StandardError
  '"<invalid: not UTF-8>"'
end

def lc__json(v, depth)
  case v
  when nil then 'null'
  when true then 'true'
  when false then 'false'
  when Integer, Float then lc__num(v)
  when String then lc__str(v)
  when Symbol then lc__str(v.to_s)
  when Array
    return '"<invalid: nested too deep>"' if depth > 64
    '[' + v.map { |x| lc__json(x, depth + 1) }.join(',') + ']'
  when ListNode then lc__list_json(v)
  when TreeNode then lc__tree_json(v)
  else
    v.respond_to?(:to_a) ? lc__json(v.to_a, depth) : '"<invalid: unserializable value>"'
  end
end

def lc__list_json(head)
  parts = []
  n = head
  until n.nil?
    return '"<invalid: list too long or cyclic>"' if parts.length >= LC__CAP
    parts << lc__json(n.val, 0)
    n = n.next
  end
  '[' + parts.join(',') + ']'
end

def lc__tree_json(root)
  return '[]' if root.nil?
  parts = []
  q = [root]
  qh = 0
  k = 0
  while qh < q.length
    n = q[qh]
    q[qh] = nil
    qh += 1
    if n.nil?
      parts << 'null'
      next
    end
    k += 1
    return '"<invalid: tree too large or cyclic>"' if k > LC__CAP
    parts << lc__json(n.val, 0)
    q << n.left << n.right
  end
  parts.pop while parts.last == 'null'
  '[' + parts.join(',') + ']'
end

def lc__answer(t, v)
  return lc__list_json(v) if t == 'ListNode' && (v.nil? || v.is_a?(ListNode))
  return lc__tree_json(v) if t == 'TreeNode' && (v.nil? || v.is_a?(TreeNode))
  lc__json(v, 0)
end

def lc__cpu
  Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID, :microsecond)
end

# types: the parameters' package types; ret: the return type ('void' with
# out >= 0, the index of the parameter whose final value is the answer).
def lc__run(types, ret, out)
  lines = $lc__input.split("\n")
  $lc__input = nil
  pos = 0
  nextline = lambda do |what|
    while pos < lines.length
      s = lines[pos]
      lines[pos] = nil
      pos += 1
      return s unless s.strip.empty?
    end
    lc__die("input ended early: #{what} missing")
  end
  first = nextline.call('the number of tests').strip
  lc__die("bad number of tests: #{first[0, 40]}") unless first.match?(/\A[0-9]+\z/)
  chan = IO.new(3, 'wb', autoclose: false)
  first.to_i.times do |i|
    args = types.each_with_index.map do |t, j|
      lc__arg(nextline.call("test #{i} parameter #{j}"), t, i, j)
    end
    c0 = lc__cpu
    r = yield(args)
    c = lc__cpu - c0
    body = out >= 0 ? lc__answer(types[out], args[out]) : lc__answer(ret, r)
    msg = "#LC #{i} #{c} #{body.bytesize}\n".b + body.b + "\n".b
    begin
      until msg.empty?
        n = chan.syswrite(msg)
        msg = msg.byteslice(n..-1)
      end
    rescue SystemCallError => e
      lc__die("cannot write the answer channel (fd 3): #{e.message}")
    end
  end
  $stdout.flush
  $stderr.flush
  exit!(0)
end
