#include "lang.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define A(...) ((const char *const[]){__VA_ARGS__, NULL})

/* The diagnostic build of C and C++ (lc_lang.diag_compile): UBSan, which
 * reports `main.c:7:13: runtime error: division by zero` and stops there;
 * with -fsanitize=null a member access through a null pointer too. */
#define LC_UBSAN_FLAGS "-fsanitize=undefined", "-fno-sanitize-recover=all"

static const lc_lang lang_c = {
    .id = "c",
    .name = "C (gcc, GNU C11)",
    .aliases = A("c17", "gcc"),
    .extensions = A(".c"),
    .src_name = "main.c",
    /* LeetCode's dialect: gnu11 (POSIX and GNU names visible) */
    .compile = A("/usr/bin/gcc", "-std=gnu11", "-O2", "-fdiagnostics-color=never",
                 "-fmax-errors=50", "-o", "{exe}", "{src}", "{rtobj}", "-lm"),
    .run = A("{exe}"),
    /* a crash is a signal, which names no line: after a Runtime Error the
     * failing test runs once more, built with UBSan (its reports carry the
     * source line, with no symbolizer to run) */
    .diag_compile = A("/usr/bin/gcc", "-std=gnu11", "-O1", "-g", LC_UBSAN_FLAGS,
                      "-fdiagnostics-color=never", "-o", "{exe}-diag", "{src}", "{rtobj}", "-lm"),
    .diag_run = A("{exe}-diag"),
    .family = LC_SBX_FAMILY_NATIVE,
    .version = A("/usr/bin/gcc", "--version"),
    .compile_mem_mib = 512,
    .run_processes = 64,
};

/* C++ as LeetCode compiles it: clang 19, C++23 (deducing this, ...), on
 * libstdc++ 12 — the library that keeps <bits/stdc++.h> and the GNU names
 * pasted code uses (__gcd, __lg, pb_ds); C++23 library additions newer than
 * libstdc++ 12 (std::print, std::ranges::to) are missing (docs/languages.md).
 * The precompiled <bits/stdc++.h> (CMake, same flags) is picked up by
 * -include when its .pch is there. */
/* C++'s diagnostic build, for both C++ rows: g++ with UBSan, the libraries
 * LeetCode preloads included as the runs have them */
#define LC_GXX_DIAG_BUILD                                                                          \
    "/usr/bin/g++", "-std=gnu++20", "-O1", "-g", LC_UBSAN_FLAGS, "-fdiagnostics-color=never",      \
        "-include", "bits/stdc++.h", "-o", "{exe}-diag", "{src}", "{rtobj}"

static const lc_lang lang_cpp = {
    .id = "cpp",
    .name = "C++ (clang 19, C++23)",
    .aliases = A("c++", "cxx", "cpp23", "clang++"),
    .extensions = A(".cpp", ".cc", ".cxx", ".c++"),
    .src_name = "main.cpp",
    .compile = A("/usr/bin/clang++-19", "-std=gnu++23", "-O2", "-fno-color-diagnostics",
                 "-ferror-limit=50", "-include{pch}/clang/bits/stdc++.h", "-o", "{exe}", "{src}",
                 "{rtobj}"),
    .run = A("{exe}"),
    /* with g++: Debian's clang 19 comes without its UBSan runtime */
    .diag_compile = A(LC_GXX_DIAG_BUILD),
    .diag_run = A("{exe}-diag"),
    .family = LC_SBX_FAMILY_NATIVE,
    .version = A("/usr/bin/clang++-19", "--version"),
    .compile_mem_mib = 1024,
    .run_processes = 64,
};

/* The same with GNU's compiler (C++20 here: g++ 12), by --lang cpp-gcc. */
static const lc_lang lang_cpp_gcc = {
    .id = "cpp-gcc",
    .name = "C++ (g++ 12, GNU C++20)",
    .aliases = A("g++", "cpp20", "gcc++"),
    .extensions = A(NULL),
    .src_name = "main.cpp",
    .compile = A("/usr/bin/g++", "-std=gnu++20", "-O2", "-fdiagnostics-color=never",
                 "-fmax-errors=50", "-I{pch}", "-o", "{exe}", "{src}", "{rtobj}"),
    .run = A("{exe}"),
    .diag_compile = A(LC_GXX_DIAG_BUILD),
    .diag_run = A("{exe}-diag"),
    .family = LC_SBX_FAMILY_NATIVE,
    .version = A("/usr/bin/g++", "--version"),
    .compile_mem_mib = 1024,
    .run_processes = 64,
};

/* A syntax check without py_compile's module machinery and .pyc (3x faster),
 * for CPython and PyPy */
#define LC_PY_SYNTAX_CHECK                                                                         \
    "import sys\n"                                                                                 \
    "try:\n"                                                                                       \
    "    compile(open(sys.argv[1], 'rb').read(), sys.argv[1], 'exec')\n"                         \
    "except (SyntaxError, ValueError) as e:\n"                                                     \
    "    import traceback\n"                                                                       \
    "    sys.stderr.write(''.join(traceback.format_exception_only(type(e), e)))\n"                \
    "    sys.exit(1)\n"

