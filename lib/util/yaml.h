/* YAML (problem.yaml) to a jansson tree. Mappings become objects, sequences
 * arrays; every scalar stays a string (plain or quoted; a plain `null`, `~` or
 * empty value becomes JSON null) and callers convert what they expect, so a
 * value is never silently reinterpreted. Anchors/aliases and non-string keys
 * are rejected; nesting is capped. Errors carry the line number. */
#ifndef LC_YAML_H
#define LC_YAML_H

#include "err.h"

#include <jansson.h>
#include <stddef.h>

/* The first document of text (len bytes); an empty document yields an empty object. */
lc_code lc_yaml_parse(const char *text, size_t len, json_t **out, lc_err *e);

#endif
