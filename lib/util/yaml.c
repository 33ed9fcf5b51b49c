#include "yaml.h"

#include <string.h>
#include <yaml.h>

#define MAX_DEPTH 32

typedef struct frame {
    json_t *node;
    char *key; /* pending key in a mapping */
} frame;

static int is_null_scalar(const yaml_event_t *ev)
{
    if (ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return 0;
    const char *v = (const char *)ev->data.scalar.value;
    return ev->data.scalar.length == 0 || strcmp(v, "~") == 0 || strcmp(v, "null") == 0 ||
           strcmp(v, "Null") == 0 || strcmp(v, "NULL") == 0;
}

lc_code lc_yaml_parse(const char *text, size_t len, json_t **out, lc_err *e)
{
    *out = NULL;
    yaml_parser_t p;
    if (!yaml_parser_initialize(&p))
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
    frame st[MAX_DEPTH];
    int sp = 0;
    json_t *root = NULL;
    lc_code rc = LC_OK;
    int done = 0;
    while (!done && !rc) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&p, &ev)) {
            rc = lc_err_set(e, LC_ERR_INVALID, "line %zu: %s", p.problem_mark.line + 1,
                            p.problem ? p.problem : "syntax error");
            break;
        }
        size_t line = ev.start_mark.line + 1;
        json_t *value = NULL;
        switch (ev.type) {
        case YAML_DOCUMENT_END_EVENT:
        case YAML_STREAM_END_EVENT:
            done = 1;
            break;
        case YAML_ALIAS_EVENT:
            rc = lc_err_set(e, LC_ERR_INVALID, "line %zu: aliases are not supported", line);
            break;
        case YAML_SCALAR_EVENT:
            if (sp > 0 && json_is_object(st[sp - 1].node) && !st[sp - 1].key) {
                st[sp - 1].key = strndup((const char *)ev.data.scalar.value, ev.data.scalar.length);
                if (!st[sp - 1].key)
                    rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
                break;
            }
            value = is_null_scalar(&ev) ? json_null()
                                        : json_stringn((const char *)ev.data.scalar.value,
                                                       ev.data.scalar.length);
            if (!value)
                rc = lc_err_set(e, LC_ERR_INVALID, "line %zu: value is not valid UTF-8", line);
            break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
            if (sp > 0 && json_is_object(st[sp - 1].node) && !st[sp - 1].key) {
                rc = lc_err_set(e, LC_ERR_INVALID, "line %zu: keys must be plain strings", line);
                break;
            }
            if (sp >= MAX_DEPTH) {
                rc = lc_err_set(e, LC_ERR_LIMIT, "line %zu: nested too deeply", line);
                break;
            }
            st[sp].node = ev.type == YAML_SEQUENCE_START_EVENT ? json_array() : json_object();
            st[sp].key = NULL;
            sp++;
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            sp--;
            value = st[sp].node;
            free(st[sp].key);
            break;
        default:
            break;
        }
        if (value && !rc) {
            if (sp == 0) {
                json_decref(root);
                root = value;
            } else if (json_is_array(st[sp - 1].node)) {
                json_array_append_new(st[sp - 1].node, value);
            } else {
                if (json_object_get(st[sp - 1].node, st[sp - 1].key))
                    rc = lc_err_set(e, LC_ERR_INVALID, "line %zu: duplicate key '%s'", line,
                                    st[sp - 1].key);
                json_object_set_new(st[sp - 1].node, st[sp - 1].key, value);
                free(st[sp - 1].key);
                st[sp - 1].key = NULL;
            }
        } else if (value) {
            json_decref(value);
        }
        yaml_event_delete(&ev);
    }
    while (sp > 0) {
        sp--;
        free(st[sp].key);
        json_decref(st[sp].node); /* open nodes are attached to their parent only when closed */
    }
    yaml_parser_delete(&p);
    if (rc) {
        json_decref(root);
        return rc;
    }
    if (!root || json_is_null(root)) { /* no document, or only "---" */
        json_decref(root);
        root = json_object();
    }
    *out = root;
    return LC_OK;
}