static const lc_lang lang_python = {
    .id = "python",
    .name = "Python 3",
    .aliases = A("python3", "py", "py3"),
    .extensions = A(".py"),
    .src_name = "main.py",
    .compile = A("/usr/bin/python3", "-I", "-S", "-c",
                 LC_PY_SYNTAX_CHECK,
                 "{src}"),
    .run = A("/usr/bin/python3", "-I", "{src}"),
    .family = LC_SBX_FAMILY_PYTHON,
    .version = A("/usr/bin/python3", "--version"),
    .compile_mem_mib = 256,
    .run_processes = 64,
    .oom_markers = A("MemoryError"),
};

/* PyPy 3 (Debian's 7.3.11, Python 3.9; LeetCode's is 3.10): the Python
 * driver, run by pypy3 (its JIT makes loops several times faster than
 * CPython; start-up is slower). */
static const lc_lang lang_pypy = {
    .id = "pypy3",
    .name = "PyPy 3",
    .aliases = A("pypy"),
    .extensions = A(NULL),
    .src_name = "main.py",
    .compile = A("/usr/bin/pypy3", "-S", "-c",
                 LC_PY_SYNTAX_CHECK,
                 "{src}"),
    .run = A("/usr/bin/pypy3", "{src}"),
    .family = LC_SBX_FAMILY_PYTHON,
    .version = A("/usr/bin/pypy3", "--version"),
    .compile_mem_mib = 512,
    .run_mem_extra_mib = 64,
    .run_processes = 64,
    .oom_markers = A("MemoryError"),
};

/* Ruby as Debian packages it (3.1; LeetCode's is 3.2). `ruby -c` is the
 * syntax check. */
static const lc_lang lang_ruby = {
    .id = "ruby",
    .name = "Ruby 3.1",
    .aliases = A("rb"),
    .extensions = A(".rb"),
    .src_name = "main.rb",
    .compile = A("/usr/bin/ruby", "-c", "{src}"),
    .run = A("/usr/bin/ruby", "{src}"),
    .family = LC_SBX_FAMILY_PYTHON,
    .version = A("/usr/bin/ruby", "--version"),
    .compile_mem_mib = 256,
    .run_processes = 64,
    .oom_markers = A("failed to allocate memory", "NoMemoryError"),
};

/* PHP as Debian packages it (8.2, LeetCode's version): `php -l` is the
 * syntax check (of the whole program: the user's file alone need not start
 * with `<?php`); errors go to stderr; no memory_limit of PHP's own (the
 * cgroup's limit is the limit). */
static const lc_lang lang_php = {
    .id = "php",
    .name = "PHP 8.2",
    .aliases = A("php8"),
    .extensions = A(".php"),
    .src_name = "main.php",
    .compile = A("/usr/bin/php", "-l", "{src}"),
    .run = A("/usr/bin/php", "-d", "display_errors=stderr", "-d", "memory_limit=-1", "-d",
             "error_reporting=-1", "{src}"),
    .family = LC_SBX_FAMILY_PYTHON,
    .version = A("/usr/bin/php", "--version"),
    .compile_mem_mib = 256,
    .run_processes = 64,
    .oom_markers = A("Allowed memory size", "Out of memory"),
};

/* C# on Mono as Debian packages it (mcs 6.8: C# 7.2; LeetCode's is C# 13 on
 * .NET 9: no records, no target-typed new, no collection expressions, no
 * Span; the function driver supplies .NET 6's PriorityQueue). mcs is called
 * as the assembly it is (its /usr/bin/mcs is a shell script); -debug and
 * mono --debug: stack traces name main.cs's lines. */
static const lc_lang lang_csharp = {
    .id = "csharp",
    .name = "C# 7 (Mono 6.8)",
    .aliases = A("cs", "c#", "mono"),
    .extensions = A(".cs"),
    .src_name = "main.cs",
    .compile = A("/usr/bin/mono", "/usr/lib/mono/4.5/mcs.exe", "-langversion:7.2", "-optimize+",
                 "-debug", "-nowarn:105", "-r:System.Numerics", "-out:{exe}", "{src}"),
    .run = A("/usr/bin/mono", "--debug", "{exe}"),
    .family = LC_SBX_FAMILY_JVM,
    .version = A("/usr/bin/mono", "--version"),
    .compile_mem_mib = 512,
    .run_mem_extra_mib = 64,
    .run_processes = 64,
    .oom_markers = A("System.OutOfMemoryException", "Out of memory"),
};

/* Racket as Debian packages it (8.7 CS, `#lang racket`; LeetCode's is 8.15):
 * `raco make` compiles (an unbound identifier is a compilation error, as on
 * LeetCode) into compiled/, which `racket` then loads. */
