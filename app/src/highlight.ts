// Syntax highlighting for the editor: one pass over the source, splitting it
// into comments, strings, numbers, keywords and the rest, with each
// language's comment style and keywords.

export type TokenKind = 'keyword' | 'string' | 'number' | 'comment' | 'plain';
export interface Token {
  text: string;
  kind: TokenKind;
}

const C_LIKE = 'auto break case char const continue default do double else enum extern float for goto if inline int long register return short signed sizeof static struct switch typedef union unsigned void volatile while bool true false NULL';
const KEYWORDS: Record<string, string> = {
  c: C_LIKE,
  cpp: C_LIKE + ' class public private protected virtual override template typename namespace using new delete this nullptr const_cast static_cast auto vector string map set unordered_map unordered_set pair std',
  java: 'abstract boolean break byte case catch char class continue default do double else extends final finally float for if implements import instanceof int interface long new null package private protected public return short static super switch this throw throws try void while true false var List Map Set String Integer',
  javascript: 'async await break case catch class const continue default delete do else export extends false finally for function if import in instanceof let new null of return super switch this throw true try typeof undefined var void while yield',
  golang: 'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var true false nil int int64 float64 bool string byte rune make len cap append new min max',
  rust: 'as break const continue crate else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while i32 i64 u32 u64 usize f64 bool char String Vec Option Some None Box Rc RefCell',
  ruby: 'alias and begin break case class def defined? do else elsif end ensure false for if in module next nil not or redo rescue retry return self super then true undef unless until when while yield attr_accessor require puts',
  php: 'abstract and array as break case catch class clone const continue declare default do echo else elseif empty extends final finally fn for foreach function global if implements instanceof interface isset list match new null or private protected public return static switch this throw true false try unset use var while',
  csharp: 'abstract as base bool break byte case catch char class const continue decimal default delegate do double else enum event explicit false finally fixed float for foreach if implicit in int interface internal is lock long namespace new null object out override params private protected public readonly ref return sbyte sealed short sizeof static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using var virtual void while List IList Dictionary HashSet Queue Stack PriorityQueue',
  kotlin: 'as break class continue do else false for fun if in interface is null object package return super this throw true try typealias val var when while by companion data enum init inner lateinit open override private protected public sealed vararg Int Long Double Boolean String Char IntArray Array List MutableList HashMap listOf mutableListOf',
  scala: 'abstract case catch class def do else extends false final finally for if implicit import lazy match new null object override private protected return sealed super this throw trait true try type val var while with yield Int Long Double Boolean String Char Array List Map Set Option Some None',
  racket: 'define define/contract lambda let let* letrec cond else if when unless and or not begin set! for for/list for/fold for/sum for/vector match struct require list vector hash null? car cdr cons',
  erlang: 'after and andalso band begin bnot bor bsl bsr bxor case catch div end fun if not of or orelse receive rem try when xor spec record module export true false null lists maps binary',
  elixir: 'after alias and case catch cond def defp defmodule defstruct do else end false fn for if import in nil not or quote raise receive require rescue true try unless use when with spec Enum Map MapSet List String Integer',
  python: 'and as assert async await break class continue def del elif else except False finally for from global if import in is lambda None nonlocal not or pass raise return self True try while with yield List Optional int str float bool dict list set',
};

function family(lang: string): string {
  if (lang.startsWith('cpp')) return 'cpp';
  if (lang.startsWith('python')) return 'python';
  if (lang === 'js' || lang === 'javascript' || lang === 'typescript') return 'javascript';
  if (lang === 'go') return 'golang';
  if (lang === 'rs') return 'rust';
  if (lang === 'pypy3' || lang === 'pypy') return 'python';
  if (lang === 'rb') return 'ruby';
  if (lang === 'cs' || lang === 'c#') return 'csharp';
  if (lang === 'rkt') return 'racket';
  if (lang === 'kt') return 'kotlin';
  if (lang === 'erl') return 'erlang';
  if (lang === 'ex' || lang === 'exs') return 'elixir';
  return lang;
}

export function highlight(code: string, lang: string): Token[] {
  const fam = family(lang);
  const words = new Set((KEYWORDS[fam] ?? C_LIKE).split(' '));
  const hashComments = fam === 'python' || fam === 'ruby' || fam === 'elixir';
  const lisp = fam === 'racket'; // ; comments, 'quote, kebab-case-names? and define/contract
  const erlang = fam === 'erlang'; // % comments, 'quoted atoms' and "strings"
  const out: Token[] = [];
  const push = (text: string, kind: TokenKind) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ text, kind });
  };
  let i = 0;
  const n = code.length;
  while (i < n) {
    const c = code[i];
    const rest2 = code.slice(i, i + 2);
    if ((hashComments && c === '#') || (lisp && c === ';') || (erlang && c === '%') ||
        (!hashComments && !lisp && !erlang && rest2 === '//')) {
      let j = code.indexOf('\n', i);
      if (j < 0) j = n;
      push(code.slice(i, j), 'comment');
      i = j;
    } else if (!hashComments && !lisp && !erlang && rest2 === '/*') {
      let j = code.indexOf('*/', i + 2);
      j = j < 0 ? n : j + 2;
      push(code.slice(i, j), 'comment');
      i = j;
    } else if (c === '"' || (!lisp && (c === "'" || c === '`'))) {
      const triple = hashComments && code.slice(i, i + 3) === c.repeat(3);
      const close = triple ? c.repeat(3) : c;
      let j = i + close.length;
      while (j < n && code.slice(j, j + close.length) !== close && (triple || code[j] !== '\n')) j += code[j] === '\\' ? 2 : 1;
      j = Math.min(n, j + (code.slice(j, j + close.length) === close ? close.length : 0));
      push(code.slice(i, j), 'string');
      i = j;
    } else if (/[0-9]/.test(c) && !(i > 0 && /[\w]/.test(code[i - 1]))) {
      const m = /^(0x[0-9a-fA-F]+|\d+(\.\d+)?([eE][+-]?\d+)?)[lLuUfF]*/.exec(code.slice(i)) as RegExpExecArray;
      push(m[0], 'number');
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = (lisp ? /^[A-Za-z_][\w\-/?!*]*/ : /^[A-Za-z_]\w*/).exec(code.slice(i)) as RegExpExecArray;
      push(m[0], words.has(m[0]) ? 'keyword' : 'plain');
      i += m[0].length;
    } else {
      push(c, 'plain');
      i++;
    }
  }
  return out;
}
