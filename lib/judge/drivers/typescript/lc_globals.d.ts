/* LiteCode's TypeScript globals, compiled with every TypeScript submission
 * (scripts/setup.sh copies this file into deps/ts, bound read-only at
 * /litecode/ts). What LeetCode predefines for TypeScript: ListNode and
 * TreeNode as its comments define them, and the preloaded JavaScript
 * libraries (lodash as _, @datastructures-js's queues); and the little of
 * Node.js a stdin/stdout program needs. The values come at run time from
 * the driver's runtime (function problems) or from Node itself. */

declare class ListNode {
    val: number;
    next: ListNode | null;
    constructor(val?: number, next?: ListNode | null);
}

declare class TreeNode {
    val: number;
    left: TreeNode | null;
    right: TreeNode | null;
    constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}

declare var _: any;
declare var PriorityQueue: any;
declare var MinPriorityQueue: any;
declare var MaxPriorityQueue: any;
declare var Queue: any;
declare var Deque: any;

declare function require(id: string): any;
declare var process: any;
declare var module: any;
declare var Buffer: any;

/* the function-problem driver (lib/judge/driver_typescript.c) */
declare function lc__run(types: string[], ret: string, out: number, call: any): void;
declare function lc__pick(fn: any, name: string, cls: any): any;