static const lc_lang lang_racket = {
    .id = "racket",
    .name = "Racket 8.7",
    .aliases = A("rkt"),
    .extensions = A(".rkt"),
    .src_name = "main.rkt",
    /* raco's own launcher is a shell script: racket is called as raco calls it */
    .compile = A("/usr/bin/racket", "-N", "raco", "-l-", "raco/main.rkt", "make", "{src}"),
    .run = A("/usr/bin/racket", "{src}"),
    /* Racket CS keeps no source locations in its stack traces; errortrace
     * does, but only for code it compiles itself (several times slower): the
     * rerun of a failing test compiles main.rkt from source under it, and
     * loads everything else compiled, as the run does */
    .diag_run = A("/usr/bin/racket", "-l", "racket/base", "-l", "errortrace", "-e",
                  "(let ([main (path->complete-path \"{src}\")] [std (current-load/use-compiled)])"
                  " (current-load/use-compiled"
                  "  (lambda (p n) (if (equal? p main) ((current-load) p n) (std p n))))"
                  " (dynamic-require main #f))"),
    .family = LC_SBX_FAMILY_NATIVE,
    .version = A("/usr/bin/racket", "--version"),
    .compile_mem_mib = 512,
    .run_mem_extra_mib = 128, /* #lang racket alone is ~95 MiB */
    .run_processes = 64,
    .oom_markers = A("out of memory"),
};

/* Erlang as Debian packages it (OTP 25; LeetCode's is 26). `erl` is a shell
 * script and erlexec execs the VM, so the VM (beam.smp) is started directly,
 * with the arguments and environment erlexec would give it: one scheduler of
 * each kind and no busy waiting (spinning schedulers would burn the run's CPU
 * time). Its one exec at boot, the erl_child_setup helper, is what the BEAM
 * family grants. The compile step writes main.beam and the module's name
 * (main.mod: a stdin program's module may have any name); the run loads them
 * and calls main/0 (or Kattis's start/0), printing an uncaught exception with
 * its stack (main.erl's lines) on stderr. */
#define LC_BEAM_VM                                                                                 \
    "{erts}/bin/beam.smp", "-S", "1:1", "-SDcpu", "1:1", "-SDio", "1", "-A", "1", "-sbwt", "none", \
        "-sbwtdcpu", "none", "-sbwtdio", "none", "--", "-root", "/usr/lib/erlang", "-bindir",     \
        "{erts}/bin", "-progname", "erl", "--", "-home", "/tmp", "--", "-noshell", "-mode", "minimal"
#define LC_BEAM_ENV                                                                                \
    A("PATH=/usr/bin:/bin", "HOME=/tmp", "LANG=C.UTF-8", "TMPDIR=/tmp", "BINDIR={erts}/bin",      \
      "ROOTDIR=/usr/lib/erlang", "EMU=beam", "PROGNAME=erl")
static const lc_lang lang_erlang = {
    .id = "erlang",
    .name = "Erlang/OTP 25",
    .aliases = A("erl"),
    .extensions = A(".erl"),
    .src_name = "main.erl",
    .compile = A(LC_BEAM_VM, "-eval",
                 "case compile:file(\"main.erl\", [binary, report, brief, no_error_module_mismatch]) of "
                 "{ok, M, B} -> ok = file:write_file(\"main.beam\", B), "
                 "ok = file:write_file(\"main.mod\", atom_to_binary(M)), halt(0); "
                 "_ -> halt(1) end."),
    .run = A(LC_BEAM_VM, "-eval",
             "try {ok, N} = file:read_file(\"main.mod\"), M = binary_to_atom(N), "
             "{ok, B} = file:read_file(\"main.beam\"), "
             "{module, M} = code:load_binary(M, \"main.erl\", B), "
             "case erlang:function_exported(M, main, 0) of true -> M:main(); "
             "false -> M:start() end, halt(0) "
             "catch C:R:S -> io:put_chars(standard_error, erl_error:format_exception(C, R, S)), "
             "io:nl(standard_error), halt(1) end."),
    .env = LC_BEAM_ENV,
    .family = LC_SBX_FAMILY_BEAM,
    .version = A("/usr/bin/erl", "-noshell", "-eval",
                 "'io:put_chars(erlang:system_info(system_version)), halt().'"),
    .compile_mem_mib = 512,
    .run_mem_extra_mib = 64,
    .run_processes = 64,
    .run_fsize_min_mib = 32,
    .oom_markers = A("Cannot allocate", "eheap_alloc", "binary_alloc"),
};

/* Elixir as Debian packages it (1.14 on OTP 25; LeetCode's is 1.17 on OTP 26),
 * on the VM the Erlang row starts (the same arguments, environment and BEAM
 * family) with Elixir's library on the code path. A function problem's
 * program is modules only (main.ex): the compile step compiles them to .beam
 * files and the run calls LcMain.main/0. A stdin program is a script
 * (main.exs), as `elixir main.exs` runs it: the compile step checks its
 * syntax and the run evaluates it. */
