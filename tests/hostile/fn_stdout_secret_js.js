// expect: success result=Wrong_Answer
// pkg: pkg_func
// check: "lcsecret" not in json.dumps(j)
// Item: JavaScript's driver input object is reachable from the solution; with
// `reveal: samples` no stdout of a process that saw secret tests is shown.
var secretLength = function(s) {
    for (const k of Object.keys(globalThis)) {
        try { console.log(k, JSON.stringify(globalThis[k]).slice(0, 2000)); } catch (e) {}
    }
    try { console.log(require("fs").readFileSync(0, "utf8")); } catch (e) {}
    console.log("arg", s);
    return s === "hello" ? s.length : -1;
};
