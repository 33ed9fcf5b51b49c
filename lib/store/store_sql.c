/* The store's operations, written once for every SQL dialect (sql.h).
 *
 * Theory of operation
 * - Every operation takes one connection from its store (acquire/release: the
 *   SQLite dialect has one connection behind a mutex, PostgreSQL a pool) and
 *   gives it back when done; a multi-statement operation runs in one
 *   transaction of the kind it needs (lc_sql_txn).
 * - Statements are prepared once per connection and cached by their SQL text
 *   (all static strings, plus the bounded set of problem_list and
 *   submission_list variants). Every value is a bound parameter; SQL text is
 *   never built from values.
 * - Schema: migrations[] below, one entry per version, applied in one
 *   transaction on open; a database newer than this build is refused.
 * - Group commit (submission_create_many, what POST /submissions uses):
 *   submissions that arrive together are inserted in one transaction (a
 *   failing INSERT is backed out alone: the others stay); one commit for all.
 * - Submission reads: the three list patterns are served by partial indexes on
 *   submit-mode rows ordered (created_at DESC, id DESC); ids are UUIDv7 text,
 *   so id breaks ties in the same millisecond in creation order.
 * - Rejudging: when problem_put sees a new package_hash for an existing
 *   problem, its submit-mode submissions that are not pending get
 *   needs_rejudge = 1 and keep their verdict. submission_finish applies a
 *   verdict to a pending/running row (first verdict: counters +1) or to a
 *   marked row (rejudge: clears the mark, corrects the accepted counter by the
 *   difference). A row running when its package changed keeps the mark after
 *   its first verdict, since that verdict came from the old tests.
 */
#include "sql.h"

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SQ_DEFAULT_LIMIT 20
#define SQ_MAX_LIMIT 100
#define SQ_MAX_SEARCH 256
#define SQ_REJUDGE_DEFAULT 100
#define SQ_REJUDGE_MAX 1000
#define SQ_MAX_PAGE ((int64_t)1 << 40)

typedef lc_sql_conn conn;
typedef lc_sql_stmt stmt;

/* ---- schema ------------------------------------------------------------------------------- */

/* migrations[v] takes the schema from version v to v + 1. Append only.
 * Dialect words: {PRE} what the dialect needs first, {ID} an integer primary
 * key assigned on insert, {NOCASE} case-insensitive text, {BLOB} bytes,
 * {NOROWID} a table clustered on its primary key. */
static const char *const migrations[] = {
    /* 0 -> 1: the initial schema */
    "{PRE}"
    "CREATE TABLE users ("
    "  id {ID},"
    "  username TEXT {NOCASE} NOT NULL UNIQUE,"
    "  email TEXT {NOCASE} UNIQUE," /* NULL: none (`litecode user add NAME`) */
    "  password_hash TEXT NOT NULL,"
    "  is_admin BIGINT NOT NULL DEFAULT 0,"
    "  created_at BIGINT NOT NULL);"
    "CREATE TABLE sessions ("
    "  token_hash TEXT PRIMARY KEY,"
    "  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  expires_at BIGINT NOT NULL);"
    "CREATE INDEX sessions_user ON sessions(user_id);"
    "CREATE INDEX sessions_expires ON sessions(expires_at);"
    "CREATE TABLE problems ("
    "  id {ID},"
    "  slug TEXT NOT NULL UNIQUE,"
    "  title TEXT NOT NULL,"
    "  difficulty TEXT NOT NULL CHECK (difficulty IN ('easy', 'medium', 'hard')),"
    "  tags_json TEXT NOT NULL DEFAULT '[]',"
    "  statement TEXT NOT NULL DEFAULT '',"
    "  limits_json TEXT,"
    "  function_json TEXT,"
    "  starter_json TEXT,"
    "  examples_json TEXT,"
    "  package_hash TEXT NOT NULL DEFAULT '',"
    "  created_at BIGINT NOT NULL,"
    "  updated_at BIGINT NOT NULL,"
    "  deleted BIGINT NOT NULL DEFAULT 0,"
    "  submissions BIGINT NOT NULL DEFAULT 0,"
    "  accepted BIGINT NOT NULL DEFAULT 0);"
    "CREATE TABLE problem_files ("
    "  problem_id BIGINT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,"
    "  path TEXT NOT NULL,"
    "  data {BLOB} NOT NULL,"
    "  PRIMARY KEY (problem_id, path)){NOROWID};"
    "CREATE TABLE tags ("
    "  id {ID},"
    "  name TEXT {NOCASE} NOT NULL UNIQUE);"
    "CREATE TABLE problem_tags ("
    "  problem_id BIGINT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,"
    "  tag_id BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
    "  PRIMARY KEY (problem_id, tag_id)){NOROWID};"
    "CREATE INDEX problem_tags_tag ON problem_tags(tag_id, problem_id);"
    "CREATE TABLE submissions ("
    "  id TEXT PRIMARY KEY," /* UUIDv7 text */
    "  user_id BIGINT NOT NULL REFERENCES users(id),"
    "  problem_id BIGINT NOT NULL REFERENCES problems(id),"
    "  language TEXT NOT NULL,"
    "  code TEXT NOT NULL,"
    "  mode TEXT NOT NULL DEFAULT 'submit' CHECK (mode IN ('submit', 'run')),"
    "  input TEXT,"
    "  status TEXT NOT NULL DEFAULT 'pending',"
    "  result TEXT,"
    "  runtime DOUBLE PRECISION NOT NULL DEFAULT 0,"
    "  memory BIGINT NOT NULL DEFAULT 0,"
    "  passed BIGINT NOT NULL DEFAULT 0,"
    "  total BIGINT NOT NULL DEFAULT 0,"
    "  details_json TEXT,"
    "  created_at BIGINT NOT NULL," /* unix ms */
    "  finished_at BIGINT NOT NULL DEFAULT 0,"
    "  needs_rejudge BIGINT NOT NULL DEFAULT 0);"
    /* The three read patterns (submit mode only: runs are never listed). */
    "CREATE INDEX submissions_by_user ON submissions(user_id, created_at DESC, id DESC)"
    "  WHERE mode = 'submit';"
    "CREATE INDEX submissions_by_problem ON submissions(problem_id, created_at DESC, id DESC)"
    "  WHERE mode = 'submit';"
    "CREATE INDEX submissions_by_problem_user"
    "  ON submissions(problem_id, user_id, created_at DESC, id DESC) WHERE mode = 'submit';"
    /* Re-queuing, rejudging and beats. */
    "CREATE INDEX submissions_unfinished ON submissions(created_at, id)"
    "  WHERE status IN ('pending', 'running');"
    "CREATE INDEX submissions_rejudge ON submissions(created_at, id) WHERE needs_rejudge = 1;"
    "CREATE INDEX submissions_accepted ON submissions(problem_id, language, runtime, memory)"
    "  WHERE mode = 'submit' AND result = 'Accepted';",
};
#define SQ_SCHEMA_VERSION ((int)(sizeof migrations / sizeof migrations[0]))

/* ---- helpers ------------------------------------------------------------------------------ */

static int64_t now_s(void) { return (int64_t)time(NULL); }

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static lc_code oom(lc_err *e) { return lc_err_set(e, LC_ERR_NOMEM, "store: out of memory"); }

/* A ready statement for sql: cached by text while the cache has room, else a
 * fresh one; give it back with done() either way. */
static lc_code prep(conn *c, const char *sql, stmt **out, lc_err *e)
{
    *out = NULL;
    for (size_t i = 0; i < c->ncache; i++)
        if (strcmp(c->cache[i].sql, sql) == 0) {
            *out = c->cache[i].st;
            return LC_OK;
        }
    bool keep = c->ncache < LC_SQL_CACHE_MAX;
    char *key = keep ? strdup(sql) : NULL;
    if (keep && !key)
        return oom(e);
    lc_code rc = c->d->prepare(c, sql, keep, out, e);
    if (rc) {
        free(key);
        return rc;
    }
    if (keep) {
        c->cache[c->ncache].sql = key;
        c->cache[c->ncache].st = *out;
        c->ncache++;
    }
    return LC_OK;
}

/* Resets a cached statement (results and bindings) or finalizes an uncached one. */
static void done(conn *c, stmt *st)
{
    if (!st)
        return;
    for (size_t i = 0; i < c->ncache; i++)
        if (c->cache[i].st == st) {
            c->d->reset(st);
            return;
        }
    c->d->finalize(st);
}

void lc_sql_conn_clear(lc_sql_conn *c)
{
    for (size_t i = 0; i < c->ncache; i++) {
        c->d->finalize(c->cache[i].st);
        free(c->cache[i].sql);
    }
    c->ncache = 0;
}

static lc_code step(conn *c, stmt *st, bool *row, const char *what, lc_err *e)
{
    return c->d->step(c, st, row, what, e);
}