#define LC_ELIXIR_EBIN "/usr/lib/elixir/lib/elixir/ebin"
static const lc_lang lang_elixir = {
    .id = "elixir",
    .name = "Elixir 1.14",
    .aliases = A("ex", "exs"),
    .extensions = A(".ex", ".exs"),
    .src_name = "main.exs",
    .compile = A(LC_BEAM_VM, "-pa", LC_ELIXIR_EBIN, "-eval",
                 "{ok, _} = application:ensure_all_started(elixir), "
                 "case filelib:is_file(\"main.ex\") of "
                 "true -> case 'Elixir.Kernel.ParallelCompiler':compile_to_path([<<\"main.ex\">>], "
                 "<<\"/box\">>) of {ok, _, _} -> halt(0); _ -> halt(1) end; "
                 "false -> {ok, S} = file:read_file(\"main.exs\"), "
                 "try 'Elixir.Code':'string_to_quoted!'(S, [{file, <<\"main.exs\">>}]) of "
                 "_ -> halt(0) catch error:E -> io:put_chars(standard_error, "
                 "['Elixir.Exception':message(E), \"\\n\"]), halt(1) end end."),
    .run = A(LC_BEAM_VM, "-pa", LC_ELIXIR_EBIN, "-pa", "/box", "-eval",
             "try {ok, _} = application:ensure_all_started(elixir), "
             "case filelib:is_file(\"main.exs\") of "
             "true -> 'Elixir.Code':require_file(<<\"main.exs\">>); "
             "false -> 'Elixir.LcMain':main() end, halt(0) "
             "catch C:R:S -> io:put_chars(standard_error, ['Elixir.Exception':format(C, R, S), "
             "\"\\n\"]), halt(1) end."),
    .env = LC_BEAM_ENV,
    .family = LC_SBX_FAMILY_BEAM,
    .version = A("dpkg-query", "-W", "'-f=Elixir ${Version} (Erlang/OTP 25)'", "elixir"),
    .compile_mem_mib = 512,
    .run_mem_extra_mib = 64,
    .run_processes = 64,
    .run_fsize_min_mib = 32,
    .oom_markers = A("Cannot allocate", "eheap_alloc", "binary_alloc"),
};

static const lc_lang lang_js = {
    .id = "javascript",
    .name = "JavaScript (Node.js)",
    .aliases = A("js", "node", "nodejs"),
    .extensions = A(".js", ".mjs", ".cjs"),
    .src_name = "main.js",
    .compile = A("/usr/bin/node", "--check", "{src}"),
    .run = A("/usr/bin/node", "--max-old-space-size={mem}", "--stack-size={jsstack}", "{src}"),
    .family = LC_SBX_FAMILY_NODE,
    .version = A("/usr/bin/node", "--version"),
    .compile_mem_mib = 512,
    .run_mem_extra_mib = 64,
    .run_processes = 64,
    .oom_markers = A("JavaScript heap out of memory", "Reached heap limit"),
};

static const lc_lang lang_java = {
    .id = "java",
    .name = "Java 17",
    .aliases = A("java17"),
    .extensions = A(".java"),
    .src_name = NULL,
    .compile = A("/usr/bin/javac", "-J-Xmx512m", "-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1",
                 "-J-XX:-UsePerfData", "-J-Xshare:auto", "-encoding", "UTF-8", "-nowarn", "-d",
                 "{dir}", "{src}"),
    .run = A("/usr/bin/java", "-Xmx{mem}m", "-Xss{stack}m", "-XX:+UseSerialGC",
             "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-Xshare:auto",
             "-XX:ReservedCodeCacheSize=64m", "-cp", "{dir}", "{class}"),
    .family = LC_SBX_FAMILY_JVM,
    .version = A("/usr/bin/java", "-version"),
    .compile_mem_mib = 1024,
    .run_mem_extra_mib = 128,
    .run_processes = 128,
    /* a JVM that cannot even start within the limit is over it too */
    .oom_markers = A("java.lang.OutOfMemoryError", "Too small maximum heap",
                     "Too small initial heap", "Could not reserve enough space"),
};

/* Kotlin as Debian packages it (kotlinc 1.3.31; LeetCode's is 2.x): the
 * compiler called as Debian's kotlinc script calls it (a script cannot be
 * the sandbox's first exec), on the JDK that runs Java; main.kt's top-level
 * main is the class MainKt, run with the Kotlin standard library. */
