/* Internal to lib/service: the route handlers and what they share. */
#ifndef LC_ROUTES_H
#define LC_ROUTES_H

#include "service.h"

bool lc_rate_limited(lc_app *app, const char *key, int per_minute, lc_http_resp *resp);
/* The user named by the path's :id; 404 filled in when there is none. */
bool lc_path_user(lc_http_req *req, lc_http_resp *resp, lc_user *out);
lc_code lc_app_user_add(lc_app *app, const char *name, const char *email, const char *password,
                        bool admin, int64_t *id, lc_err *e);

#define LC_ROUTE(name) void lc_route_##name(lc_http_req *req, lc_http_resp *resp)
LC_ROUTE(register);
LC_ROUTE(login);
LC_ROUTE(logout);
LC_ROUTE(refresh);
LC_ROUTE(me);
LC_ROUTE(user);
LC_ROUTE(user_stats);
LC_ROUTE(problems);
LC_ROUTE(problem);
LC_ROUTE(problem_create);
LC_ROUTE(problem_update);
LC_ROUTE(problem_delete);
LC_ROUTE(problem_restore);
LC_ROUTE(tags);
LC_ROUTE(tag_create);
LC_ROUTE(tag_delete);
LC_ROUTE(languages);
LC_ROUTE(submit);
LC_ROUTE(submission);
LC_ROUTE(submission_events);
LC_ROUTE(user_submissions);
LC_ROUTE(problem_submissions);
LC_ROUTE(run);
LC_ROUTE(run_get);
LC_ROUTE(run_events);
LC_ROUTE(ping);
LC_ROUTE(healthz);
LC_ROUTE(readyz);
LC_ROUTE(metrics);
LC_ROUTE(openapi);

#endif
