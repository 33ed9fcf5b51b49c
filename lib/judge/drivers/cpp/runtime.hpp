// ---- LiteCode C++ driver runtime: the interface (lib/judge/drivers/cpp/runtime.hpp) ----
// Emitted after the user's code, before the generated main. The definitions
// (runtime_impl.cpp) are compiled once, at build time, into lc_cpp_runtime.o,
// which the judge links into every C++ function submission: g++ then only
// compiles the user's code and a small main. Protocol: lib/judge/signature.h.
// Everything lives in namespace lc__; integers are spelled std::int32_t /
// long long so that a user's `#define int long long` cannot change them.
namespace lc__ {

using lc_i32 = std::int32_t;
using lc_ll = long long;
using lc_str = std::string;

lc_str &lc_in();
std::size_t &lc_pos();
void lc_slurp();
[[noreturn]] void lc_fail(const char *lc_what);
void lc_ws();
bool lc_peek(char lc_c);
void lc_expect(char lc_c);
bool lc_word(const char *lc_w);
lc_ll lc_integer(lc_ll lc_lo, lc_ll lc_hi);
void lc_utf8(lc_str &lc_o, unsigned long lc_cp);
unsigned long lc_hex4();
lc_str lc_string();
void lc_rd(lc_i32 &lc_v);
void lc_rd(lc_ll &lc_v);
void lc_rd(long &lc_v);
void lc_rd(double &lc_v);
void lc_rd(bool &lc_v);
void lc_rd(lc_str &lc_v);
void lc_rd(char &lc_v);
void lc_rd(ListNode *&lc_v);
void lc_rd(TreeNode *&lc_v);
void lc_wr(lc_str &lc_o, lc_i32 lc_v);
void lc_wr(lc_str &lc_o, lc_ll lc_v);
void lc_wr(lc_str &lc_o, long lc_v);
void lc_wr(lc_str &lc_o, double lc_v);
void lc_wr(lc_str &lc_o, bool lc_v);
void lc_esc(lc_str &lc_o, unsigned long lc_cp);
void lc_wr(lc_str &lc_o, const lc_str &lc_v);
void lc_wr(lc_str &lc_o, char lc_v);
void lc_wr(lc_str &lc_o, ListNode *lc_v);
void lc_wr(lc_str &lc_o, TreeNode *lc_v);
lc_ll lc_cpu_us();
void lc_frame(lc_ll lc_index, lc_ll lc_us, const lc_str &lc_json);
lc_ll lc_begin();
void lc_finish();

template <class lc_T> inline void lc_rd(std::vector<lc_T> &lc_v)
{
    lc_expect('[');
    if (lc_peek(']')) {
        ++lc_pos();
        return;
    }
    for (;;) {
        lc_T lc_x{};
        lc_rd(lc_x);
        lc_v.push_back(std::move(lc_x));
        if (lc_peek(',')) {
            ++lc_pos();
            continue;
        }
        lc_expect(']');
        return;
    }
}

template <class lc_T> inline void lc_wr(lc_str &lc_o, const std::vector<lc_T> &lc_v)
{
    lc_o += '[';
    for (std::size_t lc_k = 0; lc_k < lc_v.size(); ++lc_k) {
        if (lc_k)
            lc_o += ',';
        if constexpr (std::is_same_v<lc_T, bool>)
            lc_wr(lc_o, static_cast<bool>(lc_v[lc_k]));
        else
            lc_wr(lc_o, lc_v[lc_k]);
    }
    lc_o += ']';
}

}  // namespace lc__