#define LC_KOTLIN_LIB "/usr/share/kotlin/kotlinc/lib/"
static const lc_lang lang_kotlin = {
    .id = "kotlin",
    .name = "Kotlin 1.3 (JVM)",
    .aliases = A("kt"),
    .extensions = A(".kt"),
    .src_name = "main.kt",
    .compile = A("/usr/bin/java", "-Xmx512m", "-Xss8m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                 "-XX:-UsePerfData", "-Xshare:auto", "-cp", LC_KOTLIN_LIB "kotlin-preloader.jar",
                 "org.jetbrains.kotlin.preloading.Preloader", "-cp", LC_KOTLIN_LIB "kotlin-compiler.jar",
                 "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler", "-no-reflect", "-nowarn", "-d", "{dir}",
                 "{src}"),
    .run = A("/usr/bin/java", "-Xmx{mem}m", "-Xss{stack}m", "-XX:+UseSerialGC",
             "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-Xshare:auto",
             "-XX:ReservedCodeCacheSize=64m", "-cp", "{dir}:" LC_KOTLIN_LIB "kotlin-stdlib.jar", "MainKt"),
    .family = LC_SBX_FAMILY_JVM,
    /* the package's version (kotlinc -version says "1.3-SNAPSHOT", after a second of JVM) */
    .version = A("dpkg-query", "-W", "'-f=Kotlin ${Version} (kotlinc-jvm)'", "kotlin"),
    .compile_mem_mib = 1024,
    .run_mem_extra_mib = 128,
    .run_processes = 128,
    .oom_markers = A("java.lang.OutOfMemoryError", "Too small maximum heap",
                     "Too small initial heap", "Could not reserve enough space"),
};

/* Scala as Debian packages it (2.11.12; LeetCode's is 3.x): scalac called as
 * Debian's scalac script calls it, on the JDK that runs Java; the program's
 * entry is `object Main` (the function driver's; a stdin program's own). */
#define LC_SCALA_LIB "/usr/share/scala-2.11/lib/"
static const lc_lang lang_scala = {
    .id = "scala",
    .name = "Scala 2.11 (JVM)",
    .aliases = A("sc"),
    .extensions = A(".scala"),
    .src_name = "main.scala",
    .compile = A("/usr/bin/java", "-Xmx512m", "-Xss8m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                 "-XX:-UsePerfData", "-Xshare:auto", "-cp",
                 LC_SCALA_LIB "scala-compiler.jar:" LC_SCALA_LIB "scala-library.jar:" LC_SCALA_LIB
                 "scala-reflect.jar",
                 "-Dscala.usejavacp=true", "scala.tools.nsc.Main", "-nowarn", "-d", "{dir}", "{src}"),
    .run = A("/usr/bin/java", "-Xmx{mem}m", "-Xss{stack}m", "-XX:+UseSerialGC",
             "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-Xshare:auto",
             "-XX:ReservedCodeCacheSize=64m", "-cp", "{dir}:" LC_SCALA_LIB "scala-library.jar",
             "{class}"),
    .family = LC_SBX_FAMILY_JVM,
    .version = A("dpkg-query", "-W", "'-f=Scala ${Version} (scalac)'", "scala"),
    .compile_mem_mib = 1024,
    .run_mem_extra_mib = 128,
    .run_processes = 128,
    .oom_markers = A("java.lang.OutOfMemoryError", "Too small maximum heap",
                     "Too small initial heap", "Could not reserve enough space"),
};

/* TypeScript as LeetCode compiles it: tsc 5.1.6 (deps/ts, bound at /litecode/ts),
 * LeetCode's flags, type errors are compilation errors; then node runs the
 * JavaScript with source maps, so a stack trace names main.ts's lines. The
 * compile step gets LiteCode's globals (ListNode, TreeNode, the preloaded
 * libraries, require/process for stdin programs): lc_globals.d.ts. */
static const lc_lang lang_ts = {
    .id = "typescript",
    .name = "TypeScript 5.1 (Node.js)",
    .aliases = A("ts"),
    .extensions = A(".ts"),
    .src_name = "main.ts",
    .compile = A("/usr/bin/node", "/litecode/ts/node_modules/typescript/lib/tsc.js",
                 "--alwaysStrict", "--strictBindCallApply", "--strictFunctionTypes", "--target",
                 "ES2022", "--module", "commonjs", "--skipLibCheck", "--sourceMap", "--pretty",
                 "false", "--noEmitOnError", "{src}", "/litecode/ts/lc_globals.d.ts"),
    .run = A("/usr/bin/node", "--enable-source-maps", "--max-old-space-size={mem}",
             "--stack-size={jsstack}", "{dir}/main.js"),
    .family = LC_SBX_FAMILY_NODE,
    /* the compiler's version is the one locked in lib/judge/drivers/typescript/tsc */
    .version = A("echo", "TypeScript", "5.1.6", "on", "Node.js", "$(/usr/bin/node", "--version)"),
    .compile_mem_mib = 1024,
    .run_mem_extra_mib = 64,
    .run_processes = 64,
    .oom_markers = A("JavaScript heap out of memory", "Reached heap limit"),
};