static void b_i64(stmt *st, int i, int64_t v) { st->d->bind_i64(st, i, v); }
static void b_dbl(stmt *st, int i, double v) { st->d->bind_double(st, i, v); }
static void b_text(stmt *st, int i, const char *v) { st->d->bind_text(st, i, v); }
static void b_blob(stmt *st, int i, const void *v, size_t n) { st->d->bind_blob(st, i, v, n); }
static int64_t col_i64(stmt *st, int i) { return st->d->col_i64(st, i); }
static const char *col_text(stmt *st, int i) { return st->d->col_text(st, i); }

/* A malloc'd copy of a text column, NULL for SQL NULL; sets *nomem on failure. */
static char *col_dup(stmt *st, int i, bool *nomem)
{
    const char *t = st->d->col_text(st, i);
    if (!t)
        return NULL;
    char *p = strdup(t);
    if (!p)
        *nomem = true;
    return p;
}

/* Runs a parameterless statement (COMMIT, SAVEPOINT, ...). */
static lc_code exec(conn *c, const char *sql, lc_err *e) { return c->d->exec(c, sql, e); }

static void rollback(conn *c)
{
    if (c->d->in_txn(c))
        c->d->exec(c, "ROLLBACK", NULL);
}

/* Ends a transaction: COMMIT when rc is LC_OK, else ROLLBACK. Returns the final code. */
static lc_code end_txn(conn *c, lc_code rc, lc_err *e)
{
    if (rc == LC_OK) {
        rc = exec(c, "COMMIT", e);
        if (rc == LC_OK)
            return LC_OK;
    }
    rollback(c);
    return rc;
}

/* Runs st (already bound) to completion, ignoring rows; gives st back. */
static lc_code run(conn *c, stmt *st, const char *what, lc_err *e)
{
    bool row = true;
    lc_code rc = LC_OK;
    while (!rc && row)
        rc = step(c, st, &row, what, e);
    done(c, st);
    return rc;
}

/* Runs st and reads the first column of its one row (an INSERT ... RETURNING
 * id, a COUNT); *found false without a row. Gives st back. */
static lc_code run_i64(conn *c, stmt *st, int64_t *v, bool *found, const char *what, lc_err *e)
{
    bool row = false;
    *found = false;
    lc_code rc = step(c, st, &row, what, e);
    if (!rc && row) {
        *found = true;
        *v = col_i64(st, 0);
        while (!rc && row)
            rc = step(c, st, &row, what, e);
    }
    done(c, st);
    return rc;
}

static void clamp_page(int64_t *page, int64_t *limit)
{
    if (*limit <= 0)
        *limit = SQ_DEFAULT_LIMIT;
    if (*limit > SQ_MAX_LIMIT)
        *limit = SQ_MAX_LIMIT;
    if (*page < 1)
        *page = 1;
    if (*page > SQ_MAX_PAGE)
        *page = SQ_MAX_PAGE;
}

/* Reads every remaining row of st into a growing array of item_size items. */
typedef lc_code (*sq_reader)(stmt *st, void *item, lc_err *e);
typedef void (*sq_freer)(void *item);

static lc_code read_rows(conn *c, stmt *st, size_t item_size, sq_reader rd, sq_freer fr,
                         lc_list *out, lc_err *e)
{
    char *items = NULL;
    size_t n = 0, cap = 0;
    bool row = false;
    lc_code rc;
    while (!(rc = step(c, st, &row, "read", e)) && row) {
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            char *p = realloc(items, ncap * item_size);
            if (!p) {
                rc = oom(e);
                break;
            }
            items = p;
            cap = ncap;
        }
        rc = rd(st, items + n * item_size, e);
        if (rc)
            break;
        n++;
    }
    if (rc) {
        for (size_t i = 0; i < n; i++)
            fr(items + i * item_size);
        free(items);
        return rc;
    }
    out->items = items;
    out->n = n;
    return LC_OK;
}

/* A query's text with numbered parameters appended as fragments are. */
typedef struct qbuf {
    char sql[2048];
    int n;             /* parameters so far */
    int64_t i64[8];
    const char *text[8]; /* non-NULL: a text parameter, else i64[] */
} qbuf;

/* Appends fmt with every "%d" replaced by the next parameter's number (one
 * new parameter however many times it appears). */
static int q_add(qbuf *q, const char *frag)
{
    int num = ++q->n;
    size_t len = strlen(q->sql);
    for (const char *p = frag; *p && len + 8 < sizeof q->sql; p++) {
        if (p[0] == '%' && p[1] == 'd') {
            len += (size_t)snprintf(q->sql + len, sizeof q->sql - len, "?%d", num);
            p++;
        } else {
            q->sql[len++] = *p;
            q->sql[len] = '\0';
        }
    }
    return num - 1;
}

static void q_text(qbuf *q, const char *frag, const char *v) { q->text[q_add(q, frag)] = v; }

static void q_i64(qbuf *q, const char *frag, int64_t v)
{
    int i = q_add(q, frag);
    q->text[i] = NULL;
    q->i64[i] = v;
}

static void q_bind(const qbuf *q, stmt *st)
{
    for (int i = 0; i < q->n; i++) {
        if (q->text[i])
            b_text(st, i + 1, q->text[i]);
        else
            b_i64(st, i + 1, q->i64[i]);
    }
}

/* A list's two queries in one snapshot: "SELECT COUNT(*) FROM <from><where>"
 * into out->total, then "SELECT <cols> FROM <from><where> ORDER BY <order>
 * LIMIT .. OFFSET .." into out's items; w holds the WHERE clause and its
 * parameters. */
static lc_code count_and_page(conn *c, const qbuf *w, const char *cols, const char *from,
                              const char *order, int64_t page, int64_t limit, size_t item_size,
                              sq_reader rd, sq_freer fr, const char *what, lc_list *out, lc_err *e)
{
    for (int pass = 0; pass < 2; pass++) {
        qbuf q = *w;
        if (pass == 0) {
            snprintf(q.sql, sizeof q.sql, "SELECT COUNT(*) FROM %s%s", from, w->sql);
        } else {
            snprintf(q.sql, sizeof q.sql, "SELECT %s FROM %s%s ORDER BY %s", cols, from, w->sql,
                     order);
            q_i64(&q, " LIMIT %d", limit);
            q_i64(&q, " OFFSET %d", (page - 1) * limit);
        }
        stmt *st;
        lc_code rc = prep(c, q.sql, &st, e);
        if (rc)
            return rc;
        q_bind(&q, st);
        if (pass == 0) {
            bool found = false;
            rc = run_i64(c, st, &out->total, &found, what, e);
        } else {
            rc = read_rows(c, st, item_size, rd, fr, out, e);
            done(c, st);
        }
        if (rc)
            return rc;
    }
    return LC_OK;
}

/* ---- records ------------------------------------------------------------------------------ */

#define USER_COLS "id, username, email, password_hash, is_admin, created_at"

static lc_code read_user(stmt *st, lc_user *u, lc_err *e)
{
    bool nomem = false;
    memset(u, 0, sizeof *u);
    u->id = col_i64(st, 0);
    u->username = col_dup(st, 1, &nomem);
    u->email = col_dup(st, 2, &nomem);
    u->password_hash = col_dup(st, 3, &nomem);
    u->is_admin = col_i64(st, 4) != 0;
    u->created_at = col_i64(st, 5);
    if (nomem) {
        lc_user_free(u);
        return oom(e);
    }
    return LC_OK;
}

#define PROBLEM_COLS                                                                               \
    "p.id, p.slug, p.title, p.difficulty, p.tags_json, p.statement, p.limits_json, "               \
    "p.function_json, p.starter_json, p.examples_json, p.package_hash, p.created_at, "             \
    "p.updated_at, p.deleted, p.submissions, p.accepted"

static lc_code read_problem(stmt *st, void *item, lc_err *e)
{
    lc_problem *p = item;
    bool nomem = false;
    memset(p, 0, sizeof *p);
    p->id = col_i64(st, 0);
    p->slug = col_dup(st, 1, &nomem);
    p->title = col_dup(st, 2, &nomem);
    p->difficulty = col_dup(st, 3, &nomem);
    p->tags_json = col_dup(st, 4, &nomem);
    p->statement = col_dup(st, 5, &nomem);
    p->limits_json = col_dup(st, 6, &nomem);
    p->function_json = col_dup(st, 7, &nomem);
    p->starter_json = col_dup(st, 8, &nomem);
    p->examples_json = col_dup(st, 9, &nomem);
    p->package_hash = col_dup(st, 10, &nomem);
    p->created_at = col_i64(st, 11);
    p->updated_at = col_i64(st, 12);
    p->deleted = col_i64(st, 13) != 0;
    p->submissions = col_i64(st, 14);
    p->accepted = col_i64(st, 15);
    if (nomem) {
        lc_problem_free(p);
        return oom(e);
    }
    return LC_OK;
}

static void free_problem(void *item) { lc_problem_free(item); }

/* Full records, and list items (no code, input or details). */
#define SUB_COLS                                                                                   \
    "id, user_id, problem_id, language, code, mode, input, status, result, runtime, memory, "     \
    "passed, total, details_json, created_at, finished_at, needs_rejudge"
