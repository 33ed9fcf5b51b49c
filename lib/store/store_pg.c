/* The PostgreSQL dialect of the SQL store (sql.h): "postgresql://USER[:PASS]@HOST[:PORT]/DB[?...]"
 * (libpq's URL; also postgres://). Every query is store_sql.c's.
 *
 * - A pool of connections (pool=N in the URL's query, default 8), opened as
 *   operations need them; a broken connection is reset when next taken (its
 *   prepared statements go with it).
 * - Prepared statements only: a statement the cache keeps is PQprepare'd once
 *   per connection (parameter types from its first execution: int8, float8,
 *   bytea, and text left to the server to infer); values travel as parameters
 *   (text, bytea in binary), never in SQL text.
 * - ?N in the shared SQL becomes $N (outside quoted literals).
 * - Transactions: reads run REPEATABLE READ READ ONLY (one snapshot for a
 *   count and its page); a read-then-write operation (problem_put,
 *   submission_finish, migrations) takes one transaction-scoped advisory
 *   lock, so two API processes or workers never apply the same verdict twice;
 *   the group commit's inserts take none, and each runs in a savepoint (a
 *   failed statement would abort the whole transaction here).
 * - Schema version: the table litecode_schema; case-insensitive names by a
 *   nondeterministic ICU collation (lc_nocase), as SQLite's COLLATE NOCASE.
 */
#include "sql.h"

#include <libpq-fe.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PG_POOL_DEFAULT 8
#define PG_POOL_MAX 256
#define PG_WAIT_S 10          /* for a free connection */
#define PG_WRITE_LOCK 7310001 /* the advisory lock of read-then-write transactions */
#define PG_INT8OID 20
#define PG_FLOAT8OID 701
#define PG_BYTEAOID 17

typedef struct pg_conn {
    lc_sql_conn base;
    PGconn *pg;
    unsigned next_name;
} pg_conn;

typedef struct pg_stmt {
    lc_sql_stmt base;
    char *sql; /* with $N */
    char name[24];
    bool keep, prepared;
    int n;     /* parameters */
    char **vals;
    int *lens, *fmts;
    Oid *types;
    lc_code bind_rc;
    PGresult *res;
    int row, nrows;
    int64_t changes;
    unsigned char *blob; /* the last col_blob, decoded */
} pg_stmt;

typedef struct pg_store {
    lc_sql_store base;
    char *url;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    pg_conn **idle;
    size_t nidle, nopen, max;
} pg_store;

static const lc_sql_dialect pg_dialect;

static PGconn *pg_of(lc_sql_conn *c) { return ((pg_conn *)c)->pg; }
static pg_stmt *pgs(lc_sql_stmt *st) { return (pg_stmt *)st; }

static lc_code oom(lc_err *e) { return lc_err_set(e, LC_ERR_NOMEM, "store: out of memory"); }

/* An lc_code for a failed result, by SQLSTATE (NULL: the connection failed). */
static lc_code pg_code(const char *state)
{
    if (!state)
        return LC_ERR_IO;
    if (strcmp(state, "23505") == 0)
        return LC_ERR_CONFLICT; /* unique_violation */
    if (strcmp(state, "23503") == 0)
        return LC_ERR_NOTFOUND; /* foreign_key_violation */
    if (strncmp(state, "23", 2) == 0 || strncmp(state, "22", 2) == 0)
        return LC_ERR_INVALID; /* other constraints, bad data (invalid UTF-8, ...) */
    if (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0 ||
        strcmp(state, "55P03") == 0 || strcmp(state, "53300") == 0)
        return LC_ERR_BUSY;
    if (strncmp(state, "54", 2) == 0)
        return LC_ERR_LIMIT;
    if (strncmp(state, "08", 2) == 0 || strncmp(state, "53", 2) == 0 ||
        strncmp(state, "57", 2) == 0 || strncmp(state, "58", 2) == 0)
        return LC_ERR_IO;
    return LC_ERR_INTERNAL;
}

/* Sets e from a failed result (or the connection's error without one). */
static lc_code pg_fail(PGconn *pg, PGresult *res, const char *what, lc_err *e)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *msg = res ? PQresultErrorMessage(res) : NULL;
    if (!msg || !*msg)
        msg = PQerrorMessage(pg);
    int n = (int)strcspn(msg, "\n");
    return lc_err_set(e, pg_code(state), "store: %s: %.*s", what, n > 400 ? 400 : n, msg);
}

