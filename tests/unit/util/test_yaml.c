/* lib/util/yaml.h: problem.yaml to a jansson tree, scalars kept as strings. */
#include "util/yaml.h"
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_t *parse_ok(const char *text)
{
    json_t *j = NULL;
    lc_err e = {0};
    lc_code rc = lc_yaml_parse(text, strlen(text), &j, &e);
    cr_assert_eq(rc, LC_OK, "parse failed (%s): %s\n---\n%s", lc_code_name(rc), e.msg, text);
    cr_assert_not_null(j);
    return j;
}

static lc_code parse_err(const char *text, size_t len, lc_err *e)
{
    json_t *j = (json_t *)0x1;
    memset(e, 0, sizeof *e);
    lc_code rc = lc_yaml_parse(text, len, &j, e);
    cr_assert_neq(rc, LC_OK, "accepted:\n%s", text);
    cr_assert_null(j, "*out must be NULL on error");
    cr_assert_neq(e->msg[0], '\0', "no error message");
    return rc;
}

/* Compares the tree with the JSON text (exact types: strings stay strings). */
static void assert_json(json_t *got, const char *want_text)
{
    json_error_t je;
    json_t *want = json_loads(want_text, JSON_DECODE_ANY, &je);
    cr_assert_not_null(want, "bad expected JSON: %s", je.text);
    char *g = json_dumps(got, JSON_SORT_KEYS | JSON_ENCODE_ANY | JSON_COMPACT);
    cr_assert(json_equal(got, want), "got %s, want %s", g, want_text);
    free(g);
    json_decref(want);
}

Test(yaml, simple_mapping)
{
    json_t *j = parse_ok("name: Sum\ndifficulty: easy\n");
    assert_json(j, "{\"name\": \"Sum\", \"difficulty\": \"easy\"}");
    json_decref(j);
}

Test(yaml, sequence_block_and_flow)
{
    json_t *j = parse_ok("tags:\n  - math\n  - greedy\nflow: [a, b, 'c d']\n");
    assert_json(j, "{\"tags\": [\"math\", \"greedy\"], \"flow\": [\"a\", \"b\", \"c d\"]}");
    json_decref(j);
}

Test(yaml, flow_mapping_in_sequence)
{
    json_t *j = parse_ok("function:\n  name: twoSum\n  params:\n"
                         "    - {name: nums, type: \"int[]\"}\n"
                         "    - {name: target, type: int}\n"
                         "  returns: \"int[]\"\n");
    assert_json(j, "{\"function\": {\"name\": \"twoSum\", \"params\": ["
                   "{\"name\": \"nums\", \"type\": \"int[]\"},"
                   "{\"name\": \"target\", \"type\": \"int\"}],"
                   "\"returns\": \"int[]\"}}");
    json_decref(j);
}

Test(yaml, all_scalars_stay_strings)
{
    json_t *j = parse_ok("i: 42\nf: 1.5\nb: true\nno: no\nhex: 0x1F\nexp: 1e3\n"
                         "neg: -7\noct: 010\nq: \"42\"\ns: 'true'\ndate: 2001-12-14\n");
    assert_json(j, "{\"i\": \"42\", \"f\": \"1.5\", \"b\": \"true\", \"no\": \"no\","
                   "\"hex\": \"0x1F\", \"exp\": \"1e3\", \"neg\": \"-7\", \"oct\": \"010\","
                   "\"q\": \"42\", \"s\": \"true\", \"date\": \"2001-12-14\"}");
    json_decref(j);
}

Test(yaml, plain_null_tilde_empty_become_null)
{
    json_t *j = parse_ok("a: null\nb: ~\nc:\nd: Null\ne: NULL\nl: [~, null, x]\n");
    assert_json(j, "{\"a\": null, \"b\": null, \"c\": null, \"d\": null, \"e\": null,"
                   "\"l\": [null, null, \"x\"]}");
    json_decref(j);
}

Test(yaml, quoted_null_stays_string)
{
    json_t *j = parse_ok("a: \"null\"\nb: '~'\nc: \"\"\nd: ''\ne: nullable\n");
    assert_json(j, "{\"a\": \"null\", \"b\": \"~\", \"c\": \"\", \"d\": \"\", \"e\": \"nullable\"}");
    json_decref(j);
}

Test(yaml, quoted_escapes_and_block_scalars)
{
    json_t *j = parse_ok("dq: \"a\\tb\\n\\u00e9\"\nsq: 'it''s'\n"
                         "lit: |\n  line1\n  line2\nfold: >\n  one\n  two\n");
    assert_json(j, "{\"dq\": \"a\\tb\\n\\u00e9\", \"sq\": \"it's\","
                   "\"lit\": \"line1\\nline2\\n\", \"fold\": \"one two\\n\"}");
    json_decref(j);
}