/* Go as Debian packages it (1.19, LeetCode's is 1.23: no min/max/clear
 * built-ins, no slices/maps packages; the function driver supplies min and
 * max). The compiler and linker are called directly, without the go command's
 * build cache: the standard library is precompiled in Debian's package, and
 * the two steps take ~0.2 s. -trimpath makes traces name main.go. */
#define LC_GO_TOOLS "/usr/lib/go-1.19/pkg/tool/linux_amd64/"
static const lc_lang lang_go = {
    .id = "golang",
    .name = "Go 1.19",
    .aliases = A("go"),
    .extensions = A(".go"),
    .src_name = "main.go",
    .compile = A("/bin/sh", "-c",
                 "cd /box && " LC_GO_TOOLS "compile -p main -complete -trimpath=/box -o main.o "
                 "-- *.go && " LC_GO_TOOLS "link -o main main.o && rm -f main.o"),
    .run = A("{exe}"),
    .family = LC_SBX_FAMILY_NATIVE,
    .version = A("/usr/lib/go-1.19/bin/go", "version"),
    .compile_mem_mib = 1024,
    .run_mem_extra_mib = 32,
    .run_processes = 64,
    .oom_markers = A("fatal error: runtime: out of memory"),
};

/* Rust as LeetCode compiles it (edition 2021, opt-level 2) with rustup's
 * stable toolchain (1.95 on these machines; LeetCode: 1.79), bound read-only
 * at /litecode/rust; Debian's rustc 1.63 where there is no rustup (no let-else,
 * no std::iter::zip of 1.59+... only what 1.63 has). */
static const lc_lang lang_rust = {
    .id = "rust",
    .name = "Rust (edition 2021)",
    .aliases = A("rs"),
    .extensions = A(".rs"),
    .src_name = "main.rs",
    .compile = A("{rustc}", "--edition", "2021", "-C", "opt-level=2", "--color", "never",
                 "--remap-path-prefix=/box/=", "-o", "{exe}", "{src}"),
    .run = A("{exe}"),
    .family = LC_SBX_FAMILY_NATIVE,
    .version = A("for d in \"$LITECODE_RUST_DIR\" "
                 "\"$HOME/.rustup/toolchains/stable-x86_64-unknown-linux-gnu\" "
                 "/root/.rustup/toolchains/stable-x86_64-unknown-linux-gnu /usr; do "
                 "[ -x \"$d/bin/rustc\" ] && exec \"$d/bin/rustc\" --version; done; true"),
    .compile_mem_mib = 1024,
    .run_processes = 64,
    .oom_markers = A("memory allocation of"),
    .optional = true,
};

static const lc_lang *const table[] = {&lang_c,  &lang_cpp,  &lang_cpp_gcc, &lang_python,
                                       &lang_js, &lang_java, &lang_ts,      &lang_go,
                                       &lang_rust,   &lang_pypy, &lang_ruby, &lang_php,
                                       &lang_csharp, &lang_racket, &lang_kotlin,
                                       &lang_scala,  &lang_erlang, &lang_elixir, NULL};

const lc_lang *const *lc_lang_all(void)
{
    return table;
}

const lc_lang *lc_lang_find(const char *id)
{
    if (!id)
        return NULL;
    for (const lc_lang *const *l = table; *l; l++) {
        if (strcasecmp((*l)->id, id) == 0)
            return *l;
        for (const char *const *a = (*l)->aliases; a && *a; a++)
            if (strcasecmp(*a, id) == 0)
                return *l;
    }
    return NULL;
}

const lc_lang *lc_lang_from_path(const char *path)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return NULL;
    for (const lc_lang *const *l = table; *l; l++)
        for (const char *const *x = (*l)->extensions; *x; x++)
            if (strcasecmp(*x, dot) == 0)
                return *l;
    return NULL;
}