/* ?N -> $N outside '...' and "..." (the shared SQL's parameters). */
static char *translate(const char *sql, int *nparams)
{
    size_t len = strlen(sql);
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    int maxn = 0;
    char quote = 0;
    size_t j = 0;
    for (size_t i = 0; i < len; i++) {
        char ch = sql[i];
        if (quote) {
            if (ch == quote)
                quote = 0;
        } else if (ch == '\'' || ch == '"') {
            quote = ch;
        } else if (ch == '?' && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
            int v = atoi(sql + i + 1);
            if (v > maxn)
                maxn = v;
            ch = '$';
        }
        out[j++] = ch;
    }
    out[j] = '\0';
    *nparams = maxn;
    return out;
}

static void pg_finalize(lc_sql_stmt *st);

static lc_code pg_prepare(lc_sql_conn *c, const char *sql, bool keep, lc_sql_stmt **out, lc_err *e)
{
    pg_stmt *s = calloc(1, sizeof *s);
    if (!s)
        return oom(e);
    s->base.d = &pg_dialect;
    s->keep = keep;
    s->sql = translate(sql, &s->n);
    if (s->sql && s->n > 0) {
        s->vals = calloc((size_t)s->n, sizeof *s->vals);
        s->lens = calloc((size_t)s->n, sizeof *s->lens);
        s->fmts = calloc((size_t)s->n, sizeof *s->fmts);
        s->types = calloc((size_t)s->n, sizeof *s->types);
    }
    if (!s->sql || (s->n > 0 && (!s->vals || !s->lens || !s->fmts || !s->types))) {
        s->n = 0; /* nothing bound to free */
        pg_finalize(&s->base);
        return oom(e);
    }
    if (keep)
        snprintf(s->name, sizeof s->name, "lc%u", ((pg_conn *)c)->next_name++);
    *out = &s->base;
    return LC_OK;
}

static void pg_reset(lc_sql_stmt *st)
{
    pg_stmt *s = pgs(st);
    for (int i = 0; i < s->n; i++) {
        free(s->vals[i]);
        s->vals[i] = NULL;
        s->lens[i] = 0;
        s->fmts[i] = 0;
    }
    PQclear(s->res);
    s->res = NULL;
    PQfreemem(s->blob);
    s->blob = NULL;
    s->bind_rc = LC_OK;
    s->row = s->nrows = 0;
    s->changes = 0;
}

static void pg_finalize(lc_sql_stmt *st)
{
    if (!st)
        return;
    pg_stmt *s = pgs(st);
    pg_reset(st);
    free(s->sql);
    free(s->vals);
    free(s->lens);
    free(s->fmts);
    free(s->types);
    free(s);
}

/* Puts value v (len bytes, a copy is made) in parameter i. */
static void put(pg_stmt *s, int i, const void *v, size_t len, int fmt, Oid type)
{
    if (s->bind_rc)
        return;
    if (i < 1 || i > s->n) {
        s->bind_rc = LC_ERR_INTERNAL;
        return;
    }
    if (len > INT32_MAX) {
        s->bind_rc = LC_ERR_LIMIT;
        return;
    }
    i--;
    free(s->vals[i]);
    s->vals[i] = NULL;
    if (v) {
        s->vals[i] = malloc(len + 1);
        if (!s->vals[i]) {
            s->bind_rc = LC_ERR_NOMEM;
            return;
        }
        memcpy(s->vals[i], v, len);
        s->vals[i][len] = '\0';
    }
    s->lens[i] = (int)len;
    s->fmts[i] = fmt;
    if (!s->prepared && type)
        s->types[i] = type;
}

static void pg_bind_i64(lc_sql_stmt *st, int i, int64_t v)
{
    char b[24];
    int n = snprintf(b, sizeof b, "%lld", (long long)v);
    put(pgs(st), i, b, (size_t)n, 0, PG_INT8OID);
}

static void pg_bind_double(lc_sql_stmt *st, int i, double v)
{
    char b[40];
    int n = snprintf(b, sizeof b, "%.17g", v);
    put(pgs(st), i, b, (size_t)n, 0, PG_FLOAT8OID);
}

static void pg_bind_text(lc_sql_stmt *st, int i, const char *v)
{
    put(pgs(st), i, v, v ? strlen(v) : 0, 0, 0);
}