Test(yaml, nested_limits_block)
{
    json_t *j = parse_ok("name: Mean\n"
                         "limits:\n"
                         "  time_limit: 1.5\n"
                         "  memory: 256\n"
                         "  output: 8\n"
                         "validator_flags: float_tolerance 1e-6\n");
    assert_json(j, "{\"name\": \"Mean\", \"limits\": {\"time_limit\": \"1.5\", \"memory\": \"256\","
                   "\"output\": \"8\"}, \"validator_flags\": \"float_tolerance 1e-6\"}");
    json_decref(j);
}

Test(yaml, comments_and_document_markers)
{
    json_t *j = parse_ok("# leading comment\n---\nk: v # trailing\n...\n");
    assert_json(j, "{\"k\": \"v\"}");
    json_decref(j);
}

Test(yaml, only_first_document)
{
    json_t *j = parse_ok("a: 1\n---\nb: 2\n");
    assert_json(j, "{\"a\": \"1\"}");
    json_decref(j);
}

Test(yaml, empty_document_is_empty_object)
{
    json_t *j = parse_ok("");
    assert_json(j, "{}");
    json_decref(j);
    j = parse_ok("# only a comment\n\n");
    assert_json(j, "{}");
    json_decref(j);
    j = parse_ok("\n   \n");
    assert_json(j, "{}");
    json_decref(j);
}

/* Disabled: fails today. "---" alone is an empty document too, but lc_yaml_parse
 * returns JSON null for it (libyaml reports an empty plain scalar, which
 * becomes null and is taken as the root), contrary to yaml.h ("an empty
 * document yields an empty object"). Enable once lib/util/yaml.c is fixed. */
Test(yaml, explicit_empty_document_is_empty_object)
{
    json_t *j = parse_ok("---\n");
    assert_json(j, "{}");
    json_decref(j);
}

Test(yaml, len_is_respected)
{
    const char *text = "a: 1\nb: 2\n";
    json_t *j = NULL;
    lc_err e = {0};
    cr_assert_eq(lc_yaml_parse(text, 5, &j, &e), LC_OK, "%s", e.msg);
    assert_json(j, "{\"a\": \"1\"}");
    json_decref(j);
    /* not NUL-terminated input */
    char *buf = malloc(4);
    cr_assert_not_null(buf);
    memcpy(buf, "x: y", 4);
    cr_assert_eq(lc_yaml_parse(buf, 4, &j, &e), LC_OK, "%s", e.msg);
    assert_json(j, "{\"x\": \"y\"}");
    json_decref(j);
    free(buf);
}

Test(yaml, duplicate_keys_rejected)
{
    lc_err e;
    const char *t = "name: a\nother: b\nname: c\n";
    cr_assert_eq(parse_err(t, strlen(t), &e), LC_ERR_INVALID);
    cr_assert_not_null(strstr(e.msg, "duplicate"), "msg: %s", e.msg);
    cr_assert_not_null(strstr(e.msg, "name"), "msg: %s", e.msg);
    cr_assert_not_null(strstr(e.msg, "line 3"), "msg: %s", e.msg);
    /* nested, and with a container value */
    t = "limits:\n  memory: 1\n  memory:\n    - 2\n";
    parse_err(t, strlen(t), &e);
    cr_assert_not_null(strstr(e.msg, "memory"), "msg: %s", e.msg);
    /* quoted and plain spellings are the same key */
    t = "{a: 1, \"a\": 2}";
    parse_err(t, strlen(t), &e);
}

Test(yaml, same_key_in_different_mappings_is_fine)
{
    json_t *j = parse_ok("a: {name: x}\nb: {name: y}\n");
    assert_json(j, "{\"a\": {\"name\": \"x\"}, \"b\": {\"name\": \"y\"}}");
    json_decref(j);
}

Test(yaml, aliases_rejected)
{
    lc_err e;
    const char *t = "base: &b {x: 1}\ncopy: *b\n";
    cr_assert_eq(parse_err(t, strlen(t), &e), LC_ERR_INVALID);
    cr_assert_not_null(strstr(e.msg, "alias"), "msg: %s", e.msg);
    cr_assert_not_null(strstr(e.msg, "line 2"), "msg: %s", e.msg);
    /* merge keys rely on aliases, rejected as well */
    t = "a: &a {x: 1}\nb:\n  <<: *a\n";
    parse_err(t, strlen(t), &e);
    /* the billion laughs */
    t = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n";
    parse_err(t, strlen(t), &e);
}

Test(yaml, complex_keys_rejected)
{
    lc_err e;
    const char *t = "? [a, b]\n: v\n";
    cr_assert_eq(parse_err(t, strlen(t), &e), LC_ERR_INVALID);
    t = "{[a]: 1}";
    parse_err(t, strlen(t), &e);
}

