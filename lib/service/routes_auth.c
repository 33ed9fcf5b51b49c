/* Accounts and sessions: the /auth routes, /users/:id, /users/:id/stats.
 * Passwords: libsodium crypto_pwhash_str (argon2id), computed on the HTTP
 * layer's blocking pool, never on its request threads. Tokens: 32 random
 * bytes; only their BLAKE2b hash is stored. */
#include "routes.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <microhttpd.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PW_OPS crypto_pwhash_OPSLIMIT_INTERACTIVE
#define PW_MEM (19u << 20)

/* Creates a session for uid; fills token (65 bytes) and its expiry. */
static lc_code new_session(lc_app *app, int64_t uid, char token[65], int64_t *expires,
                           lc_err *e)
{
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2hex(token, 65, raw, sizeof raw);
    char hex[65];
    lc_token_hash(token, hex);
    *expires = (int64_t)time(NULL) + LC_TOKEN_TTL_S;
    return app->store->ops->session_create(app->store, hex, uid, *expires, e);
}

static json_t *session_json(const char *token, int64_t expires)
{
    char t[32];
    lc_rfc3339(expires * 1000, t);
    return json_pack("{s:s,s:s}", "token", token, "expiresAt", t);
}

static bool valid_username(const char *u)
{
    size_t n = strlen(u);
    if (n < 3 || n > 32)
        return false;
    for (const char *p = u; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_' && *p != '.' && *p != '-')
            return false;
    return true;
}

static bool valid_email(const char *m)
{
    size_t n = strlen(m);
    const char *at = strchr(m, '@');
    if (n < 3 || n > 254 || !at || at == m || !at[1] || strchr(at + 1, '@'))
        return false;
    for (const char *p = m; *p; p++)
        if ((unsigned char)*p <= ' ' || *p == '<' || *p == '>' || *p == '"')
            return false;
    return strchr(at + 1, '.') != NULL;
}

/* The client's address, for rate limits. */
static void client_addr(lc_http_req *req, char *out, size_t outsz)
{
    snprintf(out, outsz, "?");
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(req->conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (ci && ci->client_addr && ci->client_addr->sa_family == AF_INET)
        inet_ntop(AF_INET, &((const struct sockaddr_in *)ci->client_addr)->sin_addr, out,
                  (socklen_t)outsz);
}

/* true when over the limit (and resp filled with 429) */
bool lc_rate_limited(lc_app *app, const char *key, int per_minute, lc_http_resp *resp)
{
    int64_t n = 0;
    if (app->cache->ops->incr(app->cache, key, 60000, &n, NULL) != LC_OK)
        return false;
    if (n <= per_minute)
        return false;
    lc_http_error(resp, 429, "too many requests; try again in a minute");
    lc_http_header(resp, "Retry-After", "60");
    return true;
}

/* ---- register ------------------------------------------------------------- */

typedef struct reg_job {
    lc_app *app;
    char *username, *email, *password;
} reg_job;

static void reg_free(void *p)
{
    reg_job *j = p;
    if (j->password)
        sodium_memzero(j->password, strlen(j->password));
    free(j->username);
    free(j->email);
    free(j->password);
    free(j);
}

static void reg_work(void *arg, lc_http_resp *resp)
{
    reg_job *j = arg;
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, j->password, strlen(j->password), PW_OPS, PW_MEM) != 0) {
        lc_http_error(resp, 503, "server busy");
        return;
    }
    lc_user u = {.username = j->username, .email = j->email, .password_hash = hash};
    int64_t id;
    lc_err e = {0};
    lc_code rc = j->app->store->ops->user_create(j->app->store, &u, &id, &e);
    if (rc == LC_ERR_CONFLICT) {
        lc_http_error(resp, 409, "%s", e.msg);
        return;
    }
    if (rc) {
        lc_http_error(resp, 500, "cannot create the account");
        return;
    }
    char token[65];
    int64_t exp;
    if (new_session(j->app, id, token, &exp, &e)) {
        lc_http_error(resp, 500, "cannot create a session");
        return;
    }
    lc_user created;
    json_t *body = session_json(token, exp);
    if (j->app->store->ops->user_get(j->app->store, id, &created, NULL) == LC_OK) {
        json_object_set_new(body, "user", lc_user_json(&created, true));
        lc_user_free(&created);
    }
    lc_http_json(resp, 201, body);
}

