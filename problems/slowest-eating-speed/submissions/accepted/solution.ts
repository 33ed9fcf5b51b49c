function minEatingSpeed(piles: number[], hours: number): number {
    let lo = 1, hi = Math.max(...piles);
    while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        let total = 0;
        for (const p of piles) total += Math.ceil(p / mid);
        if (total <= hours) hi = mid;
        else lo = mid + 1;
    }
    return lo;
};