Test(yaml, syntax_error_names_line)
{
    lc_err e;
    const char *t = "a: 1\nb: 2\nc: [unclosed\n";
    cr_assert_eq(parse_err(t, strlen(t), &e), LC_ERR_INVALID);
    cr_assert_not_null(strstr(e.msg, "line "), "msg: %s", e.msg);
    t = "a: 1\nb: 2\n  c: 3\nd: 4\n";
    parse_err(t, strlen(t), &e);
    cr_assert_not_null(strstr(e.msg, "line 3"), "msg: %s", e.msg);
    t = "a: \"unterminated\nb: 2\n";
    parse_err(t, strlen(t), &e);
    cr_assert_not_null(strstr(e.msg, "line "), "msg: %s", e.msg);
    t = "key: value\n\ttabbed: 1\n";
    parse_err(t, strlen(t), &e);
    cr_assert_not_null(strstr(e.msg, "line 2"), "msg: %s", e.msg);
}

Test(yaml, invalid_utf8_rejected)
{
    lc_err e;
    const char t1[] = "name: caf\xc3\n";           /* truncated sequence */
    parse_err(t1, sizeof t1 - 1, &e);
    const char t2[] = "name: \xff\xfe\n";          /* never valid */
    parse_err(t2, sizeof t2 - 1, &e);
    const char t3[] = "n\xc0\xafme: x\n";          /* overlong in a key */
    parse_err(t3, sizeof t3 - 1, &e);
    const char t4[] = "a: \"\xed\xa0\x80\"\n";     /* surrogate */
    parse_err(t4, sizeof t4 - 1, &e);
}

Test(yaml, valid_utf8_kept)
{
    json_t *j = parse_ok("name: \"Caf\xc3\xa9 \xe2\x82\xac\"\n\xc3\xa9t\xc3\xa9: \xf0\x9f\x98\x80\n");
    cr_assert_str_eq(json_string_value(json_object_get(j, "name")), "Caf\xc3\xa9 \xe2\x82\xac");
    cr_assert_str_eq(json_string_value(json_object_get(j, "\xc3\xa9t\xc3\xa9")), "\xf0\x9f\x98\x80");
    json_decref(j);
}

Test(yaml, raw_nul_byte_rejected)
{
    /* a raw NUL inside the text is not valid YAML */
    const char t[] = "a: b\0c\n";
    lc_err e;
    parse_err(t, sizeof t - 1, &e);
}

static char *nested(int depth, int flow)
{
    size_t cap = (size_t)depth * (size_t)depth + (size_t)depth * 16 + 64;
    char *s = calloc(1, cap);
    cr_assert_not_null(s);
    size_t n = 0;
    if (flow) {
        for (int i = 0; i < depth; i++)
            s[n++] = '[';
        s[n++] = 'x';
        for (int i = 0; i < depth; i++)
            s[n++] = ']';
    } else {
        for (int i = 0; i < depth; i++) {
            for (int k = 0; k < i; k++)
                s[n++] = ' ';
            n += (size_t)sprintf(s + n, "k:\n");
        }
        for (int k = 0; k < depth; k++)
            s[n++] = ' ';
        n += (size_t)sprintf(s + n, "v\n");
    }
    return s;
}

Test(yaml, moderate_nesting_ok)
{
    char *t = nested(20, 1);
    json_t *j = parse_ok(t);
    cr_assert(json_is_array(j));
    json_decref(j);
    free(t);
    t = nested(20, 0);
    j = parse_ok(t);
    cr_assert(json_is_object(j));
    json_decref(j);
    free(t);
}

Test(yaml, deep_nesting_rejected)
{
    lc_err e;
    char *t = nested(1000, 1);
    cr_assert_eq(parse_err(t, strlen(t), &e), LC_ERR_LIMIT, "msg: %s", e.msg);
    cr_assert_not_null(strstr(e.msg, "line 1"), "msg: %s", e.msg);
    free(t);
    t = nested(100, 0);
    parse_err(t, strlen(t), &e);
    free(t);
    /* exactly one over the cap of 32 */
    t = nested(33, 1);
    parse_err(t, strlen(t), &e);
    free(t);
    t = nested(32, 1);
    json_t *j = parse_ok(t);
    json_decref(j);
    free(t);
}

Test(yaml, root_sequence_and_scalar)
{
    json_t *j = parse_ok("- a\n- b\n");
    assert_json(j, "[\"a\", \"b\"]");
    json_decref(j);
    j = parse_ok("just text\n");
    assert_json(j, "\"just text\"");
    json_decref(j);
}

Test(yaml, tags_do_not_change_types)
{
    json_t *j = parse_ok("a: !!int 5\nb: !!str 6\nc: !!bool yes\n");
    assert_json(j, "{\"a\": \"5\", \"b\": \"6\", \"c\": \"yes\"}");
    json_decref(j);
}

Test(yaml, empty_key_and_numeric_keys_are_strings)
{
    json_t *j = parse_ok("1: one\n\"\": empty\ntrue: t\n");
    assert_json(j, "{\"1\": \"one\", \"\": \"empty\", \"true\": \"t\"}");
    json_decref(j);
}