void lc_route_register(lc_http_req *req, lc_http_resp *resp)
{
    json_t *b = lc_http_body_json(req, resp);
    if (!b)
        return;
    const char *u = lc_field_string(b, "username", true, 64, resp);
    const char *m = u ? lc_field_string(b, "email", true, 254, resp) : NULL;
    const char *p = m ? lc_field_string(b, "password", true, 256, resp) : NULL;
    if (p) {
        if (!valid_username(u))
            lc_http_error(resp, 400,
                          "field 'username': 3 to 32 letters, digits, '_', '.' or '-'");
        else if (!valid_email(m))
            lc_http_error(resp, 400, "field 'email': not an email address");
        else if (strlen(p) < 8)
            lc_http_error(resp, 400, "field 'password': at least 8 characters");
        else {
            reg_job *j = calloc(1, sizeof *j);
            if (j) {
                j->app = req->app;
                j->username = strdup(u);
                j->email = strdup(m);
                j->password = strdup(p);
                lc_http_defer(req, resp, reg_work, j, reg_free);
            }
        }
    }
    json_decref(b);
}

/* ---- login ------------------------------------------------------------------ */

/* verified against when the user is unknown: the answer takes as long either way */
static char dummy_hash[crypto_pwhash_STRBYTES];
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;

static void make_dummy(void)
{
    if (crypto_pwhash_str(dummy_hash, "litecode-no-such-user", 21, PW_OPS, PW_MEM) != 0)
        dummy_hash[0] = '\0';
}

static void login_work(void *arg, lc_http_resp *resp)
{
    reg_job *j = arg; /* username = the login name */
    lc_user u;
    lc_app *app = j->app;
    bool found = app->store->ops->user_find(app->store, j->username, &u, NULL) == LC_OK;
    pthread_once(&dummy_once, make_dummy);
    const char *dummy = dummy_hash;
    const char *hash = found && u.password_hash ? u.password_hash : dummy;
    bool ok = crypto_pwhash_str_verify(hash, j->password, strlen(j->password)) == 0 && found &&
              u.password_hash && u.password_hash[0];
    if (!ok) {
        if (found)
            lc_user_free(&u);
        lc_http_error(resp, 401, "wrong login or password");
        return;
    }
    char token[65];
    int64_t exp;
    if (new_session(app, u.id, token, &exp, NULL)) {
        lc_user_free(&u);
        lc_http_error(resp, 500, "cannot create a session");
        return;
    }
    json_t *body = session_json(token, exp);
    json_object_set_new(body, "user", lc_user_json(&u, true));
    lc_user_free(&u);
    lc_http_json(resp, 200, body);
}

void lc_route_login(lc_http_req *req, lc_http_resp *resp)
{
    lc_app *app = req->app;
    json_t *b = lc_http_body_json(req, resp);
    if (!b)
        return;
    const char *login = NULL;
    const char *keys[] = {"login", "username", "email"};
    for (size_t i = 0; i < 3 && !login && resp->status < 400; i++)
        login = lc_field_string(b, keys[i], false, 254, resp);
    if (resp->status >= 400) {
        json_decref(b);
        return;
    }
    if (!login) {
        lc_http_error(resp, 400, "missing field 'email' or 'username'");
        json_decref(b);
        return;
    }
    const char *p = lc_field_string(b, "password", true, 256, resp);
    if (p) {
        char key[300], addr[64];
        client_addr(req, addr, sizeof addr);
        int limit = app->cfg.login_rate_per_min ? app->cfg.login_rate_per_min : 10;
        snprintf(key, sizeof key, "rl:login:%s", login);
        bool limited = lc_rate_limited(app, key, limit, resp);
        if (!limited) {
            snprintf(key, sizeof key, "rl:loginip:%s", addr);
            limited = lc_rate_limited(app, key, limit * 10, resp);
        }
        if (!limited) {
            reg_job *j = calloc(1, sizeof *j);
            if (j) {
                j->app = app;
                j->username = strdup(login);
                j->password = strdup(p);
                lc_http_defer(req, resp, login_work, j, reg_free);
            }
        }
    }
    json_decref(b);
}

/* ---- sessions ---------------------------------------------------------------- */

