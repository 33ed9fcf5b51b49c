function subsets(nums: number[]): number[][] {
    const vals = [...nums].sort((x, y) => x - y);
    const res = [];
    const cur = [];
    const build = (i) => {
        if (i === vals.length) {
            res.push([...cur]);
            return;
        }
        build(i + 1);
        cur.push(vals[i]);
        build(i + 1);
        cur.pop();
    };
    build(0);
    return res;
};