#define SUB_COLS_LIST                                                                              \
    "id, user_id, problem_id, language, NULL, mode, NULL, status, result, runtime, memory, "      \
    "passed, total, NULL, created_at, finished_at, needs_rejudge"

static lc_code read_sub(stmt *st, void *item, lc_err *e)
{
    lc_submission *s = item;
    bool nomem = false;
    memset(s, 0, sizeof *s);
    const char *id = col_text(st, 0);
    snprintf(s->id, sizeof s->id, "%s", id ? id : "");
    s->user_id = col_i64(st, 1);
    s->problem_id = col_i64(st, 2);
    s->language = col_dup(st, 3, &nomem);
    s->code = col_dup(st, 4, &nomem);
    s->mode = col_dup(st, 5, &nomem);
    s->input = col_dup(st, 6, &nomem);
    s->status = col_dup(st, 7, &nomem);
    s->result = col_dup(st, 8, &nomem);
    s->runtime = st->d->col_double(st, 9);
    s->memory = col_i64(st, 10);
    s->passed = col_i64(st, 11);
    s->total = col_i64(st, 12);
    s->details_json = col_dup(st, 13, &nomem);
    s->created_at = col_i64(st, 14);
    s->finished_at = col_i64(st, 15);
    s->needs_rejudge = col_i64(st, 16) != 0;
    if (nomem) {
        lc_submission_free(s);
        return oom(e);
    }
    return LC_OK;
}

static void free_sub(void *item) { lc_submission_free(item); }

/* ---- migrations --------------------------------------------------------------------------- */

/* sql with the dialect's words in place of {WORD}s (malloc'd). */
static char *expand(const char *sql, const char *const *words)
{
    lc_buf b;
    lc_buf_init(&b, 1 << 20);
    const char *p = sql;
    lc_code rc = LC_OK;
    while (*p && !rc) {
        const char *w = NULL, *with = NULL;
        if (*p == '{')
            for (size_t i = 0; words[i]; i += 2)
                if (strncmp(p, words[i], strlen(words[i])) == 0) {
                    w = words[i];
                    with = words[i + 1];
                    break;
                }
        if (w) {
            rc = lc_buf_append(&b, with, strlen(with));
            p += strlen(w);
        } else {
            rc = lc_buf_append(&b, p, 1);
            p++;
        }
    }
    if (rc) {
        lc_buf_free(&b);
        return NULL;
    }
    return lc_buf_take(&b);
}

lc_code lc_sql_migrate(lc_sql_conn *c, lc_err *e)
{
    lc_code rc = c->d->begin(c, LC_SQL_WRITE, e);
    if (rc)
        return rc;
    int v = 0;
    rc = c->d->version_get(c, &v, e);
    if (!rc && v > SQ_SCHEMA_VERSION)
        rc = lc_err_set(e, LC_ERR_INVALID,
                        "store: database schema version %d is newer than this build's (%d)", v,
                        SQ_SCHEMA_VERSION);
    if (!rc && v < SQ_SCHEMA_VERSION) {
        for (; !rc && v < SQ_SCHEMA_VERSION; v++) {
            char *sql = expand(migrations[v], c->d->words);
            if (!sql) {
                rc = oom(e);
                break;
            }
            lc_err me = {0};
            if (exec(c, sql, &me) != LC_OK)
                rc = lc_err_set(e, LC_ERR_INTERNAL, "store: migrating schema %d -> %d: %s", v,
                                v + 1, me.msg);
            free(sql);
        }
        if (!rc)
            rc = c->d->version_set(c, SQ_SCHEMA_VERSION, e);
    }
    return end_txn(c, rc, e);
}

/* ---- operations --------------------------------------------------------------------------- */

static lc_code ping_c(conn *c, lc_err *e)
{
    stmt *st;
    lc_code rc = prep(c, "SELECT 1", &st, e);
    return rc ? rc : run(c, st, "ping", e);
}

/* users */

static lc_code user_create_c(conn *c, const lc_user *u, int64_t *id, lc_err *e)
{
    if (!u || !u->username || !*u->username || !u->password_hash)
        return lc_err_set(e, LC_ERR_INVALID, "store: a user needs a username and a password hash");
    stmt *st;
    lc_code rc = prep(c,
                      "INSERT INTO users (username, email, password_hash, is_admin, created_at)"
                      " VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
                      &st, e);
    if (rc)
        return rc;
    const char *email = u->email && *u->email ? u->email : NULL;
    b_text(st, 1, u->username);
    b_text(st, 2, email);
    b_text(st, 3, u->password_hash);
    b_i64(st, 4, u->is_admin ? 1 : 0);
    b_i64(st, 5, u->created_at > 0 ? u->created_at : now_s());
    int64_t v = 0;
    bool found = false;
    lc_err ie = {0};
    rc = run_i64(c, st, &v, &found, "user_create", &ie);
    if (rc == LC_ERR_CONFLICT)
        return lc_err_set(e, rc, "%s",
                          strstr(ie.msg, "email") ? "email already registered"
                                                  : "username already taken");
    if (rc)
        return lc_err_set(e, rc, "%s", ie.msg);
    if (id)
        *id = v;
    return LC_OK;
}

static lc_code user_read_one(conn *c, stmt *st, lc_user *out, lc_err *e)
{
    bool row = false;
    lc_code rc = step(c, st, &row, "user", e);
    if (!rc)
        rc = row ? read_user(st, out, e) : lc_err_set(e, LC_ERR_NOTFOUND, "no such user");
    done(c, st);
    return rc;
}

static lc_code user_get_c(conn *c, int64_t id, lc_user *out, lc_err *e)
{
    stmt *st;
    lc_code rc = prep(c, "SELECT " USER_COLS " FROM users WHERE id = ?1", &st, e);
    if (rc)
        return rc;
    b_i64(st, 1, id);
    return user_read_one(c, st, out, e);
}

static lc_code user_find_c(conn *c, const char *login, lc_user *out, lc_err *e)
{
    if (!login || !*login)
        return lc_err_set(e, LC_ERR_NOTFOUND, "no such user");
    stmt *st;
    /* A username match wins over another user's email. */
    lc_code rc = prep(c,
                      "SELECT " USER_COLS " FROM users WHERE username = ?1 OR email = ?1"
                      " ORDER BY CASE WHEN username = ?1 THEN 0 ELSE 1 END LIMIT 1",
                      &st, e);
    if (rc)
        return rc;
    b_text(st, 1, login);
    return user_read_one(c, st, out, e);
}

/* LC_OK when the query (one parameter, id) has a row, else LC_ERR_NOTFOUND saying what. */
static lc_code exists(conn *c, const char *sql, const char *text, int64_t id, const char *what,
                      lc_err *e)
{
    stmt *st;
    lc_code rc = prep(c, sql, &st, e);
    if (rc)
        return rc;
    if (text)
        b_text(st, 1, text);
    else
        b_i64(st, 1, id);
    int64_t v;
    bool found = false;
    rc = run_i64(c, st, &v, &found, what, e);
    if (!rc && !found)
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such %s", what);
    return rc;
}

static lc_code user_stats_body(conn *c, int64_t id, int64_t now, lc_user_stats *out, lc_err *e)
{
    lc_code rc = exists(c, "SELECT 1 FROM users WHERE id = ?1", NULL, id, "user", e);
    if (rc)
        return rc;
    stmt *st;
    bool row = false;

    /* Distinct problems solved, by difficulty (deleted problems are not shown, nor counted). */
    rc = prep(c,
              "SELECT p.difficulty, COUNT(DISTINCT s.problem_id) FROM submissions s"
              " JOIN problems p ON p.id = s.problem_id"
              " WHERE s.user_id = ?1 AND s.mode = 'submit' AND s.result = 'Accepted'"
              " AND p.deleted = 0 GROUP BY p.difficulty",
              &st, e);
    if (rc)
        return rc;
    b_i64(st, 1, id);
    while (!(rc = step(c, st, &row, "user_stats", e)) && row) {
        const char *d = col_text(st, 0);
        int64_t n = col_i64(st, 1);
        if (d && strcmp(d, "easy") == 0)
            out->solved_easy = n;
        else if (d && strcmp(d, "medium") == 0)
            out->solved_medium = n;
        else if (d && strcmp(d, "hard") == 0)
            out->solved_hard = n;
        out->solved_total += n;
    }
    done(c, st);
    if (rc)
        return rc;

    rc = prep(c,
              "SELECT COUNT(*), COALESCE(SUM(CASE WHEN result = 'Accepted' THEN 1 ELSE 0 END), 0)"
              " FROM submissions WHERE user_id = ?1 AND mode = 'submit'",
              &st, e);
    if (rc)
        return rc;
    b_i64(st, 1, id);
    rc = step(c, st, &row, "user_stats", e);
    if (!rc && row) {
        out->submissions = col_i64(st, 0);
        out->accepted = col_i64(st, 1);
    }
    done(c, st);
    if (rc)
        return rc;

    /* Streak: distinct UTC days with a submission, newest first, up to today. */
    int64_t today = now / 86400;
    if (now < 0 && now % 86400)
        today--;
    rc = prep(c,
              "SELECT DISTINCT created_at / 86400000 AS day FROM submissions"
              " WHERE user_id = ?1 AND mode = 'submit' AND created_at >= 0"
              " AND created_at < ?2 ORDER BY day DESC",
              &st, e);
    if (rc)
        return rc;
    int64_t end_ms = today < INT64_MAX / 86400000 - 1 ? (today + 1) * 86400000 : INT64_MAX;
    b_i64(st, 1, id);
    b_i64(st, 2, end_ms);
    int64_t expect = -1, streak = 0;
    while (!(rc = step(c, st, &row, "user_stats", e)) && row) {
        int64_t day = col_i64(st, 0);
        if (expect < 0) {
            if (day != today && day != today - 1)
                break;
        } else if (day != expect) {
            break;
        }
        streak++;
        expect = day - 1;
    }
    done(c, st);
    out->streak_days = streak;
    return rc;
}