lc_code lc_lang_expand(const char *const *tmpl, const lc_lang_vars *v, char *storage,
                       size_t storage_size, const char **argv, size_t argv_max, lc_err *e)
{
    size_t used = 0, argc = 0;
    char num[3][32];
    uint64_t mem = v->mem_mib ? v->mem_mib : 256;
    uint64_t stack = mem / 4 < 8 ? 8 : (mem / 4 > 256 ? 256 : mem / 4);
    uint64_t jsstack = mem * 1024 / 2 > 65536 ? 65536 : mem * 1024 / 2;
    snprintf(num[0], sizeof num[0], "%llu", (unsigned long long)mem);
    snprintf(num[1], sizeof num[1], "%llu", (unsigned long long)stack);
    snprintf(num[2], sizeof num[2], "%llu", (unsigned long long)jsstack);
    const struct {
        const char *key, *val;
    } vars[] = {{"{src}", v->src},   {"{exe}", v->exe},       {"{dir}", v->dir},
                {"{class}", v->klass}, {"{pch}", v->pch},      {"{mem}", num[0]},
                {"{stack}", num[1]}, {"{jsstack}", num[2]}, {"{rtobj}", v->rtobj},
                {"{rustc}", v->rustc}, {"{erts}", v->erts}};
    for (; *tmpl; tmpl++) {
        if (argc + 1 >= argv_max)
            return lc_err_set(e, LC_ERR_LIMIT, "too many arguments");
        char *out = storage + used;
        size_t room = storage_size - used, n = 0;
        int empty_var = 0;
        for (const char *p = *tmpl; *p;) {
            const char *val = NULL;
            size_t klen = 0;
            if (*p == '{')
                for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
                    size_t kl = strlen(vars[i].key);
                    if (strncmp(p, vars[i].key, kl) == 0) {
                        val = vars[i].val ? vars[i].val : "";
                        klen = kl;
                        break;
                    }
                }
            if (val) {
                size_t vl = strlen(val);
                if (vl == 0)
                    empty_var = 1;
                if (n + vl >= room)
                    return lc_err_set(e, LC_ERR_LIMIT, "command line too long");
                memcpy(out + n, val, vl);
                n += vl;
                p += klen;
            } else {
                if (n + 1 >= room)
                    return lc_err_set(e, LC_ERR_LIMIT, "command line too long");
                out[n++] = *p++;
            }
        }
        if (empty_var)
            continue; /* an option whose value is not set (e.g. no PCH) is left out */
        if (n >= room)
            return lc_err_set(e, LC_ERR_LIMIT, "command line too long");
        out[n] = '\0';
        argv[argc++] = out;
        used += n + 1;
    }
    argv[argc] = NULL;
    return LC_OK;
}

/* ---- Java class discovery ------------------------------------------------ */

static int ident_start(int c)
{
    return isalpha(c) || c == '_' || c == '$' || c >= 0x80;
}

static int ident_char(int c)
{
    return ident_start(c) || isdigit(c);
}

#define JAVA_TOP_MAX 64

typedef struct java_scan {
    char main_cls[256], public_cls[256];
    char package[256]; /* the file's `package a.b;` name, "" when none */
    char top[JAVA_TOP_MAX][128]; /* top-level type names, in order */
    int ntop;
} java_scan;

/* The qualified name after `package` (at i), up to its ';': identifiers and
 * dots, blanks dropped. Returns where scanning goes on (i itself when what
 * follows is not a package name, which javac then reports). */
static size_t java_package(const char *src, size_t len, size_t i, char *out, size_t outsz)
{
    size_t n = 0, j = i;
    while (j < len && src[j] != ';') {
        unsigned char c = (unsigned char)src[j];
        if (isspace(c)) {
            j++;
            continue;
        }
        if (!ident_char(c) && c != '.')
            break;
        if (n + 1 < outsz)
            out[n++] = (char)c;
        j++;
    }
    out[n] = '\0';
    if (j >= len || src[j] != ';' || n == 0 || n + 1 >= outsz) {
        out[0] = '\0';
        return i;
    }
    return j;
}

/* A comment or a string or character literal starting at i, in Java's or
 * Scala's syntax (scala: block comments nest, triple-quoted strings have no
 * escapes, and 'name is a symbol): where scanning goes on past it, or i
 * itself when none starts there. */
static size_t skip_jvm_noise(const char *src, size_t len, size_t i, bool scala)
{
    char c = src[i];
    if (c == '/' && i + 1 < len && src[i + 1] == '/') {
        while (i < len && src[i] != '\n')
            i++;
        return i;
    }
    if (c == '/' && i + 1 < len && src[i + 1] == '*') {
        int nest = 1;
        i += 2;
        while (i + 1 < len && nest > 0) {
            if (scala && src[i] == '/' && src[i + 1] == '*') {
                nest++;
                i += 2;
            } else if (src[i] == '*' && src[i + 1] == '/') {
                nest--;
                i += 2;
            } else {
                i++;
            }
        }
        return nest > 0 ? len : i;
    }
    if (c != '"' && c != '\'')
        return i;
    if (c == '"' && i + 2 < len && src[i + 1] == '"' && src[i + 2] == '"') {
        i += 3; /* a text block (Java) or a triple-quoted string (Scala) */
        while (i + 2 < len && !(src[i] == '"' && src[i + 1] == '"' && src[i + 2] == '"'))
            i += !scala && src[i] == '\\' ? 2 : 1;
        return i + 3;
    }
    if (scala && c == '\'' && !(i + 2 < len && (src[i + 2] == '\'' || src[i + 1] == '\\')))
        return i + 1; /* a symbol ('name), not a character literal */
    i++;
    while (i < len && src[i] != c && src[i] != '\n')
        i += src[i] == '\\' ? 2 : 1;
    return i + 1;
}

/* The identifier starting at i into word (cut to fit); returns its end. */
static size_t read_word(const char *src, size_t len, size_t i, char *word, size_t wsz)
{
    size_t s = i;
    while (i < len && ident_char((unsigned char)src[i]))
        i++;
    size_t wl = i - s < wsz - 1 ? i - s : wsz - 1;
    memcpy(word, src + s, wl);
    word[wl] = '\0';
    return i;
}

