// ---- LiteCode C++ driver runtime: the definitions (lib/judge/drivers/cpp/runtime_impl.cpp) ----
// Compiled once at build time after the prelude (prelude.hpp) and the
// interface (runtime.hpp) into lc_cpp_runtime.o. Protocol: lib/judge/signature.h.
// The POSIX calls used (read, write, clock_gettime) come with <bits/stdc++.h>.
namespace lc__ {


static const lc_ll lc_node_cap = 1000000;  // list/tree serialization guard

lc_str &lc_in()
{
    static lc_str lc_s;
    return lc_s;
}
std::size_t &lc_pos()
{
    static std::size_t lc_p = 0;
    return lc_p;
}

// Reads all of stdin, then points fd 0 at /dev/null so that user code sees
// EOF. Runs as an early constructor, before any static initializer of the
// user's code (priority 101 < the default), and again harmlessly from main.
void lc_slurp()
{
    static bool lc_done = false;
    if (lc_done)
        return;
    lc_done = true;
    char lc_b[1 << 16];
    for (;;) {
        ssize_t lc_n = ::read(0, lc_b, sizeof lc_b);
        if (lc_n > 0)
            lc_in().append(lc_b, static_cast<std::size_t>(lc_n));
        else if (lc_n < 0 && errno == EINTR)
            continue;
        else
            break;
    }
    if (!std::freopen("/dev/null", "r", stdin))
        ::close(0);
}
__attribute__((constructor(101))) static void lc_early() { lc_slurp(); }

[[noreturn]] void lc_fail(const char *lc_what)
{
    std::fprintf(stderr, "litecode driver: bad input at byte %zu: %s\n", lc_pos(), lc_what);
    std::fflush(stderr);
    std::_Exit(3);
}

// ---- JSON reading -----------------------------------------------------------
void lc_ws()
{
    const lc_str &lc_s = lc_in();
    std::size_t &lc_p = lc_pos();
    while (lc_p < lc_s.size() &&
           (lc_s[lc_p] == ' ' || lc_s[lc_p] == '\t' || lc_s[lc_p] == '\n' || lc_s[lc_p] == '\r'))
        ++lc_p;
}
bool lc_peek(char lc_c)
{
    lc_ws();
    return lc_pos() < lc_in().size() && lc_in()[lc_pos()] == lc_c;
}
void lc_expect(char lc_c)
{
    if (!lc_peek(lc_c)) {
        char lc_m[32];
        std::snprintf(lc_m, sizeof lc_m, "expected '%c'", lc_c);
        lc_fail(lc_m);
    }
    ++lc_pos();
}
bool lc_word(const char *lc_w)
{
    lc_ws();
    std::size_t lc_n = std::strlen(lc_w);
    if (lc_in().compare(lc_pos(), lc_n, lc_w) != 0)
        return false;
    lc_pos() += lc_n;
    return true;
}

lc_ll lc_integer(lc_ll lc_lo, lc_ll lc_hi)
{
    lc_ws();
    const lc_str &lc_s = lc_in();
    std::size_t &lc_p = lc_pos();
    bool lc_neg = false;
    if (lc_p < lc_s.size() && lc_s[lc_p] == '-') {
        lc_neg = true;
        ++lc_p;
    }
    if (lc_p >= lc_s.size() || lc_s[lc_p] < '0' || lc_s[lc_p] > '9')
        lc_fail("expected an integer");
    unsigned long long lc_v = 0;
    const unsigned long long lc_lim = lc_neg ? 9223372036854775808ULL : 9223372036854775807ULL;
    while (lc_p < lc_s.size() && lc_s[lc_p] >= '0' && lc_s[lc_p] <= '9') {
        unsigned lc_d = static_cast<unsigned>(lc_s[lc_p] - '0');
        if (lc_v > (lc_lim - lc_d) / 10)
            lc_fail("integer out of range");
        lc_v = lc_v * 10 + lc_d;
        ++lc_p;
    }
    if (lc_p < lc_s.size() && (lc_s[lc_p] == '.' || lc_s[lc_p] == 'e' || lc_s[lc_p] == 'E'))
        lc_fail("expected an integer, not a fraction");
    lc_ll lc_r = lc_neg ? static_cast<lc_ll>(0ULL - lc_v) : static_cast<lc_ll>(lc_v);
    if (lc_r < lc_lo || lc_r > lc_hi)
        lc_fail("integer out of range");
    return lc_r;
}

void lc_utf8(lc_str &lc_o, unsigned long lc_cp)
{
    if (lc_cp < 0x80) {
        lc_o += static_cast<char>(lc_cp);
    } else if (lc_cp < 0x800) {
        lc_o += static_cast<char>(0xC0 | (lc_cp >> 6));
        lc_o += static_cast<char>(0x80 | (lc_cp & 0x3F));
    } else if (lc_cp < 0x10000) {
        lc_o += static_cast<char>(0xE0 | (lc_cp >> 12));
        lc_o += static_cast<char>(0x80 | ((lc_cp >> 6) & 0x3F));
        lc_o += static_cast<char>(0x80 | (lc_cp & 0x3F));
    } else {
        lc_o += static_cast<char>(0xF0 | (lc_cp >> 18));
        lc_o += static_cast<char>(0x80 | ((lc_cp >> 12) & 0x3F));
        lc_o += static_cast<char>(0x80 | ((lc_cp >> 6) & 0x3F));
        lc_o += static_cast<char>(0x80 | (lc_cp & 0x3F));
    }
}

unsigned long lc_hex4()
{
    const lc_str &lc_s = lc_in();
    std::size_t &lc_p = lc_pos();
    if (lc_p + 4 > lc_s.size())
        lc_fail("bad \\u escape");
    unsigned long lc_v = 0;
    for (lc_i32 lc_k = 0; lc_k < 4; ++lc_k) {
        char lc_c = lc_s[lc_p++];
        lc_v <<= 4;
        if (lc_c >= '0' && lc_c <= '9')
            lc_v |= static_cast<unsigned long>(lc_c - '0');
        else if (lc_c >= 'a' && lc_c <= 'f')
            lc_v |= static_cast<unsigned long>(lc_c - 'a' + 10);
        else if (lc_c >= 'A' && lc_c <= 'F')
            lc_v |= static_cast<unsigned long>(lc_c - 'A' + 10);
        else
            lc_fail("bad \\u escape");
    }
    return lc_v;
}

lc_str lc_string()
{
    lc_expect('"');
    const lc_str &lc_s = lc_in();
    std::size_t &lc_p = lc_pos();
    lc_str lc_o;
    for (;;) {
        if (lc_p >= lc_s.size())
            lc_fail("unterminated string");
        char lc_c = lc_s[lc_p++];
        if (lc_c == '"')
            break;
        if (lc_c != '\\') {
            lc_o += lc_c;
            continue;
        }
        if (lc_p >= lc_s.size())
            lc_fail("unterminated string");
        char lc_e = lc_s[lc_p++];
        switch (lc_e) {
        case '"': lc_o += '"'; break;
        case '\\': lc_o += '\\'; break;
        case '/': lc_o += '/'; break;
        case 'b': lc_o += '\b'; break;
        case 'f': lc_o += '\f'; break;
        case 'n': lc_o += '\n'; break;
        case 'r': lc_o += '\r'; break;
        case 't': lc_o += '\t'; break;
        case 'u': {
            unsigned long lc_cp = lc_hex4();
            if (lc_cp >= 0xD800 && lc_cp < 0xDC00 && lc_p + 1 < lc_s.size() &&
                lc_s[lc_p] == '\\' && lc_s[lc_p + 1] == 'u') {
                std::size_t lc_save = lc_p;
                lc_p += 2;
                unsigned long lc_lo = lc_hex4();
                if (lc_lo >= 0xDC00 && lc_lo < 0xE000)
                    lc_cp = 0x10000 + ((lc_cp - 0xD800) << 10) + (lc_lo - 0xDC00);
                else
                    lc_p = lc_save;
            }
            lc_utf8(lc_o, lc_cp);
            break;
        }
        default: lc_fail("bad escape in string");
        }
    }
    return lc_o;
}

void lc_rd(lc_i32 &lc_v) { lc_v = static_cast<lc_i32>(lc_integer(INT32_MIN, INT32_MAX)); }
void lc_rd(lc_ll &lc_v) { lc_v = lc_integer(LLONG_MIN, LLONG_MAX); }
void lc_rd(long &lc_v) { lc_v = static_cast<long>(lc_integer(LONG_MIN, LONG_MAX)); }
void lc_rd(double &lc_v)
{
    lc_ws();
    const lc_str &lc_s = lc_in();
    std::size_t &lc_p = lc_pos();
    std::size_t lc_b = lc_p;
    while (lc_p < lc_s.size() && (std::isdigit(static_cast<unsigned char>(lc_s[lc_p])) ||
                                  lc_s[lc_p] == '-' || lc_s[lc_p] == '+' || lc_s[lc_p] == '.' ||
                                  lc_s[lc_p] == 'e' || lc_s[lc_p] == 'E'))
        ++lc_p;
    if (lc_b == lc_p)
        lc_fail("expected a number");
    const char *lc_f = lc_s.data() + lc_b;
    auto lc_r = std::from_chars(lc_f, lc_s.data() + lc_p, lc_v);
    if (lc_r.ec == std::errc::result_out_of_range) {
        // a denormal underflow or an overflow: strtod gives the nearest value
        lc_str lc_t(lc_f, lc_p - lc_b);
        lc_v = std::strtod(lc_t.c_str(), nullptr);
    } else if (lc_r.ec != std::errc() || lc_r.ptr != lc_s.data() + lc_p) {
        lc_fail("bad number");
    }
}
void lc_rd(bool &lc_v)
{
    if (lc_word("true"))
        lc_v = true;
    else if (lc_word("false"))
        lc_v = false;
    else
        lc_fail("expected true or false");
}
void lc_rd(lc_str &lc_v) { lc_v = lc_string(); }
// character: a one-character string; ASCII, or a code point up to U+00FF as one byte.
void lc_rd(char &lc_v)
{
    lc_str lc_s = lc_string();
    if (lc_s.size() == 1) {
        lc_v = lc_s[0];
        return;
    }
    if (lc_s.size() == 2 && (static_cast<unsigned char>(lc_s[0]) & 0xE0) == 0xC0) {
        unsigned lc_cp = ((static_cast<unsigned char>(lc_s[0]) & 0x1Fu) << 6) |
                         (static_cast<unsigned char>(lc_s[1]) & 0x3Fu);
        if (lc_cp < 0x100) {
            lc_v = static_cast<char>(lc_cp);
            return;
        }
    }
    lc_fail("expected a one-character string");
}
void lc_rd(ListNode *&lc_v)
{
    std::vector<lc_i32> lc_a;
    lc_rd(lc_a);
    lc_v = nullptr;
    for (std::size_t lc_k = lc_a.size(); lc_k-- > 0;)
        lc_v = new ListNode(lc_a[lc_k], lc_v);
}
// LeetCode's level order: children are listed for non-null nodes only.
void lc_rd(TreeNode *&lc_v)
{
    std::vector<TreeNode *> lc_a;
    lc_expect('[');
    if (lc_peek(']')) {
        ++lc_pos();
    } else {
        for (;;) {
            if (lc_word("null")) {
                lc_a.push_back(nullptr);
            } else {
                lc_i32 lc_x;
                lc_rd(lc_x);
                lc_a.push_back(new TreeNode(lc_x));
            }
            if (lc_peek(',')) {
                ++lc_pos();
                continue;
            }
            lc_expect(']');
            break;
        }
    }
    lc_v = lc_a.empty() ? nullptr : lc_a[0];
    if (!lc_v)
        return;
    std::size_t lc_next = 1;
    std::vector<TreeNode *> lc_q{lc_v};
    for (std::size_t lc_h = 0; lc_h < lc_q.size() && lc_next < lc_a.size(); ++lc_h) {
        TreeNode *lc_n = lc_q[lc_h];
        lc_n->left = lc_a[lc_next++];
        if (lc_n->left)
            lc_q.push_back(lc_n->left);
        if (lc_next < lc_a.size()) {
            lc_n->right = lc_a[lc_next++];
            if (lc_n->right)
                lc_q.push_back(lc_n->right);
        }
    }
}

// ---- JSON writing -----------------------------------------------------------
void lc_wr(lc_str &lc_o, lc_i32 lc_v) { lc_o += std::to_string(lc_v); }
void lc_wr(lc_str &lc_o, lc_ll lc_v) { lc_o += std::to_string(lc_v); }
void lc_wr(lc_str &lc_o, long lc_v) { lc_o += std::to_string(lc_v); }
void lc_wr(lc_str &lc_o, double lc_v)
{
    if (!std::isfinite(lc_v)) {
        lc_o += "\"<invalid: nan>\"";
        return;
    }
    char lc_b[64];
    auto lc_r = std::to_chars(lc_b, lc_b + sizeof lc_b, lc_v);  // shortest round-trip
    lc_o.append(lc_b, lc_r.ptr);
}
void lc_wr(lc_str &lc_o, bool lc_v) { lc_o += lc_v ? "true" : "false"; }

void lc_esc(lc_str &lc_o, unsigned long lc_cp)
{
    static const char lc_hx[] = "0123456789abcdef";
    switch (lc_cp) {
    case '"': lc_o += "\\\""; return;
    case '\\': lc_o += "\\\\"; return;
    case '\n': lc_o += "\\n"; return;
    case '\r': lc_o += "\\r"; return;
    case '\t': lc_o += "\\t"; return;
    case '\b': lc_o += "\\b"; return;
    case '\f': lc_o += "\\f"; return;
    default: break;
    }
    if (lc_cp < 0x20) {
        lc_o += "\\u00";
        lc_o += lc_hx[lc_cp >> 4];
        lc_o += lc_hx[lc_cp & 15];
        return;
    }
    lc_utf8(lc_o, lc_cp);
}
// UTF-8 passes through; bytes that are not valid UTF-8 become U+FFFD so the
// frame always stays valid JSON.
void lc_wr(lc_str &lc_o, const lc_str &lc_v)
{
    const unsigned char *lc_s = reinterpret_cast<const unsigned char *>(lc_v.data());
    std::size_t lc_n = lc_v.size(), lc_k = 0;
    lc_o += '"';
    while (lc_k < lc_n) {
        unsigned char lc_c = lc_s[lc_k];
        if (lc_c < 0x80) {
            lc_esc(lc_o, lc_c);
            ++lc_k;
            continue;
        }
        std::size_t lc_len = (lc_c & 0xE0) == 0xC0 ? 2 : (lc_c & 0xF0) == 0xE0 ? 3
                           : (lc_c & 0xF8) == 0xF0 ? 4 : 0;
        unsigned long lc_cp = lc_len == 2 ? (lc_c & 0x1Fu) : lc_len == 3 ? (lc_c & 0x0Fu)
                                                                        : (lc_c & 0x07u);
        bool lc_ok = lc_len != 0 && lc_k + lc_len <= lc_n;
        for (std::size_t lc_j = 1; lc_ok && lc_j < lc_len; ++lc_j) {
            if ((lc_s[lc_k + lc_j] & 0xC0) != 0x80)
                lc_ok = false;
            else
                lc_cp = (lc_cp << 6) | (lc_s[lc_k + lc_j] & 0x3Fu);
        }
        if (lc_ok && ((lc_len == 2 && lc_cp < 0x80) || (lc_len == 3 && lc_cp < 0x800) ||
                      (lc_len == 4 && (lc_cp < 0x10000 || lc_cp > 0x10FFFF)) ||
                      (lc_cp >= 0xD800 && lc_cp < 0xE000)))
            lc_ok = false;
        if (lc_ok) {
            lc_o.append(lc_v, lc_k, lc_len);
            lc_k += lc_len;
        } else {
            lc_o += "\xEF\xBF\xBD";
            ++lc_k;
        }
    }
    lc_o += '"';
}
// character: a one-character string (a byte >= 0x80 is taken as U+0080..U+00FF).
void lc_wr(lc_str &lc_o, char lc_v)
{
    lc_o += '"';
    lc_esc(lc_o, static_cast<unsigned char>(lc_v));
    lc_o += '"';
}
void lc_wr(lc_str &lc_o, ListNode *lc_v)
{
    std::size_t lc_start = lc_o.size();
    lc_o += '[';
    lc_ll lc_count = 0;
    for (ListNode *lc_n = lc_v; lc_n; lc_n = lc_n->next) {
        if (++lc_count > lc_node_cap) {
            lc_o.resize(lc_start);
            lc_o += "\"<invalid: list too long or cyclic>\"";
            return;
        }
        if (lc_n != lc_v)
            lc_o += ',';
        lc_wr(lc_o, static_cast<lc_i32>(lc_n->val));
    }
    lc_o += ']';
}
void lc_wr(lc_str &lc_o, TreeNode *lc_v)
{
    std::size_t lc_start = lc_o.size();
    lc_o += '[';
    std::size_t lc_end = lc_o.size();  // just after the last non-null value
    std::vector<TreeNode *> lc_q;
    if (lc_v)
        lc_q.push_back(lc_v);
    lc_ll lc_count = 0;
    for (std::size_t lc_h = 0; lc_h < lc_q.size(); ++lc_h) {
        TreeNode *lc_n = lc_q[lc_h];
        if (lc_h)
            lc_o += ',';
        if (!lc_n) {
            lc_o += "null";
            continue;
        }
        if (++lc_count > lc_node_cap) {
            lc_o.resize(lc_start);
            lc_o += "\"<invalid: tree too large or cyclic>\"";
            return;
        }
        lc_wr(lc_o, static_cast<lc_i32>(lc_n->val));
        lc_end = lc_o.size();
        lc_q.push_back(lc_n->left);
        lc_q.push_back(lc_n->right);
    }
    lc_o.resize(lc_end);
    lc_o += ']';
}

// ---- the answer channel (fd 3) and the clock ---------------------------------
lc_ll lc_cpu_us()
{
    struct timespec lc_ts;
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &lc_ts);
    return static_cast<lc_ll>(lc_ts.tv_sec) * 1000000LL + lc_ts.tv_nsec / 1000;
}
void lc_frame(lc_ll lc_index, lc_ll lc_us, const lc_str &lc_json)
{
    lc_str lc_f = "#LC " + std::to_string(lc_index) + " " + std::to_string(lc_us < 0 ? 0 : lc_us) +
                  " " + std::to_string(lc_json.size()) + "\n";
    lc_f += lc_json;
    lc_f += '\n';
    const char *lc_p = lc_f.data();
    std::size_t lc_left = lc_f.size();
    while (lc_left > 0) {
        ssize_t lc_n = ::write(3, lc_p, lc_left);
        if (lc_n < 0 && errno == EINTR)
            continue;
        if (lc_n <= 0)
            return;  // the channel is gone (user code closed it): nothing to do
        lc_p += lc_n;
        lc_left -= static_cast<std::size_t>(lc_n);
    }
}

// The number of tests (the first line of stdin).
lc_ll lc_begin()
{
    lc_slurp();
    return lc_integer(0, LLONG_MAX);
}
void lc_finish()
{
    std::cout.flush();
    std::fflush(stdout);
}

}  // namespace lc__