static lc_code user_stats_c(conn *c, int64_t id, int64_t now, lc_user_stats *out, lc_err *e)
{
    memset(out, 0, sizeof *out);
    lc_code rc = c->d->begin(c, LC_SQL_READ, e);
    if (rc)
        return rc;
    rc = user_stats_body(c, id, now, out, e);
    return end_txn(c, rc, e);
}

/* sessions */

static lc_code session_create_c(conn *c, const char *token_hash, int64_t user_id,
                                int64_t expires_at, lc_err *e)
{
    if (!token_hash || !*token_hash)
        return lc_err_set(e, LC_ERR_INVALID, "store: empty session token hash");
    stmt *st;
    lc_code rc = prep(
        c, "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?1, ?2, ?3)", &st, e);
    if (rc)
        return rc;
    b_text(st, 1, token_hash);
    b_i64(st, 2, user_id);
    b_i64(st, 3, expires_at);
    rc = run(c, st, "session_create", e);
    if (rc == LC_ERR_NOTFOUND)
        return lc_err_set(e, rc, "no such user");
    if (rc == LC_ERR_CONFLICT)
        return lc_err_set(e, rc, "session exists already");
    return rc;
}

static lc_code session_get_c(conn *c, const char *token_hash, int64_t now, int64_t *user_id,
                             int64_t *expires_at, lc_err *e)
{
    if (!token_hash)
        return lc_err_set(e, LC_ERR_NOTFOUND, "no such session");
    stmt *st;
    lc_code rc = prep(c, "SELECT user_id, expires_at FROM sessions WHERE token_hash = ?1", &st, e);
    if (rc)
        return rc;
    int64_t uid = 0, exp = 0;
    bool row = false;
    b_text(st, 1, token_hash);
    rc = step(c, st, &row, "session_get", e);
    if (!rc && row) {
        uid = col_i64(st, 0);
        exp = col_i64(st, 1);
    } else if (!rc) {
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such session");
    }
    done(c, st);
    if (rc)
        return rc;
    if (now >= exp) {
        /* Housekeeping: an expired session is never coming back. */
        if (prep(c, "DELETE FROM sessions WHERE token_hash = ?1 AND expires_at <= ?2", &st,
                 NULL) == LC_OK) {
            b_text(st, 1, token_hash);
            b_i64(st, 2, now);
            run(c, st, "session_get", NULL);
        }
        return lc_err_set(e, LC_ERR_NOTFOUND, "session expired");
    }
    if (user_id)
        *user_id = uid;
    if (expires_at)
        *expires_at = exp;
    return LC_OK;
}

static lc_code session_revoke_c(conn *c, const char *token_hash, lc_err *e)
{
    if (!token_hash)
        return LC_OK;
    stmt *st;
    lc_code rc = prep(c, "DELETE FROM sessions WHERE token_hash = ?1", &st, e);
    if (rc)
        return rc;
    b_text(st, 1, token_hash);
    return run(c, st, "session_revoke", e);
}

/* problems */

static bool valid_difficulty(const char *d)
{
    return d && (strcmp(d, "easy") == 0 || strcmp(d, "medium") == 0 || strcmp(d, "hard") == 0);
}

/* The tag names of tags_json (a JSON array; its strings, trimmed of spaces,
 * non-empty, are the names; other elements are ignored). */
static lc_code parse_tags(const char *tags_json, json_t **out, lc_err *e)
{
    json_t *a = json_loads(tags_json, JSON_REJECT_DUPLICATES, NULL);
    if (!json_is_array(a)) {
        json_decref(a);
        return lc_err_set(e, LC_ERR_INVALID, "store: tags_json must be a JSON array of strings");
    }
    json_t *names = json_array();
    size_t i;
    json_t *v;
    json_array_foreach(a, i, v) {
        const char *s = json_string_value(v);
        if (!s)
            continue;
        size_t n = strlen(s);
        while (n && s[n - 1] == ' ')
            n--;
        while (n && *s == ' ')
            s++, n--;
        if (n && json_array_append_new(names, json_stringn(s, n)) != 0)
            break;
    }
    json_decref(a);
    if (!names)
        return oom(e);
    *out = names;
    return LC_OK;
}

static lc_code problem_put_files(conn *c, int64_t id, const lc_pkg_file *files, size_t nfiles,
                                 lc_err *e)
{
    stmt *st;
    lc_code rc = prep(c, "DELETE FROM problem_files WHERE problem_id = ?1", &st, e);
    if (rc)
        return rc;
    b_i64(st, 1, id);
    rc = run(c, st, "problem_put: files", e);
    for (size_t i = 0; i < nfiles && !rc; i++) {
        if (!files[i].path || (!files[i].data && files[i].len) || files[i].len > INT32_MAX)
            return lc_err_set(e, LC_ERR_INVALID, "store: bad package file #%zu", i);
        rc = prep(c, "INSERT INTO problem_files (problem_id, path, data) VALUES (?1, ?2, ?3)",
                  &st, e);
        if (rc)
            return rc;
        b_i64(st, 1, id);
        b_text(st, 2, files[i].path);
        b_blob(st, 3, files[i].data ? files[i].data : "", files[i].len);
        rc = run(c, st, "problem_put: files", e);
        if (rc == LC_ERR_CONFLICT)
            rc = lc_err_set(e, LC_ERR_INVALID, "store: duplicate package file %.200s",
                            files[i].path);
    }
    return rc;
}

/* Tags: derived from tags_json (created when new; matched case-insensitively). */
static lc_code problem_put_tags(conn *c, int64_t id, json_t *names, lc_err *e)
{
    stmt *st;
    lc_code rc = prep(c, "DELETE FROM problem_tags WHERE problem_id = ?1", &st, e);
    if (rc)
        return rc;
    b_i64(st, 1, id);
    rc = run(c, st, "problem_put: tags", e);
    size_t i;
    json_t *v;
    json_array_foreach(names, i, v) {
        if (rc)
            break;
        const char *name = json_string_value(v);
        rc = prep(c, "INSERT INTO tags (name) VALUES (?1) ON CONFLICT DO NOTHING", &st, e);
        if (rc)
            break;
        b_text(st, 1, name);
        rc = run(c, st, "problem_put: tags", e);
        if (rc)
            break;
        rc = prep(c,
                  "INSERT INTO problem_tags (problem_id, tag_id)"
                  " SELECT ?1, id FROM tags WHERE name = ?2 ON CONFLICT DO NOTHING",
                  &st, e);
        if (rc)
            break;
        b_i64(st, 1, id);
        b_text(st, 2, name);
        rc = run(c, st, "problem_put: tags", e);
    }
    return rc;
}