static void pg_bind_blob(lc_sql_stmt *st, int i, const void *v, size_t n)
{
    put(pgs(st), i, v ? v : "", n, 1, PG_BYTEAOID);
}

static lc_code pg_step(lc_sql_conn *c, lc_sql_stmt *st, bool *row, const char *what, lc_err *e)
{
    pg_stmt *s = pgs(st);
    PGconn *pg = pg_of(c);
    *row = false;
    if (!s->res) {
        if (s->bind_rc)
            return lc_err_set(e, s->bind_rc, "store: %s: binding a parameter failed", what);
        const char *const *vals = (const char *const *)s->vals;
        if (s->keep && !s->prepared) {
            PGresult *r = PQprepare(pg, s->name, s->sql, s->n, s->types);
            bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
            lc_code rc = ok ? LC_OK : pg_fail(pg, r, what, e);
            PQclear(r);
            if (rc)
                return rc;
            s->prepared = true;
        }
        s->res = s->keep ? PQexecPrepared(pg, s->name, s->n, vals, s->lens, s->fmts, 0)
                         : PQexecParams(pg, s->sql, s->n, s->types, vals, s->lens, s->fmts, 0);
        ExecStatusType t = PQresultStatus(s->res);
        if (t != PGRES_TUPLES_OK && t != PGRES_COMMAND_OK) {
            lc_code rc = pg_fail(pg, s->res, what, e);
            PQclear(s->res);
            s->res = NULL;
            return rc;
        }
        s->nrows = t == PGRES_TUPLES_OK ? PQntuples(s->res) : 0;
        s->row = -1;
        const char *ct = PQcmdTuples(s->res);
        s->changes = ct && *ct ? strtoll(ct, NULL, 10) : 0;
    }
    if (s->row < s->nrows)
        s->row++;
    *row = s->row < s->nrows;
    return LC_OK;
}

static int64_t pg_changes(lc_sql_conn *c, lc_sql_stmt *st)
{
    (void)c;
    return pgs(st)->changes;
}

static bool pg_col_null(lc_sql_stmt *st, int i)
{
    pg_stmt *s = pgs(st);
    return !s->res || s->row >= s->nrows || PQgetisnull(s->res, s->row, i);
}

static int64_t pg_col_i64(lc_sql_stmt *st, int i)
{
    if (pg_col_null(st, i))
        return 0;
    const char *v = PQgetvalue(pgs(st)->res, pgs(st)->row, i);
    if (v[0] == 't' && v[1] == '\0') /* a boolean */
        return 1;
    return strtoll(v, NULL, 10);
}

static double pg_col_double(lc_sql_stmt *st, int i)
{
    return pg_col_null(st, i) ? 0 : strtod(PQgetvalue(pgs(st)->res, pgs(st)->row, i), NULL);
}

static const char *pg_col_text(lc_sql_stmt *st, int i)
{
    return pg_col_null(st, i) ? NULL : PQgetvalue(pgs(st)->res, pgs(st)->row, i);
}

static const void *pg_col_blob(lc_sql_stmt *st, int i, size_t *len)
{
    pg_stmt *s = pgs(st);
    *len = 0;
    PQfreemem(s->blob);
    s->blob = NULL;
    if (pg_col_null(st, i))
        return NULL;
    s->blob = PQunescapeBytea((const unsigned char *)PQgetvalue(s->res, s->row, i), len);
    return s->blob;
}

static lc_code pg_exec(lc_sql_conn *c, const char *sql, lc_err *e)
{
    PGresult *r = PQexec(pg_of(c), sql);
    ExecStatusType t = PQresultStatus(r);
    lc_code rc = LC_OK;
    if (t != PGRES_COMMAND_OK && t != PGRES_TUPLES_OK)
        rc = pg_fail(pg_of(c), r, "exec", e);
    PQclear(r);
    return rc;
}