static void revoke_current(lc_http_req *req)
{
    lc_app *app = req->app;
    const char *tok = lc_request_token(req);
    if (!tok || strlen(tok) > 256)
        return;
    char hex[65], key[80];
    lc_token_hash(tok, hex);
    app->store->ops->session_revoke(app->store, hex, NULL);
    snprintf(key, sizeof key, "sess:%s", hex);
    app->cache->ops->del(app->cache, key, NULL);
}

void lc_route_logout(lc_http_req *req, lc_http_resp *resp)
{
    lc_user u;
    if (!lc_auth_user(req, resp, &u))
        return;
    revoke_current(req);
    lc_user_free(&u);
    lc_http_json(resp, 200, json_pack("{s:b}", "ok", 1));
}

void lc_route_refresh(lc_http_req *req, lc_http_resp *resp)
{
    lc_user u;
    if (!lc_auth_user(req, resp, &u))
        return;
    char token[65];
    int64_t exp;
    if (new_session(req->app, u.id, token, &exp, NULL)) {
        lc_http_error(resp, 500, "cannot create a session");
    } else {
        revoke_current(req);
        lc_http_json(resp, 200, session_json(token, exp));
    }
    lc_user_free(&u);
}

void lc_route_me(lc_http_req *req, lc_http_resp *resp)
{
    lc_user u;
    if (!lc_auth_user(req, resp, &u))
        return;
    lc_http_json(resp, 200, lc_user_json(&u, true));
    lc_user_free(&u);
}

/* ---- users ---------------------------------------------------------------------- */

bool lc_path_user(lc_http_req *req, lc_http_resp *resp, lc_user *out)
{
    lc_app *app = req->app;
    int64_t id;
    if (!lc_parse_id(req->params[0], &id) ||
        app->store->ops->user_get(app->store, id, out, NULL) != LC_OK) {
        lc_http_error(resp, 404, "no such user");
        return false;
    }
    return true;
}

void lc_route_user(lc_http_req *req, lc_http_resp *resp)
{
    lc_user u;
    if (!lc_path_user(req, resp, &u))
        return;
    lc_http_json(resp, 200, lc_user_json(&u, false));
    lc_user_free(&u);
}

void lc_route_user_stats(lc_http_req *req, lc_http_resp *resp)
{
    lc_app *app = req->app;
    lc_user u;
    if (!lc_path_user(req, resp, &u))
        return;
    int64_t id = u.id;
    lc_user_free(&u);
    lc_user_stats st;
    if (app->store->ops->user_stats(app->store, id, (int64_t)time(NULL), &st, NULL)) {
        lc_http_error(resp, 500, "cannot read the statistics");
        return;
    }
    double rate = st.submissions ? 100.0 * (double)st.accepted / (double)st.submissions : 0;
    lc_http_json(resp, 200,
                 json_pack("{s:I,s:{s:I,s:I,s:I,s:I},s:I,s:I,s:f,s:I}", "userId", (json_int_t)id,
                           "solved", "easy", (json_int_t)st.solved_easy, "medium",
                           (json_int_t)st.solved_medium, "hard", (json_int_t)st.solved_hard,
                           "total", (json_int_t)st.solved_total, "submissions",
                           (json_int_t)st.submissions, "accepted", (json_int_t)st.accepted,
                           "acceptanceRate", (double)((int64_t)(rate * 10 + 0.5)) / 10.0,
                           "streak", (json_int_t)st.streak_days));
}

/* For `litecode user add`: hashes on the calling thread (no HTTP here). */
lc_code lc_app_user_add(lc_app *app, const char *name, const char *email, const char *password,
                        bool admin, int64_t *id, lc_err *e)
{
    if (!valid_username(name))
        return lc_err_set(e, LC_ERR_INVALID, "user name: 3 to 32 letters, digits, '_', '.' or '-'");
    if (strlen(password) < 8 || strlen(password) > 256)
        return lc_err_set(e, LC_ERR_INVALID, "password: 8 to 256 characters");
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, password, strlen(password), PW_OPS, PW_MEM) != 0)
        return lc_err_set(e, LC_ERR_NOMEM, "password hashing ran out of memory");
    lc_user u = {.username = (char *)name, .email = (char *)(email ? email : ""),
                 .password_hash = hash, .is_admin = admin};
    return app->store->ops->user_create(app->store, &u, id, e);
}