static lc_code problem_put_body(conn *c, const lc_problem *p, const lc_pkg_file *files,
                                size_t nfiles, json_t *tag_names, int64_t *id_out,
                                bool *changed_out, lc_err *e)
{
    const char *tags = p->tags_json ? p->tags_json : "[]";
    const char *hash = p->package_hash ? p->package_hash : "";
    int64_t now = now_s();
    stmt *st;
    bool row = false;

    lc_code rc = prep(c, "SELECT id, package_hash FROM problems WHERE slug = ?1", &st, e);
    if (rc)
        return rc;
    b_text(st, 1, p->slug);
    int64_t id = 0;
    bool exists_ = false, changed = true;
    rc = step(c, st, &row, "problem_put", e);
    if (!rc && row) {
        exists_ = true;
        id = col_i64(st, 0);
        const char *old = col_text(st, 1);
        changed = strcmp(old ? old : "", hash) != 0;
    }
    done(c, st);
    if (rc)
        return rc;

    if (exists_) {
        rc = prep(c,
                  "UPDATE problems SET title = ?2, difficulty = ?3, tags_json = ?4,"
                  " statement = ?5, limits_json = ?6, function_json = ?7, starter_json = ?8,"
                  " examples_json = ?9, package_hash = ?10, updated_at = ?11 WHERE id = ?1",
                  &st, e);
        if (rc)
            return rc;
        b_i64(st, 1, id);
    } else {
        rc = prep(c,
                  "INSERT INTO problems (slug, title, difficulty, tags_json, statement,"
                  " limits_json, function_json, starter_json, examples_json, package_hash,"
                  " updated_at, created_at)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id",
                  &st, e);
        if (rc)
            return rc;
        b_text(st, 1, p->slug);
        b_i64(st, 12, p->created_at > 0 ? p->created_at : now);
    }
    b_text(st, 2, p->title);
    b_text(st, 3, p->difficulty);
    b_text(st, 4, tags);
    b_text(st, 5, p->statement ? p->statement : "");
    b_text(st, 6, p->limits_json);
    b_text(st, 7, p->function_json);
    b_text(st, 8, p->starter_json);
    b_text(st, 9, p->examples_json);
    b_text(st, 10, hash);
    b_i64(st, 11, p->updated_at > 0 ? p->updated_at : now);
    if (exists_) {
        rc = run(c, st, "problem_put", e);
    } else {
        bool found = false;
        rc = run_i64(c, st, &id, &found, "problem_put", e);
        if (!rc && !found)
            rc = lc_err_set(e, LC_ERR_INTERNAL, "store: problem_put: no id returned");
    }
    if (rc)
        return rc;

    if (exists_ && changed) {
        rc = prep(c,
                  "UPDATE submissions SET needs_rejudge = 1 WHERE problem_id = ?1"
                  " AND mode = 'submit' AND status <> 'pending'",
                  &st, e);
        if (rc)
            return rc;
        b_i64(st, 1, id);
        rc = run(c, st, "problem_put: marking submissions for rejudging", e);
        if (rc)
            return rc;
    }

    /* Files: replaced as a whole. */
    rc = problem_put_files(c, id, files, nfiles, e);
    if (!rc)
        rc = problem_put_tags(c, id, tag_names, e);
    if (rc)
        return rc;
    if (id_out)
        *id_out = id;
    if (changed_out)
        *changed_out = changed;
    return LC_OK;
}

static lc_code problem_put_c(conn *c, const lc_problem *p, const lc_pkg_file *files,
                             size_t nfiles, int64_t *id, bool *changed, lc_err *e)
{
    if (!p || !p->slug || !*p->slug || !p->title)
        return lc_err_set(e, LC_ERR_INVALID, "store: a problem needs a slug and a title");
    if (!valid_difficulty(p->difficulty))
        return lc_err_set(e, LC_ERR_INVALID, "store: difficulty must be easy, medium or hard");
    if (nfiles && !files)
        return lc_err_set(e, LC_ERR_INVALID, "store: no files");
    json_t *names = NULL;
    lc_code rc = parse_tags(p->tags_json ? p->tags_json : "[]", &names, e);
    if (rc)
        return rc;
    rc = c->d->begin(c, LC_SQL_WRITE, e);
    if (!rc) {
        rc = problem_put_body(c, p, files, nfiles, names, id, changed, e);
        rc = end_txn(c, rc, e);
    }
    json_decref(names);
    return rc;
}

static lc_code problem_get_c(conn *c, const char *key, bool include_deleted, lc_problem *out,
                             lc_err *e)
{
    if (!key || !*key)
        return lc_err_set(e, LC_ERR_NOTFOUND, "no such problem");
    bool digits = strspn(key, "0123456789") == strlen(key);
    int64_t id = 0;
    if (digits) {
        errno = 0;
        long long v = strtoll(key, NULL, 10);
        if (errno == ERANGE)
            return lc_err_set(e, LC_ERR_NOTFOUND, "no such problem");
        id = v;
    }
    stmt *st;
    lc_code rc = prep(c,
                      digits ? "SELECT " PROBLEM_COLS " FROM problems p"
                               " WHERE p.id = ?1 AND (?2 = 1 OR p.deleted = 0)"
                             : "SELECT " PROBLEM_COLS " FROM problems p"
                               " WHERE p.slug = ?1 AND (?2 = 1 OR p.deleted = 0)",
                      &st, e);
    if (rc)
        return rc;
    if (digits)
        b_i64(st, 1, id);
    else
        b_text(st, 1, key);
    b_i64(st, 2, include_deleted ? 1 : 0);
    bool row = false;
    rc = step(c, st, &row, "problem_get", e);
    if (!rc)
        rc = row ? read_problem(st, out, e) : lc_err_set(e, LC_ERR_NOTFOUND, "no such problem");
    done(c, st);
    return rc;
}

/* "%text%" in lower case (ASCII), with LIKE's metacharacters escaped by '\'. */
static char *like_contains(const char *text)
{
    size_t n = strlen(text);
    char *p = malloc(2 * n + 3);
    if (!p)
        return NULL;
    size_t j = 0;
    p[j++] = '%';
    for (size_t i = 0; i < n; i++) {
        if (text[i] == '%' || text[i] == '_' || text[i] == '\\')
            p[j++] = '\\';
        p[j++] = (char)tolower((unsigned char)text[i]);
    }
    p[j++] = '%';
    p[j] = '\0';
    return p;
}

#define SUB_SUBMIT "s.problem_id = p.id AND s.user_id = %d AND s.mode = 'submit'"

static lc_code problem_list_body(conn *c, const lc_problem_filter *f, const char *pattern,
                                 const char *status, int64_t page, int64_t limit, lc_list *out,
                                 lc_err *e)
{
    /* The WHERE clause is assembled from fixed fragments; values are parameters. */
    qbuf w = {.sql = " WHERE 1 = 1"};
    if (!f->include_deleted)
        strcat(w.sql, " AND p.deleted = 0");
    if (f->difficulty)
        q_text(&w, " AND p.difficulty = %d", f->difficulty);
    if (f->tag)
        q_text(&w, " AND EXISTS (SELECT 1 FROM problem_tags pt JOIN tags t ON t.id = pt.tag_id"
                   " WHERE pt.problem_id = p.id AND t.name = %d)",
               f->tag);
    if (pattern)
        q_text(&w, " AND (lower(p.title) LIKE %d ESCAPE '\\' OR lower(p.slug) LIKE %d ESCAPE '\\')",
               pattern);
    if (status && strcmp(status, "solved") == 0)
        q_i64(&w, " AND EXISTS (SELECT 1 FROM submissions s WHERE " SUB_SUBMIT
                  " AND s.result = 'Accepted')",
              f->user_id);
    else if (status && strcmp(status, "attempted") == 0)
        q_i64(&w, " AND EXISTS (SELECT 1 FROM submissions s WHERE " SUB_SUBMIT ")"
                  " AND NOT EXISTS (SELECT 1 FROM submissions s WHERE " SUB_SUBMIT
                  " AND s.result = 'Accepted')",
              f->user_id);
    else if (status)
        q_i64(&w, " AND NOT EXISTS (SELECT 1 FROM submissions s WHERE " SUB_SUBMIT ")",
              f->user_id);

    return count_and_page(c, &w, PROBLEM_COLS, "problems p", "p.id", page, limit,
                          sizeof(lc_problem), read_problem, free_problem, "problem_list", out, e);
}

static lc_code problem_list_c(conn *c, const lc_problem_filter *fin, lc_list *out, lc_err *e)
{
    memset(out, 0, sizeof *out);
    lc_problem_filter f = {0};
    if (fin)
        f = *fin;
    int64_t page = f.page, limit = f.limit;
    clamp_page(&page, &limit);
    const char *status = f.user_id > 0 ? f.status : NULL;
    if (status && strcmp(status, "solved") != 0 && strcmp(status, "attempted") != 0 &&
        strcmp(status, "todo") != 0)
        return lc_err_set(e, LC_ERR_INVALID, "status must be solved, attempted or todo");
    char *pattern = NULL;
    if (f.search && *f.search) {
        if (strlen(f.search) > SQ_MAX_SEARCH)
            return lc_err_set(e, LC_ERR_LIMIT, "search is longer than %d bytes", SQ_MAX_SEARCH);
        pattern = like_contains(f.search);
        if (!pattern)
            return oom(e);
    }
    lc_code rc = c->d->begin(c, LC_SQL_READ, e);
    if (!rc) {
        rc = problem_list_body(c, &f, pattern, status, page, limit, out, e);
        rc = end_txn(c, rc, e);
        if (rc)
            lc_list_free_problems(out);
    }
    free(pattern);
    return rc;
}

static lc_code problem_set_deleted_c(conn *c, int64_t id, bool deleted, lc_err *e)
{
    stmt *st;
    lc_code rc = prep(c, "UPDATE problems SET deleted = ?2, updated_at = ?3 WHERE id = ?1", &st, e);
    if (rc)
        return rc;
    b_i64(st, 1, id);
    b_i64(st, 2, deleted ? 1 : 0);
    b_i64(st, 3, now_s());
    bool row = false;
    rc = step(c, st, &row, "problem_set_deleted", e);
    int64_t changed = rc ? 0 : c->d->changes(c, st);
    done(c, st);
    if (!rc && changed == 0)
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such problem");
    return rc;
}