static lc_code pg_begin(lc_sql_conn *c, lc_sql_txn kind, lc_err *e)
{
    switch (kind) {
    case LC_SQL_READ: return pg_exec(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", e);
    case LC_SQL_INSERT: return pg_exec(c, "BEGIN", e);
    case LC_SQL_WRITE: break;
    }
    char sql[80]; /* a constant of ours */
    snprintf(sql, sizeof sql, "BEGIN; SELECT pg_advisory_xact_lock(%d)", PG_WRITE_LOCK);
    return pg_exec(c, sql, e);
}

static bool pg_in_txn(lc_sql_conn *c) { return PQtransactionStatus(pg_of(c)) != PQTRANS_IDLE; }

static lc_code pg_version_get(lc_sql_conn *c, int *v, lc_err *e)
{
    lc_code rc = pg_exec(c, "CREATE TABLE IF NOT EXISTS litecode_schema (version INTEGER NOT NULL)",
                         e);
    if (rc)
        return rc;
    PGresult *r = PQexec(pg_of(c), "SELECT COALESCE(MAX(version), 0) FROM litecode_schema");
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
        *v = atoi(PQgetvalue(r, 0, 0));
    else
        rc = pg_fail(pg_of(c), r, "schema version", e);
    PQclear(r);
    return rc;
}

static lc_code pg_version_set(lc_sql_conn *c, int v, lc_err *e)
{
    char sql[120]; /* a constant of ours */
    snprintf(sql, sizeof sql, "DELETE FROM litecode_schema; INSERT INTO litecode_schema VALUES (%d)",
             v);
    return pg_exec(c, sql, e);
}

static const char *const pg_words[] = {
    "{PRE}",
    "CREATE COLLATION IF NOT EXISTS lc_nocase"
    " (provider = icu, locale = 'und-u-ks-level2', deterministic = false);",
    "{ID}",      "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
    "{NOCASE}",  "COLLATE lc_nocase",
    "{BLOB}",    "BYTEA",
    "{NOROWID}", "",
    NULL,
};

static const lc_sql_dialect pg_dialect = {
    .name = "postgresql",
    .words = pg_words,
    .stmt_error_aborts_txn = true,
    .prepare = pg_prepare,
    .reset = pg_reset,
    .finalize = pg_finalize,
    .bind_i64 = pg_bind_i64,
    .bind_double = pg_bind_double,
    .bind_text = pg_bind_text,
    .bind_blob = pg_bind_blob,
    .step = pg_step,
    .changes = pg_changes,
    .col_i64 = pg_col_i64,
    .col_double = pg_col_double,
    .col_text = pg_col_text,
    .col_blob = pg_col_blob,
    .exec = pg_exec,
    .begin = pg_begin,
    .in_txn = pg_in_txn,
    .version_get = pg_version_get,
    .version_set = pg_version_set,
};

/* ---- the pool ----------------------------------------------------------------------------- */

static void conn_free(pg_conn *c)
{
    if (!c)
        return;
    lc_sql_conn_clear(&c->base);
    PQfinish(c->pg);
    free(c);
}

static void quiet(void *arg, const char *msg)
{
    (void)arg;
    (void)msg;
}

static lc_code conn_open(pg_store *s, pg_conn **out, lc_err *e)
{
    pg_conn *c = calloc(1, sizeof *c);
    if (!c)
        return oom(e);
    c->base.d = &pg_dialect;
    /* connect_timeout first: one in the URL wins */
    const char *const keys[] = {"connect_timeout", "application_name", "dbname", NULL};
    const char *const vals[] = {"5", "litecode", s->url, NULL};
    c->pg = PQconnectdbParams(keys, vals, 1);
    if (!c->pg || PQstatus(c->pg) != CONNECTION_OK) {
        const char *msg = c->pg ? PQerrorMessage(c->pg) : "out of memory";
        int n = (int)strcspn(msg, "\n");
        lc_code rc = lc_err_set(e, c->pg ? LC_ERR_IO : LC_ERR_NOMEM,
                                "store: cannot connect to PostgreSQL: %.*s", n > 300 ? 300 : n, msg);
        conn_free(c);
        return rc;
    }
    /* quiet NOTICEs (CREATE ... IF NOT EXISTS) instead of stderr */
    PQsetNoticeProcessor(c->pg, quiet, NULL);
    *out = c;
    return LC_OK;
}

static lc_code pg_acquire(lc_sql_store *base, lc_sql_conn **out, lc_err *e)
{
    pg_store *s = (pg_store *)base;
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += PG_WAIT_S;
    pthread_mutex_lock(&s->mu);
    while (s->nidle == 0 && s->nopen >= s->max)
        if (pthread_cond_timedwait(&s->cv, &s->mu, &until) != 0 && s->nidle == 0 &&
            s->nopen >= s->max) {
            pthread_mutex_unlock(&s->mu);
            return lc_err_set(e, LC_ERR_BUSY, "store: all %zu PostgreSQL connections are busy",
                              s->max);
        }
    pg_conn *c = NULL;
    if (s->nidle) {
        c = s->idle[--s->nidle];
        pthread_mutex_unlock(&s->mu);
        if (PQstatus(c->pg) != CONNECTION_OK) {
            /* the server restarted or the network broke: reconnect */
            lc_sql_conn_clear(&c->base);
            PQreset(c->pg);
            if (PQstatus(c->pg) != CONNECTION_OK) {
                const char *msg = PQerrorMessage(c->pg);
                int n = (int)strcspn(msg, "\n");
                lc_err_set(e, LC_ERR_IO, "store: PostgreSQL is unreachable: %.*s",
                           n > 300 ? 300 : n, msg);
                base->release(base, &c->base);
                return LC_ERR_IO;
            }
            PQsetNoticeProcessor(c->pg, quiet, NULL);
        }
    } else {
        s->nopen++;
        pthread_mutex_unlock(&s->mu);
        lc_code rc = conn_open(s, &c, e);
        if (rc) {
            pthread_mutex_lock(&s->mu);
            s->nopen--;
            pthread_cond_signal(&s->cv);
            pthread_mutex_unlock(&s->mu);
            return rc;
        }
    }
    *out = &c->base;
    return LC_OK;
}

static void pg_release(lc_sql_store *base, lc_sql_conn *conn)
{
    pg_store *s = (pg_store *)base;
    pg_conn *c = (pg_conn *)conn;
    if (PQstatus(c->pg) == CONNECTION_OK && pg_in_txn(conn))
        pg_exec(conn, "ROLLBACK", NULL); /* never hand on an open transaction */
    pthread_mutex_lock(&s->mu);
    s->idle[s->nidle++] = c;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
}

static void pg_destroy(lc_sql_store *base)
{
    pg_store *s = (pg_store *)base;
    for (size_t i = 0; i < s->nidle; i++)
        conn_free(s->idle[i]);
    free(s->idle);
    free(s->url);
    pthread_cond_destroy(&s->cv);
    pthread_mutex_destroy(&s->mu);
    free(s);
}

/* The URL without our own query parameter pool=N (libpq refuses unknown ones). */
static char *strip_pool(const char *url, size_t *pool, lc_err *e)
{
    char *u = strdup(url);
    if (!u)
        return NULL;
    char *q = strchr(u, '?');
    if (!q)
        return u;
    char *w = q + 1, *r = q + 1;
    while (*r) {
        size_t n = strcspn(r, "&");
        if (strncmp(r, "pool=", 5) == 0) {
            char *end;
            long v = strtol(r + 5, &end, 10);
            if (end != r + n || v < 1 || v > PG_POOL_MAX) {
                lc_err_set(e, LC_ERR_INVALID, "store: pool must be 1..%d", PG_POOL_MAX);
                free(u);
                return NULL;
            }
            *pool = (size_t)v;
        } else {
            if (w != q + 1)
                *w++ = '&';
            memmove(w, r, n);
            w += n;
        }
        r += n;
        if (*r == '&')
            r++;
    }
    *w = '\0';
    if (w == q + 1)
        *q = '\0';
    return u;
}

lc_code lc_store_pg_open(const char *url, lc_store **out, lc_err *e)
{
    *out = NULL;
    pg_store *s = calloc(1, sizeof *s);
    if (!s)
        return oom(e);
    s->max = PG_POOL_DEFAULT;
    lc_err ue = {0};
    s->url = strip_pool(url, &s->max, &ue);
    if (!s->url) {
        free(s);
        return ue.code ? lc_err_set(e, ue.code, "%s", ue.msg) : oom(e);
    }
    s->idle = calloc(s->max, sizeof *s->idle);
    if (!s->idle) {
        free(s->url);
        free(s);
        return oom(e);
    }
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->cv, NULL);
    s->base.base.ops = &lc_sql_store_ops;
    s->base.acquire = pg_acquire;
    s->base.release = pg_release;
    s->base.destroy = pg_destroy;

    lc_sql_conn *c = NULL;
    lc_code rc = pg_acquire(&s->base, &c, e);
    if (!rc) {
        rc = lc_sql_migrate(c, e);
        pg_release(&s->base, c);
    }
    if (rc) {
        pg_destroy(&s->base);
        return rc;
    }
    *out = &s->base.base;
    return LC_OK;
}