static void scan_java(const char *src, size_t len, java_scan *out)
{
    memset(out, 0, sizeof *out);
    char *main_cls = out->main_cls, *public_cls = out->public_cls;
    size_t main_sz = sizeof out->main_cls, public_sz = sizeof out->public_cls;
    int depth = 0;
    char cur_top[256] = "";   /* the top-level class we are in */
    int pending_public = 0;   /* saw "public" at depth 0 since the last declaration */
    char last_word[256] = "";
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)src[i];
        size_t next = skip_jvm_noise(src, len, i, false);
        if (next != i) {
            i = next;
            continue;
        }
        if (c == '{') {
            depth++;
            i++;
            continue;
        }
        if (c == '}') {
            if (depth > 0)
                depth--;
            if (depth == 0)
                cur_top[0] = '\0';
            i++;
            continue;
        }
        if (ident_start(c)) {
            char word[256];
            i = read_word(src, len, i, word, sizeof word);
            if (depth == 0 && strcmp(word, "public") == 0)
                pending_public = 1;
            if (depth == 0 && out->ntop == 0 && !out->package[0] && strcmp(word, "package") == 0)
                i = java_package(src, len, i, out->package, sizeof out->package);
            if (depth == 0 && (strcmp(last_word, "class") == 0 ||
                               strcmp(last_word, "record") == 0 ||
                               strcmp(last_word, "enum") == 0 ||
                               strcmp(last_word, "interface") == 0)) {
                snprintf(cur_top, sizeof cur_top, "%s", word);
                if (out->ntop < JAVA_TOP_MAX)
                    snprintf(out->top[out->ntop++], sizeof out->top[0], "%s", word);
                if (pending_public && !public_cls[0])
                    snprintf(public_cls, public_sz, "%s", word);
                pending_public = 0;
            }
            /* "void main(" inside a top-level class at depth 1 */
            if (depth == 1 && strcmp(word, "main") == 0 && strcmp(last_word, "void") == 0 &&
                cur_top[0] && !main_cls[0]) {
                size_t j = i;
                while (j < len && isspace((unsigned char)src[j]))
                    j++;
                if (j < len && src[j] == '(')
                    snprintf(main_cls, main_sz, "%s", cur_top);
            }
            snprintf(last_word, sizeof last_word, "%s", word);
            continue;
        }
        if (c == ';' && depth == 0)
            pending_public = 0;
        i++;
    }
}

void lc_lang_java_classes(const char *src, size_t len, char *main_cls, size_t main_sz,
                          char *public_cls, size_t public_sz)
{
    java_scan sc;
    scan_java(src, len, &sc);
    /* the class to run by its qualified name: javac -d puts a class of
     * package a.b in a/b/ */
    if (sc.package[0] && sc.main_cls[0])
        snprintf(main_cls, main_sz, "%s.%s", sc.package, sc.main_cls);
    else
        snprintf(main_cls, main_sz, "%s", sc.main_cls);
    snprintf(public_cls, public_sz, "%s", sc.public_cls);
}

bool lc_lang_java_declares(const char *src, size_t len, const char *name)
{
    java_scan sc;
    scan_java(src, len, &sc);
    for (int i = 0; i < sc.ntop; i++)
        if (strcmp(sc.top[i], name) == 0)
            return true;
    return false;
}

/* ---- Scala: the object to run -------------------------------------------- */

void lc_lang_scala_main(const char *src, size_t len, char *out, size_t outsz)
{
    snprintf(out, outsz, "Main");
    int depth = 0;
    char cur_top[128] = "", last_word[128] = "";
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)src[i];
        size_t next = skip_jvm_noise(src, len, i, true);
        if (next != i) {
            i = next;
            continue;
        }
        if (c == '{' || c == '}') {
            depth += c == '{' ? 1 : (depth > 0 ? -1 : 0);
            if (depth == 0)
                cur_top[0] = '\0';
            i++;
            continue;
        }
        if (ident_start(c)) {
            char word[128];
            i = read_word(src, len, i, word, sizeof word);
            if (depth == 0 && strcmp(last_word, "object") == 0)
                snprintf(cur_top, sizeof cur_top, "%s", word);
            /* `def main` in a top-level object's body, or `object X extends App` */
            if (cur_top[0] && ((depth == 1 && strcmp(word, "main") == 0 &&
                                strcmp(last_word, "def") == 0) ||
                               (depth == 0 && strcmp(word, "App") == 0 &&
                                (strcmp(last_word, "extends") == 0 ||
                                 strcmp(last_word, "with") == 0)))) {
                snprintf(out, outsz, "%s", cur_top);
                return;
            }
            snprintf(last_word, sizeof last_word, "%s", word);
            continue;
        }
        i++;
    }
}