static lc_code problem_files_body(conn *c, int64_t id, lc_pkg_file **files, size_t *n, lc_err *e)
{
    lc_code rc = exists(c, "SELECT 1 FROM problems WHERE id = ?1", NULL, id, "problem", e);
    if (rc)
        return rc;
    stmt *st;
    rc = prep(c, "SELECT path, data FROM problem_files WHERE problem_id = ?1 ORDER BY path", &st,
              e);
    if (rc)
        return rc;
    b_i64(st, 1, id);
    lc_pkg_file *v = NULL;
    size_t cnt = 0, cap = 0;
    bool row = false;
    while (!(rc = step(c, st, &row, "problem_files", e)) && row) {
        if (cnt == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            lc_pkg_file *p = realloc(v, ncap * sizeof *v);
            if (!p) {
                rc = oom(e);
                break;
            }
            v = p;
            cap = ncap;
        }
        bool nomem = false;
        lc_pkg_file *f = &v[cnt];
        f->path = col_dup(st, 0, &nomem);
        size_t len = 0;
        const void *blob = st->d->col_blob(st, 1, &len);
        f->len = len;
        f->data = malloc(len + 1); /* NUL-terminated for text files */
        if (f->data) {
            if (len)
                memcpy(f->data, blob, len);
            f->data[len] = '\0';
        }
        if (nomem || !f->data) {
            free(f->path);
            free(f->data);
            rc = oom(e);
            break;
        }
        cnt++;
    }
    done(c, st);
    if (rc) {
        lc_pkg_files_free(v, cnt);
        return rc;
    }
    *files = v;
    *n = cnt;
    return LC_OK;
}

static lc_code problem_files_c(conn *c, int64_t id, lc_pkg_file **files, size_t *n, lc_err *e)
{
    *files = NULL;
    *n = 0;
    lc_code rc = c->d->begin(c, LC_SQL_READ, e);
    if (rc)
        return rc;
    rc = problem_files_body(c, id, files, n, e);
    return end_txn(c, rc, e);
}

static lc_code problem_solved_status_c(conn *c, int64_t user_id, int64_t problem_id,
                                       const char **status, lc_err *e)
{
    stmt *st;
    lc_code rc =
        prep(c,
             "SELECT COUNT(*), COALESCE(MAX(CASE WHEN result = 'Accepted' THEN 1 ELSE 0 END), 0)"
             " FROM submissions WHERE problem_id = ?1 AND user_id = ?2 AND mode = 'submit'",
             &st, e);
    if (rc)
        return rc;
    b_i64(st, 1, problem_id);
    b_i64(st, 2, user_id);
    bool row = false;
    rc = step(c, st, &row, "problem_solved_status", e);
    if (!rc)
        *status = !row ? "todo" : col_i64(st, 1) ? "solved" : col_i64(st, 0) ? "attempted" : "todo";
    done(c, st);
    return rc;
}

/* tags */

static lc_code tag_list_c(conn *c, char ***names_out, int64_t **ids_out, size_t *n_out, lc_err *e)
{
    *names_out = NULL;
    *ids_out = NULL;
    *n_out = 0;
    stmt *st;
    lc_code rc = prep(c, "SELECT id, name FROM tags ORDER BY name, id", &st, e);
    if (rc)
        return rc;
    char **names = NULL;
    int64_t *ids = NULL;
    size_t n = 0, cap = 0;
    bool row = false;
    while (!(rc = step(c, st, &row, "tag_list", e)) && row) {
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            char **pn = realloc(names, ncap * sizeof *pn);
            if (pn)
                names = pn;
            int64_t *pi = pn ? realloc(ids, ncap * sizeof *pi) : NULL;
            if (!pi) {
                rc = oom(e);
                break;
            }
            ids = pi;
            cap = ncap;
        }
        bool nomem = false;
        names[n] = col_dup(st, 1, &nomem);
        if (nomem) {
            rc = oom(e);
            break;
        }
        ids[n] = col_i64(st, 0);
        n++;
    }
    done(c, st);
    if (rc) {
        lc_tags_free(names, ids, n);
        return rc;
    }
    *names_out = names;
    *ids_out = ids;
    *n_out = n;
    return LC_OK;
}

static lc_code tag_create_c(conn *c, const char *name, int64_t *id, lc_err *e)
{
    if (!name || !*name)
        return lc_err_set(e, LC_ERR_INVALID, "store: empty tag name");
    stmt *st;
    lc_code rc = prep(c, "INSERT INTO tags (name) VALUES (?1) RETURNING id", &st, e);
    if (rc)
        return rc;
    b_text(st, 1, name);
    int64_t v = 0;
    bool found = false;
    rc = run_i64(c, st, &v, &found, "tag_create", e);
    if (rc == LC_ERR_CONFLICT)
        return lc_err_set(e, rc, "tag exists already");
    if (!rc && id)
        *id = v;
    return rc;
}

static lc_code tag_delete_c(conn *c, int64_t id, lc_err *e)
{
    stmt *st;
    /* problem_tags rows go with it (ON DELETE CASCADE); tags_json keeps its text. */
    lc_code rc = prep(c, "DELETE FROM tags WHERE id = ?1", &st, e);
    if (rc)
        return rc;
    b_i64(st, 1, id);
    bool row = false;
    rc = step(c, st, &row, "tag_delete", e);
    int64_t changed = rc ? 0 : c->d->changes(c, st);
    done(c, st);
    if (!rc && changed == 0)
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such tag");
    return rc;
}

/* submissions */

static bool valid_id(const char *id) { return id[0] && strnlen(id, 40) < 40; }

static bool final_status(const char *st)
{
    static const char *const finals[] = {
        "success",        "compilation_error",     "runtime_error",
        "time_limit_exceeded", "memory_limit_exceeded", "output_limit_exceeded",
        "internal_error",
    };
    for (size_t i = 0; st && i < sizeof finals / sizeof finals[0]; i++)
        if (strcmp(st, finals[i]) == 0)
            return true;
    return false;
}

static lc_code submission_create_c(conn *c, const lc_submission *sub, lc_err *e)
{
    if (!sub || !valid_id(sub->id) || !sub->language || !sub->code)
        return lc_err_set(e, LC_ERR_INVALID,
                          "store: a submission needs an id, a language and code");
    const char *mode = sub->mode ? sub->mode : "submit";
    if (strcmp(mode, "submit") != 0 && strcmp(mode, "run") != 0)
        return lc_err_set(e, LC_ERR_INVALID, "store: mode must be submit or run");
    stmt *st;
    lc_code rc = prep(c,
                      "INSERT INTO submissions (id, user_id, problem_id, language, code, mode,"
                      " input, status, created_at)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'pending', ?8)",
                      &st, e);
    if (rc)
        return rc;
    b_text(st, 1, sub->id);
    b_i64(st, 2, sub->user_id);
    b_i64(st, 3, sub->problem_id);
    b_text(st, 4, sub->language);
    b_text(st, 5, sub->code);
    b_text(st, 6, mode);
    b_text(st, 7, sub->input);
    b_i64(st, 8, sub->created_at > 0 ? sub->created_at : now_ms());
    rc = run(c, st, "submission_create", e);
    if (rc == LC_ERR_NOTFOUND)
        return lc_err_set(e, rc, "no such user or problem");
    if (rc == LC_ERR_CONFLICT)
        return lc_err_set(e, rc, "submission %s exists already", sub->id);
    return rc;
}

/* One submission of a group inside the group's transaction: where a failed
 * statement would abort the transaction, it runs inside a savepoint. */
static lc_code submission_create_in_group(conn *c, const lc_submission *sub, lc_err *e)
{
    if (!c->d->stmt_error_aborts_txn)
        return submission_create_c(c, sub, e);
    lc_code rc = exec(c, "SAVEPOINT lc_one", e);
    if (rc)
        return rc;
    rc = submission_create_c(c, sub, e);
    lc_code rc2 = exec(c, rc ? "ROLLBACK TO SAVEPOINT lc_one" : "RELEASE SAVEPOINT lc_one",
                       rc ? NULL : e);
    return rc ? rc : rc2;
}

static lc_code submission_get_c(conn *c, const char *id, lc_submission *out, lc_err *e)
{
    if (!id)
        return lc_err_set(e, LC_ERR_NOTFOUND, "no such submission");
    stmt *st;
    lc_code rc = prep(c, "SELECT " SUB_COLS " FROM submissions WHERE id = ?1", &st, e);
    if (rc)
        return rc;
    b_text(st, 1, id);
    bool row = false;
    rc = step(c, st, &row, "submission_get", e);
    if (!rc)
        rc = row ? read_sub(st, out, e) : lc_err_set(e, LC_ERR_NOTFOUND, "no such submission");
    done(c, st);
    return rc;
}

