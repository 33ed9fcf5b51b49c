#include "judge/signature.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static const char *const langs[] = {"c", "cpp", "python", "javascript", "java", "typescript",
                                    "golang", "rust", "pypy3", "ruby", "php", "csharp", "racket", "kotlin", "scala",
                                    "erlang", "elixir"};

static json_t *fn(const char *text)
{
    json_error_t je;
    json_t *j = json_loads(text, JSON_DECODE_ANY, &je);
    cr_assert(j, "%s", je.text);
    return j;
}

Test(signature, parse_and_errors_name_the_key)
{
    lc_signature s;
    lc_err e = {0};
    json_t *j = fn("{\"name\":\"twoSum\",\"params\":[{\"name\":\"nums\",\"type\":\"int[]\"},"
                   "{\"name\":\"target\",\"type\":\"int\"}],\"returns\":\"int[]\","
                   "\"compare\":\"unordered\"}");
    cr_assert_eq(lc_signature_parse(j, &s, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(s.nparams, 2);
    cr_assert_eq(s.params[0].type, LC_T_INT_ARR);
    cr_assert_eq(s.compare, LC_CMP_UNORDERED);
    json_decref(j);
    const char *bad[][2] = {
        {"{\"name\":\"f\",\"params\":[{\"name\":\"x\",\"type\":\"float\"}],\"returns\":\"int\"}",
         "params[0].type"},
        {"{\"name\":\"class\",\"returns\":\"int\"}", "function.name"},
        {"{\"name\":\"f\",\"params\":[{\"name\":\"x\",\"type\":\"int\"}],\"returns\":\"void\"}",
         "function.output"},
        {"{\"name\":\"f\",\"params\":[{\"name\":\"x\",\"type\":\"int\"}],\"returns\":\"void\","
         "\"output\":\"x\"}",
         "function.output"},
        {"{\"name\":\"f\",\"returns\":\"int\",\"compare\":\"fuzzy\"}", "function.compare"},
        {"{\"name\":\"f\",\"params\":[{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"a\","
         "\"type\":\"int\"}],\"returns\":\"int\"}",
         "duplicate"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        j = fn(bad[i][0]);
        cr_assert_eq(lc_signature_parse(j, &s, &e), LC_ERR_INVALID, "%s", bad[i][0]);
        cr_assert(strstr(e.msg, bad[i][1]), "'%s' should name %s", e.msg, bad[i][1]);
        json_decref(j);
    }
}

static bool eq(lc_compare mode, const char *a, const char *b)
{
    json_t *x = fn(a), *y = fn(b);
    bool r = lc_answer_equal(mode, x, y);
    json_decref(x);
    json_decref(y);
    return r;
}

static bool fits(lc_type t, const char *text)
{
    json_t *v = fn(text);
    bool r = lc_type_check_value(t, v, NULL, 0);
    json_decref(v);
    return r;
}

Test(signature, answers_compare_by_mode)
{
    cr_assert(!eq(LC_CMP_EXACT, "[[1,2],[3]]", "[[3],[1,2]]"));
    cr_assert(eq(LC_CMP_UNORDERED, "[[1,2],[3]]", "[[3],[1,2]]"));
    cr_assert(!eq(LC_CMP_UNORDERED, "[[1,2],[3]]", "[[3],[2,1]]"), "only the top level");
    cr_assert(eq(LC_CMP_EXACT, "[1.0]", "[1]"), "numbers by value");
    cr_assert(eq(LC_CMP_FLOAT, "[1.0, 2.5]", "[1, 2.500001]"));
    cr_assert(!eq(LC_CMP_FLOAT, "[1.0, 2.5]", "[1, 2.6]"));
    cr_assert(!eq(LC_CMP_EXACT, "\"1\"", "1"), "types matter");
    cr_assert(eq(LC_CMP_UNORDERED, "[5, 5.0, 1]", "[1, 5.0, 5]"));
}

/* LeetCode's list forms: the arrays' JSON everywhere, List in Java only. */
Test(signature, list_types_are_lists_in_java)
{
    lc_signature s;
    lc_err e = {0};
    json_t *j = fn("{\"name\":\"threeSum\",\"params\":[{\"name\":\"nums\",\"type\":"
                   "\"list<int>\"},{\"name\":\"words\",\"type\":\"list<string>\"}],"
                   "\"returns\":\"list<list<int>>\",\"compare\":\"unordered-all\"}");
    cr_assert_eq(lc_signature_parse(j, &s, &e), LC_OK, "%s", e.msg);
    json_decref(j);
    cr_assert_eq(s.returns, LC_T_INT_ARR2);
    cr_assert(s.returns_list && s.params[0].list && s.params[1].list);
    cr_assert_eq(s.params[0].type, LC_T_INT_ARR);
    cr_assert_eq(s.compare, LC_CMP_UNORDERED_ALL);
    lc_buf b;
    lc_buf_init(&b, 1 << 16);
    cr_assert_eq(lc_starter_code(&s, "java", &b, &e), LC_OK, "%s", e.msg);
    cr_assert(strstr(lc_buf_str(&b), "public List<List<Integer>> threeSum(List<Integer> nums, "
                                     "List<String> words)"),
              "%s", lc_buf_str(&b));
    lc_buf_reset(&b);
    cr_assert_eq(lc_starter_code(&s, "cpp", &b, &e), LC_OK, "%s", e.msg);
    cr_assert(strstr(lc_buf_str(&b), "vector<vector<int>> threeSum(vector<int>& nums"), "%s",
              lc_buf_str(&b));
    lc_buf_reset(&b);
    cr_assert_eq(lc_starter_code(&s, "c", &b, &e), LC_OK, "%s", e.msg);
    cr_assert(strstr(lc_buf_str(&b), "returnColumnSizes"), "%s", lc_buf_str(&b));
    for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++) {
        lc_buf_reset(&b);
        const char *name = NULL, *cls = NULL;
        cr_assert_eq(lc_driver_source(&s, langs[i], "x", 1, &b, &name, &cls, &e), LC_OK, "%s: %s",
                     langs[i], e.msg);
    }
    lc_buf_free(&b);
}

/* LeetCode's "in any order" at every level: subsets, groups, triplets. */
Test(signature, unordered_all_levels)
{
    cr_assert(eq(LC_CMP_UNORDERED_ALL, "[[1,2],[3],[]]", "[[],[3],[2,1]]"));
    cr_assert(!eq(LC_CMP_UNORDERED, "[[1,2],[3]]", "[[3],[2,1]]"));
    cr_assert(eq(LC_CMP_UNORDERED_ALL, "[[\"eat\",\"tea\"],[\"bat\"]]", "[[\"bat\"],[\"tea\",\"eat\"]]"));
    cr_assert(!eq(LC_CMP_UNORDERED_ALL, "[[1,2],[3]]", "[[1],[2,3]]"), "the grouping matters");
    cr_assert(!eq(LC_CMP_UNORDERED_ALL, "[[1,1],[2]]", "[[1],[1,2]]"));
    cr_assert(!eq(LC_CMP_UNORDERED_ALL, "[[1,1]]", "[[1]]"), "multiplicity matters");
    cr_assert(eq(LC_CMP_UNORDERED_ALL, "[[5.0, 1]]", "[[1, 5]]"), "numbers by value");
    cr_assert(!eq(LC_CMP_UNORDERED_ALL, "[\"a,b\"]", "[\"a\",\"b\"]"));
}

/* Numbers beyond long long in an unordered answer are compared by value
 * without an out-of-range conversion (UBSan runs this in the sanitizer build). */
Test(signature, unordered_numbers_beyond_long_long)
{
    cr_assert(eq(LC_CMP_UNORDERED, "[1e300, 9.3e18, -1e19, 1]", "[1, -1e19, 1e300, 9.3e18]"));
    cr_assert(!eq(LC_CMP_UNORDERED, "[1e300, 1]", "[1e299, 1]"));
    cr_assert(eq(LC_CMP_UNORDERED, "[18446744073709551616.0, 0.5]", "[0.5, 18446744073709551616.0]"));
}

static long maxrss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

/* The unordered comparison's keys share one buffer per side: comparing a
 * million-element answer costs its two 16 MiB key tables and a few MiB of key
 * text (a buffer of at least 256 bytes per element took over 512 MiB here).
 * The bound leaves room for ASan's redzones and quarantine. */
Test(signature, unordered_comparison_memory_is_linear)
{
    size_t n = 1000000;
    json_t *a = json_array(), *b = json_array();
    for (size_t i = 0; i < n; i++) {
        json_array_append_new(a, json_integer((json_int_t)(i % 7)));
        json_array_append_new(b, json_integer((json_int_t)((n - 1 - i) % 7)));
    }
    long before = maxrss_kib();
    bool same = lc_answer_equal(LC_CMP_UNORDERED, a, b);
    long grew = maxrss_kib() - before;
    json_array_set_new(b, 0, json_integer(99));
    cr_assert(!lc_answer_equal(LC_CMP_UNORDERED, a, b));
    json_decref(a);
    json_decref(b);
    cr_assert(same);
    cr_assert_lt(grew, 160 * 1024, "the comparison grew the process by %ld KiB", grew);
}

Test(signature, value_checks)
{
    cr_assert(fits(LC_T_INT, "2147483647"));
    cr_assert(!fits(LC_T_INT, "2147483648"));
    cr_assert(fits(LC_T_CHAR, "\"a\""));
    cr_assert(!fits(LC_T_CHAR, "\"ab\""));
    cr_assert(fits(LC_T_TREENODE, "[1,null,2]"));
    cr_assert(!fits(LC_T_TREENODE, "[null,1]"));
    cr_assert(fits(LC_T_INT_ARR2, "[[],[1]]"));
}

/* Every type, as a parameter and as the return value (void with an output
 * parameter too), generates starter code and a driver in every language. */
Test(signature, every_type_generates_in_every_language)
{
    for (int t = LC_T_INT; t < LC_T_COUNT; t++) {
        for (int ret = 0; ret < 2; ret++) {
            lc_signature s = {.nparams = 2, .output = -1, .compare = LC_CMP_EXACT};
            snprintf(s.name, sizeof s.name, "solve");
            snprintf(s.params[0].name, sizeof s.params[0].name, "value");
            s.params[0].type = (lc_type)t;
            snprintf(s.params[1].name, sizeof s.params[1].name, "count");
            s.params[1].type = LC_T_INT;
            s.returns = ret ? (lc_type)t : LC_T_VOID;
            if (!ret) {
                if (!lc_type_is_array(t) && !lc_type_is_array2(t) && t != LC_T_LISTNODE &&
                    t != LC_T_TREENODE)
                    continue;
                s.output = 0;
            }
            for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
                lc_buf out;
                lc_buf_init(&out, 1 << 22);
                lc_err e = {0};
                cr_assert_eq(lc_starter_code(&s, langs[l], &out, &e), LC_OK, "%s %s: %s",
                             langs[l], lc_type_name(t), e.msg);
                cr_assert(!strstr(lc_buf_str(&out), "(null)"), "%s starter, %s", langs[l],
                          lc_type_name(t));
                lc_buf_reset(&out);
                const char *name = NULL, *cls = NULL;
                cr_assert_eq(lc_driver_source(&s, langs[l], "x", 1, &out, &name, &cls, &e), LC_OK,
                             "%s %s: %s", langs[l], lc_type_name(t), e.msg);
                cr_assert(name && *name);
                cr_assert(!strstr(lc_buf_str(&out), "(null)"), "%s driver, %s", langs[l],
                          lc_type_name(t));
                lc_buf_free(&out);
            }
        }
    }
}

/* TypeScript: main.ts keeps the user's lines (one prelude line before them, no
 * newline) and ends with the call; the runtime module follows the split line. */
Test(signature, typescript_program_is_main_ts_and_a_runtime_module)
{
    lc_signature s = {.nparams = 1, .output = -1, .compare = LC_CMP_EXACT, .returns = LC_T_INT};
    snprintf(s.name, sizeof s.name, "echoInt");
    snprintf(s.params[0].name, sizeof s.params[0].name, "value");
    s.params[0].type = LC_T_INT;
    const char *user = "function echoInt(value: number): number {\n    return value;\n};\n";
    lc_buf out;
    lc_buf_init(&out, 1 << 22);
    lc_err e = {0};
    const char *name = NULL, *cls = NULL;
    cr_assert_eq(lc_driver_source(&s, "typescript", user, strlen(user), &out, &name, &cls, &e),
                 LC_OK, "%s", e.msg);
    cr_assert_str_eq(name, "main.ts");
    const char *prog = lc_buf_str(&out);
    size_t at = lc_driver_typescript_split(prog, out.len);
    cr_assert_lt(at, out.len);
    cr_assert(strncmp(prog + at, LC_DRIVER_TS_SPLIT, strlen(LC_DRIVER_TS_SPLIT)) == 0);
    /* the user's first line is main.ts's first line */
    const char *nl = strchr(prog, '\n');
    cr_assert(nl && strstr(prog, "function echoInt(value: number): number {") < nl);
    char *main_ts = strndup(prog, at);
    cr_assert(strstr(main_ts, "require(\"./lc_rt.js\")"));
    cr_assert(strstr(main_ts, "lc__run([\"int\"], \"int\", -1, lc__pick(echoInt, \"echoInt\""));
    cr_assert_null(strstr(main_ts, "function lc__run"));
    cr_assert(strstr(prog + at, "function lc__run"));
    cr_assert(strstr(prog + at, "globalThis.lc__run = lc__run;"));
    free(main_ts);
    lc_buf_free(&out);
}

/* Go: main.go keeps the user's lines (one prelude line: the package clause
 * and the imports the code needs), with the user's own package clause
 * blanked; lc_driver.go holds the runtime and main, and declares nothing the
 * user declared (min, ListNode). */
static char *go_program(const char *user, size_t *split)
{
    lc_signature s = {.nparams = 1, .output = -1, .compare = LC_CMP_EXACT, .returns = LC_T_INT};
    snprintf(s.name, sizeof s.name, "f");
    snprintf(s.params[0].name, sizeof s.params[0].name, "nums");
    s.params[0].type = LC_T_INT_ARR;
    lc_buf out;
    lc_buf_init(&out, 1 << 22);
    lc_err e = {0};
    const char *name = NULL, *cls = NULL;
    cr_assert_eq(lc_driver_source(&s, "golang", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_str_eq(name, "main.go");
    *split = lc_driver_golang_split(lc_buf_str(&out), out.len);
    cr_assert_lt(*split, out.len);
    return lc_buf_take(&out);
}

Test(signature, go_program_imports_what_the_code_uses)
{
    size_t at;
    char *p = go_program("// sorts\nfunc f(nums []int) int {\n\tsort.Ints(nums) // strings.x\n"
                         "\ts := \"math.Pi\"\n\th := &hp{}\n\theap.Init(h)\n\treturn len(s)\n}\n",
                         &at);
    p[at] = '\0';
    const char *nl = strchr(p, '\n');
    cr_assert(nl && strstr(p, "package main; import (\"sort\"; \"container/heap\"; ); // sorts") &&
                  strstr(p, "// sorts") < nl,
              "%s", p);
    cr_assert_null(strstr(p, "\"strings\""), "a name in a comment imports nothing");
    cr_assert_null(strstr(p, "\"math\""), "a name in a string imports nothing");
    cr_assert(strstr(p, "var _ = sort.Ints\n") && strstr(p, "var _ = heap.Init\n"));
    char *drv = p + at + 1;
    cr_assert(strstr(drv, "func min[T lc_ordered]") && strstr(drv, "type ListNode struct"));
    cr_assert(strstr(drv, "lc_r := f(lc_p0)"));
    free(p);
}

Test(signature, go_program_keeps_the_users_package_imports_and_declarations)
{
    size_t at;
    const char *user = "package main\n\nimport (\n\t\"sort\"\n\tm \"math\"\n)\n\n"
                       "type ListNode struct {\n\tVal  int\n\tNext *ListNode\n}\n"
                       "func min(a, b int) int { if a < b { return a }; return b }\n"
                       "func f(nums []int) int { sort.Ints(nums); return int(m.Abs(-1)) + "
                       "strings.Count(\"\", \"\") }\n";
    char *p = go_program(user, &at);
    p[at] = '\0';
    /* the user's package clause is blanked (same length: columns stay) */
    cr_assert(strstr(p, "package main; import (\"strings\"; );             \n\nimport (\n"), "%s", p);
    cr_assert_null(strstr(p, "import (\"sort\""), "the user imports sort");
    char *drv = p + at + 1;
    cr_assert_null(strstr(drv, "func min["), "the user declares min");
    cr_assert(strstr(drv, "func max[T lc_ordered]"));
    cr_assert_null(strstr(drv, "type ListNode struct"), "the user declares ListNode");
    cr_assert(strstr(drv, "type TreeNode struct"));
    free(p);
}

/* Rust: LeetCode's snake_case names, `&mut` for the output of an in-place
 * problem, Solution declared by the prelude unless the user's code does. */
Test(signature, rust_names_are_snake_case_and_in_place_is_mut)
{
    lc_signature s = {.nparams = 2, .output = 0, .compare = LC_CMP_EXACT, .returns = LC_T_VOID};
    snprintf(s.name, sizeof s.name, "lengthOfLIS");
    snprintf(s.params[0].name, sizeof s.params[0].name, "numCourses");
    s.params[0].type = LC_T_INT_ARR2;
    snprintf(s.params[1].name, sizeof s.params[1].name, "isValidBST");
    s.params[1].type = LC_T_TREENODE;
    lc_buf out;
    lc_buf_init(&out, 1 << 22);
    lc_err e = {0};
    cr_assert_eq(lc_starter_code(&s, "rust", &out, &e), LC_OK, "%s", e.msg);
    cr_assert(strstr(lc_buf_str(&out),
                     "    pub fn length_of_lis(num_courses: &mut Vec<Vec<i32>>, is_valid_bst: "
                     "Option<Rc<RefCell<TreeNode>>>) {\n"),
              "%s", lc_buf_str(&out));
    cr_assert(strstr(lc_buf_str(&out), "use std::rc::Rc;\nuse std::cell::RefCell;\nimpl Solution {"));
    lc_buf_free(&out);
    lc_buf_init(&out, 1 << 22);
    const char *user = "struct Solution;\nimpl Solution { pub fn length_of_lis(a: &mut Vec<Vec<i32>>, "
                       "b: Option<Rc<RefCell<TreeNode>>>) {} }\n";
    const char *name = NULL, *cls = NULL;
    cr_assert_eq(lc_driver_source(&s, "rust", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_str_eq(name, "main.rs");
    const char *prog = lc_buf_str(&out);
    cr_assert_null(strstr(prog, "pub struct Solution;"), "the user declares Solution");
    cr_assert(strstr(prog, "Solution::length_of_lis(&mut lc_p0, lc_p1);"), "%s", prog);
    cr_assert(strstr(prog, "pub left: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,"));
    lc_buf_free(&out);
}

/* Ruby: LeetCode's top-level method in snake_case under YARD comments; the
 * generated call passes the arguments in order. */
Test(signature, ruby_starter_and_call)
{
    lc_signature s = {.nparams = 2, .output = 0, .compare = LC_CMP_EXACT, .returns = LC_T_VOID};
    snprintf(s.name, sizeof s.name, "rotateGrid");
    snprintf(s.params[0].name, sizeof s.params[0].name, "matrix");
    s.params[0].type = LC_T_INT_ARR2;
    snprintf(s.params[1].name, sizeof s.params[1].name, "numTimes");
    s.params[1].type = LC_T_INT;
    lc_buf out;
    lc_buf_init(&out, 1 << 22);
    lc_err e = {0};
    cr_assert_eq(lc_starter_code(&s, "ruby", &out, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&out),
                     "# @param {Integer[][]} matrix\n# @param {Integer} num_times\n"
                     "# @return {Void} Do not return anything, modify matrix in-place instead.\n"
                     "def rotate_grid(matrix, num_times)\n    \nend\n");
    lc_buf_free(&out);
    lc_buf_init(&out, 1 << 22);
    const char *user = "def rotate_grid(m, k)\nend\n";
    const char *name = NULL, *cls = NULL;
    cr_assert_eq(lc_driver_source(&s, "ruby", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_str_eq(name, "main.rb");
    const char *prog = lc_buf_str(&out);
    const char *nl = strchr(prog, '\n');
    cr_assert(nl && strstr(prog, "def rotate_grid(m, k)") < nl, "the user's line 1 is main.rb's");
    cr_assert(strstr(prog, "lc__run(['int[][]', 'int'], 'void', 0) { |lc__a| rotate_grid(*lc__a) }"),
              "%s", prog);
    lc_buf_free(&out);
}

/* PHP: LeetCode's class Solution with the in-place parameter by reference;
 * the user's own `<?php` and `?>` are blanked (same length: lines stay). */
Test(signature, php_by_reference_and_tags_blanked)
{
    lc_signature s = {.nparams = 1, .output = 0, .compare = LC_CMP_EXACT, .returns = LC_T_VOID};
    snprintf(s.name, sizeof s.name, "moveZeroes");
    snprintf(s.params[0].name, sizeof s.params[0].name, "nums");
    s.params[0].type = LC_T_INT_ARR;
    lc_buf out;
    lc_buf_init(&out, 1 << 22);
    lc_err e = {0};
    cr_assert_eq(lc_starter_code(&s, "php", &out, &e), LC_OK, "%s", e.msg);
    cr_assert(strstr(lc_buf_str(&out), "     * @return NULL\n     */\n    function moveZeroes(&$nums) {"),
              "%s", lc_buf_str(&out));
    lc_buf_free(&out);
    lc_buf_init(&out, 1 << 22);
    const char *user = "<?php\nclass Solution { function moveZeroes(&$nums) {} }\n?>\n";
    const char *name = NULL, *cls = NULL;
    cr_assert_eq(lc_driver_source(&s, "php", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_str_eq(name, "main.php");
    const char *prog = lc_buf_str(&out);
    cr_assert(strncmp(prog, "<?php ", 6) == 0);
    cr_assert(strstr(prog, "'r');      \nclass Solution { function moveZeroes(&$nums) {} }\n  \n"),
              "%s", prog);
    cr_assert(strstr(prog, "lc__run(['int[]'], 'void', 0, 'moveZeroes');"));
    lc_buf_free(&out);
}

/* C#: LeetCode's PascalCase methods and IList forms; the prelude's usings on
 * the user's first line; ListNode and PriorityQueue supplied unless the user
 * declares them. */
Test(signature, csharp_pascal_case_lists_and_supplied_types)
{
    lc_signature s = {.nparams = 2, .output = -1, .compare = LC_CMP_EXACT, .returns = LC_T_INT_ARR2,
                      .returns_list = true};
    snprintf(s.name, sizeof s.name, "threeSum");
    snprintf(s.params[0].name, sizeof s.params[0].name, "nums");
    s.params[0].type = LC_T_INT_ARR;
    snprintf(s.params[1].name, sizeof s.params[1].name, "head");
    s.params[1].type = LC_T_LISTNODE;
    lc_buf out;
    lc_buf_init(&out, 1 << 22);
    lc_err e = {0};
    cr_assert_eq(lc_starter_code(&s, "csharp", &out, &e), LC_OK, "%s", e.msg);
    cr_assert(strstr(lc_buf_str(&out), " *     public ListNode(int val=0, ListNode next=null) {\n"),
              "%s", lc_buf_str(&out));
    cr_assert(strstr(lc_buf_str(&out), "public class Solution {\n    public IList<IList<int>> "
                                       "ThreeSum(int[] nums, ListNode head) {\n"),
              "%s", lc_buf_str(&out));
    lc_buf_reset(&out);
    const char *user = "public class Solution {}\n";
    const char *name = NULL, *cls = NULL;
    cr_assert_eq(lc_driver_source(&s, "csharp", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_str_eq(name, "main.cs");
    const char *prog = lc_buf_str(&out);
    cr_assert(strstr(prog, "using System.Numerics; public class Solution {}\n"), "%s", prog);
    cr_assert(strstr(prog, "Func<int[], ListNode, IList<IList<int>>> lc_f = lc_sol.ThreeSum;"), "%s",
              prog);
    cr_assert(strstr(prog, "lc_r = lc_f(lc_p0, lc_p1);"), "%s", prog);
    cr_assert(strstr(prog, "public ListNode(int val=0, ListNode next=null)"));
    cr_assert(strstr(prog, "public class PriorityQueue<TElement, TPriority>"));
    cr_assert_null(strstr(prog, "static class LcTree"), "no TreeNode in the signature");
    lc_buf_reset(&out);
    user = "public class ListNode { public int val; public ListNode next; public ListNode(int v) { val = v; } }\n"
           "class PriorityQueue<A, B> {}\npublic class Solution {}\n";
    cr_assert_eq(lc_driver_source(&s, "csharp", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    prog = lc_buf_str(&out);
    cr_assert_null(strstr(prog, "public ListNode(int val=0, ListNode next=null)"),
                   "the user's ListNode only");
    cr_assert_null(strstr(prog, "public class PriorityQueue<TElement, TPriority>"));
    lc_buf_free(&out);
}

/* Racket: kebab-case names and LeetCode's contracts; an in-place parameter
 * is a mutable vector; the structs come before the user's code (a contract
 * names them) unless the user defines them; the user's own #lang is blanked. */
Test(signature, racket_contracts_vectors_and_structs)
{
    lc_signature s = {.nparams = 2, .output = 0, .compare = LC_CMP_EXACT, .returns = LC_T_VOID};
    snprintf(s.name, sizeof s.name, "rotateGrid");
    snprintf(s.params[0].name, sizeof s.params[0].name, "matrix");
    s.params[0].type = LC_T_INT_ARR2;
    snprintf(s.params[1].name, sizeof s.params[1].name, "numSteps");
    s.params[1].type = LC_T_LISTNODE;
    lc_buf out;
    lc_buf_init(&out, 1 << 22);
    lc_err e = {0};
    cr_assert_eq(lc_starter_code(&s, "racket", &out, &e), LC_OK, "%s", e.msg);
    cr_assert(strstr(lc_buf_str(&out), "(define/contract (rotate-grid matrix num-steps)\n"
                                       "  (-> (vectorof (vectorof exact-integer?)) (or/c list-node? #f) "
                                       "void?)\n  )\n"),
              "%s", lc_buf_str(&out));
    cr_assert(strstr(lc_buf_str(&out), "#|\n\n; val : integer?\n; next : (or/c list-node? #f)\n"));
    lc_buf_reset(&out);
    const char *user = "#lang racket\n(define (rotate-grid m s) (void))\n";
    const char *name = NULL, *cls = NULL;
    cr_assert_eq(lc_driver_source(&s, "racket", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_str_eq(name, "main.rkt");
    const char *prog = lc_buf_str(&out);
    cr_assert(strncmp(prog, "#lang racket (require json", 26) == 0, "%s", prog);
    cr_assert(strstr(prog, "(struct list-node (val next) #:mutable #:transparent) "), "%s", prog);
    cr_assert(strstr(prog, "            \n(define (rotate-grid m s) (void))\n"), "user #lang blanked: %s", prog);
    cr_assert(strstr(prog, "(lc-run '(\"int[][]\" \"ListNode\") \"void\" 0 rotate-grid)"), "%s", prog);
    lc_buf_reset(&out);
    user = "(struct list-node (val next) #:mutable)\n";
    cr_assert_eq(lc_driver_source(&s, "racket", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_null(strstr(lc_buf_str(&out), "(struct list-node (val next) #:mutable #:transparent)"),
                   "the user's list-node only");
    cr_assert(strstr(lc_buf_str(&out), "(struct tree-node (val left right) #:mutable #:transparent)"));
    lc_buf_free(&out);
}

/* Erlang: LeetCode's -spec with capitalized variables and snake_case names;
 * an in-place parameter's new value is returned; the records come first on
 * the user's first line unless the user defines them; the user's own
 * -module attribute is blanked (only the driver's module exists). */
Test(signature, erlang_spec_records_and_module)
{
    lc_signature s = {.nparams = 2, .output = 0, .compare = LC_CMP_EXACT, .returns = LC_T_VOID};
    snprintf(s.name, sizeof s.name, "rotateGrid");
    snprintf(s.params[0].name, sizeof s.params[0].name, "matrix");
    s.params[0].type = LC_T_INT_ARR2;
    snprintf(s.params[1].name, sizeof s.params[1].name, "numSteps");
    s.params[1].type = LC_T_LISTNODE;
    lc_buf out;
    lc_buf_init(&out, 1 << 22);
    lc_err e = {0};
    cr_assert_eq(lc_starter_code(&s, "erlang", &out, &e), LC_OK, "%s", e.msg);
    const char *st = lc_buf_str(&out);
    cr_assert(strstr(st, "%% Erlang cannot change Matrix in place: return its new value.\n"
                         "-spec rotate_grid(Matrix :: [[integer()]], NumSteps :: #list_node{} | null)"
                         " -> [[integer()]].\nrotate_grid(Matrix, NumSteps) ->\n  .\n"),
              "%s", st);
    cr_assert(strstr(st, "%% -record(list_node, {val = 0 :: integer(),\n"), "%s", st);
    cr_assert_null(strstr(st, "tree_node"));
    lc_buf_reset(&out);
    const char *user = "% -module(not_this).\n-module(solution).\n"
                       "rotate_grid(M, _) -> M.\n";
    const char *name = NULL, *cls = NULL;
    cr_assert_eq(lc_driver_source(&s, "erlang", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_str_eq(name, "main.erl");
    const char *prog = lc_buf_str(&out);
    cr_assert(strncmp(prog, "-module(main). -export([main/0]). ", 34) == 0, "%s", prog);
    cr_assert(strstr(prog, "-record(list_node, {val = 0 :: integer(), next = null"), "%s", prog);
    cr_assert(strstr(prog, "% -module(not_this).\n                  \nrotate_grid(M, _) -> M.\n"),
              "the user's -module blanked, not the comment: %s", prog);
    cr_assert(strstr(prog, "main() -> lc_run([\"int[][]\", \"ListNode\"], \"void\", 0, "
                           "fun rotate_grid/2).\n"),
              "%s", prog);
    /* the user's code starts on the first line: its line numbers are kept */
    cr_assert_null(memchr(prog, '\n', (size_t)(strstr(prog, "% -module(not_this)") - prog)));
    lc_buf_reset(&out);
    user = "-record(list_node, {val = 0, next = null}).\n";
    cr_assert_eq(lc_driver_source(&s, "erlang", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_null(strstr(lc_buf_str(&out), "-record(list_node, {val = 0 :: integer()"),
                   "the user's list_node only");
    cr_assert(strstr(lc_buf_str(&out), "-record(tree_node, {val = 0 :: integer()"));
    lc_buf_free(&out);
}

/* Elixir: LeetCode's `defmodule Solution` with @spec and snake_case names;
 * an in-place parameter's new value is returned; ListNode and TreeNode come
 * first on the user's first line unless the user defines them; the program
 * is modules only (main.ex), LcMain.main calls the function. */
Test(signature, elixir_spec_structs_and_main)
{
    lc_signature s = {.nparams = 2, .output = 0, .compare = LC_CMP_EXACT, .returns = LC_T_VOID};
    snprintf(s.name, sizeof s.name, "rotateGrid");
    snprintf(s.params[0].name, sizeof s.params[0].name, "matrix");
    s.params[0].type = LC_T_INT_ARR2;
    snprintf(s.params[1].name, sizeof s.params[1].name, "numSteps");
    s.params[1].type = LC_T_TREENODE;
    lc_buf out;
    lc_buf_init(&out, 1 << 22);
    lc_err e = {0};
    cr_assert_eq(lc_starter_code(&s, "elixir", &out, &e), LC_OK, "%s", e.msg);
    const char *st = lc_buf_str(&out);
    cr_assert(strstr(st, "defmodule Solution do\n"
                         "  # Elixir cannot change matrix in place: return its new value.\n"
                         "  @spec rotate_grid(matrix :: [[integer]], num_steps :: TreeNode.t | nil)"
                         " :: [[integer]]\n  def rotate_grid(matrix, num_steps) do\n\n  end\nend\n"),
              "%s", st);
    cr_assert(strstr(st, "# defmodule TreeNode do\n"), "%s", st);
    cr_assert_null(strstr(st, "ListNode"));
    lc_buf_reset(&out);
    const char *user = "# defmodule TreeNode do\ndefmodule Solution do\n  def rotate_grid(m, _), do: m\nend\n";
    const char *name = NULL, *cls = NULL;
    cr_assert_eq(lc_driver_source(&s, "elixir", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_str_eq(name, "main.ex");
    const char *prog = lc_buf_str(&out);
    cr_assert(strncmp(prog, "defmodule ListNode do ", 22) == 0, "%s", prog);
    cr_assert(strstr(prog, "defstruct val: 0, left: nil, right: nil end; # defmodule TreeNode do\n"),
              "a comment is not a definition: %s", prog);
    cr_assert(strstr(prog, "defmodule LcMain do\n  def main, do: LcRuntime.run([\"int[][]\", "
                           "\"TreeNode\"], \"void\", 0, &Solution.rotate_grid/2)\nend\n"),
              "%s", prog);
    lc_buf_reset(&out);
    user = "defmodule TreeNode do\n  defstruct val: 0, left: nil, right: nil\nend\n";
    cr_assert_eq(lc_driver_source(&s, "elixir", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_null(strstr(lc_buf_str(&out), "defmodule TreeNode do @type"), "the user's TreeNode only");
    cr_assert(strstr(lc_buf_str(&out), "defmodule ListNode do @type"));
    lc_buf_free(&out);
}

/* Kotlin: LeetCode's types (IntArray, Array<IntArray>, List<List<Int>>,
 * ListNode?); the in-place parameter is written after the call; the
 * imports on the user's first line; the main class is MainKt. */
Test(signature, kotlin_types_and_main)
{
    lc_signature s = {.nparams = 2, .output = 0, .compare = LC_CMP_EXACT, .returns = LC_T_VOID};
    snprintf(s.name, sizeof s.name, "rotate");
    snprintf(s.params[0].name, sizeof s.params[0].name, "matrix");
    s.params[0].type = LC_T_INT_ARR2;
    snprintf(s.params[1].name, sizeof s.params[1].name, "words");
    s.params[1].type = LC_T_STRING_ARR;
    s.params[1].list = true;
    lc_buf out;
    lc_buf_init(&out, 1 << 22);
    lc_err e = {0};
    cr_assert_eq(lc_starter_code(&s, "kotlin", &out, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&out), "class Solution {\n    fun rotate(matrix: Array<IntArray>, "
                                       "words: List<String>) {\n        \n    }\n}\n");
    lc_buf_reset(&out);
    const char *user = "class Solution { fun rotate(m: Array<IntArray>, w: List<String>) {} }\n";
    const char *name = NULL, *cls = NULL;
    cr_assert_eq(lc_driver_source(&s, "kotlin", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_str_eq(name, "main.kt");
    cr_assert_str_eq(cls, "MainKt");
    const char *prog = lc_buf_str(&out);
    cr_assert(strncmp(prog, "import java.util.*; import kotlin.math.*; class Solution {", 58) == 0, "%s",
              prog);
    cr_assert(strstr(prog, "lc_sol.rotate(lc_p0, lc_p1) }"), "%s", prog);
    cr_assert(strstr(prog, "LcJson.w(lc_b, lc_p0)"), "%s", prog);
    cr_assert_null(strstr(prog, "object LcTree"), "no TreeNode in the signature");
    lc_buf_free(&out);
}

/* Scala: LeetCode's object Solution, Array[Array[Int]], List[List[Int]];
 * nothing before the user's code; the entry is object Main. */
Test(signature, scala_object_solution_and_main)
{
    lc_signature s = {.nparams = 1, .output = -1, .compare = LC_CMP_EXACT, .returns = LC_T_INT_ARR2,
                      .returns_list = true};
    snprintf(s.name, sizeof s.name, "subsets");
    snprintf(s.params[0].name, sizeof s.params[0].name, "nums");
    s.params[0].type = LC_T_INT_ARR;
    lc_buf out;
    lc_buf_init(&out, 1 << 22);
    lc_err e = {0};
    cr_assert_eq(lc_starter_code(&s, "scala", &out, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&out), "object Solution {\n    def subsets(nums: Array[Int]): "
                                       "List[List[Int]] = {\n        \n    }\n}\n");
    lc_buf_reset(&out);
    const char *user = "object Solution { def subsets(nums: Array[Int]) = List(List(1)) }\n";
    const char *name = NULL, *cls = NULL;
    cr_assert_eq(lc_driver_source(&s, "scala", user, strlen(user), &out, &name, &cls, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_str_eq(name, "main.scala");
    cr_assert_str_eq(cls, "Main");
    const char *prog = lc_buf_str(&out);
    cr_assert(strncmp(prog, user, strlen(user)) == 0, "%s", prog);
    cr_assert(strstr(prog, "val lc_p0 = LcIO.arg(lc_i, 0) { j => j.rArr(j.rInt()) }"), "%s", prog);
    cr_assert(strstr(prog, "val lc_r = try Solution.subsets(lc_p0) catch"), "%s", prog);
    cr_assert_null(strstr(prog, "object LcList"), "no ListNode in the signature");
    lc_buf_free(&out);
}

Test(signature, malformed_signatures_are_refused_before_any_driver)
{
    lc_signature s = {.nparams = 1, .returns = LC_T_VOID, .output = 3};
    snprintf(s.name, sizeof s.name, "f");
    snprintf(s.params[0].name, sizeof s.params[0].name, "x");
    s.params[0].type = LC_T_INT_ARR;
    for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
        lc_buf out;
        lc_buf_init(&out, 1 << 20);
        lc_err e = {0};
        cr_assert_eq(lc_driver_source(&s, langs[l], "", 0, &out, NULL, NULL, &e), LC_ERR_INTERNAL);
        s.output = 0;
        snprintf(s.params[0].name, sizeof s.params[0].name, "x;y");
        cr_assert_eq(lc_starter_code(&s, langs[l], &out, &e), LC_ERR_INTERNAL,
                     "a name that is no identifier");
        snprintf(s.params[0].name, sizeof s.params[0].name, "x");
        s.output = 3;
        lc_buf_free(&out);
    }
}