static lc_code submission_start_c(conn *c, const char *id, bool *started, lc_err *e)
{
    *started = false;
    if (!id)
        return lc_err_set(e, LC_ERR_NOTFOUND, "no such submission");
    stmt *st;
    lc_code rc = prep(
        c, "UPDATE submissions SET status = 'running' WHERE id = ?1 AND status = 'pending'", &st,
        e);
    if (rc)
        return rc;
    b_text(st, 1, id);
    bool row = false;
    rc = step(c, st, &row, "submission_start", e);
    int64_t changed = rc ? 0 : c->d->changes(c, st);
    done(c, st);
    if (rc)
        return rc;
    if (changed == 1) {
        *started = true;
        return LC_OK;
    }
    return exists(c, "SELECT 1 FROM submissions WHERE id = ?1", id, 0, "submission", e);
}

static lc_code submission_finish_body(conn *c, const lc_submission *r, bool *applied, lc_err *e)
{
    stmt *st;
    lc_code rc = prep(c,
                      "SELECT status, CASE WHEN result = 'Accepted' THEN 1 ELSE 0 END,"
                      " CASE WHEN mode = 'submit' THEN 1 ELSE 0 END, problem_id, needs_rejudge"
                      " FROM submissions WHERE id = ?1",
                      &st, e);
    if (rc)
        return rc;
    b_text(st, 1, r->id);
    bool row = false;
    rc = step(c, st, &row, "submission_finish", e);
    bool first = false, rejudge = false, was_acc = false, submit = false;
    int64_t problem_id = 0;
    if (!rc && row) {
        const char *status = col_text(st, 0);
        first = status && (strcmp(status, "pending") == 0 || strcmp(status, "running") == 0);
        was_acc = col_i64(st, 1) != 0;
        submit = col_i64(st, 2) != 0;
        problem_id = col_i64(st, 3);
        rejudge = !first && col_i64(st, 4) != 0;
    } else if (!rc) {
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such submission");
    }
    done(c, st);
    if (rc || (!first && !rejudge))
        return rc; /* already has its verdict: nothing changes */

    rc = prep(c,
              "UPDATE submissions SET status = ?2, result = ?3, runtime = ?4, memory = ?5,"
              " passed = ?6, total = ?7, details_json = ?8, finished_at = ?9,"
              " needs_rejudge = CASE WHEN ?10 = 1 THEN 0 ELSE needs_rejudge END WHERE id = ?1",
              &st, e);
    if (rc)
        return rc;
    b_text(st, 1, r->id);
    b_text(st, 2, r->status);
    b_text(st, 3, r->result);
    b_dbl(st, 4, r->runtime);
    b_i64(st, 5, r->memory);
    b_i64(st, 6, r->passed);
    b_i64(st, 7, r->total);
    b_text(st, 8, r->details_json);
    b_i64(st, 9, r->finished_at > 0 ? r->finished_at : now_ms());
    b_i64(st, 10, rejudge ? 1 : 0);
    rc = run(c, st, "submission_finish", e);
    if (rc)
        return rc;

    if (submit) {
        bool acc = r->result && strcmp(r->result, "Accepted") == 0;
        int64_t dsub = first ? 1 : 0;
        int64_t dacc = first ? (acc ? 1 : 0) : (int64_t)acc - (int64_t)was_acc;
        if (dsub || dacc) {
            rc = prep(c,
                      "UPDATE problems SET submissions = submissions + ?2,"
                      " accepted = accepted + ?3 WHERE id = ?1",
                      &st, e);
            if (rc)
                return rc;
            b_i64(st, 1, problem_id);
            b_i64(st, 2, dsub);
            b_i64(st, 3, dacc);
            rc = run(c, st, "submission_finish: counters", e);
            if (rc)
                return rc;
        }
    }
    *applied = true;
    return LC_OK;
}

static lc_code submission_finish_c(conn *c, const lc_submission *r, bool *applied, lc_err *e)
{
    *applied = false;
    if (!r || !valid_id(r->id))
        return lc_err_set(e, LC_ERR_INVALID, "store: a result needs a submission id");
    if (!final_status(r->status))
        return lc_err_set(e, LC_ERR_INVALID, "store: '%.40s' is not a verdict status",
                          r->status ? r->status : "(null)");
    lc_code rc = c->d->begin(c, LC_SQL_WRITE, e);
    if (rc)
        return rc;
    rc = submission_finish_body(c, r, applied, e);
    rc = end_txn(c, rc, e);
    if (rc)
        *applied = false;
    return rc;
}

static lc_code submission_list_body(conn *c, lc_sub_by by, int64_t user_id, int64_t problem_id,
                                    int64_t page, int64_t limit, lc_list *out, lc_err *e)
{
    qbuf w = {.sql = " WHERE"};
    if (by == LC_SUB_BY_PROBLEM || by == LC_SUB_BY_PROBLEM_USER)
        q_i64(&w, " problem_id = %d AND", problem_id);
    if (by == LC_SUB_BY_USER || by == LC_SUB_BY_PROBLEM_USER)
        q_i64(&w, " user_id = %d AND", user_id);
    strcat(w.sql, " mode = 'submit'");
    return count_and_page(c, &w, SUB_COLS_LIST, "submissions", "created_at DESC, id DESC", page,
                          limit, sizeof(lc_submission), read_sub, free_sub, "submission_list", out,
                          e);
}

static lc_code submission_list_c(conn *c, lc_sub_by by, int64_t user_id, int64_t problem_id,
                                 int64_t page, int64_t limit, lc_list *out, lc_err *e)
{
    memset(out, 0, sizeof *out);
    if (by != LC_SUB_BY_USER && by != LC_SUB_BY_PROBLEM && by != LC_SUB_BY_PROBLEM_USER)
        return lc_err_set(e, LC_ERR_INVALID, "store: unknown submission list");
    clamp_page(&page, &limit);
    lc_code rc = c->d->begin(c, LC_SQL_READ, e);
    if (rc)
        return rc;
    rc = submission_list_body(c, by, user_id, problem_id, page, limit, out, e);
    rc = end_txn(c, rc, e);
    if (rc)
        lc_list_free_submissions(out);
    return rc;
}

static lc_code sub_query_all(conn *c, const char *sql, int64_t limit, lc_list *out, lc_err *e)
{
    memset(out, 0, sizeof *out);
    stmt *st;
    lc_code rc = prep(c, sql, &st, e);
    if (rc)
        return rc;
    if (limit > 0)
        b_i64(st, 1, limit);
    rc = read_rows(c, st, sizeof(lc_submission), read_sub, free_sub, out, e);
    done(c, st);
    if (!rc)
        out->total = (int64_t)out->n;
    return rc;
}

static lc_code submission_unfinished_c(conn *c, lc_list *out, lc_err *e)
{
    return sub_query_all(c,
                         "SELECT " SUB_COLS " FROM submissions"
                         " WHERE status IN ('pending', 'running') ORDER BY created_at, id",
                         0, out, e);
}

static lc_code submission_rejudge_list_c(conn *c, int64_t limit, lc_list *out, lc_err *e)
{
    if (limit <= 0)
        limit = SQ_REJUDGE_DEFAULT;
    if (limit > SQ_REJUDGE_MAX)
        limit = SQ_REJUDGE_MAX;
    return sub_query_all(c,
                         "SELECT " SUB_COLS " FROM submissions"
                         " WHERE needs_rejudge = 1 ORDER BY created_at, id LIMIT ?1",
                         limit, out, e);
}

static lc_code submission_beats_c(conn *c, const lc_submission *sub, double *rt_pct,
                                  double *mem_pct, lc_err *e)
{
    *rt_pct = *mem_pct = 0;
    if (!sub || !sub->language)
        return lc_err_set(e, LC_ERR_INVALID, "store: beats needs a problem and a language");
    stmt *st;
    lc_code rc = prep(c,
                      "SELECT COUNT(*), COALESCE(SUM(CASE WHEN runtime > ?3 THEN 1 ELSE 0 END), 0),"
                      " COALESCE(SUM(CASE WHEN memory > ?4 THEN 1 ELSE 0 END), 0) FROM submissions"
                      " WHERE problem_id = ?1 AND language = ?2 AND mode = 'submit'"
                      " AND result = 'Accepted' AND id <> ?5",
                      &st, e);
    if (rc)
        return rc;
    b_i64(st, 1, sub->problem_id);
    b_text(st, 2, sub->language);
    b_dbl(st, 3, sub->runtime);
    b_i64(st, 4, sub->memory);
    b_text(st, 5, sub->id);
    bool row = false;
    rc = step(c, st, &row, "submission_beats", e);
    if (!rc && row) {
        int64_t n = col_i64(st, 0);
        if (n == 0) {
            *rt_pct = *mem_pct = 100.0; /* the only one: it beats everybody there is */
        } else {
            *rt_pct = 100.0 * (double)col_i64(st, 1) / (double)n;
            *mem_pct = 100.0 * (double)col_i64(st, 2) / (double)n;
        }
    }
    done(c, st);
    return rc;
}

/* ---- the ops table: each operation on a connection of its own -------------------------- */

#define WITH_CONN(store, call)                                                                     \
    do {                                                                                           \
        lc_sql_store *s_ = (lc_sql_store *)(store);                                                \
        lc_sql_conn *c_ = NULL;                                                                    \
        lc_code rc_ = s_->acquire(s_, &c_, e);                                                     \
        if (rc_)                                                                                   \
            return rc_;                                                                            \
        rc_ = (call);                                                                              \
        s_->release(s_, c_);                                                                       \
        return rc_;                                                                                \
    } while (0)

static void op_close(lc_store *st)
{
    lc_sql_store *s = (lc_sql_store *)st;
    if (s)
        s->destroy(s);
}

static lc_code op_ping(lc_store *st, lc_err *e) { WITH_CONN(st, ping_c(c_, e)); }

static lc_code op_user_create(lc_store *st, const lc_user *u, int64_t *id, lc_err *e)
{
    WITH_CONN(st, user_create_c(c_, u, id, e));
}

static lc_code op_user_get(lc_store *st, int64_t id, lc_user *out, lc_err *e)
{
    WITH_CONN(st, user_get_c(c_, id, out, e));
}

static lc_code op_user_find(lc_store *st, const char *login, lc_user *out, lc_err *e)
{
    WITH_CONN(st, user_find_c(c_, login, out, e));
}

static lc_code op_user_stats(lc_store *st, int64_t id, int64_t now, lc_user_stats *out, lc_err *e)
{
    WITH_CONN(st, user_stats_c(c_, id, now, out, e));
}

static lc_code op_session_create(lc_store *st, const char *token_hash, int64_t user_id,
                                 int64_t expires_at, lc_err *e)
{
    WITH_CONN(st, session_create_c(c_, token_hash, user_id, expires_at, e));
}

static lc_code op_session_get(lc_store *st, const char *token_hash, int64_t now, int64_t *user_id,
                              int64_t *expires_at, lc_err *e)
{
    WITH_CONN(st, session_get_c(c_, token_hash, now, user_id, expires_at, e));
}

static lc_code op_session_revoke(lc_store *st, const char *token_hash, lc_err *e)
{
    WITH_CONN(st, session_revoke_c(c_, token_hash, e));
}

static lc_code op_problem_put(lc_store *st, const lc_problem *p, const lc_pkg_file *files,
                              size_t nfiles, int64_t *id, bool *changed, lc_err *e)
{
    WITH_CONN(st, problem_put_c(c_, p, files, nfiles, id, changed, e));
}

static lc_code op_problem_get(lc_store *st, const char *key, bool include_deleted,
                              lc_problem *out, lc_err *e)
{
    WITH_CONN(st, problem_get_c(c_, key, include_deleted, out, e));
}

static lc_code op_problem_list(lc_store *st, const lc_problem_filter *f, lc_list *out, lc_err *e)
{
    WITH_CONN(st, problem_list_c(c_, f, out, e));
}

static lc_code op_problem_set_deleted(lc_store *st, int64_t id, bool deleted, lc_err *e)
{
    WITH_CONN(st, problem_set_deleted_c(c_, id, deleted, e));
}

static lc_code op_problem_files(lc_store *st, int64_t id, lc_pkg_file **files, size_t *n,
                                lc_err *e)
{
    WITH_CONN(st, problem_files_c(c_, id, files, n, e));
}

static lc_code op_problem_solved_status(lc_store *st, int64_t user_id, int64_t problem_id,
                                        const char **status, lc_err *e)
{
    WITH_CONN(st, problem_solved_status_c(c_, user_id, problem_id, status, e));
}

static lc_code op_tag_list(lc_store *st, char ***names, int64_t **ids, size_t *n, lc_err *e)
{
    WITH_CONN(st, tag_list_c(c_, names, ids, n, e));
}

static lc_code op_tag_create(lc_store *st, const char *name, int64_t *id, lc_err *e)
{
    WITH_CONN(st, tag_create_c(c_, name, id, e));
}

static lc_code op_tag_delete(lc_store *st, int64_t id, lc_err *e)
{
    WITH_CONN(st, tag_delete_c(c_, id, e));
}

static lc_code op_submission_create(lc_store *st, const lc_submission *sub, lc_err *e)
{
    WITH_CONN(st, submission_create_c(c_, sub, e));
}

static void op_submission_create_many(lc_store *st, const lc_submission *subs, size_t n,
                                      lc_code *rcs, lc_err *errs)
{
    lc_sql_store *s = (lc_sql_store *)st;
    lc_sql_conn *c = NULL;
    lc_err ae = {0};
    if (s->acquire(s, &c, &ae) != LC_OK) {
        for (size_t i = 0; i < n; i++) {
            rcs[i] = ae.code ? ae.code : LC_ERR_IO;
            errs[i] = ae;
        }
        return;
    }
    if (n == 1 || c->d->begin(c, LC_SQL_INSERT, &errs[0]) != LC_OK) {
        /* one submission (or no transaction to be had): each on its own */
        for (size_t i = 0; i < n; i++)
            rcs[i] = submission_create_c(c, &subs[i], &errs[i]);
        s->release(s, c);
        return;
    }
    bool done_ = false;
    if (c->d->stmt_error_aborts_txn) {
        /* optimistic: no savepoints (three round trips a row fewer); on the
         * first failure the group starts over with them */
        size_t i = 0;
        while (i < n && (rcs[i] = submission_create_c(c, &subs[i], &errs[i])) == LC_OK)
            i++;
        done_ = i == n;
        if (!done_) {
            rollback(c);
            if (c->d->begin(c, LC_SQL_INSERT, &errs[0]) != LC_OK) {
                for (size_t k = 0; k < n; k++) {
                    rcs[k] = errs[0].code ? errs[0].code : LC_ERR_IO;
                    errs[k] = errs[0];
                }
                s->release(s, c);
                return;
            }
        }
    }
    /* a failing INSERT (a constraint: a taken id, an unknown user) is backed
     * out alone and leaves the transaction open for the others */
    for (size_t i = 0; i < n && !done_; i++)
        rcs[i] = submission_create_in_group(c, &subs[i], &errs[i]);
    lc_err ce = {0};
    if (exec(c, "COMMIT", &ce) != LC_OK) {
        rollback(c);
        for (size_t i = 0; i < n; i++)
            if (rcs[i] == LC_OK) {
                rcs[i] = ce.code ? ce.code : LC_ERR_IO;
                errs[i] = ce;
            }
    }
    s->release(s, c);
}

static lc_code op_submission_get(lc_store *st, const char *id, lc_submission *out, lc_err *e)
{
    WITH_CONN(st, submission_get_c(c_, id, out, e));
}

static lc_code op_submission_start(lc_store *st, const char *id, bool *started, lc_err *e)
{
    WITH_CONN(st, submission_start_c(c_, id, started, e));
}

static lc_code op_submission_finish(lc_store *st, const lc_submission *r, bool *applied,
                                    lc_err *e)
{
    WITH_CONN(st, submission_finish_c(c_, r, applied, e));
}

static lc_code op_submission_list(lc_store *st, lc_sub_by by, int64_t user_id,
                                  int64_t problem_id, int64_t page, int64_t limit, lc_list *out,
                                  lc_err *e)
{
    WITH_CONN(st, submission_list_c(c_, by, user_id, problem_id, page, limit, out, e));
}

static lc_code op_submission_unfinished(lc_store *st, lc_list *out, lc_err *e)
{
    WITH_CONN(st, submission_unfinished_c(c_, out, e));
}

static lc_code op_submission_beats(lc_store *st, const lc_submission *sub, double *rt,
                                   double *mem, lc_err *e)
{
    WITH_CONN(st, submission_beats_c(c_, sub, rt, mem, e));
}

static lc_code op_submission_rejudge_list(lc_store *st, int64_t limit, lc_list *out, lc_err *e)
{
    WITH_CONN(st, submission_rejudge_list_c(c_, limit, out, e));
}

const lc_store_ops lc_sql_store_ops = {
    .scheme = "sql",
    .open = NULL, /* opened by a dialect: lc_store_sqlite_open, lc_store_pg_open */
    .close = op_close,
    .ping = op_ping,
    .user_create = op_user_create,
    .user_get = op_user_get,
    .user_find = op_user_find,
    .user_stats = op_user_stats,
    .session_create = op_session_create,
    .session_get = op_session_get,
    .session_revoke = op_session_revoke,
    .problem_put = op_problem_put,
    .problem_get = op_problem_get,
    .problem_list = op_problem_list,
    .problem_set_deleted = op_problem_set_deleted,
    .problem_files = op_problem_files,
    .problem_solved_status = op_problem_solved_status,
    .tag_list = op_tag_list,
    .tag_create = op_tag_create,
    .tag_delete = op_tag_delete,
    .submission_create = op_submission_create,
    .submission_create_many = op_submission_create_many,
    .submission_get = op_submission_get,
    .submission_start = op_submission_start,
    .submission_finish = op_submission_finish,
    .submission_list = op_submission_list,
    .submission_unfinished = op_submission_unfinished,
    .submission_beats = op_submission_beats,
    .submission_rejudge_list = op_submission_rejudge_list,
};
